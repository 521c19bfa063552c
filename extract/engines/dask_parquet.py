"""The Dask engine writing a Parquet dataset from the workers (``--engine dask -o DIR_OR_URL/``).

Inputs are cut into partitions of ``partition_files`` files, in input order. The worker that
runs a partition reads its inputs (local paths or URLs, extract/inputs/remote.py), extracts them with
the shared ``run_local`` and writes the records itself as one Parquet file of the dataset, in
row groups, with the schema of ``warta extract -o x.parquet`` (extract/outputs/sinks.py). The client
only lists the inputs, schedules the partitions (a few in flight per worker) and adds up small
summaries: no record ever passes through it, so its memory stays flat however many articles.

A partition's file is named by its position and a digest of its inputs
(``part-00003-1f0c9a2e4b7d.parquet``), and it appears only once complete (object stores make
an upload visible when it ends; on a local disk it is written under a hidden name and renamed).
A second run with the same inputs and ``partition_files`` skips every partition whose file is
there: a killed run resumes where it stopped. At the end the client writes ``_manifest``, JSON
(the partitions, their inputs and counts, the extractor version; no ``.json`` suffix, so that an
output folder inside the input folder is never read as input). Names starting with ``_`` or ``.`` are
ignored by ``pandas.read_parquet(DIR)`` and ``dask.dataframe.read_parquet(DIR)``.
"""
from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Sequence

from extract.engines.dask_engine import PARTITION_FILES, DaskUnavailable

MANIFEST = "_manifest"
PART_PREFIX = "part-"
ERRORS_KEPT = 5  # error messages per partition sent back to the client (the dataset holds them all)


@dataclass
class DatasetSummary:
    partitions: int = 0
    written: int = 0
    resumed: int = 0            # partitions already written by an earlier run, skipped
    records: int = 0            # in the partitions written by this run
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)   # (source, error), a few per partition
    skipped: Counter = field(default_factory=Counter)             # WARC records that are not articles
    stale: list[str] = field(default_factory=list)  # part files of other inputs found in the folder
    worker_seconds: float = 0.0  # time the workers spent in this run's partitions (read, extract, write)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # part file -> (records, failed), this run


def is_dataset_output(output: str | None) -> bool:
    """``records/``, ``s3://bucket/records/`` or an existing local folder: a Parquet dataset."""
    from pathlib import Path

    from extract.inputs.remote import is_url

    if not output or output == "-":
        return False
    return output.endswith(("/", "\\")) or (not is_url(output) and Path(output).is_dir())


def default_partition_files(files: Sequence) -> int:
    """64 files of articles per partition, or 1 when the inputs are WARC files (each holds thousands)."""
    from extract.inputs.sources import as_source, is_warc

    return 1 if files and any(is_warc(as_source(str(f))) for f in files[:1000]) else PARTITION_FILES


def part_name(index: int, inputs: Sequence[str]) -> str:
    digest = hashlib.sha1("\n".join(inputs).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{PART_PREFIX}{index:05d}-{digest}.parquet"


def _out_fs(out: str):
    import fsspec

    fs, root = fsspec.core.url_to_fs(out)
    return fs, root.rstrip("/")


def write_partition(inputs: list[str], out: str, name: str, time_budget: float, text_column: str,
                    max_bytes: int, gazetteers: tuple[str, ...] = (), backend: str = "spacy") -> dict:
    """On a worker: extract the inputs and write their records as ``out/name``. Returns a summary."""
    from fsspec.implementations.local import LocalFileSystem

    from extract import get_nlp
    from extract.engines.engine import run_local
    from extract.outputs.sinks import ParquetSink
    from extract.inputs.sources import read_file
    from extract.version import EXTRACTOR_VERSION

    skipped: Counter = Counter()
    articles = (a for p in inputs for a in read_file(p, text_column=text_column, max_bytes=max_bytes,
                                                      skipped=skipped))
    fs, root = _out_fs(out)
    final = f"{root}/{name}"
    local = isinstance(fs, LocalFileSystem)
    target = f"{root}/.{name}.{uuid.uuid4().hex[:8]}.tmp" if local else final
    records = failed = 0
    errors: list[tuple[str, str]] = []
    started = time.perf_counter()
    try:
        with fs.open(target, "wb") as fh:
            sink = ParquetSink(fh)
            for rec in run_local(get_nlp(gazetteers, backend), articles, EXTRACTOR_VERSION, time_budget=time_budget):
                sink.write(rec)
                records += 1
                if rec.error:
                    failed += 1
                    if len(errors) < ERRORS_KEPT:
                        errors.append((rec.source or rec.doc_id, rec.error))
            sink.close()
        if local:
            fs.mv(target, final)
    finally:
        if local and fs.exists(target):
            fs.rm(target)
    return {"name": name, "records": records, "failed": failed, "errors": errors, "skipped": dict(skipped),
            "seconds": time.perf_counter() - started}


def _connect(scheduler: str | None, workers: int):
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise DaskUnavailable("the dask engine needs dask[distributed]: pip install 'warta[dask]'") from err
    cluster = None
    try:
        if scheduler:
            return Client(scheduler, timeout="20s"), None
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    except OSError as err:
        if cluster is not None:
            cluster.close()
        raise DaskUnavailable(f"cannot reach the Dask scheduler {scheduler}: {err}") from err


def run_dask_dataset(files: Sequence, out: str, *, scheduler: str | None = None, workers: int = 2,
                     time_budget: float = 0, text_column: str = "text", max_bytes: int = 10 * 1024 * 1024,
                     partition_files: int | None = None, gazetteers=(), backend: str = "spacy",
                     on_file_done: Callable[[int], object] | None = None) -> DatasetSummary:
    """Extract ``files`` on a Dask cluster into the Parquet dataset ``out`` (a folder or URL),
    skipping partitions an earlier run wrote. Raises the first partition failure (a worker that
    cannot write, ...): what was written stays, and the next run resumes from it. ``gazetteers``:
    paths every worker can read (as the inputs)."""
    from extract.version import EXTRACTOR_VERSION

    inputs = [str(f) for f in files]
    partition_files = partition_files or default_partition_files(inputs)
    parts = [inputs[i:i + partition_files] for i in range(0, len(inputs), partition_files)]
    names = [part_name(i, p) for i, p in enumerate(parts)]
    fs, root = _out_fs(out)
    fs.makedirs(root, exist_ok=True)
    fs.invalidate_cache()
    try:
        existing = {p.rsplit("/", 1)[-1] for p in fs.ls(root, detail=False)}
    except FileNotFoundError:  # an object store has no empty folders: a new prefix lists as missing
        existing = set()
    summary = DatasetSummary(partitions=len(parts))
    summary.stale = sorted(n for n in existing - set(names) if n.startswith(PART_PREFIX) and n.endswith(".parquet"))
    todo = []
    for part, name in zip(parts, names):
        if name in existing:
            summary.resumed += 1
            if on_file_done:
                on_file_done(len(part))
        else:
            todo.append((part, name))
    if todo:
        options = (time_budget, text_column, max_bytes, tuple(str(g) for g in gazetteers), backend)
        _schedule(todo, out, summary, scheduler, workers, options, on_file_done)
    manifest = {"extractor_version": EXTRACTOR_VERSION, "partition_files": partition_files,
                "partitions": [_entry(n, p, summary.counts.get(n)) for p, n in zip(parts, names)]}
    with fs.open(f"{root}/{MANIFEST}", "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    return summary


def _entry(name: str, inputs: list[str], counts: tuple[int, int] | None) -> dict:
    entry = {"file": name, "inputs": inputs}
    if counts is None:
        entry["written_earlier"] = True  # by a run that stopped before its manifest
    else:
        entry["records"], entry["failed"] = counts
    return entry


def _schedule(todo, out, summary, scheduler, workers, options, on_file_done) -> None:
    from distributed import as_completed

    client, cluster = _connect(scheduler, workers)
    try:
        window = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        sizes = {}
        queue = iter(todo)

        def submit():
            item = next(queue, None)
            if item is None:
                return None
            part, name = item
            future = client.submit(write_partition, part, out, name, *options, pure=False, key=f"warta-{name}")
            sizes[future.key] = len(part)
            return future

        running = as_completed([f for f in (submit() for _ in range(window)) if f is not None])
        for future in running:
            got = future.result()
            summary.written += 1
            summary.records += got["records"]
            summary.failed += got["failed"]
            summary.errors.extend(got["errors"])
            summary.skipped.update(got["skipped"])
            summary.worker_seconds += got["seconds"]
            summary.counts[got["name"]] = (got["records"], got["failed"])
            if on_file_done:
                on_file_done(sizes.pop(future.key))
            future.release()
            nxt = submit()
            if nxt is not None:
                running.add(nxt)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
