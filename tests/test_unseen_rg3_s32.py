"""Classes of the blind batch rg3_001-014 (regional portals in the east; docs/unseen_rg3_s32.md) fixed in round s32,
on clauses written for these tests (real-looking Indonesian, real regions, companies and agencies; people, groups and
figures invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.test_programs import finder_nlp, names  # noqa: F401  (the programme finder alone, as test_programs uses it)

# a function word written with a capital in the middle of a body sentence, between capitalised words, is part of the
# name it stands in: Indonesian capitalises function words only in titles and in names, so outside a headline or a
# title-case line "Ini" in "program BRI Peduli Ini Sekolahku" ("this is my school") does not end the name (rg3_010).
# Rows: (text, the name that must be read)
FUNCTION_WORD_INSIDE = [
    ("Renovasi itu dilakukan melalui program BRI Peduli Ini Sekolahku. Serah terima dilakukan Kamis (13/11/2025).",
     "BRI Peduli Ini Sekolahku"),
    ("Bantuan meja dan kursi disalurkan lewat program BRI Peduli Ini Sekolahku di Kabupaten Manggarai.",
     "BRI Peduli Ini Sekolahku"),
    ("Kegiatan itu bagian dari program Bank Sulselbar Peduli Dari Hati Untuk Negeri yang tahun ini menjangkau "
     "Pangkep.", "Bank Sulselbar Peduli Dari Hati Untuk Negeri"),
]
# negatives: the function word in a title-case headline still ends the name; a capitalised preposition before a place
# or a title ends it in body text too; the name before a lower-case "ini" is unchanged
FUNCTION_WORD_INSIDE_NOT = [
    ("Program Desa Sejahtera Dari Pertamina Sasar Nelayan Lembeh\n\nBITUNG – Pertamina menyalurkan bantuan.",
     "Desa Sejahtera Dari Pertamina Sasar Nelayan Lembeh"),
    ("Bantuan disalurkan lewat program Kampung Iklim Lestari Di Kabupaten Sorong bersama warga.",
     "Kampung Iklim Lestari Di Kabupaten Sorong"),
    ("Bantuan itu masuk program Tonasa Bahari Sejahtera Bersama Bupati Pangkep yang diluncurkan tahun lalu.",
     "Tonasa Bahari Sejahtera Bersama Bupati Pangkep"),
    ("Bantuan itu bagian dari program Ohoi Berdaya ini yang berjalan sejak tahun lalu.", "Ohoi Berdaya ini"),
]


@pytest.mark.parametrize("text,name", FUNCTION_WORD_INSIDE, ids=lambda c: str(c)[:50])
def test_capitalised_function_word_mid_sentence_stays_in_the_name(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", FUNCTION_WORD_INSIDE_NOT, ids=lambda c: str(c)[:50])
def test_function_word_in_a_headline_or_before_a_place_ends_the_name(finder_nlp, text, name):  # noqa: F811
    assert name not in names(finder_nlp, text)


# "kampung pesisir", "desa pesisir" is a coastal village: behind a cue word, "Pesisir" says where the village lies and
# names none ("Kampung Pesisir Mimika" in a title-case headline, rg3_014; "Kampung Pesisir Teluk Bintuni", bn4_009),
# as "Kampung Nelayan" names none (rules/locations.toml generic_after_cue). A place the list holds under that word
# stays where the text's larger places resolve it or an address goes on after it. Rows: (text, places read: name and
# level, in order)
COASTAL = [
    ("PTFI Gelar Pemeriksaan Malaria Massal di Kampung Pesisir Mimika\n\nTIMIKA – Petugas memeriksa warga.",
     [("Mimika", "kabupaten"), ("Timika", "lainnya")]),
    ("Layanan klinik apung menjangkau warga Kampung Pesisir Teluk Bintuni sejak tahun lalu.",
     [("Teluk Bintuni", "kabupaten")]),
    # negatives: districts and regencies the list holds whole, and listed villages resolved by their parents
    ("Kelompok nelayan di Kecamatan Pesisir Tengah, Kabupaten Pesisir Barat, menerima cold box.",
     [("Kecamatan Pesisir Tengah", "kecamatan"), ("Kabupaten Pesisir Barat", "kabupaten")]),
    ("Bantuan diserahkan di Kelurahan Pesisir, Kecamatan Lima Puluh, Kota Pekanbaru.",
     [("Kelurahan Pesisir", "kelurahan"), ("Kecamatan Lima Puluh", "kecamatan"), ("Kota Pekanbaru", "kota")]),
    ("Perahu diserahkan kepada nelayan Desa Pesisir, Kecamatan Besuki, Kabupaten Situbondo.",
     [("Desa Pesisir", "desa"), ("Kecamatan Besuki", "kecamatan"), ("Kabupaten Situbondo", "kabupaten")]),
]


@pytest.mark.parametrize("text,places", COASTAL, ids=lambda c: str(c)[:50])
def test_coastal_is_no_village_name(nlp, text, places):
    doc = nlp(text)
    got = list(dict.fromkeys((p.name, p.level) for p in doc._.locations))
    assert got == places
    for p in doc._.locations:
        assert text[p.start:p.end] == p.text  # the evidence holds
