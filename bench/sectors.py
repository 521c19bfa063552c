"""Sector classifier against the keyword baseline, per label (figures only).

    python bench/sectors.py              # fit: 5-fold cross-validation, 3 orders; validation: trained on fit
    python bench/sectors.py --json
    python bench/sectors.py --sweep      # fit only: cross-validated micro F1 per threshold (how rules/sectors.toml's was chosen)

The classifier alone, on every gold article with sectors (negatives included), without the
pipeline's gate on a giver. ``fit`` figures come from 5-fold cross-validation on the fit part, repeated over
``--repeats`` orders of the articles (the first in doc-id order, then seeded shuffles) and pooled (each
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
from extract.training.train_sectors import add_features, fold_orders, load_items, train  # noqa: E402
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
        out[label] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": tp + fn, "fp": fp}
    return out


def cv_predictions(fit, real, folds: int, repeats: int, thresholds) -> list[dict]:
    """For each order of the articles, {threshold: {article index: labels}} from ``folds``-fold cross-validation."""
    out = []
    for fold in fold_orders(real, folds, repeats):
        preds: dict[float, dict[int, set]] = {t: {} for t in thresholds}
        for k in range(folds):
            model = train([it for i, it in enumerate(fit) if fold.get(i) != k])
            for i in real:
                if fold[i] == k:
                    for t in thresholds:
                        preds[t][i] = model_labels(model, fit[i], t)
        out.append(preds)
    return out


def pooled(fit, real, runs, threshold) -> dict:
    """One table over every order's predictions (each article counted once per order)."""
    items = [fit[i] for _ in runs for i in real]
    return table(items, [run[threshold][i] for run in runs for i in real])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3, help="orders of the fit articles to cross-validate over")
    ap.add_argument("--sweep", action="store_true", help="fit only: cross-validated micro F1 for thresholds 0.15-0.50")
    args = ap.parse_args(argv)
    rules = load_rules("sectors")
    fit = add_features(load_items())
    thr, min_cues = float(rules["threshold"]), int(rules["min_cues"])
    real = [i for i, it in enumerate(fit) if it.real]  # folds are scored on ../shared articles only
    if args.sweep:
        grid = [round(0.15 + 0.05 * k, 2) for k in range(8)]
        runs = cv_predictions(fit, real, args.folds, args.repeats, grid)
        print(f"fit ({args.folds}-fold CV x {args.repeats}): micro F1 per threshold (rules/sectors.toml has {thr})")
        for t in grid:
            m = pooled(fit, real, runs, t)["micro"]
            print(f"  {t:.2f}  P {m['p']:.3f}  R {m['r']:.3f}  F1 {m['f1']:.3f}")
        return 0
    val = add_features(load_items(validation=True))
    runs = cv_predictions(fit, real, args.folds, args.repeats, [thr])
    nlp = train(fit)
    scored = [fit[i] for i in real]
    val_model = [model_labels(nlp, it, thr) for it in val]
    results = {
        f"fit ({args.folds}-fold CV x {args.repeats})": {
            "keywords": table(scored, [keyword(it, min_cues) for it in scored]),
            "model": pooled(fit, real, runs, thr)},
        "validation": {"keywords": table(val, [keyword(it, min_cues) for it in val]),
                       "model": table(val, val_model)},
        # every scored article once: fit by the first order's cross-validation, validation by the shipped model
        "all (fit CV + validation)": {
            "keywords": table(scored + val, [keyword(it, min_cues) for it in scored + val]),
            "model": table(scored + val, [runs[0][thr][i] for i in real] + val_model)},
    }
    if args.json:
        print(json.dumps(results))
        return 0
    for part, res in results.items():
        n = {"f": len(scored), "v": len(val), "a": len(scored) + len(val)}[part[0]]
        print(f"\n{part}: {n} articles scored ('-': no gold label and no false one)")
        print(f"{'label':<14}{'support':>8}  {'keywords P/R/F1':>20}  {'model P/R/F1':>20}  model FP")
        for label in (*LABELS, "micro"):
            k, m = res["keywords"][label], res["model"][label]
            cells = [f"{'-':>6}{'-':>7}{'-':>7}" if not x["support"] and not x["fp"] else
                     f"{x['p']:6.2f}{x['r']:7.2f}{x['f1']:7.2f}" for x in (k, m)]
            fp = m["fp"] / args.repeats if part.startswith("fit") else m["fp"]  # per pass over the fit part
            print(f"{label:<14}{k['support']:>8}  {cells[0]}  {cells[1]}  {fp:>8.3g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
