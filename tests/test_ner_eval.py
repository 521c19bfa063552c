"""Strict NER scoring on the data set's own tokens (extract/training/ner_eval.py), as seqeval's strict mode."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extract.training.ner_eval import doc_spans, iob2_spans, strict_prf, tag_tokens


@pytest.mark.parametrize("tags,spans", [
    (["B-ORG", "I-ORG", "O", "B-LOC"], {(0, 2, "ORG"), (3, 4, "LOC")}),
    (["B-ORG", "I-LOC", "O"], {(0, 1, "ORG")}),               # a type change ends the entity
    (["O", "I-PER", "I-PER"], set()),                         # a stray I opens nothing (strict)
    (["B-PER", "B-PER"], {(0, 1, "PER"), (1, 2, "PER")}),
    (["B-LOC", "I-LOC"], {(0, 2, "LOC")}),                    # an entity at the end
])
def test_iob2_spans_strict(tags, spans):
    assert iob2_spans(tags) == spans


def test_partial_span_is_no_hit():
    gold = {(0, 3, "ORG"), (5, 6, "LOC")}
    pred = {(1, 3, "ORG"), (5, 6, "LOC"), (7, 8, "PER")}  # "Semen Indonesia" of "PT Semen Indonesia"
    s = strict_prf([(gold, pred)], ["LOC", "ORG", "PER"])
    assert (s["p"], s["r"], s["f"]) == (33.33, 50.0, 40.0)
    assert s["per_type"]["ORG"] == {"p": 0.0, "r": 0.0, "f": 0.0, "n": 1}
    assert s["per_type"]["LOC"]["f"] == 100.0


def test_model_tags_the_gold_tokens_as_they_are():
    from extract.components.ner import load_ner

    nlp = load_ner()
    if nlp is None:
        pytest.skip("no trained NER in models/ner")
    words = ["PT.Semen", "Padang", "menyerahkan", "bantuan", "di", "Kabupaten", "Agam", "."]
    gold = Doc(nlp.vocab, words=words)
    pred = tag_tokens(nlp, gold)
    assert [t.text for t in pred] == words  # "PT.Semen" stays one token
    assert all(0 <= s < e <= len(words) for s, e, _ in doc_spans(pred))
