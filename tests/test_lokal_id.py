"""lokal-id's rupiah parser is loaded without lokal's package __init__ (0.3 s of start-up),
and without leaving a half-imported ``lokal`` behind."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import ROOT


def run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    return out.stdout.strip()


def test_rupiah_without_the_package_init_and_no_trace_left():
    out = run("""
        import sys
        from gazetteers.lokal_id import lokal_module
        rupiah = lokal_module("rupiah")
        print(rupiah.parse_rupiah("Rp 1,5 miliar").amount)
        print(sorted(m for m in sys.modules if m == "lokal" or m.startswith("lokal.")))
        print("lokal.samaran.detectors" in sys.modules)
    """)
    assert out.splitlines() == ["1500000000", "[]", "False"]


def test_a_later_import_lokal_is_the_whole_package():
    out = run("""
        import extract.components.numbers
        import lokal
        print(lokal.rupiah.parse_rupiah("Rp200 juta").amount, lokal.is_valid_nik("3201234567890001") in (True, False))
        print(extract.components.numbers.parse_rupiah("Rp200 juta").amount)
    """)
    assert out.splitlines() == ["200000000 True", "200000000"]


def test_when_lokal_is_imported_already_its_own_module_is_used():
    out = run("""
        import lokal
        from gazetteers.lokal_id import lokal_module
        print(lokal_module("rupiah") is lokal.rupiah)
    """)
    assert out == "True"
