"""Event dates and the article's own date, as Indonesian news writes them.

DATES_AS_WRITTEN: clauses we wrote for each pattern the numbers issue (#3) names, with the article's
own date (metadata) where the case needs one. DATES_BUGS_CAUGHT: forms met in the dev articles that
the first rules missed, rewritten as our own clauses. NOT_DATES: never a date (or no year known).
DATES_XFAIL should pass and does not yet.
"""
from __future__ import annotations

from typing import NamedTuple

import pytest

from extract.components.dates import relative_date
from rules import load_rules


class Case(NamedTuple):
    text: str
    dates: list[str]
    article_date: str | None = None


DATES_AS_WRITTEN = [
    Case("Selasa (18/11/2025), rombongan mendatangi pabrik", ["2025-11-18"]),
    Case("diserahkan pada Kamis, 9/11/2023 di kantor bupati", ["2023-11-09"]),
    Case("kegiatan pada 18 November 2025 di Tuban", ["2025-11-18"]),
    Case("dirilis 18 Nov. 2025 oleh humas perusahaan", ["2025-11-18"]),
    Case("rapat di aula kantor Rabu, (02/11/2021).", ["2021-11-02"]),
    Case("menyambangi kantor Selasa (21/11) siang", ["2023-11-21"], "2023-11-23"),
    Case("bantuan diserahkan kemarin oleh direksi", ["2023-11-22"], "2023-11-23"),
    Case("pelatihan dibuka Senin lalu di balai desa", ["2023-11-20"], "2023-11-23"),
    Case("panen raya tiga hari lalu di desa", ["2023-11-20"], "2023-11-23"),
    Case("panen raya 3 hari lalu di desa", ["2023-11-20"], "2023-11-23"),  # digits: the pattern had "\d(1, 4)"
    Case("acara pada Senin, 5 Agt 2020 di pendopo", ["2020-08-05"]),
    Case("diresmikan 17 Nopember 2019 oleh bupati", ["2019-11-17"]),
    Case("ditandatangani tanggal 3 Pebruari 2018", ["2018-02-03"]),
    Case("Sabtu, November 27, 2021", ["2021-11-27"]),
    Case("arsip 2023-11-09 di laman resmi", ["2023-11-09"]),
    Case("surat tertanggal 28-05-2025 dari dinas", ["2025-05-28"]),
    Case("musyawarah di Kota Batu, Senin-Kamis (24-27/1/2022).", ["2022-01-24", "2022-01-27"]),
    Case("serah terima pada 28-29 April 2021 lalu", ["2021-04-28", "2021-04-29"]),
    Case("pelatihan sejak 30 Oktober – 4 November 2022 di Yogya", ["2022-10-30", "2022-11-04"]),
    Case("selama empat hari (23 Februari hingga 26 Februari 2015)", ["2015-02-23", "2015-02-26"]),
    Case("kunjungan pada 13 – 14 Oktober 2024 di Teluk Bintuni", ["2024-10-13", "2024-10-14"]),
    Case("libur pada 30 Desember - 2 Januari 2023", ["2022-12-30", "2023-01-02"]),
    Case("posko dibuka (28/12) untuk warga", ["2023-12-28"], "2024-01-05"),
    Case("Jakarta, 23 Juli 2025 – PT Kita menyerahkan bantuan, Rabu (16/7).", ["2025-07-23", "2025-07-16"]),
    Case("Bukittinggi, 2/6 (Antara) - Bank membuka kampung binaan", ["2011-06-02"], "2011-06-03"),
]

DATES_BUGS_CAUGHT = [
    Case("dimulai tanggal 24 hingga 27 Oktober 2017 di sekolah", ["2017-10-24", "2017-10-27"]),
    Case("Penyerahan bantuan dilakukan pada 20-21 Mei 2020.", ["2020-05-20", "2020-05-21"]),
    Case("acara Penyaluran Dana Tahap II Tahun 2020, di ruang rapat, Rabu (16/12).", ["2020-12-16"]),
    Case("Pada 20 Oktober 2022 Pokdakan Biawan menuai panen", ["2022-10-20"]),
    Case("Kamis, 07 Februari 2013 - 16:28 WIB\nRatusan UMKM andalkan pinjaman", ["2013-02-07"]),
    Case("pada Kamis malam (17 April 2025).", ["2025-04-17"]),
    Case("Program diresmikan pada Rabu 30 Maret 2021.\nPelatihan digelar Jumat (1/4).", ["2021-03-30", "2021-04-01"]),
    # issue #15: the month first without a comma; a weekday must fall on a year taken from the text
    Case("Acara digelar Februari 14 2010 di Gedung Sate", ["2010-02-14"]),
    Case("Laba naik dibanding tahun 2018, ujar direktur di Medan, Jumat (12/10).", ["2018-10-12"]),
    # issue #15, third pass: the forms of dateparser's and moment's Indonesian tests, in our clauses
    Case("bantuan diserahkan Min, 14 Feb 2010 pukul 15.25 di balai desa", ["2010-02-14"]),
    Case("panen perdana pada 12 Agu 2021 di Desa Wonokerto", ["2021-08-12"]),
    Case("bantuan diserahkan Minggu, Februari 14 2010, 3:25:50 sore", ["2010-02-14"]),
    # a remembered date is no year source: the story's year-less dates get none from it
    Case("kata direktur di Jakarta, Senin (13/12). Di Aceh bantuan juga untuk mengenang bencana tsunami, "
         "26 Desember 2004.", ["2004-12-26"]),
    Case("Warga berdoa bersama, Jumat (26/5), untuk mengenang gempa Yogyakarta 27 Mei 2006.", ["2006-05-27"]),
    Case("kata direktur di Jakarta, Senin (13/12). Bantuan pertama tiba 10 Desember 2021.",
         ["2021-12-13", "2021-12-10"]),  # an ordinary complete date still gives the year
]

NOT_DATES = [
    Case("program berjalan sejak 2016", []),
    Case("pada Maret 2015 lalu", []),
    Case("untuk periode 2016–2017", []),
    Case("warga RT2/RW1 Sukorame", []),
    Case("Peraturan Direksi Nomor 13 Tahun 2023", []),
    Case("Surat Nomor S-158/KO.066/2016", []),
    Case("layanan 24 jam setiap hari", []),
    Case("kata dia, Kamis (14/12), di sela acara", []),  # no year anywhere
    Case("bantuan diserahkan kemarin oleh direksi", []),  # no anchor: no date
    Case("pukul 09:47 WIB", []),
    Case("bantuan tiba dua minggu lalu di desa", [], "2023-11-23"),  # a count of weeks names no day
    Case("bantuan tiba 2 pekan lalu di desa", [], "2023-11-23"),
    Case("bantuan tiba pekan lalu di desa", [], "2023-11-23"),
    Case("kelas 4, 5 dan 6 SD menerima buku", []),  # a list of numbers with no month
    Case("skor 1/2-3/4 untuk tuan rumah", [], "2025-05-15"),  # fractions: no brackets, no weekday
    Case("peserta 1, 2 dan 3 Mei", []),  # a list of days with no year anywhere
    Case("Baca juga: KAI hentikan perjalanan mulai 24 April 2020\nIsi berita", []),
    Case("skor akhir 2-1 untuk tuan rumah", []),
    Case("mulai beroperasi pada bulan Agustus 2022 kemarin", [], "2022-10-25"),
    Case("15\nNov\nYogyakarta – PT Pertamina mengembangkan", []),
    Case("hasil tangkapan 80-100 kg per bulan", []),
    Case("sebanyak empat puluh Agustus 2020", []),  # no day 40
    Case("Laba di bawah periode sama tahun 2017, ujar direktur di Medan, Jumat (12/10).", []),  # 12/10/2017 was a Thursday
]

# Which year a year-less date takes (written for the blind batch corpus/articles/dat_*, see docs/numbers.md).
# The edition year of a named event in the same sentence dates it, as "Tahap II Tahun 2020" does; a direction word
# after the date ("lalu", "mendatang") says on which side of the article's date it lies.
DATES_WHICH_YEAR = [
    Case("Festival UMKM Binaan Cilacap 2025 yang dibuka Sabtu (16/8) di Alun-alun Cilacap.", ["2025-08-16"]),
    Case("Pekan Raya Jakarta 2025 resmi dibuka Presiden, Rabu (11/6), di JIExpo Kemayoran.", ["2025-06-11"]),
    Case("Hari Santri Nasional 2025 diperingati di Tuban pada (22/10).", ["2025-10-22"]),
    Case("Program berjalan hingga 31 Desember mendatang di seluruh desa.", ["2025-12-31"], "2025-05-13"),
    Case("Pendaftaran ditutup 31 Desember nanti di kantor camat.", ["2025-12-31"], "2025-05-13"),
    Case("Peresmian dijadwalkan 17 Agustus yang akan datang.", ["2025-08-17"], "2025-01-06"),
    Case("Bantuan pertama diserahkan 25 Maret lalu di balai desa.", ["2025-03-25"], "2025-10-20"),
    Case("Penyerahan pada Kamis (2/1) lalu di balai desa.", ["2025-01-02"], "2025-11-20"),
    Case("Bantuan diserahkan pada 28 Desember silam.", ["2024-12-28"], "2025-01-06"),
    Case("Posko dibuka (28/12) untuk warga.", ["2024-12-28"], "2025-01-06"),  # no direction word: the nearest year
    # a list of days sharing one month: every day is a date
    Case("Pelatihan digelar pada tanggal 1, 2 dan 3 Juni 2025 di Sorong.", ["2025-06-01", "2025-06-02", "2025-06-03"]),
    Case("Pasar murah pada 5, 12, dan 19 Juli 2025 di Palu.", ["2025-07-05", "2025-07-12", "2025-07-19"]),
    Case("Pasar murah pada 5, 12 serta 19 Juli di Palu.", ["2025-07-05", "2025-07-12", "2025-07-19"], "2025-07-20"),
    Case("Kegiatan digelar pada 12 dan 13 Agustus 2025.", ["2025-08-12", "2025-08-13"]),
    # a numeric range across two months names the first month too
    Case("Pelatihan digelar Rabu-Jumat (30/4-2/5/2025) di aula.", ["2025-04-30", "2025-05-02"]),
    Case("Pelatihan digelar Rabu-Jumat (30/4-2/5) di aula.", ["2025-04-30", "2025-05-02"], "2025-05-15"),
    Case("Posko libur (30/12-2/1) bagi relawan.", ["2025-12-30", "2026-01-02"], "2026-01-05"),
]

# A year in the sentence that is no year of its events gives a year-less date none (and no weekday saves it here).
NOT_THE_EVENT_YEAR = [
    Case("DPRD mengesahkan APBD tahun 2026 dalam rapat paripurna (3/11).", []),
    Case("Bantuan dari APBD 2026 dijadwalkan cair (3/11).", []),
    Case("Sesuai Perda Nomor 5 Tahun 2019, bantuan disalurkan pada (13/5) di balai desa.", []),
    Case("Program berjalan sejak tahun 2016 dan kembali digelar pada (15/5).", []),
    Case("Target hingga tahun 2030 dibahas dalam rapat (3/11).", []),
    Case("Rencana RPJMD 2021-2026 dibahas (3/11).", []),
    Case("Sebelumnya, pada Desember 2024, bandara menyerahkan bantuan (9/5).", []),
    Case("Beasiswa tahun ajaran 2025/2026 diserahkan (5/6).", []),
    Case("RUPS Tahunan Tahun Buku 2024 digelar di Jakarta (20/5).", []),  # a year reported on, the year before
    Case("Laporan Keuangan 2024 dirilis perseroan pada (28/3).", []),
    # a year-less wire dateline dates the report: the lead sentence's years speak of the news
    Case("Banjarmasin, 3/11 (ANTARA) - DPRD mengesahkan APBD Kalimantan Selatan tahun 2026 sebesar Rp 10,2 triliun.", []),
    Case("Jakarta, 5/1 (ANTARA) - Pemerintah menargetkan swasembada pangan pada tahun 2027.", []),
]

# Written for the precision batch corpus/articles/dat_017-032 (docs/unseen_dat_s24.md): a day of every year, a
# document's number in digits, and a birth or founding date, which is a date but no year for the story's dates.
NOT_AN_EVENTS_DATE = [
    Case("Kegiatan serupa digelar pada Hari Mangrove Sedunia yang diperingati setiap 26 Juli.", [], "2024-06-05"),
    Case("Hari Ibu diperingati setiap tanggal 22 Desember di seluruh Indonesia.", [], "2024-08-12"),
    Case("Setiap 17 Agustus warga desa menggelar lomba panjat pinang.", [], "2024-08-12"),
    Case("Lomba digelar setiap tahun pada 17 Agustus di lapangan desa.", [], "2024-08-12"),
    Case("Tradisi itu digelar saban 1 Suro dan tiap 10 Muharram.", [], "2024-08-12"),
    Case("Hari Lingkungan Hidup diperingati pada 5 Juni setiap tahun.", [], "2024-08-12"),
    Case("Upacara adat digelar 26 Juli tiap tahunnya oleh warga.", [], "2024-08-12"),
    Case("Bantuan mengacu Surat Keputusan Bupati Nomor 12/5/2024 tentang penerima bantuan.", []),
    Case("Berdasarkan SK No. 14/3/2024 penerima ditetapkan.", []),
    Case("Berdasarkan Keputusan Kepala Desa No: 05/02/2024 penerima ditetapkan.", []),
    Case("Sesuai Surat Edaran Nomor 3/8/2024 dari dinas.", []),
    # the birth or founding date is kept; the year-less date takes no year from it (it was dated 1940)
    Case("KUPANG - Bank NTT menyerahkan bantuan, Senin (12/8). Penerima tertua lahir di Kupang, 3 Maret 1940.",
         ["1940-03-03"]),
    Case("KUPANG - Bank NTT menyerahkan bantuan, Senin (12/8). Bank NTT didirikan pada 17 Juli 1962.", ["1962-07-17"]),
]
# ... and their positives: one occasion named with its year, a date the weekday or bracket makes an event's, a year-less
# date with the article's own date beside a birth date
AN_EVENTS_DATE = [
    Case("Pada setiap 17 Agustus 2024 lalu warga menggelar lomba.", ["2024-08-17"]),
    Case("Penanaman bertepatan dengan Hari Lingkungan Hidup Sedunia, 5 Juni, di pesisir.", ["2024-06-05"], "2024-06-06"),
    Case("Bantuan diserahkan 5 Juni, setahun setelah banjir.", ["2024-06-05"], "2024-06-06"),
    Case("Bantuan diserahkan Senin (12/8/2024) oleh kepala dinas Nomor satu di kabupaten itu.", ["2024-08-12"]),
    Case("Penerima tertua, Mama Yuliana, lahir di Kupang, 3 Maret 1940. Bantuan tiba Senin (12/8).",
         ["1940-03-03", "2024-08-12"], "2024-08-13"),
    Case("Seleksi digelar 12-14 Agustus di kantor kebun.", ["2024-08-12", "2024-08-14"], "2024-08-14"),
    Case("Koperasi itu berdiri sejak 20 Mei 2001 dan menerima bantuan pada 5 Juni 2024.", ["2001-05-20", "2024-06-05"]),
]

# Written for the blind batch corpus/articles/num_* (docs/unseen_num_s25.md): what short regional articles carry that
# looks like a day and is none. "kemarin" after a noun of time or event, or after a month name, means "recent, last"
# (KBBI's second sense), not the day before the article; only the adverb names that day.
KEMARIN_RECENT = [
    Case("Harga karet tahun kemarin lebih rendah dari sekarang.", [], "2024-09-18"),
    Case("Bulan kemarin harga cabai di Pasar Bersehati naik.", [], "2024-09-18"),
    Case("Saat banjir kemarin warga Kampung Klasaman mengungsi.", [], "2024-09-18"),
    Case("Pada Lebaran kemarin santunan juga diberikan kepada anak yatim.", [], "2024-09-18"),
    Case("Pemilu kemarin berjalan lancar di Distrik Mayamuk.", [], "2024-09-18"),
    Case("Musim kemarau kemarin sumur warga Merbaun kering.", [], "2024-09-18"),
    Case("Pada 17 Agustus kemarin warga Desa Lano berlomba.", ["2024-08-17"], "2024-09-18"),  # the date only
    Case("HUT ke-79 RI 17 Agustus kemarin berlangsung meriah.", ["2024-08-17"], "2024-09-18"),
]
KEMARIN_YESTERDAY = [
    Case("Kemarin, bantuan diserahkan kepada warga Desa Merbaun.", ["2024-09-17"], "2024-09-18"),
    Case("Bantuan diserahkan kemarin sore di balai desa.", ["2024-09-17"], "2024-09-18"),
    Case("Tim SAR kemarin menemukan perahu nelayan.", ["2024-09-17"], "2024-09-18"),
    Case("Hari Jumat kemarin bantuan tiba di Sorong.", ["2024-09-13"], "2024-09-18"),  # a weekday: the last one
]
# A starting point or a founding dates no story: it lends no year to a year-less date (which then has none).
NO_YEAR_FROM_A_START = [
    Case("Hal itu disampaikan Rizki, Selasa (15/9). Kelompok dibentuk pada 11 Maret 2020.", ["2020-03-11"]),
    Case("Bantuan diserahkan pada (15/9) di balai desa. Koperasi terbentuk pada 11 Maret 2020.", ["2020-03-11"]),
    Case("Bantuan diserahkan pada (15/9) di balai desa. Bank itu beroperasi sejak 12 April 1962.", ["1962-04-12"]),
    Case("Bantuan diserahkan pada (15/9). Sejak diresmikan pada 5 Juni 2018, bank sampah berkembang.", ["2018-06-05"]),
    Case("Bantuan diserahkan pada (15/9) di balai desa. Ia menjabat sejak 20 Februari 2021.", ["2021-02-20"]),
]
YEAR_FROM_AN_ORDINARY_DATE = [  # the same sentences with no start or founding word still lend their year
    Case("Bantuan diserahkan pada (15/9) di balai desa. Sumur pertama diresmikan pada 3 Maret 2022.",
         ["2022-09-15", "2022-03-03"]),
    Case("Program berjalan sejak 2019, dan bantuan tahap ini diserahkan 12 Maret 2024. Warga hadir (15/3).",
         ["2024-03-12", "2024-03-15"]),  # "sejak" before a year, not right before the date
]
# A fraction in words repeated in digits in brackets, and a document number after "bernomor", are no dates.
NOT_DATES_FRACTIONS_NUMBERS = [
    Case("Rapat paripurna dihadiri dua pertiga (2/3) anggota DPRD Mimika.", [], "2024-08-20"),
    Case("Sebanyak tiga perempat (3/4) anggaran sudah terserap.", [], "2024-08-20"),
    Case("Sepertiga (1/3) dana dipakai untuk pipa.", [], "2024-08-20"),
    Case("Surat bernomor 12/5/2024 dari dinas sosial diterima camat.", []),
]
DATES_NEAR_FRACTIONS = [
    Case("Rapat dihadiri dua pertiga anggota DPRD, Selasa (20/8).", ["2024-08-20"], "2024-08-21"),
    Case("Bantuan tiba (2/3) di Desa Lere.", ["2024-03-02"], "2024-03-05"),
]

# Days in words, with their year, through the shared number reader (dateparser reads none of them).
DATES_IN_WORDS = [
    Case("pada tanggal tujuh belas Agustus 2020", ["2020-08-17"]),
    Case("pada dua puluh lima Desember 2019 warga berkumpul", ["2019-12-25"]),
]

# Forms dateparser reads otherwise (kept out of test_dates_agree_with_dateparser): moment's "Ags" for August.
DATES_DATEPARSER_MISSES = [
    Case("pelatihan ditutup 1 Ags 2011 oleh camat", ["2011-08-01"]),
]

DATES_XFAIL = []


def _params():
    cases = [pytest.param(c, id=c.text[:50]) for c in DATES_AS_WRITTEN + DATES_BUGS_CAUGHT + NOT_DATES + DATES_IN_WORDS
              + DATES_DATEPARSER_MISSES + DATES_WHICH_YEAR + NOT_THE_EVENT_YEAR + NOT_AN_EVENTS_DATE + AN_EVENTS_DATE
              + KEMARIN_RECENT + KEMARIN_YESTERDAY + NO_YEAR_FROM_A_START + YEAR_FROM_AN_ORDINARY_DATE
              + NOT_DATES_FRACTIONS_NUMBERS + DATES_NEAR_FRACTIONS]
    cases += [pytest.param(c, id=c.text[:50], marks=pytest.mark.xfail(strict=True)) for c in DATES_XFAIL]
    return cases


def _run(nlp, text, article_date=None):
    doc = nlp.make_doc(text)
    doc._.article_date = article_date
    return nlp(doc)


@pytest.mark.parametrize("case", _params())
def test_dates_read_as_written(nlp, case):
    doc = _run(nlp, case.text, case.article_date)
    assert [d.date for d in doc._.dates] == case.dates
    assert all(case.text[d.start:d.end] == d.text for d in doc._.dates)  # the evidence holds


@pytest.mark.parametrize("text, published", [
    ("Kamis, 07 Februari 2013 - 16:28 WIB\nJudul berita", "2013-02-07"),
    ("Date: 27 oktober 2012\n\nLewat program CSR bank memberi bantuan", "2012-10-27"),
    ("Ilustrasi. Foto kegiatan warga. Sabtu, 01 Juli 2023 | 09:47 WIB\nIsi", "2023-07-01"),
    ("MANTINGAN, PERHUTANI (28/05/2025) | Perhutani memberikan pendampingan", "2025-05-28"),
    ("08 Mei 2024, Larantuka — PT PELNI kembangkan kampung nelayan", "2024-05-08"),
    ("Jakarta, 23 Juli 2025 – PT Perkebunan menyalurkan bantuan", "2025-07-23"),
    ("Gorontalo, 12 Mei 2025 (Gopos) - PLN menyerahkan bantuan", "2025-05-12"),
    ("Ambon, 18/6/2025 (Siwalima) - Bank Maluku Malut menyerahkan perahu", "2025-06-18"),
    ("PT Bank Sulselbar menyerahkan bantuan kepada warga pada 12 Mei 2025 (Senin) - kata warga", None),  # mid-sentence
    ("situs.com (Sabtu, 09 Maret 2024) – PT Bank memajukan desa", "2024-03-09"),
    ("blokTuban.com – Upaya memperkuat jejaring dilakukan. Selasa (18/11/2025), rombongan tiba", None),
    ("Bank menyerahkan bantuan kepada warga desa pada 5 Mei 2020 di balai", None),
])
def test_dates_published_from_header_or_dateline(nlp, text, published):
    assert _run(nlp, text)._.published == published


def test_dates_year_less_marked_inferred(nlp):
    (d,) = _run(nlp, "menyambangi kantor Selasa (21/11) siang", "2023-11-23")._.dates
    assert d.inferred_year and d.date == "2023-11-21"


@pytest.mark.parametrize("case", [c for c in DATES_AS_WRITTEN + DATES_BUGS_CAUGHT
                                  if len(c.dates) == 1 and not c.article_date],
                         ids=lambda c: c.text[:40])
def test_dates_agree_with_dateparser(nlp, case):
    """Where a complete date is written, dateparser (languages=["id"], DMY) reads our evidence alike."""
    dateparser = pytest.importorskip("dateparser")
    (d,) = _run(nlp, case.text)._.dates
    if d.inferred_year:
        pytest.skip("a year-less date: dateparser fills in the current year, not the article's")
    got = dateparser.parse(d.text, languages=["id"], settings={"DATE_ORDER": "DMY"})
    assert got is not None and got.date().isoformat() == d.date


@pytest.mark.parametrize("text, anchor, expected", [
    ("kemarin", "2023-11-21", "2023-11-20"),
    ("3 hari lalu", "2023-11-21", "2023-11-18"),
])
def test_dates_relative_by_dateparser(text, anchor, expected):
    assert relative_date(text, anchor) == expected


def test_dates_rules_have_known_keys():
    assert set(load_rules("dates")) == {"months", "days", "range_joins", "relative", "ago", "day_units",
                                        "header_labels", "time_zones", "year_words", "remembrance_cues",
                                        "year_not_event", "direction_after", "day_list_joins", "past_cues",
                                        "recurring_before", "recurring_after", "number_before", "start_before", "recent_before", "fraction_heads", "fraction_words"}
    assert set(load_rules("dates")["months"].values()) == set(range(1, 13))
    assert set(load_rules("dates")["days"].values()) == set(range(1, 8))


@pytest.mark.parametrize("text", [
    "Sabtu, 01 Juli 2023" + " " * 60_000 + "x",  # a header date, then a blank run: time_after and dateline_after
    "Kabar itu datang " + "dua " * 20_000 + "!",  # a long run of number words, no relative day after it
    "1" * 60_000 + "!",  # a long run of digits
    "1, " * 30_000 + "!",  # a long list of numbers with no month after it (day_list)
])
def test_dates_hostile_runs_read_in_linear_time(nlp, text):
    """Found by bench/redos.py: each took from seconds to minutes (two blank runs side by side in one match, an
    unbounded run of number words retried from every word). Bound far above linear time, in CPU time of this
    process (process_time), so that other work on a loaded machine does not count against it (wall time under
    eight parallel suites reached 3.26 s here; the linear reader takes a fraction of a second of CPU)."""
    import time

    finder = nlp.get_pipe("warta_dates")
    doc = nlp.make_doc(text)
    started = time.process_time()
    finder(doc)
    assert time.process_time() - started < 3
