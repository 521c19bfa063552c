"""Classes of the blind batch pl8_001-014 (places, eighth kind; docs/unseen_pl8_s34.md) fixed in round s34, on
clauses written for these tests (real-looking Indonesian, real regions; people and figures invented), each table with
negatives. Rows are (text, places in order: name, level, code) and are checked as tests/test_locations.py checks."""
from __future__ import annotations

import pytest

from tests.test_locations import Case, check

# A two-word name after a preposition of place whose last word alone is a district or village elsewhere and whose
# whole the lists do not know is one place below the lists (rules/locations.toml place_prepositions): "ke Bukit
# Lawang" (pl8_001), "dari Cemoro Lawang" (pl8_002, pl7_007), not Kecamatan Lawang of Malang; before, nothing was
# read. Negatives: a village and its district side by side, a name that goes on, a common word last, a title-case
# headline, the district with its cue word.
COMPOUND_PLACE_NAME = [
    Case("Pemimpin cabang mengatakan arus wisatawan ke Bukit Lawang terus naik dalam dua tahun terakhir.",
         [("Bukit Lawang", "lainnya", None)]),
    Case("Lampu dipasang sepanjang empat kilometer jalan dari Cemoro Lawang menuju Pos Jemplang.",
         [("Cemoro Lawang", "lainnya", None)]),
    Case("Pokdarwis membuat papan penunjuk arah ke Cemoro Lawang.", [("Cemoro Lawang", "lainnya", None)]),
    # negatives
    Case("Penerima ditetapkan dari Data Terpadu Kesejahteraan Sosial yang dimutakhirkan dinas.", []),
    Case("Program itu, singkatan dari Sehat Ibu dan Anak, berjalan sejak 2023.", []),
    Case("Wisatawan menginap di Ngadisari Sukapura setiap akhir pekan.", []),
    Case("Ia tinggal di Kecamatan Lawang, Kabupaten Malang.",
         [("Kecamatan Lawang", "kecamatan", "35.07.25"), ("Kabupaten Malang", "kabupaten", "35.07")]),
]


@pytest.mark.parametrize("case", COMPOUND_PLACE_NAME, ids=lambda c: c.text[:60])
def test_a_compound_place_name_after_a_preposition_s34(nlp, case):
    check(nlp, case)


# A district name of two words or more that the whole list holds once, after a preposition of place, is that district
# though the article names no regency: "datang dari Long Pahangai" (pl8_005), "pindah dari Long Apari" (pl7_009).
# Negatives: no preposition ("Warga Long Pahangai" as the only mention), a name that goes on ("di Hulu Sungai Kampar").
UNIQUE_DISTRICT_AFTER_PREPOSITION = [
    Case("Salah satu penerima, Yohanes Lirung (29), datang dari Long Pahangai dengan perahu.",
         [("Long Pahangai", "kecamatan", "64.11.05")]),
    Case("Sebagian anggota sanggar adalah anak keluarga yang pindah dari Long Apari dan Malinau.",
         [("Long Apari", "kecamatan", "64.11.04"), ("Malinau", "kabupaten", "65.02")]),
    # negatives
    Case("Warga Long Pahangai menyambut baik bantuan itu.", []),
    Case("Perusahaan menanam 20.000 bibit di Hulu Sungai Kampar bersama warga.", []),
]


@pytest.mark.parametrize("case", UNIQUE_DISTRICT_AFTER_PREPOSITION, ids=lambda c: c.text[:60])
def test_a_unique_district_after_a_preposition_s34(nlp, case):
    check(nlp, case)


# In a title-case line a known place name ends an area's name, but not a feature word (Tanjung, Teluk, ...) right
# after the cue, which heads the name: "Pedagang Pantai Tanjung Aan Berbahasa Inggris" (pl8_004) and "Pengunjung
# Pantai Teluk Penyu Melonjak" (pt7_009) gave "Pantai Tanjung" / "Pantai Teluk"; the headline's verb ends the name
# now (an unlisted place in a related line stays out, as before). Negative: "Pelabuhan Merak Padat Jelang ...".
FEATURE_WORD_IN_A_HEADLINE = [
    Case("ITDC Latih 50 Pedagang Pantai Tanjung Aan Berbahasa Inggris\n\nPelatihan digelar pekan lalu.",
         [("Pantai Tanjung Aan", "lainnya", None)]),
    Case("Baca juga: Pengunjung Pantai Teluk Penyu Melonjak saat Libur Sekolah", []),
    # negative
    Case("Baca juga: Pelabuhan Merak Padat Jelang Libur Panjang", [("Pelabuhan Merak", "lainnya", None)]),
]


@pytest.mark.parametrize("case", FEATURE_WORD_IN_A_HEADLINE, ids=lambda c: c.text[:60])
def test_a_feature_word_heads_an_area_name_in_a_headline_s34(nlp, case):
    check(nlp, case)


# Behind "Kampung" where the kampung is the village (village_cue_regions), a name of two words that the list holds as
# a village there is a name though its first word is a common one: "Kampung Hidup Baru, Distrik Tanah Miring"
# (pl8_011), as "Kecamatan Kelapa Lima" behind an admin cue. Negative: where no kampung region settles it.
KAMPUNG_VILLAGE_WITH_A_COMMON_WORD = [
    Case("Mesin diserahkan di Kampung Hidup Baru, Distrik Tanah Miring, Kabupaten Merauke.",
         [("Kampung Hidup Baru", "desa", "93.01.06.2005"), ("Distrik Tanah Miring", "kecamatan", "93.01.06"),
          ("Kabupaten Merauke", "kabupaten", "93.01")]),
    # negative
    Case("Nelayan di Kampung Hidup Baru menerima bantuan di Kabupaten Bekasi.",
         [("Kabupaten Bekasi", "kabupaten", "32.16")]),
]


@pytest.mark.parametrize("case", KAMPUNG_VILLAGE_WITH_A_COMMON_WORD, ids=lambda c: c.text[:60])
def test_a_kampung_village_with_a_common_word_s34(nlp, case):
    check(nlp, case)


# Gaps of the closed lists: Padang's kelurahan "Banda Buek" (the list's Minangkabau) is written "Bandar Buat" (bn8_002,
# pl8_010, prs_005; it was read "Bandar" or left without code), and Pasaman Barat's port town Air Bangis (pl7_003,
# pl8_007). Negative: another Bandar, the city, stays the city.
LIST_GAPS = [
    Case("Warga Bandar Buat dan Koto Lalang, Kecamatan Lubuk Kilangan, Kota Padang, menerima air bersih.",
         [("Bandar Buat", "kelurahan", "13.71.07.1004"), ("Koto Lalang", "kelurahan", "13.71.07.1005"),
          ("Kecamatan Lubuk Kilangan", "kecamatan", "13.71.07"), ("Kota Padang", "kota", "13.71")]),
    Case("Dari Air Bangis ke pasar ikan butuh dua jam perjalanan.", [("Air Bangis", "lainnya", None)]),
    Case("Bantuan diserahkan di Kelurahan Bandar Buat, Kecamatan Lubuk Kilangan.",
         [("Kelurahan Bandar Buat", "kelurahan", "13.71.07.1004"), ("Kecamatan Lubuk Kilangan", "kecamatan", "13.71.07")]),
    # negative
    Case("Warga Kota Bandar Lampung menerima bantuan air bersih.", [("Kota Bandar Lampung", "kota", "18.71")]),
]


@pytest.mark.parametrize("case", LIST_GAPS, ids=lambda c: c.text[:60])
def test_gaps_of_the_closed_lists_s34(nlp, case):
    check(nlp, case)


# The capitalised items after "seperti" that follows a settlement noun are instances of it, so places: "kasepuhan seperti
# Ciptagelar dan Ciptamulya" (pl8_008; Ciptamulya is a village only of Bengkulu Utara and Lampung Barat, so no code
# here), "Kampung Baduy Dalam seperti Cibeo" (pl7_004); a name the article's regions hold keeps its code. Negatives:
# people of the place ("warga desa seperti ...", "tokoh kampung seperti ..."), no settlement noun before the marker.
EXAMPLES_OF_A_SETTLEMENT = [
    Case("Mesin diserahkan kepada kasepuhan seperti Ciptagelar dan Ciptamulya di Kecamatan Cisolok.",
         [("Ciptagelar", "lainnya", None), ("Ciptamulya", "lainnya", None),
          ("Kecamatan Cisolok", "kecamatan", "32.02.05")]),
    Case("Kampung Baduy Dalam seperti Cibeo tetap tanpa penerangan modern.",
         [("Kampung Baduy Dalam", "lainnya", None), ("Cibeo", "lainnya", None)]),
    # negatives
    Case("Warga desa seperti Yohanes dan Markus ikut kerja bakti.", []),
    Case("Tokoh kampung seperti Haji Ahmad Sulaiman hadir dalam acara itu.", []),
    Case("Warga menerima bantuan seperti Sembako dan Beras dari perusahaan.", []),
]


@pytest.mark.parametrize("case", EXAMPLES_OF_A_SETTLEMENT, ids=lambda c: c.text[:60])
def test_examples_of_a_settlement_noun_s34(nlp, case):
    check(nlp, case)
