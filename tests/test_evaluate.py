"""``warta evaluate`` uses the same matching rules as the contract's score.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluate import FIELDS, evaluate, norm_name
from tests.conftest import need_shared

FIX = Path(__file__).parent / "fixtures"
GOLD, PRED = FIX / "eval_gold.jsonl", FIX / "eval_pred.jsonl"

# Worked out by hand from the matching rules (see the fixture files).
EXPECTED = {  # field: (tp, fp, fn)
    "organizations": (1, 0, 1),   # SIG matched twice counts once; PTBA missed; Bank Jateng optional
    "partners": (1, 1, 1),        # fuzzy "Sunging" matches; Ansor Agripreneur optional; Pemkab Tuban extra
    "locations": (3, 0, 2),       # Tangerang matches one of Kota/Kabupaten Tangerang only; Cilacap missed
    "dates": (1, 1, 1),           # 2025-11-21 optional, 2025-11-19 extra, f3's date missed
    "amounts": (2, 1, 1),         # within 0.5 %; USD sum given as IDR is extra and the USD one missed
    "beneficiaries": (1, 1, 2),   # 12 optional, 7 extra; 5 kelompok and 60 UMKM missed
}


def test_evaluate_counts_match_the_rules():
    table, _ = evaluate(GOLD, PRED)
    assert {f: (table[f]["tp"], table[f]["fp"], table[f]["fn"]) for f in FIELDS} == EXPECTED


@pytest.mark.parametrize("raw,normal", [("PT Semen Indonesia (Persero) Tbk.", "semen indonesia"),
                                        ("Kabupaten Ogan Ilir", "ogan ilir"), ("Kec. Lawang Kidul", "lawang kidul")])
def test_evaluate_norm_name(raw, normal):
    assert norm_name(raw) == normal


def test_evaluate_agrees_with_contract_scorer():
    scorer = need_shared("contract", "score.py")
    out = subprocess.run([sys.executable, str(scorer), str(GOLD), str(PRED), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    ours, _ = evaluate(GOLD, PRED)
    for f in FIELDS:
        assert {k: ours[f][k] for k in ("tp", "fp", "fn")} == {k: theirs[f][k] for k in ("tp", "fp", "fn")}
        assert ours[f]["f1"] == pytest.approx(theirs[f]["f1"])
    assert ours["macro_f1"] == pytest.approx(theirs["macro_f1"])
