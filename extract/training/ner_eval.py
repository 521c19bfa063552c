"""Strict NER scoring on a data set's own tokens (what seqeval's strict IOB2 mode counts).

The model tags the gold sentence's tokens as they are (no re-tokenising of the joined text, so no
alignment that could count a partial span as a hit); an entity is right only when its first token,
last token and type all equal a gold entity's. Micro precision, recall and F1 over all entities,
and the same per type.
"""
from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

Span = tuple[int, int, str]


def iob2_spans(tags: list[str]) -> set[Span]:
    """Entities of an IOB2 tag sequence, strictly: B-X opens, I-X continues, anything else closes
    (a stray I-X opens nothing, as seqeval's strict mode)."""
    out, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and start is not None and tag[2:] == label:
            continue
        if start is not None:
            out.add((start, i, label))
            start = label = None
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return out


def doc_spans(doc: Doc, keep: Iterable[str] | None = None) -> set[Span]:
    keep = set(keep) if keep is not None else None
    return {(e.start, e.end, e.label_) for e in doc.ents if keep is None or e.label_ in keep}


def tag_tokens(nlp: Language, gold: Doc) -> Doc:
    """The pipeline's components run on a copy of the gold Doc's own tokens."""
    doc = Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def strict_prf(pairs: Iterable[tuple[set[Span], set[Span]]], labels: Iterable[str]) -> dict:
    """(gold, predicted) entity sets per sentence -> micro P/R/F1 (in %) and the same per type."""
    counts = {lab: [0, 0, 0] for lab in labels}  # tp, predicted, gold
    for gold, pred in pairs:
        for lab, c in counts.items():
            g = {s for s in gold if s[2] == lab}
            p = {s for s in pred if s[2] == lab}
            c[0] += len(g & p)
            c[1] += len(p)
            c[2] += len(g)

    def prf(tp: int, n_pred: int, n_gold: int) -> dict:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2)}

    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return prf(*total) | {"per_type": {lab: prf(*c) | {"n": c[2]} for lab, c in sorted(counts.items())}}
