"""Classes of the blind batch pg8_001-014 (programme names and sectors, eighth kind; docs/unseen_pg8_s34.md) fixed in
round s34, on clauses written for these tests (real-looking Indonesian, real companies and places; people, groups,
programme names and figures invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.test_programs import finder_nlp, names  # noqa: F401  (the programme finder alone, as test_programs uses it)

# the scheme's label spelled out in lower case between the cue and the name ("program tanggung jawab sosial dan
# lingkungan (TJSL) Siaga Gizi", pg8_001, pg8_006, pg8_011; rules/programs.toml label_descriptors, read in any case as
# the Title Case label already was). Rows: (text, the name that must be read)
LABEL_ANY_CASE = [
    ("PT Badak NGL menjalankan program tanggung jawab sosial dan lingkungan (TJSL) Siaga Gizi di SD Negeri 011 Bontang "
     "Selatan, Kota Bontang.", "Siaga Gizi"),
    ("PT PLN (Persero) UIW NTT meresmikan sarana air bersih program tanggung jawab sosial dan lingkungan (TJSL) Oe Mata "
     "Hidup di Desa Oebelo, Kabupaten Kupang.", "Oe Mata Hidup"),
    ("PT Semen Gresik melanjutkan program corporate social responsibility (CSR) Sahabat Petani Gunem di Desa Tegaldowo, "
     "Rembang.", "Sahabat Petani Gunem"),
]
# negatives: after the label the owner's name is still the owner, and a demonstrative after the label leaves no name
LABEL_ANY_CASE_NOT = [
    ("Dana itu berasal dari program tanggung jawab sosial dan lingkungan (TJSL) Bank Aceh Syariah di Banda Aceh.",
     "Bank Aceh Syariah"),
    ("Program corporate social responsibility (CSR) ini melanjutkan tahap pertama yang berjalan sejak 2022.", "CSR"),
]


@pytest.mark.parametrize("text,name", LABEL_ANY_CASE, ids=lambda c: str(c)[:50])
def test_a_lower_case_label_before_the_name_is_skipped(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", LABEL_ANY_CASE_NOT, ids=lambda c: str(c)[:50])
def test_a_lower_case_label_leaves_the_owner_no_name(finder_nlp, text, name):  # noqa: F811
    found = names(finder_nlp, text)
    assert name not in found and not any(name in n for n in found)


# a version numeral closing a name ("Srikandi Segara 2.0", pg8_002; rules/programs.toml version_numeral): a dot between
# digits with no third digit after it is no thousands group, and Indonesian writes decimals with a comma
VERSION = [
    ("PT Kilang Pertamina Internasional RU IV Cilacap memulai program Srikandi Segara 2.0 di Kelurahan Tegalkamulyan.",
     "Srikandi Segara 2.0"),
    ("BRI menjalankan program Desa Berdaya 2.0. Sebanyak 40 warga ikut kelas pemasaran.", "Desa Berdaya 2.0"),
]
# negatives: a count or a sum after the name is no version; a decimal with a comma neither
VERSION_NOT = [
    ("Melalui program Kampung Sehat 2.500 warga menerima pemeriksaan.", "Kampung Sehat", "Kampung Sehat 2.5"),
    ("Lewat program Hutan Lestari 3,5 hektare lahan kritis ditanami.", "Hutan Lestari", "Hutan Lestari 3"),
]


@pytest.mark.parametrize("text,name", VERSION, ids=lambda c: str(c)[:50])
def test_a_version_numeral_closes_a_name(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name,wrong", VERSION_NOT, ids=lambda c: str(c)[:50])
def test_a_count_after_a_name_is_no_version(finder_nlp, text, name, wrong):  # noqa: F811
    found = names(finder_nlp, text)
    assert name in found and wrong not in found


# "Pesantren" opens a programme name only with a theme word or an acronym, as a place head does (pg8_009; rg4's left
# item; rules/programs.toml org_heads_opening): a pesantren's own proper name after "program" is the institution.
# Rows: (text, what must not be read)
PESANTREN_OWN_NAME = [
    ("PT Bank Aceh Syariah menyerahkan dana CSR Rp 500 juta. Dana itu mendukung program Pesantren Modern Babul Ilmi "
     "untuk menambah daya tampung santri putri.", "Pesantren Modern Babul Ilmi"),
    ("Bantuan Bank Jatim diarahkan untuk program Pesantren Darul Ulum Jombang membangun asrama.", "Pesantren Darul Ulum Jombang"),
]
# negatives: a programme named after the kind of school, with its theme words, stays a programme
PESANTREN_PROGRAMME = [
    ("PT Tirta Investama menjalankan program Pesantren Bersih Berdaya di Kabupaten Klaten.", "Pesantren Bersih Berdaya"),
    ("Melalui program Pesantren Hijau Produktif, santri menanam sayur di lahan pondok.", "Pesantren Hijau Produktif"),
]


@pytest.mark.parametrize("text,name", PESANTREN_OWN_NAME, ids=lambda c: str(c)[:50])
def test_a_pesantrens_own_name_is_no_programme(finder_nlp, text, name):  # noqa: F811
    assert name not in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", PESANTREN_PROGRAMME, ids=lambda c: str(c)[:50])
def test_a_pesantren_themed_programme_stays(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


def test_the_pesantren_after_program_is_a_partner_again(nlp):
    text = ("PT Bank Aceh Syariah menyerahkan dana CSR sebesar Rp 500 juta untuk pembangunan asrama putri Pesantren Modern "
            "Babul Ilmi di Kabupaten Aceh Besar. Dana itu mendukung program Pesantren Modern Babul Ilmi untuk menambah "
            "daya tampung santri putri.")
    assert "Pesantren Modern Babul Ilmi" in [o.name for o in nlp(text)._.organizations if o.role == "partner"]


# an anniversary ends a name ("Jalan Sehat HUT ke-61", pg8_010; "HUT ke-64", pg7_010; rules/programs.toml
# name_breakers): the edition read after it counts the years of an event. Rows: (text, what must not be read)
ANNIVERSARY = [
    ("Bank Kalsel Gelar Jalan Sehat HUT ke-61, Uang Pendaftaran untuk Panti Asuhan\n\nBANJARMASIN - Ribuan warga "
     "mengikuti Jalan Sehat HUT ke-61 Bank Kalsel sejauh lima kilometer.", "Jalan Sehat HUT"),
    ("Bank Sumut Gelar Senam Sehat HUT ke-63\n\nMEDAN - Sebanyak 3.000 warga mengikuti Senam Sehat HUT ke-63 Bank "
     "Sumut di Lapangan Merdeka.", "Senam Sehat HUT"),
]
# negatives: a programme's name before an anniversary keeps its words; an edition word still counts a programme's round
ANNIVERSARY_NOT = [
    ("Dalam rangka HUT ke-64, PT Bank SulutGo menjalankan program CSR Laut Biru di Tongkaina.", "Laut Biru"),
    ("Smart Farming Academy Angkatan II diikuti 30 petani. Smart Farming Academy digelar PT Pupuk Kujang.",
     "Smart Farming Academy"),
]


@pytest.mark.parametrize("text,wrong", ANNIVERSARY, ids=lambda c: str(c)[:50])
def test_an_anniversary_ends_a_name(finder_nlp, text, wrong):  # noqa: F811
    assert wrong not in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", ANNIVERSARY_NOT, ids=lambda c: str(c)[:50])
def test_a_programme_beside_an_anniversary_stays(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


# a copula defining a capitalised name as a (sub-)programme in body text ("Kakao Bangkit adalah sub-program pertama
# dari ...", pg8_007; rules/programs.toml copular_between, defining_nouns). Rows: (text, the name that must be read)
COPULAR = [
    ("Vale Ajak Petani Malili Remajakan Kebun\n\nPetani belajar menyambung kakao. Kakao Bangkit adalah sub-program pertama dari program pemberdayaan Vale di Luwu "
     "Timur.", "Kakao Bangkit"),
    ("Pusri Ajak Siswa Jaga Sungai\n\nSebanyak 30 siswa ikut menanam. Sekolah Sungai Musi merupakan salah satu program unggulan Pusri di Palembang.",
     "Sekolah Sungai Musi"),
]
# negatives: an activity that is part of a programme, a village named as the setting, a demonstrative subject
COPULAR_NOT = [
    ("Karyawan Tanam Mangrove\n\nPenanaman Mangrove merupakan bagian dari program TJSL PT Pertamina di Bengkalis.", "Penanaman Mangrove"),
    ("Pemkab Tata Desa\n\nDesa Gayam merupakan salah satu program prioritas Pemkab Bojonegoro.", "Desa Gayam"),
]


@pytest.mark.parametrize("text,name", COPULAR, ids=lambda c: str(c)[:50])
def test_a_copula_defines_a_programme_name(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", COPULAR_NOT, ids=lambda c: str(c)[:50])
def test_a_part_or_a_place_is_no_copular_name(finder_nlp, text, name):  # noqa: F811
    assert name not in names(finder_nlp, text)


# "jalan sehat" (a mass walk) is an event's name: neither a road nor a health service (pg7_010, pg8_010;
# rules/sectors.toml not_cues). Rows: (text, a label that must be given, a label that must not be or None)
WALK = [
    ("Bank Kalsel Gelar Jalan Sehat, Uang Pendaftaran untuk Anak Yatim\n\nBANJARMASIN - PT Bank Pembangunan Daerah "
     "Kalimantan Selatan (Bank Kalsel) menggelar jalan sehat di Siring Menara Pandang, Minggu (30/11/2025). Usai jalan "
     "sehat, Bank Kalsel menyerahkan santunan Rp 250 juta kepada 500 anak yatim dari 14 panti asuhan. Peserta jalan "
     "sehat juga mendapat undian sepeda motor.", "sosial", "kesehatan"),
    ("BSG Gelar Jalan Sehat dan Tanam Mangrove di Tongkaina\n\nMANADO - PT Bank SulutGo menggelar jalan sehat bersama "
     "2.000 warga, lalu menanam 5.000 bibit mangrove di pesisir Tongkaina lewat program CSR. Jalan sehat dimulai dari "
     "kantor pusat BSG. Mangrove itu dirawat kelompok pencinta lingkungan.", "lingkungan", "kesehatan"),
    # negative: a health check beside the walk keeps kesehatan
    ("Bank Kalsel Gelar Cek Kesehatan Gratis\n\nBANJARMASIN - PT Bank Pembangunan Daerah Kalimantan Selatan menggelar "
     "cek kesehatan gratis dan pengobatan bagi 600 warga usai jalan sehat, Minggu (30/11/2025). Dokter dan bidan "
     "Puskesmas memeriksa tekanan darah dan gula darah warga lewat program CSR.", "kesehatan", None),
]


@pytest.mark.parametrize("text,given,not_given", WALK, ids=lambda c: str(c)[:50])
def test_a_mass_walk_is_no_health_or_road_cue(nlp, text, given, not_given):
    labels = [s["label"] for s in nlp(text)._.sectors]
    assert given in labels
    assert not_given not in labels
