"""Classes of the blind batch rg4_001-014 (regional portals of Java, Bali, Aceh and Riau; docs/unseen_rg4_s33.md) fixed
in round s33, on clauses written for these tests (real-looking Indonesian, real regions, companies and agencies;
people, groups and figures invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import Roles, assert_roles
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


# "mendapat sertifikat dari X" names the body that tests and certifies the trainees, as "mendapat bimbingan dari X"
# names a trainer: a partner, not the source of the aid (rg4_013; rules/roles.toml [source] stops)
CERTIFIER = [
    Roles("PT Kilang Pertamina Internasional Refinery Unit II Dumai memberikan pelatihan las kepada 25 santri. Peserta "
          "yang lulus uji kompetensi mendapat sertifikat dari Lembaga Sertifikasi Profesi (LSP) Las Indonesia.",
          ["PT Kilang Pertamina Internasional Refinery Unit II Dumai"],
          ["Lembaga Sertifikasi Profesi (LSP) Las Indonesia"]),
    Roles("PT Semen Gresik memberikan pelatihan juru las bagi 35 pemuda Rembang. Lulusan menerima sertifikat "
          "kompetensi dari Badan Nasional Sertifikasi Profesi (BNSP).",
          ["PT Semen Gresik"], ["Badan Nasional Sertifikasi Profesi (BNSP)"]),
    # negative: aid "dari" a body still names the giver
    Roles("Kelompok nelayan Desa Karangsong menerima bantuan perahu dari PT Kilang Pertamina Internasional. "
          "Pelatihan diberikan Universitas Wiralodra.",
          ["PT Kilang Pertamina Internasional"], ["Universitas Wiralodra"]),
]


@pytest.mark.parametrize("row", CERTIFIER, ids=lambda r: r.text[:50])
def test_certificate_from_a_body_names_a_partner(nlp, row):
    assert_roles(nlp, row.text, row.givers, row.partners)


# The legal name of every regional bank, "PT Bank Pembangunan Daerah X", holds the cue word "pembangunan"; inside the
# giver's own name it says nothing of a building programme (rules/sectors.toml not_cues; rg4_010, prg_010, scw_001,
# scw_009, par_092, pl3_006, pt4_005). Rows: (text, a label that must be given or None, a label that must not be)
BANK_NAME = [
    ("BPD Bali Serahkan Gamelan untuk Sekaa Gong Anak-Anak\n\nGIANYAR – PT Bank Pembangunan Daerah Bali (BPD Bali) "
     "menyerahkan seperangkat gamelan gong kebyar kepada Sekaa Gong Anak-Anak Tunas Swara di Desa Peliatan, Kecamatan "
     "Ubud, Minggu (9/11/2025). Gamelan senilai Rp 225 juta itu dipakai 35 anak yang berlatih setiap sore di balai "
     "banjar.", "budaya", "infrastruktur"),
    ("Bank BJB Serahkan Angklung untuk Sanggar Seni Purwakarta\n\nPURWAKARTA – PT Bank Pembangunan Daerah Jawa Barat "
     "dan Banten Tbk menyerahkan bantuan 40 set angklung kepada Sanggar Seni Sunda Rengganis di Kecamatan Jatiluhur, "
     "Purwakarta, Kamis (6/11/2025). Bantuan senilai Rp 90 juta itu dipakai 60 pelajar yang berlatih setiap pekan.",
     "budaya", "infrastruktur"),
    # negatives: the bank that renovates and builds keeps infrastruktur; a wheelchair gift stays sosial
    ("BPD Bali Renovasi Kantor Banjar di Gianyar\n\nGIANYAR – PT Bank Pembangunan Daerah Bali (BPD Bali) merenovasi "
     "balai banjar dan membangun jalan setapak di Banjar Tengah, Desa Peliatan, Minggu (9/11/2025). Pembangunan "
     "senilai Rp 325 juta itu diserahkan kepada warga banjar.", "infrastruktur", None),
    ("Bank NTT Serahkan 20 Kursi Roda untuk Penyandang Disabilitas\n\nKUPANG – PT Bank Pembangunan Daerah Nusa Tenggara "
     "Timur menyerahkan 20 kursi roda kepada penyandang disabilitas di Kota Kupang, Selasa (4/11/2025). Bantuan "
     "senilai Rp 60 juta itu diterima Dinas Sosial Kota Kupang.", "sosial", "infrastruktur"),
]


@pytest.mark.parametrize("text,given,not_given", BANK_NAME, ids=lambda c: str(c)[:50])
def test_the_regional_banks_name_is_no_building_cue(nlp, text, given, not_given):
    labels = [s["label"] for s in nlp(text)._.sectors]
    assert given in labels
    assert not_given not in labels


# "anak usaha" (subsidiary) and "induk usaha" (parent company) describe how the giver is owned: no enterprise cue
# (rules/sectors.toml not_cues; rg4_006, gv5_005, gv6_008, pg6_006). Rows as BANK_NAME.
OWNERSHIP = [
    ("BSI Renovasi Tiga Ruang Kelas MI Nurul Huda\n\nBANYUWANGI – PT Bumi Suksesindo (BSI), anak usaha PT Merdeka Copper "
     "Gold Tbk, merampungkan renovasi tiga ruang kelas Madrasah Ibtidaiyah (MI) Nurul Huda di Desa Sumberagung, "
     "Kecamatan Pesanggaran, Jumat (7/11/2025). Renovasi senilai Rp 412 juta itu dipakai 186 siswa. Sembilan guru juga "
     "mengikuti pelatihan komputer.", "pendidikan", "ekonomi"),
    ("BUMA Serahkan Sumur Bor untuk Warga Kampung Labanan\n\nTANJUNG REDEB – PT Bukit Makmur Mandiri Utama (BUMA), anak "
     "usaha PT Delta Dunia Makmur Tbk, menyerahkan dua sumur bor dan tandon air bersih kepada warga Kampung Labanan "
     "Jaya, Kabupaten Berau, Rabu (5/11/2025). Bantuan senilai Rp 310 juta itu mengalirkan air ke 180 kepala keluarga.",
     "infrastruktur", "ekonomi"),
    # negatives: a subsidiary that trains young people to open a business keeps ekonomi; a parent named in a health
    # programme adds nothing
    ("Semen Gresik Latih Pemuda Jadi Wirausaha Bengkel\n\nREMBANG – PT Semen Gresik, anak usaha PT Semen Indonesia "
     "(Persero) Tbk, memberikan pelatihan usaha bengkel motor dan modal usaha kepada 30 pemuda Desa Tegaldowo, "
     "Kecamatan Gunem, Kamis (6/11/2025). Bantuan senilai Rp 150 juta itu untuk membuka usaha bengkel.", "ekonomi", None),
    ("AMNT Latih Kader Posyandu Cegah Stunting\n\nTALIWANG – PT Amman Mineral Nusa Tenggara (AMNT) menyerahkan bantuan "
     "makanan tambahan dan melatih 60 kader posyandu di Kecamatan Maluk, Kabupaten Sumbawa Barat, Senin (3/11/2025). "
     "Induk usaha AMNT, PT Amman Mineral Internasional Tbk, menyebut program ini menyasar 240 balita.",
     "kesehatan", "ekonomi"),
]


@pytest.mark.parametrize("text,given,not_given", OWNERSHIP, ids=lambda c: str(c)[:50])
def test_subsidiary_and_parent_are_no_enterprise_cue(nlp, text, given, not_given):
    labels = [s["label"] for s in nlp(text)._.sectors]
    assert given in labels
    assert not_given not in labels
