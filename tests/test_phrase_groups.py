"""PhraseGroups gives each group what the group's own PhraseMatcher gives; the roles' longest-cue test
(``roles._covered``) says what the pairwise comparison it replaces says."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import PhraseMatcher

from extract.components.language import make_language
from extract.components.phrase_groups import PhraseGroups
from extract.components.roles import _covered

GROUPS = {  # group -> key -> phrases; "bantuan" and "INTRO" stand in two groups, "memberikan" under two keys
    "cues": {"before": ["bantuan", "binaan", "didukung oleh"],
             "after": ["memberikan", "memberikan bantuan", "menyalurkan"],
             "speaker": ["manager csr", "memberikan"]},
    "context": {"CONTEXT": ["csr", "bantuan", "tjsl"]},
    "list_intro": {"INTRO": ["antara lain", "yaitu"]},
    "anaphora_intro": {"INTRO": ["adalah", "yaitu"]},
}

TEXTS = [
    "Manager CSR PT Semen Padang memberikan bantuan kepada kelompok tani binaan di Padang Pariaman.",
    "Bantuan didukung oleh Bank Nagari, antara lain BRI, BNI dan Bank Mandiri; yaitu tiga bank adalah mitra.",
    "PT Pupuk Kujang menyalurkan TJSL. Memberikan Bantuan memberikan bantuan memberikan",
    "",
    "tidak ada kata yang dicari di kalimat ini",
]


@pytest.fixture(scope="module")
def nlp():
    return make_language()


@pytest.fixture(scope="module")
def matchers(nlp):
    groups = PhraseGroups(nlp.vocab, "test")
    own = {}
    for group, keys in GROUPS.items():
        own[group] = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, phrases in keys.items():
            own[group].add(key, [nlp.make_doc(p) for p in phrases])
            groups.add(group, key, [nlp.make_doc(p) for p in phrases])
    return groups, own


@pytest.mark.parametrize("text", TEXTS)
def test_each_group_finds_what_its_own_matcher_finds(nlp, matchers, text):
    groups, own = matchers
    doc = nlp.make_doc(text)
    for group, matcher in own.items():
        theirs = matcher(doc)
        ours = groups.group(group)(doc)
        # one span under two keys of a group may come in another order (the matcher's hash map)
        assert sorted(ours) == sorted(theirs), group
        assert [(s, e) for _, s, e in ours] == [(s, e) for _, s, e in theirs], group
        assert {nlp.vocab.strings[k] for k, _, _ in ours} <= set(GROUPS[group])


def test_the_doc_is_walked_once_and_the_matches_are_not_shared(nlp, matchers):
    groups, _ = matchers
    doc = nlp.make_doc(TEXTS[0])
    first = groups.group("cues")(doc)
    assert first and "warta_phrases_test" in doc.user_data
    first.clear()  # a caller's list is its own
    assert groups.group("cues")(doc)


def covered_pairwise(matches):
    return [any(k == kind and a <= s and e <= b and b - a > e - s for k, a, b in matches) for kind, s, e in matches]


def test_longest_cue_on_written_matches():
    matches = [("after", 3, 4), ("after", 3, 5), ("before", 3, 4), ("after", 4, 5), ("after", 3, 4), ("after", 9, 10)]
    assert _covered(matches) == [True, False, False, True, True, False]
    assert _covered(matches) == covered_pairwise(matches)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["before", "after"]), st.integers(0, 12), st.integers(1, 5))
                .map(lambda m: (m[0], m[1], m[1] + m[2])), max_size=14))
def test_longest_cue_as_the_pairwise_test(matches):
    assert _covered(matches) == covered_pairwise(matches)
