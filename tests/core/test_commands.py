"""Commands and the undo stack (core.project.commands, core.project.history): every command's
redo → undo gives back exactly the session JSON there was, facet ticks merge into one step, the
clean state follows save / undo / redo, and listeners hear the right kinds of change."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from core.analysis.subset import Subset
from core.project.commands import (
    FACETS,
    KINDS,
    Command,
    Compound,
    DeleteSubset,
    RenameSubset,
    SaveSubset,
    SetComparison,
    SetRules,
    SetSettings,
    SetStudy,
    SetSubset,
    SetWorkshopMode,
    merge_id,
    settings_command,
)
from core.project.history import History
from core.project.project_file import read_project
from core.project.session import Change, Session

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
VIETNAM = {"firms": {"country": ["Vietnam"]}}
VN_ELECTRONICS = {"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}
WOMEN = {"workers": {"gender": ["female"]}}


def _default_rules() -> dict:
    return json.loads((RESOURCES / "default_rules.json").read_text(encoding="utf-8"))


@pytest.fixture
def session(folder: Path) -> Session:
    """The sample project with something in every part, so each command has a before."""
    s = Session.from_project(read_project(folder / "sample_survey.uex.json"))
    s.set_saved_subsets({"Vietnam": Subset.from_json(VIETNAM), "Women": Subset.from_json(WOMEN),
                         "Cambodia": Subset.from_json({"firms": {"country": ["Cambodia"]}})})
    s.set_subset(Subset.from_json(VIETNAM))
    s.set_comparison(Subset.from_json(WOMEN))
    s.set_settings({"min_firms": 4, "share_by": ["sector"]})
    s.set_view_state("upgrading", {"by": "sector"})
    return s


def _state(session: Session) -> str:
    return json.dumps(session.to_json(Path("p.uex.json").resolve()))  # order counts


def _edited_rules(session: Session) -> dict:
    rules = _default_rules()
    rules["types"]["process"] = {"any": ["new_machinery", "automation"]}
    return rules


def _edited_study(session: Session):
    study = copy.deepcopy(session.study)
    study.roles["firms"].pop("region")
    study.missing_codes["firms"]["A6"] = [-1]
    study.value_maps["firms"].setdefault("A3", {})["9"] = "other"
    return study


COMMANDS: dict[str, tuple[Callable[[Session], Command], set[str]]] = {
    "tick a facet": (lambda s: SetSubset.from_session(s, VN_ELECTRONICS, merge_key=FACETS),
                     {"subset"}),
    "clear subset": (lambda s: SetSubset.from_session(s, Subset(), label="Clear subset"),
                     {"subset"}),
    "a range": (lambda s: SetSubset.from_session(
        s, {**VIETNAM, "worker_ranges": {"age": [18, None]}}), {"subset"}),
    "compare with": (lambda s: SetComparison.from_session(s, {"firms": {"sector": ["apparel"]}}),
                     {"comparison"}),
    "stop comparing": (lambda s: SetComparison.from_session(s, None), {"comparison"}),
    "save a new subset": (lambda s: SaveSubset("VN electronics", VN_ELECTRONICS),
                          {"saved_subsets"}),
    "save over a subset": (lambda s: SaveSubset("Women", {"workers": {"gender": ["male"]}}),
                           {"saved_subsets"}),
    "delete a subset": (lambda s: DeleteSubset("Women"), {"saved_subsets"}),
    "rename a subset": (lambda s: RenameSubset("Women", "Female workers"), {"saved_subsets"}),
    "edit rules": (lambda s: SetRules.from_session(s, _edited_rules(s)), {"rules"}),
    "reset rules": (lambda s: SetRules(None, _edited_rules(s)), {"rules"}),
    "settings": (lambda s: SetSettings.from_session(s, {"min_firms": 7, "few_firms": 12}),
                 {"settings"}),
    "workshop on": (lambda s: SetWorkshopMode(True), {"workshop"}),
    "review import": (lambda s: SetStudy.from_session(s, _edited_study(s)), {"study"}),
    "settings dialog OK": (lambda s: settings_command(s, {"min_firms": 2, "min_workers": 5,
                                                          "few_firms": 30,
                                                          "workshop_mode": True}),
                           {"settings", "workshop"}),
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_redo_then_undo_restores_the_session_json_exactly(session, name):
    make, _kinds = COMMANDS[name]
    if name == "reset rules":
        session.set_rules(_edited_rules(session))
    before = _state(session)
    command = make(session)
    assert command.kind in KINDS and command.label
    session.apply(command)
    after = _state(session)
    assert after != before  # the command did something
    session.revert(command)
    assert _state(session) == before
    session.apply(command)  # redo after undo lands on exactly the same state
    assert _state(session) == after
    session.revert(command)
    assert _state(session) == before


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_listeners_get_the_kinds_the_command_changes_once(session, name):
    make, kinds = COMMANDS[name]
    if name == "reset rules":
        session.set_rules(_edited_rules(session))
    heard: list[Change] = []
    session.subscribe(heard.append)
    revision = session.revision
    command = make(session)
    session.apply(command)
    assert [set(c.kinds) for c in heard] == [kinds]  # one Change, even for two parts
    assert session.revision > revision and heard[0].revision == session.revision
    heard.clear()
    session.revert(command)
    assert [set(c.kinds) for c in heard] == [kinds]


def test_undo_keeps_the_order_of_saved_subsets(session):
    for command in (DeleteSubset("Women"), RenameSubset("Women", "Female")):
        history = History(session)
        history.push(command)
        assert "Women" not in session.saved_subsets
        history.undo()
        assert list(session.saved_subsets) == ["Vietnam", "Women", "Cambodia"]
    history = History(session)
    history.push(RenameSubset("Women", "Female"))
    assert list(session.saved_subsets) == ["Vietnam", "Female", "Cambodia"]  # in place
    history.push(SaveSubset("Vietnam", VN_ELECTRONICS))  # saving over a name keeps its place
    assert list(session.saved_subsets) == ["Vietnam", "Female", "Cambodia"]
    assert session.saved_subsets["Vietnam"].to_json() == VN_ELECTRONICS


def test_rename_to_a_name_in_use_is_refused_and_changes_nothing(session):
    before = _state(session)
    history = History(session)
    with pytest.raises(ValueError, match="already called “Vietnam”"):
        history.push(RenameSubset("Women", "Vietnam"))
    assert _state(session) == before and history.count == 0


def test_active_subset_follows_the_current_subset(session, folder):
    assert session.active_subset == "Vietnam"
    history = History(session)
    history.push(SetSubset.from_session(session, WOMEN))
    assert session.active_subset == "Women"
    history.push(RenameSubset("Women", "Female"))
    assert session.active_subset == "Female"
    history.push(SetSubset.from_session(session, VN_ELECTRONICS))
    assert session.active_subset is None
    path = history.save(folder / "p.uex.json")
    assert json.loads(path.read_text(encoding="utf-8"))["active_subset"] is None


# ----------------------------------------------------------------------------- merging
def test_consecutive_facet_ticks_are_one_undo_step_and_clear_is_another(session):
    session.set_subset(Subset())
    start = _state(session)
    history = History(session)
    history.push(SetSubset.from_session(session, VIETNAM, merge_key=FACETS))
    history.push(SetSubset.from_session(session, VN_ELECTRONICS, merge_key=FACETS))
    ticked = _state(session)
    assert history.count == 1 and history.undo_label == "Change subset"
    history.push(SetSubset.from_session(session, Subset(), label="Clear subset"))
    assert history.count == 2 and history.undo_label == "Clear subset"
    assert session.subset.to_json() == {}
    history.undo()
    assert _state(session) == ticked and session.subset.to_json() == VN_ELECTRONICS
    history.undo()
    assert _state(session) == start and not history.can_undo
    history.redo()
    assert _state(session) == ticked
    history.redo()
    assert session.subset.to_json() == {} and not history.can_redo


def test_a_facet_ticked_and_unticked_leaves_no_step(session):
    history = History(session)
    before = _state(session)
    history.push(SetSubset.from_session(session, VN_ELECTRONICS, merge_key=FACETS))
    history.push(SetSubset.from_session(session, VIETNAM, merge_key=FACETS))
    assert history.count == 0 and history.is_clean and _state(session) == before


def test_a_command_that_changes_nothing_is_not_a_step(session):
    history = History(session)
    history.push(SetSubset.from_session(session, session.subset))
    history.push(SetWorkshopMode(False))
    history.push(DeleteSubset("no such subset"))
    assert history.count == 0 and history.is_clean


def test_ticks_do_not_merge_into_the_step_that_was_saved(session, folder):
    history = History(session)
    history.push(SetSubset.from_session(session, VN_ELECTRONICS, merge_key=FACETS))
    history.save(folder / "p.uex.json")
    history.push(SetSubset.from_session(session, {"firms": {"sector": ["electronics"]}},
                                        merge_key=FACETS))
    assert history.count == 2 and not history.is_clean  # QUndoStack does the same
    history.undo()
    assert history.is_clean


def test_different_merge_keys_and_plain_commands_do_not_merge(session):
    history = History(session)
    history.push(SetSubset.from_session(session, VN_ELECTRONICS, merge_key=FACETS))
    history.push(SetSubset.from_session(session, WOMEN, merge_key="range"))
    history.push(SetSubset.from_session(session, VIETNAM))
    history.push(SetSubset.from_session(session, WOMEN))
    assert history.count == 4


def test_merge_ids_fit_qundocommand_ids():
    assert merge_id(None) == -1
    assert merge_id(FACETS) == merge_id("facets") >= 0
    assert merge_id(FACETS) != merge_id("range")
    assert SetSubset(VIETNAM, {}, merge_key=FACETS).merge_id == merge_id(FACETS)


# ----------------------------------------------------------------------------- clean state
def test_clean_state_after_save_and_after_undo_redo_back_to_it(session, folder):
    history = History(session)
    assert history.is_clean
    history.push(SetRules.from_session(session, _edited_rules(session)))
    assert not history.is_clean
    history.save(folder / "p.uex.json")
    assert history.is_clean and not session.project.modified
    history.push(SetSettings.from_session(session, {"min_firms": 9}))
    assert not history.is_clean and history.undo_label == "Change settings"
    history.undo()
    assert history.is_clean and history.redo_label == "Change settings"
    history.undo()
    assert not history.is_clean
    history.redo()
    assert history.is_clean
    history.redo()
    assert not history.is_clean
    history.undo()
    # a new step after undoing drops the redo tail
    history.push(SetWorkshopMode(True))
    assert not history.can_redo and history.count == 2 and not history.is_clean
    history.undo()
    assert history.is_clean


def test_a_dropped_clean_state_is_never_clean_again(session, folder):
    history = History(session)
    history.push(SetSubset.from_session(session, WOMEN))
    history.push(SetSubset.from_session(session, VN_ELECTRONICS))
    history.save(folder / "p.uex.json")
    history.undo()
    history.push(SetWorkshopMode(True))  # the saved step is gone with the redo tail
    assert history.clean_index == -1
    history.undo()
    history.undo()
    assert not history.is_clean and not history.can_undo


def test_undo_and_redo_with_nothing_to_do_change_nothing(session):
    history = History(session)
    before, revision = _state(session), session.revision
    history.undo()
    history.redo()
    assert _state(session) == before and session.revision == revision
    assert history.undo_label == history.redo_label == ""


def test_compound_is_one_step_undone_in_reverse(session):
    history = History(session)
    history.push(Compound("Compare Vietnam with women", [
        SetSubset.from_session(session, VIETNAM),
        SaveSubset("Women again", WOMEN),
        SetComparison.from_session(session, WOMEN)]))
    assert history.count == 1 and history.undo_label == "Compare Vietnam with women"
    before_json = _state(session)
    history.undo()
    assert "Women again" not in session.saved_subsets
    history.redo()
    assert _state(session) == before_json


def test_settings_command_leaves_workshop_to_its_own_command(session):
    command = settings_command(session, {"min_firms": 3, "workshop_mode": False})
    assert isinstance(command, SetSettings) and "workshop_mode" not in command.new
    assert settings_command(session, {"workshop_mode": True}).kind == "settings"
