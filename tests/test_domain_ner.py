"""In-domain NER sentences (extract/training/domain_ner.py): gold names projected onto the text,
capitalised words outside them left unknown, the validation split never read."""
from __future__ import annotations

import pytest
from spacy.vocab import Vocab

from extract.training.domain_ner import _sentencizer, projected, sentence_docs, split_fold
from tests.conftest import need_shared

TEXT = (
    "PT Bukit Asam Tbk menyalurkan bantuan kepada Kelompok Tani Sido Makmur Bersama di Desa Lingga, "
    "Kabupaten Muara Enim. Kepala Desa Budi Santoso mengucapkan terima kasih. "
    "Harga cabai di pasar naik lagi pekan ini. "
    "Pemkab Muara Enim juga hadir bersama Dinas Pertanian. "
    "Camat meninjau Muara Enim kemarin."
)
GOLD = {
    "organizations": [["PT Bukit Asam Tbk", "Bukit Asam"]],
    "partners": [["Kelompok Tani Sido Makmur Bersama"]],
    "locations": [["Desa Lingga", "Lingga"], ["Kabupaten Muara Enim", "Muara Enim"]],
    "optional": {"partners": [], "organizations": [], "locations": []},
}


@pytest.fixture(scope="module")
def docs():
    stats: dict = {}
    out = sentence_docs(_sentencizer(), TEXT, GOLD, Vocab(), stats)
    return out, stats


def tags(doc):
    return [(t.text, t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") if t.ent_iob_ else "-") for t in doc]


def test_projected_spans_longest_first():
    spans = {(TEXT[s:e], lab) for s, e, lab in projected(TEXT, GOLD)}
    assert ("PT Bukit Asam Tbk", "ORG") in spans
    assert ("Kelompok Tani Sido Makmur Bersama", "ORG") in spans
    assert ("Kabupaten Muara Enim", "LOC") in spans
    assert ("Muara Enim", "LOC") in spans  # the one inside "Pemkab Muara Enim"
    assert ("Bukit Asam", "ORG") not in spans  # inside the longer form


def test_only_sentences_with_a_projected_span(docs):
    out, stats = docs
    texts = [d.text for d in out]
    assert any(t.startswith("PT Bukit Asam") for t in texts)
    assert not any("cabai" in t for t in texts)  # no gold name: no reliable label, not kept
    assert not any("Budi Santoso" in t for t in texts)
    assert stats["sentences"] == len(out) == 2
    # the Pemkab sentence's only projection (the place inside an unlisted name) became unknown
    assert not any("Pemkab" in t for t in texts)
    assert stats["loc_by_unlisted_name"] == 1


def test_labels_of_first_sentence(docs):
    first = dict(tags(docs[0][0]))
    ents = {(e.text, e.label_) for e in docs[0][0].ents}
    assert ents == {("PT Bukit Asam Tbk", "ORG"), ("Kelompok Tani Sido Makmur Bersama", "ORG"),
                    ("Desa Lingga", "LOC"), ("Kabupaten Muara Enim", "LOC")}
    assert first["menyalurkan"] == "O" and first["kepada"] == "O" and first[","] == "O"


def test_unlisted_names_are_missing_not_outside(docs):
    words = dict(tags(docs[0][1]))
    assert words["Camat"] == "-"  # a capitalised word outside the gold: unknown, not O
    assert words["meninjau"] == "O" and words["kemarin"] == "O" and words["."] == "O"
    assert {(e.text, e.label_) for e in docs[0][1].ents} == {("Muara Enim", "LOC")}


@pytest.mark.parametrize("phrase, word, expected", [
    ("Gereja Kristen Injili di Tanah Papua", "di", "-"),  # between two unlisted name words
    ("Budi dan Ani", "dan", "-"),
    ("Budi menerima bantuan", "menerima", "O"),
    ("rumah 20 warga", "20", "-"),  # a number may end a name ("SMP Negeri 20")
])
def test_words_between_unlisted_names(phrase, word, expected):
    text = f"PT Bukit Asam Tbk hadir. {phrase} juga hadir bersama PT Bukit Asam Tbk."
    out = sentence_docs(_sentencizer(), text, GOLD, Vocab())
    got = dict(tags(out[-1]))
    assert got[word] == expected


def test_folds_partition_the_articles():
    ids = [f"d{i:03d}" for i in range(1, 21)]
    train, held = split_fold(ids, 5, 0)
    assert held == {"d001", "d006", "d011", "d016"}
    assert train | held == set(ids) and not train & held
    assert split_fold(ids, 5, None) == (set(ids), set())


def test_domain_docs_never_read_validation(monkeypatch):
    need_shared("corpus-dev", "gold.jsonl")
    from extract.training import domain_ner, train_domain

    seen = []
    real = train_domain.load_fit

    def spy(folders):
        articles, gold = real(folders)
        seen.extend(gold)
        return articles, gold

    monkeypatch.setattr(train_domain, "load_fit", spy)
    stats: dict = {}
    docs = domain_ner.domain_docs(Vocab(), fold=0, stats=stats)
    assert docs and stats["articles"] < len(seen)
    assert not any(d in train_domain.VALIDATION for d in seen)
