"""WholeWords finds, match for match, what the regex it replaces finds (no regex compiled per article)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.components.literals import WholeWords


def regex_spans(words, text, not_after=""):
    ordered = sorted(set(words), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w" + re.escape(not_after) + r"])(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
    return [m.span() for m in pattern.finditer(text)]


def spans(words, text, not_after=""):
    return [(m.start(), m.end()) for m in WholeWords(words, not_after).finditer(text)]


CASES = [
    ({"PGN", "SIG"}, "PT Perusahaan Gas Negara (PGN) menyalurkan modal. PGN juga melatih; PGNnya tidak."),
    ({"BRI", "BRI-Link"}, "Agen BRI-Link milik BRI di Garut, (BRI) dan xBRI."),
    ({"RU", "RU IV"}, "Pertamina RU IV Cilacap dan RU V Balikpapan"),
    ({"A.B", "A", "B"}, "A.B A B_ (A) A.B."),
    ({"KWT"}, "Kelompok Wanita Tani (KWT) Mawar; KWT Melati; kwt kecil"),
    ({"Ü"}, "ÜÜ Ü"),
]


@pytest.mark.parametrize("words,text", CASES)
@pytest.mark.parametrize("not_after", ["", "("])
def test_same_matches_as_the_regex(words, text, not_after):
    assert spans(words, text, not_after) == regex_spans(words, text, not_after)


def test_acronyms_met_again_on_their_own():
    text = "PT Semen Indonesia (SIG) membina warga. SIG berharap; SIGMA bukan."
    assert [text[a:b] for a, b in spans({"SIG"}, text, "(")] == ["SIG"]
    assert spans({"SIG"}, text, "(")[0][0] == text.index("SIG berharap")


@settings(max_examples=3000, deadline=None)
@given(st.sets(st.text(st.sampled_from("AB._ "), min_size=1, max_size=3), min_size=1, max_size=4),
       st.text(st.sampled_from("AB._ (x\u00e9"), max_size=24), st.sampled_from(["", "("]))
def test_property_same_as_regex(words, text, not_after):
    assert spans(words, text, not_after) == regex_spans(words, text, not_after)
