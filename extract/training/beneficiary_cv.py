"""Does a learned decision over candidate counts beat the beneficiary rules? Cross-validation on the fit part.

    python -m extract.training.beneficiary_cv               # prints the ablation table (JSON lines on stderr)
    python -m extract.training.beneficiary_cv --folds 5

Data: the fit part, as for the role model (extract/training/train_domain.py ``load_fit``): ../shared/corpus-dev
less the validation split d131-d160, ../shared/seeds and corpus/. The validation split is never read.

1. Every article runs through warta's pipeline; every number the beneficiary pattern matches
   (extract/components/beneficiaries.py ``BeneficiaryFinder.pattern``, a number with or without a unit after it)
   is a candidate. A candidate is labelled 1 when its value is a gold count of its article, 0 when it is neither
   gold nor optional; optional values are left out (the scorer neither rewards nor penalises them).
2. Each candidate gets features: whether the rules read it (and by which path), the unit kind, the word after the
   number and the word before it (as words and as members of the rules' word lists), approximation, the form of
   the number (words, scale word, year-like), and the words within five either side.
3. A logistic regression (NumPy, L2, full-batch Adam, deterministic) is trained with k-fold cross-validation
   over articles, and each held-out article's predicted set of counts is scored with the contract's matching
   (equal counts, optional values neutral). Variants: the rules alone; the model without the rules' decision
   as a feature; the model with it.

The figures this printed are in docs/beneficiaries.md ("Learned decision: ablation"). No model file is written:
the rules won, so none is shipped.
"""
from __future__ import annotations

import argparse
import json
import re
import sys

import numpy as np

from extract.components.numbers import norm, read_number, words_before
from extract.training.train_domain import fit_sets, load_fit, matrix

WINDOW = 5


def candidates(articles, gold: dict[str, dict]) -> list[dict]:
    """One row per candidate count: doc_id, value, label (1, 0 or None for optional), features."""
    from extract.engines.engine import _doc
    from extract.pipeline import build_nlp

    nlp = build_nlp()
    finder = nlp.get_pipe("warta_beneficiaries") if "warta_beneficiaries" in nlp.pipe_names else None
    if finder is None:
        finder = next(p for _, p in nlp.pipeline if p.__class__.__name__ == "BeneficiaryFinder")
    rows = []
    for a, doc in zip(articles, nlp.pipe(_doc(nlp, a) for a in articles)):
        g = gold[a.doc_id]
        gc = {b["count"] for b in g.get("beneficiaries") or []}
        oc = {b["count"] for b in (g.get("optional") or {}).get("beneficiaries") or []}
        text = a.text
        found = doc._.beneficiaries or []
        dates = [(d.start, d.end) for d in doc._.dates or []]
        for m in finder.pattern.finditer(text):
            if finder.numbers.vague.get(norm(m["n1"])) is not None:
                continue
            v = read_number(m["n1"])
            if v is None or v[0] != int(v[0]) or v[0] < 2:
                continue
            value = int(v[0])
            label = 1 if value in gc else None if value in oc else 0
            rows.append({"doc_id": a.doc_id, "value": value, "label": label,
                         "rule": [b.confidence for b in found if b.start <= m.start("n1") < b.end or
                                  b.start <= m.start() < b.end],
                         "features": features(finder, text, m, found, dates)})
    return rows


def features(finder, text: str, m: re.Match, found, dates) -> dict[str, float]:
    f: dict[str, float] = {"bias": 1.0}
    hits = [b for b in found if b.start <= m.start("n1") < b.end or b.start <= m.start() < b.end]
    if hits:
        f["rule"] = 1.0
        f[f"rule_conf={max(b.confidence for b in hits)}"] = 1.0
    if any(s < m.end("n1") and m.start() < e for s, e in dates):
        f["in_date"] = 1.0
    if m["person"]:
        f["person"] = 1.0
    if m["unit"]:
        f["unit=" + finder.units.get(norm(m["unit"]), "not_unit")] = 1.0
    after = re.match(r"[ \t]*(\(?[^\W\d_][\w-]*)", text[m.end("n1"):m.end("n1") + 60])
    w1 = norm(after.group(1)).lstrip("(") if after else ""
    if not w1:
        f["w1_none"] = 1.0
    else:
        f["w1=" + w1] = 1.0
        for name, words in (("unit", finder.units), ("not_recipient", finder.not_recipients),
                            ("deliverer", finder.deliverers), ("stop", finder.stop)):
            if w1 in words:
                f["w1_in_" + name] = 1.0
        if after.group(1)[:1].isupper():
            f["w1_cap"] = 1.0
    before = words_before(text, m.start(), 2)
    if before:
        p1 = before[-1]
        f["p1=" + p1] = 1.0
        for name, words in (("recipient_cue", finder.recipient_cues), ("noun_first", finder.noun_first),
                            ("not_before", finder.not_before)):
            if p1 in words:
                f["p1_in_" + name] = 1.0
    if finder.numbers.approx_before.search(text[max(0, m.start() - 30):m.start()]):
        f["approx"] = 1.0
    n1 = m["n1"]
    if not re.search(r"\d", n1):
        f["number_words"] = 1.0
    if re.search(r"[^\W\d_]", n1) and re.search(r"\d", n1):
        f["scale_word"] = 1.0
    if re.fullmatch(r"(19|20)\d\d", n1):
        f["year_like"] = 1.0
    left = re.findall(r"[^\W\d_][\w-]*", text[max(0, m.start() - 60):m.start()].lower())[-WINDOW:]
    right = re.findall(r"[^\W\d_][\w-]*", text[m.end("n1"):m.end("n1") + 60].lower())[:WINDOW]
    for w in left:
        f["L:" + w] = 1.0
    for w in right:
        f["R:" + w] = 1.0
    return f


def vocabulary(rows: list[dict], min_df: int, use_rule: bool) -> list[str]:
    df: dict[str, set] = {}
    for r in rows:
        for k in r["features"]:
            df.setdefault(k, set()).add(r["doc_id"])
    keep = [k for k, d in df.items() if len(d) >= min_df or "=" not in k and not k.startswith(("L:", "R:"))]
    if not use_rule:
        keep = [k for k in keep if not k.startswith("rule")]
    return sorted(keep)


def train(rows: list[dict], vocab: list[str], l2: float, steps: int = 500, lr: float = 0.05) -> np.ndarray:
    rows = [r for r in rows if r["label"] is not None]
    x = matrix(rows, vocab)
    y = np.array([r["label"] for r in rows], dtype=float)
    w = np.zeros(len(vocab))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(rows) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def prob(w: np.ndarray, vocab: list[str], feats: dict[str, float]) -> float:
    index = {k: i for i, k in enumerate(vocab)}
    z = sum(w[index[k]] * v for k, v in feats.items() if k in index)
    return 1 / (1 + np.exp(-z))


def set_f1(gold: dict[str, dict], predicted: dict[str, set[int]]) -> dict[str, float]:
    """The contract's beneficiary matching: equal counts, each distinct value once, optional values neutral."""
    tp = fp = fn = 0
    for d, g in gold.items():
        gc = {b["count"] for b in g.get("beneficiaries") or []}
        oc = {b["count"] for b in (g.get("optional") or {}).get("beneficiaries") or []}
        p = predicted.get(d, set())
        tp += len(p & gc)
        fp += len(p - gc - oc)
        fn += len(gc - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0, "p": round(prec, 4),
            "r": round(rec, 4), "tp": tp, "fp": fp, "fn": fn}


def cross_validate(rows: list[dict], gold: dict[str, dict], folds: int, use_rule: bool, l2: float, min_df: int,
                   threshold: float) -> dict:
    doc_ids = sorted(gold)
    fold_of = {d: i % folds for i, d in enumerate(doc_ids)}
    predicted: dict[str, set[int]] = {}
    for k in range(folds):
        train_rows = [r for r in rows if fold_of[r["doc_id"]] != k]
        vocab = vocabulary(train_rows, min_df, use_rule)
        w = train(train_rows, vocab, l2)
        for r in rows:
            if fold_of[r["doc_id"]] == k and prob(w, vocab, r["features"]) >= threshold:
                predicted.setdefault(r["doc_id"], set()).add(r["value"])
    return set_f1(gold, predicted)


def unseen_nouns(articles, gold: dict[str, dict]) -> dict:
    """How the rules fare on a noun they have never seen, estimated on the fit part alone (Good-Turing style).

    Each gold count the rules read through a unit word is attributed to that word. A word that carries gold counts
    in only one fit article is a stand-in for the nouns of unseen articles (the share of such counts estimates
    how often a new article counts a noun the list lacks). For each such article, the word is taken out of the
    unit list and the article is read again: without the recipient fallback (the rules before), with the cue
    before the number only, and with the cue before or the verb after.
    """
    from extract.components.beneficiaries import BeneficiaryFinder
    from extract.components.numbers import number_rules
    from extract.engines.engine import _doc
    from extract.pipeline import build_nlp
    from rules import load_rules

    nlp = build_nlp()
    base = load_rules("beneficiaries")
    finder = BeneficiaryFinder(base, number_rules())
    by_word: dict[str, set[str]] = {}
    hits = []  # (doc_id, word, count, doc)
    for a, doc in zip(articles, nlp.pipe(_doc(nlp, a) for a in articles)):
        gc = {b["count"] for b in gold[a.doc_id].get("beneficiaries") or []}
        for b in doc._.beneficiaries or []:
            m = finder.pattern.match(a.text, b.start)
            word = norm(m["unit"]) if m and m["unit"] else (norm(b.group or "") if b.confidence == 0.7 else None)
            if b.count in gc and word:
                by_word.setdefault(word, set()).add(a.doc_id)
                hits.append((a.doc_id, word, b.count, doc))
    single = [(d, w, c, doc) for d, w, c, doc in hits if len(by_word[w]) == 1]
    out = {"gold_counts_read_by_a_unit_word": len({(d, c) for d, _, c, _ in hits}),
           "on_a_word_of_one_article": len({(d, c) for d, _, c, _ in single}),
           "words_of_one_article": sorted({w for _, w, _, _ in single})}
    single = list({(d, w, c): (d, w, c, doc) for d, w, c, doc in single}.values())
    for name, cues, verbs in (("without_fallback", [], []), ("cue_before_only", base["recipient_cues"], []),
                              ("with_fallback", base["recipient_cues"], base["recipient_verbs"])):
        found, lost = set(), []
        for d, w, c, doc in single:
            rules = dict(base, recipient_cues=cues, recipient_verbs=verbs,
                         units={k: v for k, v in base["units"].items() if norm(k) != w})
            again = BeneficiaryFinder(rules, number_rules())(doc)._.beneficiaries
            if any(b.count == c for b in again):
                found.add((d, c))
            else:
                lost.append(f"{d} {c} {w}")
        out[name] = len(found)
        out[name + "_lost"] = lost
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--unseen", action="store_true", help="the unseen-noun simulation instead of the model ablation")
    args = ap.parse_args(argv)
    articles, gold = load_fit(fit_sets())
    if args.unseen:
        print(json.dumps(unseen_nouns(articles, gold), indent=1, ensure_ascii=False))
        return 0
    rows = candidates(articles, gold)
    labels = [r["label"] for r in rows]
    print(json.dumps({"articles": len(gold), "candidates": len(rows), "positive": labels.count(1),
                      "negative": labels.count(0), "optional": labels.count(None)}), file=sys.stderr)
    rules = {}
    for r in rows:
        if r["rule"]:
            rules.setdefault(r["doc_id"], set()).add(r["value"])
    table = [{"variant": "rules", **set_f1(gold, rules)}]
    for use_rule in (False, True):
        for l2 in (0.001, 0.01, 0.03):
            for min_df in (2, 4):
                for threshold in (0.3, 0.5, 0.7):
                    fig = cross_validate(rows, gold, args.folds, use_rule, l2, min_df, threshold)
                    table.append({"variant": "model+rule" if use_rule else "model", "l2": l2, "min_df": min_df,
                                  "threshold": threshold, **fig})
                    print(json.dumps(table[-1]), file=sys.stderr)
    best = {}
    for row in table:
        if row["variant"] not in best or row["f1"] > best[row["variant"]]["f1"]:
            best[row["variant"]] = row
    print(json.dumps(list(best.values()), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
