"""Name leftovers of round s30 (docs/names_s30.md): a Roman numeral's full stop at a sentence end, regional banks by
their former names. Clauses written for these tests (real-looking Indonesian, real companies and regions; people and
events invented), each table with negatives."""
from __future__ import annotations

import pytest

# a one-letter Roman numeral after a word that numbers a body's units is no initial: its full stop ends the sentence
# (spaCy kept "V." whole, so the sentence and the name ran on: "PTPN V. Warga")
NUMERAL_AT_SENTENCE_END = [
    ("Petani plasma binaan PTPN V. Warga Desa Sei Galuh menerima bibit sawit dari perusahaan itu.",
     ["Petani plasma binaan PTPN V.", "Warga Desa Sei Galuh menerima bibit sawit dari perusahaan itu."]),
    ("Bantuan itu disalurkan PT Pelindo Regional I. Sebanyak 200 paket sembako dibagikan di Belawan.",
     ["Bantuan itu disalurkan PT Pelindo Regional I.", "Sebanyak 200 paket sembako dibagikan di Belawan."]),
    ("Kegiatan bakti sosial digelar prajurit Kodam V. Ratusan warga Surabaya datang sejak pagi.",
     ["Kegiatan bakti sosial digelar prajurit Kodam V.", "Ratusan warga Surabaya datang sejak pagi."]),
    ("Dana itu berasal dari Divre X. Panitia mencatat 40 penerima.",
     ["Dana itu berasal dari Divre X.", "Panitia mencatat 40 penerima."]),
    # negatives: a person's initial keeps its full stop and the sentence goes on; a numeral of two letters was
    # always split; a numeral with no numbering word before it is left as spaCy reads it
    ("Bantuan diserahkan oleh Budi S. Harahap di kantor desa.", ["Bantuan diserahkan oleh Budi S. Harahap di kantor desa."]),
    ("Bibit dibagikan PTPN IV. Warga menanamnya.", ["Bibit dibagikan PTPN IV.", "Warga menanamnya."]),
    ("Surat itu ditandatangani Kepala Seksi V. Hutapea kemarin.", ["Surat itu ditandatangani Kepala Seksi V. Hutapea kemarin."]),
]


@pytest.mark.parametrize("text,sents", NUMERAL_AT_SENTENCE_END, ids=lambda c: str(c)[:40])
def test_numeral_at_sentence_end(nlp, text, sents):
    doc = nlp(text)
    assert [s.text for s in doc.sents] == sents
    assert doc.text == text  # offsets unchanged: the evidence spans stay on the text


NUMERAL_NAMES = [
    ("Petani plasma binaan PTPN V. Warga Desa Sei Galuh menerima bibit sawit dari perusahaan itu.", ["PTPN V"]),
    ("Bantuan itu disalurkan PT Pelindo Regional I. Sebanyak 200 paket sembako dibagikan di Belawan.",
     ["PT Pelindo Regional I"]),
    # negative: the numeral inside a sentence is read as before
    ("PTPN V menyerahkan bibit sawit kepada petani Kampar.", ["PTPN V"]),
]


@pytest.mark.parametrize("text,names", NUMERAL_NAMES, ids=lambda c: str(c)[:40])
def test_numeral_names(nlp, text, names):
    assert list(dict.fromkeys(o.name for o in nlp(text)._.organizations)) == names
    for o in nlp(text)._.organizations:
        assert not o.name.endswith(".")


# a regional development bank by its former name is the renamed bank (gazetteers/banks.csv), and one entity with
# its current name in the same article
BANK_FORMER_NAMES = [
    ("MAKASSAR - Bank Sulsel menyerahkan 50 kursi roda kepada Dinas Sosial Kota Makassar.", "Bank Sulsel",
     "bank-sulselbar"),
    ("PALEMBANG - Bank Sumsel menyalurkan bantuan beasiswa kepada 30 mahasiswa Universitas Sriwijaya.",
     "Bank Sumsel", "bank-sumsel-babel"),
    ("PEKANBARU - Bank Riau menyerahkan satu unit ambulans kepada Puskesmas Rumbai.", "Bank Riau",
     "bank-riau-kepri"),
]


@pytest.mark.parametrize("text,name,eid", BANK_FORMER_NAMES, ids=[c[1] for c in BANK_FORMER_NAMES])
def test_bank_former_names(nlp, text, name, eid):
    ents = {v["name"]: v.get("id") for v in nlp(text)._.org_entities.values()}
    assert ents.get(name) == eid


def test_bank_former_and_current_name_one_entity(nlp):
    text = ("MAKASSAR - PT Bank Sulselbar menyerahkan 50 kursi roda kepada Dinas Sosial Kota Makassar. Bank Sulsel, "
            "demikian warga masih menyebutnya, sudah tiga tahun menggelar program itu.")
    ids = [v.get("id") for v in nlp(text)._.org_entities.values()]
    assert ids.count("bank-sulselbar") == 1


def test_a_province_alone_is_no_bank(nlp):
    text = "MAKASSAR - Pemprov Sulsel menyerahkan 50 kursi roda kepada warga Sulsel di Kota Makassar."
    assert "bank-sulselbar" not in {v.get("id") for v in nlp(text)._.org_entities.values()}
