"""Government bodies (gazetteers/government_bodies.toml): regional apparatus and central agencies read whole,
with the region after them, and their short forms tied to their full names.

Phrases written for these tests (real-looking Indonesian, regions from across Indonesia). BODY_NAMES: the
mention texts the finder reads; SHORT_FORMS: which mentions are one entity; NEGATIVES among both: two
bodies joined by "dan", a list of bodies, a group after a body, a village after a body, a person's office.
"""
from __future__ import annotations

import tomllib

import pytest

from extract.components.gov_bodies import BODIES_FILE, body_key, body_ties, load_bodies, name_variants

BODY_NAMES = [
    # the nomenclature's names hold "dan" and a word that elsewhere opens a place ("Desa")
    ("Pelatihan digelar bersama Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sigi di Palu.",
     ["Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sigi"]),
    ("Sosialisasi BUMDes oleh Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Banggai berjalan lancar.",
     ["Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Banggai"]),
    ("Bantuan diterima Dinas Pemberdayaan Masyarakat dan Desa Provinsi Sulawesi Tengah dan BPBD Kabupaten Donggala.",
     ["Dinas Pemberdayaan Masyarakat dan Desa Provinsi Sulawesi Tengah", "BPBD Kabupaten Donggala"]),
    # commas and "dan" inside one name
    ("Bantuan diserahkan kepada Dinas Koperasi, Usaha Kecil dan Menengah Kota Ambon pekan lalu.",
     ["Dinas Koperasi, Usaha Kecil dan Menengah Kota Ambon"]),
    ("Pelatihan didukung Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi.",
     ["Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"]),
    ("Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Sambas ikut mendampingi petani.",
     ["Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Sambas"]),
    ("Kegiatan melibatkan Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kota Kupang.",
     ["Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kota Kupang"]),
    ("Izin diurus di Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Maluku Utara.",
     ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Maluku Utara"]),
    ("Nelayan dibina Dinas Kelautan dan Perikanan (DKP) Kabupaten Halmahera Selatan bersama PT Harita Nickel.",
     ["Dinas Kelautan dan Perikanan (DKP) Kabupaten Halmahera Selatan", "PT Harita Nickel"]),
    # a body with no head word of the rules
    ("Personel Satuan Polisi Pamong Praja Kota Ternate membantu pembagian sembako.",
     ["Satuan Polisi Pamong Praja Kota Ternate"]),
    # a place cue written short, with its full stop
    ("Sembako dibagikan petugas Dinas Sosial Kab. Sigi dan relawan PMI.", ["Dinas Sosial Kab. Sigi", "PMI"]),
    ("Bibit dari Dinas Kehutanan Prov. Kalimantan Barat ditanam warga.", ["Dinas Kehutanan Prov. Kalimantan Barat"]),
    # a short form before its region
    ("Bantuan juga disalurkan melalui BKKBN Provinsi Papua.", ["BKKBN Provinsi Papua"]),
    ("Petani dilatih DLHK Sultra dan PT Antam di Kolaka.", ["DLHK Sultra", "PT Antam"]),
    # a national body: its acronym, "RI", a unit or a region may follow its name, a person's name may not
    ("Juru Bicara Komisi Pemberantasan Korupsi Johan Budi mengatakan penyidikan berlanjut.",
     ["Komisi Pemberantasan Korupsi"]),
    ("Hal itu disampaikan Kepala Pusat Data Kementerian Kesehatan Tritarayati di Jakarta.", ["Kementerian Kesehatan"]),
    ("Program didukung Kementerian Koperasi dan UKM RI serta Badan Narkotika Nasional Provinsi Jambi.",
     ["Kementerian Koperasi dan UKM RI", "Badan Narkotika Nasional Provinsi Jambi"]),
    ("Pengujian produk dibantu Badan Pengawas Obat dan Makanan (BPOM) Kendari dan Universitas Halu Oleo.",
     ["Badan Pengawas Obat dan Makanan (BPOM) Kendari", "Universitas Halu Oleo"]),
    # negatives: two bodies, a list of bodies, a group or a village after a body, a person after its office
    ("Bantuan diserahkan kepada Dinas Sosial dan Kelompok Tani Maju Jaya di Merauke.",
     ["Dinas Sosial", "Kelompok Tani Maju Jaya"]),
    ("Pelatihan bersama Dinas Pariwisata dan Kebudayaan Kabupaten Toba dan Kelompok Sadar Wisata Lumban Bulbul.",
     ["Dinas Pariwisata dan Kebudayaan Kabupaten Toba", "Kelompok Sadar Wisata Lumban Bulbul"]),
    ("Pelatihan melibatkan Dinas Kesehatan, Dinas Pendidikan dan Dinas Sosial Kabupaten Merauke.",
     ["Dinas Kesehatan", "Dinas Pendidikan", "Dinas Sosial Kabupaten Merauke"]),
    ("Acara dihadiri Kementerian Kelautan dan Perikanan dan Basarnas.",
     ["Kementerian Kelautan dan Perikanan", "Basarnas"]),
    ("Air bersih disalurkan Dinas Kesehatan dan Desa Sukamaju menyiapkan lahannya.", ["Dinas Kesehatan"]),
    ("Hal itu disampaikan Kepala Dinas Koperasi dan UKM Kota Cilegon Didin S Maulana kemarin.",
     ["Dinas Koperasi dan UKM Kota Cilegon"]),
    ("Protokol Setdakab Aceh Besar Muhammad Basir membuka acara.", []),
    ("Hal itu dikatakan Deputi Bidang Pengkajian Kementerian Koperasi dan UKM Meliadi Sembiring di Jakarta.",
     ["Kementerian Koperasi dan UKM"]),
    ("Kepala Badan Penanggulangan Bencana Daerah Budi Santoso meninjau lokasi banjir di Luwu Utara.",
     ["Badan Penanggulangan Bencana Daerah"]),
    ("Menurut Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sigi Andi Rahman, program berlanjut.",
     ["Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sigi"]),
    ("Kegiatan itu berlangsung di Desa Sukamaju dan Desa Sukarame.", []),
    ("Menurut data BPS Kabupaten Sigi, angka kemiskinan turun tahun lalu.", []),
]


@pytest.mark.parametrize("text,names", BODY_NAMES, ids=lambda x: str(x)[:50])
def test_government_bodies_read_whole(nlp, text, names):
    assert [o.text for o in nlp(text)._.organizations_all] == names


SHORT_FORMS = [
    # the short form and the full name of one body in one region: one entity
    ("Sosialisasi bersama Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Banggai. DPMD Banggai menyambut baik.",
     [["Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Banggai", "DPMD Banggai"]]),
    ("Bantuan diterima Dinas Lingkungan Hidup dan Kehutanan Provinsi Sulawesi Tenggara. DLHK Sultra menanam bibit.",
     [["Dinas Lingkungan Hidup dan Kehutanan Provinsi Sulawesi Tenggara", "DLHK Sultra"]]),
    ("Pelatihan oleh Dinas Kesehatan Kabupaten Sigi. Dinkes Sigi juga menyiapkan tenaga medis.",
     [["Dinas Kesehatan Kabupaten Sigi", "Dinkes Sigi"]]),
    ("Petugas Dinas Sosial Kab. Sigi membagikan sembako. Dinas Sosial Kabupaten Sigi juga mendata warga.",
     [["Dinas Sosial Kab. Sigi", "Dinas Sosial Kabupaten Sigi"]]),
    # negative: the same short form for another region is another body
    ("Pelatihan oleh Dinas Kesehatan Kabupaten Sigi. Dinkes Donggala juga menyiapkan tenaga medis.",
     [["Dinas Kesehatan Kabupaten Sigi"], ["Dinkes Donggala"]]),
]


@pytest.mark.parametrize("text,groups", SHORT_FORMS, ids=lambda x: str(x)[:50])
def test_government_bodies_short_forms_are_their_full_names(nlp, text, groups):
    orgs = nlp(text)._.organizations_all
    by_entity: dict[str, list[str]] = {}
    for o in orgs:
        by_entity.setdefault(o.entity, []).append(o.text)
    assert sorted(by_entity.values()) == sorted(groups)


def test_body_key_reads_name_and_region():
    assert body_key("DPMD Sigi")[:3] == ("dpmd", "sigi", True)
    assert body_key("Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Sigi")[:3] == ("dpmd", "sigi", False)
    assert body_key("DLHK Sultra")[1] == "sulawesi tenggara"
    assert body_key("Kelompok Tani Maju Jaya") is None


def test_body_ties_need_one_full_name():
    # two full names of one body in two regions: a short form with no region is tied to neither
    texts = ["Dinas Sosial Kabupaten Sigi", "Dinas Sosial Kota Palu", "Dinsos"]
    assert body_ties(texts, ["government"] * 3) == []
    assert body_ties(texts[:1] + texts[2:], ["government"] * 2) == [(1, 0)]


def test_name_variants_of_comma_lists():
    assert name_variants("Dinas Koperasi, Usaha Kecil dan Menengah") == [
        "Dinas Koperasi, Usaha Kecil dan Menengah", "Dinas Koperasi Usaha Kecil dan Menengah",
        "Dinas Koperasi, Usaha Kecil, dan Menengah"]


def test_government_bodies_file_is_well_formed():
    text = BODIES_FILE.read_text(encoding="utf-8")
    assert "Source:" in text.split("[[body]]")[0]
    data = tomllib.loads(text)
    ids = [b["id"] for b in data["body"]]
    assert len(ids) == len(set(ids))
    for b in data["body"]:
        assert b["names"] and b.get("level") in ("regional", "central", "area"), b["id"]
        assert all(n[:1].isupper() for n in b["names"] + b.get("short", [])), b["id"]
    assert len(load_bodies()) == len(ids)
