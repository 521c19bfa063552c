"""Train the programme gate (models/programme_gate.json): does an article report a programme?

    python -m extract.training.train_gate                 # writes models/programme_gate.json, prints CV figures
    python -m extract.training.train_gate --hold-out-sec  # the sec_ texts left out, read as a held-out check
    python -m extract.training.train_gate --out /tmp/gate.json --features giving_verb,...  # a subset of features
    python -m extract.training.train_gate --out /tmp/gate.json --leave-out pg5_  # without a batch's articles

Positives: fit-part articles whose gold names organisations (givers); negatives: those whose gold names
none (../shared/corpus-dev less the validation split d131-d160, ../shared/seeds, corpus/ with its sec_ texts,
the only programme articles without a context word), plus general news: pseudo-articles of 8 idner-news-2k
*train* sentences (bench/news_gate.py counts roles on all three splits; dev+test are held out). Features
are read by the pipeline itself, up to the roles (extract/components/programme_gate.py). Positives and
negatives weigh the same in total; a real article without a context word (the very kind the gate is asked
about: "Bank X meresmikan kantor cabang", "BTN membangun 150 jamban bagi keluarga prasejahtera") weighs
``HARD`` times more (with ``--hold-out-sec`` only the negatives among them: there are no positives left).

The threshold is precision first: the highest probability that 5-fold cross-validation (folds in doc_id
order) gives any real negative without a context word, plus ``MARGIN``, and at least 0.5: no such fit
article would have opened the gate while held out. The CV line "articles without one" then says how many
programme articles without a context word open out of fold. Deterministic: full-batch gradient descent
from zero.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from extract.components.programme_gate import MODEL_PATH, LogisticGate  # MODEL_PATH: the default output
from extract.training.gold_data import gold_articles, read_gold
from extract.training.train_sectors import SOURCES, VALIDATION, gold_files

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT_PREFIX = "sec_"
NEWS_PREFIX = "idner"
L2, LR, STEPS, HARD, FOLDS, MARGIN = 0.01, 0.5, 4000, 3.0, 5, 0.02


def load_examples(held_out: bool = False) -> list[tuple[str, str, int]]:
    """(doc_id, text, label) of the fit part and of the idner-news-2k train pseudo-articles; with ``held_out``,
    the held-out ``sec_`` texts instead (no news)."""
    out = []
    for folder, sub in SOURCES:
        gold = read_gold(gold_files(folder),
                         lambda rec: rec["doc_id"] not in VALIDATION
                         and rec["doc_id"].startswith(HELD_OUT_PREFIX) == held_out)
        out += [(a.doc_id, a.text, int(bool(gold[a.doc_id].get("organizations"))))
                for a in gold_articles(folder / sub, gold) if not a.error]
    if held_out:
        return sorted(out)
    sys.path.insert(0, str(ROOT / "bench"))
    from news_gate import pseudo_articles

    out += [(d, t, 0) for d, t in pseudo_articles("idner-news-2k", ("train",))]
    return sorted(out)


def featurise(texts):
    """(feature names, vectors, has a context word), read by the full pipeline (the roles pipe's own gate)."""
    import os

    os.environ["WARTA_PROGRAMME_GATE"] = "/nonexistent"  # features only: the gate model may be of older features
    from extract import build_nlp

    nlp = build_nlp()
    roles = nlp.get_pipe("warta_roles")
    X, context = [], []
    for doc in nlp.pipe(texts):
        X.append(roles.gate.features.vector(doc, doc._.organizations_all or []))
        context.append(bool(roles.context(doc)))
    return roles.gate.features.names, X, context


def select(names: list[str], X, wanted: str | None):
    """The columns of ``X`` named in ``wanted`` (comma-separated), in that order; all without ``wanted``."""
    if not wanted:
        return names, X
    keep = [w.strip() for w in wanted.split(",") if w.strip()]
    unknown = [w for w in keep if w not in names]
    if unknown:
        raise SystemExit(f"unknown gate features {unknown}; known: {names}")
    idx = [names.index(w) for w in keep]
    return keep, [[row[i] for i in idx] for row in X]


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
    ap.add_argument("--hold-out-sec", action="store_true",
                    help="leave the sec_ texts out of training and report them as a held-out check")
    ap.add_argument("--features", help="comma-separated feature names to train on (default: all of GateFeatures; "
                                       "the pipeline reads a model's features by name)")
    ap.add_argument("--leave-out", action="append", default=[], metavar="PREFIX",
                    help="leave out the articles whose doc_id starts with PREFIX (to measure a batch's effect)")
    args = ap.parse_args(argv)
    args.all = not args.hold_out_sec
    ex = load_examples() + (load_examples(held_out=True) if args.all else [])
    ex = sorted(e for e in ex if not e[0].startswith(tuple(args.leave_out)))
    ids, y = [d for d, _, _ in ex], [lab for _, _, lab in ex]
    all_names, X, context = featurise([t for _, t, _ in ex])
    names, X = select(all_names, X, args.features)
    real_bare = [not c and not d.startswith(NEWS_PREFIX) for d, c in zip(ids, context)]
    hard = [r and (args.all or not v) for r, v in zip(real_bare, y)]
    p = cv_proba(names, X, y, hard)
    top = max([p[i] for i in range(len(y)) if real_bare[i] and not y[i]], default=0.0)
    threshold = max(0.5, math.ceil((top + MARGIN) * 100) / 100)
    for label, sel in (("with a context word", [i for i in range(len(y)) if context[i]]),
                       ("without one", [i for i in range(len(y)) if not context[i]])):
        tp = sum(1 for i in sel if p[i] >= threshold and y[i])
        fp = sum(1 for i in sel if p[i] >= threshold and not y[i])
        print(f"{FOLDS}-fold CV, articles {label}: opens {tp} of {sum(y[i] for i in sel)} with a programme, "
              f"{fp} of {sum(1 - y[i] for i in sel)} without")
    print("real articles without a context word (CV probability; * with a programme):",
          {ids[i][:8] + "*" * y[i]: round(p[i], 2) for i in range(len(y)) if real_bare[i]})
    model = fit(names, X, y, hard, threshold)
    held = [] if args.all else load_examples(held_out=True)
    _, hx, hc = featurise([t for _, t, _ in held]) if held else (None, [], [])
    hx = select(all_names, hx, args.features)[1]
    sel = [i for i in range(len(held)) if not hc[i]] if held else []
    opened = [held[i][0] for i in sel if model.proba(hx[i]) >= threshold]
    if held:
        print(f"held-out {HELD_OUT_PREFIX} texts without a context word: opens "
              f"{sum(held[i][2] for i in sel if held[i][0] in opened)} of {sum(held[i][2] for i in sel)} with a programme, "
              f"{sum(1 - held[i][2] for i in sel if held[i][0] in opened)} of {sum(1 - held[i][2] for i in sel)} without;",
              {held[i][0][:7]: round(model.proba(hx[i]), 2) for i in sel})
    args.out.write_text(json.dumps(model.to_json()) + "\n", encoding="utf-8")
    print(f"trained on {len(y)} articles ({sum(y)} with a programme), threshold {threshold} -> {args.out}")
    print(dict(zip(names, [round(w, 2) for w in model.w])), "bias", round(model.b, 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
