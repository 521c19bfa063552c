"""The learned partner filter (extract/components/partner_filter.py) and its leave-one-batch-out trainer."""
from __future__ import annotations

import json

import numpy as np
import pytest

from extract.components.partner_filter import ENV_VAR, MODEL_PATH, PartnerFilter, PartnerFilterModel, setting
from extract.training.partner_filter_cv import batch_of, candidates, fit

TEXT = ("PONTIANAK, KOMPAS.com - PT Bank Kalbar menyalurkan bantuan CSR senilai Rp350 juta kepada Koperasi Produsen "
        "Borneo Lestari dan Kelompok Wanita Tani Melati Jaya di Kabupaten Sambas, Kalimantan Barat, Selasa (4/3/2025). "
        "Program ini bekerja sama dengan Dinas Pertanian Kabupaten Sambas. Ketua KWT Melati Jaya, Siti Aminah, "
        "mengatakan bantuan mesin pengering dari Bank Kalbar sangat membantu anggota kelompok.")


@pytest.fixture(scope="module")
def rules_nlp():
    from extract.pipeline import build_nlp

    return build_nlp(org_model=False, partner_filter=False)


def roles_of(doc):
    return {o.name: o.role for o in doc._.organizations}


@pytest.mark.parametrize("doc_id, batch", [
    ("000_25007721c0ad2120", "seeds"),         # a seed
    ("d012", "dev_d001"), ("d118", "dev_d101"),  # the two halves of corpus-dev's fit part
    ("c007_bank_ntt", "c"),
    ("par_001_kpc_kutim", "par1"), ("par_056_neg_x", "par1"), ("par_057_pim", "par2"),
    ("par_145_ptba", "par7"), ("par_168_bank_kalteng", "par8"),
    ("ben_024_x", "ben1"), ("ben_025_x", "ben2"),
    ("prs_003_x", "prs"), ("gv3_014_x", "gv3"),  # one batch per prefix when written in one round
])
def test_batches_follow_the_corpus_readme_rounds(doc_id, batch):
    assert batch_of(doc_id) == batch


def test_candidates_are_the_rules_partners_labelled_by_the_scorer():
    rows = [{"doc_id": "d001", "entity": "a", "rule": "partner", "label": "partner", "features": {}},
            {"doc_id": "d001", "entity": "b", "rule": "partner", "label": "none", "features": {}},
            {"doc_id": "d001", "entity": "c", "rule": "partner", "label": "giver", "features": {}},
            {"doc_id": "d001", "entity": "d", "rule": "partner", "label": "optional", "features": {}},
            {"doc_id": "d001", "entity": "e", "rule": "giver", "label": "none", "features": {}}]
    assert [(c["entity"], c["y"]) for c in candidates(rows)] == [("a", 1), ("b", 0), ("c", 0), ("d", None)]


def test_logistic_fit_separates_and_is_deterministic():
    x = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.0, 1.0], [1.0, 0.0]])
    y = np.array([1.0, 1.0, 0.0, 0.0, 1.0])
    w1, b1 = fit(x, y, l2=0.001)
    w2, b2 = fit(x, y, l2=0.001)
    assert np.array_equal(w1, w2) and b1 == b2
    p = 1 / (1 + np.exp(-(x @ w1 + b1)))
    assert (p[y == 1] > 0.8).all() and (p[y == 0] < 0.2).all()


def test_model_probability_and_round_trip(tmp_path):
    m = PartnerFilterModel({"head=koperasi": -6.0, "partner_cue": 2.0}, 1.0, 0.5, {"command": "x"})
    assert m.keep_prob({"head=koperasi": 1.0}) < 0.01
    assert m.keep_prob({"partner_cue": 1.0}) > 0.95
    assert m.keep_prob({}) == pytest.approx(1 / (1 + np.exp(-1.0)))
    path = tmp_path / "m.json"
    path.write_text(json.dumps(m.to_dict()))
    assert PartnerFilterModel.from_dict(json.loads(path.read_text())) == m


def test_component_drops_a_partner_below_the_threshold_and_never_a_giver(rules_nlp):
    doc = rules_nlp(TEXT)
    before = roles_of(doc)
    assert before.get("Koperasi Produsen Borneo Lestari") == "partner"
    assert before.get("Kelompok Wanita Tani Melati Jaya") == "partner"
    assert before.get("PT Bank Kalbar") == "giver"
    # a model that drops every koperasi and every name the rules call a giver (the latter must be ignored)
    model = PartnerFilterModel({"head=koperasi": -9.0, "rule=giver": -9.0}, 2.0, 0.5, {})
    doc = PartnerFilter(rules_nlp, model)(doc)
    after = roles_of(doc)
    assert "Koperasi Produsen Borneo Lestari" not in after
    assert after.get("Kelompok Wanita Tani Melati Jaya") == "partner"
    assert after.get("PT Bank Kalbar") == "giver"
    assert any(o.name == "Koperasi Produsen Borneo Lestari" for o in doc._.organizations_all)
    assert doc._.partner_keep_probs and min(doc._.partner_keep_probs.values()) < 0.5


def test_component_with_threshold_zero_changes_nothing(rules_nlp):
    doc = rules_nlp(TEXT)
    before = roles_of(doc)
    doc = PartnerFilter(rules_nlp, PartnerFilterModel({"head=koperasi": -9.0}, 0.0, 0.0, {}))(doc)
    assert roles_of(doc) == before and doc._.partner_keep_probs is None


@pytest.mark.parametrize("value, on", [("", False), ("0", False), ("off", False), ("1", True), ("on", True),
                                       ("/nonexistent/model.json", False)])
def test_setting(monkeypatch, value, on):
    monkeypatch.setenv(ENV_VAR, value)
    assert (setting() is not None) == (on and MODEL_PATH.is_file())
    assert setting(False) is None


def test_setting_adds_the_component(monkeypatch):
    from extract.pipeline import build_nlp

    if not MODEL_PATH.is_file():
        pytest.skip("no models/partner_filter.json")
    monkeypatch.setenv(ENV_VAR, "0")
    assert "warta_partner_filter" not in build_nlp(ner=False).pipe_names
    assert "warta_partner_filter" in build_nlp(ner=False, partner_filter=True).pipe_names
    monkeypatch.setenv(ENV_VAR, "1")
    assert "warta_partner_filter" in build_nlp(ner=False).pipe_names


def test_shipped_model_is_small_and_says_how_it_was_trained():
    if not MODEL_PATH.is_file():
        pytest.skip("no models/partner_filter.json")
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert MODEL_PATH.stat().st_size < 200_000
    assert data["meta"]["command"].startswith("python -m extract.training.partner_filter_cv")
    assert 0.0 <= data["threshold"] < 1.0
