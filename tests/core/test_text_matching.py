"""The mapper's text matching stays what it was when it got faster (#14): ``contains_phrase``
checks for the phrase as a substring before its pattern, and ``fold`` is remembered per text.
Both are held here to the plain regular-expression and the uncached computation."""

from __future__ import annotations

import itertools
import random
import re

from core.common import text
from core.common.text import contains_phrase, fold


def _reference(haystack: str, phrase: str) -> bool:
    """The whole-word match as first written: one regular expression, nothing remembered."""
    if not phrase:
        return False
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?:s|es)?(?!\w)", haystack) is not None


PHRASES = ["iso", "wage", "training", "sale", "new product", "c++", "a.b", "luong", "ค่าจ้าง",
           "ha noi", "s", "es", ""]
HAYSTACKS = ["iso 9001", "isolated", "isos", "isoes", "monthly wages", "wage_now", "wageless",
             "on the job training", "sales share", "new products", "c++ skills", "xa.by a.b",
             "luong thang", "ค่าจ้างรายเดือน", "ha noi city", "hanoi", "s", "es", "", "iso-9001",
             "pre iso", "9iso"]


def test_contains_phrase_equals_the_regular_expression_on_every_pair():
    for hay, phrase in itertools.product(HAYSTACKS, PHRASES):
        assert contains_phrase(hay, phrase) == _reference(hay, phrase), (hay, phrase)


def test_contains_phrase_equals_the_regular_expression_on_random_texts():
    rng = random.Random(14)
    alphabet = "ais eo_.-1ก"
    for _ in range(3000):
        hay = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        phrase = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 4)))
        assert contains_phrase(hay, phrase) == _reference(hay, phrase), (hay, phrase)


def test_fold_remembered_equals_fold_computed():
    samples = ["Giới tính", "GIOI TINH", "Lương_tháng (VND)", "  Apparel  ", "Đào tạo", 12, 1.5,
               None, True, "ค่าจ้าง", "ISO-9001"]
    for value in samples * 2:  # the second round is served from memory
        computed = "" if value is None else text._fold_text.__wrapped__(str(value))
        assert fold(value) == computed, value
    assert fold("Giới tính") == "gioi tinh"
    assert fold(12) == fold("12") == "12"
