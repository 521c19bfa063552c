"""Where organisation names end on real-looking text: the classes bench/org_boundaries.py counts on the
human ORG annotation of ../shared/data/ner (news and encyclopedic text no rule was written on), each
fixed with a table of phrases written for these tests (real region and company names), negatives included.

The bench itself is run on the shared data when it is there (it skips with a reason when not).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from conftest import need_shared
from test_organizations import run_after_ner

ROOT = Path(__file__).resolve().parent.parent


class Case(NamedTuple):
    text: str
    names: list[str]
    persons: list[str] = []  # spans a NER would label PER (put on a hand-built Doc)


def names(nlp, case: Case) -> list[str]:
    doc = run_after_ner(nlp, case.text, case.persons, label="PER")  # with or without a model: the same Doc
    assert all(case.text[o.start:o.end] == o.text for o in doc._.organizations_all)
    return [o.text for o in doc._.organizations_all]


# After a person's title, a name's own acronym in parentheses closes it: capitalised words after it are the
# person's name, unless they are a legal word, a unit, a place, a number or a parent organisation.
ACRONYM_CLOSES = [
    Case("Ketua Lembaga Pengembangan Usaha Mandiri (LPUM) Siti Rahmawati menyerahkan bantuan.",
         ["Lembaga Pengembangan Usaha Mandiri (LPUM)"]),
    Case("Direktur Utama PT Angkasa Pura Logistik (Persero) Hendra Gunawan meresmikan gudang.",
         ["PT Angkasa Pura Logistik (Persero)"]),
    Case("Rektor Universitas Negeri Gorontalo (UNG) Eduart Wolok menerima bantuan.",
         ["Universitas Negeri Gorontalo (UNG)"]),
    # negatives: a class acronym opens the name; a place, a unit or a parent goes on; no title before
    Case("Ketua Kelompok Wanita Tani (KWT) Sumber Rezeki Abadi menerima bantuan.",
         ["Kelompok Wanita Tani (KWT) Sumber Rezeki Abadi"]),
    Case("Kepala Kantor Perwakilan Bank Indonesia (BI) Provinsi Jambi hadir.", ["Bank Indonesia (BI) Provinsi Jambi"]),
    Case("Dekan Fakultas Ekonomi dan Bisnis (FEB) Universitas Jenderal Soedirman menerima bantuan.",
         ["Fakultas Ekonomi dan Bisnis (FEB) Universitas Jenderal Soedirman"]),
    Case("Manajer PT Pertamina (Persero) Refinery Unit IV Cilacap hadir.",
         ["PT Pertamina (Persero) Refinery Unit IV Cilacap"]),
    Case("Ketua Yayasan Bina Insani (YBI) Lampung Selatan menerima bantuan.",
         ["Yayasan Bina Insani (YBI) Lampung Selatan"]),
    Case("Yayasan Pendidikan Informatika (YPI) Serang menerima bantuan.", ["Yayasan Pendidikan Informatika (YPI) Serang"]),
]

# After a person's title, a person's name the trained NER finds at the end of a body's name is cut off
# (bodies, agencies, parties, schools; not companies or groups, often named after people).
PERSON_GLUED = [
    Case("Ketua Dewan Pembina Partai Nusantara Budi Santoso menyerahkan bantuan.", ["Dewan Pembina Partai Nusantara"],
         ["Budi Santoso"]),
    Case("Kepala Badan Pengelola Dana Perkebunan Eddy Abdurrachman hadir.", ["Badan Pengelola Dana Perkebunan"],
         ["Eddy Abdurrachman"]),
    Case("Kepala SKK Migas Dwi Soetjipto meninjau sumur.", ["SKK Migas"], ["Dwi Soetjipto"]),
    Case("Ketua Yayasan Sosial Bakti Rudi Hartono Wijaya menyerahkan bantuan.", ["Yayasan Sosial Bakti"],
         ["Rudi Hartono Wijaya"]),
    # negatives: the name keeps a word; no title before; a group's name
    Case("Rektor Universitas Gadjah Mada menerima bantuan.", ["Universitas Gadjah Mada"], ["Gadjah Mada"]),
    Case("Pelatihan oleh Yayasan Sosial Bakti Rudi Hartono di Sleman.", ["Yayasan Sosial Bakti Rudi Hartono"],
         ["Rudi Hartono"]),
    Case("Ketua Kelompok Tani Sido Asri Handayani menerima bantuan.", ["Kelompok Tani Sido Asri Handayani"],
         ["Asri Handayani"]),
]


# After a person's title, a name that runs past a name the gazetteer knows ends with it when only a person's
# name can follow (capitalised words that are no place, unit, number or word of a known name); no NER needed.
KNOWN_THEN_PERSON = [
    Case("Kepala SKK Migas Rudi Rubiandini meninjau sumur.", ["SKK Migas"]),
    Case("Direktur Utama PT Bukit Asam Arsal Ismail menyerahkan bantuan.", ["PT Bukit Asam"]),
    Case("Direktur Utama PT Hutama Karya Budi Harto menyerahkan bantuan.", ["PT Hutama Karya"]),
    Case("Direktur Utama Bank Indonesia Perry Warjiyo hadir.", ["Bank Indonesia"]),
    # negatives: a unit, a subsidiary's own words, a region
    Case("Kepala Bank Jatim Cabang Malang menyerahkan bantuan.", ["Bank Jatim Cabang Malang"]),
    Case("Manajer PT Pertamina Patra Niaga menyerahkan bantuan.", ["PT Pertamina Patra Niaga"]),
    Case("Manajer PT Pertamina Patra Niaga Regional Jatimbalinus menyerahkan bantuan.",
         ["PT Pertamina Patra Niaga Regional Jatimbalinus"]),
]

# "Partai" opens a name: a party's name was read from its second word ("Persatuan ...", itself a head)
PARTIES = [
    Case("Bantuan dari Partai Persatuan Pembangunan (PPP) tiba di Desa Sukamaju.", ["Partai Persatuan Pembangunan (PPP)"]),
    Case("Sekjen Partai Nusantara Jaya Budi Santoso menyerahkan bantuan.", ["Partai Nusantara Jaya"], ["Budi Santoso"]),
    # negative: the common noun
    Case("Kader partai politik ikut membagikan sembako.", []),
]


# A connector before another body's acronym, or right after the name's own acronym, opens another name
# (issue class 5, coordinated names merged); a class acronym after a connector stays in an agency's name.
COORDINATED_BY_ACRONYM = [
    Case("Bantuan dari Partai Golkar dan PKS tiba di Desa Sukamaju.", ["Partai Golkar"]),
    Case("Program ini didukung Kelompok Tani Sumber Rejeki dan LPPM Universitas Riau.",
         ["Kelompok Tani Sumber Rejeki", "Universitas Riau"]),
    # after the name's own acronym (the second name, with no head word, is not found: a recall matter)
    Case("Penghargaan itu kerja sama Lembaga Penelitian Maritim (LPM) dan Rumah Belajar Pesisir Nusantara.",
         ["Lembaga Penelitian Maritim (LPM)"]),
    Case("Pelatihan ini kerja sama Koperasi Nelayan Mina Bahari (KNMB) dan Sahabat Pesisir Lestari.",
         ["Koperasi Nelayan Mina Bahari (KNMB)"]),
    # negatives: class acronyms and sector acronyms inside an agency's name
    Case("Dinas Koperasi dan UKM Kabupaten Batubara hadir.", ["Dinas Koperasi dan UKM Kabupaten Batubara"]),
    Case("Kepala Dinas Perindustrian dan ESDM Kabupaten Muara Enim hadir.",
         ["Dinas Perindustrian dan ESDM Kabupaten Muara Enim"]),
]

# A place alone after a comma says where the body is; it is no part of the name (the contract makes a place in
# apposition after a branch name a place of its own)
PLACE_IN_APPOSITION = [
    Case("Peneliti dari Universitas Mulawarman, Samarinda, meneliti jamur.", ["Universitas Mulawarman"]),
    Case("Dosen Universitas Hasanuddin, Makassar, Sulawesi Selatan hadir.", ["Universitas Hasanuddin"]),
    Case("Pelatihan oleh Politeknik Negeri Ambon, Maluku.", ["Politeknik Negeri Ambon"]),
    # negatives: list names of an agency; a place that goes on into a name
    Case("Kepala Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Ogan Ilir, Tapip, hadir.",
         ["Dinas Perindustrian, Perdagangan, Koperasi dan UKM Kabupaten Ogan Ilir"]),
    Case("Bantuan Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Sleman tiba.",
         ["Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Sleman"]),
]


@pytest.mark.parametrize("case", PLACE_IN_APPOSITION + ACRONYM_CLOSES + PERSON_GLUED + KNOWN_THEN_PERSON + PARTIES + COORDINATED_BY_ACRONYM,
                         ids=lambda c: c.text[:50])
def test_org_boundaries(nlp, case):
    assert names(nlp, case) == case.names


def test_org_boundaries_bench_reads_the_shared_annotation():
    need_shared("data", "ner")
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "org_boundaries.py"), "--splits", "dev", "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    res = json.loads(out)
    pooled = res["pooled"]
    assert pooled["gold"] > 300 and pooled["pred"] > 50
    assert 0 < pooled["strict"][2] <= pooled["conventions"][2] <= 1
    assert pooled["exact_share"] > 0.5


def test_org_boundaries_bench_refuses_the_ner_on_its_training_split():
    need_shared("data", "ner")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "org_boundaries.py"), "--ner", "--splits", "train"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode != 0 and "train" in run.stderr
