"""A learned KEEP/DROP filter for the rules' partner candidates, measured leave-one-batch-out.

    python -m extract.training.partner_filter_cv                       # the table, writes models/partner_filter.json
    python -m extract.training.partner_filter_cv --rows /tmp/rows.json # cache the candidates (the slow part)

Data: the fit part (../shared/corpus-dev less d131-d160, ../shared/seeds, corpus/); the validation split is
never read. Every article runs through the pipeline without the role model; every entity the rules call a
partner is one candidate, with the role model's features (extract/components/org_model.py ``Featurizer``:
head word, kind, case and shape of the name, the words before and after each mention, the partner cue that
made it, position, list membership, NER label, gazetteer). Its label is the scorer's: KEEP when it matches a
gold partner (``extract.training.project.entity_label``), DROP when the scorer would count it as a false
partner; candidates that match only an optional gold entity are left out (they count neither way).

The honest test is leave-one-batch-out: each batch of corpus/ (a file prefix, split where corpus/README.md
says a prefix was written in several rounds), the two halves of corpus-dev's fit part and the seeds are
held out in turn; a binary logistic regression is trained on the other batches, its L2 strength and its
threshold (drop a candidate when P(keep) < t) are chosen by an inner leave-batches-out cross-validation on
the training batches only, and the held-out batch is scored with the contract's matching. Figures: partners
P/R/F1 per held-out batch and pooled, rules alone against rules + filter, at fixed thresholds and at the
threshold chosen inside the folds.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

from extract.evaluate import score_doc
from extract.components.partner_filter import MODEL_PATH, PartnerFilterModel
from extract.training.train_domain import SHARED, examples, fit_sets, load_fit

CONTEXT_PREFIXES = ("L:", "R:")
COMMAND = "python -m extract.training.partner_filter_cv"
# corpus/ prefixes written in several rounds (corpus/README.md sections): the numbers where a new batch starts
BATCH_STARTS = {"par": [57, 73, 93, 109, 127, 145, 163], "ben": [25], "loc": [17, 33], "dat": [17],
                "prg": [17, 33]}
THRESHOLDS = [0.0, 0.5, 0.7, 0.8, 0.9, 0.95]  # 0.0: the rules alone; P(keep) is high for most candidates (few drops to learn from)
L2S = [0.01]  # one strength fixed beforehand: the threshold is what the inner split chooses
MIN_DF = 3


def batch_of(doc_id: str) -> str:
    if re.fullmatch(r"\d{3}_[0-9a-f]{16}", doc_id):
        return "seeds"
    m = re.fullmatch(r"d(\d{3})", doc_id)
    if m:
        return "dev_d001" if int(m.group(1)) < 100 else "dev_d101"
    if re.match(r"c\d{3}_", doc_id):
        return "c"
    m = re.match(r"([a-z0-9]+?)_(\d+)", doc_id)
    if not m:
        return doc_id.split("_")[0]
    prefix, n = m.group(1), int(m.group(2))
    starts = BATCH_STARTS.get(prefix)
    if not starts:
        return prefix
    k = sum(n >= s for s in starts)
    return f"{prefix}{k + 1}"


def candidates(rows: list[dict]) -> list[dict]:
    """The rules' partners, labelled keep (1) / drop (0) / optional (None)."""
    out = []
    for r in rows:
        if r["rule"] != "partner":
            continue
        y = {"partner": 1, "optional": None}.get(r["label"], 0)
        out.append({**r, "y": y})
    return out


class Design:
    """All candidates' features as one dense matrix; a fold keeps the columns its training rows allow."""

    def __init__(self, cands: list[dict]):
        self.vocab = sorted({k for c in cands for k in c["features"] if k != "bias"})
        index = {k: i for i, k in enumerate(self.vocab)}
        self.x = np.zeros((len(cands), len(self.vocab)), dtype=np.float32)
        for n, c in enumerate(cands):
            for k, v in c["features"].items():
                if k in index:
                    self.x[n, index[k]] = v
        self.context = np.array([k.startswith(CONTEXT_PREFIXES) for k in self.vocab])
        self.docs = [c["doc_id"] for c in cands]
        self.y = np.array([-1 if c["y"] is None else c["y"] for c in cands])

    def columns(self, rows: np.ndarray, min_df: int) -> np.ndarray:
        """Columns seen in the training rows; a context word needs ``min_df`` training articles."""
        rows = np.sort(rows)
        seen = self.x[rows] != 0
        cols = seen.any(axis=0)
        if self.context.any() and len(rows):
            doc = np.array([self.docs[i] for i in rows])
            starts = np.r_[0, np.nonzero(doc[1:] != doc[:-1])[0] + 1]  # rows come grouped by article
            per_doc = np.maximum.reduceat(seen, starts, axis=0).sum(axis=0)
            cols &= ~self.context | (per_doc >= min_df)
        return cols


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 120, lr: float = 0.1) -> tuple[np.ndarray, float]:
    """Binary logistic regression, L2, full-batch Adam from zero: deterministic."""
    w = np.zeros(x.shape[1])
    b = float(np.log((y.mean() + 1e-3) / (1 - y.mean() + 1e-3)))
    m_w = np.zeros_like(w); v_w = np.zeros_like(w); m_b = v_b = 0.0
    n = len(y)
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) / n
        gw = x.T @ g + l2 * w
        gb = g.sum()
        m_w = 0.9 * m_w + 0.1 * gw; v_w = 0.999 * v_w + 0.001 * gw * gw
        m_b = 0.9 * m_b + 0.1 * gb; v_b = 0.999 * v_b + 0.001 * gb * gb
        c1, c2 = 1 - 0.9 ** t, 1 - 0.999 ** t
        w -= lr * (m_w / c1) / (np.sqrt(v_w / c2) + 1e-8)
        b -= lr * (m_b / c1) / (np.sqrt(v_b / c2) + 1e-8)
    return w, b


def train_predict(design: Design, train_rows: np.ndarray, test_rows: np.ndarray, l2: float) -> np.ndarray:
    """P(keep) of the test rows from a model trained on the labelled train rows."""
    lab = train_rows[design.y[train_rows] >= 0]
    cols = design.columns(lab, MIN_DF)
    w, b = fit(design.x[np.ix_(lab, cols)], design.y[lab].astype(float), l2)
    return 1.0 / (1.0 + np.exp(-(design.x[np.ix_(test_rows, cols)] @ w + b)))


class PartnerScorer:
    """The contract's partners figures (extract.evaluate.score_doc, the scorer's own matching) of the rules'
    records less the dropped candidates; only articles with a dropped candidate are scored again."""

    def __init__(self, gold: dict[str, dict], rows: list[dict]):
        self.gold = gold
        self.by_doc: dict[str, list[dict]] = {}
        for r in rows:
            if r["rule"] == "partner":
                self.by_doc.setdefault(r["doc_id"], []).append(r)
        self.base = {d: self.counts(d, set()) for d in gold}

    def counts(self, doc_id: str, dropped: set) -> tuple[int, int, int]:
        g = self.gold[doc_id]
        preds = [{"name": r["name"], "aliases": r["aliases"]} for r in self.by_doc.get(doc_id, [])
                 if (doc_id, r["entity"]) not in dropped]
        tp, fp, fn, _, _ = score_doc("partners", preds, g.get("partners") or [],
                                     (g.get("optional") or {}).get("partners") or [])
        return tp, fp, fn

    def __call__(self, dropped: set, doc_ids) -> dict:
        hit = {d for d, _ in dropped}
        tp = fp = fn = 0
        for d in doc_ids:
            a, b, c = self.counts(d, dropped) if d in hit else self.base[d]
            tp, fp, fn = tp + a, fp + b, fn + c
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def dropped_at(cands: list[dict], probs: np.ndarray, idx: np.ndarray, t: float) -> set:
    return {(cands[i]["doc_id"], cands[i]["entity"]) for i, p in zip(idx, probs) if p < t}


def inner_choice(design, cands, scorer, batches: list[str], batch_idx: dict, inner_k: int = 3) -> tuple:
    """(l2, threshold) with the best pooled partners F1 over an inner leave-batches-out split of the
    training batches; ties go to the smaller threshold (the rules)."""
    groups = [batches[i::inner_k] for i in range(inner_k)]
    doc_ids = sorted({d for b in batches for d in batch_idx[b]["docs"]})
    best = None
    for l2 in L2S:
        probs = np.zeros(len(cands))
        for grp in groups:
            test = np.concatenate([batch_idx[b]["rows"] for b in grp]) if grp else np.array([], int)
            train = np.concatenate([batch_idx[b]["rows"] for b in batches if b not in grp])
            if len(test):
                probs[test] = train_predict(design, train, test, l2)
        allrows = np.concatenate([batch_idx[b]["rows"] for b in batches])
        for t in THRESHOLDS:
            f = scorer(dropped_at(cands, probs[allrows], allrows, t), doc_ids)["f1"]
            key = (f, -t, -l2)
            if best is None or key > best[0]:
                best = (key, l2, t)
    return best[1], best[2], best[0][0]


def held_out(design, cands, scorer, batch_idx, train_batches: list[str], test_batches: list[str]):
    """Train on ``train_batches`` (L2 and threshold chosen inside them), score ``test_batches``: the table
    row and the dropped candidates at each threshold."""
    test = np.concatenate([batch_idx[b]["rows"] for b in test_batches])
    docs = sorted(d for b in test_batches for d in batch_idx[b]["docs"])
    l2, t_in, f_in = inner_choice(design, cands, scorer, train_batches, batch_idx)
    train = np.concatenate([batch_idx[x]["rows"] for x in train_batches])
    row = {"batch": "+".join(test_batches), "articles": len(docs), "candidates": len(test),
           "drop_labels": int((design.y[test] == 0).sum()), "l2": l2, "t_chosen": t_in, "inner_f1": f_in}
    probs = train_predict(design, train, test, l2) if len(test) else np.array([])
    drops = {}
    for t in THRESHOLDS:
        drops[t] = dropped_at(cands, probs, test, t)
        row[f"t={t}"] = scorer(drops[t], docs)
    drops["chosen"] = dropped_at(cands, probs, test, t_in)
    row["chosen"] = scorer(drops["chosen"], docs)
    mark = {1: "+", 0: "-", -1: "?"}
    row["dropped"] = sorted(f"{cands[i]['name']}{mark[int(design.y[i])]}" for i, p in zip(test, probs) if p < t_in)
    row["dropped_at_0.9"] = sorted(f"{cands[i]['name']}{mark[int(design.y[i])]}" for i, p in zip(test, probs) if p < 0.9)
    print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
    return row, drops


def by_batch(rows: list[dict], gold: dict) -> tuple:
    """The candidates of ``rows``, their design matrix, the partner scorer and, per batch (sorted), its gold
    documents and candidate rows: what both the leave-one-batch-out and the time-split runs start from."""
    cands = candidates(rows)
    batches = sorted({batch_of(d) for d in gold})
    batch_idx = {b: {"docs": sorted(d for d in gold if batch_of(d) == b),
                     "rows": np.array([i for i, c in enumerate(cands) if batch_of(c["doc_id"]) == b], dtype=int)}
                 for b in batches}
    return cands, Design(cands), PartnerScorer(gold, rows), batches, batch_idx


def time_split(path: Path) -> int:
    """Candidates written by an older commit's rules (``/tmp/.../rows_at.py``: its own fit set and batches
    written blind against it): the filter trained on that commit's fit set meets the blind batches."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows, gold = data["rows"], data["gold"]
    cands, design, scorer, _, batch_idx = by_batch(rows, gold)
    fit_b = sorted({batch_of(d) for d in data["fit_ids"]})
    test_b = sorted({batch_of(d) for d in data["extra_ids"]})
    n_lab = {k: int((design.y == v).sum()) for k, v in (("keep", 1), ("drop", 0), ("optional", -1))}
    print(f"{len(gold)} articles; fit batches {len(fit_b)}, blind batches {test_b}; candidates {n_lab}",
          file=sys.stderr)
    table = []
    # A: the filter as it would have shipped at that commit, on every blind batch
    rows_a = []
    for b in test_b:
        row, _ = held_out(design, cands, scorer, batch_idx, fit_b, [b])
        rows_a.append(row)
    row, _ = held_out(design, cands, scorer, batch_idx, fit_b, test_b)
    row["batch"] = "POOLED blind"
    table += rows_a + [row]
    print("A. trained on the older commit's fit set only")
    print_table(table)
    # B: each blind batch held out, the other blind batches added to training
    table, pooled_drop, pooled_chosen = [], {t: set() for t in THRESHOLDS}, set()
    for b in test_b:
        row, drops = held_out(design, cands, scorer, batch_idx, fit_b + [x for x in test_b if x != b], [b])
        table.append(row)
        for t in THRESHOLDS:
            pooled_drop[t] |= drops[t]
        pooled_chosen |= drops["chosen"]
    ids = sorted(data["extra_ids"])
    pooled = {"batch": "POOLED blind", "articles": len(ids)}
    for t in THRESHOLDS:
        pooled[f"t={t}"] = scorer(pooled_drop[t], ids)
    pooled["chosen"] = scorer(pooled_chosen, ids)
    print("B. leave-one-blind-batch-out (the other blind batches join the training set)")
    print_table(table + [pooled])
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--rows", type=Path, help="cache of the candidate rows (read if it exists, else written)")
    ap.add_argument("--out", type=Path, default=MODEL_PATH, help="the model trained on every fit batch")
    ap.add_argument("--json", type=Path, help="write the per-batch table here too")
    ap.add_argument("--time-split", type=Path, help="rows written by an older commit (see docs/partner_filter.md)")
    args = ap.parse_args(argv)
    if args.time_split:
        return time_split(args.time_split)
    if not (args.shared / "corpus-dev").is_dir():
        sys.exit(f"needs {args.shared}/corpus-dev")
    articles, gold = load_fit(fit_sets(args.shared))
    if args.rows and args.rows.is_file():
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        rows, _ = examples(articles, gold)
        if args.rows:
            args.rows.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    cands, design, scorer, all_batches, batch_idx = by_batch(rows, gold)
    n_lab = {k: int((design.y == v).sum()) for k, v in (("keep", 1), ("drop", 0), ("optional", -1))}
    print(f"{len(gold)} articles in {len(all_batches)} batches; {len(cands)} partner candidates {n_lab}",
          file=sys.stderr)
    table, pooled_drop, pooled_chosen = [], {t: set() for t in THRESHOLDS}, set()
    for b in all_batches:
        row, drops = held_out(design, cands, scorer, batch_idx, [x for x in all_batches if x != b], [b])
        table.append(row)
        for t in THRESHOLDS:
            pooled_drop[t] |= drops[t]
        pooled_chosen |= drops["chosen"]
    doc_ids = sorted(gold)
    corpus_ids = [d for d in doc_ids if not batch_of(d).startswith(("dev_", "seeds"))]
    pooled = {"batch": "POOLED", "articles": len(doc_ids)}
    pooled_c = {"batch": "POOLED corpus/ only", "articles": len(corpus_ids)}
    for t in THRESHOLDS:
        pooled[f"t={t}"] = scorer(pooled_drop[t], doc_ids)
        pooled_c[f"t={t}"] = scorer(pooled_drop[t], corpus_ids)
    pooled["chosen"] = scorer(pooled_chosen, doc_ids)
    pooled_c["chosen"] = scorer(pooled_chosen, corpus_ids)
    table += [pooled, pooled_c]
    print_table(table)
    if args.json:
        args.json.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")
    # the shipped model: every fit batch, L2 and threshold chosen the same way (inner split over all batches)
    l2, t, f = inner_choice(design, cands, scorer, all_batches, batch_idx)
    lab = np.where(design.y >= 0)[0]
    cols = design.columns(lab, MIN_DF)
    w, b = fit(design.x[np.ix_(lab, cols)], design.y[lab].astype(float), l2)
    vocab = [k for k, c in zip(design.vocab, cols) if c]
    model = PartnerFilterModel(
        {k: round(float(x), 5) for k, x in zip(vocab, w) if abs(x) > 1e-4}, round(float(b), 5), t,
        {"command": COMMAND, "trained_on": "fit part: corpus-dev less d131-d160, seeds, corpus/",
         "articles": len(gold), "candidates": len(cands), "labels": n_lab, "l2": l2, "min_df": MIN_DF,
         "threshold": t, "inner_f1": f,
         "lobo_pooled": {"rules": pooled["t=0.0"], "filter_chosen": pooled["chosen"]}})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(json.dumps(model.meta, ensure_ascii=False), file=sys.stderr)
    return 0


def print_table(table: list[dict]) -> None:
    cols = ["t=0.0", "chosen"] + [f"t={t}" for t in THRESHOLDS[1:]]
    print("| batch | arts | cands | drop labels | t chosen | rules P/R/F1 | filter (chosen t) P/R/F1 | "
          + " | ".join(f"F1 {c}" for c in cols[2:]) + " |")
    print("|" + "---|" * (7 + len(cols) - 2))
    for r in table:
        def prf(k):
            v = r[k]
            return f"{v['p']:.3f} / {v['r']:.3f} / {v['f1']:.3f}"
        print(f"| {r['batch']} | {r['articles']} | {r.get('candidates', '')} | {r.get('drop_labels', '')} | "
              f"{r.get('t_chosen', '')} | {prf('t=0.0')} | {prf('chosen')} | "
              + " | ".join(f"{r[c]['f1']:.3f}" for c in cols[2:]) + " |")


if __name__ == "__main__":
    raise SystemExit(main())
