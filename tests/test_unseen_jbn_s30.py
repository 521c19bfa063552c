"""Classes of the blind batch jbn_001-014 (Java, Bali, NTB; docs/unseen_jbn_s30.md) fixed in round s30, on clauses
written for these tests (real-looking Indonesian, real regions and companies; people and figures invented), each table
with negatives. The count classes of the batch are rows of tests/test_beneficiaries.py (JBN_S30_CLASSES)."""
from __future__ import annotations

import pytest

from tests.phrases import assert_roles

# the class acronym of a regional technical unit (UPTD, UPT: Unit Pelaksana Teknis [Daerah]) opens a unit's name and is
# never a body by itself: the trained NER's lone "UPTD" before a puskesmas or an office's field is no partner
# (rules/organizations.toml [words] generic). Rows: (text, names that must be read, names that must not)
UNIT_CLASS_ACRONYM = [
    ("PT Bio Farma (Persero) menyalurkan makanan tambahan. Program itu dijalankan bersama UPTD Puskesmas Pangalengan "
     "dan Dinas Kesehatan Kabupaten Bandung.",
     ["PT Bio Farma (Persero)", "Puskesmas Pangalengan", "Dinas Kesehatan Kabupaten Bandung"], ["UPTD"]),
    ("PT Pupuk Kujang menyalurkan bantuan bibit. Penanaman dilakukan bersama UPTD Pertanian Kecamatan Cilamaya.",
     ["PT Pupuk Kujang"], ["UPTD"]),
    # negatives: the unit's own name after the acronym is still read (a school, a puskesmas), and other bodies stay
    ("PT Semen Tonasa menyerahkan bangku kepada UPT SD Negeri 12 Bungoro.",
     ["PT Semen Tonasa", "SD Negeri 12 Bungoro"], ["UPT"]),
    ("Bank Jateng menggandeng UPTD Puskesmas Sragen I untuk pemeriksaan gratis.",
     ["Bank Jateng", "Puskesmas Sragen I"], ["UPTD"]),
    ("PT Pertamina EP menyerahkan bantuan alat kesehatan. Penyaluran dilakukan bersama UPTD Puskesmas Cepu kepada ibu "
     "hamil.", ["PT Pertamina EP", "Puskesmas Cepu"], ["UPTD"]),
]


@pytest.mark.parametrize("text,present,absent", UNIT_CLASS_ACRONYM, ids=lambda c: str(c)[:50])
def test_unit_class_acronym_is_no_body(nlp, text, present, absent):
    names = {v["name"] for v in nlp(text)._.org_entities.values()}
    assert set(present) <= names
    assert not names & set(absent)


# "lebih dari" / "kurang dari" ("more than" / "less than") is a comparative before a quantity, never the source "dari"
# of aid (rules/roles.toml before_not_after): a council's count of the companies in its regency makes none of them a
# giver (jbn_012). Rows: (text, givers, partners), as tests/phrases.py assert_roles
COMPARATIVE_DARI = [
    ("Komisi IV DPRD Kabupaten Gresik membahas penyaluran tanggung jawab sosial perusahaan. Ketua Komisi IV mengatakan "
     "Gresik memiliki lebih dari 1.600 perusahaan, termasuk PT Petrokimia Gresik dan PT Smelting, tetapi data CSR yang "
     "masuk sangat minim.", [], []),
    ("Komisi III DPRD Kota Cilegon membahas dana tanggung jawab sosial perusahaan. Ketua komisi menyebut Cilegon memiliki "
     "lebih dari 120 industri, termasuk PT Krakatau Steel dan PT Chandra Asri, tetapi laporan CSR yang masuk sangat "
     "sedikit.", [], []),
    # negatives: the source "dari" after a word of aid, and "lebih dari" before a sum beside a real source
    ("Warga menerima bantuan sembako dari PT Petrokimia Gresik.", ["PT Petrokimia Gresik"], []),
    ("Bantuan senilai lebih dari Rp 100 juta itu berasal dari PT Semen Gresik.", ["PT Semen Gresik"], []),
]


@pytest.mark.parametrize("text,givers,partners", COMPARATIVE_DARI, ids=lambda c: str(c)[:50])
def test_comparative_dari_is_no_source(nlp, text, givers, partners):
    assert_roles(nlp, text, givers, partners)
