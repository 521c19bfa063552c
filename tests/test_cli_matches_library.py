"""The command line and the library give the same record for the same text.

s30 saw ``Cabang Dinas ...`` lose ``Cabang`` "only through the CLI": the CLI run there was the venv's ``warta``
console script, whose editable install maps ``cli``, ``extract`` and ``rules`` to the main checkout, while the
library calls ran the worktree's code (docs/names_s31.md). This runs the checkout's own ``cli.py`` in a
subprocess, in-process and with worker processes, and compares each record with the library's."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "cd1": ("PIM Salurkan Beasiswa untuk 40 Pelajar Lhokseumawe\n\n"
            "LHOKSEUMAWE - PT Pupuk Iskandar Muda (PIM) menyalurkan beasiswa pendidikan senilai Rp200 juta kepada 40 "
            "pelajar SMA dari keluarga kurang mampu di Kota Lhokseumawe, Kamis (13/11/2025).\n\n"
            "Seleksi penerima dilakukan bersama Cabang Dinas Pendidikan Wilayah Lhokseumawe, yang merekomendasikan "
            "nama-nama siswa dari data sekolah.\n\nEditor: Rahmat Hidayat"),
    "cd2": ("BUNGKU - PT Vale Indonesia Tbk menyerahkan bantuan peralatan praktik kepada SMK Negeri 1 Bahodopi, "
            "Selasa (4/11/2025). Penyerahan disaksikan Kepala Cabang Dinas Pendidikan Wilayah V Sulawesi Tengah, "
            "Andi Mappatoba, dan para guru."),
}


def records_without_source(lines):
    out = {}
    for line in lines:
        rec = json.loads(line) if isinstance(line, str) else line
        rec.pop("source", None)
        out[rec["doc_id"]] = rec
    return out


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_subprocess_record_equals_library_record(tmp_path, workers):
    from extract import extract_paths

    folder = tmp_path / "artikel"
    folder.mkdir()
    for doc_id, text in ARTICLES.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(folder), "-o", str(out),
                           "--workers", workers, "--no-progress"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr
    cli = records_without_source(out.read_text(encoding="utf-8").splitlines())
    lib = records_without_source(json.loads(json.dumps(r.to_dict())) for r in extract_paths([folder]))
    assert sorted(cli) == sorted(lib) == sorted(ARTICLES)
    for doc_id in ARTICLES:
        assert cli[doc_id] == lib[doc_id], doc_id
    # the branch office keeps its Cabang in both (the s30 symptom)
    assert "Cabang Dinas Pendidikan Wilayah Lhokseumawe" in [p["name"] for p in cli["cd1"]["partners"]]
    assert "Cabang Dinas Pendidikan Wilayah Lhokseumawe" in [p["name"] for p in lib["cd1"]["partners"]]
