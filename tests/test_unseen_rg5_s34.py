"""Classes of the blind batch rg5_001-014 (regional portals of Sumatra, Kalimantan, Sulawesi, Nusa Tenggara, Maluku and
Papua; docs/unseen_rg5_s34.md) fixed in round s34, on clauses written for these tests (real-looking Indonesian, real
regions, companies and agencies; people, groups and figures invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import Roles, assert_roles

# "JOB" (Joint Operating Body) is the form of an upstream block Pertamina operates jointly with a contractor, written
# before the partners' and the block's names as "PT" is (rules/organizations.toml [heads]; rg5_010). Without it the
# gazetteer read the two partners inside the name as two bodies and the JOB, the giver, was lost with every role.
JOINT_OPERATING_BODY = [
    Roles("SKK Migas bersama JOB Pertamina-Medco E&P Tomori Sulawesi (JOB Tomori) menyalurkan paket sembako kepada 200 "
          "warga Desa Sinorang, Kecamatan Batui Selatan, Kabupaten Banggai.",
          ["SKK Migas", "JOB Pertamina-Medco E&P Tomori Sulawesi (JOB Tomori)"], []),
    Roles("JOB Pertamina-PetroChina Salawati menyerahkan bantuan 15 unit mesin perahu kepada Kelompok Nelayan Bahari "
          "Jaya di Distrik Salawati, Kabupaten Sorong.",
          ["JOB Pertamina-PetroChina Salawati"], ["Kelompok Nelayan Bahari Jaya"]),
    Roles("JOB Pertamina-Talisman Jambi Merang memberikan pelatihan budidaya ikan patin kepada Kelompok Pembudidaya Mina "
          "Sejahtera di Kecamatan Bayung Lencir, Kabupaten Musi Banyuasin.",
          ["JOB Pertamina-Talisman Jambi Merang"], ["Kelompok Pembudidaya Mina Sejahtera"]),
    # negatives: a jobs fair, in capitals or in title case, names no body ([head_not_before]); two contractors without
    # the form stay two
    Roles("Dinas Tenaga Kerja Kota Palembang menggelar JOB FAIR 2025 di Palembang Icon, Selasa (4/11/2025). Bantuan "
          "pelatihan diberikan PT Pupuk Sriwidjaja Palembang kepada 30 pencari kerja.",
          ["PT Pupuk Sriwidjaja Palembang"], ["Dinas Tenaga Kerja Kota Palembang"]),
    Roles("Dinas Tenaga Kerja Kota Palembang menggelar Job Fair 2025 yang diikuti 40 perusahaan, Selasa (4/11/2025). "
          "Bantuan pelatihan diberikan PT Pupuk Sriwidjaja Palembang kepada 30 pencari kerja.",
          ["PT Pupuk Sriwidjaja Palembang"], ["Dinas Tenaga Kerja Kota Palembang"]),
    Roles("PT Pertamina Hulu Energi bersama Medco E&P Natuna Ltd menyerahkan bantuan kepada Kelompok Nelayan Bahari di "
          "Natuna.",
          ["PT Pertamina Hulu Energi", "Medco E&P Natuna Ltd"], ["Kelompok Nelayan Bahari"]),
]


@pytest.mark.parametrize("row", JOINT_OPERATING_BODY, ids=lambda r: r.text[:50])
def test_a_joint_operating_body_is_one_company(nlp, row):
    assert_roles(nlp, row.text, row.givers, row.partners)


# "sekolah lapang" (a farmers' field school) is the extension method of agriculture: the farmers learn on their own
# fields, and no school is there (rules/sectors.toml not_cues; rg5_012, and none of the twelve corpus/ and fit texts
# with the phrase has pendidikan in its gold). Rows: (text, a label that must be given or None, a label that must not be)
FIELD_SCHOOL = [
    ("STM Gelar Sekolah Lapang Jagung di Lahan Miring Hu'u\n\nDOMPU – PT Sumbawa Timur Mining (STM) menggelar sekolah "
     "lapang CSR bagi 60 petani jagung di Desa Hu'u, Kecamatan Hu'u, Kabupaten Dompu, Selasa (18/11/2025). Sekolah lapang "
     "sebanyak 12 pertemuan itu mengajarkan terasering dan pupuk organik, dipandu dosen Universitas Mataram.",
     "ekonomi", "pendidikan"),
    ("Pupuk Kaltim Buka Sekolah Lapang Padi di Kutai Timur\n\nSANGATTA – PT Pupuk Kalimantan Timur menggelar sekolah "
     "lapang bagi 45 petani padi Desa Sangatta Selatan, Kabupaten Kutai Timur, Kamis (6/11/2025). Selama sekolah lapang, "
     "peserta belajar pemupukan berimbang di demplot seluas dua hektare. Bantuan benih dan pupuk senilai Rp 180 juta "
     "juga diserahkan.",
     "ekonomi", "pendidikan"),
    # negatives: a school's renovation keeps pendidikan; so does a scholarship for farmers' children beside a field school
    ("Pupuk Kaltim Renovasi Ruang Kelas SD Negeri 3 Bontang\n\nBONTANG – PT Pupuk Kalimantan Timur merenovasi empat "
     "ruang kelas SD Negeri 3 Bontang Utara bagi 180 siswa, Senin (3/11/2025). Bantuan CSR senilai Rp 420 juta itu "
     "dilengkapi buku bacaan dan meja belajar.", "pendidikan", None),
    ("PTPN IV Beri Beasiswa Anak Petani Sawit\n\nMEDAN – PT Perkebunan Nusantara IV menyerahkan beasiswa kepada 50 "
     "pelajar SMA anak petani plasma, Rabu (5/11/2025). Orang tua mereka sebelumnya mengikuti sekolah lapang sawit. "
     "Beasiswa senilai Rp 250 juta itu untuk biaya sekolah dan buku pelajaran.", "pendidikan", None),
]


# "Program Pengembangan dan Pemberdayaan Masyarakat (PPM)" is the statutory name of the community programme every
# mining licence holder must run (UU 3/2020, Permen ESDM 41/2016), whatever it builds: the scheme's name says nothing
# of an enterprise aim (rules/sectors.toml not_cues; ekonomi read from its "pemberdayaan" beside water supply in
# rg5_007 and rg1_007). Rows as FIELD_SCHOOL.
PPM_NAME = [
    ("Antam Alirkan Air Bersih ke 210 KK\n\nTAYAN – PT Aneka Tambang Tbk (Antam) meresmikan instalasi air bersih di "
     "Desa Pedalaman, Kecamatan Tayan Hilir, Kabupaten Sanggau, Selasa (4/11/2025). Pembangunan sumur bor dan pipa "
     "senilai Rp 690 juta itu bagian dari Program Pengembangan dan Pemberdayaan Masyarakat (PPM) Antam. Pengelolaan "
     "diserahkan kepada BUMDes Pedalaman Bersatu.", "infrastruktur", "ekonomi"),
    ("MSM Bangun Jaringan Air Bersih di Pinenek\n\nBITUNG – PT Meares Soputan Mining (MSM) melalui Program "
     "Pengembangan dan Pemberdayaan Masyarakat membangun jaringan pipa air bersih sepanjang 2,4 kilometer untuk 160 "
     "kepala keluarga Desa Pinenek, Kecamatan Likupang Timur, Rabu (5/11/2025). Jaringan itu diserahkan kepada pemerintah "
     "desa setempat.", "infrastruktur", "ekonomi"),
    # negative: a PPM programme that trains farmers and lends them capital keeps ekonomi
    ("Vale Latih Petani Lada Luwu Timur\n\nSOROWAKO – PT Vale Indonesia Tbk melalui Program Pengembangan dan "
     "Pemberdayaan Masyarakat (PPM) memberikan pelatihan budidaya lada dan modal usaha kepada 80 petani Desa Magani, "
     "Kecamatan Nuha, Kamis (6/11/2025). Hasil panen dipasarkan lewat koperasi petani.", "ekonomi", None),
]


@pytest.mark.parametrize("text,given,not_given", FIELD_SCHOOL + PPM_NAME, ids=lambda c: str(c)[:50])
def test_a_field_school_and_the_ppm_name_are_no_sector_cue(nlp, text, given, not_given):
    labels = [s["label"] for s in nlp(text)._.sectors]
    assert given in labels
    assert not_given not in labels


# A council of representatives that summons, hears or oversees a firm: when no company, bank or foundation carries a
# cue of giving of its own, the lone firm named is the one overseen, not a giver (extract/components/roles.py
# RoleFinder.overseen; rg5_013, gv5_013, wst_014, amt_004, giv_014: five negatives that had a giver, three a sector).
# A firm that gives in an article naming a council keeps its own cue.
COUNCIL_HEARING = [
    Roles("Komisi II DPRD Kabupaten Paser memanggil manajemen PT Borneo Sawit Persada dalam rapat dengar pendapat soal "
          "kemitraan plasma, Senin (3/11/2025). Anggota dewan juga mempertanyakan program CSR perusahaan yang dinilai "
          "belum menyentuh desa sekitar kebun.", [], []),
    Roles("Komisi III DPRD Kabupaten Morowali menggelar rapat dengar pendapat dengan PT Indonesia Morowali Industrial "
          "Park (IMIP) soal penyaluran dana CSR untuk desa lingkar industri, Rabu (5/11/2025). Ketua Komisi III meminta "
          "data penerima dibuka.", [], []),
    # negatives: a firm that hands over aid, or whose group is its "binaan", gives though a council is named
    Roles("PT Vale Indonesia Tbk menyerahkan bantuan 20 unit mesin jahit kepada Kelompok Usaha Bersama Maju Jaya di Desa "
          "Magani, Kecamatan Nuha. Penyerahan disaksikan Ketua DPRD Luwu Timur.",
          ["PT Vale Indonesia Tbk"], ["Kelompok Usaha Bersama Maju Jaya", "DPRD Luwu Timur"]),
    Roles("Anggota DPRD Kabupaten Kutai Timur ikut meninjau rumah produksi Kelompok Wanita Tani Melati binaan PT Kaltim "
          "Prima Coal di Desa Swarga Bara, Rabu (5/11/2025).",
          ["PT Kaltim Prima Coal"], ["DPRD Kabupaten Kutai Timur", "Kelompok Wanita Tani Melati"]),
]


@pytest.mark.parametrize("row", COUNCIL_HEARING, ids=lambda r: r.text[:50])
def test_a_firm_a_council_oversees_is_no_giver(nlp, row):
    assert_roles(nlp, row.text, row.givers, row.partners)
