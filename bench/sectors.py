"""Sector classifier against the keyword baseline, per label (figures only).

    python bench/sectors.py              # fit: 5-fold cross-validation; validation: trained on fit
    python bench/sectors.py --json

The classifier alone, on every gold article with sectors (negatives included), without the
pipeline's gate on a giver. ``fit`` figures come from 5-fold cross-validation on the fit part (each
article scored by a model that never saw it; the team's own texts in corpus/ train every fold but
are never scored); ``validation`` (d131-d160) from a model trained on
the whole fit part, as shipped. A label in an article's optional gold is neither right nor wrong.
Prints figures only: the validation articles are never shown.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.components.sectors import LABELS  # noqa: E402
from extract.training.train_sectors import add_features, load_items, train  # noqa: E402
from rules import load_rules  # noqa: E402


def keyword(item, min_cues: int) -> set[str]:
    return {label for label in LABELS if len(item.hits.get(label) or ()) >= min_cues}


def model_labels(model, item, threshold: float) -> set[str]:
    return {label for label, p in model.proba(item.x).items() if p >= threshold}


def table(items, preds) -> dict:
    out = {}
    counts = {label: [0, 0, 0] for label in LABELS}
    for it, pred in zip(items, preds):
        for label in LABELS:
            c = counts[label]
            if label in pred and label in it.gold:
                c[0] += 1
            elif label in pred and label not in it.optional:
                c[1] += 1
            elif label in it.gold and label not in pred:
                c[2] += 1
    for label, (tp, fp, fn) in list(counts.items()) + [("micro", [sum(x[i] for x in counts.values()) for i in range(3)])]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[label] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": tp + fn}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    rules = load_rules("sectors")
    fit = add_features(load_items())
    val = add_features(load_items(validation=True))
    thr, min_cues = float(rules["threshold"]), int(rules["min_cues"])
    real = [i for i, it in enumerate(fit) if it.real]  # folds are scored on ../shared articles only
    fold = {i: n % args.folds for n, i in enumerate(real)}
    cv_preds: dict[int, set] = {}
    for k in range(args.folds):
        nlp = train([it for i, it in enumerate(fit) if fold.get(i) != k])
        for i in real:
            if fold[i] == k:
                cv_preds[i] = model_labels(nlp, fit[i], thr)
    nlp = train(fit)
    scored = [fit[i] for i in real]
    results = {
        "fit (5-fold CV)": {"keywords": table(scored, [keyword(it, min_cues) for it in scored]),
                            "model": table(scored, [cv_preds[i] for i in real])},
        "validation": {"keywords": table(val, [keyword(it, min_cues) for it in val]),
                       "model": table(val, [model_labels(nlp, it, thr) for it in val])},
    }
    if args.json:
        print(json.dumps(results))
        return 0
    for part, res in results.items():
        print(f"\n{part}: {len(scored) if part.startswith('fit') else len(val)} articles scored")
        print(f"{'label':<14}{'support':>8}  {'keywords P/R/F1':>20}  {'model P/R/F1':>20}")
        for label in (*LABELS, "micro"):
            k, m = res["keywords"][label], res["model"][label]
            print(f"{label:<14}{m['support']:>8}  {k['p']:6.2f}{k['r']:7.2f}{k['f1']:7.2f}  {m['p']:6.2f}{m['r']:7.2f}{m['f1']:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
