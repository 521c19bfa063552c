"""Partner forms of regional CSR news from Java, Bali and Madura (blind batch jav_001-jav_014, docs/unseen_jav_s26.md):
Bali's customary bodies, a kalurahan's enterprise, village waste units, a shared head said once over a list of named
bodies, a group coordinated after a government body, a class acronym before a village name, regional unit names with
"Bagian", "PP" for a pesantren, a count before a head, and a person's age after a group's name. Clauses written for
these tests (real-looking Indonesian, real regions and companies), each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import Names, Roles, assert_roles

NAMES = [
    # Bali's customary institutions (Perda Bali 4/2019): banjar adat, sekaa, LPD named by its desa adat
    Names("Bank BPD Bali menyerahkan dana kepada Banjar Adat Tegallalang Kaja di Gianyar.",
          ["Bank BPD Bali", "Banjar Adat Tegallalang Kaja"]),
    Names("Gamelan diterima Sekaa Gong Eka Wakya dari Ubud.", ["Sekaa Gong Eka Wakya"]),
    Names("Dana disalurkan melalui LPD Desa Adat Kuta kepada krama.", ["LPD Desa Adat Kuta"]),
    Names("Kafe dikelola krama melalui Lembaga Perkreditan Desa (LPD) Desa Adat Jimbaran.",
          ["Lembaga Perkreditan Desa (LPD) Desa Adat Jimbaran"]),
    Names("Perawatan embung diserahkan kepada BUMKal Sumber Rejeki di Kapanewon Playen.", ["BUMKal Sumber Rejeki"]),
    Names("Mesin pencacah diserahkan kepada TPS3R Bersinar Desa Cikahuripan.", ["TPS3R Bersinar"]),
    # negatives: a sekaa or banjar with no name of its own; a group's own head before its desa adat stays short
    Names("BRI Bantu Gamelan untuk Sekaa Gong di Gianyar", ["BRI"]),
    Names("Kelompok Tani Sari Desa Adat Bantas menerima bibit.", ["Kelompok Tani Sari", "Desa Adat Bantas"]),
    # a class acronym alone before a village: the village names the group
    Names("Paket wisata disusun Kelompok Sadar Wisata (Pokdarwis) Desa Pemuteran.",
          ["Kelompok Sadar Wisata (Pokdarwis) Desa Pemuteran"]),
    Names("Bibit diterima Kelompok Wanita Tani (KWT) Desa Sumberejo.", ["Kelompok Wanita Tani (KWT) Desa Sumberejo"]),
    # negative: after a name of its own the village is where the group is ("SMP Negeri 20 Desa Terjun" likewise)
    Names("Bibit diterima Kelompok Wanita Tani (KWT) Melati Desa Sumberejo.", ["Kelompok Wanita Tani (KWT) Melati"]),
    # a group head after "dan" ends a government body's name; an office's field (Koperasi) goes on with it
    Names("Badan Pengelola Kawasan Wisata Jatiluwih dan Kelompok Tani Subak Sari ikut hadir.",
          ["Badan Pengelola Kawasan Wisata Jatiluwih", "Kelompok Tani Subak Sari"]),
    Names("Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Klaten hadir.",
          ["Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Klaten"]),
    # "Bagian" before a compass point is part of a region in a unit's name; before a division it ends the name
    Names("PT Pertamina Patra Niaga Regional Jawa Bagian Barat (JBB) menyerahkan bantuan.",
          ["PT Pertamina Patra Niaga Regional Jawa Bagian Barat (JBB)"]),
    Names("Kata Kepala PT Sinar Tekstil Bagian Umum Budi Santoso.", ["PT Sinar Tekstil"]),
    # "PP" heads a pesantren, never a regulation
    Names("Bantuan diserahkan kepada PP Salafiyah Syafi'iyah Sukorejo di Situbondo.", ["PP Salafiyah Syafi'iyah Sukorejo"]),
    Names("Kewajiban TJSL diatur dalam PP Nomor 47 Tahun 2012.", []),
    Names("Sesuai PP 47/2012, perseroan wajib menjalankan TJSL.", []),
    # a count before a capitalised head is no name
    Names("PLN Pasang PLTS di Dua Pesantren Kabupaten Jember", ["PLN"]),
    Names("Bantuan untuk 12 Kelompok Tani Kecamatan Dawe diserahkan Rabu.", []),
    # negative: a year before a head is no count
    Names("Pada November 2022 Kelompok Tani Sido Mulyo menerima traktor.", ["Kelompok Tani Sido Mulyo"]),
]


@pytest.mark.parametrize("case", NAMES, ids=lambda c: c.text[:50])
def test_java_bali_body_names(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


ROLES = [
    # the head said once over a comma list closed by "dan": every name is a body of that head
    Roles("PT KAI Daop 8 Surabaya menyerahkan alat kesehatan kepada Posyandu Kenari, Cempaka Putih, Seruni, dan "
          "Bakung di Desa Wonokromo.",
          ["PT KAI Daop 8 Surabaya"], ["Posyandu Kenari", "Posyandu Cempaka Putih", "Posyandu Seruni", "Posyandu Bakung"]),
    Roles("Indocement menyalurkan bantuan ke Bank Sampah Mekar Sari, Tunas Hijau dan Sekar Wangi di Citeureup.",
          ["Indocement"], ["Bank Sampah Mekar Sari", "Bank Sampah Tunas Hijau", "Bank Sampah Sekar Wangi"]),
    # negatives: a comma apposition (a village) and a list of other bodies add no posyandu
    Roles("PT KAI Daop 8 Surabaya menyerahkan alat kesehatan kepada Posyandu Kenari, Desa Wonokromo, dan Puskesmas "
          "Jagir.",
          ["PT KAI Daop 8 Surabaya"], ["Posyandu Kenari", "Puskesmas Jagir"]),
    Roles("PT KAI Daop 8 Surabaya menyerahkan alat kesehatan kepada Posyandu Kenari, Wonokromo, Dinas Kesehatan "
          "Kota Surabaya dan Puskesmas Jagir.",
          ["PT KAI Daop 8 Surabaya"], ["Posyandu Kenari", "Dinas Kesehatan Kota Surabaya", "Puskesmas Jagir"]),
    # a person's age in brackets: the group's name ends where the article writes it elsewhere
    Roles("PT Semen Gresik menyalurkan bantuan CSR berupa biogas kepada Kelompok Ternak Margo Rukun. Ketua Kelompok Ternak Margo Rukun "
          "Sukadi (54) mengatakan anggota kini hemat elpiji.",
          ["PT Semen Gresik"], ["Kelompok Ternak Margo Rukun"]),
]


@pytest.mark.parametrize("case", ROLES, ids=lambda c: c.text[:50])
def test_java_bali_partner_roles(nlp, case):
    assert_roles(nlp, case.text, case.givers, case.partners)


# a person (the NER's) after a group's class acronym is the group's own name: heads and a class acronym are no name
@pytest.mark.parametrize("name, person, kind, expected", [
    ("Kelompok Wanita Tani (KWT) Srikandi Wonotirto", "Srikandi Wonotirto", "community",
     "Kelompok Wanita Tani (KWT) Srikandi Wonotirto"),
    ("Koperasi Pondok Pesantren (Kopontren) Nurul Iman", "Nurul Iman", "community",
     "Koperasi Pondok Pesantren (Kopontren) Nurul Iman"),
    # negative: after a name of its own and its acronym, a person glued on is still cut
    ("PT Sinar Makmur Abadi (SMA) Budi Santoso", "Budi Santoso", "company", "PT Sinar Makmur Abadi (SMA)"),
])
def test_a_class_acronym_keeps_the_group_name(name, person, kind, expected):
    from extract.components.entities import Resolver
    from gazetteers.companies import load_gazetteer

    assert Resolver(load_gazetteer()).resolve({"name": name, "kind": kind}, persons=[person])["name"] == expected
