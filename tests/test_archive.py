"""The Dask engine writing a Parquet dataset from its workers, with real parts (issue #19): a
2-worker LocalCluster, moto's standalone S3 server on a free loopback port, WARC files built with
warcio, a client killed mid-run and resumed; and the same records from Dask, the local pool and
one process."""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract import extract_articles
from tests.test_engines import articles


@pytest.fixture(scope="module")
def one_process(nlp):
    return list(extract_articles(articles(), nlp))


@pytest.fixture(scope="module")
def pooled():
    return list(extract_articles(articles(), workers=2, batch_size=4))


@pytest.fixture(scope="module")
def s3():
    """moto's S3 server, up before the cluster starts so that its workers find it (None without moto)."""
    if not (importlib.util.find_spec("moto") and importlib.util.find_spec("s3fs")):
        yield None
        return
    from tests.archive import S3Server

    with S3Server() as server:
        yield server


@pytest.fixture(scope="module")
def cluster(s3):
    """One 2-worker LocalCluster for the Dask tests of this module: each worker builds the pipeline once."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def write_articles(folder):
    folder.mkdir(exist_ok=True)
    files = []
    for a in articles():
        path = folder / f"{a.doc_id}.txt"
        path.write_text(a.text, encoding="utf-8")
        files.append(path)
    return files



# ---------------------------------------------------------------- Parquet datasets written by the workers (#19)
def parquet_rows(records, path) -> list[dict]:
    """Records as they read back from a Parquet file of today's schema."""
    import pyarrow.parquet as pq

    from extract.outputs.sinks import ParquetSink

    sink = ParquetSink(path)
    for r in records:
        sink.write(r)
    sink.close()
    return pq.read_table(path).to_pylist()


def comparable(rows) -> list[str]:
    """Rows as sorted JSON, ``source`` cut to the file name (+ ``#n``): inputs moved, records alike."""
    return sorted(json.dumps(dict(r, source=r["source"].rsplit("/", 1)[-1]), sort_keys=True) for r in rows)


def dataset_rows(root, fs=None) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(root, filesystem=fs).to_pylist()


def test_archive_dask_dataset_pool_and_one_process_give_the_same_records(tmp_path, one_process, pooled, cluster):
    from extract.engines.dask_parquet import run_dask_dataset

    from extract.inputs.sources import iter_paths

    write_articles(tmp_path / "in")
    out = tmp_path / "in" / "records"  # inside the input folder: its files must never be read as inputs
    summary = run_dask_dataset(list(iter_paths([tmp_path / "in"])), f"{out}/", scheduler=cluster.scheduler_address,
                               partition_files=7)
    assert (summary.partitions, summary.written, summary.records, summary.failed) == (6, 6, 40, 0)
    parts = sorted(p.name for p in out.glob("part-*.parquet"))
    assert len(parts) == 6 and parts[0].startswith("part-00000-")
    manifest = json.loads((out / "_manifest").read_text())
    assert [(p["file"], len(p["inputs"]), p["records"]) for p in manifest["partitions"]][0] == (parts[0], 7, 7)
    again = run_dask_dataset(list(iter_paths([tmp_path / "in"])), f"{out}/", partition_files=7)
    assert (again.partitions, again.resumed, again.written, again.stale) == (6, 6, 0, [])
    dask_rows = dataset_rows(out)
    assert [r["doc_id"] for r in dask_rows] == [a.doc_id for a in articles()]  # parts in input order
    expected = comparable(parquet_rows(one_process, tmp_path / "one.parquet"))
    assert comparable(parquet_rows(pooled, tmp_path / "pool.parquet")) == expected
    assert comparable(dask_rows) == expected
    assert any(r["amounts"] for r in dask_rows)  # real extraction happened


def test_archive_dask_s3_to_s3_equals_the_local_run(tmp_path, nlp, s3, cluster):
    """corpus/ texts and a WARC crawl in a bucket of a real S3-compatible server, extracted by a
    2-worker LocalCluster into a Parquet dataset in the bucket: the records of a local run."""
    if s3 is None:
        pytest.skip("needs moto[server] and s3fs (the test extra)")
    import pandas as pd

    from extract.engines.dask_parquet import run_dask_dataset
    from extract.inputs.sources import iter_paths, read_paths
    from tests.archive import CORPUS_ARTICLES, corpus_texts, write_warc

    fs = s3.fs()
    fs.mkdir("news")
    corpus = tmp_path / "corpus"  # 8 of corpus/ articles: enough for 2 partitions, cheap on 2 shared cores
    corpus.mkdir()
    for f in sorted(CORPUS_ARTICLES.glob("c0*.txt"))[:8]:  # the c series: other batches (ben_, par_) sort around it
        (corpus / f.name).write_bytes(f.read_bytes())
    fs.put(f"{corpus}/", "news/corpus/", recursive=True)
    (tmp_path / "crawl").mkdir()
    write_warc(tmp_path / "crawl" / "crawl-00001.warc.gz", corpus_texts(3))
    fs.put(str(tmp_path / "crawl" / "crawl-00001.warc.gz"), "news/crawl/crawl-00001.warc.gz")

    files = list(iter_paths(["s3://news/corpus/", "s3://news/crawl/"]))
    n_files = 8 + 1
    assert len(files) == n_files and str(files[0]).startswith("s3://news/corpus/c001")
    summary = run_dask_dataset(files, "s3://news/records/", scheduler=cluster.scheduler_address, partition_files=5)
    assert summary.written == summary.partitions == -(-n_files // 5)
    assert summary.skipped == {"not HTML": 2, "not status 200": 1, "no article text": 1}
    assert fs.exists("news/records/_manifest")

    local = list(extract_articles(read_paths([corpus, tmp_path / "crawl"]), nlp))
    got = dataset_rows("news/records", fs)
    assert len(got) == n_files - 1 + 3 == summary.records
    assert comparable(got) == comparable(parquet_rows(local, tmp_path / "local.parquet"))
    assert len(pd.read_parquet("s3://news/records/")) == len(got)  # fsspec finds the server as the workers did
    dd = pytest.importorskip("dask.dataframe")
    assert len(dd.read_parquet("s3://news/records/").compute()) == len(got)


def test_archive_dask_dataset_killed_run_resumes_each_input_once(tmp_path, cluster):
    from extract.engines.dask_parquet import run_dask_dataset
    from extract.inputs.sources import iter_paths
    from tests.archive import CORPUS_ARTICLES

    inputs = tmp_path / "in"
    inputs.mkdir()
    for f in CORPUS_ARTICLES.glob("*.txt"):
        (inputs / f.name).write_bytes(f.read_bytes())
    n = len(list(inputs.iterdir()))
    out = tmp_path / "records"
    client = ("from extract.engines.dask_parquet import run_dask_dataset\nfrom extract.inputs.sources import iter_paths\n"
              f"run_dask_dataset(list(iter_paths([{str(inputs)!r}])), {str(out) + '/'!r}, "
              f"scheduler={cluster.scheduler_address!r}, partition_files=1)\n")
    proc = subprocess.Popen([sys.executable, "-c", client], cwd=Path(__file__).resolve().parents[1],
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(list(out.glob("part-*.parquet"))) < 3 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the client dies mid-run, as a crash or a lost SSH session would
        proc.wait()
    before = len(list(out.glob("part-*.parquet")))
    assert 3 <= before < n, "the client finished before it could be killed"
    assert not (out / "_manifest").exists()

    summary = run_dask_dataset(list(iter_paths([inputs])), f"{out}/", scheduler=cluster.scheduler_address,
                               partition_files=1)
    assert summary.resumed >= before and summary.resumed + summary.written == n and summary.written > 0
    doc_ids = [r["doc_id"] for r in dataset_rows(out)]
    assert sorted(doc_ids) == sorted(f.stem for f in inputs.iterdir())  # each input exactly once
    entries = json.loads((out / "_manifest").read_text())["partitions"]
    assert len(entries) == n and sum(1 for e in entries if e.get("written_earlier")) == summary.resumed
    again = run_dask_dataset(list(iter_paths([inputs])), f"{out}/", partition_files=1)  # no cluster needed
    assert (again.resumed, again.written) == (n, 0)


def test_archive_cli_s3_warc_to_s3_dataset_on_a_scheduler(tmp_path, s3, cluster):
    """The README's command: warta extract s3://.../ -o s3://.../ --engine dask --scheduler tcp://..."""
    if s3 is None:
        pytest.skip("needs moto[server] and s3fs (the test extra)")
    from typer.testing import CliRunner

    from cli import app
    from tests.archive import corpus_texts, write_warc

    fs = s3.fs()
    fs.mkdir("crawls")
    for i in range(2):
        write_warc(tmp_path / f"crawl-{i:05d}.warc.gz", corpus_texts(4)[2 * i:2 * i + 2])
    fs.put(f"{tmp_path}/", "crawls/news/", recursive=True)
    args = ["extract", "s3://crawls/news/", "-o", "s3://crawls/records/", "--engine", "dask",
            "--scheduler", cluster.scheduler_address]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "8 WARC records skipped" in result.stderr and "4 articles extracted by this run" in result.stderr
    names = sorted(p.rsplit("/", 1)[-1] for p in fs.ls("crawls/records/", detail=False))
    assert names[0] == "_manifest" and [n[:11] for n in names[1:]] == ["part-00000-", "part-00001-"]
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and "0 written, 2 already there" in again.stderr
