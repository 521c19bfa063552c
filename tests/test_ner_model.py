"""Tests for the committed NER model (models/ner) and extract/training/train_ner.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.vocab import Vocab

from extract.training.train_ner import parse_conll, sentence_to_doc, train_ner

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "models" / "ner"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="module")
def nlp():
    if not (MODEL / "config.cfg").exists():
        pytest.skip(f"no trained model at {MODEL}; run python -m extract.training.train_ner")
    return spacy.load(MODEL)


def test_model_is_ner_only_with_own_tok2vec(nlp):
    assert nlp.lang == "id"
    assert nlp.pipe_names == ["ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    arch = nlp.config["components"]["ner"]["model"]["tok2vec"]["@architectures"]
    assert "Listener" not in arch
    # the main pipeline sources it like this
    main = spacy.blank("id")
    main.add_pipe("ner", source=nlp)
    assert main("PT Pertamina membantu warga Cilacap.").ents is not None


def test_tags_company_org_in_csr_sentence(nlp):
    doc = nlp(
        "PT Pertamina Refinery Unit IV Cilacap menyalurkan bantuan kepada kelompok tani "
        "di Kabupaten Cilacap."
    )
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    assert any("Pertamina" in e.text for e in orgs), [(e.text, e.label_) for e in doc.ents]
    # "Kabupaten Cilacap" (the regency) must not be swallowed into the company span
    assert not any("kelompok" in e.text or "Kabupaten" in e.text for e in orgs)


def test_tags_person_and_place(nlp):
    doc = nlp("Gubernur Jawa Tengah Ganjar Pranowo meresmikan jembatan di Semarang pada Senin.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Ganjar Pranowo", "PER") in ents, ents
    assert ("Semarang", "LOC") in ents, ents


def test_committed_eval_json(nlp):
    ev = json.loads((MODEL / "EVAL.json").read_text())
    for ds in ("idner-news-2k", "nergrit", "nerp"):
        assert ev["test"][ds]["f"] > 50, ds


def test_conll_reader_iob2_to_spans():
    text = (
        "PT\tB-ORG\nAstra\tI-ORG\nInternational\tI-ORG\nmembantu\tO\nwarga\tO\n"
        "di\tO\nKota\tB-LOC\nBogor\tI-LOC\n.\tO\n"
        "\n"
        "Budi\tB-PER\nGunadi\tI-PER\nSadikin\tI-PER\nhadir\tO\n"
        "\n"
    )
    sents = parse_conll(text)
    assert [len(w) for w, _ in sents] == [9, 4]
    vocab = Vocab()
    doc = sentence_to_doc(vocab, *sents[0])
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("PT Astra International", "ORG"),
        ("Kota Bogor", "LOC"),
    ]
    assert [(e.start, e.end) for e in doc.ents] == [(0, 3), (6, 8)]
    doc2 = sentence_to_doc(vocab, *sents[1])
    assert [(e.text, e.label_) for e in doc2.ents] == [("Budi Gunadi Sadikin", "PER")]


def test_conll_nerp_labels_missing_and_outside():
    words = ["ant", "yamaha", "di", "jakarta", "festival", "jazz"]
    tags = ["B-PER", "B-IND", "O", "B-LOC", "B-EVT", "I-EVT"]
    doc = sentence_to_doc(Vocab(), words, tags, keep=("PER", "LOC"), missing=("IND",))
    assert [(e.text, e.label_) for e in doc.ents] == [("ant", "PER"), ("jakarta", "LOC")]
    # IND is unannotated ("" iob), EVT is outside ("O")
    assert [t.ent_iob_ for t in doc] == ["B", "", "O", "B", "O", "O"]


def test_conll_reader_rejects_bad_line():
    with pytest.raises(ValueError):
        parse_conll("token without tag\n\n")


def _write_tiny_dataset(root: Path) -> None:
    orgs = ["PT Maju Jaya", "Bank Sentosa", "Yayasan Harapan"]
    people = ["Budi Santoso", "Siti Aminah", "Agus Salim"]
    places = ["Bandung", "Surabaya", "Medan"]

    def sent(i: int, lower: bool = False, ind: bool = False) -> str:
        org, per, loc = orgs[i % 3], people[(i + 1) % 3], places[(i + 2) % 3]
        rows = [(w, ("B-" if j == 0 else "I-") + ("IND" if ind else "ORG")) for j, w in enumerate(org.split())]
        rows += [("dan", "O")]
        rows += [(w, ("B-" if j == 0 else "I-") + "PER") for j, w in enumerate(per.split())]
        rows += [("membantu", "O"), ("warga", "O"), ("di", "O"), (loc, "B-LOC"), (".", "O")]
        if lower:
            rows = [(w.lower(), t) for w, t in rows]
        return "".join(f"{w}\t{t}\n" for w, t in rows) + "\n"

    for ds in ("idner-news-2k", "nergrit", "nerp"):
        d = root / ds
        d.mkdir(parents=True)
        nerp = ds == "nerp"
        for split, n in (("train", 12), ("dev", 3), ("test", 3)):
            (d / f"{split}.conll").write_text("".join(sent(i, nerp, nerp) for i in range(n)))
    (root / "nerp" / "overlap_with_idner-news-2k.tsv").write_text(
        "nerp_split\tnerp_sentence_index\tidner_split\tidner_sentence_index\n"
        "train\t0\ttest\t0\ntest\t1\ttrain\t1\n"
    )


def test_train_ner_on_tiny_synthetic_data(tmp_path):
    data = tmp_path / "data"
    _write_tiny_dataset(data)
    out = tmp_path / "model"
    res = train_ner(
        data, out, max_steps=20, seed=0,
        overrides={"training.eval_frequency": 10}, bench=False,
    )
    assert res["train_sentences"] == 12 + 12 + 11  # one NERP row dropped as overlap
    assert res["dev_sentences"] == 6
    assert set(res["test"]) == {"idner-news-2k", "nergrit", "nerp", "nerp-no-idner"}
    assert res["test"]["nerp-no-idner"]["sentences"] == 2
    assert (out / "EVAL.json").exists()
    assert not (out / "model-last").exists()
    nlp2 = spacy.load(out)
    assert nlp2.pipe_names == ["ner"]
    assert set(nlp2.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert nlp2.config["paths"]["train"] is None
    # the published vocab does not carry the training data's word list
    assert "Sentosa" not in nlp2.vocab.strings


def test_shared_data_readable_if_present():
    data = SHARED / "data" / "ner"
    if not data.exists():
        pytest.skip(f"shared NER data not found at {data} (only present on the build machine)")
    sents = parse_conll((data / "idner-news-2k" / "dev.conll").read_text(encoding="utf-8"))
    assert len(sents) == 367
