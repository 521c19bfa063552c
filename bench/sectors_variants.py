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

import math  # noqa: E402
import re  # noqa: E402
import zlib  # noqa: E402
from collections import Counter  # noqa: E402

import numpy as np  # noqa: E402

from extract.components.sectors import LABELS, LogisticSectors, SectorCues, SectorFeatures  # noqa: E402
from extract.training import train_sectors as ts  # noqa: E402
from rules import load_rules  # noqa: E402

import os  # noqa: E402

FOLDS, REPEATS = 5, int(os.environ.get("SECTORS_REPEATS", "3"))
# round s30: the classifier-alone validation figures are printed only when asked (SECTORS_VALIDATION=1); a variant is
# chosen by fit CV and validation is read once, at the end, through bench/quality.py
SHOW_VALIDATION = os.environ.get("SECTORS_VALIDATION") == "1"
SOLVER = os.environ.get("SECTORS_SOLVER", "gd")  # "newton": the same objective solved exactly, seconds per training


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


def train(X, items, names, rules, l2=ts.L2, weight=None, other=None, balance=0.0, co=0.0):
    """``balance`` (round s30): a label's positive rows weigh (negatives / positives) ** balance in the loss
    (counted on the training rows; 0 = the shipped loss). ``co`` (s30): a row's positive labels weigh less
    the more labels it has, 1 / n_labels ** co (0 = the shipped loss)."""
    Y = np.array([[1.0 if label in it.gold else 0.0 for label in LABELS] for it in items])
    M = np.array([[0.0 if (label in it.optional and label not in it.gold) else 1.0 for label in LABELS] for it in items])
    w = float(rules["written_weight"]) if weight is None else weight
    M = M * np.array([item_weight(it, w, other) for it in items])[:, None]
    if balance:
        pos = (Y * M).sum(axis=0)
        neg = ((1 - Y) * M).sum(axis=0)
        ratio = np.where(pos > 0, neg / np.maximum(pos, 1e-9), 1.0) ** balance
        M = M * np.where(Y > 0, ratio[None, :], 1.0)
    if co:
        n = np.maximum(Y.sum(axis=1), 1.0)
        M = M * np.where(Y > 0, (1.0 / n ** co)[:, None], 1.0)
    if SOLVER == "newton":
        return newton(LogisticSectors(names), X, Y, M, l2)
    return LogisticSectors(names).fit(X, Y, M, l2=l2, lr=ts.LR, steps=ts.STEPS)


def newton(model, X, Y, M, l2, iters=30):
    """The same objective as LogisticSectors.fit (mean masked log loss + l2/2 |W|^2, bias free), solved per label by
    Newton's method to its optimum instead of 6,000 gradient steps (SECTORS_SOLVER=newton, round s30: the machine
    gave each run minutes per training; the figures match gradient descent's, docs/sectors_s30.md)."""
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    for j in range(Y.shape[1]):
        w = np.zeros(d + 1)
        for _ in range(iters):
            p = 1.0 / (1.0 + np.exp(-(A @ w)))
            g = A.T @ ((p - Y[:, j]) * M[:, j]) / n + reg * w
            H = (A * (p * (1 - p) * M[:, j])[:, None]).T @ A / n + np.diag(reg) + 1e-9 * np.eye(d + 1)
            step = np.linalg.solve(H, g)
            w -= step
            if np.abs(step).max() < 1e-7:
                break
        model.W[j], model.b[j] = w[:-1], w[-1]
    return model


def probs(model, X):
    return 1.0 / (1.0 + np.exp(-(X @ model.W.T + model.b)))


def cv_probs(X, fit, names, rules, **kw):
    """[(order, fold, article index, probability row)] over REPEATS orders of FOLDS-fold CV, real articles only."""
    real = [i for i, it in enumerate(fit) if it.real]
    out = []
    for r, fold in enumerate(ts.fold_orders(real, FOLDS, REPEATS)):
        for k in range(FOLDS):
            tr = [i for i in range(len(fit)) if fold.get(i) != k]
            model = train(X[tr], [fit[i] for i in tr], names, rules, **kw)
            te = [i for i in real if fold[i] == k]
            for i, p in zip(te, probs(model, X[te])):
                out.append((r, k, i, p))
    return out


def decide(p, thr, rel=0.0, cap=8, second=None, per_label=None):
    """Labels from one probability row: ``thr`` (or ``per_label`` thresholds, one per label); ``rel`` a
    secondary label needs rel x the top one's p; ``cap`` at most so many; ``second`` (s30) every label after
    the most probable one needs p >= second (the label co-occurrence bar)."""
    top = float(p.max())
    ranked = sorted(range(len(LABELS)), key=lambda j: -p[j])
    bars = per_label if per_label is not None else [thr] * len(LABELS)
    out = set()
    for n, j in enumerate(ranked[:cap]):
        bar = bars[j] if (second is None or n == 0) else max(bars[j], second)
        if p[j] >= bar and p[j] >= rel * top:
            out.add(LABELS[j])
    return out


GRID = [round(0.10 + 0.05 * k, 2) for k in range(11)]  # 0.10 .. 0.60


def choose_thresholds(rows, thr, per_label: bool):
    """Thresholds chosen on held-out probabilities ``rows`` [(item, p)] by micro F1: one for every label
    (``per_label`` False) or one per label (coordinate ascent from ``thr``, two passes over the labels)."""
    def score(bars):
        return micro([(it, decide(p, 0.0, per_label=bars)) for it, p in rows])[2]
    if not per_label:
        return max(([t] * len(LABELS) for t in GRID), key=score)
    bars = [thr] * len(LABELS)
    best = score(bars)
    for _ in range(2):
        for j in range(len(LABELS)):
            for t in GRID:
                trial = bars[:j] + [t] + bars[j + 1:]
                f = score(trial)
                if f > best + 1e-9:
                    best, bars = f, trial
    return bars


def cv_chosen(cv, fit, thr, per_label):
    """Cross-validated threshold choice: each fold's articles are decided with thresholds chosen on the held-out
    probabilities of the order's OTHER folds (never on their own labels). Returns [(item, labels)] and the
    thresholds chosen for each (order, fold)."""
    out, chosen = [], {}
    for r, k in sorted({(r, k) for r, k, _, _ in cv}):
        rows = [(fit[i], p) for rr, kk, i, p in cv if rr == r and kk != k]
        bars = choose_thresholds(rows, thr, per_label)
        chosen[(r, k)] = bars
        out += [(fit[i], decide(p, 0.0, per_label=bars)) for rr, kk, i, p in cv if rr == r and kk == k]
    return out, chosen


def who_veto(rules, who, below=None):
    """s31: the component's who_only veto (SectorCues.who_vetoed) over an item's scan: ``who`` a [who_only] table
    ({} = no veto), None = as rules/sectors.toml holds it; ``below`` the probability bar (None = the rules')."""
    cues = SectorCues(dict(rules, who_only=rules.get("who_only", {}) if who is None else who,
                           who_only_below=rules.get("who_only_below", 1.0) if below is None else below))
    return lambda it, labels, p: labels - cues.who_vetoed({lab: float(p[LABELS.index(lab)]) for lab in labels}, it.scan)


def macro(pairs):
    """Mean over the labels of each label's F1 (a label with no gold and no false one left out)."""
    f1s = []
    for label in LABELS:
        tp = sum(1 for it, pred in pairs if label in pred and label in it.gold)
        fp = sum(1 for it, pred in pairs if label in pred and label not in it.gold and label not in it.optional)
        fn = sum(1 for it, pred in pairs if label in it.gold and label not in pred)
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / len(f1s) if f1s else 0.0


def micro(pairs):
    tp = fp = fn = 0
    for it, pred in pairs:
        tp += len(pred & it.gold)
        fp += len(pred - it.gold - it.optional)
        fn += len(it.gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), fp, fn


def evaluate(name, fit, val, groups, rules, decisions=None, more_speech=(), extra=None, not_cues=(),
             show_validation=True, **kw):
    """``extra`` (s30): a function (fit items, validation items) -> (columns for fit, for validation, names)
    appended to the features; ``not_cues`` (s30): phrases added to rules/sectors.toml not_cues for this variant."""
    rules = dict(rules, feature_groups=groups)
    if more_speech:
        rules["speech_words"] = list(rules.get("speech_words", [])) + list(more_speech)
    if not_cues:
        rules["not_cues"] = list(rules.get("not_cues", [])) + list(not_cues)
    if "lines" in groups or "narrative" in groups or not_cues:  # scan options: scan again
        scan_items(fit + val, rules)
    feats = SectorFeatures(SectorCues(rules), rules)
    Xf, Xv, names = vectors(fit, feats), vectors(val, feats), list(feats.names)
    if extra is not None:
        ef, ev, enames = extra(fit, val)
        Xf, Xv, names = np.hstack([Xf, ef]), np.hstack([Xv, ev]), names + enames
    cv = cv_probs(Xf, fit, names, rules, **kw)
    pv = probs(train(Xf, fit, names, rules, **kw), Xv) if show_validation else np.zeros((len(val), len(LABELS)))
    thr = float(rules["threshold"])
    for dname, dkw in (decisions or {"": {}}).items():
        t = dkw.get("thr", thr)
        d = {k: v for k, v in dkw.items() if k not in ("thr", "choose", "who", "below")}
        veto = who_veto(rules, dkw.get("who"), dkw.get("below"))
        if "choose" in dkw:  # thresholds chosen in cross-validation; validation gets those chosen on all of fit CV
            pairs, _ = cv_chosen(cv, fit, t, dkw["choose"] == "label")
            bars = choose_thresholds([(fit[i], p) for _, _, i, p in cv], t, dkw["choose"] == "label")
            v = micro([(it, decide(p, 0.0, per_label=bars)) for it, p in zip(val, pv)])
            dname = f"{dname} {bars if dkw['choose'] == 'label' else bars[0]}"
        else:
            pairs = [(fit[i], veto(fit[i], decide(p, t, **d), p)) for _, _, i, p in cv]
            v = micro([(it, veto(it, decide(p, t, **d), p)) for it, p in zip(val, pv)])
        c = micro(pairs)
        label = f"{name} {dname}".strip()
        shown = f" | valid P {v[0]:.3f} R {v[1]:.3f} F1 {v[2]:.3f} (fp {v[3]} fn {v[4]})" if show_validation else ""
        print(f"{label:<44} CV P {c[0]:.3f} R {c[1]:.3f} F1 {c[2]:.3f} (fp {c[3] / REPEATS:.1f} fn {c[4] / REPEATS:.1f})"
              f" macro {macro(pairs):.3f}{shown}", flush=True)


# round s30: extra feature columns (functions for ``evaluate(extra=...)``), tried beside the shipped groups
_WORD = re.compile(r"[^\W\d_]{3,}")


def _unit_rows(X):
    norm = np.sqrt((X ** 2).sum(axis=1, keepdims=True))
    return X / np.where(norm > 0, norm, 1.0)


def word_bag(top=400, max_share=0.3):
    """Word unigrams: the ``top`` words by document frequency over the fit texts (unsupervised; words in more than
    ``max_share`` of them left out), log counts, each row scaled to unit length."""
    def extra(fit, val):
        docs = [Counter(_WORD.findall(it.text.lower())) for it in fit + val]
        df = Counter(w for d in docs[:len(fit)] for w in d)
        vocab = [w for w, n in df.most_common() if n <= max_share * len(fit)][:top]
        X = _unit_rows(np.array([[math.log1p(d.get(w, 0)) for w in vocab] for d in docs]))
        return X[:len(fit)], X[len(fit):], [f"word:{w}" for w in vocab]
    return extra


def char_bag(n=4, buckets=512):
    """Character n-grams of the words (with a boundary mark), hashed into ``buckets``, log counts, unit rows."""
    def extra(fit, val):
        rows = []
        for it in fit + val:
            row = np.zeros(buckets)
            for w in _WORD.findall(it.text.lower()):
                w = f"<{w}>"
                for a in range(max(len(w) - n + 1, 1)):
                    row[zlib.crc32(w[a:a + n].encode()) % buckets] += 1
            rows.append(np.log1p(row))
        X = _unit_rows(np.array(rows))
        return X[:len(fit)], X[len(fit):], [f"char:{b}" for b in range(buckets)]
    return extra


def programme_sentences(fit, val):
    """Per label, cue sentences that also speak of giving and are told, not said (log): the programme's own
    sentences weighted above an official's aside or the article's background."""
    rows = []
    for it in fit + val:
        rows.append([math.log1p(sum(1 for _, _, i in (it.hits.get(label) or ())
                                    if i in it.scan.aid and i not in it.scan.quoted)) for label in LABELS])
    X = np.array(rows)
    return X[:len(fit)], X[len(fit):], [f"{label}:programme" for label in LABELS]


# the giver's own boilerplate: the CSR formula and the giver's description, whose words are no sector of the programme
BOILERPLATE = ("tanggung jawab sosial", "tanggung jawab sosial dan lingkungan", "corporate social responsibility",
               "bank pembangunan daerah", "bergerak di bidang", "badan usaha milik negara")

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
# round s30 (docs/sectors_s30.md): each beside the shipped groups narrative + dominance
S30 = ["narrative", "dominance"]
VARIANTS.update({
    "s30 shipped": (S30, {}),
    "s30 balance=0.5": (S30, {"balance": 0.5}),
    "s30 balance=1.0": (S30, {"balance": 1.0}),
    "s30 co=0.5": (S30, {"co": 0.5}),
    "s30 words": (S30, {"extra": word_bag()}),
    "s30 chars": (S30, {"extra": char_bag()}),
    "s30 programme": (S30, {"extra": programme_sentences}),
    "s30 programme group": (S30 + ["programme"], {}),  # the same feature, computed by the component
    "s30 boilerplate": (S30, {"not_cues": BOILERPLATE}),
})
DECISIONS = {"": {}, "rel0.3": {"rel": 0.3}, "rel0.4": {"rel": 0.4}, "rel0.5": {"rel": 0.5},
             "cap2": {"cap": 2}, "cap3": {"cap": 3}}
# s30: thresholds chosen in cross-validation (one for all labels, or one per label: on the other folds' held-out
# probabilities), and the co-occurrence bar (a second label only at p >= second)
S30_DECISIONS = {"": {}, "cv threshold": {"choose": "all"}, "cv per-label": {"choose": "label"},
                 "second0.35": {"second": 0.35}, "second0.45": {"second": 0.45}, "second0.55": {"second": 0.55}}
# s31 (docs/unseen_sc3_s31.md): the shipped model with and without the who_only veto (a label carried only by the
# recipients' trade is dropped beside another label), and a wider word list
S31_DECISIONS = {"no veto": {"who": {}}, "who_only (rules)": {}, "who_only at any p": {"below": 1.0},
                 "who_only nelayan+petani": {"who": {"ekonomi": ["nelayan", "petani", "kelompok tani"]}}}
VARIANTS["s31 shipped"] = (S30, {})
# the other s30 variants: at the shipped 0.25 and at a threshold chosen in CV (a loss weighting moves the calibration)
S30_RETHRESHOLD = {"": {}, "cv threshold": {"choose": "all"}}


def main(argv=None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(VARIANTS)
    rules = load_rules("sectors")
    t0 = time.time()
    fit, val = ts.load_items(), ts.load_items(validation=True)
    # s31: SECTORS_EXCLUDE=sc3_,xyz_ leaves written batches out of training (what a batch adds to the model)
    excluded = tuple(p for p in os.environ.get("SECTORS_EXCLUDE", "").split(",") if p)
    if excluded:
        fit = [it for it in fit if it.real or not it.doc_id.startswith(excluded)]
    scan_items(fit + val, rules)
    print(f"{len(fit)} fit articles ({sum(it.real for it in fit)} real, scored), {len(val)} validation;"
          f" scanned in {time.time() - t0:.0f}s", flush=True)
    for n in names:
        groups, kw = VARIANTS[n]
        decisions = (DECISIONS if n == "base" else S30_DECISIONS if n == "s30 shipped" else S31_DECISIONS if n == "s31 shipped"
                     else S30_RETHRESHOLD if n.startswith("s30") else None)
        evaluate(n, fit, val, groups, rules, decisions, show_validation=SHOW_VALIDATION, **kw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
