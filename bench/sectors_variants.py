"""Variants of the sector classifier, judged by cross-validation on the real fit articles (figures only).

    python bench/sectors_variants.py                 # every variant below
    python bench/sectors_variants.py base lead       # some of them

For each variant: micro P/R/F1 of 5-fold cross-validation on the fit part repeated over 3 orders
(pooled; the team's corpus/ texts train every fold and are never scored, as bench/sectors.py), and of
the classifier trained on the whole fit part on the validation split d131-d160 (the classifier alone,
without the pipeline's giver gate; articles never shown). A variant changes what the model sees
(feature groups), how it is trained, or how labels are decided from its probabilities (decision
variants reuse the same probabilities, so they cost no training).

Feature groups (extract/components/sectors.py ``SectorFeatures``, named in rules/sectors.toml
``feature_groups``): see that class. The variants here are the ones tried in round s26
(docs/sectors_s26.md).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from extract.components.sectors import LABELS, LogisticSectors, SectorCues, SectorFeatures  # noqa: E402
from extract.training import train_sectors as ts  # noqa: E402
from rules import load_rules  # noqa: E402

import os  # noqa: E402

FOLDS, REPEATS = 5, int(os.environ.get("SECTORS_REPEATS", "3"))


def scan_items(items, rules):
    """Each item's Scan (the pipeline's tokenizer and sentencizer), kept for every variant."""
    from extract.components.language import make_language

    nlp = make_language()
    nlp.add_pipe("sentencizer")  # as the trainer: spaCy's starts, the same as warta_sentencizer's
    cues = SectorCues(rules)
    for it in items:
        doc = nlp(it.text)
        it.scan = cues.scan(doc)
        it.hits = it.scan.hits
    return cues


def vectors(items, feats):
    return np.array([feats.vector(it.scan, it.hits) for it in items])


# batches of corpus/ written FOR the sector field (their sector gold is the point of the text); the others were
# written for partners, places, counts ... and give sectors in passing (round s27, docs/sectors_s27.md)
SECTOR_BATCHES = ("sec_", "scw_", "sc2_", "prg_")


def item_weight(it, w, other=None):
    """A training article's weight: 1 for a real one, ``w`` for a written one; ``other`` (if given) for a
    written one outside SECTOR_BATCHES."""
    if it.real:
        return 1.0
    if other is not None and not it.doc_id.startswith(SECTOR_BATCHES):
        return other
    return w


def train(X, items, names, rules, l2=ts.L2, weight=None, other=None):
    Y = np.array([[1.0 if label in it.gold else 0.0 for label in LABELS] for it in items])
    M = np.array([[0.0 if (label in it.optional and label not in it.gold) else 1.0 for label in LABELS] for it in items])
    w = float(rules["written_weight"]) if weight is None else weight
    M = M * np.array([item_weight(it, w, other) for it in items])[:, None]
    return LogisticSectors(names).fit(X, Y, M, l2=l2, lr=ts.LR, steps=ts.STEPS)


def probs(model, X):
    return 1.0 / (1.0 + np.exp(-(X @ model.W.T + model.b)))


def cv_probs(X, fit, names, rules, **kw):
    """[(order, article index, probability row)] over REPEATS orders of FOLDS-fold CV, real articles only."""
    real = [i for i, it in enumerate(fit) if it.real]
    out = []
    for r, fold in enumerate(ts.fold_orders(real, FOLDS, REPEATS)):
        for k in range(FOLDS):
            tr = [i for i in range(len(fit)) if fold.get(i) != k]
            model = train(X[tr], [fit[i] for i in tr], names, rules, **kw)
            te = [i for i in real if fold[i] == k]
            for i, p in zip(te, probs(model, X[te])):
                out.append((r, i, p))
    return out


def decide(p, thr, rel=0.0, cap=8):
    top = float(p.max())
    ranked = sorted(range(len(LABELS)), key=lambda j: -p[j])
    return {LABELS[j] for j in ranked[:cap] if p[j] >= thr and p[j] >= rel * top}


def micro(pairs):
    tp = fp = fn = 0
    for it, pred in pairs:
        tp += len(pred & it.gold)
        fp += len(pred - it.gold - it.optional)
        fn += len(it.gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), fp, fn


def evaluate(name, fit, val, groups, rules, decisions=None, more_speech=(), **kw):
    rules = dict(rules, feature_groups=groups)
    if more_speech:
        rules["speech_words"] = list(rules.get("speech_words", [])) + list(more_speech)
    if "lines" in groups or "narrative" in groups:  # scan options: scan again
        scan_items(fit + val, rules)
    feats = SectorFeatures(SectorCues(rules), rules)
    Xf, Xv = vectors(fit, feats), vectors(val, feats)
    cv = cv_probs(Xf, fit, feats.names, rules, **kw)
    model = train(Xf, fit, feats.names, rules, **kw)
    pv = probs(model, Xv)
    thr = float(rules["threshold"])
    for dname, dkw in (decisions or {"": {}}).items():
        t = dkw.get("thr", thr)
        d = {k: v for k, v in dkw.items() if k != "thr"}
        c = micro([(fit[i], decide(p, t, **d)) for _, i, p in cv])
        v = micro([(it, decide(p, t, **d)) for it, p in zip(val, pv)])
        label = f"{name} {dname}".strip()
        print(f"{label:<44} CV P {c[0]:.3f} R {c[1]:.3f} F1 {c[2]:.3f} (fp {c[3] / REPEATS:.1f} fn {c[4] / REPEATS:.1f})"
              f" | valid P {v[0]:.3f} R {v[1]:.3f} F1 {v[2]:.3f} (fp {v[3]} fn {v[4]})", flush=True)


VARIANTS = {
    "base": ([], {}),
    "lines": (["lines"], {}),
    "lead": (["lead"], {}),
    "narrative": (["narrative"], {}),
    "dominance": (["dominance"], {}),
    "lead+dominance": (["lead", "dominance"], {}),
    "lines+lead+dominance": (["lines", "lead", "dominance"], {}),
    "lead+narrative": (["lead", "narrative"], {}),
    "lead+narrative+dominance": (["lead", "narrative", "dominance"], {}),
    "narrative+dominance": (["narrative", "dominance"], {}),
    "dominance l2=0.01": (["dominance"], {"l2": 0.01}),
    "dominance l2=0.0025": (["dominance"], {"l2": 0.0025}),
    "dominance w=0.35": (["dominance"], {"weight": 0.35}),
    "dominance w=0.65": (["dominance"], {"weight": 0.65}),
    "narrative+dominance, more speech words": (["narrative", "dominance"], {"more_speech": (
        "menyinggung", "sambutan", "mengingatkan", "menilai", "mengapresiasi", "apresiasi")}),
    "narrative+dominance w=0.35": (["narrative", "dominance"], {"weight": 0.35}),
    # round s27: written texts not written for sectors weigh less (or more) than the sector batches
    "narrative+dominance other=0.25": (["narrative", "dominance"], {"other": 0.25}),
    "narrative+dominance other=0.35": (["narrative", "dominance"], {"other": 0.35}),
    "narrative+dominance sec=0.75 other=0.35": (["narrative", "dominance"], {"weight": 0.75, "other": 0.35}),
    "narrative+dominance sec=1.0 other=0.25": (["narrative", "dominance"], {"weight": 1.0, "other": 0.25}),
    "alone": (["alone"], {}),
    "first": (["first"], {}),
    "alone+dominance": (["alone", "dominance"], {}),
    "first+dominance": (["first", "dominance"], {}),
    "lead+alone+dominance": (["lead", "alone", "dominance"], {}),
}
DECISIONS = {"": {}, "rel0.3": {"rel": 0.3}, "rel0.4": {"rel": 0.4}, "rel0.5": {"rel": 0.5},
             "cap2": {"cap": 2}, "cap3": {"cap": 3}}


def main(argv=None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(VARIANTS)
    rules = load_rules("sectors")
    t0 = time.time()
    fit, val = ts.load_items(), ts.load_items(validation=True)
    scan_items(fit + val, rules)
    print(f"{len(fit)} fit articles ({sum(it.real for it in fit)} real, scored), {len(val)} validation;"
          f" scanned in {time.time() - t0:.0f}s", flush=True)
    for n in names:
        groups, kw = VARIANTS[n]
        evaluate(n, fit, val, groups, rules, DECISIONS if n == "base" else None, **kw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
