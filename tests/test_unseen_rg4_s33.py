"""Classes of the blind batch rg4_001-014 (regional portals of Java, Bali, Aceh and Riau; docs/unseen_rg4_s33.md) fixed
in round s33, on clauses written for these tests (real-looking Indonesian, real regions, companies and agencies;
people, groups and figures invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.test_programs import finder_nlp, names  # noqa: F401  (the programme finder alone, as test_programs uses it)

# A word of measure (se- + a noun of amount: senilai "worth", sebesar, seharga, sebanyak, sejumlah) opens a sum or a
# count and never a name; a title-case line (a headline, a `Baca juga` link) capitalises it right after a place cue
# ("Pasar Desa Senilai Rp 2,3 Miliar", rg4_004). Rows: (text, places read: name and level, in order)
MEASURE_WORD = [
    ("Baca juga: Bupati Klaten Resmikan Pasar Desa Senilai Rp 2,3 Miliar", []),
    ("Baca juga: Bupati Resmikan Balai Desa Sebesar Rp 900 Juta", []),
    ("Baca juga: Pemdes Renovasi Kantor Desa Seharga Rp 400 Juta", []),
    ("Baca juga: Warga Gotong Royong Bangun Masjid Dusun Sebesar Rp 300 Juta", []),
    # negatives: a listed place of a measure-like word ("Sepanjang", a kelurahan of Sidoarjo), and a body sentence
    # whose lower-case "senilai" follows the place
    ("Bantuan diserahkan di Kelurahan Sepanjang, Kecamatan Taman, Kabupaten Sidoarjo.",
     [("Kelurahan Sepanjang", "kelurahan"), ("Kecamatan Taman", "kecamatan"), ("Kabupaten Sidoarjo", "kabupaten")]),
    ("Warga Desa Tajur, Kecamatan Citeureup, menerima bantuan senilai Rp 50 juta.",
     [("Desa Tajur", "desa"), ("Kecamatan Citeureup", "kecamatan")]),
]


@pytest.mark.parametrize("text,places", MEASURE_WORD, ids=lambda c: str(c)[:50])
def test_measure_word_after_a_cue_is_no_place(nlp, text, places):
    doc = nlp(text)
    got = list(dict.fromkeys((p.name, p.level) for p in doc._.locations))
    assert got == places
    for p in doc._.locations:
        assert text[p.start:p.end] == p.text  # the evidence holds


# "Pesantren", the common noun of a kind of school, may open a programme's name after a cue as "Sekolah" does
# ("program Pesantren Bersih Berdaya", rg4_004); inside a name it still opens a pesantren's own name.
# Rows: (text, the name that must be read)
PESANTREN_OPENS = [
    ("Mesin senilai Rp 85 juta itu bagian dari program Pesantren Bersih Berdaya yang dijalankan Aqua Klaten.",
     "Pesantren Bersih Berdaya"),
    ("PT Petrokimia Gresik melanjutkan program Pesantren Hijau Produktif di Lamongan tahun ini.",
     "Pesantren Hijau Produktif"),
]
# negatives: a pesantren named inside the text after a programme's name is no part of it; a pesantren after a
# preposition is a body, no programme
PESANTREN_OPENS_NOT = [
    ("Bantuan program Santri Mandiri Pesantren Al Hikmah diserahkan PT Tirta Investama.",
     "Santri Mandiri Pesantren Al Hikmah"),
    ("PT Tirta Investama menyerahkan bantuan kepada Pesantren Al Hikmah di Klaten.", "Pesantren Al Hikmah"),
]


@pytest.mark.parametrize("text,name", PESANTREN_OPENS, ids=lambda c: str(c)[:50])
def test_pesantren_opens_a_programme_name_after_a_cue(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", PESANTREN_OPENS_NOT, ids=lambda c: str(c)[:50])
def test_pesantren_inside_a_name_or_after_a_preposition_is_no_programme(finder_nlp, text, name):  # noqa: F811
    assert name not in names(finder_nlp, text)
