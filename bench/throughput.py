"""Throughput benchmark: articles/s, MB/s, peak RSS and start-up time.

Builds a synthetic corpus of N articles from corpus/articles (each copy gets a distinct
header line, so no two files are identical), then runs, each in a fresh process:
the default pipeline and the rules-only pipeline (no NER model), on 1 and 2 workers.
It also times the peers of the numbers and places issues (dateparser.search_dates,
quantulum3, price-parser, id-location-ner) on the same texts and prints the ratio.

    python bench/throughput.py                     # N = 1,000 and 10,000
    python bench/throughput.py --sizes 1000 --peer-articles 200

Figures are ratios measured in one run; absolute times on shared machines drift.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_corpus(n: int, folder: Path) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    total = 0
    for i in range(n):
        data = f"Arsip {i:06d}\n" + texts[i % len(texts)]
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:06d}.txt").write_text(data, encoding="utf-8")
        total += len(data.encode("utf-8"))
    return total


def descendants_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), in MB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
            parents[int(entry)] = int(fields["PPid"])
            rss[int(entry)] = int(fields.get("VmRSS", "0 kB").split()[0])
        except (OSError, KeyError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        here = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == here and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(rss.get(pid, 0) for pid in tree) / 1024


class PeakSampler:
    """Samples the memory of this process tree every 0.2 s; ``peak`` is the largest sum seen."""

    def __init__(self):
        import threading

        self.peak, self.stop = 0.0, threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stop.is_set():
            self.peak = max(self.peak, descendants_rss_mb(os.getpid()))
            self.stop.wait(0.2)

    def close(self) -> float:
        self.stop.set()
        self.thread.join()
        return self.peak


def child(mode: str, workers: int, folder: str) -> None:
    """One measured run, in its own process."""
    t0 = time.perf_counter()
    import extract
    from extract.pipeline import build_nlp
    from extract.sources import read_paths

    import inspect
    from functools import partial

    rules_only = mode == "rules-only" and "ner" in inspect.signature(build_nlp).parameters
    build = partial(build_nlp, ner=False) if rules_only else build_nlp

    nlp = build()  # start-up: imports plus pipeline build, as a one-worker run pays it
    startup = time.perf_counter() - t0
    extract._NLP = nlp
    sampler = PeakSampler()
    t1 = time.perf_counter()
    count = 0
    if workers == 1:
        for _ in extract.extract_articles(read_paths([folder]), nlp=nlp):
            count += 1
    else:
        from extract.engine import run_pool
        from extract.version import EXTRACTOR_VERSION

        for _ in run_pool(build, read_paths([folder]), EXTRACTOR_VERSION, workers):
            count += 1
    seconds = time.perf_counter() - t1
    tree = sampler.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": count, "seconds": seconds, "startup": startup,
                      "rss_mb": own, "tree_rss_mb": tree}))


def run_child(mode: str, workers: int, folder: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(workers), str(folder)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def peers(texts: list[str]) -> dict[str, float]:
    """Articles/s of each peer over the texts (the ones that are installed)."""
    rates = {}

    def timed(name, fn):
        t = time.perf_counter()
        for text in texts:
            fn(text)
        rates[name] = len(texts) / (time.perf_counter() - t)

    try:
        from dateparser.search import search_dates

        timed("dateparser.search_dates", lambda t: search_dates(t, languages=["id"], settings={"DATE_ORDER": "DMY"}))
    except ImportError:
        pass
    try:
        from quantulum3 import parser as qparser

        timed("quantulum3", qparser.parse)
    except ImportError:
        pass
    try:
        from price_parser import Price

        timed("price-parser", lambda t: [Price.fromstring(s) for s in t.split(". ")])
    except ImportError:
        pass
    return rates


def ner_figures() -> str:
    """The shipped NER model's size on disk and its load time (fresh process)."""
    from extract.ner import ner_path

    path = ner_path()
    if path is None:
        return "NER model: none (rules only)"
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
    code = "import time; t=time.perf_counter(); from extract.ner import load_ner; load_ner(); print(time.perf_counter()-t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return f"NER model: {path} {size:.1f} MB, loads in {float(out.stdout.strip()):.2f} s (imports included)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--peer-articles", type=int, default=200)
    ap.add_argument("--child", nargs=3, metavar=("MODE", "WORKERS", "FOLDER"))
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.child[2])
        return
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    print(ner_figures())
    print(f"{'N':>6} {'pipeline':<11}{'workers':>8}{'art/s':>9}{'MB/s':>7}{'start s':>8}{'RSS MB':>8}"
          f"{'all procs':>11}{'speed-up':>9}")
    results = {}
    for n in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            size = make_corpus(n, Path(tmp))
            for mode in ("default", "rules-only"):
                base = None
                for workers in (1, 2):
                    r = run_child(mode, workers, Path(tmp))
                    rate = r["articles"] / r["seconds"]
                    base = base or rate
                    results[(n, mode, workers)] = rate
                    print(f"{n:>6} {mode:<11}{workers:>8}{rate:>9.1f}{size / 1e6 / r['seconds']:>7.2f}"
                          f"{r['startup']:>8.2f}{r['rss_mb']:>8.0f}{r['tree_rss_mb']:>11.0f}{rate / base:>9.2f}")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    texts = (texts * (args.peer_articles // len(texts) + 1))[: args.peer_articles]
    one = results[min(results)[0], "default", 1]
    print(f"\npeers on {len(texts)} articles of the same corpus (one process), vs warta default on 1 worker "
          f"({one:.1f} art/s):")
    for name, rate in peers(texts).items():
        print(f"  {name:<26}{rate:>9.1f} art/s   warta/peer = {one / rate:.2f}")


if __name__ == "__main__":
    main()
