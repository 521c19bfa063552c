"""Organisation entities across articles (extract/components/entities.py, extract/outputs/entity_table.py, ``warta entities``).

The articles are short texts we wrote with real company and region names; they run through the
real pipeline, so ids come from the gazetteer and the records as warta writes them.
"""
from __future__ import annotations

import csv
import json
from typing import NamedTuple

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import ingest_texts
from extract import extract_articles
from extract.components.entities import resolve_record, resolver, slug
from extract.outputs.entity_table import COLUMNS, entity_rows
from extract.record import RECORD_SCHEMA
from extract.inputs.sources import articles_from_texts

ARTICLES = {
    "medan": "Medan - BRI Peduli menyalurkan bantuan CSR senilai Rp 250 juta kepada Koperasi Tani Sumber Makmur "
             "di Kabupaten Deli Serdang, Sumatera Utara, Senin (3/6/2024).",
    "deli": "Deli Serdang - PT Bank Rakyat Indonesia (Persero) Tbk menyalurkan dana TJSL Rp 1,2 miliar untuk "
            "pelatihan anggota Koperasi Tani Sumber Makmur di Kabupaten Deli Serdang, Sumatera Utara, "
            "Kamis (8/8/2024).",
    "cilacap": "Cilacap - PT Pertamina (Persero) RU IV Cilacap menyalurkan bantuan CSR Rp 300 juta kepada "
               "Kelompok Batik Sekar Jagad di Kabupaten Cilacap, Jawa Tengah, Selasa (5/3/2024).",
    "tarakan": "Tarakan - PT. Telkom Witel Kaltara menyalurkan bantuan CSR berupa 20 unit komputer kepada "
               "Koperasi Tani Sumber Makmur di Kota Tarakan, Kalimantan Utara, Rabu (6/3/2024).",
}


class Case(NamedTuple):
    name: str
    kind: str | None
    id: str
    parent: str | None
    unit: str | None
    clean: str  # the value's name afterwards


# name as an article writes it -> entity
RESOLVED = [
    Case("PT Bank Rakyat Indonesia (Persero) Tbk", "bank", "bri", None, None, "PT Bank Rakyat Indonesia (Persero) Tbk"),
    Case("Bank BRI", "bank", "bri", None, None, "Bank BRI"),
    Case("BRI Peduli", "foundation", "bri-peduli", "bri", None, "BRI Peduli"),
    Case("BRI Kanwil Medan", "bank", "bri", None, "Kanwil Medan", "BRI Kanwil Medan"),
    Case("Pertamina RU IV Cilacap", "company", "pertamina", None, "RU IV Cilacap", "Pertamina RU IV Cilacap"),
    Case("PT Pertamina (Persero) RU IV Cilacap", "company", "pertamina", None, "RU IV Cilacap",
         "PT Pertamina (Persero) RU IV Cilacap"),
    Case("PT. Telkom Witel Kaltara", "company", "telkom", None, "Witel Kaltara", "PT. Telkom Witel Kaltara"),
    Case("Bank Sumut Cabang Medan", "bank", "bank-sumut", None, "Cabang Medan", "Bank Sumut Cabang Medan"),
    Case("PT Semen Padang", "company", "semen-padang", "semen-indonesia", None, "PT Semen Padang"),
    # a title, a person or a village glued to a company's name is cut (it stays in aliases and evidence)
    Case("Bank BRI Direktur Utama Sunarso", "bank", "bri", None, None, "Bank BRI"),
    Case("PT Contoh Desa Sukamaju", "company", "org:contoh", None, None, "PT Contoh"),
    Case("PT Bumi Makmur General Manager Budi", "company", "org:bumi-makmur", None, None, "PT Bumi Makmur"),
    # a unit opens with a unit word, an acronym or a numeral; anything else after a known name is glue
    Case("Bank Tabungan Negara (BTN) Cabang Bangkalan", "bank", "btn", None, "Cabang Bangkalan",
         "Bank Tabungan Negara (BTN) Cabang Bangkalan"),
    Case("PT Semen Gresik (PTSG)", "company", "semen-gresik", "semen-indonesia", None, "PT Semen Gresik (PTSG)"),
    Case("PT Petrokimia Gresik (PT PG)", "company", "petrokimia-gresik", "pupuk-indonesia", None,
         "PT Petrokimia Gresik (PT PG)"),
    Case("PT Semen Indonesia Group (SIG)", "company", "semen-indonesia", None, None, "PT Semen Indonesia Group (SIG)"),
    Case("Bank Jateng Bedah 25 Rumah Tidak Layak Huni", "bank", "bank-jateng", None, None, "Bank Jateng"),
    Case("PT Bank Sumut Pusat Rp", "bank", "bank-sumut", None, None, "PT Bank Sumut"),
    Case("PT Jasa Raharja (Persero) Cabang", "company", "jasa-raharja", "ifg", None, "PT Jasa Raharja (Persero)"),
    # unknown organisations: the normalised name, whatever the case, punctuation, legal words or parentheses
    Case("PT Jasamarga Solo Ngawi (JSN)", "company", "org:jasamarga-solo-ngawi", None, None,
         "PT Jasamarga Solo Ngawi (JSN)"),
    Case("Koperasi Tani Sumber Makmur", "community", "org:koperasi-tani-sumber-makmur", None, None,
         "Koperasi Tani Sumber Makmur"),
    Case("KOPERASI TANI SUMBER MAKMUR.", "community", "org:koperasi-tani-sumber-makmur", None, None,
         "KOPERASI TANI SUMBER MAKMUR"),
]
# negatives: names that look like a unit or glue but are not
NOT_CHANGED = [
    Case("Kelompok Tani Desa Sukamaju", "community", "org:kelompok-tani-desa-sukamaju", None, None,
         "Kelompok Tani Desa Sukamaju"),  # a village in a community's own name
    Case("Dinas Koperasi dan UMKM Kabupaten Cilacap", "government", "org:dinas-koperasi-dan-umkm-kabupaten-cilacap",
         None, None, "Dinas Koperasi dan UMKM Kabupaten Cilacap"),
    Case("PT Bumi Makmur", "company", "org:bumi-makmur", None, None, "PT Bumi Makmur"),  # not a unit of Bumi Resources
    Case("PT Desa Wisata Nusantara", "company", "org:desa-wisata-nusantara", None, None, "PT Desa Wisata Nusantara"),
]


@pytest.mark.parametrize("case", RESOLVED + NOT_CHANGED, ids=lambda c: c.name)
def test_entity_of_a_name(case):
    got = resolver().resolve({"name": case.name, "kind": case.kind, "aliases": []})
    assert (got["id"], got["parent"], got["unit"], got["name"]) == (case.id, case.parent, case.unit, case.clean)


def test_entity_person_found_by_the_ner_is_cut():
    got = resolver().resolve({"name": "Koperasi Maju Jaya Andi Wijaya", "kind": "community"}, ["Andi Wijaya"])
    assert got["name"] == "Koperasi Maju Jaya" and got["id"] == "org:koperasi-maju-jaya"


# a name that runs on past its parenthesised acronym: what the parenthesis closes is all name, so a "person" the NER
# finds before it (mosque and school names are often labelled PER) cuts nothing; a person after the name still goes
ACRONYM_RUNS_ON = [
    # (name as found, the NER's persons, the name afterwards)
    ("Dewan Kemakmuran Masjid (DKM) Al-Ikhlas Hasan Basri", ["Masjid", "Hasan Basri"],
     "Dewan Kemakmuran Masjid (DKM) Al-Ikhlas"),
    ("Yayasan Pendidikan Islam (YPI) Nurul Falah Siti Aminah", ["Islam", "Siti Aminah"],
     "Yayasan Pendidikan Islam (YPI) Nurul Falah"),
    ("Yayasan Budi Luhur (YBL) Cabang Kendari", ["Budi Luhur"], "Yayasan Budi Luhur (YBL) Cabang Kendari"),
    # negatives: without a parenthesis the person is cut as before; after the parenthesis too
    ("Yayasan Pendidikan Nurul Falah Siti Aminah", ["Siti Aminah"], "Yayasan Pendidikan Nurul Falah"),
    ("Yayasan Amal Sejahtera (YAS) Budi Santoso", ["Budi Santoso"], "Yayasan Amal Sejahtera (YAS)"),
]


# a "person" right after a bare head is the institution's own name (flowers and saints read as people by the NER):
# "Posyandu Mawar" never becomes "Posyandu", so five posyandu of one list stay five entities
BARE_HEAD_KEEPS_ITS_NAME = [
    ("Posyandu Mawar", ["Mawar"], "Posyandu Mawar"),
    ("Posyandu Dahlia", ["Dahlia"], "Posyandu Dahlia"),
    ("Kelompok Nelayan Melati", ["Melati"], "Kelompok Nelayan Melati"),
    ("Kelompok Tenun Ina Bo'i", ["Ina Bo'i"], "Kelompok Tenun Ina Bo'i"),
    # negatives: a person after a longer name is still cut
    ("Posyandu Mawar Siti Aminah", ["Siti Aminah"], "Posyandu Mawar"),
    ("Kelompok Tani Sido Makmur Budi Santoso", ["Budi Santoso"], "Kelompok Tani Sido Makmur"),
]


# after a class name and its acronym ("Credit Union (CU)", "Balai Latihan Kerja (BLK)") the words are the body's own
# name: a one-word "person" of the NER there is one of its words, and a cut that would leave the class name alone is
# none (round s26, wst_003, wst_007)
CLASS_ACRONYM_THEN_NAME = [
    ("Credit Union (CU) Lantang Tipo", ["Tipo", "Credit Union"], "Credit Union (CU) Lantang Tipo"),
    ("Balai Latihan Kerja (BLK) Muara Enim", ["Muara Enim"], "Balai Latihan Kerja (BLK) Muara Enim"),
    ("Kelompok Wanita Tani (KWT) Sumber Rezeki", ["Rezeki"], "Kelompok Wanita Tani (KWT) Sumber Rezeki"),
    # negatives: a full name after the body's own name is still cut; after the body's own acronym, as before
    ("Kelompok Wanita Tani (KWT) Melati Siti Aminah", ["Siti Aminah"], "Kelompok Wanita Tani (KWT) Melati"),
    ("Yayasan Amal Sejahtera (YAS) Budi", ["Budi"], "Yayasan Amal Sejahtera (YAS)"),
]

# a unit written in English order, its place first ("Jambi Field", "Daops Siak" of the fire brigade): the unit stays,
# also where the NER takes "Jambi Field" for a person; other words after a known name are still glue
UNITS_AFTER_KNOWN = [
    ("PT Pertamina EP (PEP) Jambi Field", ["Jambi Field"], "pertamina-ep", "Jambi Field", "PT Pertamina EP (PEP) Jambi Field"),
    ("Pertamina EP Bunyu Field", [], "pertamina-ep", "Bunyu Field", "Pertamina EP Bunyu Field"),
    ("Manggala Agni Daops Siak", [], "manggala-agni", "Daops Siak", "Manggala Agni Daops Siak"),
    ("PT Pertamina EP Sukowati Field Manager", [], "pertamina-ep", "Sukowati Field", "PT Pertamina EP Sukowati Field"),
    # negatives: a headline run that only passes through "Field", a long run that ends in it
    ("Pertamina EP Jambi Hadiri Field Trip", [], "pertamina-ep", None, "Pertamina EP"),
    ("Bank BRI Gelar Lomba Lari di Sport Field", [], "bri", None, "Bank BRI"),
]


@pytest.mark.parametrize("name,persons,clean", CLASS_ACRONYM_THEN_NAME, ids=[c[0] for c in CLASS_ACRONYM_THEN_NAME])
def test_entity_class_acronym_then_own_name(name, persons, clean):
    kind = "foundation" if name.startswith("Yayasan") else "community"
    assert resolver().resolve({"name": name, "kind": kind}, persons)["name"] == clean


@pytest.mark.parametrize("name,persons,eid,unit,clean", UNITS_AFTER_KNOWN, ids=[c[0] for c in UNITS_AFTER_KNOWN])
def test_entity_unit_in_english_order(name, persons, eid, unit, clean):
    got = resolver().resolve({"name": name, "kind": "company"}, persons)
    assert (got["id"], got["unit"], got["name"]) == (eid, unit, clean)


@pytest.mark.parametrize("name,persons,clean", BARE_HEAD_KEEPS_ITS_NAME, ids=[c[0] for c in BARE_HEAD_KEEPS_ITS_NAME])
def test_entity_bare_head_keeps_its_name(name, persons, clean):
    assert resolver().resolve({"name": name, "kind": "community"}, persons)["name"] == clean


@pytest.mark.parametrize("name,persons,clean", ACRONYM_RUNS_ON, ids=[c[0] for c in ACRONYM_RUNS_ON])
def test_entity_name_runs_on_past_its_acronym(name, persons, clean):
    assert resolver().resolve({"name": name, "kind": "foundation"}, persons)["name"] == clean


def test_entity_slug_is_ascii_and_stable():
    assert slug("Koperasi  Élok-Jaya (Persero)") == "koperasi-elok-jaya"
    assert slug("CV. Maju Bersama") == slug("Maju Bersama") == "maju-bersama"


def test_entity_near_spellings_in_one_article_are_one():
    values = [{"name": "Koperasi Sumber Rezeki Makmur", "kind": "community", "evidence": [{"text": "a"}]},
              {"name": "Koperasi Sumber Rejeki Makmur", "kind": "community", "evidence": [{"text": "b"}]},
              {"name": "Koperasi Sumber Air", "kind": "community", "evidence": [{"text": "c"}]}]
    out = resolver().resolve_values(values)
    assert out[0]["id"] == out[1]["id"] != out[2]["id"]


def test_entity_values_of_one_id_are_merged():
    values = [{"name": "BRI", "aliases": [], "kind": "bank", "role": "giver", "confidence": 0.9,
               "evidence": [{"text": "BRI"}]},
              {"name": "Bank Rakyat Indonesia", "aliases": [], "kind": "bank", "role": "giver", "confidence": 0.8,
               "evidence": [{"text": "Bank Rakyat Indonesia"}]}]
    out = resolver().resolve_values(values)
    assert len(out) == 1 and len(out[0]["evidence"]) == 2 and "Bank Rakyat Indonesia" in out[0]["aliases"]


@pytest.fixture(scope="module")
def records(nlp):
    arts = articles_from_texts(list(ARTICLES.values()), list(ARTICLES))
    return [r.to_dict() for r in extract_articles(arts, nlp=nlp)]


def _orgs(rec):
    return {o["name"]: o for f in ("organizations", "partners") for o in rec[f]}


def test_entities_in_records_share_parent_and_ids(records):
    by_doc = {r["doc_id"]: r for r in records}
    peduli = _orgs(by_doc["medan"])["BRI Peduli"]
    bri = _orgs(by_doc["deli"])["PT Bank Rakyat Indonesia (Persero) Tbk"]
    assert peduli["parent"] == bri["id"] == "bri" and peduli["id"] == "bri-peduli"
    assert resolver().top(peduli["id"]) == resolver().top(bri["id"]) == "bri"
    # the unknown cooperative named in three articles: one id in each
    coop = {r["doc_id"]: o["id"] for r in records for o in r["partners"] if "Sumber Makmur" in o["name"]}
    assert set(coop) == {"medan", "deli", "tarakan"} and set(coop.values()) == {"org:koperasi-tani-sumber-makmur"}
    pertamina = by_doc["cilacap"]["organizations"][0]
    assert (pertamina["id"], pertamina["unit"], pertamina["canonical"]) == ("pertamina", "RU IV Cilacap",
                                                                           "PT Pertamina (Persero)")
    telkom = _orgs(by_doc["tarakan"])["PT. Telkom Witel Kaltara"]  # giver or partner: the roles' business
    assert (telkom["id"], telkom["unit"]) == ("telkom", "Witel Kaltara")


def test_entities_table(records):
    rows = {r["id"]: r for r in entity_rows(records)}
    coop = rows["org:koperasi-tani-sumber-makmur"]
    assert (coop["articles"], coop["as_giver"], coop["as_partner"]) == (3, 0, 3)
    assert coop["provinces"].split(" | ")[0] == "Sumatera Utara" and "Kalimantan Utara" in coop["provinces"]
    assert rows["bri"]["total_idr"] == 1.2e9 and rows["bri"]["group"] == "bri"
    assert rows["bri-peduli"]["parent"] == "bri" and rows["bri-peduli"]["group"] == "bri"
    assert rows["bri-peduli"]["median_idr"] == 250e6 and rows["bri-peduli"]["years"] == "2024"
    assert rows["pertamina"]["units"] == "RU IV Cilacap"


def test_entities_table_resolves_old_records():
    """Records written before entity ids get them on the way."""
    old = {"doc_id": "x", "organizations": [{"name": "Bank BRI", "aliases": [], "kind": "bank", "role": "giver"}],
           "partners": [], "locations": [], "amounts": []}
    assert resolve_record(dict(old))["organizations"][0]["id"] == "bri"
    assert [r["id"] for r in entity_rows([old])] == ["bri"]


def test_warta_entities_on_jsonl_and_on_a_store(records, tmp_path):
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = ingest_texts(ARTICLES, tmp_path)
    runner = CliRunner()
    tables = {}
    for source in (jsonl, db):
        out = tmp_path / f"{source.stem}-entities.csv"
        result = runner.invoke(app, ["entities", str(source), "-o", str(out)])
        assert result.exit_code == 0, result.output
        with out.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert list(rows[0]) == COLUMNS
        tables[source.suffix] = {r["id"]: (r["as_giver"], r["as_partner"], r["parent"]) for r in rows}
    assert tables[".jsonl"] == tables[".sqlite"]
    assert tables[".sqlite"]["bri-peduli"] == ("1", "0", "bri")
    out = tmp_path / "export-entities.csv"
    result = runner.invoke(app, ["export", "--db", str(db), "--entities", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as fh:
        assert {r["id"] for r in csv.DictReader(fh)} == set(tables[".sqlite"])


def test_entities_bad_input_says_why(tmp_path):
    result = CliRunner().invoke(app, ["entities", str(tmp_path / "none.jsonl")])
    assert result.exit_code != 0
    path = tmp_path / "r.jsonl"
    path.write_text('{"doc_id": "a"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["entities", str(path), "-o", str(tmp_path / "e.txt")])
    assert result.exit_code == 2 and "unknown entities format" in result.output


def test_schema_documents_entity_fields():
    org = RECORD_SCHEMA["properties"]["organizations"]["items"]["properties"]
    assert {"id", "canonical", "parent", "kind", "unit"} <= set(org)
    assert all(org[k].get("description") for k in ("id", "canonical", "parent", "unit"))


def test_exports_carry_entity_fields(records, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from extract.outputs.sinks import article_row, mention_rows, open_sink
    from extract.record import Record

    path = tmp_path / "r.parquet"
    sink = open_sink(path)
    for r in records:
        sink.write(Record.from_dict(r))
    sink.close()
    table = pq.read_table(path).to_pylist()
    givers = {o["id"]: o for row in table for o in row["organizations"]}
    assert givers["bri-peduli"]["parent"] == "bri" and givers["pertamina"]["unit"] == "RU IV Cilacap"
    row = article_row(next(r for r in records if r["doc_id"] == "medan"))
    assert row["organization_ids"] == "bri-peduli" and row["partner_ids"] == "org:koperasi-tani-sumber-makmur"
    mentions = [m for r in records for m in mention_rows(r) if m["field"] in ("organizations", "partners")]
    assert {"bri-peduli", "bri", "pertamina", "telkom"} <= {m["entity_id"] for m in mentions}


def test_gazetteer_rows_are_facts_with_sources_and_known_parents():
    from gazetteers import GAZETTEER_DIR
    from gazetteers.companies import OUR_LISTS, load_gazetteer, read_gazetteer

    rows = [e for name in OUR_LISTS for e in read_gazetteer(GAZETTEER_DIR / name)]
    gaz = load_gazetteer(())
    assert all(e.source for e in rows), [e.id for e in rows if not e.source]
    assert [e.id for e in rows if e.id not in gaz.entries] == []  # no row folded into another by a shared form
    assert [e.id for e in rows if e.parent and e.parent not in gaz.entries] == []
    kinds = {e.id: e.kind for e in rows}
    assert sum(k == "bpd" for k in kinds.values()) >= 26  # every regional development bank
    for foundation in ("baznas", "dompet-dhuafa", "tanoto-foundation", "djarum-foundation",
                       "putera-sampoerna-foundation", "astra-foundation", "bri-peduli"):
        assert kinds[foundation] == "foundation", foundation


# s27: a generic body of many regions keeps the region the article writes after its name; the region is its unit,
# ``canonical`` keeps the gazetteer's name. (name, aliases as the alias stage gives them) -> (name, id, unit)
REGIONAL_BODIES = [
    ("TP PKK Kabupaten Muara Enim", ["PKK"], "TP PKK Kabupaten Muara Enim", "pkk", "Kabupaten Muara Enim"),
    ("PMI Kabupaten Kapuas", ["Palang Merah Indonesia"], "PMI Kabupaten Kapuas", "pmi", "Kabupaten Kapuas"),
    ("PMI Sanggau", ["PMI"], "PMI Sanggau", "pmi", "Sanggau"),  # a regency's name alone
    ("KNPI Kota Palembang", [], "KNPI Kota Palembang", "knpi", "Kota Palembang"),
    ("BPBD Kab. Lahat", [], "BPBD Kab. Lahat", "bpbd", "Kab. Lahat"),
    ("Tim Penggerak PKK Desa Kalibaru Wetan", [], "Tim Penggerak PKK Desa Kalibaru Wetan", "pkk", "Desa Kalibaru Wetan"),
    ("Dekranasda Provinsi Sulawesi Selatan", [], "Dekranasda Provinsi Sulawesi Selatan", "dekranasda",
     "Provinsi Sulawesi Selatan"),
    ("Baznas Kabupaten Bengkalis", [], "Baznas Kabupaten Bengkalis", "baznas", "Kabupaten Bengkalis"),  # UU 23/2011
    # negatives: a company keeps cutting a village glued to it; a bare level word or a title is no region;
    # a national body with nothing after it stays as written
    ("Bank BRI Desa Sukamaju", [], "Bank BRI", "bri", None),
    ("PT Pertamina Kabupaten Cilacap", ["Pertamina"], "PT Pertamina", "pertamina", None),
    ("PMI Kabupaten", ["PMI"], "PMI", "pmi", None),
    ("PMI Ketua Budi Santoso", ["PMI"], "PMI", "pmi", None),
    ("PKK mengadakan", ["PKK"], "PKK", "pkk", None),
    ("Kementerian BUMN", [], "Kementerian BUMN", "kementerian-bumn", None),
    ("Kelompok Tani Desa Sukamaju", [], "Kelompok Tani Desa Sukamaju", "org:kelompok-tani-desa-sukamaju", None),
]


@pytest.mark.parametrize("name,aliases,clean,eid,unit", REGIONAL_BODIES, ids=[c[0] for c in REGIONAL_BODIES])
def test_entity_regional_body_keeps_its_region(name, aliases, clean, eid, unit):
    got = resolver().resolve({"name": name, "kind": None, "aliases": aliases})
    assert (got["name"], got["id"], got["unit"]) == (clean, eid, unit)
    if not eid.startswith("org:"):
        assert got["canonical"] == resolver().gaz.entries[eid].name


def test_entity_two_regions_of_one_body_stay_two(nlp):
    text = ("Sanggau - Bank Kalbar menyerahkan bantuan banjir kepada PMI Kabupaten Sanggau dan PMI Kabupaten Sekadau, "
            "Senin (3/3/2025). Bantuan diterima langsung oleh PMI Kabupaten Sanggau di posko banjir.")
    rec = next(iter(extract_articles(articles_from_texts([text], ["pmi"]), nlp=nlp))).to_dict()
    pmi = {o["name"]: o for o in rec["partners"] if o["id"] == "pmi"}
    assert set(pmi) == {"PMI Kabupaten Sanggau", "PMI Kabupaten Sekadau"}
    for o in pmi.values():
        assert o["unit"] == o["name"][len("PMI "):] and o["canonical"] == "Palang Merah Indonesia"
        assert all(text[e["start"]:e["end"]] == e["text"] for e in o["evidence"])


# s28 (h28nam): the NER's "person" that a cut would take from a name. A saint's title keeps the saint (rules/entities.toml
# open_ends); a "person" that is the last word of a regency's name stays with it (Resolver.inside_region); any other
# person after the name is still cut (negative rows)
PERSON_INSIDE_NAME = [
    ("Paroki Santo Yosef Denge", ["Yosef Denge"], "Paroki Santo Yosef Denge"),
    ("SMK Santo Aloisius Ruteng", ["Aloisius Ruteng"], "SMK Santo Aloisius Ruteng"),
    ("Kwarcab Pramuka Muara Enim", ["Enim"], "Kwarcab Pramuka Muara Enim"),
    ("Kwarcab Pramuka Tanjung Jabung Barat", ["Barat"], "Kwarcab Pramuka Tanjung Jabung Barat"),
    # negatives
    ("Komunitas Peduli Sungai Yosef Denge", ["Yosef Denge"], "Komunitas Peduli Sungai"),
    ("Yayasan Peduli Lahat Ahmad Rivai", ["Ahmad Rivai"], "Yayasan Peduli Lahat"),
]


@pytest.mark.parametrize("name,persons,clean", PERSON_INSIDE_NAME, ids=[c[0] for c in PERSON_INSIDE_NAME])
def test_entity_person_inside_a_name(name, persons, clean):
    assert resolver().resolve({"name": name, "kind": "mass_org"}, persons)["name"] == clean


# m28prt: an airport, air base or stadium named after a national hero keeps the hero's name (rules/entities.toml
# open_ends; nam_010, par_050, dat_004 ...); negatives: the hero's name after a word that is no facility, and a body
# that merely ends in the facility's words before the holder
PERSON_NAMED_FACILITY = [
    ("PT Angkasa Pura Indonesia (InJourney Airports) Kantor Cabang Bandara I Gusti Ngurah Rai",
     ["I Gusti Ngurah Rai"], "PT Angkasa Pura Indonesia (InJourney Airports) Kantor Cabang Bandara I Gusti Ngurah Rai"),
    ("Kantor Cabang Bandar Udara Sultan Hasanuddin", ["Sultan Hasanuddin"], "Kantor Cabang Bandar Udara Sultan Hasanuddin"),
    ("Pengelola Stadion Haji Agus Salim", ["Haji Agus Salim"], "Pengelola Stadion Haji Agus Salim"),
    # negatives
    ("Yayasan Peduli Bali I Gusti Ngurah Rai", ["I Gusti Ngurah Rai"], "Yayasan Peduli Bali"),
    ("Komunitas Pecinta Bandara Kita Budi Santoso", ["Budi Santoso"], "Komunitas Pecinta Bandara Kita"),
]


@pytest.mark.parametrize("name,persons,clean", PERSON_NAMED_FACILITY, ids=[c[0] for c in PERSON_NAMED_FACILITY])
def test_entity_person_named_facility(name, persons, clean):
    assert resolver().resolve({"name": name, "kind": "company"}, persons)["name"] == clean


# m28prt: an oil and gas contractor's unit named by its working area keeps the area as its unit (rules/organizations.toml
# area_named_companies; nam_002, nam_007); negatives: a place after another company stays glue, a headline verb after
# the area leaves the known name alone
AREA_NAMED = [
    ("Medco E&P Natuna Ltd", "Medco E&P Natuna Ltd", "Natuna"),
    ("Medco E&P Tarakan", "Medco E&P Tarakan", "Tarakan"),
    ("Pertamina EP Papua Field", "Pertamina EP Papua Field", "Papua Field"),
    # negatives
    ("Medco E&P Tarakan Bina", "Medco E&P", None),
    ("Bank Mandiri Makassar", "Bank Mandiri", None),
    ("Medco E&P Rehab 48 Rumah", "Medco E&P", None),
]


@pytest.mark.parametrize("name,clean,unit", AREA_NAMED, ids=[c[0] for c in AREA_NAMED])
def test_entity_area_named_unit(name, clean, unit):
    out = resolver().resolve({"name": name, "kind": "company"}, [])
    assert (out["name"], out["unit"]) == (clean, unit)


# round s29 (Aceh, Sumatra and the islands, docs/unseen_sum_s29.md). The NER's persons inside a body's name:
# - never inside the head ("Panglima Laot Lhok Idi Rayeuk": the NER's "Laot Lhok Idi Rayeuk");
# - a one-word person after a class acronym that is itself a head ("(Pokdakan) Lubuk Idaman") is a name word;
# - a one-word person right after a body's acronym that is a place the lists know ("(BPP) Candipuro") is its region.
# Negatives: a real person after the name is still cut (full name, or a word that is no place).
NER_PERSON_INSIDE_NAME_S29 = [
    ("Panglima Laot Lhok Idi Rayeuk", ["Laot Lhok Idi Rayeuk"], "community", "Panglima Laot Lhok Idi Rayeuk"),
    ("Panglima Laot Lhok Kuala Dua", ["Laot Lhok Kuala Dua"], "community", "Panglima Laot Lhok Kuala Dua"),
    ("Kelompok Pembudidaya Ikan (Pokdakan) Lubuk Idaman", ["Idaman"], "community",
     "Kelompok Pembudidaya Ikan (Pokdakan) Lubuk Idaman"),
    ("Balai Penyuluhan Pertanian (BPP) Candipuro", ["Candipuro"], "government", "Balai Penyuluhan Pertanian (BPP) Candipuro"),
    ("Balai Penyuluhan Pertanian (BPP) Landono", ["Landono"], "government", "Balai Penyuluhan Pertanian (BPP) Landono"),
    # negatives
    ("Panglima Laot Lhok Lampuuk Tgk Abdul Manaf", ["Tgk Abdul Manaf"], "community", "Panglima Laot Lhok Lampuuk"),
    ("Kelompok Pembudidaya Ikan (Pokdakan) Lubuk Idaman Suhardi Jaya", ["Suhardi Jaya"], "community",
     "Kelompok Pembudidaya Ikan (Pokdakan) Lubuk Idaman"),
    ("Balai Penyuluhan Pertanian (BPP) Wahyudi", ["Wahyudi"], "government", "Balai Penyuluhan Pertanian (BPP)"),
]


@pytest.mark.parametrize("name,persons,kind,clean", NER_PERSON_INSIDE_NAME_S29, ids=[c[0] for c in NER_PERSON_INSIDE_NAME_S29])
def test_entity_ner_person_inside_a_name(name, persons, kind, clean):
    assert resolver().resolve({"name": name, "kind": kind}, persons)["name"] == clean


# a known body of many regions keeps the region written after its acronym ("Palang Merah Indonesia (PMI) Kabupaten
# Bengkalis" is the PMI of Bengkalis, as "PMI Kabupaten Bengkalis" was); a person after the acronym is no region
REGION_AFTER_ACRONYM_S29 = [
    ("Palang Merah Indonesia (PMI) Kabupaten Bengkalis", "Palang Merah Indonesia (PMI) Kabupaten Bengkalis", "Kabupaten Bengkalis"),
    ("Himpunan Nelayan Seluruh Indonesia (HNSI) Kabupaten Natuna", "Himpunan Nelayan Seluruh Indonesia (HNSI) Kabupaten Natuna",
     "Kabupaten Natuna"),
    ("Badan Amil Zakat Nasional (Baznas) Kota Padang", "Badan Amil Zakat Nasional (Baznas) Kota Padang", "Kota Padang"),
    ("Komite Nasional Pemuda Indonesia (KNPI) Morowali", "Komite Nasional Pemuda Indonesia (KNPI) Morowali", "Morowali"),
    # negatives: nothing after the acronym, or no region there
    ("Palang Merah Indonesia (PMI)", "Palang Merah Indonesia (PMI)", None),
    ("Palang Merah Indonesia (PMI) Andi Wijaya", "Palang Merah Indonesia (PMI)", None),
]


@pytest.mark.parametrize("name,clean,unit", REGION_AFTER_ACRONYM_S29, ids=[c[0] for c in REGION_AFTER_ACRONYM_S29])
def test_entity_region_after_the_acronym(name, clean, unit):
    got = resolver().resolve({"name": name, "kind": "association"}, ["Andi Wijaya"])
    assert (got["name"], got["unit"]) == (clean, unit)


def test_entity_region_short_form_is_one_office():
    """"OJK Sultra" and "Otoritas Jasa Keuangan (OJK) Sulawesi Tenggara" are one office; two regions stay two."""
    values = [{"name": "Otoritas Jasa Keuangan (OJK) Sulawesi Tenggara", "kind": "government"},
              {"name": "OJK Sultra", "kind": "government"},
              {"name": "OJK Sulawesi Utara", "kind": "government"}]
    got = resolver().resolve_values(values)
    assert [v["name"] for v in got] == ["Otoritas Jasa Keuangan (OJK) Sulawesi Tenggara", "OJK Sulawesi Utara"]


# s29 (docs/unseen_pl3_s29.md): after a body's number comes its place, part of its name ("SMP Negeri 1 Pandawai",
# where the NER read the district Pandawai as a person elsewhere in the article); negatives: a person after a
# name with no number is still cut, and a number that is the first name word cuts nothing before it
PERSON_AFTER_A_NUMBER = [
    ("SMP Negeri 1 Pandawai", ["Pandawai"], "SMP Negeri 1 Pandawai"),
    ("SD Negeri 3 Lembang", ["Lembang"], "SD Negeri 3 Lembang"),
    ("SMPN 2 Kanatang", ["Kanatang"], "SMPN 2 Kanatang"),
    # negatives
    ("SMP Negeri Pandawai Yohanes Ndapa", ["Yohanes Ndapa"], "SMP Negeri Pandawai"),
    ("Yayasan Peduli Lahat Ahmad Rivai", ["Ahmad Rivai"], "Yayasan Peduli Lahat"),
]


@pytest.mark.parametrize("name,persons,clean", PERSON_AFTER_A_NUMBER, ids=[c[0] for c in PERSON_AFTER_A_NUMBER])
def test_entity_place_after_a_number_stays(name, persons, clean):
    assert resolver().resolve({"name": name, "kind": "education"}, persons)["name"] == clean
