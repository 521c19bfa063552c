"""Classes of the blind batch rg1_001-014 (regional portals outside Java; docs/unseen_rg1_s31.md) fixed in round s31,
on clauses written for these tests (real-looking Indonesian, real regions, banks and agencies; people, groups and
figures invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import assert_roles
from tests.test_programs import finder_nlp, names  # noqa: F401  (the programme finder alone, as test_programs uses it)

# a regional bank's branded programme after the cue "program": the owner's name, a brand suffix, then the brand's own
# capitalised words ("program Bank NTT Peduli Tenun Ikat"). The owner's head word ("Bank") opens no other name after
# a cue, and a brand suffix followed by more capitalised words is otherwise read as inside a longer name ("Masyarakat
# Peduli Api"); the cue and the known owner before the suffix make the run the owner's programme (rg1_010, rg1_011,
# rg1_012). Rows: (text, the name that must be read)
OWNER_BRANDED = [
    ("Bantuan itu bagian dari program Bank NTT Peduli Tenun Ikat yang menyasar sanggar di Sikka.",
     "Bank NTT Peduli Tenun Ikat"),
    ("Bantuan ini merupakan bagian dari program Bank Maluku Malut Peduli Pangan Lokal yang tahun ini menjangkau lima "
     "negeri.", "Bank Maluku Malut Peduli Pangan Lokal"),
    ("Pemimpin cabang mengatakan bantuan itu bagian dari program Bank Papua Peduli Petani Kakao.",
     "Bank Papua Peduli Petani Kakao"),
    ("Penyaluran dilakukan melalui program CSR Bank Kalbar Berbagi Sembako Ramadan di Sambas.",
     "Bank Kalbar Berbagi Sembako Ramadan"),
]
# negatives: the owner alone or with its unit after the cue, a foundation's name with a brand suffix, an owner and a
# plain word with no brand suffix
OWNER_BRANDED_NOT = [
    ("Dana itu berasal dari program CSR Bank NTT Cabang Maumere.", "Bank NTT Cabang Maumere"),
    ("Pelatihan itu masuk program Bank Papua tahun ini.", "Bank Papua"),
    ("Kegiatan itu bagian dari program Yayasan Bank Papua Peduli Anak Negeri.", "Yayasan Bank Papua Peduli Anak Negeri"),
    ("Dana disalurkan lewat program Bank Maluku Malut Kantor Wilayah Ambon.", "Bank Maluku Malut Kantor Wilayah Ambon"),
]


@pytest.mark.parametrize("text,name", OWNER_BRANDED, ids=lambda c: str(c)[:50])
def test_owner_branded_programme_after_a_cue(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", OWNER_BRANDED_NOT, ids=lambda c: str(c)[:50])
def test_owner_and_unit_after_a_cue_is_no_programme(finder_nlp, text, name):  # noqa: F811
    assert name not in names(finder_nlp, text)


# the village-empowerment office where the region keeps its own word for the village: Papua's and Berau's kampung
# (DPMK), beside Aceh's gampong and Sumbar's nagari (gazetteers/government_bodies.toml, body dpmd); and the marine
# ministry's coastal units (BPSPL, LPSPL) named by their seat. Rows: (text, givers, partners)
REGIONAL_OFFICES = [
    ("Bankaltimtara menyerahkan bantuan kepada Badan Usaha Milik Kampung (Bumkam) Tanjung Batu Bersatu. Pelatihan "
     "pengurus diberikan Dinas Pemberdayaan Masyarakat dan Kampung (DPMK) Kabupaten Berau.",
     ["Bankaltimtara"], ["Badan Usaha Milik Kampung (Bumkam) Tanjung Batu Bersatu", "Dinas Pemberdayaan Masyarakat dan Kampung (DPMK) Kabupaten Berau"]),
    ("PT Pertamina Patra Niaga menanam 1.500 fragmen karang bersama Balai Pengelolaan Sumber Daya Pesisir dan Laut "
     "(BPSPL) Makassar di perairan Desa Olele.",
     ["PT Pertamina Patra Niaga"], ["Balai Pengelolaan Sumber Daya Pesisir dan Laut (BPSPL) Makassar"]),
    # negatives: the Aceh and Java forms as before
    ("PT Solusi Bangun Andalas menyerahkan modal kepada BUMG Naga Umbang Mandiri. Pelatihan dilaksanakan bersama Dinas "
     "Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Besar.",
     ["PT Solusi Bangun Andalas"], ["BUMG Naga Umbang Mandiri", "Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Besar"]),
    ("Bank Jateng menyalurkan bantuan bersama Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Grobogan.",
     ["Bank Jateng"], ["Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Grobogan"]),
]


@pytest.mark.parametrize("text,givers,partners", REGIONAL_OFFICES, ids=lambda c: str(c)[:50])
def test_regional_office_names_are_whole(nlp, text, givers, partners):
    assert_roles(nlp, text, givers, partners)


# divers (penyelam, the pe(N)- agent noun of selam) are people a coastal programme involves or trains (ben_020,
# rg1_008). Rows: (text, counts)
DIVERS = [
    ("Kegiatan yang masuk program Olele Biru itu juga melibatkan 40 penyelam lokal dan nelayan.", [40]),
    ("Pelatihan pemandu selam diikuti 25 penyelam dari Pulau Bunaken.", [25]),
    # negatives: the divers' equipment and depth are no people
    ("Bantuan berupa 12 set alat selam diserahkan kepada kelompok.", []),
    ("Karang ditanam pada kedalaman 8 meter oleh tim penyelam perusahaan.", []),
]


@pytest.mark.parametrize("text,counts", DIVERS, ids=lambda c: str(c)[:50])
def test_divers_are_people(nlp, text, counts):
    assert [b.count for b in nlp(text)._.beneficiaries] == counts


# a scholarship scheme's name after the lower-case noun "beasiswa", as after "program" (rules/programs.toml lower_cues;
# rg1_009, prs_005). Rows: (text, names that must be read, names that must not)
SCHOLARSHIP_NAMED = [
    ("Head of Social Development Vale Indonesia Pomalaa mengatakan beasiswa Vale Cerdas Pomalaa tahun ini bernilai "
     "total Rp1,2 M.", ["Vale Cerdas Pomalaa"], []),
    ('Program kedua adalah beasiswa "Semen Padang Cerdas" yang dikelola bekerja sama dengan Universitas Andalas.',
     ["Semen Padang Cerdas"], []),
    # negatives: the giver's own name, a sum, a national agency's acronym after the noun; the capitalised noun stays
    # the first word of the name it opens
    ("Sebanyak 40 mahasiswa menerima beasiswa Bank BPD DIY tahun ini.", [], ["Bank BPD DIY"]),
    ("Setiap siswa menerima beasiswa Rp 3 juta per tahun.", [], ["Rp"]),
    ("Lulusan terbaik dapat melanjutkan kuliah dengan beasiswa LPDP.", [], ["LPDP"]),
]


@pytest.mark.parametrize("text,present,absent", SCHOLARSHIP_NAMED, ids=lambda c: str(c)[:50])
def test_scholarship_noun_names_its_scheme(finder_nlp, text, present, absent):  # noqa: F811
    found = names(finder_nlp, text)
    assert set(present) <= set(found), found
    assert not set(absent) & set(found), found
