"""How long a cron re-run takes over a store of 10,000 ingested files.

Builds N small article files (from corpus/articles when it has any, else from
short clauses written here), ingests them once with a fast stub extractor that
stamps the current extractor version (``--pipeline``: the real spaCy pipeline,
slower), then times:

- the re-run through the library (``extract.storage.ingest.ingest``), nothing changed;
- the re-run through the CLI (``python cli.py ingest``), a fresh process: Python
  start, imports, walking the folder, one query, the run row; no model is built;
- a re-run after ``touch`` on 1% of the files (same bytes: hashed once, skipped);
- a re-run after 10 new files (extracted with the stub).

Usage: python bench/ingest_rerun.py [--files 10000] [--dir /tmp/warta-bench] [--pipeline]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.storage.ingest import current_version, ingest  # noqa: E402
from extract.record import build_record  # noqa: E402

CLAUSES = [
    "PT Semen Gresik menyalurkan bantuan Rp50 juta untuk 20 UMKM binaan di Kabupaten Rembang.",
    "Bank Jateng menyerahkan dana TJSL kepada kelompok tani di Desa Sumberejo, Senin (4/3/2024).",
    "Pertamina melatih 35 pengrajin batik di Kota Pekalongan lewat program pemberdayaan.",
    "PLN UID Jatim memberikan bantuan peralatan kepada 12 mitra binaan di Kecamatan Tuban.",
    "PT Bukit Asam menggelar pelatihan pengelolaan sampah bagi 40 warga Desa Tanjung Enim.",
]


def stub(version: str):
    def extract(articles):
        return [build_record(a, None, version) for a in articles]
    return extract


def sample_texts() -> list[str]:
    corpus = ROOT / "corpus" / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))] if corpus.is_dir() else []
    return texts or CLAUSES


def build_folder(folder: Path, n: int) -> None:
    texts = sample_texts()
    for i in range(n):
        sub = folder / f"{i // 1000:02d}"  # 1,000 files per folder, as a crawler would spread them
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:05d}.txt").write_text(f"{texts[i % len(texts)]}\n\nBerita nomor {i}.", encoding="utf-8")


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one, removed after)")
    ap.add_argument("--pipeline", action="store_true", help="first ingest with the spaCy pipeline, not the stub")
    args = ap.parse_args()

    work = args.dir or Path(tempfile.mkdtemp(prefix="warta-bench-"))
    folder, db = work / "articles", work / "bench.sqlite"
    try:
        shutil.rmtree(folder, ignore_errors=True)
        for p in work.glob("bench.sqlite*"):
            p.unlink()
        version = current_version()
        extractor = None if args.pipeline else stub(version)
        t_build, _ = timed(lambda: build_folder(folder, args.files))
        t_first, first = timed(lambda: ingest([folder], db, extractor=extractor, version=version))
        t_lib, lib = timed(lambda: ingest([folder], db, extractor=stub(version), version=version))
        cli = [sys.executable, str(ROOT / "cli.py"), "ingest", str(folder), "--db", str(db)]
        t_cli, proc = timed(lambda: subprocess.run(cli, capture_output=True, text=True, cwd=work))
        files = sorted(folder.rglob("*.txt"))
        now = time.time_ns()
        for p in files[:: 100]:
            os.utime(p, ns=(now, now))
        t_touch, touch = timed(lambda: ingest([folder], db, extractor=stub(version), version=version))
        t_again, again = timed(lambda: ingest([folder], db, extractor=stub(version), version=version))
        new = folder / "new"
        new.mkdir()
        for i in range(10):
            (new / f"n{i}.txt").write_text(f"{CLAUSES[i % len(CLAUSES)]} Kabar baru {i}.", encoding="utf-8")
        t_new, added = timed(lambda: ingest([folder], db, extractor=stub(version), version=version))

        rows = [
            (f"build {args.files:,} files", t_build, ""),
            ("first ingest (" + ("pipeline" if args.pipeline else "stub extractor") + ")", t_first, first.summary()),
            ("re-run, library, nothing changed", t_lib, lib.summary()),
            ("re-run, CLI process, nothing changed", t_cli, proc.stdout.strip() or proc.stderr.strip()),
            ("re-run after touch on 1% of files", t_touch, touch.summary()),
            ("re-run after that (stat remembered)", t_again, again.summary()),
            ("re-run with 10 new files (stub)", t_new, added.summary()),
        ]
        print(f"warta ingest re-run benchmark: {args.files:,} files, store {db.stat().st_size / 1e6:.1f} MB, "
              f"Python {sys.version.split()[0]}")
        print(f"{'step':<42} {'seconds':>8}  result")
        for name, secs, result in rows:
            print(f"{name:<42} {secs:>8.2f}  {result}")
        if proc.returncode != 0:
            sys.exit(f"the CLI re-run failed ({proc.returncode}): {proc.stderr}")
    finally:
        if args.dir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
