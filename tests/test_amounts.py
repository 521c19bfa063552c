"""Sums of money as Indonesian news writes them.

AMOUNTS_AS_WRITTEN holds clauses we wrote for each pattern the numbers issue (#3) names; they were
written before the rules and kept as the rules grew. AMOUNTS_BUGS_CAUGHT holds forms met in the dev
articles that the first rules missed, rewritten as our own clauses. NOT_AMOUNTS are numbers that are
never money. AMOUNTS_XFAIL should pass and does not yet (strict: a fix gets noticed).
"""
from __future__ import annotations

from typing import NamedTuple

import pytest

from extract.components.numbers import number_rules, read_number
from rules import load_rules


class Case(NamedTuple):
    text: str
    values: list  # [(value, currency), ...] in text order; a bare number means IDR


def _pairs(values):
    return [v if isinstance(v, tuple) else (v, "IDR") for v in values]


AMOUNTS_AS_WRITTEN = [
    Case("Bantuan senilai Rp200 juta diserahkan kepada kelompok", [200_000_000]),
    Case("dana Rp 44,5 juta untuk pelatihan menjahit", [44_500_000]),
    Case("total anggaran Rp217.750.000 dari dana TJSL", [217_750_000]),
    Case("modal kerja Rp 1,5 M bagi koperasi", [1_500_000_000]),
    Case("penyaluran pinjaman Rp3 miliar tahun ini", [3_000_000_000]),
    Case("alokasi dana Rp1,5 triliun untuk UMKM", [1_500_000_000_000]),
    Case("santunan Rp500 ribu per orang", [500_000]),
    Case("voucher belanja Rp150rb untuk peserta", [150_000]),
    Case("hibah IDR 5 miliar kepada yayasan", [5_000_000_000]),
    Case("bantuan senilai dua ratus juta rupiah bagi nelayan", [200_000_000]),
    Case("dana CSR Rp 1 miliar lebih telah disalurkan", [1_000_000_000]),
    Case("pinjaman lunak Rp10-20 juta per pelaku usaha", [10_000_000, 20_000_000]),
    Case("investasi senilai US$ 3 miliar di blok itu", [(3_000_000_000, "USD")]),
    Case("hibah sebesar USD 250.000 untuk beasiswa", [(250_000, "USD")]),
    Case("donasi 500.000 dolar AS bagi korban banjir", [(500_000, "USD")]),
    Case("dana sebesar 40 juta untuk renovasi balai desa", [40_000_000]),
    Case("bantuan modal Rp 2.500.000,- per anggota", [2_500_000]),
    Case("anggaran Rp 750.000,00 untuk konsumsi", [750_000]),
    Case("dividen Rp62,95 miliar untuk pemerintah kabupaten", [62_950_000_000]),
    Case("pembiayaan Rp4,185 miliar kepada mitra", [4_185_000_000]),
    Case("penghargaan 2.500 dolar Hong Kong bagi pemenang", [(2_500, "HKD")]),
    Case("bantuan 10.000 dolar Singapura untuk sekolah", [(10_000, "SGD")]),
    Case("omzet mencapai Rp 12 juta per bulan", [12_000_000]),
    # digits after a larger scale join the number only when a smaller scale follows them
    Case("bantuan senilai Rp 1 miliar 250 juta bagi koperasi nelayan", [1_250_000_000]),
    Case("dana hibah Rp 2 juta 500 ribu per kelompok", [2_500_000]),
    Case("plafon antara Rp5 juta sampai Rp25 juta", [5_000_000, 25_000_000]),
    Case("setoran modal Rp30 miliar hingga Rp40 miliar", [30_000_000_000, 40_000_000_000]),
    Case("senilai US$ 695.000 atau sekitar Rp 9,7 miliar", [(695_000, "USD"), 9_700_000_000]),
    Case("sumbangan Rp. 75.500.000 dari karyawan", [75_500_000]),
    Case("dana hibah sebesar Rp1.250 juta dari pemda", [1_250_000_000]),
    Case("total bantuan senilai satu miliar rupiah", [1_000_000_000]),
    Case("Sumbangan sebesar 10 juta diserahkan kepada pengurus", [10_000_000]),
    Case("bantuan Rp 5jt untuk 10 KK", [5_000_000]),
    Case("nilai investasi USD 1.5 million", [(1_500_000, "USD")]),
    Case("harga jual Rp 15.000/kg di pasar", [15_000]),
]

AMOUNTS_BUGS_CAUGHT = [
    Case("menyalurkan 2,3 miliar dana CSR untuk mitra", [2_300_000_000]),
    Case("untuk bina lingkungan sebesar 1,1 miliar.", [1_100_000_000]),
    Case("bantuan tahap pertama senilai 91,5 juta.", [91_500_000]),
    Case("Total bantuan ini mencapai 201.600.000.", [201_600_000]),
    Case("terkumpul lebih dari 40 juta rupiah dari karyawan", [40_000_000]),
    Case("menginvestasikan lebih dari 50 juta Dollar Amerika Serik", [(50_000_000, "USD")]),
    Case("dana CSR sebesar Rp.1,2 Milyar lebih, Minggu", [1_200_000_000]),
    Case("harga Rp18 ribu- Rp20 ribu per kilogram", [18_000, 20_000]),
    Case("Baca juga: Pemprov kirim bantuan senilai Rp1,87 miliar\nDana Rp5 juta diserahkan", [5_000_000]),
]

NOT_AMOUNTS = [
    Case("sejak 2016 program berjalan", []),
    Case("naik 20 persen dibanding tahun lalu", []),
    Case("tumbuh sebesar 33,06 persen", []),
    Case("60 UMKM binaan ikut pameran", []),
    Case("dari 1,3 juta nasabah di Jawa Barat", []),
    Case("menghasilkan 2,5 juta bibit bambu", []),
    Case("hubungi 0812-3456-7890 untuk informasi", []),
    Case("gempa bermagnitudo 5,6 mengguncang", []),
    Case("beras sebanyak 3,5 ton", []),
    Case("lahan seluas 1.000 hektare", []),
    Case("sisanya sebesar 40 disimpan untuk cadangan", []),
    Case("sebanyak 1.500.000 bibit ditanam", []),
    Case("20 unit alat tenun dan 30 jenis produk", []),
    Case("pembangkit 2 X 1.000 megawatt", []),
    Case("program ini menjangkau 4.400 warga", []),
]

# Issue #15: money the way Indonesian money parsers' own tests write it, one clause per class, in our words.
AMOUNTS_ONE_GRAMMAR = [
    # 1. sums spelled out in words, whole
    Case("hibah dua miliar tujuh ratus lima puluh juta rupiah untuk sekolah", [2_750_000_000]),
    Case("santunan satu juta lima ratus ribu rupiah per keluarga", [1_500_000]),
    Case("donasi seratus dua puluh tiga ribu empat ratus lima puluh enam rupiah", [123_456]),
    Case("dana tiga puluh lima triliun delapan ratus miliar rupiah", [35_800_000_000_000]),
    Case("bantuan sebesar Rp satu koma lima miliar", [1_500_000_000]),
    Case("hadiah dua setengah juta rupiah bagi juara", [2_500_000]),
    # 3. mixed digit and scale compounds
    Case("bantuan Rp 1 juta 500 ribu per anggota", [1_500_000]),
    Case("voucher Rp1jt 500rb untuk pemenang", [1_500_000]),
    Case("modal Rp 2 miliar 500 juta dari BUMN", [2_500_000_000]),
    # 4. English-formatted numbers with cents; blank-grouped digits; stray blank in scraped text
    Case("hibah Rp 1,500,000.50 diterima koperasi", [1_500_000.5]),
    Case("donasi US$1,500,000.00 dari yayasan", [(1_500_000, "USD")]),
    Case("beasiswa USD 12,500.75 per mahasiswa", [(12_500.75, "USD")]),
    Case("bantuan Rp 1 500 000 untuk tiap peserta", [1_500_000]),
    Case("dana Rp 2.317. 450.120 telah tersalurkan", [2_317_450_120]),
    Case("donasi 3 250 000 € dari mitra Eropa", [(3_250_000, "EUR")]),
    # 5. ranges with the scale word only at the end
    Case("kredit Rp4-Rp5 miliar per koperasi", [4_000_000_000, 5_000_000_000]),
    Case("pinjaman Rp 5 hingga 10 juta per usaha", [5_000_000, 10_000_000]),
    Case("nilai antara 2 sampai 3 miliar rupiah", [2_000_000_000, 3_000_000_000]),
    Case("komitmen USD 26 to 50 million dari mitra asing", [(26_000_000, "USD"), (50_000_000, "USD")]),
    # 6. other forms: k, se- words, setengah, currency after the number, slang lokal-id knows
    Case("hadiah $10k untuk tim terbaik", [(10_000, "USD")]),
    Case("bantuan 50K rupiah per paket", [50_000]),
    Case("sumbangan sejuta rupiah dari warga", [1_000_000]),
    Case("investasi semiliar rupiah di desa", [1_000_000_000]),
    Case("hibah setengah miliar rupiah untuk masjid", [500_000_000]),
    Case("donasi 20€ per orang", [(20, "EUR")]),
    Case("iuran 10 USD per bulan", [(10, "USD")]),
    Case("uang saku Rp12 rebu sehari", [12_000]),
    Case("uang saku goceng rupiah sehari", [5_000]),
    Case("harga sekitar Rp2jtan per ekor", [2_000_000]),
    Case("donasi $1,190.00 AUD dari sekolah mitra", [(1_190, "AUD")]),
    Case("dana Rp5.4 milliar dikucurkan", [5_400_000_000]),
    Case("Pada 2020, 50 juta rupiah disalurkan kepada warga", [50_000_000]),  # after "2020, ": a sum of its own
    # bare sums (no currency): a capital M right after a money cue; a money noun after the sum in a sentence about money
    Case("Ia menyebut dana CSR 2.5 M berupa pelatihan dan sarana air bersih", [2_500_000_000]),
    Case("anggaran 1,5 M untuk rehabilitasi sekolah", [1_500_000_000]),
    Case("Rinciannya 40 juta untuk renovasi mushala dan 15 juta bantuan berupa sembako.", [40_000_000, 15_000_000]),
    Case("Total dana Rp 90 juta, terdiri atas 60 juta modal usaha dan 30 juta hibah peralatan.",
         [90_000_000, 60_000_000, 30_000_000]),
    # digits with multiplier words, as informal text writes a compound; a scale stated once at the end of a list
    Case("bantuan Rp 10 juta 5 ratus ribu untuk posyandu", [10_500_000]),
    Case("modal Rp 1 miliar 2 ratus juta dari bank", [1_200_000_000]),
    Case("hadiah masing-masing Rp 5 dan 10 juta untuk pemenang", [5_000_000, 10_000_000]),
    Case("pinjaman Rp 3 atau 7 miliar per koperasi", [3_000_000_000, 7_000_000_000]),
    Case("dana Rp 1.250. 000 untuk tiap peserta", [1_250_000]),  # a stray blank before the last group
    # a thousands dot typed for a decimal point, beside sums written with three decimals in the same scale
    Case("Laba bersih Rp 215,348 miliar pada 2023, naik dari Rp198.736 miliar setahun sebelumnya",
         [215_348_000_000, 198_736_000_000]),
    # third pass (Words2Nums, n2words, indonesian-number-normalizer tables): cents after the currency word
    Case("santunan seribu lima ratus rupiah lima puluh sen per lembar saham", [1_500.5]),
    Case("donasi dua ribu dolar dua puluh lima sen dari alumni", [(2_000.25, "USD")]),
    # a trailing number that the currency word closes belongs to the sum
    Case("tabungan 9,60 juta 30 ribu 100 rupiah milik koperasi", [9_630_100]),
    Case("sisa dana 2 juta 750 ribu 500 rupiah dikembalikan ke kas desa", [2_750_500]),
    Case("bantuan Rp 1 juta 500 ribu 250 untuk tiap warga", [1_500_000]),  # not closed: the 250 is no part of it
    # digits after a multiplier word
    Case("uang pembinaan Rp 9 ratus 90 ribu per kelompok", [990_000]),
    Case("hadiah 2 ratus 50 ribu rupiah bagi pemenang", [250_000]),
    # decimals spelled as one number after "koma"
    Case("dana tujuh belas koma empat puluh dua juta rupiah untuk posyandu", [17_420_000]),
    Case("modal dua koma dua puluh lima miliar rupiah bagi koperasi", [2_250_000_000]),
    # a fraction before a scale word
    Case("hibah Rp 1/2 miliar untuk pembangunan masjid", [500_000_000]),
    Case("pinjaman Rp 1 1/2 juta per anggota", [1_500_000]),
    Case("dana sebesar 3/4 miliar untuk irigasi", [750_000_000]),
    # a sign word right before a sum (number-to-words tables write "min"/"negatif"; news writes "minus")
    Case("anak usaha itu mencatat laba minus Rp 2 miliar", [-2_000_000_000]),
    Case("saldo kas negatif dua juta rupiah pada akhir tahun", [-2_000_000]),
    Case("kata Min, Rp 5 juta diserahkan", [5_000_000]),  # "Min," (Minggu) is no sign
    Case("arus kas unit itu Rp -1,5 juta per bulan", [-1_500_000]),  # a minus glued to the digits, as formatters write
    Case("selisih kas -Rp\u00a05.000 per transaksi", [-5_000]),  # Intl's id-ID form: the minus glued to the currency
    Case("rincian:\n- Rp 5 juta untuk posyandu", [5_000_000]),  # a bullet, not a sign
]

# Numbers that must stay no money (issue #15's negatives), and forms that must give no value rather than
# a wrong one: a number is never cut, nor read from its tail.
NOT_AMOUNTS_ONE_GRAMMAR = [
    Case("pada tahun dua ribu dua puluh tiga program dimulai", []),
    Case("hubungi 0812 3456 7890 untuk pendaftaran", []),
    Case("naik dua puluh lima persen dibanding tahun lalu", []),
    Case("menanam seratus dua puluh lima ribu bibit mangrove", []),
    Case("sebanyak 15 000 bibit ditanam di pesisir", []),
    Case("dana sebesar dua tiga empat rupiah", []),  # no well-formed number: parse_rupiah would sum it to 9
    Case("harga €1'049,95 di toko", []),  # an apostrophe group: not read, never read as 1
    Case("harga 35€ 99 per unit", []),  # cents after the symbol: not read, never read as 35
    Case("harga $119. 95 per unit", []),  # a stray blank inside the number: not read, never 119
    Case("harga 1.837, 32 € per unit", []),  # cents after a stray blank: not read, never 32
    Case("dana sebesar ratus juta rupiah", []),  # a number never starts with a multiplier word
    Case("harga Rp 5. 100 warga datang", [5]),  # a sentence end, not "5.100": only the 5 as written
    Case("harga Rp 1.250. 50 per unit", []),  # cents after a stray blank: not read, never 1250
    Case("jalan beton sepanjang 6,5 M berupa jalan usaha tani", []),  # M after no money cue: metres
    Case("dana desa untuk saluran 2 m berupa pipa", []),  # a lower-case m is metres, even near a cue
    Case("program CSR 3M Indonesia untuk sekolah", []),  # no blank before the M: a company name
    Case("Total dana itu dipakai untuk 2 juta bantuan masker.", []),  # a cue, but no sum before: a count of things
    Case("Pemerintah menyalurkan 1 juta bantuan masker ke sekolah.", []),  # a money noun but no money cue: a count
    Case("kelompok kedua puluh satu menerima pelatihan", []),  # an ordinal is no number
    Case("inflasi tahun dua ribu dua puluh tiga sebesar tiga koma lima persen", []),  # a year and a percentage in words
    Case("dana desa 2/3 dari total anggaran dipakai untuk jalan", []),  # a fraction without a scale is no sum
    Case("program tahun 2023/2024 dengan dana Rp 3 juta", [3_000_000]),  # a school year is no sum
    # a thousands count of a scale, written on purpose: unchanged (round, or no sibling in three decimals)
    Case("dana Rp 1.500 juta untuk desa dan Rp 2 juta per orang", [1_500_000_000, 2_000_000]),
    Case("anggaran Rp 2.347 juta untuk desa dan Rp 3 juta per orang", [2_347_000_000, 3_000_000]),
]

# Foreign currencies (blind batch corpus/articles/dat_*, docs/numbers.md): a code or currency word the rules did not
# know let a money cue read the number as rupiah, a wrong value; "dolar Kanada" was read as US dollars.
FOREIGN_CURRENCIES = [
    Case("Hibah JPY 100 juta dari JICA untuk sekolah", [(100_000_000, "JPY")]),
    Case("Nilai proyek CNY 50 juta untuk pabrik", [(50_000_000, "CNY")]),
    Case("Bantuan senilai ₩ 10.000.000 dari Korea", [(10_000_000, "KRW")]),
    Case("Donasi 50.000 dolar Kanada untuk sekolah", [(50_000, "CAD")]),
    Case("Donasi 20 ribu dolar Selandia Baru untuk panti", [(20_000, "NZD")]),
    Case("Jemaah menerima uang saku 1.500 riyal dari perusahaan", [(1_500, "SAR")]),
    Case("Hibah sebesar 2 juta baht dari Thailand", [(2_000_000, "THB")]),
    Case("Nilai kerja sama 3 juta dirham UEA", [(3_000_000, "AED")]),
    Case("Donasi 50.000 dolar untuk sekolah", [(50_000, "USD")]),  # a bare dolar stays US dollars
]
NOT_FOREIGN_AMOUNTS = [
    Case("Bantuan senilai ₫ 50.000.000 dari Vietnam", []),  # a currency sign the rules do not know: never rupiah
    Case("Tim SAR 20 orang dikerahkan ke lokasi banjir", []),  # SAR is the rescue team, not riyal
    Case("Perusahaan menyerahkan AED 2 unit untuk puskesmas", []),  # a defibrillator, not dirham
    Case("Makan siang di RM Sederhana 2 kali sehari", []),  # rumah makan
]

# Written for the precision batch corpus/articles/dat_017-032 (docs/unseen_dat_s24.md) and issue #15's tables:
# one unit of a currency before an exchange rate is no sum; bare numbers in a list that a currency opens or that a
# scale and a currency word close are sums; a bare sum before a word of a period; money nouns as cues.
AMOUNTS_LISTS_AND_CUES = [
    Case("Hadiah Rp 3, 2 dan 1 juta bagi juara.", [3_000_000, 2_000_000, 1_000_000]),
    Case("Nilainya antara 2 dan 3 miliar rupiah.", [2_000_000_000, 3_000_000_000]),
    Case("Uang pembinaan 5 atau 10 juta rupiah per tim.", [5_000_000, 10_000_000]),
    Case("Hadiah Rp 5 juta, 3 dan 2 juta bagi pemenang.", [5_000_000, 3_000_000, 2_000_000]),
    Case("Juara mendapat hadiah 3, 2 dan 1 juta untuk tiap tim.", [3_000_000, 2_000_000, 1_000_000]),
    Case("Anggaran 2 atau 3 miliar.", [2_000_000_000, 3_000_000_000]),
    Case("Penghasilan anggota rata-rata 3 juta sebulan.", [3_000_000]),
    Case("Produksi madu 2 ton senilai 300 juta setahun.", [300_000_000]),
    Case("Hadiah 5 juta untuk juara pertama.", [5_000_000]),
    Case("Ia menerima uang 2 juta dari perusahaan.", [2_000_000]),
    Case("Tunjangan 2,5 juta per bulan diberikan.", [2_500_000]),
    Case("Dana US$:12.99 diterima panitia.", [(12.99, "USD")]),
    Case("Hibah US$ 1 juta setara Rp 15,6 miliar diserahkan.", [(1_000_000, "USD"), 15_600_000_000]),
    Case("Bantuan senilai US$ 1 diberikan sebagai simbol.", [(1, "USD")]),  # one dollar, with no rate after it
    Case("Nilai kerja sama satu kuantiliun rupiah tercatat.", [1e18]),  # a scale above kuadriliun (warned)
    Case("Hadiah sebesar 3belas rupiah tercatat.", [13]),  # a digit glued to its multiplier word, as "2ribu" to a scale
    Case("Uang pembinaan 5ratus ribu rupiah diberikan.", [500_000]),
]
NOT_AMOUNTS_LISTS_AND_CUES = [
    Case("Kurs hari itu US$ 1 = Rp 15.600 menurut Bank Indonesia.", [15_600]),  # the one unit of a rate is no sum
    Case("Satu dolar AS setara Rp 16.000 pada penutupan pasar.", [16_000]),
    Case("Pada kurs 1 dolar AS Rp 16.000 nilai hibah dihitung.", [16_000]),
    Case("Nilai tukar rata-rata 1 dolar AS sebesar Rp 15.900 tahun lalu.", [15_900]),
    Case("Sebanyak 3, 4 dan 5 juta bibit ditanam.", []),  # a list of counts of things
    Case("Dana untuk 3, 4 dan 5 juta bibit disiapkan.", []),  # a money cue, but a counted noun closes the list
    Case("Bantuan bagi 3 dan 5 juta warga disalurkan.", []),
    Case("Sebanyak 12 dan 15 juta orang terdampak di dua provinsi.", []),
    Case("Kelompok 1, 2 dan 3 menerima 5 juta rupiah.", [5_000_000]),  # the list ends in no scale
    Case("Pada 2023, 2024 dan 2025 anggarannya 5 miliar rupiah.", [5_000_000_000]),  # years
    Case("Sebanyak 20 kelompok dan 3 juta rupiah disalurkan.", [3_000_000]),
    Case("Sebanyak 2,5 juta sebulan diterima tiap peserta.", []),  # no money cue
    Case("Pengunjung mencapai 1,2 juta setahun.", []),
    Case("Uang 2 juta lembar dicetak.", []),  # a count of notes
    Case("Subsidi 1,2 juta ton pupuk disalurkan.", []),  # a quantity
    Case("Sebanyak 5ratusan warga hadir di balai desa.", []),  # a vague count glued: no number, no sum
]

# Written for the blind batch corpus/articles/num_* (docs/unseen_num_s25.md). A number after "nomor" or "rekening",
# or written with a leading zero, is an identifier, whatever money cue stands before it; "N juta lebih <noun>" counts
# the noun after "lebih" ("more than 1,5 million residents"); so does "N (N in words) <noun>".
NOT_AMOUNTS_IDENTIFIERS_COUNTS = [
    Case("Donasi disetor ke tabungan nomor 123.456.789.", []),
    Case("Dana CSR nomor registrasi 001.234.567 tercatat di dinas.", []),
    Case("Pinjaman nomor kontrak 001.234.567 ditandatangani ketua koperasi.", []),
    Case("Iuran BPJS nomor kepesertaan 0001.234.567 dibayar perusahaan.", []),
    Case("Dana hibah dikirim ke rekening 123.456.789.", []),
    Case("Dana sebesar Rp 5 juta ke rekening nomor 123.456.789.", [5_000_000]),  # the sum stays, the account goes
    Case("Bantuan air bersih untuk 1,5 juta lebih penduduk Sumbawa Barat.", []),
    Case("Dana CSR dinikmati 2 juta lebih penerima di Kalimantan Barat.", []),
    Case("Anggaran itu untuk 3 juta lebih masyarakat Papua.", []),
    # the number repeated in words in brackets: the counted noun follows the bracket (both readings are counts)
    Case("Bantuan sebanyak 1.200.000 (satu juta dua ratus ribu) bibit mangrove disalurkan.", []),
    Case("Dana untuk 1.250.000 (satu juta dua ratus lima puluh ribu) jiwa disiapkan.", []),
]
AMOUNTS_NEAR_IDENTIFIERS_COUNTS = [
    Case("Santunan 2 juta lebih.", [2_000_000]),  # "lebih" at the end: an approximate sum
    Case("Dana 2 miliar lebih untuk desa di Luwu Timur.", [2_000_000_000]),
    Case("Total bantuan ini mencapai 201.600.000 untuk warga.", [201_600_000]),
    Case("Total bantuan mencapai 201.600.000 (dua ratus satu juta enam ratus ribu) untuk warga.",
         [201_600_000, 201_600_000]),  # one sum, two pieces of evidence: a function word follows the bracket
    Case("Dana bantuan 45.000.000 (empat puluh lima juta).", [45_000_000, 45_000_000]),
    Case("Penyumbang nomor satu, yakni PT Vale, memberi dana sebesar 1.250.000.000 untuk desa.", [1_250_000_000]),  # "nomor" not right before
]

# Classes probed beside the blind batch amt_001-014 (docs/unseen_amt_s26.md), each with its negatives.
# A stage's number ("tahap 2") never begins a list of sums; a money cue that heads a thing ("bantuan beras") makes
# the bare number after it a count of that thing.
NOT_AMOUNTS_STAGES_THINGS = [
    Case("Dana tahap 2 dan 3 juta rupiah akan cair tahun depan.", [3_000_000]),
    Case("Bantuan termin 1 dan 2 juta rupiah per kelompok sudah cair.", [2_000_000]),
    Case("Hadiah gelombang 2 dan 5 juta untuk pemenang.", [5_000_000]),
    Case("Bantuan beras sebanyak 1,5 juta.", []),
    Case("bantuan pupuk sebanyak 1,2 juta.", []),
    Case("Bantuan bibit mangrove 1,2 juta.", []),
    Case("Bantuan sembako sebanyak 2 juta untuk warga terdampak.", []),
]
AMOUNTS_NEAR_STAGES_THINGS = [
    Case("Dana tahap 1 sebesar Rp 40 juta sudah cair, tahap 2 dan 3 masing-masing Rp 30 juta.", [40_000_000, 30_000_000]),
    Case("Hadiah Rp 5 dan 10 juta untuk pemenang.", [5_000_000, 10_000_000]),  # a list with its currency stays
    Case("hadiah 3, 2 dan 1 juta untuk pemenang", [3_000_000, 2_000_000, 1_000_000]),
    Case("Bantuan beras senilai 1,5 juta untuk tiap keluarga.", [1_500_000]),  # a money cue after the thing
    Case("Bantuan modal sebanyak 1,5 juta untuk tiap anggota.", [1_500_000]),  # modal is money
    Case("Bantuan sebanyak 1,5 juta diserahkan.", [1_500_000]),
    Case("Bantuan beras Rp 1,5 juta per keluarga.", [1_500_000]),  # a currency: money whatever the noun
    # the enclitic "-nya" leaves a money cue a cue ("his wage", "its turnover")
    Case("Gajinya 5,5 juta per bulan, setara UMK.", [5_500_000]),
    Case("Omzetnya kini 12 juta sebulan.", [12_000_000]),
    Case("Penghasilannya sekitar 1,8 juta per bulan.", [1_800_000]),
]
NOT_AMOUNTS_FACTORS = [
    # a number before a multiplication sign is a factor: "Rp 2 x 45 juta" is two boats of Rp 45 juta, no Rp 2
    Case("Bantuan itu berupa 2 unit perahu senilai Rp 2 x 45 juta.", [45_000_000]),
    Case("Honor narasumber Rp 3 × 500.000 dibayarkan.", []),
    Case("Honor narasumber Rp 3 x Rp 500.000 dibayarkan.", [500_000]),
    Case("Harga per paket Rp 250 ribu x 200 paket = Rp 50 juta.", [250_000, 50_000_000]),  # a scale: a unit price
    Case("Ukuran kolam 4 x 6 meter, biayanya Rp 12 juta.", [12_000_000]),
    Case("Uang makan Rp 50.000 x 30 peserta dibayar panitia.", [50_000]),  # a unit price before the sign stays
]
NOT_AMOUNTS_ENCLITIC = [
    Case("Penduduknya 1,5 juta.", []),  # no money noun under the "-nya"
    Case("Bibitnya 1,5 juta.", []),
    Case("Anggotanya 2 juta orang.", []),
]

AMOUNTS_COORDINATED_SUMS = [
    # a bare sum coordinated with an earlier sum of the sentence shares its money cue and currency, however far back
    # the cue stands (issue #15, docs/numbers.md "Known limits": it was missed)
    Case("Perusahaan menyiapkan anggaran sebesar Rp 1,2 miliar untuk tahap pertama dan 800 juta untuk tahap kedua.",
         [1_200_000_000, 800_000_000]),
    Case("Perusahaan mengalokasikan anggaran sebesar Rp 1,8 miliar untuk semester ganjil dan 1,6 miliar untuk semester genap.",
         [1_800_000_000, 1_600_000_000]),
    Case("Dana hibah Rp 500 juta diserahkan ke Desa Sukamaju, sedangkan 250 juta lagi ke Desa Sukamulya.",
         [500_000_000, 250_000_000]),
    Case("Bantuan Rp 2 miliar untuk sekolah itu ditambah 300 juta untuk perpustakaan.", [2_000_000_000, 300_000_000]),
    # negatives: a count of things or people after the second number, no sum earlier, or no conjunction
    Case("Perusahaan menyiapkan dana Rp 2 miliar untuk penanaman dan 1,5 juta bibit mangrove.", [2_000_000_000]),
    Case("Dana Rp 5 miliar menjangkau desa itu dan 1,2 juta penduduk di sekitarnya.", [5_000_000_000]),
    Case("Penanaman tahap pertama mencakup 3 juta bibit dan 2 juta untuk tahap kedua.", []),
    Case("Perusahaan menyalurkan Rp 300 juta pada 2024 dan sejak itu 2 juta orang terbantu.", [300_000_000]),
]

# Blind batch nm2_ (docs/unseen_nm2_s32.md): the old spellings of the scale words ("trilyun", "triliyun", "milyard", as
# "milyar" and "milliar" already were) are scales, never the end of a sum: "Rp 1,5 trilyun" was Rp 1,5, a wrong value
AMOUNTS_OLD_SPELLINGS = [
    Case("Kerugian mencapai Rp 1,5 trilyun akibat banjir bandang.", [1_500_000_000_000]),
    Case("Dana Rp 3 milyard disalurkan untuk 10 desa.", [3_000_000_000]),
    Case("Aset perusahaan mencapai Rp 2 Triliyun pada akhir tahun.", [2_000_000_000_000]),
    Case("Anggaran sebesar 2 trilyun untuk pembangunan desa.", [2_000_000_000_000]),
    Case("Nilai aset dua trilyun rupiah.", [2_000_000_000_000]),
    Case("Total dana Rp 2 trilyun 500 milyar disiapkan.", [2_500_000_000_000]),
    # negatives: volumes written with the same words are no money (no currency, no money cue)
    Case("Cadangan gas mencapai 5 trilyun kaki kubik.", []),
    Case("Volume air waduk 20 milyard meter kubik.", []),
]

# Blind batch nm3_ (docs/unseen_nm3_s33.md): a misspelt scale word not in the table ("trilyiun", nm3_003 and nm3_008) after
# a currency and a short number is the scale it is nearest (rapidfuzz), never the end of the sum: "Rp 17,4 trilyiun"
# was Rp 17,4, a wrong value; a fraction in words before a scale word ("seperempat miliar rupiah", nm3_004 and nm3_014)
# is a sum, as "setengah miliar" was.
AMOUNTS_MISSPELT_SCALES_FRACTIONS = [
    Case("Aset bank mencapai Rp 17,4 trilyiun pada akhir 2024.", [17_400_000_000_000]),
    Case("PLN menginvestasikan Rp 2,6 trilyiun untuk pembangkit dan jaringan.", [2_600_000_000_000]),
    Case("Dana CSR Rp 3 milyiar disalurkan ke 10 desa.", [3_000_000_000]),
    Case("Nilai proyek Rp 4,5 miliiar untuk jalan desa.", [4_500_000_000]),
    Case("Bantuan senilai Rp 250 jta diserahkan kepada koperasi.", [250_000_000]),
    Case("Kerugian mencapai Rp 2-3 trilyiun akibat banjir.", [2_000_000_000_000, 3_000_000_000_000]),
    Case("Investasi US$ 1,5 milyiar untuk smelter.", [(1_500_000_000, "USD")]),
    Case("Pelindo menyiapkan seperempat miliar rupiah untuk nelayan.", [250_000_000]),
    Case("Total bantuan mencapai Rp 240 juta, mendekati seperempat miliar rupiah.", [240_000_000, 250_000_000]),
    Case("Dana Rp seperempat miliar disalurkan ke desa.", [250_000_000]),
    Case("Anggaran tiga perempat miliar rupiah untuk sekolah.", [750_000_000]),
    # the consonants of a scale word, as informal text abbreviates ("yg", "dgn", "jt", "rb")
    Case("Dana Rp 2 mlyr untuk desa.", [2_000_000_000]),
    Case("Proyek senilai Rp 1,2 trln disiapkan.", [1_200_000_000_000]),
    # a scale word cut short: no sum rather than the number alone
    Case("Dana Rp 2,6 tril untuk jalan kabupaten.", []),
    Case("Hibah US$ 5 mil dari lembaga donor.", []),
    Case("Dana Rp 2 tryln untuk desa.", []),  # too far from trilyun to read, too near to read Rp 2
    Case("Dana Rp 2 mliyr untuk desa.", []),
    Case("Anggaran Rp 45 jut untuk posyandu.", [45_000_000]),  # a letter dropped: near juta
    # negatives: a word near a scale but no misspelling of one, a sum written in full, a fraction of people or things
    Case("Uang tunai Rp 750.000 milik korban raib.", [750_000]),
    Case("Dana Rp 5 juta milik kelompok disimpan di bank.", [5_000_000]),
    Case("Ia menerima Rp 50 juga dari tetangga.", [50]),
    Case("Harga tiket Rp 25 ribu, milik pengelola desa.", [25_000]),
    Case("Cadangan gas 5 trilyiun kaki kubik.", []),
    Case("Sebanyak seperempat warga menerima bantuan.", []),
    Case("Sekitar seperempat juta penduduk terdampak banjir.", []),
    Case("Tiga perempat peserta berasal dari Kota Bandung.", []),
]

# Round s34 (blind batch nm4_, docs/unseen_nm4_s34.md): two adjacent letters swapped in a scale word after a currency
# ("Rp 15 juat": was Rp 15, a wrong value), a misspelt scale closed by the currency word after it ("75 jutaa rupiah":
# was nothing), "sepertiga"/"dua pertiga" before a scale, and a bare sum with the abbreviation "jt" ("sebesar 900 jt untuk").
AMOUNTS_S34_SWAPS_FRACTIONS_BARE = [
    Case("Setiap kelompok menerima modal Rp 25 juat dari perusahaan.", [25_000_000]),
    Case("Hibah Rp 7,5 jtua untuk sekolah dasar.", [7_500_000]),
    Case("Dana CSR Rp 2 milair disalurkan ke lima desa.", [2_000_000_000]),
    Case("Laba bersih perseroan Rp 1,2 trilinu pada 2024.", [1_200_000_000_000]),
    Case("Omzet koperasi mencapai 60 jutaa rupiah sebulan.", [60_000_000]),
    Case("Pendapatan parkir tercatat 125 jtua rupiah tahun ini.", [125_000_000]),
    Case("Investasi itu senilai 3,5 milyiar rupiah.", [3_500_000_000]),
    Case("Beasiswa senilai sepertiga miliar rupiah diserahkan kepada pelajar.", [333_333_333.33]),
    Case("Pemkab menyiapkan Rp sepertiga miliar untuk jalan desa.", [333_333_333.33]),
    Case("Anggaran dua pertiga miliar rupiah untuk puskesmas.", [666_666_666.67]),
    Case("Perusahaan menyiapkan dana sebesar 450 jt untuk pelatihan.", [450_000_000]),
    Case("Modal sebesar 20 jt diberikan kepada setiap kelompok.", [20_000_000]),
    # found by probing the classes above: a bare misspelt scale with a bare sum's cues, a fraction read with "per"
    # ("satu per tiga miliar rupiah" was Rp 3 miliar, a wrong value)
    Case("Pemerintah menyiapkan dana sebesar 2 trilyiun untuk jalan tol.", [2_000_000_000_000]),
    Case("Dana sebesar 20 jutaa untuk desa.", [20_000_000]),
    Case("Bantuan senilai satu per tiga miliar rupiah untuk nelayan.", [333_333_333.33]),
    Case("Anggaran tiga per empat miliar rupiah disiapkan.", [750_000_000]),
    # a misspelling of "juta" too far to read and no word: no sum, never Rp 50 (was Rp 50, a wrong value)
    Case("Modal Rp 50 jaut untuk setiap kelompok.", []),
    Case("Setiap warga menerima Rp 20 juts dari perusahaan.", []),
    # words near a scale word stay words: the small sum before them is read as written (was no sum)
    Case("Harga naik Rp 500 turun lagi esok harinya.", [500]),
    Case("Uang Rp 300 milik warga hilang.", [300]),
    # negatives: a fraction of people, a bare "jt" before a counted noun, a misspelt scale with no currency at all,
    # a word between a number and the currency word that is no scale, a swap that makes another word
    Case("Sebanyak sepertiga warga belum menerima bantuan.", []),
    Case("Dua pertiga peserta berasal dari Kabupaten Sambas.", []),
    Case("Bantuan itu menjangkau 3 jt nasabah di seluruh Indonesia.", []),
    Case("Sekitar 20 jutaa orang terdampak kemarau.", []),
    Case("Nilai tukar melemah 50 poin terhadap rupiah.", []),
    Case("Cadangan gas sebesar 5 trilyiun kaki kubik.", []),
    Case("Satu per tiga warga belum menerima bantuan.", []),
    Case("Ia menerima Rp 50 jual beli lahan.", [50]),
]

AMOUNTS_XFAIL = [
    Case("bantuan ratusan juta rupiah untuk desa", [100_000_000]),  # vague: no number stated
]


def _params():
    cases = [pytest.param(c, id=c.text[:50]) for c in AMOUNTS_AS_WRITTEN + AMOUNTS_BUGS_CAUGHT + NOT_AMOUNTS
             + AMOUNTS_ONE_GRAMMAR + NOT_AMOUNTS_ONE_GRAMMAR + FOREIGN_CURRENCIES + NOT_FOREIGN_AMOUNTS
             + AMOUNTS_LISTS_AND_CUES + NOT_AMOUNTS_LISTS_AND_CUES + NOT_AMOUNTS_IDENTIFIERS_COUNTS
             + AMOUNTS_NEAR_IDENTIFIERS_COUNTS + NOT_AMOUNTS_STAGES_THINGS + AMOUNTS_NEAR_STAGES_THINGS
             + NOT_AMOUNTS_ENCLITIC + NOT_AMOUNTS_FACTORS + AMOUNTS_COORDINATED_SUMS + AMOUNTS_OLD_SPELLINGS
             + AMOUNTS_MISSPELT_SCALES_FRACTIONS + AMOUNTS_S34_SWAPS_FRACTIONS_BARE]
    cases += [pytest.param(c, id=c.text[:50], marks=pytest.mark.xfail(strict=True)) for c in AMOUNTS_XFAIL]
    return cases


@pytest.mark.parametrize("case", _params())
def test_amounts_read_as_written(nlp, case):
    doc = nlp(case.text)
    got = [(a.value, a.currency) for a in doc._.amounts]
    assert got == [(float(v), c) for v, c in _pairs(case.values)]
    assert all(case.text[a.start:a.end] == a.text for a in doc._.amounts)  # the evidence holds


def test_amounts_digits_repeated_in_words_are_one_amount(nlp):
    """Issue #15.2: "Rp 2.750.000.000 (dua miliar ... rupiah)" is one amount with two pieces of evidence."""
    from extract.record import build_record
    from extract.article import Article

    text = "Perusahaan menyalurkan dana Rp 2.750.000.000 (dua miliar tujuh ratus lima puluh juta rupiah) kepada desa."
    rec = build_record(Article("t", text), nlp(text), "test")
    (amount,) = rec.amounts
    assert amount["value"] == 2_750_000_000
    assert [e["text"] for e in amount["evidence"]] == ["Rp 2.750.000.000", "dua miliar tujuh ratus lima puluh juta rupiah"]


# Issue #16.2: sums implausible for their context. (clause, plausible value, literal value); the warning names why.
IMPLAUSIBLE = [
    ("laba Rp 2.450.000.000 juta tahun ini", 2_450_000_000, 2_450_000_000_000_000, "double scale"),  # full digits + juta
    ("bantuan Rp 150.000.000 miliar untuk desa", 150_000_000, 150_000_000_000_000_000, "double scale"),
    ("dana CSR Rp1.200.000.000 ribu disalurkan", 1_200_000_000, 1_200_000_000_000, "double scale"),
    ("hibah Rp 2,450,000,000 juta dari perusahaan", 2_450_000_000, 2_450_000_000_000_000, "double scale"),
    ("bantuan Rp 5 miliar juta untuk sekolah", 5_000_000_000, 5_000_000_000_000_000, "double scale"),  # typo: two scales
    ("modal Rp 25 juta ribu bagi koperasi", 25_000_000, 25_000_000_000, "double scale"),
    ("dana CSR Rp 2.500 triliun untuk kampung", 2_500_000_000_000_000, 2_500_000_000_000_000, "revenue"),  # typo: triliun
    ("donasi US$ 900 miliar bagi sekolah", 900_000_000_000, 900_000_000_000, "revenue"),
]

# A thousands dot typed for a decimal point (the article's other sums in that scale have three decimals):
# (clause, which amount, value, literal value).
DOT_TYPOS = [
    ("Laba Rp 82,415 miliar tahun ini; tahun lalu Rp91.208 miliar.", 1, 91_208_000_000, 91_208_000_000_000),
    ("Penyaluran Rp 12,750 juta di Jambi dan Rp14.325 juta di Riau", 1, 14_325_000, 14_325_000_000),
]

PLAUSIBLE = ["dana Rp 2.450.000.000 untuk desa", "dana Rp 2,45 miliar untuk desa", "dana Rp 1.250 miliar dari BUMN",
             "anggaran Rp 1.200 triliun", "hibah US$ 3 miliar", "bantuan Rp 150.000 ribu"]


@pytest.mark.parametrize("text, value, literal, why", IMPLAUSIBLE)
def test_amounts_implausible_sums_are_repaired_and_warned(nlp, text, value, literal, why):
    from extract.record import build_record
    from extract.article import Article

    (a,) = nlp(text)._.amounts
    assert (a.value, a.literal_value) == (value, literal)
    assert why in a.warning
    rec = build_record(Article("t", text), nlp(text), "test")
    assert rec.amounts[0]["literal_value"] == literal and any(why in w for w in rec.warnings)


@pytest.mark.parametrize("text, which, value, literal", DOT_TYPOS)
def test_amounts_thousands_dot_typo_is_read_as_decimal_and_warned(nlp, text, which, value, literal):
    a = nlp(text)._.amounts[which]
    assert (a.value, a.literal_value) == (value, literal) and "decimal point" in a.warning


@pytest.mark.parametrize("text", PLAUSIBLE)
def test_amounts_plausible_sums_carry_no_warning(nlp, text):
    (a,) = nlp(text)._.amounts
    assert a.warning is None and a.literal_value is None


@pytest.mark.parametrize("text, low, high", [
    ("pinjaman Rp10-20 juta per pelaku usaha", 10_000_000, 20_000_000),
    ("antara Rp2,8 juta sampai Rp4 juta", 2_800_000, 4_000_000),
])
def test_amounts_range_marks_both_ends(nlp, text, low, high):
    doc = nlp(text)
    assert [(a.value, a.range) for a in doc._.amounts] == [(low, "low"), (high, "high")]


@pytest.mark.parametrize("text, approximate, per", [
    ("dana CSR Rp 1 miliar lebih", True, None),
    ("sekitar Rp 16 miliar telah tersalur", True, None),
    ("Rp50 ribu per orang", False, "orang"),
    ("Rp50 ribu/paket", False, "paket"),
])
def test_amounts_approximate_and_per(nlp, text, approximate, per):
    (a,) = nlp(text)._.amounts
    assert (a.approximate, a.per) == (approximate, per)


@pytest.mark.parametrize("word", sorted(load_rules("numbers")["words"]) + sorted(load_rules("numbers")["scales"]))
def test_amounts_parse_rupiah_knows_every_number_word(word):
    """The finder's vocabulary is data; the reader is lokal-id. They must agree on every word."""
    kind = load_rules("numbers")["words"].get(word)
    text = word if kind in ("digit", "unit", "half") else f"dua {word}"  # multipliers and scales follow a number
    if kind == "decimal":
        text = f"satu {word} lima"
    assert read_number(text) is not None


def test_amounts_rules_have_known_keys():
    known = {"currency_before", "currency_after", "scales", "bare_scales", "bare_capitals", "cue_window", "cue_before",
             "cue_after", "money_nouns", "bare_next_ok", "per", "cents", "negative_before", "list_joins", "implausible_above",
             "rate_joins", "rate_before", "identifier_before", "ordinal_before", "thing_nouns", "factor_signs", "sum_joins",
             "fraction_words", "misspelt_scale_targets", "misspelt_scale_ratio", "misspelt_scale_doubt", "misspelt_scale_words"}
    assert set(load_rules("amounts")) == known
    assert set(load_rules("numbers")) == {"words", "scales", "vague", "approx_before", "approx_after", "approx_suffix",
                                          "range_joins"}  # related-story lines: rules/lines.toml
    assert all(len(code) == 3 and code.isupper() for code in load_rules("amounts")["currency_before"].values())
    assert number_rules().number  # compiles


@pytest.mark.parametrize("module", ["extract.components.numbers", "extract.components.amounts", "extract.components.dates", "extract.components.beneficiaries"])
def test_numbers_doctests(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0
