"""Name leftovers of round s29 (docs/names_s29.md): church bodies, a council's acronym with the press's short
region, the Islamic non-formal school after "dan". Clauses written for these tests (real-looking Indonesian, real
regions, churches and companies; people invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import Names

# a congregation's council named by its class noun alone ("Majelis Jemaat") is every congregation's: no body of its
# own; with the congregation's name after it, it is one
CHURCH_COUNCILS = [
    Names("Ketua Majelis Jemaat GPM Hutumuri, Pdt. Yohanis Latuheru, berterima kasih atas bantuan Bank Maluku Malut.",
          ["Majelis Jemaat GPM Hutumuri", "Bank Maluku Malut"]),
    Names("Bank Papua menyerahkan bantuan kepada Majelis Jemaat Efata Sentani untuk pembangunan pastori.",
          ["Bank Papua", "Majelis Jemaat Efata Sentani"]),
    # negatives: the class noun alone, after a title or as a receiver
    Names("Ketua Majelis Jemaat, Pdt. Yohanis Latuheru, berterima kasih atas bantuan Bank Maluku Malut.",
          ["Bank Maluku Malut"]),
    Names("Bank NTT menyerahkan bantuan CSR kepada Majelis Jemaat untuk renovasi gedung kebaktian di Desa Oekabiti.",
          ["Bank NTT"]),
    Names("Warga dan majelis jemaat bergotong royong membersihkan gereja.", []),
]


@pytest.mark.parametrize("case", CHURCH_COUNCILS, ids=lambda c: c.text[:50])
def test_names_s29(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# a council's or a group's acronym then its region as the press shortens it (Kalbar, Sultra): the same body as its
# full name in the article; the acronym of a body of another region stays apart
ACRONYM_AND_REGION = [
    ("Bank Kalbar menyalurkan CSR kepada Dewan Adat Dayak Kalimantan Barat. Ketua DAD Kalbar, Yakobus, mengapresiasi "
     "bantuan itu.", ["Dewan Adat Dayak Kalimantan Barat"]),
    ("Bank Kalbar menyalurkan CSR kepada Dewan Adat Dayak Kalimantan Barat. Ketua DAD Kalimantan Barat, Yakobus, "
     "mengapresiasi bantuan itu.", ["Dewan Adat Dayak Kalimantan Barat"]),
    ("Bank Sultra menyalurkan CSR kepada Himpunan Nelayan Seluruh Indonesia Sulawesi Tenggara. Ketua HNSI Sultra, "
     "La Ode Ali, mengapresiasi bantuan itu.", ["Himpunan Nelayan Seluruh Indonesia Sulawesi Tenggara"]),
    # negative: another province's council
    ("Bank Kalbar menyalurkan CSR kepada Dewan Adat Dayak Kalimantan Tengah. Ketua DAD Kalbar, Yakobus, ikut hadir.",
     ["Dewan Adat Dayak Kalimantan Tengah", "DAD Kalbar"]),
]


@pytest.mark.parametrize("text,partners", ACRONYM_AND_REGION, ids=lambda c: str(c)[:50])
def test_acronym_and_region_s29(nlp, text, partners):
    orgs = nlp(text)._.organizations
    assert list(dict.fromkeys(o.name for o in orgs if o.role == "partner")) == partners


# a head of five tokens ("Taman Pendidikan Al-Qur'an": Al - Qur'an) opens a second body after "dan", as "TPQ" does
SCHOOL_AFTER_DAN = [
    Names("PT Semen Padang menyerahkan bantuan kepada Pondok Pesantren Nurul Huda dan Taman Pendidikan Al-Qur'an "
          "Al-Ikhlas di Padang.", ["PT Semen Padang", "Pondok Pesantren Nurul Huda", "Taman Pendidikan Al-Qur'an Al-Ikhlas"]),
    Names("PT Semen Padang menyerahkan bantuan kepada Pondok Pesantren Nurul Huda dan TPQ Al-Ikhlas di Padang.",
          ["PT Semen Padang", "Pondok Pesantren Nurul Huda", "TPQ Al-Ikhlas"]),
    # negative: "dan" inside an office's name still joins
    Names("Bantuan diserahkan Dinas Perindustrian dan Perdagangan Kabupaten Padang Pariaman.",
          ["Dinas Perindustrian dan Perdagangan Kabupaten Padang Pariaman"]),
]


@pytest.mark.parametrize("case", SCHOOL_AFTER_DAN, ids=lambda c: c.text[:50])
def test_school_after_dan_s29(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# a class of body that every mosque, village, river basin or regency has, written out before its acronym
# (rules/entities.toml class_names): the NER's "person" right after the acronym is the body's own name, so the printed
# name keeps it; a person after the body's own name is still cut, and so is one after a named body's acronym
CLASS_NAME_THEN_OWN_NAME = [
    ("Badan Kemakmuran Masjid (BKM) Nurul Huda", ["Nurul Huda"], "community", "Badan Kemakmuran Masjid (BKM) Nurul Huda"),
    ("Lembaga Pemberdayaan Masyarakat (LPM) Kelurahan Alalak Selatan", ["Alalak Selatan"], "community",
     "Lembaga Pemberdayaan Masyarakat (LPM) Kelurahan Alalak Selatan"),
    ("Kelompok Pembudidaya Ikan (Pokdakan) Mina Lestari", ["Mina Lestari"], "community",
     "Kelompok Pembudidaya Ikan (Pokdakan) Mina Lestari"),
    ("Majelis Jemaat Efata Sentani", ["Efata Sentani"], "foundation", "Majelis Jemaat Efata Sentani"),
    # negatives
    ("Badan Kemakmuran Masjid (BKM) Nurul Huda Ahmad Syukri", ["Ahmad Syukri"], "community",
     "Badan Kemakmuran Masjid (BKM) Nurul Huda"),
    ("Yayasan Amal Sejahtera (YAS) Budi Santoso", ["Budi Santoso"], "foundation", "Yayasan Amal Sejahtera (YAS)"),
]


@pytest.mark.parametrize("name,persons,kind,clean", CLASS_NAME_THEN_OWN_NAME, ids=[c[0] for c in CLASS_NAME_THEN_OWN_NAME])
def test_class_name_then_own_name_s29(name, persons, kind, clean):
    from extract.components.entities import resolver

    assert resolver().resolve({"name": name, "kind": kind}, persons)["name"] == clean


# "Pemilik" (owner) before a shop's name at a sentence start is the person's title, as "Owner" and "Ketua" are: the
# shop's name starts after it
OWNER_BEFORE_SHOP = [
    Names("Bank Sumut menyerahkan oven kepada Sinar Jaya Bakery. Pemilik Sinar Jaya Bakery, Lisna br Sitorus, mengaku "
          "senang.", ["Bank Sumut", "Sinar Jaya Bakery", "Sinar Jaya Bakery"]),
    Names("Pemilik Anugrah Catering, Hj Rosmiati, mengatakan pesanan naik.", ["Anugrah Catering"]),
    # negatives: the owner of no named business; a shop named without the title
    Names("Pemilik usaha, Budi, mengatakan omzet naik.", []),
    Names("Mawar Catering menerima bantuan oven dari Bank Sumut.", ["Mawar Catering", "Bank Sumut"]),
]


@pytest.mark.parametrize("case", OWNER_BEFORE_SHOP, ids=lambda c: c.text[:50])
def test_owner_before_shop_s29(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names
