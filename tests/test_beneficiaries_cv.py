"""The learned-decision ablation's scoring and features (extract/training/beneficiary_cv.py)."""
from __future__ import annotations

from extract.components.beneficiaries import BeneficiaryFinder
from extract.components.numbers import number_rules
from extract.training.beneficiary_cv import features, set_f1
from rules import load_rules


def test_set_f1_counts_each_value_once_and_optional_values_neutral():
    gold = {"a": {"beneficiaries": [{"count": 30}, {"count": 5}], "optional": {"beneficiaries": [{"count": 6}]}},
            "b": {"beneficiaries": [{"count": 100}]}}
    got = set_f1(gold, {"a": {30, 6, 12}, "b": set()})
    assert (got["tp"], got["fp"], got["fn"]) == (1, 1, 2)  # 6 is optional: neither rewarded nor penalised
    assert got["f1"] == round(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3), 4)


def test_features_name_the_cue_the_noun_and_the_rules_decision():
    finder = BeneficiaryFinder(load_rules("beneficiaries"), number_rules())
    text = "Bantuan gerobak diserahkan kepada sekitar 30 penjaja sayur. Tahun 2019 ada 5 ton beras."
    found = []
    first, second, third = [m for m in finder.pattern.finditer(text)][:3]
    f1 = features(finder, text, first, found, [])
    assert f1["w1=penjaja"] and f1["approx"] and "rule" not in f1 and "w1_in_unit" not in f1
    assert "p1=sekitar" in f1
    f2 = features(finder, text, second, found, [])
    assert f2["year_like"] and f2["p1_in_not_before"]
    f3 = features(finder, text, third, found, [])
    assert f3["w1=ton"] and f3["w1_in_not_recipient"]
