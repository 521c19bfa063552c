"""warta's numeric fields side by side with the tools a user would otherwise reach for.

    python bench/peers_numbers.py [--shared ../shared] [--markdown]
    python bench/peers_numbers.py --table /tmp/peers_table.jsonl [--show]

Runs, on ../shared/corpus-dev and ../shared/seeds (articles and gold), warta and the peers, and
scores every system with the contract's own scorer (../shared/contract/score.py):

- dates: dateparser's ``search_dates`` with ``languages=["id"]`` and ``DATE_ORDER="DMY"`` (as a user
  would call it), and the same with ``REQUIRE_PARTS=["day", "month", "year"]`` (its strictest setting);
- amounts: quantulum3's ``parser.parse`` (quantities whose unit is a currency) and price-parser's
  ``Price.fromstring`` on each sentence (amounts with a currency);
- beneficiaries: no tool reads them; quantulum3's dimensionless whole numbers stand in as the baseline.

Skips with a message (exit 0) when ../shared is absent. The peers are the ``bench`` extra.

``--table`` instead scores warta's amounts on a table of cases kept OUTSIDE the project (others' test
tables, put in sentences; docs/numbers.md says how ours was built): JSON Lines of
``{"text": ..., "value": number or null, "currency": "IDR", "src": ...}``, optionally ``"values": [low, high]``
(a range: both ends are wanted, as the contract wants them), ``"field": "beneficiaries"`` (``value`` is then a
count) or ``"field": "dates"`` (``value`` is then an ISO date, ``"2010-02-14"``), and ``"optional": true`` (a value
the contract allows but does not require, such as a unit price: reading nothing is right too). Each case is right (the values read are exactly the expected ones, or none when nothing is expected),
wrong (any other value: the failure an analyst sums) or missed (no value, or only some of the expected ones). ``--show`` lists the cases that are
not right.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIELDS = ("dates", "amounts", "beneficiaries")
CURRENCY_SIGNS = {"rp": "IDR", "rp.": "IDR", "idr": "IDR", "us$": "USD", "$": "USD", "usd": "USD",
                  "hk$": "HKD", "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "€": "EUR", "eur": "EUR"}


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("warta_contract_score", shared / "contract" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles(shared: Path) -> dict[str, str]:
    out = {}
    for folder in (shared / "corpus-dev" / "articles", shared / "seeds" / "articles"):
        for path in sorted(folder.glob("*.txt")):
            out[path.stem] = path.read_text(encoding="utf-8")
    return out


def gold(shared: Path, scorer) -> dict:
    out = {}
    for path in (shared / "corpus-dev" / "gold.jsonl", shared / "seeds" / "gold.jsonl"):
        out.update(scorer.load(path))
    return out


# ---------------------------------------------------------------------- systems
def run_warta(texts: dict[str, str]) -> dict:
    from extract import extract_articles
    from extract.article import Article

    out = {}
    for rec in extract_articles(Article(doc_id, text) for doc_id, text in texts.items()):
        out[rec.doc_id] = {f: getattr(rec, f) for f in FIELDS}
    return out


def run_search_dates(texts: dict[str, str], strict: bool) -> dict:
    from dateparser.search import search_dates

    settings = {"DATE_ORDER": "DMY"}
    if strict:
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    out = {}
    for doc_id, text in texts.items():
        found = search_dates(text, languages=["id"], settings=settings) or []
        out[doc_id] = {"dates": sorted({d.date().isoformat() for _, d in found})}
    return out


def run_quantulum(texts: dict[str, str]) -> dict:
    from quantulum3 import parser

    out = {}
    for doc_id, text in texts.items():
        amounts, counts = [], []
        for q in parser.parse(text):
            code = getattr(q.unit, "currency_code", None)
            if q.unit.entity.name == "currency" and code:
                amounts.append({"value": q.value, "currency": code})
            elif q.unit.name == "dimensionless" and float(q.value).is_integer() and q.value > 1:
                counts.append({"count": int(q.value)})
        out[doc_id] = {"amounts": amounts, "beneficiaries": counts}
    return out


def run_price_parser(texts: dict[str, str]) -> dict:
    from price_parser import Price

    out = {}
    for doc_id, text in texts.items():
        amounts = []
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            price = Price.fromstring(sentence)
            code = CURRENCY_SIGNS.get((price.currency or "").lower())
            if price.amount is not None and code:
                amounts.append({"value": float(price.amount), "currency": code})
        out[doc_id] = {"amounts": amounts}
    return out


SYSTEMS = {
    "warta": (run_warta, FIELDS),
    "dateparser search_dates (id, DMY)": (lambda t: run_search_dates(t, strict=False), ("dates",)),
    "dateparser search_dates (id, DMY, REQUIRE_PARTS)": (lambda t: run_search_dates(t, strict=True), ("dates",)),
    "quantulum3": (run_quantulum, ("amounts", "beneficiaries")),
    "price-parser": (run_price_parser, ("amounts",)),
}


def score_table(path: Path, show: bool = False) -> dict[str, int]:
    """Right / wrong / missed on a peers' table of sentences (see the module docstring)."""
    import json
    from collections import Counter

    from extract import get_nlp

    nlp = get_nlp()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts, by_source = Counter(), Counter()
    for row in rows:
        doc = nlp(row["text"])
        field = row.get("field", "amounts")
        if field == "beneficiaries":
            got = [(b.count, "IDR") for b in doc._.beneficiaries]
        elif field == "dates":
            got = [(d.date, "IDR") for d in doc._.dates]
        else:
            got = [(a.value, a.currency) for a in doc._.amounts]
        want = row.get("values") or ([row["value"]] if row["value"] is not None else [])
        currency = row.get("currency") or "IDR"
        if not want:
            verdict = "wrong" if got else "right"
        elif not got:
            verdict = "right" if row.get("optional") else "missed"
        else:
            def same(v, w):
                if isinstance(w, str) or isinstance(v, str):
                    return v == w
                return abs(v - w) <= max(0.006, 1e-9 * abs(w))
            if not all(any(same(v, w) for w in want) and c == currency for v, c in got):
                verdict = "wrong"  # a value nobody wrote: what an analyst would sum
            elif all(any(same(v, w) for v, _ in got) for w in want):
                verdict = "right"
            else:
                verdict = "missed"  # some wanted values read, none wrong (one end of a list or range)
        counts[verdict] += 1
        by_source[(row.get("src", ""), verdict)] += 1
        if show and verdict != "right":
            print(f"{verdict:<7}{row.get('src', ''):<16}{row['text'][:80]!r} want {want} got {got}")
    print(f"{len(rows)} cases: {counts['right']} right, {counts['wrong']} wrong, {counts['missed']} missed")
    for (src, verdict), n in sorted(by_source.items()):
        print(f"  {src:<16}{verdict:<7}{n:5d}")
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--table", type=Path, help="score amounts on a peers' table kept outside the project (JSONL)")
    ap.add_argument("--show", action="store_true", help="with --table: list the cases not read right")
    args = ap.parse_args(argv)
    if args.table:
        warnings.filterwarnings("ignore")
        score_table(args.table, args.show)
        return 0
    if not (args.shared / "contract" / "score.py").exists():
        print(f"skipped: {args.shared} (the shared development data) is absent")
        return 0
    warnings.filterwarnings("ignore")
    scorer = load_scorer(args.shared)
    texts, gold_records = articles(args.shared), gold(args.shared, scorer)
    rows = []
    for name, (run, fields) in SYSTEMS.items():
        try:
            if name == "warta":
                from extract import get_nlp

                get_nlp()  # built once per process: not part of the per-article time
            t0 = time.perf_counter()
            pred = run(texts)
            seconds = time.perf_counter() - t0
        except ImportError as err:
            print(f"{name}: not installed ({err.name}); pip install -e '.[bench]'", file=sys.stderr)
            continue
        pred = {doc_id: {"doc_id": doc_id, **values} for doc_id, values in pred.items()}
        table, _ = scorer.score(gold_records, pred)
        for field in fields:
            r = table[field]
            rows.append((field, name, r["precision"], r["recall"], r["f1"], 1000 * seconds / len(texts)))
    rows.sort(key=lambda r: (FIELDS.index(r[0]), -r[4]))
    if args.markdown:
        print("| field | system | P | R | F1 | ms/article |\n|---|---|---:|---:|---:|---:|")
        for field, name, p, r, f1, ms in rows:
            print(f"| {field} | {name} | {p:.3f} | {r:.3f} | {f1:.3f} | {ms:.1f} |")
    else:
        print(f"{'field':<14}{'system':<50}{'P':>7}{'R':>7}{'F1':>7}{'ms/art':>8}")
        for field, name, p, r, f1, ms in rows:
            print(f"{field:<14}{name:<50}{p:7.3f}{r:7.3f}{f1:7.3f}{ms:8.1f}")
    print(f"\n{len(texts)} articles: corpus-dev + seeds; scored with contract/score.py "
          "(ms/article covers all fields a system reads, warta's whole pipeline included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
