"""Classes of the blind batch pg7_001-014 (programme names, seventh kind; docs/unseen_pg7_s33.md) fixed in round s33,
on clauses written for these tests (real-looking Indonesian, real companies and places; people, groups, programme
names and figures invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.test_programs import finder_nlp, names  # noqa: F401  (the programme finder alone, as test_programs uses it)
from tests.phrases import assert_roles, places_around_programme

# a bare year closing a capitalised name is the edition of a recurring programme, as "Tahun 2025" is (pg7_001;
# rules/programs.toml edition_bare_centuries): read when the article also writes the name without the year.
# Rows: (text, the name that must be read)
YEAR_EDITION = [
    ("Guru Rohil Ikut Kelas Proyek\n\nPT Pertamina Hulu Rokan kembali menggelar PHR Sahabat Guru 2025 di Bagansiapiapi. "
     "Tahun ini PHR Sahabat Guru diikuti 120 guru.", "PHR Sahabat Guru"),
    ("Siswa Balikpapan Adu Inovasi\n\nPertamina Eduvention 2024 diikuti 300 pelajar. Menurut panitia, Pertamina "
     "Eduvention sudah berjalan empat tahun.", "Pertamina Eduvention"),
    ("Peternak Sapi Dilatih\n\nSebanyak 40 peternak ikut Ternak Maju Tanjung Enim 2025 yang digelar PT Bukit Asam. "
     "Ternak Maju Tanjung Enim berlangsung enam bulan.", "Ternak Maju Tanjung Enim"),
]
# negatives: a dated title never written without its year, a draft budget, a fund, an event named head-last
YEAR_EDITION_NOT = [
    ("Bank Kalbar Raih Penghargaan\n\nBank Kalbar meraih TOP CSR Awards 2025 di Jakarta. Penghargaan TOP CSR Awards 2025 "
     "diserahkan Kamis.", "TOP CSR Awards"),
    ("DPRD Bahas Anggaran\n\nFraksi menyoroti Rancangan APBD 2026. Menurut fraksi, Rancangan APBD itu terlalu besar.",
     "Rancangan APBD"),
    ("Kopi Sipirok Dibantu\n\nDana CSR 2016 diterima bupati. Dana CSR itu dipakai untuk modal usaha petani kopi.", "Dana CSR"),
    ("Danone Pamerkan Air Bersih\n\nPembukaan Green Festival 2011 ramai. Dalam Green Festival, perusahaan memamerkan "
     "pengelolaan air.", "Green Festival"),
]


@pytest.mark.parametrize("text,name", YEAR_EDITION, ids=lambda c: str(c)[:50])
def test_a_year_closing_a_name_is_its_edition(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", YEAR_EDITION_NOT, ids=lambda c: str(c)[:50])
def test_a_dated_title_budget_or_event_is_no_programme(finder_nlp, text, name):  # noqa: F811
    assert name not in names(finder_nlp, text)


# a lower-case preposition inside a name after the adjective that governs it ("bebas dari", pg7_004;
# rules/programs.toml governed_connectors). Rows: (text, the whole name)
GOVERNED = [
    ("Warga Kubangsari Pilah Sampah\n\nPT Krakatau Steel melalui program CSR Kampung Hijau Bebas dari Sampah mengajak "
     "warga memilah sampah.", "Kampung Hijau Bebas dari Sampah"),
    ("Balita Ditimbang Tiap Bulan\n\nPuskesmas menjalankan program Desa Merdeka dari Stunting bersama PT Vale di Luwu Timur.",
     "Desa Merdeka dari Stunting"),
    ("Sekolah Dapat Tong Sampah\n\nMelalui program Sekolah Bebas dari Plastik, Bank Sumsel Babel menyerahkan tong sampah.",
     "Sekolah Bebas dari Plastik"),
]
# negatives: a free "dari" opens the giver or the source, the name ends before it
GOVERNED_NOT = [
    ("Petani Dapat Benih\n\nBantuan itu lewat program Tani Sejahtera dari Bank Kalsel untuk 40 petani.",
     "Tani Sejahtera dari Bank Kalsel", "Tani Sejahtera"),
    ("Nelayan Dapat Mesin\n\nMesin itu bagian dari program Nelayan Tangguh dari PT Timah di Bangka.",
     "Nelayan Tangguh dari PT Timah", "Nelayan Tangguh"),
]


@pytest.mark.parametrize("text,name", GOVERNED, ids=lambda c: str(c)[:50])
def test_a_governed_preposition_stays_inside_the_name(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


@pytest.mark.parametrize("text,wrong,name", GOVERNED_NOT, ids=lambda c: str(c)[:50])
def test_a_free_dari_ends_the_name(finder_nlp, text, wrong, name):  # noqa: F811
    found = names(finder_nlp, text)
    assert wrong not in found and name in found


# on a title-case line a lower-case preposition of the recipients ends every name (pg7_011; rules/programs.toml
# launch_for): what is left of a generic Title Case phrase is a description, no name. Rows: (text, what must not be read)
HEADLINE_FOR = [
    ("SSMS Gelar Program Bantuan Sosial untuk Korban Banjir Kotawaringin Barat\n\nPANGKALAN BUN - PT Sawit Sumbermas "
     "Sarana Tbk menyalurkan 1.500 paket sembako.", "Bantuan Sosial untuk Korban Banjir Kotawaringin Barat"),
    ("Bank Riau Kepri Salurkan Program Bantuan Pendidikan bagi Anak Nelayan Bengkalis\n\nBENGKALIS - Bank Riau Kepri "
     "Syariah menyerahkan perlengkapan sekolah.", "Bantuan Pendidikan bagi Anak Nelayan Bengkalis"),
]
# negatives: in body text the name keeps its "untuk" (pg7_010), and a launched headline name still ends there (pg6_012)
HEADLINE_FOR_NOT = [
    ("Karyawan BSG Tanam Mangrove\n\nDireksi menanam 5.000 bibit mangrove lewat program CSR Laut Biru untuk Anak Cucu "
     "di Tongkaina.", "Laut Biru untuk Anak Cucu"),
    ("Antam Luncurkan Laut Kita Sejahtera untuk Nelayan Buli\n\nBULI - PT Aneka Tambang Tbk menyerahkan 20 perahu "
     "fiber kepada nelayan Desa Buli.", "Laut Kita Sejahtera"),
]


@pytest.mark.parametrize("text,wrong", HEADLINE_FOR, ids=lambda c: str(c)[:50])
def test_a_headline_preposition_ends_a_name(finder_nlp, text, wrong):  # noqa: F811
    assert wrong not in names(finder_nlp, text)


@pytest.mark.parametrize("text,name", HEADLINE_FOR_NOT, ids=lambda c: str(c)[:50])
def test_a_body_name_keeps_its_preposition(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)


# a programme's edition ("Jilid II") is no village number (pg7_002; locations.PlaceFinder.numbered_village): a place head
# inside a programme span stays dropped; a numbered village ("Desa Karya Makmur II") inside one stays a place
def test_an_edition_numeral_keeps_a_programme_from_being_a_village(nlp):
    text = ("Nagari Cerdas Jilid II Sasar 25 Sekolah di Pesisir Selatan\n\nPAINAN - Bank Nagari melanjutkan program CSR "
            "Nagari Cerdas Jilid II di Kabupaten Pesisir Selatan, Sumatera Barat.")
    places = [p.name for p in nlp(text)._.locations]
    assert "Nagari Cerdas Jilid II" not in places and "Kabupaten Pesisir Selatan" in places


def test_a_numbered_village_inside_a_programme_span_stays(nlp):
    text = "Pelatihan serupa digelar di Desa Karya Makmur II, Kecamatan Sungai Lilin, Kabupaten Musi Banyuasin."
    assert "Desa Karya Makmur II" in places_around_programme(nlp, text, "Desa Karya Makmur II")


# starting a programme is running it (pg7_006, the shape of pg3_011; rules/roles.toml "memulai program", as
# "menjalankan" and "meluncurkan"): the subject gives. Rows: (text, givers, partners)
STARTS_PROGRAMME = [
    ("PT Pertamina Patra Niaga Integrated Terminal Balikpapan memulai program Sungai Bersih Ampal di tiga SD di Kota "
     "Balikpapan, bagian dari TJSL perusahaan. Materi disusun bersama Komunitas Ampal Lestari, lembaga mitra Pertamina.",
     ["PT Pertamina Patra Niaga Integrated Terminal Balikpapan"], ["Komunitas Ampal Lestari"]),
    ("PT Kilang Pertamina Internasional Refinery Unit VI Balongan memulai program CSR Dapur Sehat Balongan di Kabupaten "
     "Indramayu. Menu disusun Yayasan Gizi Pantura, lembaga mitra Pertamina yang sudah lama bekerja di desa itu.",
     ["PT Kilang Pertamina Internasional Refinery Unit VI Balongan"], ["Yayasan Gizi Pantura"]),
]
# negative: a company starting works ("memulai pembangunan") is no giver beside the one that gives
STARTS_PROGRAMME_NOT = [
    ("PT Semen Tonasa menyerahkan bantuan CSR berupa perahu kepada nelayan Pangkep. Di desa yang sama, PT Wijaya Karya "
     "memulai pembangunan dermaga baru.", "PT Wijaya Karya"),
]


@pytest.mark.parametrize("text,givers,partners", STARTS_PROGRAMME, ids=lambda c: str(c)[:50])
def test_starting_a_programme_gives(nlp, text, givers, partners):
    assert_roles(nlp, text, givers, partners)


@pytest.mark.parametrize("text,name", STARTS_PROGRAMME_NOT, ids=lambda c: str(c)[:50])
def test_starting_works_is_no_giving(nlp, text, name):
    assert name not in [o.name for o in nlp(text)._.organizations if o.role == "giver"]


# a recipient introduced by name, then in apposition where the person studies or works ("Salah satu penerima, Maria
# Rumlus, mahasiswi Fakultas Perikanan ...", pg7_009; "penerima, Meilany Tumbelaka, mahasiswi Fakultas Kedokteran Unsrat",
# pg3_007): "penerima" introduces a participant as "peserta" does (rules/roles.toml [workplace] participants; the
# lead's ruling on a participant's workplace). Rows: (text, the body that must not be a partner)
RECIPIENT_WORKPLACE = [
    ("PT Bank Pembangunan Daerah Maluku dan Maluku Utara menyalurkan beasiswa CSR kepada 85 mahasiswa di Ambon. Salah "
     "satu penerima, Maria Rumlus, mahasiswi Fakultas Perikanan asal Kepulauan Aru, mengaku lega.", "Fakultas Perikanan"),
    ("PT Meares Soputan Mining menyerahkan beasiswa CSR kepada 40 mahasiswa asal Minahasa Utara. Salah satu penerima, "
     "Meilany Tumbelaka, mahasiswi Fakultas Teknik Unsrat asal Desa Marinsow, berterima kasih.", "Fakultas Teknik Unsrat"),
]
# negative: a university named elsewhere as the one that selects the recipients stays a partner
RECIPIENT_WORKPLACE_NOT = [
    ("PT Bank Pembangunan Daerah Maluku dan Maluku Utara menyalurkan beasiswa CSR kepada 85 mahasiswa bersama "
     "Universitas Pattimura, yang menyeleksi penerima. Salah satu penerima, Maria Rumlus, mahasiswi Universitas "
     "Pattimura asal Kepulauan Aru, mengaku lega.", "Universitas Pattimura"),
]


@pytest.mark.parametrize("text,body", RECIPIENT_WORKPLACE, ids=lambda c: str(c)[:50])
def test_a_recipients_faculty_in_apposition_is_no_partner(nlp, text, body):
    assert body not in [o.name for o in nlp(text)._.organizations if o.role == "partner"]


@pytest.mark.parametrize("text,body", RECIPIENT_WORKPLACE_NOT, ids=lambda c: str(c)[:50])
def test_a_selecting_university_stays_a_partner(nlp, text, body):
    assert body in [o.name for o in nlp(text)._.organizations if o.role == "partner"]
