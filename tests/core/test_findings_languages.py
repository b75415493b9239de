"""Findings in Vietnamese, Thai and Burmese (issue 13): the same numbers as the English ones, every
template translated with the same placeholders, each language's wording rules, its number
conventions, and ``analyze --lang``."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from core.analysis.disclosure import without_firm_records
from core.analysis.findings import findings
from core.analysis.findings_languages import WORDINGS, wording
from core.analysis.findings_wording import ENGLISH
from core.analysis.pipeline import run_analysis
from core.cli.main import build_parser
from core.project.opening import open_survey

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample_survey.uex.json"
OTHER_LANGUAGES = [code for code in WORDINGS if code != "en"]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.fixture(scope="module")
def results():
    survey = open_survey(SAMPLE).survey
    out = [run_analysis(survey.firms, survey.workers),
           run_analysis(survey.firms, survey.workers,
                        subset={"firms": {"country": ["Vietnam"], "sector": ["electronics"]}}),
           run_analysis(survey.firms, survey.workers,
                        subset={"firms": {"country": ["Thailand"]}})]
    out.append(without_firm_records(out[1]))
    return out


def test_the_four_languages_are_offered():
    assert set(WORDINGS) == {"en", "vi", "th", "my"}
    assert wording("vi_VN") is WORDINGS["vi"] and wording(None) is ENGLISH
    assert wording("xx") is ENGLISH


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_template_and_name_is_translated_with_the_same_placeholders(lang):
    w = WORDINGS[lang]
    for table in ("templates", "phrases", "outcomes", "outcome_nouns", "controls", "types"):
        english, other = getattr(ENGLISH, table), getattr(w, table)
        assert set(other) == set(english), (table, set(english) ^ set(other))
        for key, text in english.items():
            assert other[key].strip(), (table, key)
            assert _fields(other[key]) == _fields(text), (lang, table, key)
            if table in ("templates", "outcomes") and lang != "en":
                assert other[key] != text, f"{lang} {table}.{key} is still English"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_numbers_templates_and_views_equal_the_english_ones(results, lang):
    for result in results:
        english = findings(result, "en")
        other = findings(result, lang)
        assert [f.key for f in other] == [f.key for f in english]
        for a, b in zip(english, other, strict=True):
            assert b.template == a.template and b.view == a.view
            assert b.numbers == a.numbers, a.key
            assert b.statement != a.statement
            assert bool(b.caveat) == bool(a.caveat)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_each_language_keeps_its_wording_rules(results, lang):
    w = WORDINGS[lang]
    for result in results:
        for f in findings(result, lang):
            text = f.statement.lower()
            assert not [word for word in w.forbidden if word in text], f.statement
            assert "{" not in f.statement and "}" not in f.statement, f.statement
            if f.template in ("outcome_gap", "outcome_same"):
                clear = w.phrases["clear"].split(":")[0].lower()
                assert (clear in text) == f.numbers["clear"], f.statement


def test_vietnamese_says_numbers_in_its_own_conventions(results):
    vi = WORDINGS["vi"]
    assert vi.count(12345) == "12.345" and vi.p_value(0.0012) == "0,001"
    assert vi.signed_percent(-0.083) == "−8%" and vi.signed_whole(0.126) == "+13"
    sector = next(f for f in findings(results[0], "vi") if f.key == "sector_difference")
    p = sector.numbers["p_value"]
    assert f"(p = {p:.3f})".replace(".", ",") in sector.statement
    assert "điện tử" in sector.statement and "may mặc" in sector.statement
    counts = next(f for f in findings(results[0], "vi") if f.key == "upgrading_counts")
    n = counts.numbers
    assert counts.statement.startswith(f"{n['n_upgraded']} trong số {n['n_known']} doanh nghiệp")
    assert f"quy trình {100 * n['share_process']:.0f}%" in counts.statement


def test_the_vietnamese_pay_finding_reads_the_gap_range_and_firms(results):
    f = next(f for f in findings(results[1], "vi") if f.key == "outcome:monthly_wage")
    n = f.numbers
    ref = n["mean_not"]
    assert f"cao hơn khoảng {100 * n['gap']:.0f}%" in f.statement
    low = f"{100 * n['diff_ci_low'] / ref:+.0f}%".replace("-", "−")
    high = f"{100 * n['diff_ci_high'] / ref:+.0f}%".replace("-", "−")
    assert f"có thể từ {low} đến {high}" in f.statement
    assert f"({n['n_firms_upgraded']} và {n['n_firms_not']} doanh nghiệp)" in f.statement
    assert "chưa rõ ràng" in f.statement and "dấu hiệu ban đầu" in f.statement


def test_machine_drafted_languages_are_marked_and_listed_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for lang, w in WORDINGS.items():
        assert w.needs_review == (lang in ("th", "my"))
    assert "machine-drafted" in readme.lower()


def test_analyze_lang_vi_writes_vietnamese_findings_with_the_english_numbers(tmp_path, capsys):
    runs = {}
    for lang in ("en", "vi"):
        out = tmp_path / f"results_{lang}.json"
        args = build_parser().parse_args(
            ["analyze", str(SAMPLE), "--where", "country=Vietnam", "--json", str(out),
             "--lang", lang])
        assert args.run(args) == 0
        runs[lang] = json.loads(out.read_text(encoding="utf-8"))
    printed = capsys.readouterr().out
    en, vi = runs["en"], runs["vi"]
    assert vi["language"] == "vi" and en["language"] == "en"
    assert [f["numbers"] for f in vi["findings"]] == [f["numbers"] for f in en["findings"]]
    assert vi["comparisons"] == en["comparisons"]
    statements = [f["statement"] for f in vi["findings"]]
    assert any("doanh nghiệp đã nâng cấp" in s for s in statements)
    assert all(s in printed for s in statements)
    assert not any(re.search(r"\bfirms\b", s) for s in statements)


@pytest.mark.parametrize("lang", ["vi", "th", "my"])
def test_each_upgrading_type_has_one_name_in_each_language(lang):
    """The findings, the rules in words, the workbook headings and the window's catalogue call
    each upgrading type the same (Burmese said 'functional' two ways)."""
    import xml.etree.ElementTree as ET

    from core.analysis.rule_words import PHRASES
    from core.export.headings import headings

    words = wording(lang)
    rules = PHRASES[lang]
    heading = headings(lang)
    catalogue = ET.parse(Path(__file__).resolve().parents[2] / "resources" / "translations"
                         / f"upgrading_explorer_{lang}.ts")
    for key, english in (("process", "Process"), ("product", "Product"),
                         ("functional", "Functional")):
        name = words.types[key].casefold()
        assert rules.names[key].casefold() == name, key
        assert name in heading.column(key).casefold(), key
        shown = [m.findtext("translation") for m in catalogue.iter("message")
                 if m.findtext("source") == english]
        assert shown and all(name == s.casefold() for s in shown), (key, shown)
