"""Time the HTML report on many articles: the page for N records (replicated from real ones).

    python bench/report_scale.py                 # 10,000 records from 20 corpus/ articles
    python bench/report_scale.py --n 50000 --seed-articles 40

The report must stay usable on a large archive: written in seconds, its overview first and the
article bodies compressed and lazy. The test suite checks the page's shape on 10,000 records
(tests/test_report.py); the time is measured here, not in a timed test.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="records on the page")
    ap.add_argument("--seed-articles", type=int, default=20, help="corpus/ articles the records are copied from")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from extract import extract_articles
    from extract.inputs.sources import read_paths
    from extract.outputs.report import render_report

    paths = sorted((ROOT / "corpus" / "articles").glob("*.txt"))[: args.seed_articles]
    seeds = [(r.to_dict(), p.read_text(encoding="utf-8")) for r, p in zip(extract_articles(read_paths(paths)), paths)]
    records, texts = [], {}
    for i in range(args.n):
        rec, text = seeds[i % len(seeds)]
        doc_id = f"{rec['doc_id']}#{i:06d}"
        records.append(dict(rec, doc_id=doc_id, duplicate_of=None))
        texts[doc_id] = text
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        t0 = time.perf_counter()
        summary = render_report(records, out, texts)
        seconds = time.perf_counter() - t0
        size = out.stat().st_size
    print(f"{summary.articles:,} records ({len(seeds)} distinct articles): {seconds:.1f} s, "
          f"{size / 1e6:.1f} MB ({size / args.n:,.0f} bytes a record)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
