"""Organisation and partner classes left open by the blind batches (docs/leftovers_orgs_r2.md): regulators that only
comment, councils that debate CSR, a giver's programme brand in a headline, law titles, reading rooms, English
names, river-basin units, regional chapters and names that end on a connector. Clauses written for these tests
(real-looking Indonesian, real regions and companies), each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import Names, Roles, assert_roles


ROLES = [
    # a financial regulator that only sets the rules or comments is no partner
    Roles("Bank NTT menyalurkan bantuan CSR perahu kepada Kelompok Nelayan Sinar Lamalera. Rasio kredit bermasalah "
          "masih di bawah batas yang ditetapkan Otoritas Jasa Keuangan (OJK). Kepala OJK NTT, Japarmen Manalu, "
          "mengatakan kinerja bank daerah itu stabil.",
          ["Bank NTT"], ["Kelompok Nelayan Sinar Lamalera"]),
    Roles("Bank Sulteng menyerahkan bantuan CSR kepada Koperasi Nelayan Teluk Palu. Kepala Bank Indonesia Perwakilan "
          "Provinsi Sulawesi Tengah, Dedi Pramono, mengatakan inflasi Palu terkendali.",
          ["Bank Sulteng"], ["Koperasi Nelayan Teluk Palu"]),
    # negatives: a regulator that runs the programme with the giver stays a partner
    Roles("Bank Sultra bersama Otoritas Jasa Keuangan (OJK) Sulawesi Tenggara menggelar pelatihan literasi keuangan "
          "untuk pedagang Pasar Sentral Kendari.",
          ["Bank Sultra"], ["Otoritas Jasa Keuangan (OJK) Sulawesi Tenggara"]),
    Roles("Bank Kalbar, OJK dan BI Dampingi UMKM Perempuan di Sambas\nBantuan CSR Bank Kalbar diserahkan kepada "
          "50 pelaku UMKM.",
          ["Bank Kalbar"], ["OJK", "BI"]),
    # a council of representatives debates CSR, it gives nothing; with no giver it is no partner either (s28,
    # roles.py: a partner takes part in someone's programme)
    Roles("Panitia Khusus (Pansus) Rancangan Peraturan Daerah tentang Tanggung Jawab Sosial dan Lingkungan Perusahaan "
          "DPRD Kabupaten Banggai menggelar rapat dengar pendapat tentang dana CSR perusahaan tambang.",
          [], []),
    Roles("DPRD Kota Kupang Desak Pemkot Bentuk Forum CSR\nKomisi II DPRD Kota Kupang meminta data program CSR "
          "perusahaan di Kota Kupang.",
          [], []),
    # negative: a company gives in front of the council
    Roles("PT Vale Indonesia menyerahkan bantuan CSR senilai Rp 2 miliar kepada Pemerintah Desa Nuha, disaksikan "
          "Ketua DPRD Kabupaten Luwu Timur.",
          ["PT Vale Indonesia"], ["Pemerintah Desa Nuha", "DPRD Kabupaten Luwu Timur"]),
    # the giver's programme brand used as the headline's actor is no second giver
    Roles("BRI Peduli Serahkan Ambulans untuk Warga Selo\nPT Bank Rakyat Indonesia (Persero) Tbk melalui program "
          "BRI Peduli menyerahkan satu unit ambulans kepada Pemerintah Desa Samiran.",
          ["PT Bank Rakyat Indonesia (Persero) Tbk"], ["Pemerintah Desa Samiran"]),
    # negative: the foundation itself hands the aid over
    Roles("Yayasan BRI Peduli menyerahkan bantuan beasiswa kepada SMA Negeri 1 Boyolali.",
          ["Yayasan BRI Peduli"], ["SMA Negeri 1 Boyolali"]),
]


@pytest.mark.parametrize("case", ROLES, ids=lambda c: c.text[:60])
def test_leftover_roles(nlp, case):
    assert_roles(nlp, case.text, case.givers, case.partners)


NAMES = [
    # the title of a law or regulation opens no body
    Names("Kewajiban itu diatur Undang-Undang Nomor 40 Tahun 2007 dan Peraturan Pemerintah Nomor 47 Tahun 2012.", []),
    Names("Laporan keberlanjutan disusun sesuai Peraturan Otoritas Jasa Keuangan Nomor 51 Tahun 2017.", []),
    # negative: the government itself, with no law word before it
    Names("Bantuan diterima Pemerintah Kabupaten Sleman untuk warga terdampak.", ["Pemerintah Kabupaten Sleman"]),
    # community reading rooms; "Baca" continues a name after Taman or Rumah
    Names("Buku diserahkan kepada Komunitas Taman Baca Flobamora di Kupang.", ["Komunitas Taman Baca Flobamora"]),
    Names("Laptop diberikan kepada Rumah Baca Cahaya Pesisir di Kampung Nasem.", ["Rumah Baca Cahaya Pesisir"]),
    # negative: "Baca juga" after a name still ends it
    Names("Bantuan diterima Kelompok Tani Sido Rukun Baca juga: Harga Gabah Turun", ["Kelompok Tani Sido Rukun"]),
    # "and" joins an English name
    Names("PT Tanjung Enim Lestari Pulp and Paper (PT TEL) menyerahkan bibit karet.",
          ["PT Tanjung Enim Lestari Pulp and Paper (PT TEL)"]),
    # a national unit named by its river basin keeps the basin's name
    Names("Bibit dipilih bersama Balai Pengelolaan Daerah Aliran Sungai (BPDAS) Unda Anyar di Denpasar.",
          ["Balai Pengelolaan Daerah Aliran Sungai (BPDAS) Unda Anyar"]),
    # negative: no basin name after it
    Names("Bibit dipilih bersama Balai Pengelolaan Daerah Aliran Sungai (BPDAS) untuk lahan kritis.",
          ["Balai Pengelolaan Daerah Aliran Sungai (BPDAS)"]),
    # a health body's chapter takes a known region, never a person
    Names("Ambulans diserahkan kepada Palang Merah Indonesia (PMI) Kabupaten Kapuas di Kuala Kapuas.",
          ["Palang Merah Indonesia (PMI) Kabupaten Kapuas"]),
    Names("Ambulans diterima PMI Budi Santoso selaku ketua.", ["PMI"]),
]


@pytest.mark.parametrize("case", NAMES, ids=lambda c: c.text[:50])
def test_leftover_names(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# a "person" (the NER's) right after a connector, a region level or a unit word is the name's own word
@pytest.mark.parametrize("name,person,expected", [
    ("Dinas Lingkungan Hidup dan Kebersihan", "Kebersihan", "Dinas Lingkungan Hidup dan Kebersihan"),
    ("Dinas Kelautan dan Perikanan Kabupaten Merauke", "Merauke", "Dinas Kelautan dan Perikanan Kabupaten Merauke"),
    ("GKI Klasis Sentani", "Sentani", "GKI Klasis Sentani"),
    # negative: a person after a complete name is still cut
    ("Dinas Kelautan dan Perikanan Kabupaten Merauke Yulius Gebze", "Yulius Gebze",
     "Dinas Kelautan dan Perikanan Kabupaten Merauke"),
])
def test_no_person_cut_after_an_open_end(name, person, expected):
    from extract.components.entities import Resolver
    from gazetteers.companies import load_gazetteer

    resolved = Resolver(load_gazetteer()).resolve({"name": name, "kind": "government"}, persons=[person])
    assert resolved["name"] == expected
