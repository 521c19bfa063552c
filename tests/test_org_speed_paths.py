"""The organisations step's fast paths give what the slow ones gave.

``DocMatches`` answers ``matcher(doc[a:b])`` from one run over the Doc; ``word_start_pattern`` and
``token_starts(word_start=True)`` find what a pattern opening with ``(?<!\\w)`` finds. Texts written
for these tests (real-looking Indonesian).
"""
from __future__ import annotations

import re

import pytest

from extract.components.doc_matches import DocMatches
from extract.components.organizations import word_start_pattern

TEXTS = [
    "Direktur PT.Bank Sumut Pusat dan PT PLN (Persero) UP3 Kupang menyerahkan bantuan Bank BTN Cabang Bangkalan.",
    "PC GP Ansor Tuban bersama TP PKK Kabupaten Minahasa Utara, Dinas Koperasi dan UMKM, serta Tanoto Foundation.",
    "Kick Andy Foundation,XPT.Bank Lama dan CV.Maju Jaya serta UD.Sumber Rejeki di Desa Terjun. PT.",
]


TEXTS_LOWER = TEXTS + ["Bantuan untuk kelompok tani Sido Makmur dan koperasi Simo Turun di desa."]


@pytest.mark.parametrize("name", ["head_matcher", "lower_matcher", "units", "level_matcher", "gaz_matcher"])
def test_doc_matches_answers_every_slice_as_the_matcher(nlp, name):
    matcher = getattr(nlp.get_pipe("warta_organizations"), name)
    met = 0
    for text in TEXTS_LOWER:
        doc = nlp.make_doc(text)
        n = len(doc)
        whole = DocMatches(matcher(doc), n)
        met += len(whole.by_start)
        for a in range(n):
            for b in range(a, n + 3):
                assert whole.within(a, b) == matcher(doc[a:b]), (a, b)
                assert whole.starting(a, b) == [(m, e) for m, s, e in matcher(doc[a:b]) if s == a]
    assert met >= 2, "the texts hold phrases of this matcher"  # else the test proves nothing


@pytest.mark.parametrize("group,name", [("heads", "head_matcher"), ("lower_heads", "lower_matcher"),
                                        ("levels", "level_matcher"), ("units", "units"), ("short", "short_matcher")])
def test_one_walk_of_the_doc_gives_each_matchers_matches(nlp, group, name):
    """``doc_phrases`` (phrase_groups.py) runs the small matchers together over the whole Doc."""
    finder = nlp.get_pipe("warta_organizations")
    met = 0
    for text in TEXTS_LOWER + ["Kepala DPMD Sigi dan DLHK Provinsi Sulawesi Tenggara bersama Dinsos."]:
        doc = nlp.make_doc(text)
        ours = finder.doc_phrases.group(group)(doc)
        assert ours == getattr(finder, name)(doc)
        met += len(ours)
    assert met >= 2, "the texts hold phrases of this matcher"


WORDS = ["PT.", "CV.", "UD."]


@pytest.mark.parametrize("text", TEXTS + ["PT.PT.Bank", "aPT.Bank _PT.Bank 2CV.Ok (PT.Ok)", "ÉPT.Bank", ""],
                         ids=lambda t: t[:30])
def test_word_start_pattern_finds_what_the_look_behind_found(text):
    old = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, WORDS)) + r")(?=[A-Z])")
    new = word_start_pattern(WORDS, r"(?=[A-Z])")
    assert not new.pattern.startswith("(?<!")
    kept = [m.start() for m in new.finditer(text)
            if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))]
    assert kept == [m.start() for m in old.finditer(text)]


def test_word_start_pattern_keeps_the_look_behind_for_a_word_opening_with_a_sign():
    assert word_start_pattern(["&Co", "Ltd"], r"(?!\w)").pattern.startswith("(?<!\\w)")


def test_glued_and_closing_heads_found_at_word_starts_only(nlp):
    doc = nlp("Direktur PT.Bank Sumut Pusat hadir, XPT.Bank Lama tidak. Kick Andy Foundation,TanotoFoundation.")
    names = [o.text for o in doc._.organizations_all]
    assert "PT.Bank Sumut Pusat" in names and "Kick Andy Foundation" in names
    assert not any("Lama" in n or "TanotoFoundation" in n for n in names)


@pytest.mark.parametrize("glued,found", [(False, True), (True, False)])
def test_closing_word_glued_to_a_word_opens_no_name(nlp, glued, found):
    """A token that starts right after a letter ("X" + "Foundation", split so by hand) is no word start,
    as ``(?<!\\w)`` said; with a space it closes the name."""
    from spacy.tokens import Doc

    words = ["Dana", "dari", "Kick", "Andy", "X", "Foundation", "tiba", "."]
    spaces = [True, True, True, True, not glued, True, False, False]
    doc = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    names = [o.text for o in doc._.organizations_all]
    assert any(n.endswith("Foundation") for n in names) is found, names


@pytest.mark.parametrize("name", [
    "koperasi simpan pinjam bina rahardja", "pt bank pembangunan daerah sumatera utarra", "pt pertamina (persero",
    "yayasan kideco peduli pendidikan", "pt semen indonesia persero tbk", "bank rakyat indonesia", "pt bank mandri",
])
def test_near_spelling_read_against_the_names_of_near_length_only(name):
    """``aliases._near_lengths``: the best near spelling among the names a name's length can reach is the best among
    all names (the lookup of a new name reads fewer); gazetteer names misspelt, and names it does not hold."""
    from rapidfuzz import fuzz, process

    from extract.components.aliases import NEAR, _near_lengths
    from gazetteers.companies import load_gazetteer

    gaz = load_gazetteer()
    names = [name] + [k[:i] + k[i + 1:] for k in list(gaz.index)[::25] for i in (0, len(k) // 2)]
    for n in names:
        whole = process.extractOne(n, gaz.index.keys(), scorer=fuzz.ratio, score_cutoff=NEAR + 2)
        near = process.extractOne(n, _near_lengths(gaz, len(n), NEAR + 2), scorer=fuzz.ratio, score_cutoff=NEAR + 2)
        assert (whole and whole[:2]) == (near and near[:2]), n
    assert len(_near_lengths(gaz, len(name), NEAR + 2)) < len(gaz.index) / 2
