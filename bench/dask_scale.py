"""Dask scaling benchmark: articles/s by number of Dask workers, and the client's memory.

Builds a synthetic archive of JSON Lines files (``--per-file`` articles each, from the texts of
corpus/articles, each copy with a distinct header line), then for each number of workers starts a
LocalCluster, warms every worker up (each builds the pipeline once; that start-up is timed apart)
and runs ``run_dask_dataset`` (``--engine dask -o DIR/``) into a fresh folder:

    python bench/dask_scale.py                          # 1 and 2 workers, 240 articles, 3 runs each
    python bench/dask_scale.py --workers 1,2,4 --articles 480

Then the client's memory: the same run on 2 workers with N and ``--scale`` x N articles, sampling
the client process's resident memory every 20 ms, for the dataset written by the workers and, for
comparison, for the old path where every record comes back to the client, which writes one Parquet
file (``run_dask`` + ParquetSink). The LocalCluster's scheduler runs in the client process, so its
memory and CPU are counted in the client's. Figures come from one run on a shared machine.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_archive(n: int, per_file: int, folder: Path) -> list[Path]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for start in range(0, n, per_file):
        path = folder / f"arsip-{start // per_file:05d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(start, min(start + per_file, n)):
                fh.write(json.dumps({"id": f"a{i:06d}", "text": f"Arsip {i:06d}\n" + texts[i % len(texts)]},
                                    ensure_ascii=False) + "\n")
        files.append(path)
    return files


class RssSampler:
    """Peak resident memory of this process while it runs, sampled from /proc."""

    def __init__(self, every: float = 0.02):
        self.every, self.peak, self._stop = every, 0, threading.Event()

    @staticmethod
    def rss() -> int:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self.rss())
            time.sleep(self.every)

    def __enter__(self):
        self.base = self.rss()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self.thread.join()


WARM_UP = ("PT Bank Rakyat Indonesia menyalurkan bantuan Rp 50 juta kepada 20 pengrajin di Kabupaten Magelang, "
           "Senin (3/2/2025).")


def _first_article() -> int:
    from extract import get_nlp

    return len(get_nlp()(WARM_UP))


def warm_up(client, workers: int) -> float:
    """Every worker builds its pipeline and runs one article (its lazy parts, dateparser's language
    data among them, load on first use), as its first partition would; the seconds it takes."""
    t0 = time.perf_counter()
    names = list(client.scheduler_info()["workers"])
    client.gather([client.submit(_first_article, workers=[w], pure=False) for w in names])
    return time.perf_counter() - t0


def run_dataset(files, out: Path, address: str, partition_files: int) -> dict:
    from extract.engines.dask_parquet import run_dask_dataset

    cpu0, t0 = time.process_time(), time.perf_counter()
    with RssSampler() as mem:
        summary = run_dask_dataset(files, f"{out}/", scheduler=address, partition_files=partition_files)
    return {"seconds": time.perf_counter() - t0, "client_cpu": time.process_time() - cpu0,
            "records": summary.records, "worker_seconds": summary.worker_seconds,
            "rss_base_mb": mem.base / 1e6, "rss_peak_mb": mem.peak / 1e6}


def run_through_client(files, out: Path, address: str, partition_files: int) -> dict:
    from extract.engines.dask_engine import run_dask
    from extract.outputs.sinks import ParquetSink

    cpu0, t0 = time.process_time(), time.perf_counter()
    n = 0
    with RssSampler() as mem:
        sink = ParquetSink(out)
        for rec in run_dask(files, scheduler=address, partition_files=partition_files):
            sink.write(rec)
            n += 1
        sink.close()
    return {"seconds": time.perf_counter() - t0, "client_cpu": time.process_time() - cpu0, "records": n,
            "rss_base_mb": mem.base / 1e6, "rss_peak_mb": mem.peak / 1e6}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", default="1,2", help="numbers of Dask workers to time")
    ap.add_argument("--articles", type=int, default=240)
    ap.add_argument("--per-file", type=int, default=20, help="articles per JSON Lines file")
    ap.add_argument("--partition-files", type=int, default=1)
    ap.add_argument("--scale", type=int, default=4, help="the memory runs: N and scale x N articles")
    ap.add_argument("--memory-articles", type=int, default=120, help="N of the memory runs")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each number of workers; the median is shown")
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    import fsspec.implementations.local  # noqa: F401 - imported before the memory is sampled, so that
    import pyarrow.parquet  # noqa: F401   neither path pays for first imports in its figures

    import extract.engines.dask_parquet  # noqa: F401
    import extract.outputs.sinks  # noqa: F401

    print(f"# warta Dask scaling, {os.cpu_count()} cores (shared with other users: rates drift), "
          f"{args.articles} articles in files of {args.per_file}, {args.partition_files} file(s) per partition; "
          f"load average before: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = make_archive(args.articles, args.per_file, tmp / "in")
        counts = [int(w) for w in args.workers.split(",")]
        runs: dict[int, list[tuple[float, dict]]] = {n: [] for n in counts}
        for _ in range(args.repeat):  # interleaved: load from other users hits every configuration alike
            for n in counts:
                with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, Client(cluster) as client:
                    start = warm_up(client, n)
                    out = tmp / f"out-{n}-{len(runs[n])}"
                    runs[n].append((start, run_dataset(files, out, cluster.scheduler_address, args.partition_files)))
        print(f"| Dask workers | start-up (pipeline builds + 1st article), s | articles/s, median of {args.repeat} "
              f"(range) | worker time: read+extract+write, s |")
        print("|---:|---:|---:|---:|")
        for n in counts:
            rates = sorted(got["records"] / got["seconds"] for _, got in runs[n])
            print(f"| {n} | {statistics.median(s for s, _ in runs[n]):.1f} | {statistics.median(rates):.1f} "
                  f"({rates[0]:.1f}-{rates[-1]:.1f}) | {statistics.median(g['worker_seconds'] for _, g in runs[n]):.1f} |",
                  flush=True)
        print(f"load average after the rate runs: {os.getloadavg()[0]:.1f}")
        if args.skip_memory:
            return
        print("\n| path | articles | run, s | client CPU, s | client RSS before, MB | client RSS peak, MB | growth, MB |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            warm_up(client, 2)
            for size in (args.memory_articles, args.memory_articles * args.scale):
                mfiles = make_archive(size, args.per_file, tmp / f"mem-{size}")
                for label, run in (("dataset by the workers (-o DIR/)", run_dataset),
                                   ("records through the client (-o x.parquet)", run_through_client)):
                    out = tmp / f"m-{size}-{len(label)}" if run is run_dataset else tmp / f"m-{size}.parquet"
                    got = run(mfiles, out, cluster.scheduler_address, args.partition_files)
                    print(f"| {label} | {got['records']} | {got['seconds']:.1f} | {got['client_cpu']:.2f} | "
                          f"{got['rss_base_mb']:.0f} | {got['rss_peak_mb']:.0f} | "
                          f"{got['rss_peak_mb'] - got['rss_base_mb']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
