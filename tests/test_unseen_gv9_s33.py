"""Classes of the blind batch gv9_001-014 (givers, ninth kind; docs/unseen_gv9_s33.md) fixed in round s33, on clauses
written for these tests (real-looking Indonesian, real companies and places; people, groups and figures invented),
each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import assert_roles
from tests.test_programs import finder_nlp, names  # noqa: F401  (the programme finder alone, as test_programs uses it)

# a foreign contractor's legal name: the working area in brackets before its legal form, and the Dutch legal form
# B.V. (gv9_005, gv9_006, gv9_007; rules/organizations.toml area_bracket_suffixes, suffix_heads "B.V.").
# Rows: (text, the organisation mentions in order)
FOREIGN_LEGAL_NAMES = [
    ("Santos (Sampang) Pty Ltd menyerahkan lima perahu kepada Kelompok Nelayan Sumber Bahari.",
     ["Santos (Sampang) Pty Ltd", "Kelompok Nelayan Sumber Bahari"]),
    ("Bantuan dari ConocoPhillips (Grissik) Ltd itu diterima Kelompok Tani Sido Rukun.",
     ["ConocoPhillips (Grissik) Ltd", "Kelompok Tani Sido Rukun"]),
    ("Sumur bor itu dibangun Petronas Carigali (Ketapang) Ltd untuk warga Bawean.", ["Petronas Carigali (Ketapang) Ltd"]),
    ("Instalasi air bersih yang dibangun Premier Oil Natuna Sea B.V. diresmikan Rabu (5/11/2025).",
     ["Premier Oil Natuna Sea B.V."]),
    ("Eni Muara Bakau BV menyerahkan 20 unit perahu kepada nelayan Kutai Kartanegara.", ["Eni Muara Bakau BV"]),
]
# negatives: a group's own acronym in brackets is no working area; a legal form without brackets reads as before; a
# bracket closed before a sentence's end joins nothing
FOREIGN_LEGAL_NAMES_NOT = [
    ("Bantuan dari PT PetroChina International Jabung Ltd diterima Kelompok Tani Maju.",
     ["PT PetroChina International Jabung Ltd", "Kelompok Tani Maju"]),
    ("Bantuan diterima warga (Desa Lama) Ltd.", []),
    ("Perahu diterima Kelompok Nelayan Sumber Bahari (KNSB) dari ExxonMobil Cepu Limited.",
     ["Kelompok Nelayan Sumber Bahari (KNSB)", "ExxonMobil Cepu Limited"]),
]


@pytest.mark.parametrize("text,expected", FOREIGN_LEGAL_NAMES + FOREIGN_LEGAL_NAMES_NOT, ids=lambda c: str(c)[:50])
def test_foreign_contractor_names_keep_their_area_and_legal_form(nlp, text, expected):
    assert [o.text for o in nlp(text)._.organizations_all] == expected


def test_bracketed_contractor_is_the_giver(nlp):
    assert_roles(nlp, "Santos (Sampang) Pty Ltd menyerahkan lima perahu kepada Kelompok Nelayan Sumber Bahari.",
                 ["Santos (Sampang) Pty Ltd"], ["Kelompok Nelayan Sumber Bahari"])


# a village of an address whose name holds a programme's theme word (Bahari, Lestari) is no programme: the next
# administrative level after a comma, or a plain place of the same head listed after it (gv9_004, loc_012, biz_003,
# bn4_003; rules/programs.toml address_levels, address_joins). Rows: texts where no programme is read
ADDRESS_VILLAGES = [
    "PT Pelindo merenovasi SD Negeri 060930 di Kelurahan Belawan Bahari, Kecamatan Medan Belawan, Kota Medan.",
    "Bank Sultra melatih nelayan Suku Bajo di Desa Mola Bahari, Kecamatan Wangi-Wangi Selatan, Kabupaten Wakatobi.",
    "Pupuk Kaltim menyalurkan air bersih kepada warga Kelurahan Bontang Lestari dan Kelurahan Guntung, Kota Bontang.",
    "Bibit dibagikan kepada petani Desa Tanjung Emas, Kec. Tanjung Raja, Kabupaten Ogan Ilir.",
]
# negatives: a programme with a theme word keeps its name before an address, with its acronym, or listed with
# another programme
ADDRESS_PROGRAMMES = [
    ("PT Pertamina membina Kampung Iklim Guntung dan Kampung Iklim Loktuan di Kota Bontang.", "Kampung Iklim Guntung"),
    ("Astra meresmikan Desa Sejahtera Astra (DSA) Teritip, Kecamatan Balikpapan Timur, Kota Balikpapan.",
     "Desa Sejahtera Astra (DSA) Teritip"),
    ("PT Pertamina (Persero) melalui program Desa Energi Berdikari (DEB) memasang panel surya di Desa Bagendang, "
     "Kabupaten Kotawaringin Timur.", "Desa Energi Berdikari (DEB)"),
]


@pytest.mark.parametrize("text", ADDRESS_VILLAGES, ids=lambda c: c[:50])
def test_village_of_an_address_is_no_programme(finder_nlp, text):  # noqa: F811
    assert names(finder_nlp, text) == {}


@pytest.mark.parametrize("text,name", ADDRESS_PROGRAMMES, ids=lambda c: str(c)[:50])
def test_place_headed_programme_stays_beside_an_address(finder_nlp, text, name):  # noqa: F811
    assert name in names(finder_nlp, text)
