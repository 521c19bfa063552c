"""Classes of the blind batch pt8_001-014 (partners, eighth kind; docs/unseen_pt8_s34.md) fixed in round s34, on
clauses written for these tests (real-looking Indonesian, real companies and places; people, groups and figures
invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import Roles, assert_roles

# a head after a function noun that follows a job title is the object of that noun, a department in the title
# ("Officer Hubungan Komunitas PT Vale Indonesia": community relations), no community of its own (pt8_005, 006, 009,
# pg7_013; rules/organizations.toml title_field_nouns, title_field_heads)
TITLE_FIELD = [
    Roles("Vale Bagikan Bibit Lada\n\nPT Vale Indonesia Tbk menyalurkan 4.000 bibit lada kepada Kelompok Tani Sipakainge 2 "
          "di Desa Magani, Luwu Timur. Officer Hubungan Komunitas PT Vale Indonesia, Andi Baso, mengatakan lada cocok "
          "ditanam di sana.", ["PT Vale Indonesia Tbk"], ["Kelompok Tani Sipakainge 2"]),
    Roles("Badak NGL Bangun Rumah Hidroponik\n\nPT Badak NGL membangun dua rumah hidroponik untuk Kelompok Tani "
          "Hidroponik Guntung Bersatu 3 di Kota Bontang. Manajer Pemberdayaan Komunitas Badak NGL, Yudi Santoso, "
          "mengatakan hasilnya dijual ke warung.", ["PT Badak NGL"], ["Kelompok Tani Hidroponik Guntung Bersatu 3"]),
    Roles("Petani Kopi Dilatih\n\nPT Agincourt Resources melatih 35 petani kopi di Batang Toru melalui program CSR. "
          "Pelatihan itu dilaksanakan bekerja sama dengan Universitas Sumatera Utara. Senior Manager Hubungan "
          "Komunitas PT Agincourt Resources, Rosmawati Harahap, mengatakan kopi cocok di lereng.",
          ["PT Agincourt Resources"], ["Universitas Sumatera Utara"]),
    Roles("Nelayan Banggai Dapat Rumpon\n\nPT Donggi-Senoro LNG (DSLNG) menyerahkan 20 rumpon kepada Kelompok Nelayan "
          "Uso Bahari di Kabupaten Banggai. Senior Manager Relasi Komunitas DSLNG, Rahmat Lapasi, mengatakan rumpon "
          "dipasang bulan ini.", ["PT Donggi-Senoro LNG (DSLNG)"], ["Kelompok Nelayan Uso Bahari"]),
]
# negatives: a community after a title with no function noun, or after a function noun with no title, is a body
TITLE_FIELD_NOT = [
    Roles("Pantai Bontang Dibersihkan\n\nPT Pupuk Kalimantan Timur menyerahkan 40 tong sampah kepada Komunitas Peduli "
          "Pesisir Bontang. Ketua Komunitas Peduli Pesisir Bontang, Rudi Hartono, mengatakan tong dipasang di pantai.",
          ["PT Pupuk Kalimantan Timur"], ["Komunitas Peduli Pesisir Bontang"]),
    Roles("Sungai Dibersihkan\n\nBank Kalsel menyerahkan perahu sampah dalam program CSR. Pelatihan dilakukan bersama "
          "Komunitas Pengembangan Sungai Martapura di Kota Banjarmasin.",
          ["Bank Kalsel"], ["Komunitas Pengembangan Sungai Martapura"]),
]


# the seller of a supply people pay for, named after a verb of buying or using and "dari", is neither a giver nor a
# partner (pt8_008, pt8_012, pl7_004; rules/roles.toml [supplier])
SUPPLIER = [
    Roles("Warga Matangkuli Dapat Tangki Air\n\nPT Pema Global Energi (PGE) menyerahkan 50 tangki penampung air hujan "
          "kepada warga Gampong Meunasah Pante. Selama ini warga membeli air bersih dari PDAM Tirta Mon Pase yang "
          "diantar dengan jeriken.", ["PT Pema Global Energi (PGE)"], []),
    Roles("Air Bersih untuk Cibitung\n\nPT PLN Indonesia Power UBP Kamojang membangun pipa air bersih melalui program CSR "
          "bersama BUMDes Laksana Mandiri. Selama ini warga membeli air dari mobil tangki Perumda Air Minum Tirta Raharja seharga Rp "
          "50 ribu.", ["PT PLN Indonesia Power UBP Kamojang"], ["BUMDes Laksana Mandiri"]),
    Roles("Lampu Surya untuk Baduy\n\nPT Cemindo Gemilang Tbk menyerahkan 120 lampu tenaga surya kepada warga Baduy "
          "Luar. Warga di sana tidak memakai listrik dari jaringan PLN.", ["PT Cemindo Gemilang Tbk"], []),
]
# negatives: a group sold from, the giver after a word of aid, a supplier named elsewhere as a partner
SUPPLIER_NOT = [
    Roles("Koperasi Dapat Mesin\n\nPT Semen Tonasa menyerahkan mesin pengolah kepada Koperasi Tani Maju. Koperasi itu "
          "membeli gabah dari Kelompok Tani Sipakainge 2 di Pangkep.", ["PT Semen Tonasa"],
          ["Koperasi Tani Maju", "Kelompok Tani Sipakainge 2"]),
    Roles("Sekolah Terima Tandon\n\nSDN 3 Matangkuli menerima bantuan 10 tandon air dari PT Pema Global Energi. Sekolah "
          "itu memakai air sumur.", ["PT Pema Global Energi"], ["SDN 3 Matangkuli"]),
    Roles("Pipa Air untuk Warga\n\nPT Pema Global Energi menyerahkan 50 tangki air kepada warga Matangkuli. Pemasangan "
          "pipa dikerjakan bersama PDAM Tirta Mon Pase. Sebelumnya warga membeli air dari PDAM Tirta Mon Pase.",
          ["PT Pema Global Energi"], ["PDAM Tirta Mon Pase"]),
]


@pytest.mark.parametrize("case", TITLE_FIELD + TITLE_FIELD_NOT, ids=lambda c: c.text[:40])
def test_s34_a_department_in_a_job_title_is_no_community(nlp, case):
    assert_roles(nlp, case.text, case.givers, case.partners)


@pytest.mark.parametrize("case", SUPPLIER + SUPPLIER_NOT, ids=lambda c: c.text[:40])
def test_s34_the_seller_of_a_supply_is_no_partner(nlp, case):
    assert_roles(nlp, case.text, case.givers, case.partners)


# a participant's workplace in apposition with the job said as a verb of working at a place and a habit adverb in the
# link ("Salah satu petani, Hasnah (41), yang sehari-hari juga mengajar di SD Negeri 251 Magani", pt8_005; rules/
# roles.toml [workplace]): the programme reaches the person, the workplace takes no part
WORKPLACE_VERB = [
    Roles("Vale Bagikan Bibit Lada\n\nPT Vale Indonesia Tbk menyalurkan 4.000 bibit lada kepada Kelompok Tani Sipakainge 2 "
          "di Desa Magani. Salah satu petani, Hasnah (41), yang sehari-hari juga mengajar di SD Negeri 251 Magani, "
          "mengaku senang.", ["PT Vale Indonesia Tbk"], ["Kelompok Tani Sipakainge 2"]),
    Roles("Kader Posyandu Dilatih\n\nPT Vale Indonesia Tbk melalui program CSR menyerahkan alat timbang kepada Posyandu "
          "Melati di Desa Magani. Salah satu peserta, Rina (30), yang sehari-hari bertugas di Puskesmas Nuha, mengaku "
          "senang.", ["PT Vale Indonesia Tbk"], ["Posyandu Melati"]),
]
# negatives: the workplace also co-runs the programme; a group's chair (no participant word) keeps the body after a
# verb of teaching (after `bekerja di` any person's workplace is none: gv10's rule, tests/test_unseen_gv10_s34.py)
WORKPLACE_VERB_NOT = [
    Roles("Kader Posyandu Dilatih\n\nPT Vale Indonesia Tbk melalui program CSR menyerahkan alat timbang kepada Posyandu "
          "Melati bersama Puskesmas Nuha di Desa Magani. Salah satu peserta, Rina (30), yang sehari-hari bertugas di "
          "Puskesmas Nuha, mengaku senang.", ["PT Vale Indonesia Tbk"], ["Posyandu Melati", "Puskesmas Nuha"]),
    Roles("Kopi Dilatih\n\nPT Agincourt Resources melalui program CSR menyerahkan bibit kopi kepada Kelompok Tani "
          "Sipenggeng Jaya. Ketua kelompok, Baginda, yang juga mengajar di SD Negeri 2 Sipirok, mengaku "
          "senang.", ["PT Agincourt Resources"], ["Kelompok Tani Sipenggeng Jaya", "SD Negeri 2 Sipirok"]),
]


@pytest.mark.parametrize("case", WORKPLACE_VERB + WORKPLACE_VERB_NOT, ids=lambda c: c.text[:40])
def test_s34_a_workplace_said_with_a_verb_is_no_partner(nlp, case):
    assert_roles(nlp, case.text, case.givers, case.partners)
