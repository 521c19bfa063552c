"""Classes of the blind batch gv10_001-014 (givers, tenth kind; docs/unseen_gv10_s34.md) fixed in round s34, on clauses
written for these tests (real-looking Indonesian, real companies and places; people, groups and figures invented),
each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import Names, Roles, assert_roles

# a list of givers opened by "Mereka adalah" right after a sentence whose subject is a counted group of companies with
# an active giving verb (gv10_008; rules/roles.toml [lists] group_pronouns, group_active_prefixes)
GROUP_PRONOUN_LISTS = [
    Roles("Tiga BUMN menyalurkan bantuan untuk korban banjir di Kabupaten Luwu, Senin (3/11/2025). Mereka adalah PT Bank "
          "Mandiri (Persero) Tbk, PT Semen Tonasa dan PT Pelabuhan Indonesia (Persero).",
          ["PT Bank Mandiri (Persero) Tbk", "PT Semen Tonasa", "PT Pelabuhan Indonesia (Persero)"], []),
    Roles("Dua BUMN menyalurkan bantuan bagi nelayan Kota Bitung. Mereka yakni PT Pertamina Patra Niaga dan PT Bank "
          "Negara Indonesia (Persero) Tbk.", ["PT Pertamina Patra Niaga", "PT Bank Negara Indonesia (Persero) Tbk"], []),
]
# negatives: a counted group that receives (a passive verb, or no group noun of companies) names recipients
GROUP_PRONOUN_LISTS_NOT = [
    Roles("Dua perusahaan rintisan dibina PT Telkom Indonesia lewat program CSR di Kota Bandung. Mereka adalah CV Kopi "
          "Kita dan CV Batik Sunda.", ["PT Telkom Indonesia"], ["CV Kopi Kita", "CV Batik Sunda"]),
    Roles("Tiga kelompok tani menerima bantuan bibit dari PT Vale Indonesia Tbk. Mereka adalah Kelompok Tani Maju, "
          "Kelompok Tani Subur dan Kelompok Tani Harapan.", ["PT Vale Indonesia Tbk"],
          ["Kelompok Tani Maju", "Kelompok Tani Subur", "Kelompok Tani Harapan"]),
]


@pytest.mark.parametrize("row", GROUP_PRONOUN_LISTS + GROUP_PRONOUN_LISTS_NOT, ids=lambda r: r.text[:50])
def test_a_list_after_mereka_names_the_counted_givers(nlp, row):
    assert_roles(nlp, row.text, row.givers, row.partners)


# "A berkolaborasi dengan B ... Kedua perusahaan masing-masing mengucurkan Rp X": the subject and the partner of a
# cue of working together are the two that a giving "kedua" takes back (gv10_010; roles.py joint_pairs)
COLLABORATION_PAIRS = [
    Roles("PT Pertamina Patra Niaga berkolaborasi dengan PT Bank Pembangunan Daerah Sulawesi Tengah (Bank Sulteng) "
          "membina kelompok perempuan di Donggala. Kedua perusahaan masing-masing mengucurkan dana CSR Rp150 juta.",
          ["PT Pertamina Patra Niaga", "PT Bank Pembangunan Daerah Sulawesi Tengah (Bank Sulteng)"], []),
    Roles("PT Bank Mandiri (Persero) Tbk bersinergi dengan PT Telkom Indonesia merenovasi sekolah di Kota Kupang. "
          "Kedua BUMN menggelontorkan dana CSR Rp500 juta.", ["PT Bank Mandiri (Persero) Tbk", "PT Telkom Indonesia"], []),
]
# negatives: no "kedua" that gives (the money is the subject's; "kedua pihak" only sign)
COLLABORATION_PAIRS_NOT = [
    Roles("PT Semen Padang bekerja sama dengan PT Bank Nagari melatih 30 perajin di Kota Padang. Dana pelatihan Rp200 "
          "juta dari CSR Semen Padang.", ["PT Semen Padang"], ["PT Bank Nagari"]),
    Roles("PT Bank Mandiri (Persero) Tbk bersinergi dengan PT Telkom Indonesia merenovasi sekolah di Kota Kupang lewat "
          "program CSR. Kedua pihak menandatangani nota kesepahaman.", ["PT Bank Mandiri (Persero) Tbk"],
          ["PT Telkom Indonesia"]),
]


@pytest.mark.parametrize("row", COLLABORATION_PAIRS + COLLABORATION_PAIRS_NOT, ids=lambda r: r.text[:50])
def test_a_collaborator_that_kedua_takes_back_gives(nlp, row):
    assert_roles(nlp, row.text, row.givers, row.partners)


# a body named only as where a person works ("bekerja [sebagai <job>] di X", gv10_012) or as the owner of a utility
# network ("jaringan PLN", gv10_004, pl7_004) takes no part (rules/roles.toml [workplace] employed, [supply])
NO_PART = [
    Roles("PT Bank Negara Indonesia (Persero) Tbk menyerahkan 1.000 buku untuk Rumah Baca Pelangi di Kota Semarang. "
          "Rumah baca itu dirintis Dewi Lestari, relawan yang sehari-hari bekerja sebagai apoteker di PT Phapros Tbk.",
          ["PT Bank Negara Indonesia (Persero) Tbk"], ["Rumah Baca Pelangi"]),
    Roles("PT Pertamina menyalurkan bantuan beasiswa kepada siswa SMA di Kota Dumai. Ayah salah satu penerima, Rudi, "
          "bekerja di PT Chevron Pacific Indonesia.", ["PT Pertamina"], []),
    Roles("Dusun itu belum terjangkau jaringan PT PLN (Persero). PLTS komunal dibangun PT Vale Indonesia Tbk dengan dana "
          "tanggung jawab sosial perusahaan.", ["PT Vale Indonesia Tbk"], []),
    Roles("Masyarakat adat Baduy tidak memakai listrik dari jaringan PLN. PT Cemindo Gemilang Tbk menyerahkan 120 lampu "
          "tenaga surya bagi warga Baduy Luar lewat program CSR.", ["PT Cemindo Gemilang Tbk"], []),
]
# negatives: "bekerja sama dengan" and "bekerja di bidang" name no workplace; PLN that gives elsewhere in the text
# stays the giver
NO_PART_NOT = [
    Roles("PT Pertamina menyalurkan bantuan beasiswa kepada siswa SMA di Kota Dumai bekerja sama dengan Dinas "
          "Pendidikan Kota Dumai.", ["PT Pertamina"], ["Dinas Pendidikan Kota Dumai"]),
    Roles("Bantuan CSR PT Semen Tonasa disalurkan melalui Yayasan Bosowa, yang bekerja di bidang pendidikan, kepada 40 "
          "siswa.", ["PT Semen Tonasa"], ["Yayasan Bosowa"]),
    Roles("PT PLN (Persero) memasang 86 paket lampu tenaga surya untuk 86 rumah tangga di Kampung Warsamdin lewat "
          "program CSR. Kampung itu belum terjangkau jaringan listrik PLN.", ["PT PLN (Persero)"], []),
]


@pytest.mark.parametrize("row", NO_PART + NO_PART_NOT, ids=lambda r: r.text[:50])
def test_a_workplace_or_a_utility_network_takes_no_part(nlp, row):
    assert_roles(nlp, row.text, row.givers, row.partners)


# two names joined by a hyphen with no space are one word of a joint venture's name before its legal form
# (gv10_001 "Husky-CNOOC Madura Limited"; organizations.py name_run_before, joined_hyphen)
HYPHEN_NAMES = [
    Names("Sumur itu diserahkan Husky-CNOOC Madura Limited (HCML) kepada warga.", ["Husky-CNOOC Madura Limited (HCML)"]),
    Names("Bantuan dari Joint Operating Body Pertamina-PetroChina East Java Ltd diterima warga.",
          ["Joint Operating Body Pertamina-PetroChina East Java Ltd"]),
]
# negatives: a spaced dash joins nothing; a name with no hyphen reads as before
HYPHEN_NAMES_NOT = [
    Names("Warga Sumatera - Jawa Limited datang.", ["Jawa Limited"]),
    Names("Perahu diterima nelayan dari ExxonMobil Cepu Limited.", ["ExxonMobil Cepu Limited"]),
]


@pytest.mark.parametrize("row", HYPHEN_NAMES + HYPHEN_NAMES_NOT, ids=lambda r: r.text[:50])
def test_a_hyphenated_joint_venture_name_is_whole(nlp, row):
    assert [o.text for o in nlp(row.text)._.organizations_all] == row.names


# a count of a deliverer noun right after "melatih" counts the trainees (gv10_003, par_166; rules/beneficiaries.toml
# trainee_cues). Rows: (text, the counts read)
TRAINEES = [
    ("PT Pertamina EP juga melatih 12 petugas kesehatan dan motoris kapal bersama Kantor SAR Balikpapan.", [12]),
    ("Selain buku, Bank Papua juga melatih 15 relawan pengajar bekerja sama dengan Dinas Pendidikan Merauke.", [15]),
]
# negatives: a deliverer counted after another cue, or as the subject, is no beneficiary
TRAINEES_NOT = [
    ("Bantuan diserahkan kepada warga oleh 12 petugas BPBD Kabupaten Luwu.", []),
    ("Sebanyak 20 relawan PT Semen Tonasa membagikan paket sembako kepada warga.", []),
]


@pytest.mark.parametrize("text,counts", TRAINEES + TRAINEES_NOT, ids=lambda c: str(c)[:50])
def test_deliverers_trained_are_counted(nlp, text, counts):
    assert [b.count for b in nlp(text)._.beneficiaries] == counts
