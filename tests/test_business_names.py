"""Named small businesses, affiliates of the giver and bodies without a usual head word, on short whole regional
articles (round s25, blind batch biz_001-biz_014, docs/unseen_biz_s25.md). Clauses written for these tests
(real-looking Indonesian, real regions and companies, invented shops), each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import Names, Roles, assert_roles


# a UMKM named the way its shop sign writes it, the trade noun at the END (rules/organizations.toml suffix_heads)
UMKM_TRADE_NOUNS = [
    Names("Bantuan oven diterima Sinar Jaya Bakery di Kota Pematangsiantar.", ["Sinar Jaya Bakery"]),
    Names("Modal usaha diserahkan kepada Anugrah Catering dan Bungoro Laundry di Pangkep.",
          ["Anugrah Catering", "Bungoro Laundry"]),
    Names("Kain tenun Lio dijahit menjadi kemeja oleh Nusa Bunga Konveksi di Ende.", ["Nusa Bunga Konveksi"]),
    Names("Mesin pengiris diberikan kepada Bunda Snack di Kelurahan Juata Laut.", ["Bunda Snack"]),
    Names("Stan pameran disediakan untuk Songket Siak Craft selama festival.", ["Songket Siak Craft"]),
    Names("Pelatihan diikuti pengelola Segara Cafe di pesisir Kedonganan.", ["Segara Cafe"]),
    # negatives: the trade noun in lower case, or standing alone, names no business
    Names("Warga membuka usaha laundry dan catering di rumah masing-masing.", []),
    Names("Roti dipasok dari bakery di pasar setempat.", []),
    Names("Peserta mendapat Snack dan makan siang dari panitia.", []),
]


@pytest.mark.parametrize("case", UMKM_TRADE_NOUNS, ids=lambda c: c.text[:50])
def test_umkm_trade_noun_names(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


UMKM_ROLES = [
    # a shop that receives the giver's aid is a partner, never a giver (kind community: the low prior of groups)
    Roles("PT Bank Sumut menyerahkan bantuan peralatan usaha senilai Rp 75 juta kepada Sinar Jaya Bakery dan "
          "Mawar Catering di Pematangsiantar.",
          ["PT Bank Sumut"], ["Sinar Jaya Bakery", "Mawar Catering"]),
    Roles("PT Medco E&P Tarakan menyerahkan mesin produksi kepada Bunda Snack di Kota Tarakan.",
          ["PT Medco E&P Tarakan"], ["Bunda Snack"]),
]


@pytest.mark.parametrize("case", UMKM_ROLES, ids=lambda c: c.text[:60])
def test_umkm_roles(nlp, case):
    assert_roles(nlp, case.text, case.givers, case.partners)


# after a person's title, a customary, religious or noble honorific opens the person's name: the body ends before it
# (rules/organizations.toml person_honorifics)
HONORIFIC_PERSONS = [
    Names('"Dana ini untuk ritual adat," kata Ketua Lembaga Adat Melayu Jerieng Dato Sardi di Simpangteritip.',
          ["Lembaga Adat Melayu Jerieng"]),
    Names("Ketua Klasis Sentani Pdt Hiskia Monim yang turut hadir mendoakan kerja sama itu.", ["Klasis Sentani"]),
    Names("Ketua Lembaga Adat Kutai Bontang Datuk Haji Syahrani menyampaikan terima kasih.",
          ["Lembaga Adat Kutai Bontang"]),
    Names("Ketua Majelis Adat Aceh (MAA) Kabupaten Aceh Jaya Tengku Abdul Manaf membuka acara.",
          ["Majelis Adat Aceh (MAA) Kabupaten Aceh Jaya"]),
    # negatives: an honorific right after the head, or after a head that bears honorific names, is the name itself
    Names("Direktur RSUD Tengku Rafian Siak mengatakan jumlah pasien naik.", ["RSUD Tengku Rafian Siak"]),
    Names("Rektor Universitas Teuku Umar Meulaboh membuka pelatihan.", ["Universitas Teuku Umar Meulaboh"]),
]


@pytest.mark.parametrize("case", HONORIFIC_PERSONS, ids=lambda c: c.text[:50])
def test_honorific_opens_a_person(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# names listed after "anak perusahaan (seperti)": companies even without a head word (rules/organizations.toml
# [affiliates], extract/components/affiliates.py)
AFFILIATE_LISTS = [
    Names("Pupuk Kujang berkolaborasi dengan sejumlah anak perusahaan seperti KIKC dan Kujang Tirta Sarana.",
          ["Pupuk Kujang", "KIKC", "Kujang Tirta Sarana"]),
    Names("Penyaluran melibatkan anak usaha, yakni Kaltim Industrial Estate (KIE), Kaltim Adiguna Dermaga dan "
          "Kaltim Jasa Sekuriti.",
          ["Kaltim Industrial Estate (KIE)", "Kaltim Adiguna Dermaga", "Kaltim Jasa Sekuriti"]),
    Names("PT Semen Tonasa bersama anak usahanya, PT Prima Karya Manunggal (PKM), menggelar pelatihan.",
          ["PT Semen Tonasa", "PT Prima Karya Manunggal (PKM)"]),
    # negatives: the cue with no name after it
    Names("Perusahaan itu memiliki tiga anak usaha di Jawa Timur.", []),
    Names("Karyawan anak perusahaan ikut membagikan paket kepada warga.", []),
]


@pytest.mark.parametrize("case", AFFILIATE_LISTS, ids=lambda c: c.text[:50])
def test_affiliate_lists(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


def test_affiliates_after_a_collaboration_cue_are_partners(nlp):
    orgs = nlp("PT Pupuk Kujang menyalurkan 52 ribu liter air bersih kepada warga Karawang. Dalam penyalurannya, "
               "Pupuk Kujang berkolaborasi dengan sejumlah anak perusahaan seperti KIKC dan Kujang Tirta Sarana.")._.organizations
    assert {o.name for o in orgs if o.role == "partner"} == {"KIKC", "Kujang Tirta Sarana"}


# "Kadis X" = Kepala Dinas X: the words after the short title are the office's field, no body of their own
# (rules/organizations.toml office_titles)
OFFICE_TITLES = [
    Names("Acara dihadiri Wakil Bupati Tapanuli Utara, Kadis Koperasi Sumatera Utara dan Penatua Gereja.", []),
    Names("Kadis Koperasi Kabupaten Karo mengatakan Koperasi Sumber Rejeki sehat.", ["Koperasi Sumber Rejeki"]),
    # negatives: a government body after the title is the body itself; the same words without the title are a body
    Names("Kaban BPBD Karo mengatakan banjir sudah surut.", ["BPBD Karo"]),
    Names("Bantuan diterima Koperasi Sumatera Utara Sejahtera di Medan.", ["Koperasi Sumatera Utara Sejahtera"]),
]


@pytest.mark.parametrize("case", OFFICE_TITLES, ids=lambda c: c.text[:50])
def test_office_titles_hold_no_body(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# an English research or training centre closes its name with "Center" (with its acronym after it); venues do not
CENTRES = [
    Names("Bank Aceh menggandeng Atsiri Research Center (ARC) untuk melatih petani nilam.",
          ["Bank Aceh", "Atsiri Research Center (ARC)"]),
    Names("Pelatihan diisi narasumber dari Nusantara Learning Center di Kupang.", ["Nusantara Learning Center"]),
    # negatives: a convention or trade centre is a venue; a lone "Center" names nothing
    Names("Pameran UMKM digelar di Makassar Convention Center pekan ini.", []),
    Names("Pedagang berjualan di Pontianak Trade Center sejak pagi.", []),
]


@pytest.mark.parametrize("case", CENTRES, ids=lambda c: c.text[:50])
def test_centres(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names


# a government seed unit ("Balai Benih Ikan") is a head with its place in the name, like "Balai Latihan Kerja"
SEED_UNITS = [
    Names("Benih ikan disiapkan Balai Benih Ikan Rias Toboali milik Dinas Perikanan Bangka Selatan.",
          ["Balai Benih Ikan Rias Toboali", "Dinas Perikanan Bangka Selatan"]),
    Names("Pendampingan dilakukan oleh Balai Benih Ikan Pantai Tanjung Kalian Muntok.",
          ["Balai Benih Ikan Pantai Tanjung Kalian Muntok"]),
    # negatives: a hall ("Balai Desa") and a bare "balai benih" name no body
    Names("Benih dibagikan di Balai Desa Rias kepada anggota kelompok.", []),
    Names("Pemerintah akan membangun balai benih di kecamatan itu.", []),
]


@pytest.mark.parametrize("case", SEED_UNITS, ids=lambda c: c.text[:50])
def test_seed_units(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names
