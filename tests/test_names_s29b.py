"""Name leftovers of round s29, second pass (docs/names_s29b.md): a group's head, a type noun, then the group's own
name that the NER reads as a person. Clauses written for these tests (real-looking Indonesian, real regions and
companies; groups and people invented), each table with negatives."""
from __future__ import annotations

import pytest

# a person is written right after a body's name with no comma only as the holder of an office in it ("Ketua Kelompok
# Tani Melati Siti Aminah"); with no office title before any mention (or with the holder set off by a comma), the
# NER's "person" after a group's head and type noun is the group's own name, and the printed name keeps it
GROUP_NAME_READ_AS_PERSON = [
    ("Klaster bernama Kelompok Usaha Rendang Bundo Saiyo menerima bantuan BRI untuk kemasan.",
     ["BRI", "Kelompok Usaha Rendang Bundo Saiyo"]),
    ("PT Pertamina menyerahkan bantuan kepada Koperasi Perajin Kerawang Tawar Sedenge di Aceh Tengah.",
     ["Koperasi Perajin Kerawang Tawar Sedenge", "PT Pertamina"]),
    ("Ketua Kelompok Nelayan Tuna Madani Daruba, Safrudin Umar, berterima kasih atas bantuan PT Pertamina.",
     ["Kelompok Nelayan Tuna Madani Daruba", "PT Pertamina"]),
    # negatives: the person after a comma is no part of the name; an office holder right after the name is cut
    ("Ketua Kelompok Usaha Rendang, Bundo Saiyo, mengatakan bantuan BRI membantu produksi.",
     ["BRI", "Kelompok Usaha Rendang"]),
    ("Ketua Kelompok Tani Melati Siti Aminah mengatakan bantuan Bank Jateng membantu petani.",
     ["Bank Jateng", "Kelompok Tani Melati"]),
    ("Bank Jateng menyerahkan bantuan kepada Kelompok Tani Melati. Ketua Kelompok Tani Melati Siti Aminah berterima "
     "kasih.", ["Bank Jateng", "Kelompok Tani Melati"]),
]


@pytest.mark.parametrize("text,names", GROUP_NAME_READ_AS_PERSON, ids=lambda c: str(c)[:50])
def test_group_name_read_as_person(nlp, text, names):
    assert sorted({v["name"] for v in nlp(text)._.org_entities.values()}) == names


# the same at the resolver, with the titled flag given or read from the value's evidence
RESOLVED = [
    ({"name": "Kelompok Pembudidaya Kepiting Bakau Beujroh Ban Sigom", "kind": "community", "titled": False},
     ["Bakau Beujroh Ban Sigom"], "Kelompok Pembudidaya Kepiting Bakau Beujroh Ban Sigom"),
    ({"name": "Kelompok Pelestari Pesisir Bakau Lestari", "kind": "community", "evidence": [
        {"text": "Kelompok Pelestari Pesisir Bakau Lestari", "sentence": "Penanaman melibatkan Kelompok Pelestari "
         "Pesisir Bakau Lestari, pelajar, serta personel Pos TNI AL Pangkep."}]},
     ["Bakau Lestari"], "Kelompok Pelestari Pesisir Bakau Lestari"),
    # negatives: an office title before a mention; a body that is no group (a foundation); nothing known (no evidence)
    ({"name": "Kelompok Pelestari Pesisir Bakau Lestari", "kind": "community", "evidence": [
        {"text": "Kelompok Pelestari Pesisir", "sentence": "Pengurus Kelompok Pelestari Pesisir Bakau Lestari hadir."}]},
     ["Bakau Lestari"], "Kelompok Pelestari Pesisir"),
    ({"name": "Yayasan Bina Insani Budi Santoso", "kind": "foundation", "titled": False},
     ["Budi Santoso"], "Yayasan Bina Insani"),
    ({"name": "Kelompok Tani Melati Siti Aminah", "kind": "community"}, ["Siti Aminah"], "Kelompok Tani Melati"),
]


@pytest.mark.parametrize("value,persons,clean", RESOLVED, ids=[c[0]["name"] for c in RESOLVED])
def test_group_name_resolved(value, persons, clean):
    from extract.components.entities import resolver

    assert resolver().resolve(value, persons)["name"] == clean


# a synod church's congregation or district ("Jemaat", "Klasis") after the church's known name is its unit: printed
# whole (the congregation's name runs to the end; only a title still cuts), and the congregation's council ("Majelis
# Jemaat X") named in the same article is that unit's body, not a second partner
GKI = "Gereja Kristen Injili di Tanah Papua (GKI) Jemaat Efata Sentani"
CHURCH_UNITS = [
    ({"name": GKI, "kind": "mass_org"}, ["Efata Sentani"], (GKI, "Jemaat Efata Sentani")),
    ({"name": "Gereja Masehi Injili di Minahasa (GMIM) Jemaat Imanuel Marinsow", "kind": "mass_org"}, ["Marinsow"],
     ("Gereja Masehi Injili di Minahasa (GMIM) Jemaat Imanuel Marinsow", "Jemaat Imanuel Marinsow")),
    ({"name": "Gereja Kristen Injili di Tanah Papua (GKI) Klasis Sentani", "kind": "mass_org"}, ["Sentani"],
     ("Gereja Kristen Injili di Tanah Papua (GKI) Klasis Sentani", "Klasis Sentani")),
    # negatives: a title after the congregation still cuts; a programme glued to the bare church is no unit
    ({"name": GKI + " Ketua Yan Ayomi", "kind": "mass_org"}, ["Yan Ayomi"], (GKI, "Jemaat Efata Sentani")),
    ({"name": "Gereja Kristen Injili di Tanah Papua Terima Bantuan", "kind": "mass_org"}, [],
     ("Gereja Kristen Injili di Tanah Papua", None)),
]


@pytest.mark.parametrize("value,persons,expected", CHURCH_UNITS, ids=[c[0]["name"] for c in CHURCH_UNITS])
def test_church_units(value, persons, expected):
    from extract.components.entities import resolver

    got = resolver().resolve(value, persons)
    assert (got["name"], got["unit"]) == expected


COUNCILS = [
    ("Majelis Jemaat Efata Sentani", [GKI]),
    # negatives: another congregation's council; a council with no known church's unit beside it
    ("Majelis Jemaat Bukit Zaitun Doyo", [GKI, "Majelis Jemaat Bukit Zaitun Doyo"]),
    ("Majelis Jemaat Efata", [GKI, "Majelis Jemaat Efata"]),
]


@pytest.mark.parametrize("council,names", COUNCILS, ids=[c[0] for c in COUNCILS])
def test_congregation_council_joins_its_congregation(council, names):
    from extract.components.entities import resolver

    values = [{"name": GKI, "kind": "mass_org"}, {"name": council, "kind": "religious"}]
    assert [v["name"] for v in resolver().resolve_values(values, ["Efata Sentani"])] == names


# a district's council beside the district written alone (no church's name before it): one body
def test_district_council_joins_its_district():
    from extract.components.entities import resolver

    values = [{"name": "Klasis Amarasi Timur", "kind": "religious"}, {"name": "Majelis Klasis Amarasi Timur",
                                                                      "kind": "religious"}]
    assert [v["name"] for v in resolver().resolve_values(values)] == ["Klasis Amarasi Timur"]
    values[1] = {"name": "Majelis Klasis Amarasi Barat", "kind": "religious"}  # negative: another district
    assert len(resolver().resolve_values(values)) == 2
