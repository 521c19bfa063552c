"""bench/quality.py --bootstrap: intervals from articles resampled within fit and within validation."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from conftest import need_shared

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
quality = pytest.importorskip("quality")


@pytest.fixture(scope="module")
def scorer():
    path = need_shared("contract", "score.py")
    spec = importlib.util.spec_from_file_location("warta_contract_score_q", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def record(doc_id: str, partners: list[str], gold: bool = False) -> dict:
    """A record as warta writes it, or as gold lines are (each gold name a list of its accepted forms)."""
    names = (lambda xs: [[x] for x in xs]) if gold else list
    return {"doc_id": doc_id, "organizations": names(["PT Bukit Asam Tbk"]), "partners": names(partners),
            "locations": [], "dates": [], "amounts": [], "beneficiaries": []}


def parts_and_pred(val_right: int, val_wrong: int):
    fit = {f"f{i}": record(f"f{i}", ["Kelompok Tani Sido Makmur Bersama"], gold=True) for i in range(20)}
    val = {f"v{i}": record(f"v{i}", ["KWT Melati Sorowako"], gold=True) for i in range(val_right + val_wrong)}
    pred = {k: record(k, ["Kelompok Tani Sido Makmur Bersama"]) for k in fit}
    pred |= {f"v{i}": record(f"v{i}", ["KWT Melati Sorowako"] if i < val_right else ["Bank Sulselbar"])
             for i in range(val_right + val_wrong)}
    return {"fit": fit, "validation": val}, pred


def test_a_validation_all_wrong_gives_a_gap_of_one_with_no_spread(scorer):
    parts, pred = parts_and_pred(0, 10)
    iv = quality.bootstrap(scorer, parts, pred, ("organizations", "partners"), rounds=200)
    assert iv["partners"]["validation"] == (0.0, 0.0)
    assert iv["partners"]["gap"] == (1.0, 1.0)
    assert iv["organizations"]["gap"] == (0.0, 0.0)


def test_a_half_right_validation_gives_an_interval_around_its_figure(scorer):
    parts, pred = parts_and_pred(5, 5)
    table = scorer.score(parts["validation"], pred)[0]
    low, high = quality.bootstrap(scorer, parts, pred, ("partners",), rounds=500)["partners"]["validation"]
    assert low < table["partners"]["f1"] < high  # 0.5: five right, five extra, five missed
    assert 0.0 <= low and high <= 1.0 and high - low > 0.2  # ten articles are few


def test_the_resampling_is_seeded(scorer):
    parts, pred = parts_and_pred(6, 4)
    first = quality.bootstrap(scorer, parts, pred, ("partners",), rounds=100)
    assert first == quality.bootstrap(scorer, parts, pred, ("partners",), rounds=100)
