"""Core's warnings in the reader's language (issue 13): every warning core can say has a
Vietnamese, Thai and Burmese sentence with the same fields, and the numbers stay the same."""

from __future__ import annotations

import ast
import json
import pickle
import re
from pathlib import Path

import pytest

from core.analysis.pipeline import run_analysis
from core.common.messages import ENGLISH_SINGULARS, Message, catalogue, fields, in_language, say
from core.project.opening import open_survey

CORE = Path(__file__).resolve().parents[2] / "core"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_survey.uex.json"
CATALOGUES = {lang: catalogue(lang) for lang in ("vi", "th", "my")}


def said_templates() -> set[str]:
    """The first argument of every ``say(...)`` call in core: a literal, a literal chosen by
    ``a if c else b``, or a module constant."""
    found: set[str] = set()
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id: node.value.value for node in ast.walk(tree)
                     if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                     and isinstance(node.value.value, str)
                     for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say"):
                continue
            first = node.args[0]
            options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            for option in options:
                if isinstance(option, ast.Name):
                    found.add(constants[option.id])
                else:
                    assert isinstance(option, ast.Constant), f"{path}:{node.lineno}: not a literal"
                    found.add(option.value)
    return found


def test_core_says_dozens_of_templates():
    assert len(said_templates()) >= 40


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_every_warning_has_a_sentence_in_each_language_with_the_same_fields(lang):
    catalogue = CATALOGUES[lang]
    said = said_templates()
    assert sorted(said - catalogue.keys()) == []
    assert sorted(catalogue.keys() - said) == []  # no stale entries
    wrong = {t: (fields(t), fields(catalogue[t])) for t in said if fields(t) != fields(catalogue[t])}
    assert wrong == {}


def test_a_message_is_its_english_sentence_also_after_pickling_and_in_json():
    message = say("{n} workers paid by piece: monthly_wage is missing for them", n=8)
    assert message == "8 workers paid by piece: monthly_wage is missing for them"
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again, Message) and again.values == {"n": 8}
    assert json.dumps([message]) == json.dumps([str(message)])
    assert in_language(again, "vi") == ("8 người lao động được trả lương theo sản phẩm: không có "
                                        "monthly_wage cho họ")


def test_nested_messages_and_plain_text():
    inner = say("No workers in the subset: no worker comparisons")
    outer = say("B: {warning}", warning=inner)
    assert outer == "B: No workers in the subset: no worker comparisons"
    assert in_language(outer, "vi") == ("B: Không có người lao động nào trong tập con: không có "
                                        "so sánh người lao động")
    assert in_language("a sentence core never built with say", "vi") == (
        "a sentence core never built with say")
    assert in_language(outer, "en") == outer


def test_the_sample_s_warnings_are_vietnamese_with_the_same_numbers():
    survey = open_survey(SAMPLE).survey
    result = run_analysis(survey.firms, survey.workers)
    assert result.warnings
    said = [w for w in result.warnings if isinstance(w, Message)]
    assert len(said) == len(result.warnings)  # every warning of the sample can be translated
    for warning in said:
        vi = in_language(warning, "vi")
        assert vi != warning
        assert sorted(re.findall(r"\d+", vi)) == sorted(re.findall(r"\d+", warning))
        for lang in ("th", "my"):
            assert in_language(warning, lang) != warning


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_one_firm_has_and_its_sentence_is_the_plural_one_in_languages_without_agreement(lang):
    """"1 firm (3 workers) have no applicable minimum wage" read wrong in English; the other
    languages have one sentence for both."""
    import numpy as np
    import pandas as pd

    from core.analysis.measures import worker_measures

    firms = pd.DataFrame({"firm_id": ["A", "B"], "country": pd.Categorical(["Atlantis", "Oz"])})
    workers = pd.DataFrame({"firm_id": ["A"] * 3 + ["B"], "pay_amount": np.full(4, 400.0),
                            "pay_period": pd.Categorical(["day"] * 4)})
    (one,) = [w for w in worker_measures(firms.iloc[:1], workers.iloc[:3]).warnings
              if "minimum wage" in w and "applicable" in w]
    (two,) = [w for w in worker_measures(firms, workers).warnings
              if "minimum wage" in w and "applicable" in w]
    assert str(one).startswith("1 firm (3 workers) has no applicable minimum wage")
    assert str(two).startswith("2 firms (4 workers) have no applicable minimum wage")
    assert one.template in ENGLISH_SINGULARS
    plural_sentence = CATALOGUES[lang][ENGLISH_SINGULARS[one.template]]
    assert in_language(one, lang) == plural_sentence.format(
        who=in_language(one.values["who"], lang))


def test_joined_clauses_are_the_english_join_and_each_is_said_in_the_language():
    from core.common.messages import joined

    parts = [say("{n} workers", n=3), " (as written)", say("the controls")]
    sentence = joined(parts, "; ")
    assert sentence == "3 workers;  (as written); the controls"
    assert in_language(sentence, "vi") == "3 người lao động;  (as written); các biến kiểm soát"
    assert in_language(pickle.loads(pickle.dumps(sentence)), "vi") == in_language(sentence, "vi")
    assert joined(["{a}", "}"]) == "{a}}" and in_language(joined(["{a}", "}"]), "vi") == "{a}}"
    with pytest.raises(ValueError):
        joined(parts, " and ")


def test_the_import_review_s_link_finding_is_said_in_vietnamese_with_its_numbers():
    from core.model.loading import open_data_file

    delivery = Path(__file__).resolve().parents[1] / "data" / "deliveries" / "vn_ambiguous_link.xlsx"
    loaded = open_data_file(delivery)
    link = next(f for f in loaded.study.inferred if f.code in ("link_found", "link_weak"))
    vi = in_language(link.message, "vi")
    assert vi.startswith("Người lao động được nối với doanh nghiệp")
    assert re.findall(r"\d+", vi) == re.findall(r"\d+", str(link.message))


def test_the_import_s_evidence_reads_in_vietnamese_with_its_names_and_numbers():
    """Why each column got its role (the mapper's "name contains …", "values are …") and the
    link question's reason and answers are said in Vietnamese, with the same numbers and quoted
    names as the English."""
    from core.io.readers import read_source
    from core.model.loading import open_data_file
    from core.model.mapping import map_table

    folder = Path(__file__).resolve().parents[1] / "data" / "deliveries"
    texts = []
    for table in read_source(folder / "kobo_vn_repeat.xlsx").tables[:2]:
        for level in ("firm", "worker"):
            texts += [m.evidence for m in map_table(table, level) if m.evidence]
    (question,) = open_data_file(folder / "vn_ambiguous_link.xlsx").study.questions
    texts += [question.why, *(c.evidence for c in question.candidates)]
    assert len(texts) >= 20
    for text in texts:
        vi = in_language(text, "vi")
        assert vi != str(text), str(text)
        assert sorted(re.findall(r"\d+", vi)) == sorted(re.findall(r"\d+", str(text))), vi
        quoted = [name for pair in re.findall(r"'([^']*)'|\"([^\"]*)\"", str(text))
                  for name in pair if name]
        assert all(name in vi for name in quoted), vi
