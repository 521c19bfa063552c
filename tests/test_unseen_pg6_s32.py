"""Classes of the blind batch pg6_001-014 (programme names as the press writes them; docs/unseen_pg6_s32.md) fixed in
round s32, on clauses written for these tests (real-looking Indonesian, real companies and places; people, groups,
programme names and figures invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.test_programs import finder_nlp, names  # noqa: F401  (the programme finder alone, as test_programs uses it)

# the capitalised object of a launching verb is the programme launched (pg6_009, pg6_012; rules/programs.toml
# launch_verbs): in a headline the name ends at a lower-case preposition of the recipients or the place.
# Rows: (text, the name that must be read)
LAUNCHED = [
    ("Antam Luncurkan Laut Kita Sejahtera untuk Nelayan Buli\n\nBULI - PT Aneka Tambang Tbk menyerahkan 20 perahu "
     "fiber kepada nelayan Desa Buli.", "Laut Kita Sejahtera"),
    ("PLN Luncurkan Cahaya Pesisir Mandiri di Pulau Lembeh\n\nBITUNG - PLN UID Suluttenggo menyambung listrik 80 "
     "rumah nelayan.", "Cahaya Pesisir Mandiri"),
    ("Petani Jagung Pangkep Dapat Benih\n\nDalam acara itu PT Semen Tonasa meluncurkan Tonasa Tani Makmur bagi petani jagung di Pangkep.",
     "Tonasa Tani Makmur"),
]
# negatives: a product, the programme word (read by the cue as before, never as "Program ..." here), a pillar count,
# a place, one word
LAUNCHED_NOT = [
    ("Bank Sulselbar Luncurkan Aplikasi Mobile Banking Baru di Makassar\n\nMAKASSAR - Bank Sulselbar meluncurkan "
     "aplikasi baru.", "Aplikasi Mobile Banking Baru"),
    ("Semen Tonasa Luncurkan Tiga Pilar TJSL di Pangkep\n\nPANGKEP - PT Semen Tonasa meluncurkan tiga pilar "
     "program.", "Tiga Pilar TJSL"),
    ("Petani Dilatih di Maros\n\nPerusahaan meluncurkan Desa Bonto Langkasa sebagai lokasi pelatihan petani.", "Desa Bonto Langkasa"),
    ("Transaksi Digital Naik\n\nBank Kalbar meluncurkan Kalbar Mobile pekan lalu.", "Kalbar"),
]


@pytest.mark.parametrize("text,name", LAUNCHED, ids=lambda c: str(c)[:50])
def test_object_of_a_launching_verb_is_the_programme(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", LAUNCHED_NOT, ids=lambda c: str(c)[:50])
def test_launched_product_count_or_place_is_no_programme(finder_nlp, text, name):  # noqa: F811
    assert name not in names(finder_nlp, text)


# a capitalised name followed by an apposition that calls it a CSR programme (pg6_007, pg6_009; rules/programs.toml
# appositive_nouns, appositive_labels). Rows: (text, name)
APPOSITIVE = [
    ("Balita Gayam Dapat Makanan Tambahan\n\nPenyerahan itu bagian dari Pertamina Sehati, program CSR kesehatan ibu dan anak perusahaan.", "Pertamina Sehati"),
    ("Warga Plaju Pungut Sampah Sungai\n\nWarga ikut dalam Sungai Kita Bersih, program tanggung jawab sosial PT Pupuk Sriwidjaja di Palembang.",
     "Sungai Kita Bersih"),
    ("Perajin Songket Terima Alat Tenun\n\nPT Bukit Asam menyerahkan bantuan melalui Tenun Lestari Muara Enim, program pemberdayaan bagi perajin songket.",
     "Tenun Lestari Muara Enim"),
]
# negatives: a place as the sentence's setting (a locative preposition or a place head before the comma), a person
# before a clause whose subject is "program ... ini", a lone word
APPOSITIVE_NOT = [
    ("Kader Lingkungan Dilatih\n\nDi Sungai Gerong, program CSR itu melibatkan 60 kader.", "Sungai Gerong"),
    ("Pelajar Rembang Tanam Pohon\n\nBantuan diserahkan kepada warga Desa Tegaldowo, program CSR perusahaan menyasar 450 pelajar.", "Desa Tegaldowo"),
    ("Batik Cilacap Makin Dikenal\n\nMenurut Dimas Prasetyo, program pemberdayaan ini sejalan dengan komitmen perusahaan.", "Dimas Prasetyo"),
    ("Kader Posyandu Dilatih\n\nKegiatan itu digelar di Bojonegoro, program CSR perusahaan yang sudah berjalan dua tahun.", "Bojonegoro"),
]


@pytest.mark.parametrize("text,name", APPOSITIVE, ids=lambda c: str(c)[:50])
def test_name_renamed_by_an_apposition_is_a_programme(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", APPOSITIVE_NOT, ids=lambda c: str(c)[:50])
def test_place_or_person_before_a_programme_clause_is_no_name(finder_nlp, text, name):  # noqa: F811
    assert name not in names(finder_nlp, text)


# capitalised function words inside a name in body text: the spelling rules (EYD) capitalise "Ini", "Bersama", "Dan"
# only in titles and at a sentence's start, so mid-sentence they belong to the name (pg6_008 `BRI Peduli Ini Sumurku`,
# pg6_010 `Satui Sehat Bersama`); in a Title Case headline they still end a name. The texts have a headline line: a
# text of one line is all headline to the finder. Rows: (text, name)
BODY_FUNCTION_WORDS = [
    ("Warga Kambata Tana Kini Punya Sumur\n\nWarga kini mendapat air bersih melalui program BRI Peduli Ini Sumurku, Rabu (12/11/2025).",
     "BRI Peduli Ini Sumurku"),
    ("Nelayan Bontang Dapat Mesin Baru\n\nPerusahaan menjalankan program Nelayan Maju Bersama di pesisir Bontang.", "Nelayan Maju Bersama"),
    ("Arutmin Bangun Posyandu di Satui\n\nPembangunan itu masuk program PPM Arutmin pada pilar kesehatan: Satui Sehat Bersama. Tahun ini pilar itu "
     "menyerap Rp 680 juta.", "Satui Sehat Bersama"),
]
# negatives: the same words in a headline end the name there; a pillar's label without a capitalised name
BODY_FUNCTION_WORDS_NOT = [
    ("Desa Wisata Bahoi Bersama Warga Bangun Dermaga\n\nMINAHASA UTARA - Warga membangun dermaga.",
     "Desa Wisata Bahoi Bersama Warga"),
    ("Vale Dampingi Desa Matano Menuju Proklim Utama\n\nSOROWAKO - PT Vale Indonesia Tbk mendampingi desa itu.",
     "Desa Matano Menuju Proklim Utama"),
    ("Lansia Diperiksa Gratis\n\nProgram itu masuk pilar kesehatan: pemeriksaan gratis bagi lansia.", "pemeriksaan gratis bagi lansia"),
]


@pytest.mark.parametrize("text,name", BODY_FUNCTION_WORDS, ids=lambda c: str(c)[:50])
def test_capitalised_function_word_inside_a_body_name(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", BODY_FUNCTION_WORDS_NOT, ids=lambda c: str(c)[:50])
def test_function_word_or_preposition_ends_a_headline_name(finder_nlp, text, name):  # noqa: F811
    assert name not in names(finder_nlp, text)


# a Title Case headline capitalises the naming verb after "Program" (pg6_004): it is no part of the name
NAMING_VERB_TITLE = [
    ("Pelindo Bina Nelayan Pulau Buluh Lewat Program Bernama Pesisir Berdaya\n\nBATAM - Pelindo menjalankan program "
     "pemberdayaan bernama Pesisir Berdaya.", "Pesisir Berdaya", "Bernama Pesisir Berdaya"),
    ("Inalum Gelar Program Bertajuk Literasi Pesisir Batu Bara\n\nBATU BARA - Inalum menggelar program bertajuk "
     "Literasi Pesisir Batu Bara.", "Literasi Pesisir Batu Bara", "Bertajuk Literasi Pesisir Batu Bara"),
]


@pytest.mark.parametrize("text,name,wrong", NAMING_VERB_TITLE, ids=lambda c: str(c)[:50])
def test_title_case_naming_verb_is_no_part_of_the_name(finder_nlp, text, name, wrong):  # noqa: F811
    found = names(finder_nlp, text)
    assert name in found and wrong not in found
