"""The learned role model: gold projection, training on a tiny hand-made set, the decision, and the
component in the pipeline. Every text here was written for these tests."""
from __future__ import annotations

import json

import pytest

from extract.components.org_model import CLASSES, MODEL_PATH, Featurizer, OrgModel, RoleModel, decide
from extract.training.project import coverage, entity_label, project
from extract.training.train_domain import CONTEXT_PREFIXES, VALIDATION, load_fit, train
from tests.conftest import need_shared

ARTICLE = ("PT Semen Indonesia (Persero) Tbk menyalurkan bantuan kepada KUB Sekar Gedog Lestari di Tuban. "
           "Semen Indonesia juga melatih anggota kub sekar gedog  lestari bersama Dekranasda Tuban.")
GOLD = {"organizations": [["PT Semen Indonesia (Persero) Tbk", "Semen Indonesia", "SIG"]],
        "partners": [["KUB Sekar Gedog Lestari", "Sekar Gedog Lestari"], ["Rumah BUMN Tuban"]],
        "optional": {"partners": [["Dekranasda Tuban"]], "organizations": []}}


# ---------------------------------------------------------------- projection
def test_projection_roles_longest_form_case_and_spacing():
    got = [(p.text, p.role) for p in project(ARTICLE, GOLD)]
    assert got == [("PT Semen Indonesia (Persero) Tbk", "giver"), ("KUB Sekar Gedog Lestari", "partner"),
                   ("Semen Indonesia", "giver"), ("kub sekar gedog  lestari", "partner"),
                   ("Dekranasda Tuban", "optional")]
    for p in project(ARTICLE, GOLD):  # offsets point into the text
        assert ARTICLE[p.start:p.end] == p.text


@pytest.mark.parametrize("text,found", [
    ("Nasabah BRI di Sleman menerima KUR.", ["BRI"]),
    ("Agen BRILink di Sleman melayani warga.", []),          # inside a longer word: no span
    ("Peneliti BRIN meninjau lokasi.", []),
    ("Bank Rakyat Indonesia\n(BRI) Cabang Sleman", ["Bank Rakyat Indonesia", "BRI"]),
])
def test_projection_word_boundaries(text, found):
    gold = {"organizations": [["Bank Rakyat Indonesia", "BRI"]]}
    assert [p.text for p in project(text, gold)] == found


def test_coverage_counts_gold_entities_found_in_text():
    assert coverage(ARTICLE, GOLD) == {"giver": 1, "giver_in_text": 1, "partner": 2, "partner_in_text": 1,
                                       "optional": 1, "optional_in_text": 1}


@pytest.mark.parametrize("names,label", [
    (["PT Semen Indonesia (Persero) Tbk"], "giver"),
    (["SIG Pabrik Tuban", "SIG"], "giver"),                  # an alias matches
    (["Kub Sekar Gedog Lestari"], "partner"),
    (["Dekranasda Tuban"], "optional"),
    (["Kelompok Usaha Bersama"], "none"),                    # generic noun
    (["RADARTUBAN.CO.ID"], "none"),                          # a news site
    (["KUB Sekar"], "none"),                                 # cut short: the scorer would not match it
])
def test_entity_label_as_the_scorer_counts(names, label):
    assert entity_label(names, GOLD) == label


# ---------------------------------------------------------------- training on a tiny set
def tiny_rows():
    rows = []
    for i in range(6):
        d = f"t{i}"
        rows += [
            {"doc_id": d, "label": "giver", "features": {"bias": 1, "rule=giver": 1, "R:menyalurkan": 1}},
            {"doc_id": d, "label": "partner", "features": {"bias": 1, "rule=partner": 1, "L:kepada": 1}},
            {"doc_id": d, "label": "none", "features": {"bias": 1, "rule=partner": 1, "web": 1}},
            {"doc_id": d, "label": "optional", "features": {"bias": 1, "web": 1, "R:menyalurkan": 1}},
        ]
    return rows


def test_training_learns_a_tiny_set_and_is_deterministic():
    a = train(tiny_rows(), l2=0.001, min_df=2, steps=400)
    b = train(tiny_rows(), l2=0.001, min_df=2, steps=400)
    assert a.to_dict() == b.to_dict()
    best = lambda f: max(a.probs(f).items(), key=lambda kv: kv[1])[0]  # noqa: E731
    assert best({"rule=giver": 1, "R:menyalurkan": 1}) == "giver"
    assert best({"rule=partner": 1, "L:kepada": 1}) == "partner"
    assert best({"rule=partner": 1, "web": 1}) == "none"
    # context words never vote for "none": whether a name is an organisation is not read from its neighbours
    assert all(w[CLASSES.index("none")] == 0.0 for k, w in a.weights.items() if k.startswith(CONTEXT_PREFIXES))


def test_rare_context_words_are_left_out():
    rows = tiny_rows()
    rows[0]["features"]["L:sekali"] = 1  # one article only
    model = train(rows, l2=0.001, min_df=2, steps=50)
    assert "L:sekali" not in model.weights and "L:kepada" in model.weights


# ---------------------------------------------------------------- the decision
P = {"a": {"giver": 0.5, "partner": 0.3, "none": 0.2}, "b": {"giver": 0.1, "partner": 0.35, "none": 0.55}}


@pytest.mark.parametrize("decision,blocked,want", [
    ({}, set(), {"a": "giver", "b": "none"}),
    ({"none_bias": -1.0}, set(), {"a": "giver", "b": "partner"}),         # dropping needs a clear lead
    ({"flip_margin": 0.3}, set(), {"a": "partner", "b": "none"}),          # a weak flip keeps the rules' role
    ({"cue_blocks_giver": True}, {"a"}, {"a": "partner", "b": "none"}),    # "bekerja sama dengan A"
    ({"min_prob": 0.52}, set(), {"a": "partner", "b": "none"}),            # a change needs the model this sure
    ({"min_prob": 1.01}, set(), {"a": "partner", "b": "partner"}),         # trained to defer: the rules stand
])
def test_decide(decision, blocked, want):
    assert decide(P, {"a": "partner", "b": "partner"}, decision, blocked) == want


def test_decide_keeps_a_giver_when_the_rules_had_one():
    probs = {"a": {"giver": 0.3, "partner": 0.6, "none": 0.1}, "b": {"giver": 0.1, "partner": 0.8, "none": 0.1}}
    assert decide(probs, {"a": "giver", "b": "partner"}, {"keep_giver": True}) == {"a": "giver", "b": "partner"}
    assert decide(probs, {"a": "giver", "b": "partner"}, {"keep_giver": False}) == {"a": "partner", "b": "partner"}


# ---------------------------------------------------------------- the component
TEXT = ("Bandung (ANTARA) - PT Bank Mandiri (Persero) Tbk menyalurkan bantuan CSR senilai Rp500 juta kepada "
        "Kelompok Tani Sumber Rejeki di Kabupaten Bandung Barat, Jawa Barat, Senin (3/3/2025). "
        "Program ini bekerja sama dengan Dinas Pertanian Kabupaten Bandung Barat. Ketua Kelompok Tani Sumber "
        "Rejeki, Asep Sunandar, mengatakan bantuan traktor dari Bank Mandiri sangat membantu petani.")


@pytest.fixture(scope="module")
def rules_nlp():
    from extract.pipeline import build_nlp

    return build_nlp(org_model=False)


def roles_of(doc):
    return {o.name: o.role for o in doc._.organizations}


def test_component_drops_what_the_model_calls_none_and_keeps_it_on_organizations_all(rules_nlp):
    doc = rules_nlp(TEXT)
    before = roles_of(doc)
    assert before.get("Kelompok Tani Sumber Rejeki") == "partner"
    model = RoleModel(CLASSES, {"head=kelompok": [0.0, 0.0, 9.0]}, [0.0, 1.0, 0.0], {})
    doc = OrgModel(rules_nlp, model)(doc)
    after = roles_of(doc)
    assert "Kelompok Tani Sumber Rejeki" not in after
    assert after["PT Bank Mandiri (Persero) Tbk"] == "giver"
    assert any(o.name == "Kelompok Tani Sumber Rejeki" for o in doc._.organizations_all)


def test_component_trained_to_defer_leaves_the_rules_roles_and_computes_nothing(rules_nlp):
    doc = rules_nlp(TEXT)
    before = roles_of(doc)
    model = RoleModel(CLASSES, {"head=kelompok": [0.0, 0.0, 9.0]}, [0.0, 1.0, 0.0], {"decision": {"min_prob": 1.01}})
    doc = OrgModel(rules_nlp, model)(doc)
    assert roles_of(doc) == before and doc._.org_model_probs is None


def test_component_flip_to_giver_carries_a_cue(rules_nlp):
    doc = rules_nlp(TEXT)
    model = RoleModel(CLASSES, {"head=dinas": [9.0, 0.0, 0.0], "rule=giver": [9.0, 0.0, 0.0]},
                      [0.0, 1.0, -5.0], {})
    doc = OrgModel(rules_nlp, model)(doc)
    dinas = [o for o in doc._.organizations if o.name.startswith("Dinas Pertanian")]
    assert dinas and all(o.role == "giver" and o.role_cue for o in dinas)


def test_features_read_cues_and_evidence(rules_nlp):
    doc = rules_nlp(TEXT)
    feats = Featurizer(rules_nlp)(doc)
    mandiri = next(f for e, f in feats.items() if "mandiri" in e)
    dinas = next(f for e, f in feats.items() if "dinas" in e)
    assert mandiri["rule=giver"] == 1.0 and "R:menyalurkan" in mandiri and "gaz" in mandiri and "L:dari" in mandiri
    assert "partner_cue_all" in dinas and "L:sama" in dinas and "head=dinas" in dinas


def test_shipped_model_on_an_article(nlp):
    if "warta_org_model" not in nlp.pipe_names:
        pytest.skip("no role model in models/ (or WARTA_ORG_MODEL points at none)")
    roles = roles_of(nlp(TEXT))
    assert roles["PT Bank Mandiri (Persero) Tbk"] == "giver"
    assert roles["Kelompok Tani Sumber Rejeki"] == "partner"
    assert roles["Dinas Pertanian Kabupaten Bandung Barat"] == "partner"


def test_pipeline_switch(rules_nlp):
    from extract.pipeline import build_nlp

    assert "warta_org_model" not in rules_nlp.pipe_names
    if MODEL_PATH.is_file():
        names = build_nlp(ner=False).pipe_names
        assert names.index("warta_org_model") == names.index("warta_roles") + 1


def test_shipped_model_is_small_data_with_its_command():
    if not MODEL_PATH.is_file():
        pytest.skip("no models/org_roles.json")
    assert MODEL_PATH.stat().st_size < 100_000
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["classes"] == list(CLASSES)
    assert data["meta"]["command"] == "python -m extract.training.train_domain"


def test_fit_data_never_holds_the_validation_split():
    shared = need_shared("corpus-dev")
    articles, gold = load_fit([shared])
    assert articles and not ({a.doc_id for a in articles} | set(gold)) & VALIDATION


def test_a_role_the_analysts_gazetteer_fixes_wins_over_the_model(tmp_path):
    from extract.pipeline import build_nlp

    if not MODEL_PATH.is_file():
        pytest.skip("no models/org_roles.json")
    path = tmp_path / "mine.csv"
    path.write_text("name,aliases,role\nKelompok Tani Sumber Rejeki,Sumber Rejeki,partner\n", encoding="utf-8")
    nlp = build_nlp(ner=False, gazetteers=[str(path)])
    doc = nlp(TEXT)
    comp = nlp.get_pipe("warta_org_model")
    comp.model = RoleModel(CLASSES, {"head=kelompok": [9.0, 0.0, 0.0]}, [0.0, 0.0, 0.0], {})
    fixed = doc._.org_fixed_roles or {}
    doc = comp(doc)
    kelompok = [o for o in doc._.organizations if o.name == "Kelompok Tani Sumber Rejeki"]
    assert fixed and kelompok and all(o.entity in fixed and o.role == "partner" for o in kelompok)


def test_projected_spans_are_written_without_the_text(tmp_path):
    from extract.article import Article
    from extract.training.train_domain import write_spans

    out = tmp_path / "spans.jsonl"
    write_spans([Article("x1", ARTICLE)], {"x1": GOLD}, out)
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["doc_id"] == "x1" and "text" not in rec
    assert [(s["text"], s["role"]) for s in rec["spans"]][:2] == [
        ("PT Semen Indonesia (Persero) Tbk", "giver"), ("KUB Sekar Gedog Lestari", "partner")]
