"""The organisation gazetteer as data (gazetteers/companies.csv, banks.csv, organizations.csv): every row names
where its fact was checked, the holdings and mergers are the current ones, and short or ordinary-word forms are
never matched on their own. Names below are real organisations as Indonesian CSR news writes them."""
from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from extract.components.entities import resolver
from gazetteers import GAZETTEER_DIR
from gazetteers.companies import OUR_LISTS, load_gazetteer, read_gazetteer

ROWS = [e for name in OUR_LISTS for e in read_gazetteer(GAZETTEER_DIR / name)]
# a source names where the fact was checked: the IDX list with the ticker, a page address, the central bank's
# code list (banks), or it says it was not checked
SOURCE = re.compile(r"^(idx [A-Z]{4} \[idxlist\]|page https?://\S+|bi \d{3}|unverified)")


def test_every_row_says_where_its_fact_was_checked():
    bad = [(e.id, e.source) for e in ROWS if not SOURCE.match(e.source)]
    assert bad == []
    # an IDX ticker belongs to one row, and is a known form of it
    tickers = [(t, e) for e in ROWS for t in re.findall(r"idx ([A-Z]{4}) \[idxlist\]", e.source)]
    assert len({t for t, _ in tickers}) == len(tickers)
    assert [(t, e.id) for t, e in tickers if t not in e.aliases] == []


def test_every_regional_development_bank_is_known_by_its_short_name():
    bpd = {e.id: e for e in ROWS if e.kind == "bpd"}
    assert len(bpd) == 27
    gaz = load_gazetteer(())
    for short in ("Bank Jateng", "Bank Nagari", "Bank Kalsel", "Bank Sumut", "Bank NTT", "Bank Papua", "BPD Bali",
                  "Bank DKI", "bank bjb", "Bank Jatim", "Bank Aceh", "Bank Riau Kepri", "Bank Sumsel Babel",
                  "Bank Lampung", "Bank Kalbar", "Bank Kaltimtara", "Bank Kalteng", "Bank Sulselbar",
                  "Bank SulutGo", "Bank NTB Syariah", "Bank Maluku Malut", "Bank Bengkulu", "Bank Sulteng",
                  "Bank Sultra", "Bank Banten", "Bank Jambi", "BPD DIY"):
        entry = gaz.lookup(short)
        assert entry is not None and entry.id in bpd, short


class Case(NamedTuple):
    name: str
    kind: str
    id: str
    parent: str | None


HOLDINGS = [
    # mergers: the old name is still written (regions, older articles) and belongs to the survivor
    Case("PTPN V", "company", "ptpn-v", "ptpn-iv"),
    Case("PT Perkebunan Nusantara XIV", "company", "ptpn-xiv", "ptpn-i"),
    Case("PTPN IV PalmCo", "company", "ptpn-iv", "ptpn-iii"),
    Case("PT Angkasa Pura II", "company", "angkasa-pura-ii", "injourney-airports"),
    Case("InJourney Airports", "company", "injourney-airports", "injourney"),
    Case("PT Smartfren Telecom Tbk", "company", "smartfren", "xl-axiata"),
    Case("PT XL Axiata Tbk", "company", "xl-axiata", None),
    # holding members
    Case("PT Nindya Karya", "company", "nindya-karya", "danareksa"),
    Case("PT Kawasan Industri Wijayakusuma", "company", "kawasan-industri-wijayakusuma", "danareksa"),
    Case("PT Dahana", "company", "dahana", "len"),
    Case("PT Garam", "company", "garam", "rni"),
    Case("PT Pertamina Hulu Mahakam", "company", "pertamina-hulu-mahakam", "pertamina-hulu-indonesia"),
    Case("Pelita Air", "company", "pelita-air", "pertamina"),
    Case("PLN Icon Plus", "company", "pln-icon-plus", "pln"),
    Case("PT Pelindo Terminal Petikemas", "company", "pelindo-terminal-petikemas", "pelindo"),
    Case("PT Vale Indonesia Tbk", "company", "vale", "mind-id"),
    # foundations and zakat bodies under their companies
    Case("YBM BRI", "foundation", "ybm-bri", "bri"),
    Case("Bakti BCA", "foundation", "bakti-bca", "bca"),
    Case("Bamuis BNI", "foundation", "bamuis-bni", "bni"),
    Case("Yayasan Astra Honda Motor", "foundation", "yayasan-astra-honda-motor", "honda-ahm"),
    Case("Sampoerna Foundation", "foundation", "putera-sampoerna-foundation", None),
    Case("Laznas BMH", "foundation", "bmh", None),
    # banks: a subsidiary bank is its own entity; renamed banks keep their old names as forms
    Case("Bank BTPN Syariah", "bank", "btpn-syariah", "btpn"),
    Case("Bank BTPN", "bank", "btpn", None),
    Case("Bank Bukopin", "bank", "bank-bukopin", None),
    Case("PT Bank KB Indonesia Tbk", "bank", "bank-bukopin", None),
    Case("PT Sampoerna Agro Tbk", "company", "sampoerna-agro", None),
]
# negatives: an unknown company whose name starts with a known one-word form is not that company
UNKNOWN = [
    Case("PT Garam Jaya Abadi", "company", "org:garam-jaya-abadi", None),
    Case("PT Pertani Sejahtera", "company", "org:pertani-sejahtera", None),
    Case("PT Sinar Garam", "company", "org:sinar-garam", None),
    Case("Yayasan Yatim Piatu Mandiri", "foundation", "org:yayasan-yatim-piatu-mandiri", None),
    # a ticker written in capitals ("BUMI", "AGRO") is not the ordinary word that opens another name (par_067, par_108)
    Case("PT Bumi Sawit Kencana", "company", "org:bumi-sawit-kencana", None),
    Case("PT Agro Lestari Mandiri", "company", "org:agro-lestari-mandiri", None),
]


@pytest.mark.parametrize("case", HOLDINGS + UNKNOWN, ids=lambda c: c.name)
def test_entity_and_parent_of_a_name(case):
    got = resolver().resolve({"name": case.name, "kind": case.kind, "aliases": []})
    assert (got["id"], got["parent"]) == (case.id, case.parent)


@pytest.mark.parametrize("form,eid", [("Garam", "garam"), ("DD", "dompet-dhuafa"), ("PSF", "putera-sampoerna-foundation"),
                                      ("KIM", "kawasan-industri-medan"), ("BGR", "bgr-logistik"),
                                      ("Pertani", "pertani"), ("PPA", "perusahaan-pengelola-aset")])
def test_ambiguous_forms_are_known_but_never_matched_alone(form, eid):
    entry = load_gazetteer(()).entries[eid]
    assert form in entry.aliases and form not in entry.matchable


def test_kept_ids_of_merged_or_defunct_organisations():
    """Records and other code use these ids: a merger changes the parent, never removes the row."""
    ids = {e.id for e in ROWS}
    assert {"ptpn-v", "ptpn-x", "angkasa-pura-i", "angkasa-pura-ii", "smartfren", "act"} <= ids


@pytest.mark.parametrize("name,eid", [
    ("PT Bumi Sawit Kencana", None),          # "Bumi" is a word; BUMI is Bumi Resources' ticker
    ("PT Bumi Resources Tbk", "bumi"),        # the entry's own name
    ("PT BUMI Resources Minerals", "bumi"),   # the ticker as written, in capitals
    ("Pertamina RU IV Cilacap", "pertamina"), # a one-word form written as the gazetteer writes it: a unit
    ("BRI Kanwil Medan", "bri"),
])
def test_one_word_prefix_of_a_ticker_needs_its_capitals(name, eid):
    from gazetteers.companies import load_gazetteer

    entry = load_gazetteer().lookup_prefix(name)
    assert (entry.id if entry else None) == eid


# Regional development banks were renamed often (docs/names_s30.md): a former short name, the former or current long
# name without the legal form, and the "BPD" form must all resolve to the one current id.
BPD_FORMER_NAMES = [
    ("Bank Sulsel", "bank-sulselbar"),
    ("BPD Sulsel", "bank-sulselbar"),
    ("Bank Pembangunan Daerah Sulawesi Selatan", "bank-sulselbar"),
    ("Bank Pembangunan Daerah Sulawesi Selatan dan Sulawesi Barat", "bank-sulselbar"),
    ("Bank Sumsel", "bank-sumsel-babel"),
    ("BPD Sumsel", "bank-sumsel-babel"),
    ("Bank Jabar", "bjb"),
    ("Bank Jabar Banten", "bjb"),
    ("BPD Jabar", "bjb"),
    ("Bank Pembangunan Daerah Jawa Barat", "bjb"),
    ("Bank Riau", "bank-riau-kepri"),
    ("BPD Riau", "bank-riau-kepri"),
    ("PT Bank Pembangunan Daerah Riau Kepri", "bank-riau-kepri"),
    ("Bank Pembangunan Daerah Aceh", "bank-aceh"),
    ("PT Bank Pembangunan Daerah Kalimantan Timur", "bankaltimtara"),
    ("BPD Kaltimtara", "bankaltimtara"),
    ("Bank Pembangunan Daerah Sulawesi Utara", "bank-sulutgo"),
    ("Bank Pembangunan Daerah Nusa Tenggara Barat", "bank-ntb"),
    ("PT Bank Pembangunan Daerah Maluku", "bank-maluku-malut"),
    ("BPD Maluku Malut", "bank-maluku-malut"),
    ("BPD DKI Jakarta", "bank-dki"),
    ("Bank Pembangunan Daerah DKI Jakarta", "bank-dki"),
    ("BPD Irian Jaya", "bank-papua"),
    ("Bank Pundi", "bank-banten"),
    ("Bank Pembangunan Daerah Banten", "bank-banten"),
]


@pytest.mark.parametrize("form,eid", BPD_FORMER_NAMES)
def test_former_name_of_a_regional_bank_resolves_to_its_current_id(form, eid):
    entry = load_gazetteer(()).lookup(form)
    assert entry is not None and entry.id == eid, form


@pytest.mark.parametrize("text", ["Sulsel", "Sulawesi Selatan", "Riau", "Jabar", "Bank", "Irian Jaya", "Pundi",
                                  "Bank Sulawesi", "Pembangunan Daerah"])
def test_a_place_alone_is_no_regional_bank(text):
    assert load_gazetteer(()).lookup(text) is None
    assert load_gazetteer(()).lookup_prefix(text) is None
