"""Organisation mentions, read from short clauses written for these tests (real-looking Indonesian).

ORGS_AS_WRITTEN: each head rule and gazetteer path, developed with the rules. ORGS_BUGS_CAUGHT: errors
met on the development set, one line each. NOT_ORGS: phrases that hold no organisation.
ORGS_XFAIL: should pass, does not yet (strict, so a fix gets noticed).

The gate on the trained NER's ORG spans is tested without a model: each case names the spans a NER
would label ORG, the test puts them on a hand-built Doc and runs every component after ``ner``.
NER_ORGS_KEPT: spans with evidence (cue, coordination, gazetteer). NOT_ORGS_FROM_NER: spans the gate
rejects (media, places, titles, event words, related-story headlines, appositions), met on the
development set with the candidate models.
"""
from __future__ import annotations

import json
from typing import NamedTuple

import pytest

from conftest import need_shared
from tests.phrases import programs_extension
from extract.components import ner as ner_module
from rules import load_rules


class Case(NamedTuple):
    text: str
    names: list[str]  # the mention texts, in order


ORGS_AS_WRITTEN = [
    Case("Bantuan diserahkan PT Hutama Karya (Persero) kepada warga.", ["PT Hutama Karya (Persero)"]),
    Case("Pelatihan oleh CV Maju Jaya di balai desa.", ["CV Maju Jaya"]),
    Case("Dana dari Bank BTN Cabang Bangkalan disalurkan.", ["Bank BTN Cabang Bangkalan"]),
    Case("Rapat dengan Dinas Koperasi dan UMKM Batubara kemarin.", ["Dinas Koperasi dan UMKM Batubara"]),
    Case("Hadir pula Kelompok Usaha Karya Usang Sungging dalam acara itu.", ["Kelompok Usaha Karya Usang Sungging"]),
    Case("Modal diberikan kepada Koperasi Simo Turun tahun ini.", ["Koperasi Simo Turun"]),
    Case("Petani dari Gapoktan Sumber Rejeki ikut pelatihan.", ["Gapoktan Sumber Rejeki"]),
    Case("Pelatihan bersama Yayasan Bina Swadaya berjalan lancar.", ["Yayasan Bina Swadaya"]),
    Case("Mahasiswa Universitas Jenderal Soedirman (Unsoed) Purwokerto membantu.",
         ["Universitas Jenderal Soedirman (Unsoed) Purwokerto"]),
    Case("Ketua PC GP Ansor Tuban menyambut baik.", ["PC GP Ansor Tuban"]),
    Case("Sementara itu Pemkab Jombang menandatangani nota kesepahaman.", ["Pemkab Jombang"]),
    Case("Siswa SMK Negeri 2 Magelang menerima beasiswa.", ["SMK Negeri 2 Magelang"]),
    Case("Kegiatan ini didukung Kick Andy Foundation sejak awal.", ["Kick Andy Foundation"]),
    Case("Menurut Unit Manager CSR Pertamina RU IV Cilacap, program berlanjut.", ["Pertamina RU IV Cilacap"]),
    Case("Produk binaan PTBA dipamerkan di Jakarta.", ["PTBA"]),
    Case("Pelatihan itu juga melibatkan bank BNI sebagai mitra.", ["bank BNI"]),
    Case("Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Ogan Ilir hadir.",
         ["Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Ogan Ilir"]),
    Case("Bantuan PT Semen Indonesia (Persero) Tbk. (SIG) Pabrik Tuban tiba.",
         ["PT Semen Indonesia (Persero) Tbk. (SIG) Pabrik Tuban"]),
    Case("Sumbangan Yayasan Senyum Untuk Negeri (SUN) diterima warga.", ["Yayasan Senyum Untuk Negeri (SUN)"]),
    Case("Program Pemerintah Provinsi (Pemprov) Maluku berlanjut.", ["Pemerintah Provinsi (Pemprov) Maluku"]),
]

ORGS_BUGS_CAUGHT = [
    Case("Hal itu disampaikan Kepala Dinkop UKM Kota Cilegon Didin S Maulana kemarin.", ["Dinkop UKM Kota Cilegon"]),
    Case("Kelompok HIMPULI dari Kelurahan Gunung Steleng ikut panen.", ["Kelompok HIMPULI"]),
    Case("Siswa SMP Negeri 20 Desa Terjun menerima buku.", ["SMP Negeri 20"]),
    Case("BPD Bali dan PT. Pegadaian menyerahkan mobil.", ["BPD Bali", "PT. Pegadaian"]),
    Case("Mobil diserahkan untuk MDA Bangli dan Karangasem pekan lalu.", ["MDA Bangli"]),
    Case("Kepala Sekolah Binaan Tanoto Foundation hadir.", ["Tanoto Foundation"]),
    Case("Direktur PT.Bank Sumut Pusat memberi sambutan.", ["PT.Bank Sumut Pusat"]),
    # the whole phrase is a programme's name (warta_programs): a company named only inside it is the programme
    Case("Program Sentra Industri Bukit Asam (SIBA) dikunjungi.", []),
    Case("Program Sentra Industri Bukit Asam (SIBA) milik PT Bukit Asam dikunjungi.", ["PT Bukit Asam"]),
    # a head that is a body's short name takes a connector at once
    Case("Pelatihan dibuka Sekretaris Diskoperindag & UKM Batubara kemarin.", ["Diskoperindag & UKM Batubara"]),
    # an official name with a comma in it
    Case("Dana disalurkan kepada United Nations Educational, Scientific and Cultural Organization (UNESCO) tahun ini.",
         ["United Nations Educational, Scientific and Cultural Organization (UNESCO)"]),
]

# a title, a body's name, a comma and a person with the age in brackets: the person is no part of the name (s29 gv5_009)
ORGS_S32GV8 = [
    # bare headline verbs after their subject end the name (gv8_014 "Pindah"; pg5_001 "Dinkes Kejar Imunisasi"; corpus/
    # headlines "PLN Sambung Listrik Gratis", "SSMS Bedah 12 Rumah", "Pelindo Bengkulu Santuni", "PLN Terangi Kampung",
    # "Cargill Renovasi Perpustakaan", "Bakti BCA Sulap Desa"): a one-line headline has no body to correct it
    Case("Bank Mandiri Kantor Cabang Tanjungpinang Pindah ke Jalan Basuki Rahmat",
         ["Bank Mandiri Kantor Cabang Tanjungpinang"]),
    Case("PLN UIW Kalbar Sambung Listrik Gratis 120 Rumah di Sambas", ["PLN UIW Kalbar"]),
    Case("Dinas Kesehatan Kota Kupang Kejar Target Imunisasi", ["Dinas Kesehatan Kota Kupang"]),
    Case("Bank Kalsel Cabang Martapura Santuni 200 Anak Yatim", ["Bank Kalsel Cabang Martapura"]),
    Case("PLN UP3 Sorong Terangi Kampung Nelayan di Tepi Teluk", ["PLN UP3 Sorong"]),
    Case("Bank Jateng Cabang Blora Bedah 25 Rumah Warga", ["Bank Jateng Cabang Blora"]),
    Case("PT Semen Tonasa Unit Pangkep Renovasi Masjid Desa", ["PT Semen Tonasa Unit Pangkep"]),
    # negatives: words of names that look like verbs stay (`Buka` of a village, `Bina` of a group are not added)
    Case("Bibit diserahkan kepada Pemerintah Desa Tanjung Buka.", ["Pemerintah Desa Tanjung Buka"]),
    Case("Kelompok Nelayan Bina Bahari menerima perahu.", ["Kelompok Nelayan Bina Bahari"]),
    Case("Bank Sulteng Cabang Palu Rehab Surau di Sigi", ["Bank Sulteng Cabang Palu"]),
]

ORGS_S31GV7 = [
    # North Sumatra's six-digit school numbers after a numbered school's head (gv7_003)
    Case("Bantuan diserahkan kepada SD Negeri 091285 dan SDN 060843 Medan.", ["SD Negeri 091285", "SDN 060843 Medan"]),
    # negatives: a longer number is none; a long number after any other head stays out of the name
    Case("Ia menyebut SD Negeri 1234567 di sana.", []),
    Case("Nomor rekening 0912851234 milik Kelompok Tani Maju.", ["Kelompok Tani Maju"]),
]

ORGS_S30GV6 = [
    # a venue office after "di" and a room of it: where it took place (gv6_005, sul_010, bn2_005, gov_010, ppr_008)
    Case("Pelatihan digelar di Aula Kantor Kecamatan Martapura, Kabupaten Banjar, Rabu.", []),
    Case("Dapur umum dibuka di halaman Kantor Camat Kapuas sejak Senin.", []),
    # negatives: the office that receives is a body; a room word without "di" before it changes nothing
    Case("Bantuan diserahkan kepada Kantor Kecamatan Martapura untuk disalurkan.", ["Kantor Kecamatan Martapura"]),
    # a company known by a short name that is not its initials (gazetteer: BUMA, PT Bukit Makmur Mandiri Utama)
    Case("Instalasi air bersih itu dibangun BUMA bersama warga Kampung Labanan Makmur.", ["BUMA"]),
    Case("Instalasi air bersih itu dibangun Buma bersama warga.", []),
]

ORGS_S29GV5 = [
    Case("Ketua Asosiasi Petani Sawit Swadaya Amanah, Narno (52), mengatakan produktivitas kebun naik.",
         ["Asosiasi Petani Sawit Swadaya Amanah"]),
    Case("Ketua Yayasan Bina Desa Lestari, Siti Aminah (47), mengatakan pelatihan berlangsung tiga hari.",
         ["Yayasan Bina Desa Lestari"]),
    # negatives: a list name with commas and an acronym in brackets goes on; a person without an age is cut as before
    Case("Kepala Dinas Perindustrian, Perdagangan (Disperindag) Kota Palu menyerahkan sertifikat.",
         ["Dinas Perindustrian, Perdagangan (Disperindag) Kota Palu"]),
    Case("Sekretaris Dinas Koperasi, UKM dan Perdagangan Sigi, Andi Lolo (50), mengatakan data penerima sudah lengkap.",
         ["Dinas Koperasi, UKM dan Perdagangan Sigi"]),
    # "anggota" before a group's head names its members, no person's office: the name's words stay (gv5_003)
    Case("Penerima bantuan adalah anggota Kelompok Usaha Bersama (KUB) Hena Lima dan KUB Tanjung Hitu.",
         ["Kelompok Usaha Bersama (KUB) Hena Lima", "KUB Tanjung Hitu"]),
    Case("Pelatihan diikuti para anggota Kelompok Tani (KT) Sinar Tujuh di balai desa.", ["Kelompok Tani (KT) Sinar Tujuh"]),
    # negative: a council's member is no group; the person after the council's name is cut as before
    Case("Kata anggota DPRD Kota Ambon Budi Santoso kemarin.", ["DPRD Kota Ambon"]),
]

NOT_ORGS = [
    # a name followed by an age in brackets is a person the NER may take for a body; a body's acronym there stays
    Case("PT Pertamina Hulu Rokan menyerahkan rumah layak huni kepada warga. Salah seorang penerima, Rosnah (63), "
         "janda di Desa Pematang Pudu, mengaku senang.", ["PT Pertamina Hulu Rokan"]),
    Case("PT Vale Indonesia menyerahkan bantuan kepada Koperasi Sumber Rejeki (KSR) di Luwu Timur.",
         ["PT Vale Indonesia", "Koperasi Sumber Rejeki (KSR)"]),
    Case("Harga cabai di pasar naik 20 persen sejak Senin.", []),
    Case("Kelompok UMKM setempat menerima pelatihan.", []),
    Case("Pemerintah Indonesia mendorong ekonomi desa.", []),
    Case("Warga menerima 30 paket sembako dari relawan.", []),
]

# Issue #13, one table per class of error met on unseen articles (phrases written for these tests).
# 1. group names run on through ordinary words after a group head; lower-case heads too
GROUP_NAMES = [
    Case("Bantuan diserahkan kepada Kelompok Tani Sido Makmur Bersama di desa itu.",
         ["Kelompok Tani Sido Makmur Bersama"]),
    Case("Bantuan diserahkan kepada Kelompok Mitra Sehati Kreatif di desa itu.", ["Kelompok Mitra Sehati Kreatif"]),
    Case("Bantuan diserahkan kepada Koperasi Tani Maju Baru dan KUB Karya Mandiri Sejahtera.",
         ["Koperasi Tani Maju Baru", "KUB Karya Mandiri Sejahtera"]),
    Case("Petani Gapoktan Harapan Jaya dan kelompok tani Sumber Rejeki menerima bantuan.",
         ["Gapoktan Harapan Jaya", "kelompok tani Sumber Rejeki"]),
    Case("Pelatihan untuk Karang Taruna Tunas Harapan Abadi digelar.", ["Karang Taruna Tunas Harapan Abadi"]),
    Case("Dipelopori oleh Kelompok Kemiren Asri Mandiri, warga berbenah. Kelompok Kemiren asri Mandiri menang.",
         ["Kelompok Kemiren Asri Mandiri", "Kelompok Kemiren asri Mandiri"]),
    # negatives: "Bersama" before another organisation is the preposition; a lower-case head with no name
    Case("Hadir Ketua Kelompok Tani Sido Makmur Bersama PT Semen Padang di lokasi.",
         ["Kelompok Tani Sido Makmur", "PT Semen Padang"]),
    Case("Bantuan diserahkan kepada kelompok tani di desa itu.", []),
]

# 2. a person, title or place glued onto an organisation: the name ends where the organisation ends
GLUED_NAMES = [
    Case("Sekretaris Bappeda Kabupaten Sragen Budi Santoso SH membuka pelatihan.", ["Bappeda Kabupaten Sragen"]),
    Case("Menurut Kepala PT Contoh Bidang Community Development Andi Wijaya, bantuan tiba.", ["PT Contoh"]),
    Case("Bantuan PT Contoh Desa Sukamaju diserahkan.", ["PT Contoh"]),
    Case("Direktur Utama PT Jamkrida Kalteng Suhartono menyerahkan bantuan.", ["PT Jamkrida Kalteng"]),
    Case("Bantuan diserahkan Manajer PT Perkebunan Nusantara IV Regional II Budi Santoso.",
         ["PT Perkebunan Nusantara IV Regional II"]),
    Case("Bantuan diterima Komandan Korem 102 Panju Panjung Brigjen TNI Purwo Sudariyanto.",
         ["Korem 102 Panju Panjung", "TNI"]),
    # after a title, a comma opens the person's name
    Case("Ketua Yayasan Bakti, Rino Bagas Wiranata, mengaku senang.", ["Yayasan Bakti"]),
    # a name cut by the end of the text that begins another name is that name again
    Case("Program ini bersama Yayasan Putera Sampoerna. Kami bekerja sama dengan Yayasan Putera Sa",
         ["Yayasan Putera Sampoerna"]),
    # negatives: a place word inside a company's name, one word after a place, no title before; after a title,
    # a comma inside the name of a government body
    Case("Kepala Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Ogan Ilir, Tapip, hadir.",
         ["Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Ogan Ilir"]),
    Case("Kepala Dinas Koperasi dan Usaha Kecil, Menengah (UKM) NTT, Kosmas Lana, hadir.",
         ["Dinas Koperasi dan Usaha Kecil, Menengah (UKM) NTT"]),
    Case("PT Kaltim Prima Coal menyalurkan bantuan kepada warga.", ["PT Kaltim Prima Coal"]),
    Case("Pelatihan bersama Tim Ekspedisi Papua Terang di Jayapura.", ["Tim Ekspedisi Papua Terang"]),
]

# 4. news media in datelines and photo credits are no organisations
MEDIA = [
    Case("RADARBANYUMAS.CO.ID/NAMA - Bantuan PT Semen Padang diserahkan.", ["PT Semen Padang"]),
    Case("Foto: TRIBUNJATIM.COM/Budi. Bank Jatim menyalurkan bantuan kepada Koperasi Sido Makmur.",
         ["Bank Jatim", "Koperasi Sido Makmur"]),
]

# 5. coordinated names are two organisations
COORDINATED = [
    Case("Bantuan diterima Rutan Kelas IIB Sleman dan Lapas Perempuan Kelas IIB Yogyakarta.",
         ["Rutan Kelas IIB Sleman", "Lapas Perempuan Kelas IIB Yogyakarta"]),
    Case("Program Pemerintah Provinsi (Pemprov) Maluku dan BPJS Cabang Maluku berlanjut.",
         ["Pemerintah Provinsi (Pemprov) Maluku", "BPJS Cabang Maluku"]),
    Case("Bantuan dari PT Pertamina, PT PLN dan Bank Mandiri tiba.", ["PT Pertamina", "PT PLN", "Bank Mandiri"]),
    # negative: a government body's name holds "dan" and commas
    Case("Dinas Perdagangan, Koperasi dan UKM Kota Sukabumi hadir.",
         ["Dinas Perdagangan, Koperasi dan UKM Kota Sukabumi"]),
]

# 6. generic nouns with no name of their own are no organisations
GENERIC = [
    Case("Bantuan diserahkan kepada Kelompok Usaha Kecil di desa itu.", []),
    Case("Bantuan diserahkan kepada Kelompok Wanita Tani (KWT) di desa itu.", []),
    Case("Uang itu disimpan ke bank untuk modal usaha.", []),
    Case("Pelatihan diikuti Koperasi Usaha Kecil dan Menengah setempat.", []),
    # "antara lain" is "among others", no cue of working together: the acronym after it is a product's
    Case("Bantuan CSR PT Pertamina EP antara lain berupa susu UHT dan air mineral.", ["PT Pertamina EP"]),
    # negative: "kerja sama antara" names the partners
    Case("Pelatihan digelar atas kerja sama antara PMI dan BPBD Pandeglang.", ["PMI", "BPBD Pandeglang"]),
    # "dinas" after the noun it qualifies means "official": a residence, a car, a trip
    Case("Dapur umum didirikan di rumah dinas BNI Palu.", ["BNI"]),
    Case("Bantuan diangkut dengan mobil dinas Bupati Sigi ke lokasi.", []),
    # negative: lower-case "dinas" that opens a body's name
    Case("Pelatihan digelar bersama dinas Koperasi Kota Palu.", ["dinas Koperasi Kota Palu"]),
    # negative: a group with a name of its own
    Case("Bantuan diserahkan kepada Kelompok Wanita Tani (KWT) Melati di desa itu.",
         ["Kelompok Wanita Tani (KWT) Melati"]),
]

# 7. names without a usual head word
NO_HEAD_WORD = [
    Case("Pelatihan bersama Aksara Organic Consultant berjalan lancar.", ["Aksara Organic Consultant"]),
    Case("Bantuan diserahkan kepada Sinode Gereja Kristen Injili di Tanah Papua kemarin.",
         ["Sinode Gereja Kristen Injili di Tanah Papua"]),
    Case("Pelatihan membatik di Omah Kreatif Dongaji, Bantul.", ["Omah Kreatif Dongaji"]),
    Case("Serikat Karyawan Bulog Divre Maluku menyalurkan bantuan.", ["Serikat Karyawan Bulog Divre Maluku"]),
    Case("Mahasiswa Universitas Sebelas Maret (UNS) Surakarta membantu.",
         ["Universitas Sebelas Maret (UNS) Surakarta"]),
    Case("Dana dari Badan Musyawarah Perbankan Daerah (BMPD) Jambi tiba.",
         ["Badan Musyawarah Perbankan Daerah (BMPD) Jambi"]),
    Case("Zakat disalurkan Baitul Maal Pupuk Kujang kepada warga.", ["Baitul Maal Pupuk Kujang"]),
    # negative: an organisation's own CSR team is the organisation
    Case("Survei dilakukan Tim CSR PTBA ke Bantul.", ["PTBA"]),
]

ORGS_XFAIL = [
    Case("Pelatihan oleh CV Maju Bersama di balai desa.", ["CV Maju Bersama"]),  # function word ends a name
]


class NerCase(NamedTuple):
    text: str
    ner: list[str]  # the spans a NER labels ORG
    names: list[str]  # the organisation mentions expected


NER_ORGS_KEPT = [
    # s30 gv6: the outlet and the dash close a dateline; the NER's span that runs over them starts after the dash
    NerCase("KUPANG, POS-KUPANG.COM - Sahabat Pulau menyalurkan paket sembako kepada warga.",
            ["POS-KUPANG.COM - Sahabat Pulau"], ["Sahabat Pulau"]),
    NerCase("BITUNG, TRIBUNMANADO.CO.ID - Fuel Terminal Bitung menyerahkan cool box kepada nelayan.",
            ["TRIBUNMANADO.CO.ID - Fuel Terminal Bitung"], ["Fuel Terminal Bitung"]),
    # s30 gv6_003: a Pertamina or PLN unit in an article that names no company is its giver's only name
    NerCase("Fuel Terminal Tahuna menyerahkan 40 unit cool box kepada Kelompok Nelayan Bintang Samudera.",
            ["Fuel Terminal Tahuna"], ["Fuel Terminal Tahuna", "Kelompok Nelayan Bintang Samudera"]),
    # negative of the photo credit below: a slash in brackets outside a caption may pair two bodies
    NerCase("Beasiswa diberikan kepada mahasiswa berprestasi (UNISKA/ULM) tahun ini.", ["UNISKA"], ["UNISKA"]),
    # negative of the apposition above: a body renamed by a class noun stays ("Du Anyam, perusahaan sosial")
    NerCase("Pelatihan bekerja sama dengan mitra, Du Anyam, perusahaan sosial di Flores.", ["Du Anyam"], ["Du Anyam"]),
    # a participation cue before the name
    NerCase("Pelatihan membatik bekerja sama dengan Omah Kreatif Dongaji di Bantul.", ["Omah Kreatif Dongaji"],
            ["Omah Kreatif Dongaji"]),
    NerCase("Beasiswa diberikan kepada mahasiswa berprestasi UNIBA tahun ini.", ["UNIBA"], ["UNIBA"]),
    # a verb of giving after it
    NerCase("Filantra menyalurkan paket sembako kepada warga.", ["Filantra"], ["Filantra"]),
    # listed with an organisation the rules found
    NerCase("Bantuan diserahkan Maybank Indonesia dan Toraja Melo kepada penenun.", ["Toraja Melo"],
            ["Maybank Indonesia", "Toraja Melo"]),
    # a lower-case head and its descriptor before the name belong to it
    NerCase("Pelatihan digelar bersama kelompok pengrajin Batik Kujur di desa.", ["Batik Kujur"],
            ["kelompok pengrajin Batik Kujur"]),
    # known to the gazetteer, in another case
    NerCase("Hutan desa dikelola PERHUTANI bersama warga.", ["PERHUTANI"], ["PERHUTANI"]),
]

NOT_ORGS_FROM_NER = [
    # s30 gv6: negatives of the unit rows above: with its company in the article a unit is no body of its own;
    # a unit word that is not a standalone unit (Kebun) stays out with no company too
    NerCase("PT Pertamina Patra Niaga menyerahkan bantuan. Fuel Terminal Bitung menggandeng politeknik.",
            ["Fuel Terminal Bitung"], ["PT Pertamina Patra Niaga"]),
    NerCase("Kebun Sei Putih menyerahkan bantuan kepada warga.", ["Kebun Sei Putih"], []),
    # s30 gv6_007: the medium of a photo caption's credit, before the slash
    NerCase("Foto: Warga melintas di jalan desa. (KALTENG POS/IST)", ["POS"], []),
    # a name between commas with a person's noun in apposition after it is a person (s29 gv5_004); an agent noun too
    NerCase("Salah seorang penerima, Nurlela Hamisi, mahasiswi Universitas Khairun Ternate, mengaku senang.",
            ["Nurlela Hamisi"], ["Universitas Khairun Ternate"]),
    NerCase("Salah satu peserta, Yohanis Bria, petani jagung di Desa Naekasa, berterima kasih.", ["Yohanis Bria"], []),
    NerCase("Magelang (ANTARA) - Bank BRI menyalurkan bantuan.", ["ANTARA"], ["Bank BRI"]),  # dateline agency
    NerCase("Hal itu disampaikan kepada Kompas.com, Senin.", ["Kompas.com"], []),  # a news site
    NerCase("Laporan kepada POS-KUPANG.COM dari warga.", ["POS"], []),  # part of a web address
    NerCase("Bantuan diserahkan kepada warga terdampak COVID-19 di desa.", ["COVID-19"], []),  # a disease
    NerCase("Bantuan dikirim kepada korban gempa Cianjur pekan lalu.", ["Cianjur"], []),  # a regency
    NerCase("Bantuan diserahkan kepada NTT melalui posko.", ["NTT"], []),  # a province's short name
    NerCase("Rumah tahfiz itu untuk 80 santri penghafal Al Quran di desa.", ["Al Quran"], []),  # scripture
    NerCase("Pelindo melalui Fuel Terminal Larantuka menyerahkan bantuan.", ["Fuel Terminal Larantuka"], ["Pelindo"]),  # a unit
    NerCase("Pelatihan dibuka oleh SEVP Operation PT SGN di Yogyakarta.", ["SEVP Operation"], ["PT SGN"]),  # title
    NerCase("Kegiatan dihadiri oleh Pj Gubernur Papua Barat kemarin.", ["Pj Gubernur"], []),  # title
    NerCase("Usai Pelatihan Peningkatan Kompetensi bersama petani, warga pulang.",
            ["Pelatihan Peningkatan Kompetensi"], []),  # an event
    NerCase("Bantuan tiba di posko. Baca: Anggota DPR Minta Warga Tetap di Rumah", ["DPR Minta Warga"], []),
    NerCase("Pelatihan bersama PT Maju Jaya, Budi Santoso, berjalan lancar.", ["Budi Santoso"],
            ["PT Maju Jaya"]),  # a person in apposition
    NerCase("Pelatihan dibuka oleh Mustafal Akhyar (Sekretaris Diskoperindag & UKM Batubara).", ["Mustafal Akhyar"],
            ["Diskoperindag & UKM Batubara"]),  # a person, by the title after the name
    NerCase("Pelatihan oleh PT Bukit Asam dengan proyek JTTS di Ogan Ilir.", ["JTTS"], ["PT Bukit Asam"]),  # a project
    NerCase("Dana itu disalurkan bersama Pemda setempat.", ["Pemda"], []),  # a head word alone
    NerCase("Lebih lanjut, lanjut Diwan Syahdu, proposal dinilai.", ["Diwan Syahdu"], []),  # no evidence
    NerCase("Foto: TRIBUNJATIM.COM/Budi Santoso. Bantuan tiba kepada warga.", ["TRIBUNJATIM.COM"], []),  # credit
    # a section head's title and name (a domain-trained NER tags them ORG): a person, not a participant
    NerCase("Bantuan diserahkan didampingi Kasubag Humas Andi Wijaya kepada warga.", ["Kasubag Humas Andi Wijaya"], []),
    NerCase("Bantuan diterima Kabag Umum Rahmat menyalurkan ke warga.", ["Kabag Umum Rahmat"], []),
    # an honorific after God's name, before a giving verb
    NerCase("Semoga Allah SWT memberikan kesabaran kepada warga.", ["SWT"], []),
]


def run_after_ner(nlp, text: str, ents: list[str], label: str = "ORG"):
    """The pipeline on ``text`` with ``ents`` as the NER's entities (every component after ``ner``)."""
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(e), text.index(e) + len(e), label=label) for e in ents]
    for name, proc in nlp.pipeline:
        if name not in ("ner", "tok2vec"):
            doc = proc(doc)
    return doc


@pytest.mark.parametrize("case", NER_ORGS_KEPT + NOT_ORGS_FROM_NER, ids=lambda c: c.text[:50])
def test_organizations_gate_ner_spans(nlp, case):
    doc = run_after_ner(nlp, case.text, case.ner)
    assert [o.text for o in doc._.organizations_all] == case.names
    assert all(case.text[o.start:o.end] == o.text for o in doc._.organizations_all)


def test_organizations_ner_spans_keep_their_evidence(nlp):
    text = " ".join(c.text for c in NER_ORGS_KEPT)
    doc = run_after_ner(nlp, text, [n for c in NER_ORGS_KEPT for n in c.ner])
    found = {o.text: o for o in doc._.organizations_all}
    assert {"Omah Kreatif Dongaji", "UNIBA", "Toraja Melo"} <= set(found)
    assert found["UNIBA"].confidence < found["Maybank Indonesia"].confidence  # a model's guess counts less
    assert all(text[o.start:o.end] == o.text for o in doc._.organizations_all)


def test_organizations_with_the_trained_ner(nlp):
    """With a model: the dateline agency and the disease stay out, the cued partner comes in."""
    if ner_module.load_ner() is None:
        pytest.skip("no trained NER model (models/ner or $WARTA_NER_MODEL); the gate is tested without one above")
    text = ("Magelang (ANTARA) - PT Bank Rakyat Indonesia menyalurkan bantuan kepada warga terdampak COVID-19 "
            "bekerja sama dengan Kelompok Tani Maju.")
    names = [o.text for o in nlp(text)._.organizations_all]
    assert "ANTARA" not in names and "COVID-19" not in names
    assert "PT Bank Rakyat Indonesia" in names


def test_ner_path_honours_the_environment(tmp_path, monkeypatch):
    model = tmp_path / "model"
    (model / "ner").mkdir(parents=True)
    (model / "meta.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv(ner_module.ENV_VAR, str(model))
    assert ner_module.ner_path() == model
    monkeypatch.setenv(ner_module.ENV_VAR, str(tmp_path / "nonexistent"))
    monkeypatch.setattr(ner_module, "MODEL_DIR", model)  # even with a shipped model: the choice holds
    assert ner_module.ner_path() is None
    monkeypatch.delenv(ner_module.ENV_VAR)
    assert ner_module.ner_path() == model
    monkeypatch.setattr(ner_module, "MODEL_DIR", tmp_path / "absent")
    assert ner_module.ner_path() is None and ner_module.load_ner() is None


def test_media_gazetteer_is_well_formed():
    from extract.components.organizations import load_media

    media = load_media()
    assert set(media) == {"names", "domains", "words"}
    assert all(d.startswith(".") for d in media["domains"])
    assert len({n.lower() for n in media["names"]}) == len(media["names"])


# Classes met on the team's own unseen-style articles (corpus/par_*), phrases written for these tests.
# a class noun written out with its generic acronym (a minister's portfolio) is no organisation
TITLES_AND_CLASS_NOUNS = [
    Case("Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir menyerahkan bantuan kepada Kelompok Tani Maju Jaya.",
         ["Kelompok Tani Maju Jaya"]),
    Case("Wakil Menteri Badan Usaha Milik Negara (BUMN) Kartika Wirjoatmodjo meresmikan Rumah BUMN Ambon.",
         ["Rumah BUMN Ambon"]),
    Case("Usaha Mikro, Kecil dan Menengah (UMKM) binaan PT Semen Tonasa mendapat pelatihan.", ["PT Semen Tonasa"]),
    Case("Dana itu bukan dari Dana Alokasi Khusus (DAK) maupun APBD.", []),
    # a public budget line named in full is no body, even where the NER tags it ("alokasi", rules/organizations.toml
    # [ner] not_org); the company beside it stays
    Case("Pendapatan daerah diproyeksikan Rp 7,1 triliun, dengan Dana Alokasi Khusus (DAK) fisik Rp 312 miliar. "
         "PT Freeport Indonesia menyalurkan bantuan kepada Yayasan Peduli Mimika.",
         ["PT Freeport Indonesia", "Yayasan Peduli Mimika"]),
    Case("Pemkab Sigi menerima Dana Alokasi Umum (DAU) sebesar Rp 600 miliar.", ["Pemkab Sigi"]),
    # negatives: a ministry is an organisation; a village enterprise with a name of its own
    Case("Kementerian Badan Usaha Milik Negara (BUMN) bersama PT PLN (Persero) menyalurkan bantuan.",
         ["Kementerian Badan Usaha Milik Negara (BUMN)", "PT PLN (Persero)"]),
    Case("Badan Usaha Milik Desa (BUMDes) Maju Bersama menerima bantuan dari PT Vale Indonesia Tbk.",
         ["Badan Usaha Milik Desa (BUMDes) Maju Bersama", "PT Vale Indonesia Tbk"]),
]

# where a name ends: a region closes a body's name before a connector; a lower-case head's full stop ends the
# sentence; after a title a comma (not the last place) opens the person's name
NAME_ENDS = [
    Case("Program disusun bersama Dinas Pariwisata Kabupaten Minahasa Utara dan Wildlife Conservation Society.",
         ["Dinas Pariwisata Kabupaten Minahasa Utara", "Wildlife Conservation Society"]),
    Case("Bantuan diserahkan kepada koperasi. Dinas Koperasi Kabupaten Gresik ikut hadir.",
         ["Dinas Koperasi Kabupaten Gresik"]),
    Case("Ketua Asosiasi UMKM Riau Bangkit, Nurhayati, mengatakan anggotanya bertambah.", ["Asosiasi UMKM Riau Bangkit"]),
    Case("Penyuluh dari Dinas Perkebunan dan Peternakan Kabupaten Tanah Laut ikut mendampingi.",
         ["Dinas Perkebunan dan Peternakan Kabupaten Tanah Laut"]),
    # negatives: a place joined to a place inside a bank's name; an abbreviated head's full stop; two names
    Case("PT Bank Pembangunan Daerah Sumatera Selatan dan Bangka Belitung mencatat laba.",
         ["PT Bank Pembangunan Daerah Sumatera Selatan dan Bangka Belitung"]),
    Case("Bantuan PT. Bank Sumut diserahkan kemarin.", ["PT. Bank Sumut"]),
    Case("Dinas Perdagangan, Koperasi dan UKM Kota Sukabumi dan Bank BJB hadir.",
         ["Dinas Perdagangan, Koperasi dan UKM Kota Sukabumi", "Bank BJB"]),
]

# heads of regional bodies: a pesantren in Aceh, a Balinese irrigation society, a credit union, a government
# extension office; "Balai Kota" and "Balai Desa" are halls
REGIONAL_HEADS = [
    Case("Bantuan untuk Dayah Darul Ihsan Meurah Dua diserahkan.", ["Dayah Darul Ihsan Meurah Dua"]),
    Case("Bantuan diterima Subak Jatiluwih di Tabanan.", ["Subak Jatiluwih"]),
    Case("Bank Kalbar menggandeng Credit Union Keling Kumang melatih petani.", ["Bank Kalbar", "Credit Union Keling Kumang"]),
    Case("Pelatihan dibawakan penyuluh Balai Penyuluhan Pertanian (BPP) Sangatta Selatan.",
         ["Balai Penyuluhan Pertanian (BPP) Sangatta Selatan"]),
    Case("Acara digelar di Balai Desa Sukamaju dan Balai Kota Yogyakarta.", []),
    Case("Pembayaran dikelola Koperasi Unit Desa (KUD) Moyo Jaya di Sumbawa.", ["Koperasi Unit Desa (KUD) Moyo Jaya"]),
    Case("Renovasi dikerjakan Angkatan Muda Gereja Protestan Maluku (AMGPM) Cabang Saparua bersama warga.",
         ["Angkatan Muda Gereja Protestan Maluku (AMGPM) Cabang Saparua"]),
    Case("Tim medis dari Rumah Sakit Mitra Masyarakat (RSMM) Timika memeriksa warga.",
         ["Rumah Sakit Mitra Masyarakat (RSMM) Timika"]),
    # negative: a place cue after a cooperative's head is still a place
    Case("Bantuan untuk Koperasi Sido Makmur Desa Sukamaju tiba.", ["Koperasi Sido Makmur"]),
]


# round s25: givers' names on short regional articles (docs/unseen_giv_s25.md)
ORGS_S25GIV = [
    Case("Bantuan diserahkan Kamar Dagang dan Industri (Kadin) Kota Balikpapan di posko.",
         ["Kamar Dagang dan Industri (Kadin) Kota Balikpapan"]),
    Case("Asia Pulp & Paper (APP) Sinar Mas menyerahkan beasiswa kepada SMA Negeri 2 Tebo.",
         ["Asia Pulp & Paper (APP) Sinar Mas", "SMA Negeri 2 Tebo"]),
    Case("Kata Regional CSR Head Sinar Mas Agribusiness and Food Kalimantan Barat, Haryono.",
         ["Sinar Mas Agribusiness and Food"]),
    Case("Sungai Budi Group menyalurkan paket sembako di Bandar Lampung.", ["Sungai Budi Group"]),
    Case("Baznas Kabupaten Aceh Barat menyalurkan bantuan modal usaha di Meulaboh.", ["Baznas Kabupaten Aceh Barat"]),
    # negatives: a term with "Group" is no company; a parenthesised acronym followed by a person stays closed
    Case("Dinas Koperasi dan UKM Pelalawan menggelar Focus Group Discussion bersama pelaku UMKM.",
         ["Dinas Koperasi dan UKM Pelalawan"]),
    Case("Kata Manager CSR Asia Pulp & Paper (APP) Budi Santoso di Jambi.", ["Asia Pulp & Paper"]),
]

# round s28, blind givers batch gv4_ (docs/unseen_gv4_s28.md): employees' bodies of state companies known by name
# (gazetteers/companies.csv), with their unit or region
ORGS_S28GV4 = [
    Case("Srikandi PLN UP3 Ternate membagikan sembako.", ["Srikandi PLN UP3 Ternate"]),
    Case("Relawan BUMN Muda Kalimantan Selatan turun ke lokasi banjir.", ["BUMN Muda Kalimantan Selatan"]),
    Case("Srikandi BUMN menggelar pasar murah di Makassar.", ["Srikandi BUMN"]),
    # negatives: a person named Srikandi; the bare word BUMN with an adjective is no name
    Case("Srikandi Pertiwi, warga Desa Tangkas, menerima bantuan dari PT PLN (Persero).", ["PT PLN (Persero)"]),
    Case("Para pegawai BUMN yang masih muda itu ikut membantu.", []),
]

# round s27, blind givers batch gv3_ (docs/unseen_gv3_s27.md)
ORGS_S27GV3 = [
    # a known name's own short form of two words in parentheses is read as its acronym, and the unit after it joins
    Case("Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi (SKK Migas) Perwakilan Sumbagut hadir "
         "di Idi.", ["Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi (SKK Migas) Perwakilan Sumbagut"]),
    # negative: two capitalised words in parentheses that are no form of the name stay out
    Case("Data itu dirilis Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi (Humas Sumbagut) pada "
         "Senin.", ["Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi"]),
    # foreign development agencies, by their English and Indonesian names
    Case("Badan Kerja Sama Internasional Jepang atau Japan International Cooperation Agency (JICA) mendanai program itu.",
         ["Badan Kerja Sama Internasional Jepang", "Japan International Cooperation Agency (JICA)"]),
    Case("Pelatihan ini didukung Korea International Cooperation Agency (KOICA) dan Deutsche Gesellschaft fur "
         "Internationale Zusammenarbeit (GIZ).", ["Korea International Cooperation Agency (KOICA)",
                                                 "Deutsche Gesellschaft fur Internationale Zusammenarbeit (GIZ)"]),
    # negative: a three-letter short form with no support in the text is no organisation (issue 13, class 3)
    Case("Program itu didukung KOICA dan GIZ di Kabupaten Lombok Utara.", ["KOICA"]),
]

# round s26, blind givers batch gv2_ (docs/unseen_gv2_s26.md)
ORGS_S26GV2 = [
    # "Community" before a department word is a job compound: the capitalised words before it are a title
    Case("Kata Area Community Relations Wings Group Sulawesi, Meiske Rumengan, di Manado.", ["Wings Group"]),
    Case("Menurut Senior Community Development PT Vale Indonesia Tbk, Ani, program berlanjut.",
         ["PT Vale Indonesia Tbk"]),
    Case("Hal itu disampaikan Area Community Involvement Pertamina Patra Niaga, Budi, di Kupang.",
         ["Pertamina Patra Niaga"]),
    # negatives: "Community" closing a name, before a place or at the end of a clause, still closes it
    Case("Pelatihan diikuti anggota komunitas Womenpreneur Community Makassar.", ["Womenpreneur Community Makassar"]),
    Case("Bantuan CSR diserahkan kepada Bengkulu Diving Community di pantai itu.", ["Bengkulu Diving Community"]),
    # a forest farmers' group: its class acronym does not close the name, even after "anggota"
    Case("Penanaman dilakukan bersama anggota Kelompok Tani Hutan (KTH) Wana Lestari di Kolaka.",
         ["Kelompok Tani Hutan (KTH) Wana Lestari"]),
    Case("Bibit mangrove diserahkan kepada KTH Bina Bahari di Kecamatan Sungai Kunyit.", ["KTH Bina Bahari"]),
    # an address after a comma is no part of the name; a comma name of a government office still runs on
    Case("Santunan diserahkan di aula Panti Asuhan Nurul Iman, Jalan Sudirman, Pekanbaru.", ["Panti Asuhan Nurul Iman"]),
    Case("Beasiswa diserahkan di Pondok Pesantren Darul Hikmah, Jl. Ahmad Yani, Banjarmasin.",
         ["Pondok Pesantren Darul Hikmah"]),
    Case("Pelatihan digelar Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kota Bima bagi perajin tenun.",
         ["Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kota Bima"]),
]


# round s27, press-release and portal styles (docs/unseen_prs_s27.md): a group's name in quotes after its head, a
# serial comma before "dan" inside a dinas's list of fields, a two-word regency after a body's acronym
ORGS_S27PRS = [
    Case('Penanaman dilakukan Kelompok Nelayan "Karya Laut Tanjung Batu" di pesisir Berau.',
         ['Kelompok Nelayan "Karya Laut Tanjung Batu"']),
    Case('Mesin diserahkan kepada Koperasi Produsen "Sagu Tani Bersatu" di Desa Pagar Mentimun.',
         ['Koperasi Produsen "Sagu Tani Bersatu"']),
    Case('Pemandu dilatih dari Kelompok Sadar Wisata (Pokdarwis) “Derawan Lestari” sejak Agustus.',
         ['Kelompok Sadar Wisata (Pokdarwis) “Derawan Lestari”']),
    # negatives: a quotation of speech after a group's name is no part of it
    Case('Ketua Kelompok Tani Maju Jaya "Kami sangat terbantu," katanya.', ['Kelompok Tani Maju Jaya']),
    Case("Bantuan disalurkan melalui Dinas Koperasi, Usaha Mikro, dan Perdagangan (Diskop UMP) Kabupaten Banyuwangi.",
         ["Dinas Koperasi, Usaha Mikro, dan Perdagangan (Diskop UMP) Kabupaten Banyuwangi"]),
    # (a guard: the nomenclature already reads this one whole)
    Case("Pelatihan digelar Dinas Perindustrian, Perdagangan, Koperasi, dan UKM Kota Cilegon bagi perajin.",
         ["Dinas Perindustrian, Perdagangan, Koperasi, dan UKM Kota Cilegon"]),
    # negative: bodies listed with a serial comma stay apart
    Case("Bantuan diterima Dinas Sosial, Dinas Kesehatan, dan Dinas Pendidikan Kabupaten Banyuwangi.",
         ["Dinas Sosial", "Dinas Kesehatan", "Dinas Pendidikan Kabupaten Banyuwangi"]),
    Case("Penandatanganan disaksikan Kepala Dinas Pemberdayaan Masyarakat dan Desa (DPMDes) Kutai Timur.",
         ["Dinas Pemberdayaan Masyarakat dan Desa (DPMDes) Kutai Timur"]),
    Case("Peresmian disaksikan Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Halmahera Selatan.",
         ["Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Halmahera Selatan"]),
    # negative: a person's name after the acronym is no region
    Case("Hadir Kepala Dinas Sosial (Dinsos) Budi Santoso di lokasi.", ["Dinas Sosial (Dinsos)"]),
]


# round s26, eastern batch (docs/unseen_eas_s26.md): a church's region after its doctrine word under a council's head,
# the sub-health-centre head Pustu, the association head Kerukunan, a title after a comma that opens a person, a known
# name at the end of a person's name
ORGS_S26EAS = [
    Case("Penerima didata oleh Majelis Sinode Gereja Masehi Injili di Timor (GMIT) di Kupang.",
         ["Majelis Sinode Gereja Masehi Injili di Timor (GMIT)"]),
    Case("Beasiswa diserahkan kepada Badan Pekerja Majelis Sinode Gereja Kristen Injili di Tanah Papua.",
         ["Badan Pekerja Majelis Sinode Gereja Kristen Injili di Tanah Papua"]),
    Case("Kelambu diterima oleh Puskesmas Tofoi dan Pustu Saengga.", ["Puskesmas Tofoi", "Pustu Saengga"]),
    Case("Program ini lahir dari usulan Kerukunan Wawainia Asli Sorowako (KWAS) di Luwu Timur.",
         ["Kerukunan Wawainia Asli Sorowako (KWAS)"]),
    Case("Pemateri dari Fakultas Pertanian Unhas, Prof Ir Laode Asrul, menjelaskan cara membuat pupuk.",
         ["Fakultas Pertanian Unhas"]),
    Case("Pelatihan dibuka Dinas Kesehatan Kabupaten Sumbawa Barat, dr Carlof, di Taliwang.",
         ["Dinas Kesehatan Kabupaten Sumbawa Barat"]),
    Case("Senior Manager PT Vale Indonesia Tbk, Andi Esse Sarinah, mengatakan program berlanjut.",
         ["PT Vale Indonesia Tbk"]),
    Case("Bantuan modal diserahkan kepada CU Sinar Saron dan KSP Sejahtera Bersama di Pangkep.",
         ["CU Sinar Saron", "KSP Sejahtera Bersama"]),
    Case("Dana diserahkan kepada BUMKam Amungme Sejahtera dan Kantor Distrik Mimika Timur di Kabupaten Mimika.",
         ["BUMKam Amungme Sejahtera", "Kantor Distrik Mimika Timur"]),
    Case("PLN UIW Maluku dan Maluku Utara memberikan bantuan di Ambon.", ["PLN UIW Maluku dan Maluku Utara"]),
    Case("Bantuan diterima Sinode GKI di Tanah Papua dan Klasis GKI Port Numbay di Jayapura.",
         ["Sinode GKI di Tanah Papua", "Klasis GKI Port Numbay"]),
    Case("Bantuan itu diterima Ketua Lembaga Masyarakat Adat (LMA) Suku Moi, Silas Kalami, dan Kepala Suku Besar Moi "
         "di Kota Sorong dari Pertamina.", ["Lembaga Masyarakat Adat (LMA) Suku Moi", "Pertamina"]),
    Case("Perahu diberkati Pastor Paroki Santo Stefanus Sempan di Kampung Ohotya.", ["Paroki Santo Stefanus Sempan"]),
    # negatives: a person after a customary body's acronym stays out of its name
    Case("Bantuan diterima Ketua Lembaga Masyarakat Adat (LMA) Silas Kalami di Kota Sorong.",
         ["Lembaga Masyarakat Adat (LMA)"]),
    # negatives: "di" after a word that is no church's doctrine ends the name; a comma before a body's other fields
    # still joins; the store named alone stays a body
    Case("Yayasan Kristen di Kupang menerima bantuan buku.", ["Yayasan Kristen"]),
    Case("Bantuan disalurkan melalui Dinas Sosial, Koperasi dan UKM Kabupaten Sikka.",
         ["Dinas Sosial, Koperasi dan UKM Kabupaten Sikka"]),
    Case("Produk tenun binaan dipasarkan di Sarinah Thamrin, Jakarta.", ["Sarinah"]),
]


# round s26, blind batch wst_ (Sumatra and Kalimantan): KLHK class names that open a village's or a forest's own body,
# customary councils that keep their region, the press's regency short forms after an office title, "Pimpinan" as a
# leader's title before a honorific, research centres; with negatives (a bare class name, a group's place cue)
# round s29 (Aceh, Sumatra and the islands, docs/unseen_sum_s29.md): Islamic schools outside the formal track by their
# class names (PP 55/2007; Aceh's balai pengajian, Qanun Aceh 9/2018); the regions' own words for the village open an
# address after a comma as Desa does, and end a school's or group's name as Desa does; Aceh's DPMG is the DPMD.
# Negatives: a class name in lower case with no name, a bare "TPA" (also the landfill).
ORGS_S29SUM = [
    Case("PIM juga menyerahkan bantuan Rp40 juta kepada Balai Pengajian Nurul Huda Gampong Meunasah Blang.",
         ["Balai Pengajian Nurul Huda"]),
    Case("Bantuan diserahkan kepada Madrasah Diniyah Takmiliyah Awaliyah (MDTA) Nurul Falah di Bengkalis.",
         ["Madrasah Diniyah Takmiliyah Awaliyah (MDTA) Nurul Falah"]),
    Case("Santri Rumah Tahfidz Darul Ulum dan TPQ Al-Hidayah menerima Al-Qur'an.", ["Rumah Tahfidz Darul Ulum", "TPQ Al-Hidayah"]),
    Case("Bantuan diberikan kepada Taman Pendidikan Al-Qur'an Al-Hidayah.", ["Taman Pendidikan Al-Qur'an Al-Hidayah"]),
    Case("Bank Aceh menyerahkan bantuan kepada Dayah Darul Ihsan, Gampong Lam Ara, Kecamatan Peukan Bada.",
         ["Bank Aceh", "Dayah Darul Ihsan"]),
    Case("Bank Nagari menyerahkan bantuan kepada Pondok Pesantren Nurul Yaqin, Nagari Ringan-Ringan, Kecamatan Enam Lingkung.",
         ["Bank Nagari", "Pondok Pesantren Nurul Yaqin"]),
    Case("Bantuan diterima Kelompok Wanita Tani Melati, Pekon Sukabanjar, Kecamatan Kota Agung Timur.",
         ["Kelompok Wanita Tani Melati"]),
    Case("Pelatihan digelar bersama Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Besar.",
         ["Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Besar"]),
    Case("Bantuan diterima Pemerintah Gampong Lampuuk dan Panglima Laot Lhok Lampuuk.",
         ["Pemerintah Gampong Lampuuk", "Panglima Laot Lhok Lampuuk"]),
    # negatives
    Case("Warga berkumpul di balai pengajian gampong setiap malam Jumat.", []),
    Case("Sampah diangkut ke TPA Sukawinatan setiap pagi.", []),
]

ORGS_S26WST = [
    Case("Bantuan diterima MPA Desa Tasik Serai, MPA Desa Koto Pait Beringin dan MPA Desa Tasik Tebing Serai.",
         ["MPA Desa Tasik Serai", "MPA Desa Koto Pait Beringin", "MPA Desa Tasik Tebing Serai"]),
    Case("Ketua MPA Sungai Awan Kiri, Rudiansyah, mengatakan anggotanya berjaga.", ["MPA Sungai Awan Kiri"]),
    Case("Madu dipanen Kelompok Tani Hutan (KTH) Sialang Makmur bersama LPHD Segamai.",
         ["Kelompok Tani Hutan (KTH) Sialang Makmur", "LPHD Segamai"]),
    Case("Pendampingan diberikan penyuluh Kesatuan Pengelolaan Hutan (KPH) Tasik Besar Serkap.",
         ["Kesatuan Pengelolaan Hutan (KPH) Tasik Besar Serkap"]),
    Case("Ketua Dewan Adat Dayak (DAD) Kabupaten Sanggau turut hadir.", ["Dewan Adat Dayak (DAD) Kabupaten Sanggau"]),
    Case("Perjanjian diteken Ketua Kerapatan Adat Nagari (KAN) Sungai Pua Kabupaten Agam.",
         ["Kerapatan Adat Nagari (KAN) Sungai Pua Kabupaten Agam"]),
    Case("Ketua Lembaga Adat Melayu Riau (LAMR) Kabupaten Siak Datuk Wan Said hadir.",
         ["Lembaga Adat Melayu Riau (LAMR) Kabupaten Siak"]),
    Case("Bantuan diterima oleh Kepala Dinas Kesehatan Kutim.", ["Dinas Kesehatan Kutim"]),
    Case("Kepala Dinas Pertanian Sergai turut hadir.", ["Dinas Pertanian Sergai"]),
    Case("Bantuan diserahkan kepada Pimpinan Dayah Darul Munawwarah Tgk H Muhammad Yusuf.", ["Dayah Darul Munawwarah"]),
    Case("Pimpinan Pondok Pesantren Nurul Falah KH Ahmad Dahlan menerima bantuan.", ["Pondok Pesantren Nurul Falah"]),
    Case("Pendampingan dilakukan bersama Pusat Penelitian Kelapa Sawit (PPKS) Medan.",
         ["Pusat Penelitian Kelapa Sawit (PPKS) Medan"]),
    Case("Air diuji di laboratorium Perumda Air Minum Tirta Mayang Kota Jambi.",
         ["Perumda Air Minum Tirta Mayang Kota Jambi"]),
    Case("Badan Usaha Milik Kampung (BUMK) Tumbit Melayu dan BUMNag Saiyo Sakato menerima mesin.",
         ["Badan Usaha Milik Kampung (BUMK) Tumbit Melayu", "BUMNag Saiyo Sakato"]),
    # negatives: a class name (and its acronym) with no name of its own; a group's name still ends at its village;
    # a person after a regency short form is still cut; a level of a mass organisation is no title; Perhutani's KPH
    # stays its unit
    Case("PT Pertamina Hulu Rokan menyerahkan pompa kepada tiga kelompok Masyarakat Peduli Api (MPA) di Talang Muandau.",
         ["PT Pertamina Hulu Rokan"]),
    Case("Anggota MPA berjaga di lokasi kebakaran.", []),
    Case("Peserta dipilih Karang Taruna setempat.", []),
    Case("Bantuan diserahkan kepada Kelompok Tani Sido Rukun Desa Tanjung Rejo.", ["Kelompok Tani Sido Rukun"]),
    Case("Kepala Dinas Pendidikan Kukar Budi Santoso hadir.", ["Dinas Pendidikan Kukar"]),
    Case("Pimpinan Cabang Muhammadiyah Sleman menyalurkan zakat.", ["Pimpinan Cabang Muhammadiyah Sleman"]),
    Case("Perum Perhutani KPH Kebonharjo menanam 5.000 bibit jati.", ["Perum Perhutani KPH Kebonharjo"]),
]


def _params():
    cases = ORGS_S32GV8 + ORGS_S31GV7 + ORGS_S30GV6 + ORGS_S29SUM + ORGS_S29GV5 + ORGS_S27PRS + ORGS_S27GV3 + ORGS_S28GV4 + ORGS_S26EAS + ORGS_S26WST + ORGS_S26GV2 + ORGS_S25GIV + ORGS_AS_WRITTEN + ORGS_BUGS_CAUGHT + NOT_ORGS + GROUP_NAMES + GLUED_NAMES + MEDIA + COORDINATED + \
        GENERIC + NO_HEAD_WORD + TITLES_AND_CLASS_NOUNS + NAME_ENDS + REGIONAL_HEADS
    return cases + [pytest.param(c, marks=pytest.mark.xfail(strict=True)) for c in ORGS_XFAIL]


@pytest.mark.parametrize("case", _params(), ids=lambda c: c.text[:50])
def test_organizations_read_as_written(nlp, case):
    doc = nlp(case.text)
    assert [o.text for o in doc._.organizations_all] == case.names


def test_organizations_evidence_holds(nlp):
    text = " ".join(c.text for c in ORGS_AS_WRITTEN + ORGS_BUGS_CAUGHT)
    doc = nlp(text)
    assert doc._.organizations_all
    assert all(text[o.start:o.end] == o.text for o in doc._.organizations_all)


@pytest.mark.parametrize("kind", ["company", "bank", "government", "community", "foundation", "education",
                                  "health", "military"])
def test_organizations_rules_name_every_kind(kind):
    rules = load_rules("organizations")
    assert kind in rules["heads"].values()
    assert kind in rules["kind_prior"]


def test_organizations_rules_have_known_keys():
    rules = load_rules("organizations")
    assert set(rules) == {"max_tokens", "connectors", "comma_kinds", "comma_team_heads", "acronym", "acronym_support", "lower_heads",
                          "lower_head_not_after", "programme_words", "law_titles", "chapter_kinds",
                          "levels", "legal",
                          "units", "heads", "short_heads", "suffix_heads", "suffix_not_before", "suffix_not_after", "affiliates",
                          "words",
                          "kind_prior", "ner", "elided_heads", "bare_heads", "head_not_before",
                          "short_group_names", "standalone_units", "unit_owner_kinds"}
    assert all(isinstance(h, str) and h for h in rules["heads"])


def test_organizations_evidence_on_the_development_set(nlp):
    folder = need_shared("corpus-dev", "articles")
    for path in sorted(folder.glob("*.txt"))[:20]:
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        for o in doc._.organizations_all:
            assert text[o.start:o.end] == o.text, (path.name, o)


def test_organizations_scores_on_the_development_set(nlp):
    """organizations F1 >= 0.92 and partners F1 >= 0.84 on corpus-dev + seeds (issue #13 asks 0.94 and 0.85
    of the team's merged work; this guards the rules and roles part)."""
    shared = need_shared()
    from extract import extract_paths
    from extract.evaluate import evaluate

    gold = shared / "corpus-dev" / "gold.jsonl"
    seeds = shared / "seeds" / "gold.jsonl"
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        g.write_text(gold.read_text(encoding="utf-8") + seeds.read_text(encoding="utf-8"), encoding="utf-8")
        with p.open("w", encoding="utf-8") as fh:
            for rec in extract_paths([shared / "corpus-dev" / "articles", shared / "seeds" / "articles"]):
                fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
        table, _ = evaluate(g, p)
    assert table["organizations"]["f1"] >= 0.92
    assert table["partners"]["f1"] >= 0.84


# 3. a gazetteer short form counts only with support in the article. KBS (PT Krakatau Bandar Samudera) and BPI
# (PT Bhimasena Power Indonesia) are gazetteer entries whose letters other bodies share.
ACRONYMS = [
    # no support: no organisation (a department, a fund, another body with the same letters)
    ("Bantuan dari KBS diterima nelayan Cilegon.", [], None),
    ("Dana BPI dicairkan untuk warga Batang.", [], None),
    # the full name elsewhere in the article
    ("Pelatihan oleh PT Krakatau Bandar Samudera berjalan. KBS juga membantu nelayan.",
     ["PT Krakatau Bandar Samudera", "KBS"], "krakatau-bandar-samudera"),
    # its expansion nearby
    ("PT Bhimasena Power Indonesia (BPI) menyalurkan bantuan. Selain itu BPI melatih warga.",
     ["PT Bhimasena Power Indonesia (BPI)", "BPI"], "bhimasena"),
    # a head word around it
    ("Bantuan dari PT KBS diterima nelayan Cilegon.", ["PT KBS"], "krakatau-bandar-samudera"),
    # kinds known nationwide by their acronym need no support
    ("Bantuan dari BRI diterima nelayan Cilegon.", ["BRI"], "bri"),
]


@pytest.mark.parametrize("text,names,entity", ACRONYMS, ids=lambda x: str(x)[:40])
def test_organizations_gazetteer_short_forms_need_support(nlp, text, names, entity):
    orgs = nlp(text)._.organizations_all
    assert [o.text for o in orgs] == names
    assert all(o.entity == entity for o in orgs)


def test_organizations_unsupported_short_form_also_from_the_ner(nlp):
    """The trained NER's span of a gazetteer short form passes the same test."""
    doc = run_after_ner(nlp, "Bantuan dari KBS diterima nelayan Cilegon.", ["KBS"])
    assert doc._.organizations_all == []
    doc = run_after_ner(nlp, "Bantuan PT Krakatau Bandar Samudera tiba. Bantuan dari KBS diterima nelayan.", ["KBS"])
    assert [o.entity for o in doc._.organizations_all] == ["krakatau-bandar-samudera"] * 2


def test_organizations_head_acronym_is_not_a_company_with_those_letters(nlp):
    """KSP opens a savings cooperative's name (Koperasi Simpan Pinjam); the gazetteer's KSP is a company."""
    orgs = nlp("Bantuan dari KSP Bina Rahardja diterima warga.")._.organizations_all
    assert [(o.text, o.entity) for o in orgs] == [("KSP Bina Rahardja", "org:ksp bina rahardja")]


def test_organizations_inside_a_programme_name_are_the_programme(nlp):
    """Where a programmes component has set ``doc._.programs``, a name inside one is the programme ("Berdikari"
    is also a company's name); one the article names outside too stays ("BNI"). Without programmes nothing changes."""
    text = ("Program Desa Energi Berdikari dari Pertamina bekerja sama dengan Koperasi Maju, seperti Kampoeng BNI. "
            "BNI hadir.")
    with programs_extension():
        cases = ((["Desa Energi Berdikari", "Kampoeng BNI"], ["Pertamina", "Koperasi Maju", "BNI", "BNI"]),
                 ([], ["Berdikari", "Pertamina", "Koperasi Maju", "BNI", "BNI"]))
        for programmes, expected in cases:
            doc = nlp.make_doc(text)
            doc._.programs = [doc.char_span(text.index(p), text.index(p) + len(p)) for p in programmes]
            for name, proc in nlp.pipeline:
                if name not in ("ner", "tok2vec", "warta_programs"):  # the programmes set above stand
                    doc = proc(doc)
            assert [o.text for o in doc._.organizations_all] == expected


# 3b. an acronym the article defines for a name of its own names that name, not the gazetteer entry that shares its
# letters (BSI is Bank Syariah Indonesia in the gazetteer; PT Bintang Sinar Indah is in no gazetteer)
OWN_ACRONYMS = [
    ("PT Bintang Sinar Indah (BSI) membantu nelayan. Manajer BSI, Andi, hadir.",
     ["PT Bintang Sinar Indah (BSI)", "BSI"], "org:bintang sinar indah bsi"),
    ("PT Bumi Suksesindo (BSI) memberikan bantuan. BSI juga melatih pengurus koperasi.",
     ["PT Bumi Suksesindo (BSI)", "BSI"], "bumi-suksesindo"),
    # negatives: the defining name is the entry's own; an undefined BSI is the nationwide bank
    ("PT Bank Syariah Indonesia (BSI) menyalurkan bantuan. BSI juga melatih santri.",
     ["PT Bank Syariah Indonesia (BSI)", "BSI"], "bsi"),
    ("Bantuan dari BSI diterima santri di Aceh.", ["BSI"], "bsi"),
]


@pytest.mark.parametrize("text,names,entity", OWN_ACRONYMS, ids=lambda x: str(x)[:40])
def test_organizations_article_defined_acronym_beats_the_gazetteer(nlp, text, names, entity):
    orgs = nlp(text)._.organizations_all
    assert [o.text for o in orgs] == names
    assert {o.entity for o in orgs} == {entity}


# 9. a headed name in a Title Case headline that the body never writes, where the body names a group with the
# same head, is the body's group (par_061, par_063, par_067); a headline name the body writes stays
HEADLINE_HEADS = [
    Case("DSLNG Latih Kelompok Wanita Tani Olah Pangan di Banggai\nDSLNG melatih Kelompok Wanita Tani (KWT) "
         "Sumber Rezeki Abadi di Desa Uso.", ["Kelompok Wanita Tani (KWT) Sumber Rezeki Abadi"]),
    Case("Tambang Emas Bantu Koperasi Nelayan Pancer\nBantuan diberikan kepada Koperasi Nelayan Mina Blambangan "
         "Makmur di Dusun Pancer.", ["Koperasi Nelayan Mina Blambangan Makmur"]),
    # negatives: the body writes the headline's name; the body has no group with that head
    Case("Bank Nagari Bantu Koperasi Saibi Lestari\nBank Nagari menyalurkan bantuan kepada Koperasi Saibi Lestari.",
         ["Bank Nagari", "Koperasi Saibi Lestari", "Bank Nagari", "Koperasi Saibi Lestari"]),
    Case("Warga Bentuk Koperasi Tani Lestari\nBantuan dari Dinas Pertanian Kabupaten Dairi tiba.",
         ["Koperasi Tani Lestari", "Dinas Pertanian Kabupaten Dairi"]),
]


@pytest.mark.parametrize("case", HEADLINE_HEADS, ids=lambda c: c.text[:50])
def test_organizations_headline_heads_mean_the_body_group(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# 10. batches 9-10 (par_057-par_072): where a name ends, and heads
BATCH_NAMES = [
    # a regency or city that ends like a headline verb (-kan) is a name word, not a verb
    Case("Zakat disalurkan melalui Badan Amil Zakat Nasional (Baznas) Kota Tarakan untuk nelayan.",
         ["Badan Amil Zakat Nasional (Baznas) Kota Tarakan"]),
    Case("Pendampingan dilakukan bersama Universitas Borneo Tarakan.", ["Universitas Borneo Tarakan"]),
    Case("Bantuan dari Dinas Perikanan Kabupaten Nunukan tiba.", ["Dinas Perikanan Kabupaten Nunukan"]),
    # a group's name runs on through a place to its name words
    Case("Bantuan diterima KUB Mama Papua Maju Bersama yang aktif.", ["KUB Mama Papua Maju Bersama"]),
    Case("Bantuan diterima Koperasi Nelayan Aceh Karya Bersama di Lhokseumawe.", ["Koperasi Nelayan Aceh Karya Bersama"]),
    # heads: Aceh's customary sea institution; an NGO written with LSM
    Case("Program bekerja sama dengan Panglima Laot Lhokseumawe, lembaga adat.", ["Panglima Laot Lhokseumawe"]),
    Case("Kegiatan juga melibatkan LSM Lingkar Hijau Nusantara sebagai pendamping.", ["LSM Lingkar Hijau Nusantara"]),
    # negatives: a verb still stops a name; a person after a place; LSM with no name
    Case("PLN Salurkan Bantuan ke Nelayan", ["PLN"]),
    Case("Ketua Kelompok Tani Sumber Rejeki Desa Sukamaju Budi Santoso hadir.", ["Kelompok Tani Sumber Rejeki"]),
    Case("Kegiatan itu diawasi LSM setempat dan warga.", []),
]


@pytest.mark.parametrize("case", BATCH_NAMES, ids=lambda c: c.text[:50])
def test_organizations_batch_9_10_names(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# 11. batches 11-12 (par_073-par_092), each class with negatives
BATCH_11_12_NAMES = [
    # after a person's title, a name that runs past a form the article knows ends there (par_074, par_076, par_081,
    # par_082, par_087)
    Case("PT Weda Bay Nickel (WBN) membantu posyandu. Superintendent Community Development PT Weda Bay Nickel "
         "Andi Rahman hadir.", ["PT Weda Bay Nickel (WBN)", "PT Weda Bay Nickel"]),
    Case("PT Bank Aceh Syariah menyerahkan perahu. Direktur Dana dan Jasa Bank Aceh Syariah Fadhil Ilyas hadir.",
         ["PT Bank Aceh Syariah", "Bank Aceh Syariah"]),
    Case("PT Indonesia Morowali Industrial Park (IMIP) membina warga. Media Relations Head PT IMIP Dedy Kurniawan "
         "hadir.", ["PT Indonesia Morowali Industrial Park (IMIP)", "PT IMIP"]),
    # negatives: the person after a comma; a name the article writes nowhere else; a title with no name
    Case("Ketua Kelompok Purun Sekar Darmo, Yuliana, hadir. Kelompok Purun lain juga hadir.",
         ["Kelompok Purun Sekar Darmo", "Kelompok Purun"]),
    Case("Direktur PT Sinar Laut Abadi Jaya membuka acara.", ["PT Sinar Laut Abadi Jaya"]),
    Case("Superintendent Community Development mengatakan warga senang.", []),
    # a village government's name ends with its village before a connector (par_082, par_091)
    Case("Bantuan diterima Pemerintah Gampong Lampuuk dan Panglima Laot Lhok Lampuuk.",
         ["Pemerintah Gampong Lampuuk", "Panglima Laot Lhok Lampuuk"]),
    Case("Air bersih diserahkan kepada Pemerintah Negeri Hila dan Saniri Negeri Hila.",
         ["Pemerintah Negeri Hila", "Saniri Negeri Hila"]),
    Case("Bantuan diterima Pemerintah Desa Sukamaju dan warga.", ["Pemerintah Desa Sukamaju"]),
    # a lower-case group head with lower-case descriptor words before its name (par_069, par_076)
    Case("Bantuan diserahkan kepada kelompok tani rumput laut Sinar Pesisir Harapan Baru di Desa Labota.",
         ["kelompok tani rumput laut Sinar Pesisir Harapan Baru"]),
    Case("Bantuan diserahkan kepada kelompok pembudi daya rumput laut Bersatu Jaya Abadi, Rabu.",
         ["kelompok pembudi daya rumput laut Bersatu Jaya Abadi"]),
    # negatives: a place, a cue word or a verb after the descriptor words
    Case("Bantuan diserahkan kepada kelompok tani di Desa Labota.", []),
    Case("Perahu diterima kelompok nelayan binaan PT Timah di Muntok.", ["PT Timah"]),
    Case("Bantuan diterima kelompok tani menerima Kapal dari dinas.", []),
    # a group's name runs on through a place to its name words (issue class 1); a person after the place ends it
    Case("Koperasi Produsen Mama Papua Sejahtera Mandiri menampung anyaman.",
         ["Koperasi Produsen Mama Papua Sejahtera Mandiri"]),
    Case("Ketua Koperasi Produsen Mama Papua Ruth Ohee hadir.", ["Koperasi Produsen Mama Papua"]),
    # words whose initials spell the acronym after them are one name; without the acronym a verb ends it
    Case("PT Adaro Indonesia bersama Yayasan Adaro Bangun Negeri (YABN) menyerahkan tandon.",
         ["PT Adaro Indonesia", "Yayasan Adaro Bangun Negeri (YABN)"]),
    Case("Yayasan Adaro Bangun Sekolah di Tabalong.", ["Yayasan Adaro"]),
    # heads and closing words: Pokmaswas, Club, a university's LPPM; Tagana from the gazetteer
    Case("Kegiatan melibatkan Pokmaswas Bahari Lestari Muntok dan komunitas selam Babel Diving Club.",
         ["Pokmaswas Bahari Lestari Muntok", "Babel Diving Club"]),
    Case("Pelatihan dilakukan bersama Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas Jambi.",
         ["Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas Jambi"]),
    Case("Penyaluran dibantu relawan Taruna Siaga Bencana (Tagana) setempat.", ["Taruna Siaga Bencana (Tagana)"]),
]


@pytest.mark.parametrize("case", BATCH_11_12_NAMES, ids=lambda c: c.text[:50])
def test_organizations_batch_11_12_names(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


BATCH_13_14_NAMES = [
    # a military command written out before its short form (par_102, par_103)
    Case("Pembangunan dikerjakan bersama Komando Distrik Militer (Kodim) 1615/Lombok Timur dan warga.",
         ["Komando Distrik Militer (Kodim) 1615/Lombok Timur"]),
    Case("Material diangkut Komando Rayon Militer (Koramil) 01/Medan Belawan ke lokasi.",
         ["Komando Rayon Militer (Koramil) 01/Medan Belawan"]),
    Case("Komando Distrik Militer adalah satuan teritorial.", []),  # the class noun, no command named
    # a hospital or university named after a person keeps the titles right after its head (par_099)
    Case("Rumah Sakit Umum Daerah (RSUD) dr. H. Chasan Boesoirie Ternate menggelar operasi katarak.",
         ["Rumah Sakit Umum Daerah (RSUD) dr. H. Chasan Boesoirie Ternate"]),
    Case("Pasien dirujuk ke RSUP Dr. Wahidin Sudirohusodo.", ["RSUP Dr. Wahidin Sudirohusodo"]),
    Case("Mahasiswa Universitas Prof. Dr. Hazairin ikut membantu.", ["Universitas Prof. Dr. Hazairin"]),
    # negatives: a title after a name, or after a head that is not named after people, is a person's
    Case("Kepala Puskesmas dr. Andi Wijaya mengatakan warga datang.", []),
    Case("Direktur RSUD Siko, dr. Rina, hadir.", ["RSUD Siko"]),
    # a unit's area of two provinces is one name (par_029, par_106, dat_002)
    Case("Serikat Pekerja PT PLN (Persero) Unit Induk Wilayah Maluku dan Maluku Utara menyalurkan sembako.",
         ["Serikat Pekerja PT PLN (Persero) Unit Induk Wilayah Maluku dan Maluku Utara"]),
    Case("PT PLN (Persero) Unit Induk Distribusi Papua dan Papua Barat menyerahkan bantuan.",
         ["PT PLN (Persero) Unit Induk Distribusi Papua dan Papua Barat"]),
    # negatives: another body after "dan"; two places after a body that is no unit
    Case("PT PLN (Persero) Unit Induk Wilayah Maluku dan Pemerintah Kota Ambon hadir.",
         ["PT PLN (Persero) Unit Induk Wilayah Maluku", "Pemerintah Kota Ambon"]),
    Case("Dinas Pariwisata Provinsi Bali dan Lombok Barat hadir.", ["Dinas Pariwisata Provinsi Bali"]),
]


@pytest.mark.parametrize("case", BATCH_13_14_NAMES, ids=lambda c: c.text[:50])
def test_organizations_batch_13_14_names(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# a lower-case class noun before a name that carries its own closing head word ("Community", "Foundation",
# "Club") only says what the body is: the name starts at its first capitalised word and runs to its own head
OWN_HEAD_AFTER_LOWER_HEAD = [
    Case("Workshop digelar bersama komunitas Womenpreneur Community Makassar di Kota Makassar.",
         ["Womenpreneur Community Makassar"]),
    Case("Bank BNI menyerahkan bantuan kepada yayasan Kick Andy Foundation di Kota Bogor.",
         ["Bank BNI", "Kick Andy Foundation"]),
    Case("PT Timah Tbk menyerahkan alat selam kepada komunitas Babel Diving Club di Pangkalpinang.",
         ["PT Timah Tbk", "Babel Diving Club"]),
    # negatives: no head word of its own, so the lower-case head stays the name's head
    Case("Bank BNI menyerahkan bantuan kepada komunitas Sahabat Alam di Kota Bogor.",
         ["Bank BNI", "komunitas Sahabat Alam"]),
    Case("Pupuk dibagikan kepada kelompok tani Sumber Rejeki di Kabupaten Ngawi.", ["kelompok tani Sumber Rejeki"]),
]


@pytest.mark.parametrize("case", OWN_HEAD_AFTER_LOWER_HEAD, ids=lambda c: c.text[:50])
def test_lower_case_class_noun_before_a_name_with_its_own_head(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# a site's tag list runs keywords together with no grammar: a head word there names nothing
TAG_LINES = [
    Case("Fraksi Golkar meminta laporan TJSL perusahaan.\n\nTags: DPRD NTB APBD Perubahan CSR Mataram\n", []),
    Case("Rapat digelar di Mataram.\n\nTopik: Bank NTB Syariah Dividen Pemprov NTB\n", []),
    # negative: the same words in the body are read
    Case("Rapat paripurna DPRD NTB membahas APBD Perubahan di Mataram.", ["DPRD NTB"]),
]


@pytest.mark.parametrize("case", TAG_LINES, ids=lambda c: c.text[:50])
def test_tag_lines_name_no_organisation(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# round s27 (docs/unseen_pl2_s27.md): a class acronym in capitals takes no full stop (PUEBI), so a "." after one ends
# the sentence ("30 anggota KWT. Pelatihan kemasan ...", c009 "KWT. Mereka ..."); a legal form keeps its dot. Widening
# this to every head that is no legal form (a word head, "Pokdakan.") dropped validation partners 0.848 -> 0.812
ACRONYM_AT_SENTENCE_END = [
    Case("Bantuan senilai Rp185 juta itu diterima 30 anggota KWT. Pelatihan kemasan diberikan bersama dosen.", []),
    Case("Benih ikan dibagikan kepada anggota KUB. Mereka menebarnya di kolam desa.", []),
    # negatives: a legal form written with its dot, and a class acronym before its name
    Case("Bantuan diserahkan oleh PT. Bank Sumut kepada warga.", ["PT. Bank Sumut"]),
    Case("Bibit diserahkan kepada KWT Mekar Sari di Desa Bintang Mas.", ["KWT Mekar Sari"]),
]


@pytest.mark.parametrize("case", ACRONYM_AT_SENTENCE_END, ids=lambda c: c.text[:50])
def test_class_acronym_full_stop_ends_the_sentence(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# s28 (docs/unseen_sul_s28.md): after a lower-case group head and its describing words, one capitalised word that is
# a district or larger is the group's place or its product's origin, not its name (sul_009, pl2_008); negatives: a
# group word that many villages are also called, a many-word name, a capitalised head
ORIGIN_AFTER_DESCRIPTOR = [
    Case("Selama ini kelompok pengrajin gerabah Masbagik membakar gerabah secara terbuka.", []),
    Case("Pelatihan diikuti kelompok petani kopi Kintamani dan penyuluh.", []),
    Case("Alat pengering diberikan kepada kelompok pembudi daya rumput laut Bajo di pesisir.", []),
    Case("Bantuan diserahkan kepada kelompok pembudi daya ikan Sejahtera di desa itu.",
         ["kelompok pembudi daya ikan Sejahtera"]),
    Case("Bantuan diserahkan kepada kelompok tani rumput laut Sinar Pesisir Harapan Baru.",
         ["kelompok tani rumput laut Sinar Pesisir Harapan Baru"]),
    Case("Bantuan diterima Kelompok Perajin Gerabah Tunas Harapan Masbagik Timur.",
         ["Kelompok Perajin Gerabah Tunas Harapan Masbagik Timur"]),
]


@pytest.mark.parametrize("case", ORIGIN_AFTER_DESCRIPTOR, ids=lambda c: c.text[:50])
def test_origin_after_descriptor_is_no_name(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# s28: a two-word head joined by "dan" to the next activity noun of a body's compound name (sul_006; linguistic:
# government units are named "Balai Pelatihan dan Penyuluhan ...", "Badan Penelitian dan Pengembangan ...");
# negatives: two bodies of one class joined by "dan", a head with no activity noun after the link
COMPOUND_HEAD_NAMES = [
    Case("Nelayan dilatih bersama Balai Pelatihan dan Penyuluhan Perikanan (BPPP) Bitung.",
         ["Balai Pelatihan dan Penyuluhan Perikanan (BPPP) Bitung"]),
    Case("Pelatihan diberikan Balai Pelatihan dan Penyuluhan Perikanan Ambon kepada nelayan.",
         ["Balai Pelatihan dan Penyuluhan Perikanan Ambon"]),
    Case("Bantuan diserahkan ke Panti Asuhan dan Panti Wredha di kota itu.", []),
    Case("Bantuan diterima Balai Pelatihan dan Dinas Pertanian Kabupaten Bone.", ["Dinas Pertanian Kabupaten Bone"]),
]


@pytest.mark.parametrize("case", COMPOUND_HEAD_NAMES, ids=lambda c: c.text[:50])
def test_compound_head_names(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# m28prt (docs/organizations.md "Leftovers of s28"): after a body's own acronym, the capitalised words up to a comma
# that opens an office holder's name in apposition are the body's (which mosque, which customary territory: ps2_010,
# nam_011); negatives: a person's name right after the acronym (no comma, or a day name after the comma), and a holder
# list whose second part opens with an office title
NAME_BEFORE_HOLDER = [
    Case("Ketua Badan Kemakmuran Masjid (BKM) Nurul Huda, La Ode Hasim, mengatakan atap masjid bocor.",
         ["Badan Kemakmuran Masjid (BKM) Nurul Huda"]),
    Case("Bantuan itu didampingi Ketua Lembaga Masyarakat Adat (LMA) Port Numbay, George Awi.",
         ["Lembaga Masyarakat Adat (LMA) Port Numbay"]),
    Case("Ketua Dewan Kemakmuran Masjid (DKM) Al Ikhlas, Haji Ujang Sobari, menyampaikan terima kasih.",
         ["Dewan Kemakmuran Masjid (DKM) Al Ikhlas"]),
    Case("Rektor Universitas Negeri Jakarta (UNJ) Budi Santoso, Selasa, mengatakan program itu penting.",
         ["Universitas Negeri Jakarta (UNJ)"]),
    Case("Rektor Universitas Negeri Jakarta (UNJ) Budi Santoso mengatakan program itu penting.",
         ["Universitas Negeri Jakarta (UNJ)"]),
    Case("Ketua Akademi Ilmu Pengetahuan Indonesia (AIPI) Sangkot Marzuki, mengatakan hal itu.",
         ["Akademi Ilmu Pengetahuan Indonesia (AIPI)"]),
    Case("Kepala Dinas Kesehatan (Dinkes) Budi Santoso, didampingi Sekretaris Dinas, Ani Rahmawati, hadir.",
         ["Dinas Kesehatan (Dinkes)"]),
    # negatives: a list of people after the acronym, the first of them is no part of the body's name
    Case("Hadir Ketua Lembaga Pemberdayaan Masyarakat (LPM) Andi Baso, Daeng Ngai, dan Karaeng Tola.",
         ["Lembaga Pemberdayaan Masyarakat (LPM)"]),
    Case("Hadir Ketua Lembaga Pemberdayaan Masyarakat (LPM) Andi Baso, Daeng Ngai dan Karaeng Tola.",
         ["Lembaga Pemberdayaan Masyarakat (LPM)"]),
]


@pytest.mark.parametrize("case", NAME_BEFORE_HOLDER, ids=lambda c: c.text[:50])
def test_name_before_holder(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# h30ptn (docs/unseen_pt4_s30.md): a partner first named by its chairman. (1) After a class acronym, the words before
# the body's village and the comma that sets off its holder are the body's name, not a person (pt4_011; a title's
# holder follows the whole body after a comma, and the place cue with its place is part of the body). (2) Kopontren
# (Koperasi Pondok Pesantren) is a class acronym like KUD and KUB: the name follows it (pt4_014). Negatives: with no
# comma the words after the place may be the person; a body's own acronym still closes its name; a bare class acronym
# names no body
CHAIRMAN_FIRST = [
    Case("Ketua Kelompok Usaha Bersama (KUB) Mina Bahari Desa Uso, Hasna Lasahido, mengatakan mesin itu membantu.",
         ["Kelompok Usaha Bersama (KUB) Mina Bahari"]),
    Case("Ketua Kelompok Wanita Tani (KWT) Mawar Merah Kelurahan Magani, Sitti Aisyah, mengatakan panen naik.",
         ["Kelompok Wanita Tani (KWT) Mawar Merah"]),
    Case("Ketua Kelompok Tani Hutan (KTH) Bina Kayu Kelurahan Bukit Timah, Syahrial, mengatakan lahan itu terbakar.",
         ["Kelompok Tani Hutan (KTH) Bina Kayu"]),
    Case("Ketua Koperasi Pondok Pesantren (Kopontren) Al-Ikhlas, KH Dudung Abdul Somad, mengatakan roti dijual.",
         ["Koperasi Pondok Pesantren (Kopontren) Al-Ikhlas"]),
    Case("Bantuan diterima Kopontren Darul Falah di Kecamatan Cibatu.", ["Kopontren Darul Falah"]),
    # negatives
    Case("Ketua Kelompok Usaha Bersama (KUB) Mina Bahari Desa Uso Hasna Lasahido mengatakan mesin itu membantu.",
         ["Kelompok Usaha Bersama (KUB)"]),
    Case("Ketua Koperasi Pondok Pesantren Al-Ikhlas (KPPA) Dudung Abdul Somad mengatakan roti dijual.",
         ["Koperasi Pondok Pesantren Al-Ikhlas (KPPA)"]),
    Case("Ketua Lembaga Pengembangan Usaha Mandiri (LPUM) Siti Rahmawati Desa Uso, Selasa, menyerahkan bantuan.",
         ["Lembaga Pengembangan Usaha Mandiri (LPUM)"]),
    Case("Kepala Kopontren mengatakan roti dijual.", []),
]


@pytest.mark.parametrize("case", CHAIRMAN_FIRST, ids=lambda c: c.text[:50])
def test_chairman_first_names_the_body(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# m28prt: breast milk (ASI, "air susu ibu") and complementary food (MPASI) are no bodies, whatever the NER says
# (ps2_015, par_085); negatives: a body with an ASI-like acronym part stays
BREAST_MILK = [
    Case("Kami melatih kader memasak makanan pendamping ASI, dan memantau ibu hamil.", []),
    Case("Ibu balita diajari membuat MPASI dari bahan lokal bersama Puskesmas Taliwang.", ["Puskesmas Taliwang"]),
    Case("Program ini didukung PT Astra Sedaya Finance dan Yayasan Pendidikan Astra.",
         ["PT Astra Sedaya Finance", "Yayasan Pendidikan Astra"]),
]


@pytest.mark.parametrize("case", BREAST_MILK, ids=lambda c: c.text[:50])
def test_breast_milk_is_no_body(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# m28prt: an oil and gas contractor's unit named by its working area after the gazetteer's name (nam_002, nam_007,
# ps2_014; rules/organizations.toml area_named_companies); negatives: a place further on, the company's own long form
AREA_NAMED_UNITS = [
    Case("Bantuan diserahkan Medco E&P Tarakan kepada bank sampah.", ["Medco E&P Tarakan"]),
    Case("Medco E&P Natuna Ltd menyerahkan bantuan kepada nelayan.", ["Medco E&P Natuna Ltd"]),
    Case("Bantuan diserahkan Pertamina EP Tarakan Field kepada bank sampah.", ["Pertamina EP Tarakan Field"]),
    Case("Medco E&P menyerahkan bantuan kepada nelayan Natuna.", ["Medco E&P"]),
    Case("Bantuan Medco E&P Indonesia untuk nelayan.", ["Medco E&P Indonesia"]),
    Case("Bantuan Pertamina EP di Papua diserahkan kemarin.", ["Pertamina EP"]),
]


@pytest.mark.parametrize("case", AREA_NAMED_UNITS, ids=lambda c: c.text[:50])
def test_area_named_units(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# m28prt: a known name matched only in another case and written all in lower case is a common noun phrase
# ("pembangunan perumahan", housing construction, is no PT PP: ps2_014); negatives: the name capitalised, and known
# names in their own case
LOWER_CASE_KNOWN_NAME = [
    Case("Program ini juga mendorong pembangunan perumahan warga di kampung itu.", []),
    Case("Proyek dikerjakan PT Pembangunan Perumahan (Persero) Tbk di Sorong.",
         ["PT Pembangunan Perumahan (Persero) Tbk"]),
    Case("Bantuan disalurkan melalui Rumah Zakat dan Dompet Dhuafa.", ["Rumah Zakat", "Dompet Dhuafa"]),
]


@pytest.mark.parametrize("case", LOWER_CASE_KNOWN_NAME, ids=lambda c: c.text[:50])
def test_lower_case_known_name_is_no_body(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# s29 (docs/unseen_pl3_s29.md): the regions' own words for a village open a body's address after a comma as "Desa"
# does ("BUMTiyuh Pulung Jaya, Tiyuh Pulung Kencana" was one name); the governments of those villages keep their
# name. Negatives: a body whose name goes on after a comma-less village word, and "Desa" as before.
VILLAGE_WORD_AFTER_COMMA = [
    Case("Mesin diserahkan kepada Badan Usaha Milik Tiyuh (BUMTiyuh) Pulung Jaya, Tiyuh Pulung Kencana, Kecamatan "
         "Tulang Bawang Tengah.", ["Badan Usaha Milik Tiyuh (BUMTiyuh) Pulung Jaya"]),
    Case("Bantuan diterima Kelompok Tani Sakato, Nagari Sicincin, Kabupaten Padang Pariaman.", ["Kelompok Tani Sakato"]),
    Case("Keramba diserahkan kepada Kelompok Nelayan Bahari, Ohoi Ngilngof, Kabupaten Maluku Tenggara.",
         ["Kelompok Nelayan Bahari"]),
    Case("Pembangunan dikerjakan Pemerintah Kepenghuluan Rantau Bais bersama pemuda.",
         ["Pemerintah Kepenghuluan Rantau Bais"]),
    Case("Bantuan diterima Kelompok Tani Maju, Desa Sukamaju, Kecamatan Cibungbulang.", ["Kelompok Tani Maju"]),
]


@pytest.mark.parametrize("case", VILLAGE_WORD_AFTER_COMMA, ids=lambda c: c.text[:50])
def test_regional_village_word_after_comma_ends_a_name(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# s29 (h29lft): a known name matched case-blind, written with its first word capitalised and a later word in lower
# case where the name writes it in Title Case, is that word's ordinary sense ("pegawai BUMN muda", young employees);
# the same name written as the name is kept, and an acronym in lower case is a house style ("Bank bjb")
MIXED_CASE_KNOWN_NAME = [
    Case("Para pegawai BUMN muda itu ikut membantu.", []),
    Case("Sejumlah karyawan BUMN muda di Banjarmasin ikut menjadi relawan.", []),
    Case("Relawan BUMN Muda Kalimantan Selatan turun ke lokasi banjir.", ["BUMN Muda Kalimantan Selatan"]),
    Case("Bantuan Bank bjb diserahkan kepada warga Cianjur.", ["Bank bjb"]),
    Case("Bantuan disalurkan melalui Rumah Zakat dan Dompet Dhuafa.", ["Rumah Zakat", "Dompet Dhuafa"]),
]


@pytest.mark.parametrize("case", MIXED_CASE_KNOWN_NAME, ids=lambda c: c.text[:50])
def test_mixed_case_known_name(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# s29 (h29lft): after a titled body, a comma that opens a person is no part of the body's name: a person with an
# age in parentheses (loc_033, dat_017), a list of people the trained NER reads on each side of a comma; titled or
# not, a person in apposition set off by commas (bn3_011); an address below the regency after a comma (amt_013) is
# where the body is. Negatives: an office's list name, a body's proper
# part before its holder, a place that goes on with the name
NAME_THEN_PEOPLE = [
    Case("Ketua Paguyuban Perajin Pempek Ulu, Nurhasanah (52), menyebut 38 anggotanya kini berjualan daring.",
         ["Paguyuban Perajin Pempek Ulu"]),
    Case("Kepala SD Inpres Kananggar, Yulius Hamba (52), menyebut ruang kelas gelap saat mendung.",
         ["SD Inpres Kananggar"]),
    Case("Ketua Kelompok Wanita Tani Sekar Arum, Sumarni (47), mengatakan hasil panen naik.",
         ["Kelompok Wanita Tani Sekar Arum"]),
    Case("Hadir Ketua Badan Permusyawaratan Desa (BPD) Ahmad Yani, Siti Rahma, Yusuf Lubis dan warga.",
         ["Badan Permusyawaratan Desa (BPD)"]),
    Case("Hadir Ketua Badan Permusyawaratan Desa (BPD) Ahmad Yani, Siti Rahma dan Yusuf Lubis.",
         ["Badan Permusyawaratan Desa (BPD)"]),
    Case("Pelindo menyerahkan bantuan kepada siswa SD YPK Hamadi, Distrik Jayapura Selatan, Kota Jayapura.",
         ["Pelindo", "SD YPK Hamadi"]),
    Case("Bantuan diserahkan kepada Yayasan Bina Insani, Kecamatan Sei Rampah, Serdang Bedagai.",
         ["Yayasan Bina Insani"]),
    Case("Pengamat ekonomi Universitas Pattimura, Teddy Christianus Leasiwal, menilai laba bank itu.",
         ["Universitas Pattimura"]),
    Case("Dosen Universitas Hasanuddin, Rahmadi Tambaru, mengatakan bibit harus dipilih.", ["Universitas Hasanuddin"]),
    # negatives
    Case("Bantuan diserahkan kepada Dinas Ketahanan Pangan, Pertanian dan Perikanan Kota Cilegon.",
         ["Dinas Ketahanan Pangan, Pertanian dan Perikanan Kota Cilegon"]),
    Case("Kepala Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Sikka, Yosef Daeng, hadir.",
         ["Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Sikka"]),
    Case("Ketua Badan Kemakmuran Masjid (BKM) Nurul Huda, La Ode Hasim, mengatakan atap masjid bocor.",
         ["Badan Kemakmuran Masjid (BKM) Nurul Huda"]),
    Case("Bank Jatim menyerahkan bantuan kepada Dinas Koperasi, Usaha Mikro dan Perdagangan Kabupaten Banyuwangi.",
         ["Bank Jatim", "Dinas Koperasi, Usaha Mikro dan Perdagangan Kabupaten Banyuwangi"]),
]


@pytest.mark.parametrize("case", NAME_THEN_PEOPLE, ids=lambda c: c.text[:50])
def test_name_then_people(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# s30 (pg4_007, bn3_014): supplementary feeding ("pemberian makanan tambahan (PMT)") is no body, also after a
# partner cue ("penerima PMT"); negatives: the bodies beside it stay
SUPPLEMENTARY_FEEDING = [
    Case("Kader posyandu menimbang balita penerima PMT di Desa Telaga Biru.", []),
    Case("Perbekel Tianyar mengatakan balita penerima PMT kini naik berat badannya.", []),
    Case("Balita penerima PMT diperiksa petugas Puskesmas Kubu setiap pekan.", ["Puskesmas Kubu"]),
    Case("Bank SulutGo menyerahkan bantuan PMT kepada Dinas Kesehatan Kabupaten Gorontalo.",
         ["Bank SulutGo", "Dinas Kesehatan Kabupaten Gorontalo"]),
]


@pytest.mark.parametrize("case", SUPPLEMENTARY_FEEDING, ids=lambda c: c.text[:50])
def test_supplementary_feeding_is_no_body(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names
