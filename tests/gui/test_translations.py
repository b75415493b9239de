"""The Vietnamese catalogue covers every user-visible string of gui/, keeps the placeholders, and
its committed .qm is what lrelease makes of the .ts; the results workbook speaks Vietnamese."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest

from gui import i18n

REPO = Path(__file__).resolve().parents[2]
TS = i18n.ts_path("vi")
CATALOGUES = [code for code in ("vi", "th", "my") if i18n.ts_path(code).exists()]
"""Every interface catalogue shipped (Thai and Burmese are machine-drafted, marked for review)."""
SCRIPTS = {"th": re.compile("[\u0e00-\u0e7f]"), "my": re.compile("[\u1000-\u109f]")}
TR_NAMES = {"tr", "_tr", "QT_TR_NOOP"}
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}

needs_tools = pytest.mark.skipif(i18n._tool("lupdate") is None or i18n._tool("lrelease") is None,
                                 reason="pyside6-lupdate/lrelease not installed")


def messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) → (translation, type attribute) of a .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source") or "")] = (
                translation.text or "", translation.get("type"))
    return out


def literal_strings() -> set[str]:
    """Every string literal passed to tr()/_tr()/self.tr()/translate()/QT_*_NOOP in gui/."""
    found = set()
    for path in i18n.source_files(REPO):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = (node.args[0] if name in TR_NAMES
                   else node.args[1] if name in TRANSLATE_NAMES and len(node.args) > 1 else None)
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                found.add(arg.value)
    return found


@pytest.mark.parametrize("code", CATALOGUES)
def test_every_literal_string_in_gui_is_translated(code: str) -> None:
    ts = i18n.ts_path(code)
    table = messages(ts)
    by_source: dict[str, list[str]] = {}
    for (_ctx, source), (text, kind) in table.items():
        if kind not in ("unfinished", "vanished", "obsolete") and text:
            by_source.setdefault(source, []).append(text)
    missing = sorted(s for s in literal_strings() if s not in by_source)
    assert not missing, f"{len(missing)} strings not translated in {ts.name}: {missing[:20]}"
    assert len(by_source) > 400


@needs_tools
@pytest.mark.parametrize("code", CATALOGUES)
def test_lupdate_finds_nothing_new_or_unfinished(tmp_path: Path, code: str) -> None:
    """Run lupdate over gui/ into a copy of the catalogue: nothing may come out unfinished."""
    TS = i18n.ts_path(code)
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    i18n.lupdate(copy, REPO)
    after = messages(copy)
    unfinished = sorted(src for (_ctx, src), (text, kind) in after.items()
                        if kind == "unfinished" or not text)
    assert not unfinished, f"untranslated in {TS.name}: {unfinished[:20]} (python -m gui.i18n " \
                           f"--update, then translate them)"
    assert set(after) == set(messages(TS)), "the catalogue is not up to date: python -m " \
                                            "gui.i18n --update"


@pytest.mark.parametrize("code", CATALOGUES)
def test_placeholders_and_line_breaks_survive(code: str) -> None:
    bad = []
    for (_ctx, source), (text, _kind) in messages(i18n.ts_path(code)).items():
        if sorted(re.findall(r"\{[^}]*\}", source)) != sorted(re.findall(r"\{[^}]*\}", text)):
            bad.append((source, text))
        mnemonic = re.compile(r"&[^&\s]")
        if source.count("\n") != text.count("\n") or \
                (mnemonic.search(source) and not mnemonic.search(text)):
            bad.append((source, text))
    assert not bad, bad[:10]


def test_translations_are_vietnamese() -> None:
    def words(text: str) -> str:
        return re.sub(r"\{[^}]*\}|Upgrading Explorer|[^A-Za-z ]", "", text).strip()

    texts = [t for (_c, s), (t, _k) in messages(TS).items() if len(words(s)) > 20]
    diacritics = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
                            re.IGNORECASE)
    assert all(diacritics.search(t) for t in texts), [t for t in texts if not diacritics.search(t)]


@pytest.mark.parametrize("code", [c for c in CATALOGUES if c in SCRIPTS])
def test_machine_drafted_catalogues_are_in_their_script_and_marked_for_review(code: str) -> None:
    """Thai and Burmese were drafted by machine: every message says so to its reviewer, and
    every text with words is written in the language's own script."""
    root = ET.parse(i18n.ts_path(code)).getroot()
    for message in root.iter("message"):
        note = message.findtext("translatorcomment") or ""
        assert note.startswith("Machine-drafted: needs review"), message.findtext("source")
        source, text = message.findtext("source") or "", message.findtext("translation") or ""
        words = re.sub(r"\{[^}]*\}|Upgrading Explorer|Ctrl\+\S*", "", source)
        if len(re.findall(r"[A-Za-z]{3,}", words)) >= 2:  # a phrase, not a key or a code
            assert SCRIPTS[code].search(text), (source, text)


@needs_tools
def test_committed_qm_files_are_built_from_the_ts(tmp_path: Path) -> None:
    for ts in sorted(i18n.translations_dir().glob("*.ts")):
        built = i18n.compile_catalogue(ts, tmp_path / ts.with_suffix(".qm").name)
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} missing: python -m gui.i18n --compile"
        assert committed.read_bytes() == built.read_bytes(), \
            f"{committed.name} is stale: python -m gui.i18n --compile"


def test_results_workbook_headings_in_vietnamese(tmp_path: Path) -> None:
    from core.analysis.pipeline import run_analysis
    from core.export.results_export import write_results_xlsx
    from tests.core.test_analysis import synthetic_survey

    firms, workers = synthetic_survey(n_firms=30, workers_per_firm=3, seed=2)
    result = run_analysis(firms, workers)
    path = write_results_xlsx(result, tmp_path / "vi.xlsx", language="vi",
                              about={"Subset shown": "toàn bộ"})
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:4] == ["Thông tin", "Quy tắc", "Doanh nghiệp", "Tóm tắt nâng cấp"]
    assert "So sánh" in book.sheetnames
    firms_sheet = book["Doanh nghiệp"]
    headings = [c.value for c in firms_sheet[1]]
    assert headings[0] == "Mã doanh nghiệp"
    assert "Nâng cấp quy trình" in headings
    comparisons = [c.value for c in book["So sánh"][1]]
    assert "Số người lao động" in comparisons and "Giá trị p" in comparisons
    about = {r[0].value: r[1].value for r in book["Thông tin"].iter_rows(min_row=2)}
    assert about["Tập con đang xem"] == "toàn bộ"
    assert any(str(v).startswith("ẩn (<") for v in about.values())
    english = openpyxl.load_workbook(write_results_xlsx(result, tmp_path / "en.xlsx"))
    assert english.sheetnames[:3] == ["About", "Rules", "Firms"]
    assert english["Firms"].cell(1, 1).value == "firm_id"
