"""Throughput benchmark: articles/s, MB/s, peak RSS and start-up time.

Builds a synthetic corpus of N articles from corpus/articles (each copy gets a distinct
header line, so no two files are identical), then runs, each in a fresh process:
the default pipeline and the rules-only pipeline (no NER model), on 1 and 2 workers.
It also times the peers of the numbers and places issues (dateparser.search_dates,
quantulum3, price-parser, id-location-ner) on the same texts and prints the ratio.

    python bench/throughput.py                     # N = 1,000 and 10,000, 3 runs each
    python bench/throughput.py --sizes 1000 --repeat 1 --peer-articles 200

Each configuration runs ``--repeat`` times, interleaved with the others, and the median is
shown with the range: on a shared machine one run's rate can be 30 % off. Start-up (imports
and the pipeline build; on 2 workers, the workers' start and builds, in parallel) is shown
apart from art/s, which counts the extraction after it.

The synthetic corpus repeats the texts of corpus/ (143 now), so words recur more than in real news and spaCy's
tokenizer cache hits more often; the "real articles" line, where ../shared is present, is one
pass of the default pipeline over the real development articles, each read once after a
warm-up on corpus/. Then come the time of each pipeline step and the peers.

Figures are ratios measured in one run; absolute times on shared machines drift.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # peers_places: the places peer's region CSV


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
    """Samples the memory of this process tree every 0.5 s (a scan costs about 6 ms); ``peak`` is the largest sum seen."""

    def __init__(self):
        import threading

        self.peak, self.stop = 0.0, threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stop.is_set():
            self.peak = max(self.peak, descendants_rss_mb(os.getpid()))
            self.stop.wait(0.5)

    def close(self) -> float:
        self.stop.set()
        self.thread.join()
        return self.peak


def child(mode: str, workers: int, folder: str) -> None:
    """One measured run, in its own process. ``startup`` is the time from here until the
    pipeline is ready: imports and the pipeline build in this process on one worker; the
    worker processes' start and their pipeline builds (in parallel) on more. ``seconds`` is
    the extraction after that, so the rates of 1 and 2 workers compare like with like."""
    t0 = time.perf_counter()
    from functools import partial

    import extract
    from extract.engines.engine import WorkerPool, pool_records, run_local
    from extract.inputs.sources import read_paths
    from extract.version import EXTRACTOR_VERSION

    build = partial(extract.build_nlp, ner=mode != "rules-only")
    if workers == 1:
        nlp = build()
        startup = time.perf_counter() - t0
        t1 = time.perf_counter()
        count = sum(1 for _ in run_local(nlp, read_paths([folder]), EXTRACTOR_VERSION))
        seconds = time.perf_counter() - t1
        tree = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # one process: its own peak
    else:
        sampler = PeakSampler()
        with WorkerPool(build, EXTRACTOR_VERSION, workers) as pool:
            pool.start()
            startup = time.perf_counter() - t0
            t1 = time.perf_counter()
            count = sum(1 for _ in pool_records(pool, read_paths([folder])))
            seconds = time.perf_counter() - t1
        tree = sampler.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": count, "seconds": seconds, "startup": startup,
                      "rss_mb": own, "tree_rss_mb": tree}))


def run_child(mode: str, workers: int, folder: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(workers), str(folder)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_halves(mode: str, halves: list[Path]) -> dict:
    """Two independent one-worker processes at once, each on half the corpus: what two cores
    give without any pool (no shared queue, no pickling), the ceiling of a 2-worker speed-up."""
    procs = [subprocess.Popen([sys.executable, __file__, "--child", mode, "1", str(h)], stdout=subprocess.PIPE,
                              text=True, cwd=ROOT) for h in halves]
    outs = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    return {"articles": sum(o["articles"] for o in outs), "seconds": max(o["seconds"] for o in outs),
            "startup": max(o["startup"] for o in outs), "rss_mb": max(o["rss_mb"] for o in outs),
            "tree_rss_mb": sum(o["tree_rss_mb"] for o in outs)}


def split_halves(folder: Path, into: Path) -> list[Path]:
    """Two folders of symbolic links, alternate files of ``folder`` in each."""
    halves = [into / "half0", into / "half1"]
    for h in halves:
        h.mkdir()
    for i, path in enumerate(sorted(folder.rglob("*.txt"))):
        (halves[i % 2] / path.name).symlink_to(path)
    return halves


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
        import warnings

        warnings.filterwarnings("ignore", message="Classifier dependencies not installed")  # quantulum3's
        from quantulum3 import parser as qparser

        timed("quantulum3", qparser.parse)
    except ImportError:
        pass
    try:
        from price_parser import Price

        timed("price-parser", lambda t: [Price.fromstring(s) for s in t.split(". ")])
    except ImportError:
        pass
    regions = ROOT.parent / "shared" / "data" / "gazetteers" / "regions"
    try:
        from location_ner import LocationExtractor

        from peers_places import flat_regions_csv
    except ImportError:
        return rates
    if regions.exists():  # the places peer needs the region list as its flat CSV
        with tempfile.TemporaryDirectory() as tmp:
            flat = Path(tmp) / "regions.csv"
            flat_regions_csv(regions, flat)
            extractor = LocationExtractor.from_csv(flat)
        timed("id-location-ner", lambda t: list(extractor.extract(t)))
    return rates


def component_costs(folder: Path, passes: int = 3) -> dict[str, float]:
    """Milliseconds per article of each step, one step at a time over all the articles
    (the best of ``passes`` passes): where the time goes."""
    import extract
    from extract.engines.engine import _doc
    from extract.record import build_record
    from extract.inputs.sources import read_paths

    nlp = extract.get_nlp()  # the default pipeline, built once in this process
    articles = list(read_paths([folder]))
    best: dict[str, float] = {}
    for _ in range(passes):
        t = time.perf_counter()
        docs = [_doc(nlp, a) for a in articles]
        costs = {"tokenizer": time.perf_counter() - t}
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            costs[name] = time.perf_counter() - t
        t = time.perf_counter()
        for a, d in zip(articles, docs):
            build_record(a, d, "bench")
        costs["record"] = time.perf_counter() - t
        for k, v in costs.items():
            best[k] = min(best.get(k, v), v)
    return {k: 1000 * v / len(articles) for k, v in best.items()}


def unseen_rate(folder: Path) -> tuple[int, float]:
    """(articles, seconds) for one pass of the default pipeline over real articles it has not
    seen, after a warm-up pass over corpus/ (first calls load lazy data such as dateparser's)."""
    import extract
    from extract.engines.engine import run_local
    from extract.inputs.sources import read_paths

    nlp = extract.get_nlp()
    for _ in run_local(nlp, read_paths([ROOT / "corpus" / "articles"]), "bench"):
        pass
    articles = list(read_paths([folder]))
    t = time.perf_counter()
    for _ in run_local(nlp, articles, "bench"):
        pass
    return len(articles), time.perf_counter() - t


def ner_figures() -> str:
    """The shipped NER model's size on disk and its load time (fresh process)."""
    from extract.components.ner import ner_path

    path = ner_path()
    if path is None:
        return "NER model: none (rules only)"
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
    code = "import time; t=time.perf_counter(); from extract.components.ner import load_ner; load_ner(); print(time.perf_counter()-t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return f"NER model: {path} {size:.1f} MB, loads in {float(out.stdout.strip()):.2f} s (imports included)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each configuration; the median is shown")
    ap.add_argument("--peer-articles", type=int, default=200)
    ap.add_argument("--child", nargs=3, metavar=("MODE", "WORKERS", "FOLDER"))
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.child[2])
        return
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    print(ner_figures())
    print(f"each row: the median of {args.repeat} runs (the runs' range of art/s in brackets); "
          "start-up is apart from art/s;\n'2 apart': two independent 1-worker processes at once, "
          "each on half the files: the ceiling of a 2-worker speed-up on this machine")
    print(f"{'N':>6} {'pipeline':<11}{'workers':>8}{'art/s':>8}{'(range)':>14}{'MB/s':>7}{'start s':>8}"
          f"{'RSS MB':>8}{'all procs':>10}{'speed-up':>9}")
    configs = [(mode, workers) for mode in ("default", "rules-only") for workers in (1, 2, "2 apart")]
    results = {}
    for n in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as links:
            size = make_corpus(n, Path(tmp))
            halves = split_halves(Path(tmp), Path(links))
            runs: dict = {c: [] for c in configs}
            for _ in range(args.repeat):  # configurations interleaved, so a busy spell hits them alike
                for mode, workers in configs:
                    runs[mode, workers].append(run_halves(mode, halves) if workers == "2 apart"
                                               else run_child(mode, workers, Path(tmp)))
            for mode, workers in configs:
                rs = sorted(runs[mode, workers], key=lambda r: r["articles"] / r["seconds"])
                mid = rs[len(rs) // 2]
                rate = mid["articles"] / mid["seconds"]
                results[(n, mode, workers)] = rate
                lo, hi = (r["articles"] / r["seconds"] for r in (rs[0], rs[-1]))
                startup = statistics.median(r["startup"] for r in rs)
                print(f"{n:>6} {mode:<11}{workers:>8}{rate:>8.1f}{f'({lo:.0f}-{hi:.0f})':>14}"
                      f"{size / 1e6 * rate / n:>7.2f}{startup:>8.2f}{max(r['rss_mb'] for r in rs):>8.0f}"
                      f"{max(r['tree_rss_mb'] for r in rs):>10.0f}{rate / results[(n, mode, 1)]:>9.2f}")
    dev = ROOT.parent / "shared" / "corpus-dev" / "articles"
    if dev.exists():
        count, seconds = unseen_rate(dev)
        print(f"real articles: ../shared/corpus-dev ({count} articles, each read once, after a warm-up on "
              f"corpus/), default, 1 worker: {count / seconds:.1f} art/s")
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus(240, Path(tmp))
        costs = component_costs(Path(tmp))
    total = sum(costs.values())
    print(f"\nwhere the time goes (default pipeline, one process, 240 articles, best of 3 passes): "
          f"{total:.1f} ms/article")
    print("  " + ", ".join(f"{k} {v:.2f} ({100 * v / total:.0f} %)" for k, v in costs.items()))
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    texts = (texts * (args.peer_articles // len(texts) + 1))[: args.peer_articles]
    one = results[min(k[0] for k in results), "default", 1]
    print(f"\npeers on {len(texts)} articles of the same corpus (one process), vs warta default on 1 worker "
          f"({one:.1f} art/s):")
    for name, rate in peers(texts).items():
        print(f"  {name:<26}{rate:>9.1f} art/s   warta/peer = {one / rate:.2f}")


if __name__ == "__main__":
    main()
