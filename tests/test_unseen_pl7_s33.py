"""Classes of the blind batch pl7_001-014 (places, seventh kind; docs/unseen_pl7_s33.md) fixed in round s33, on
clauses written for these tests (real-looking Indonesian, real regions; people and figures invented), each table with
negatives. Rows are (text, places in order: name, level, code) and are checked as tests/test_locations.py checks."""
from __future__ import annotations

import pytest

from tests.test_locations import Case, check

# A region outside the Kemendagri list that is also its people's name (places_need_cue.toml `peoples`): the land
# after a place preposition ("Petani di Toraja", pl7_011; "ke Toraja") or on a route with another place ("jalur
# Makassar–Toraja", gv8_013); before, the name was no place at all. Negatives: the people after a resident noun
# ("masyarakat Toraja"), a product ("Kopi Toraja") and a body's name ("Gereja Toraja") name no place.
PEOPLES_REGION = [
    Case("Petani kopi di Toraja menjemur biji kopi di pinggir jalan.", [("Toraja", "lainnya", None)]),
    Case("Kami menyiagakan SPBU di jalur Makassar–Toraja menjelang Natal.",
         [("Makassar", "kota", "73.71"), ("Toraja", "lainnya", None)]),
    Case("Rombongan berangkat dari Makassar ke Toraja pada Jumat pagi.",
         [("Makassar", "kota", "73.71"), ("Toraja", "lainnya", None)]),
    # negatives
    Case("Tradisi masyarakat Toraja tetap dijaga warga Kabupaten Toraja Utara.",
         [("Kabupaten Toraja Utara", "kabupaten", "73.26")]),
    Case("Kopi Toraja dijual ke Jepang oleh koperasi di Kabupaten Tana Toraja.",
         [("Jepang", "negara", None), ("Kabupaten Tana Toraja", "kabupaten", "73.18")]),
    Case("Jemaat Gereja Toraja Rantepao menggelar ibadah syukur di Kabupaten Toraja Utara.",
         [("Kabupaten Toraja Utara", "kabupaten", "73.26")]),
]


@pytest.mark.parametrize("case", PEOPLES_REGION, ids=lambda c: c.text[:60])
def test_a_peoples_region_after_a_place_word_s33(nlp, case):
    check(nlp, case)


# A name the list does not know at all, after a place preposition and before a district named with its cue word, is
# a place below that district (a hamlet): "perajin batik di Giriloyo, Kecamatan Imogiri" (pl7_006). Linguistic: an
# address goes from small to large, and between a place word and a district only a village or hamlet stands; the rule
# already held before a desa or kelurahan ("Warga Kemiren, Kelurahan Tegalkamulyan") and before a district for names
# the list knows as villages elsewhere. Negatives: no place word before the name (a product), a venue's head (Masjid,
# Hotel) before it.
HAMLET_BEFORE_ITS_DISTRICT = [
    Case("Pertamina sebelumnya membantu perajin batik di Giriloyo, Kecamatan Imogiri, melalui program yang sama.",
         [("Giriloyo", "lainnya", None), ("Kecamatan Imogiri", "kecamatan", "34.02.10")]),
    Case("Wisatawan menginap di Tunggularum, Kecamatan Turi, Kabupaten Sleman, saat panen salak.",
         [("Tunggularum", "lainnya", None), ("Kecamatan Turi", "kecamatan", "34.04.15"),
          ("Kabupaten Sleman", "kabupaten", "34.04")]),
    # negatives
    Case("Batik Giriloyo, Kecamatan Imogiri, dijual ke luar negeri.",
         [("Kecamatan Imogiri", "kecamatan", "34.02.10")]),
    Case("Pengajian digelar di Masjid Al-Ikhlas, Kecamatan Imogiri.",
         [("Kecamatan Imogiri", "kecamatan", "34.02.10")]),
    Case("Rapat digelar di Hotel Santika, Kecamatan Imogiri.",
         [("Kecamatan Imogiri", "kecamatan", "34.02.10")]),
]


@pytest.mark.parametrize("case", HAMLET_BEFORE_ITS_DISTRICT, ids=lambda c: c.text[:60])
def test_an_unlisted_hamlet_before_its_district_s33(nlp, case):
    check(nlp, case)


# The seat of Bener Meriah, missing from the list of regency seats (gazetteers/places_other.toml [towns]): pl7_001's
# dateline. Negative: the regency itself is read as before.
REGENCY_SEATS = [
    Case("REDELONG, Serambinews.com - Bank menyerahkan bantuan di Kabupaten Bener Meriah.",
         [("Redelong", "lainnya", None), ("Kabupaten Bener Meriah", "kabupaten", "11.17")]),
    Case("Petani dari Simpang Tiga Redelong menjual kopi ke Takengon.",
         [("Simpang Tiga Redelong", "lainnya", None), ("Takengon", "lainnya", None)]),
    # negative
    Case("Bantuan diserahkan di Kecamatan Bukit, Kabupaten Bener Meriah.",
         [("Kecamatan Bukit", "kecamatan", "11.17.05"), ("Kabupaten Bener Meriah", "kabupaten", "11.17")]),
]


@pytest.mark.parametrize("case", REGENCY_SEATS, ids=lambda c: c.text[:60])
def test_the_seat_of_bener_meriah_s33(nlp, case):
    check(nlp, case)
