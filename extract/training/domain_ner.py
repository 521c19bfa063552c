"""In-domain NER training sentences: the fit articles' gold names projected onto their text.

    python -m extract.training.domain_ner --stats                  # how many sentences / spans
    python -m extract.training.domain_ner --heldout-eval models/ner # score a model on the held-out fold

Used by ``python -m extract.training.train_ner --domain`` (models/NER.md). Data: the fit part only
(../shared/corpus-dev less the validation split d131-d160, ../shared/seeds, corpus/), read through
``train_domain.load_fit``, which leaves the validation split out before anything is read.

Labels. Every gold organisation and partner form (``organizations``, ``partners`` and their
``optional`` lists) is ORG and every gold location form is LOC; ``project.project`` finds their
occurrences, the longest span wins where they overlap (``Dinas Pertanian Kabupaten Tuban`` over
``Tuban``). The gold lists only participating organisations and programme places, so a token
outside every projected span is *not* reliably ``O``: a person, a news agency or a place that is
not a programme place is no gold name but is an entity all the same. So:

* a capitalised token, or one holding a digit, outside the spans is **missing** (spaCy's ``-``:
  no loss either way), and so is a lower-case word or sign between two such tokens (the ``dan`` /
  ``di`` / ``&`` / ``(`` inside ``Gereja Kristen Injili di Tanah Papua``);
* every other token (lower-case words, punctuation) is ``O``;
* a projected LOC right next to a capitalised token outside the spans is missing too: it may be
  the place word inside an organisation the gold does not list (``Pemkab Tuban``), which the
  contract says is no location and the general data labels ORG;
* only sentences (warta's own sentencizer and tokenizer, so the training tokens are the tokens the
  pipeline tags) that hold at least one projected span are kept: the others carry almost no
  reliable label once capitalised words are missing.

The projected spans give each entity its exact first and last token, so the model learns where a
CSR name ends (``PT Contoh`` before ``Desa Sukamaju``) without being told what the unlisted names
around it are.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.training.project import form_pattern, project

FOLDS = 5
LOCATION_ROLE = "location"


def split_fold(doc_ids, folds: int = FOLDS, fold: int | None = None) -> tuple[set[str], set[str]]:
    """(training ids, held-out ids): article i of the sorted ids is in fold ``i % folds``
    (train_domain's folds); ``fold=None`` holds nothing out."""
    ids = sorted(doc_ids)
    held = {d for i, d in enumerate(ids) if fold is not None and i % folds == fold}
    return set(ids) - held, held


def location_forms(gold: dict) -> list[list[str]]:
    opt = gold.get("optional") or {}
    return [list(f) for f in (gold.get("locations") or []) + (opt.get("locations") or [])]


def projected(text: str, gold: dict) -> list[tuple[int, int, str]]:
    """(start, end, label) of every gold organisation (ORG) and location (LOC) occurrence,
    longest first, no overlaps, sorted by start."""
    hits = [(p.start, p.end, "ORG") for p in project(text, gold)]
    for forms in location_forms(gold):
        for form in {f for f in forms if f and f.strip()}:
            hits += [(m.start(), m.end(), "LOC") for m in form_pattern(form).finditer(text)]
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[2] != "ORG", h[0]))
    taken: list[tuple[int, int, str]] = []
    for h in hits:
        if all(h[1] <= t[0] or h[0] >= t[1] for t in taken):
            taken.append(h)
    return sorted(taken)


_DIGIT = re.compile(r"\d")


def _name_like(text: str) -> bool:
    return any(c.isupper() for c in text) or bool(_DIGIT.search(text))


def _sentencizer():
    from extract.components import sentences  # noqa: F401  (registers warta_sentencizer)
    from extract.components.language import make_language

    nlp = make_language()
    nlp.add_pipe("warta_sentencizer")
    return nlp


def sentence_docs(nlp, text: str, gold: dict, vocab: Vocab, stats: dict | None = None) -> list[Doc]:
    """Training Docs (one per sentence holding a projected span) of one article, with the
    labels described in the module docstring."""
    stats = stats if stats is not None else {}
    doc = nlp(text)
    n = len(doc)
    label = ["O"] * n  # per token: O, missing, or B-/I-LABEL
    inside = [False] * n
    spans = []
    for start, end, lab in projected(text, gold):
        span = doc.char_span(start, end, alignment_mode="strict")
        stats["spans_" + lab] = stats.get("spans_" + lab, 0) + 1
        if span is None:  # a form that starts or ends inside a token: its tokens stay unknown
            span = doc.char_span(start, end, alignment_mode="expand")
            stats["misaligned"] = stats.get("misaligned", 0) + 1
            if span is not None:
                for i in range(span.start, span.end):
                    inside[i], label[i] = True, "-"
            continue
        spans.append((span.start, span.end, lab))
        for i in range(span.start, span.end):
            inside[i] = True
    name_like = [not inside[i] and not doc[i].is_space and _name_like(doc[i].text) for i in range(n)]
    for i in range(n):
        if inside[i] or doc[i].is_space:
            continue
        if name_like[i]:
            label[i] = "-"
        elif 0 < i < n - 1 and name_like[i - 1] and name_like[i + 1]:
            label[i] = "-"
    for s, e, lab in spans:
        by_unlisted = (s > 0 and name_like[s - 1]) or (e < n and name_like[e])
        if lab == "LOC" and by_unlisted:
            for i in range(s, e):
                label[i] = "-"
            stats["loc_by_unlisted_name"] = stats.get("loc_by_unlisted_name", 0) + 1
            continue
        label[s] = "B-" + lab
        for i in range(s + 1, e):
            label[i] = "I-" + lab
    out = []
    for sent in doc.sents:
        tags = label[sent.start:sent.end]
        if not any(t.startswith("B-") for t in tags):
            continue
        toks = [t for t in sent if not t.is_space]
        words = [t.text for t in toks]
        spaces = [bool(t.whitespace_) or (t.i + 1 < n and doc[t.i + 1].is_space) for t in toks]
        tags = [label[t.i] for t in toks]
        d = Doc(vocab, words=words, spaces=spaces)
        d.set_ents(_ents(d, tags), missing=[d[i:i + 1] for i, t in enumerate(tags) if t == "-"],
                   default="outside")
        out.append(d)
        stats["sentences"] = stats.get("sentences", 0) + 1
        stats["tokens"] = stats.get("tokens", 0) + len(words)
        stats["missing_tokens"] = stats.get("missing_tokens", 0) + tags.count("-")
        stats["entities"] = stats.get("entities", 0) + sum(t.startswith("B-") for t in tags)
    return out


def _ents(doc: Doc, tags: list[str]):
    from spacy.tokens import Span

    out, start = [], None
    for i, t in enumerate([*tags, "O"]):
        if start is not None and not t.startswith("I-"):
            out.append(Span(doc, start, i, label=tags[start][2:]))
            start = None
        if t.startswith("B-"):
            start = i
    return out


def domain_docs(vocab: Vocab, *, fold: int | None = None, folds: int = FOLDS,
                stats: dict | None = None) -> list[Doc]:
    """The in-domain training sentences of the fit articles (less the held-out ``fold``)."""
    from extract.training.train_domain import fit_sets, load_fit

    articles, gold = load_fit(fit_sets())
    train_ids, _ = split_fold(gold, folds, fold)
    nlp = _sentencizer()
    docs: list[Doc] = []
    stats = stats if stats is not None else {}
    for a in articles:
        if a.doc_id in train_ids and not getattr(a, "error", None):
            stats["articles"] = stats.get("articles", 0) + 1
            docs += sentence_docs(nlp, a.text, gold[a.doc_id], vocab, stats)
    return docs


# --------------------------------------------------------------------------- held-out evaluation


def _records(model: str | None, fold: int, folds: int, gate: str | None) -> dict:
    """Run in a child process: records of the held-out fold's articles with ``model`` as the NER
    (None = rules only), and the NER's boundary agreement with the projected spans."""
    from extract import build_nlp, extract_articles
    from extract.training.train_domain import fit_sets, load_fit

    articles, gold = load_fit(fit_sets())
    _, held = split_fold(gold, folds, fold)
    held_articles = [a for a in articles if a.doc_id in held]
    nlp = build_nlp(ner=model is not None)
    recs = {r.doc_id: r.to_dict() for r in extract_articles(held_articles, nlp=nlp)}
    out = {"records": recs}
    if model is not None:
        out["agreement"] = agreement(model, held_articles, gold)
    return out


def agreement(model: str, articles, gold: dict) -> dict:
    """The NER alone against the projected spans of these articles (the labelled sentences,
    tokens as in training): of the projected ORG/LOC spans, how many the NER tags with the same
    first and last token and label (strict), with the same boundaries, or overlaps at all; and of
    the NER's spans that overlap a projected one, how many have its exact boundaries."""
    from extract.components.ner import _load

    ner = _load(str(Path(model).resolve()))
    nlp = _sentencizer()
    vocab = ner.vocab
    c = {k: 0 for k in ("gold", "strict", "same_boundaries", "overlap", "pred_overlapping", "pred_exact")}
    per = {lab: {"gold": 0, "strict": 0} for lab in ("ORG", "LOC")}
    for a in articles:
        for g in sentence_docs(nlp, a.text, gold[a.doc_id], vocab):
            d = Doc(ner.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])
            for _, proc in ner.pipeline:
                d = proc(d)
            gold_spans = {(e.start, e.end, e.label_) for e in g.ents}
            pred = {(e.start, e.end, e.label_) for e in d.ents}
            for s, e, lab in gold_spans:
                c["gold"] += 1
                per[lab]["gold"] += 1
                c["strict"] += (s, e, lab) in pred
                per[lab]["strict"] += (s, e, lab) in pred
                c["same_boundaries"] += any(p[0] == s and p[1] == e for p in pred)
                c["overlap"] += any(p[0] < e and p[1] > s for p in pred)
            for s, e, _lab in pred:
                hit = [gs for gs in gold_spans if gs[0] < e and gs[1] > s]
                if hit:
                    c["pred_overlapping"] += 1
                    c["pred_exact"] += any(gs[0] == s and gs[1] == e for gs in hit)
    ratio = lambda a, b: round(a / b, 4) if b else 0.0  # noqa: E731
    return c | {
        "strict_recall": ratio(c["strict"], c["gold"]),
        "boundary_recall": ratio(c["same_boundaries"], c["gold"]),
        "overlap_recall": ratio(c["overlap"], c["gold"]),
        "exact_among_overlapping": ratio(c["pred_exact"], c["pred_overlapping"]),
        "strict_recall_ORG": ratio(per["ORG"]["strict"], per["ORG"]["gold"]),
        "strict_recall_LOC": ratio(per["LOC"]["strict"], per["LOC"]["gold"]),
    }


def heldout_eval(models: list[str], fold: int = 0, folds: int = FOLDS) -> dict:
    """Organisations / partners / locations on the held-out fold, per model ('none' = rules only);
    each model runs in a fresh process (the NER is chosen through $WARTA_NER_MODEL)."""
    from extract.evaluate import score
    from extract.training.train_domain import fit_sets, load_fit

    _, gold = load_fit(fit_sets())
    _, held = split_fold(gold, folds, fold)
    held_gold = {d: g for d, g in gold.items() if d in held}
    out = {"fold": fold, "folds": folds, "articles": len(held_gold)}
    for m in models:
        env = dict(os.environ)
        if m != "none":
            env["WARTA_NER_MODEL"] = str(Path(m).resolve())
        code = ("import json, sys; from extract.training.domain_ner import _records; "
                "print(json.dumps(_records(None if sys.argv[1] == 'none' else sys.argv[1], "
                "int(sys.argv[2]), int(sys.argv[3]), None)))")
        r = subprocess.run([sys.executable, "-c", code, m, str(fold), str(folds)], env=env,
                           capture_output=True, text=True, check=True)
        res = json.loads(r.stdout.strip().splitlines()[-1])
        table, _ = score(held_gold, res["records"])
        out[m] = {f: {k: round(table[f][k], 4) if isinstance(table[f][k], float) else table[f][k]
                      for k in ("precision", "recall", "f1", "tp", "fp", "fn")}
                  for f in ("organizations", "partners", "locations")}
        if "agreement" in res:
            out[m]["ner_agreement"] = res["agreement"]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true", help="count the in-domain training sentences")
    ap.add_argument("--fold", type=int, default=None, help="held-out fold (0..folds-1); default none")
    ap.add_argument("--folds", type=int, default=FOLDS)
    ap.add_argument("--heldout-eval", nargs="+", metavar="MODEL",
                    help="score these NER model dirs ('none' = rules only) on the held-out --fold")
    args = ap.parse_args(argv)
    if args.heldout_eval:
        print(json.dumps(heldout_eval(args.heldout_eval, args.fold or 0, args.folds), indent=2))
    if args.stats:
        stats: dict = {}
        domain_docs(Vocab(), fold=args.fold, folds=args.folds, stats=stats)
        print(json.dumps(stats, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
