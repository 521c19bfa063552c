"""Train the programme gate (models/programme_gate.json): does an article report a programme?

    python -m extract.training.train_gate          # writes models/programme_gate.json, prints CV figures

Positives: fit-part articles whose gold names organisations (givers); negatives: those whose gold names
none (../shared/corpus-dev less the validation split d131-d160, ../shared/seeds, corpus/ less the sec_
texts, which stay out as a held-out check), plus general news: pseudo-articles of 8 idner-news-2k
*train* sentences (bench/news_gate.py counts roles on all three splits; dev+test are held out). Features
are read by the pipeline itself, up to the roles (extract/components/programme_gate.py). Positives and
negatives weigh the same in total; a real negative article without a context word (the very kind the
gate is asked about: "Bank X meresmikan kantor cabang") weighs ``HARD`` times more.

The threshold is precision first: the highest probability that 5-fold cross-validation (folds in doc_id
order) gives any real negative without a context word, plus ``MARGIN``, and at least 0.5: no such fit
article would have opened the gate while held out. Deterministic: full-batch gradient descent from zero.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from extract.components.programme_gate import MODEL_PATH, LogisticGate
from extract.training.gold_data import gold_articles, read_gold
from extract.training.train_sectors import SOURCES, VALIDATION, gold_files

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT_PREFIX = "sec_"
NEWS_PREFIX = "idner"
L2, LR, STEPS, HARD, FOLDS, MARGIN = 0.01, 0.5, 4000, 3.0, 5, 0.02


def load_examples() -> list[tuple[str, str, int]]:
    """(doc_id, text, label) of the fit part and of the idner-news-2k train pseudo-articles."""
    out = []
    for folder, sub in SOURCES:
        gold = read_gold(gold_files(folder),
                         lambda rec: rec["doc_id"] not in VALIDATION and not rec["doc_id"].startswith(HELD_OUT_PREFIX))
        out += [(a.doc_id, a.text, int(bool(gold[a.doc_id].get("organizations"))))
                for a in gold_articles(folder / sub, gold) if not a.error]
    sys.path.insert(0, str(ROOT / "bench"))
    from news_gate import pseudo_articles

    out += [(d, t, 0) for d, t in pseudo_articles("idner-news-2k", ("train",))]
    return sorted(out)


def featurise(texts):
    """(feature names, vectors, has a context word), read by the full pipeline (the roles pipe's own gate)."""
    from extract import build_nlp

    nlp = build_nlp()
    roles = nlp.get_pipe("warta_roles")
    X, context = [], []
    for doc in nlp.pipe(texts):
        X.append(roles.gate.features.vector(doc, doc._.organizations_all or []))
        context.append(bool(roles.context(doc)))
    return roles.gate.features.names, X, context


def weights(y, hard) -> list[float]:
    pos = sum(y)
    neg = len(y) - pos
    return [(0.5 / pos if v else 0.5 / neg) * len(y) * (HARD if h else 1.0) for v, h in zip(y, hard)]


def fit(names, X, y, hard, threshold: float = 0.5) -> LogisticGate:
    return LogisticGate(names, threshold=threshold).fit(X, y, weights(y, hard), l2=L2, lr=LR, steps=STEPS)


def cv_proba(names, X, y, hard, k: int = FOLDS) -> list[float]:
    """Each article's probability from the model trained on the other k-1 folds (fold = index mod k)."""
    p = [0.0] * len(y)
    for f in range(k):
        tr = [i for i in range(len(y)) if i % k != f]
        m = fit(names, [X[i] for i in tr], [y[i] for i in tr], [hard[i] for i in tr])
        for i in range(f, len(y), k):
            p[i] = m.proba(X[i])
    return p


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    ex = load_examples()
    ids, y = [d for d, _, _ in ex], [lab for _, _, lab in ex]
    names, X, context = featurise([t for _, t, _ in ex])
    hard = [not c and not d.startswith(NEWS_PREFIX) and not v for d, c, v in zip(ids, context, y)]
    p = cv_proba(names, X, y, hard)
    top = max([p[i] for i in range(len(y)) if hard[i]], default=0.0)
    threshold = max(0.5, math.ceil((top + MARGIN) * 100) / 100)
    for label, sel in (("with a context word", [i for i in range(len(y)) if context[i]]),
                       ("without one", [i for i in range(len(y)) if not context[i]])):
        tp = sum(1 for i in sel if p[i] >= threshold and y[i])
        fp = sum(1 for i in sel if p[i] >= threshold and not y[i])
        print(f"{FOLDS}-fold CV, articles {label}: opens {tp} of {sum(y[i] for i in sel)} with a programme, "
              f"{fp} of {sum(1 - y[i] for i in sel)} without")
    print("real negatives without a context word (CV probability):",
          {ids[i]: round(p[i], 2) for i in range(len(y)) if hard[i]})
    model = fit(names, X, y, hard, threshold)
    args.out.write_text(json.dumps(model.to_json()) + "\n", encoding="utf-8")
    print(f"trained on {len(y)} articles ({sum(y)} with a programme), threshold {threshold} -> {args.out}")
    print(dict(zip(names, [round(w, 2) for w in model.w])), "bias", round(model.b, 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
