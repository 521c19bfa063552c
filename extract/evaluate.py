"""Per-field precision, recall and F1 of predicted records against gold, with the same
matching rules as the record contract's scorer (score.py): names are lower-cased,
stripped of punctuation and of legal and administrative words, and match when equal
or at rapidfuzz ratio >= 90; dates are equal ISO strings; amounts the same currency
within 0.5 %; beneficiaries equal counts. A test checks this agrees with score.py."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from rapidfuzz.fuzz import ratio

NAME_FIELDS = ("organizations", "partners", "locations")
FIELDS = NAME_FIELDS + ("dates", "amounts", "beneficiaries")
STOP = {"pt", "tbk", "persero", "cv", "ud", "kabupaten", "kab", "kota", "kecamatan", "kec",
        "desa", "kelurahan", "kel", "dusun", "provinsi", "prov"}


def norm_name(s: Any) -> str:
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(w for w in s.split() if w not in STOP)


def _names(item) -> list[str]:
    if isinstance(item, dict):
        out = [item.get("name") or item.get("text") or ""] + list(item.get("aliases") or [])
        return [norm_name(x) for x in out if x]
    if isinstance(item, (list, tuple)):
        return [norm_name(x) for x in item if x]
    return [norm_name(item)]


def _date(item):
    if isinstance(item, dict):
        item = item.get("date") or item.get("value") or item.get("iso")
    return str(item)[:10] if item else None


def _amount(item):
    try:
        if isinstance(item, dict):
            return float(item.get("value")), str(item.get("currency") or "IDR").upper()
        return float(item), "IDR"
    except (TypeError, ValueError):
        return None


def _count(item):
    if isinstance(item, dict):
        item = item.get("count", item.get("value"))
    try:
        return int(item)
    except (TypeError, ValueError):
        return None


def _name_eq(p, g):
    return any(x and (x == y or ratio(x, y) >= 90) for x in p for y in g)


def _date_eq(p, g):
    return p == g or (g.startswith("*") and p[4:] == g[1:])


def _amount_eq(p, g):
    return p[1] == g[1] and abs(p[0] - g[0]) <= 0.005 * max(abs(g[0]), 1)


MATCHERS = {
    **{f: (_names, _name_eq, lambda g: [norm_name(x) for x in g]) for f in NAME_FIELDS},
    "dates": (_date, _date_eq, lambda g: g),
    "amounts": (_amount, _amount_eq, _amount),
    "beneficiaries": (_count, lambda p, g: p == g, _count),
}


def score_doc(field: str, pred_items, gold_items, optional_items):
    conv, eq, gconv = MATCHERS[field]
    preds = [x for x in (conv(i) for i in pred_items) if x]
    golds = [gconv(g) for g in gold_items]
    opts = [gconv(g) for g in optional_items]
    used = [False] * len(golds)
    tp = fp = 0
    extras = []
    for p in preds:
        hit = next((k for k, g in enumerate(golds) if not used[k] and eq(p, g)), None)
        if hit is not None:
            used[hit] = True
            tp += 1
        elif any(eq(p, g) for g in golds) or any(eq(p, o) for o in opts):
            pass  # the same value again, or an optional one: neither rewarded nor penalised
        else:
            fp += 1
            extras.append(p)
    misses = [g for g, u in zip(golds, used) if not u]
    return tp, fp, len(misses), misses, extras


def load_jsonl(path: str | Path) -> dict[str, dict]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[str(rec.get("doc_id"))] = rec
    return out


def score(gold: dict[str, dict], pred: dict[str, dict]) -> tuple[dict, list[dict]]:
    """Micro P/R/F1 per field over the gold articles, and the misses and extras per article."""
    totals = {f: [0, 0, 0] for f in FIELDS}
    details = []
    for doc_id, g in gold.items():
        p = pred.get(doc_id, {})
        for f in FIELDS:
            tp, fp, fn, misses, extras = score_doc(f, p.get(f) or [], g.get(f) or [],
                                                   (g.get("optional") or {}).get(f) or [])
            for i, n in enumerate((tp, fp, fn)):
                totals[f][i] += n
            if misses or extras:
                details.append({"doc_id": doc_id, "field": f, "missed": misses, "extra": extras})
    table: dict[str, Any] = {}
    for f, (tp, fp, fn) in totals.items():
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table[f] = {"precision": prec, "recall": rec, "f1": f1, "tp": tp, "fp": fp, "fn": fn}
    table["macro_f1"] = sum(table[f]["f1"] for f in FIELDS) / len(FIELDS)
    return table, details


def evaluate(gold_path: str | Path, pred_path: str | Path) -> tuple[dict, list[dict]]:
    return score(load_jsonl(gold_path), load_jsonl(pred_path))


def format_table(table: dict) -> str:
    lines = [f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for f in FIELDS:
        r = table[f]
        lines.append(f"{f:<14}{r['precision']:7.3f}{r['recall']:7.3f}{r['f1']:7.3f}{r['tp']:6}{r['fp']:6}{r['fn']:6}")
    lines.append(f"macro F1 {table['macro_f1']:.3f}")
    return "\n".join(lines)
