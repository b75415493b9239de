"""The user guide (docs/): its pages exist, every picture they show exists, the HTML converter
keeps what the pages need, and docs/make_guide.py can still drive the real window for one screen.

The full regeneration (every screenshot) is `python docs/make_guide.py`, run by hand."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(scope="module")
def make_guide():
    spec = importlib.util.spec_from_file_location("make_guide", DOCS / "make_guide.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_guide", module)
    spec.loader.exec_module(module)
    return module


def test_every_page_exists_and_every_picture_it_shows_exists(make_guide):
    for stem, _title in make_guide.PAGES:
        assert (DOCS / f"{stem}.md").is_file(), f"docs/{stem}.md is missing"
    shown = make_guide.referenced_images(DOCS)
    assert sum(len(v) for v in shown.values()) >= 10
    missing = [f"{page}: {src}" for page, srcs in shown.items() for src in srcs
               if not (DOCS / src).is_file()]
    assert not missing, missing
    links = {m for p in DOCS.glob("*.md")
             for m in re.findall(r"\]\(([\w.-]+\.md)(?:#[\w-]+)?\)", p.read_text("utf-8"))}
    assert all((DOCS / link).is_file() for link in links), links


def test_the_html_converter_keeps_headings_lists_tables_images_and_links(make_guide):
    html = make_guide.markdown_to_html(
        "# Title\n\nSome *text* with `code` and [a page](open.md).\n\n"
        "- one\n- two\n  - nested\n\n1. first\n2. second\n\n"
        "| a | b |\n|---|---|\n| 1 | **2** |\n\n![A picture](images/welcome.png)\n\n"
        "> a note\n\n```\nx < 1\n```\n")
    assert '<h1 id="title">Title</h1>' in html
    assert "<em>text</em>" in html and "<code>code</code>" in html
    assert '<a href="open.html">a page</a>' in html
    assert "<ul>" in html and "<li>nested</li>" in html and "<ol>" in html
    assert "<td><strong>2</strong></td>" in html
    assert '<img src="../images/welcome.png" alt="A picture">' in html
    assert "<blockquote>" in html and "x &lt; 1" in html


def test_one_screenshot_from_the_real_window(make_guide, qapp, tmp_path):
    files, facts = make_guide.shoot(["firms"], images=tmp_path)
    assert [f.name for f in files] == ["window-firms.png"]
    from PySide6.QtGui import QImage

    image = QImage(str(files[0]))
    assert (image.width(), image.height()) == make_guide.WINDOW_SIZE
    assert facts["summary"].startswith("280 of 280 firms")
