"""Non-givers (extract/components/non_givers.py, rules/non_givers.toml): a body only asked for and a host of a
meeting or payer of dividends give nothing; a body that acts, and a company that hosts a programme, still give.

Every "no giver" row has a giver without the component (checked below), so each row can fail."""
from __future__ import annotations

import pytest

from extract.components.non_givers import NonGivers
from rules import load_rules

NO_GIVER = [  # (class, text)
    # (a governor asks: the same demand by a council, "Komisi IV DPRD Provinsi Lampung mendesak ...", has no giver
    # before this component since s34's RoleFinder.overseen, so it could no longer fail here)
    ("asked: forum to be formed",
     "Gubernur Lampung Minta Forum CSR Dibentuk\nBANDAR LAMPUNG, LAMPUNGPOST.CO - Gubernur Lampung mendesak "
     "pemerintah kabupaten dan kota segera membentuk Forum Tanggung Jawab Sosial Perusahaan (TSP) agar "
     "dana CSR perusahaan terdata dan tepat sasaran untuk warga miskin. Desakan itu disampaikan dalam rapat "
     "koordinasi bersama Bappeda Lampung dan Dinas Sosial Lampung, Senin (10/11/2025)."),
    ("asked: bylaw forms a forum",
     "Pansus DPRD Bontang Bahas Raperda TJSL\nBONTANG, TRIBUNKALTIM.CO - Panitia Khusus DPRD Kota Bontang membahas "
     "Raperda Tanggung Jawab Sosial dan Lingkungan Perusahaan yang mengatur pembentukan Forum Pelaksana Tanggung "
     "Jawab Sosial dan Lingkungan Perusahaan (Forum TJSLP) Bontang untuk menyalurkan dana CSR perusahaan kepada "
     "warga, Senin (13/10/2025)."),
    ("hosting: RUPS",
     "RUPST Semen Baturaja Setujui Laporan Tahunan\nJAKARTA, KONTAN.CO.ID - PT Semen Baturaja Tbk (SMBR) menggelar "
     "Rapat Umum Pemegang Saham Tahunan (RUPST) di Jakarta, Rabu (11/6/2025). Perseroan menyebut dana program "
     "TJSL pada 2024 mencapai Rp 9 miliar untuk bantuan pendidikan dan UMKM."),
    ("hosting: rapat koordinasi",
     "TPID Sleman Gelar Rakor\nSLEMAN, KRJOGJA.COM - Tim Pengendalian Inflasi Daerah (TPID) Kabupaten Sleman "
     "menggelar rapat koordinasi di Pendopo Parasamya, Senin (6/10/2025). Anggota DPRD mengusulkan agar dana CSR "
     "perusahaan dipakai untuk bantuan pangan murah bagi warga."),
]

GIVER = [  # (class, text, giver) the component must leave alone
    ("a forum that hands over",
     "Forum CSR Kabupaten Bojonegoro menyerahkan bantuan bedah rumah senilai Rp 300 juta kepada 20 warga Desa "
     "Sumberrejo, Kecamatan Trucuk, Kabupaten Bojonegoro, Kamis (9/10/2025).",
     "Forum CSR Kabupaten Bojonegoro"),
    ("a company that hosts a programme",
     "PT Semen Padang menggelar pelatihan pembuatan pupuk organik bagi 40 anggota Kelompok Tani Sawah Laweh di "
     "Kelurahan Batu Gadang, Kecamatan Lubuk Kilangan, Kota Padang, Selasa (14/10/2025).",
     "PT Semen Padang"),
    ("a company that hands out food parcels",
     "PT Bukit Asam Tbk (PTBA) membagikan 2.000 paket sembako kepada warga Kecamatan Lawang Kidul, Kabupaten Muara "
     "Enim, Jumat (4/4/2025), melalui program TJSL perusahaan.",
     "PT Bukit Asam Tbk (PTBA)"),
]


@pytest.fixture(scope="module")
def bare_nlp():
    """The pipeline without the component: the rows' base behaviour."""
    from extract.pipeline import build_nlp

    nlp = build_nlp()
    nlp.remove_pipe("warta_non_givers")
    return nlp


def givers(nlp, text):
    return [o.name for o in nlp(text)._.organizations if o.role == "giver"]


@pytest.mark.parametrize("cls,text", NO_GIVER, ids=[c for c, _ in NO_GIVER])
def test_no_giver(nlp, bare_nlp, cls, text):
    assert givers(bare_nlp, text), "the row must have a giver without the component, or it cannot fail"
    assert nlp(text)._.organizations == []


@pytest.mark.parametrize("cls,text,giver", GIVER, ids=[c for c, _, _ in GIVER])
def test_giver_kept(nlp, cls, text, giver):
    assert giver in givers(nlp, text)


@pytest.mark.parametrize("sentence,hosts", [
    ("PT Timah Tbk (TINS) menggelar RUPST di Pangkalpinang.", True),
    ("Bank Jatim Bagikan Dividen Rp 787 Miliar", True),
    ("TPID Jambi menggelar rapat koordinasi di Hotel Santika.", True),
    ("PT Timah menggelar pelatihan las bagi pemuda.", False),
    ("PT Timah membagikan bibit kepada nelayan.", False),
])
def test_hosting_table(sentence, hosts):
    from types import SimpleNamespace

    cue = "bagikan" if "agikan" in sentence else "menggelar"
    m = SimpleNamespace(role_cue=cue, role_sentence=sentence)
    assert NonGivers(load_rules("non_givers")).hosts(m) is hosts
