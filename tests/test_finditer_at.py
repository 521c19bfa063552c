"""finditer_at (extract/components/numbers.py) gives the matches of finditer: the amount and count finders
try their big pattern only where a number or currency can begin."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from extract.components.amounts import make_amount_finder
from extract.components.beneficiaries import make_beneficiary_finder
from extract.components.numbers import finditer_at, number_rules, number_starts
from tests.conftest import article_texts

TEXTS = [
    "Bantuan senilai Rp 250 juta diserahkan kepada 30 orang pengrajin di Desa Sukamaju.",
    "Dana CSR sebesar Rp1,5 miliar hingga Rp2 miliar untuk 8 (delapan) kelompok tani.",
    "Sebanyak dua ratus lima puluh nelayan dan 64 pengolah ikan menerima US$ 3.000.",
    "Ratusan warga RT2 dan S-158/KO menerima 1.731 Kepala Keluarga (KK), sekitar 2.900 pekerja.",
    "Nilainya €1'049,95 atau 1250€600, dan 5 (lima) unit; puluhan ribu orang; Rp 1 500 000.",
    "Pada 2016/2017 sebanyak seratus orang ikut; 20-30 orang; sebelas kelompok; ke-2; Rp 2.317. 450.120",
    "İKİ ribu ſatu juta; dua-tiga; JUTA RUPIAH 5 juta rupiah; Rp. 10 rb; goceng; 1/2 miliar.",
    "",
]


@pytest.fixture(scope="module")
def finders():
    return make_amount_finder(None, "a", "amounts", "numbers"), make_beneficiary_finder(None, "b", "beneficiaries", "numbers", False)


def spans(ms):
    return [(m.start(), m.end(), m.groupdict()) for m in ms]


def starts(finder, text):
    if hasattr(finder, "currencies"):  # amounts: currency markers too
        return number_starts({}, text, finder.numbers, finder.currencies).all
    return number_starts({}, text, finder.numbers).numbers


def same(finder, text):
    assert spans(finditer_at(finder.pattern, starts(finder, text), text)) == spans(finder.pattern.finditer(text))


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_on_written_text(finders, text):
    for finder in finders:
        same(finder, text)


def test_same_matches_on_the_articles(finders):
    texts = article_texts()
    assert len(texts) > 100
    for text in texts:
        for finder in finders:
            same(finder, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Rp", "rp.", "US$", "$", "€", "dua", "ratus", "puluhan", "ribu", "juta", "orang",
                                 "kelompok", "UMKM", "5", "1.250", "3,5", "20", "-", "/", ".", ",", "(", ")", "x",
                                 "se", "sebelas", "hingga", "sampai", "İ", "ſ", "k", "\n", "lebih"]), max_size=25),
       st.lists(st.sampled_from(["", " ", "  "]), min_size=25, max_size=25))
def test_same_matches_on_generated_text(finders, words, blanks):
    text = "".join(w + b for w, b in zip(words, blanks))
    for finder in finders:
        same(finder, text)


def test_a_pattern_that_can_match_empty_is_refused():
    with pytest.raises(ValueError):
        list(finditer_at(re.compile(r"\d*"), [0, 1], "x1"))


def test_a_scan_kept_without_currencies_is_not_used_for_them(finders):
    amounts, _ = finders
    text = "Rp 5 juta untuk dua kelompok"
    store: dict = {}
    assert number_starts(store, text, number_rules()).numbers == [3, 16]
    assert number_starts(store, text, number_rules(), amounts.currencies).all == [0, 3, 16]
    assert number_starts(store, text, number_rules()).numbers == [3, 16]  # the kept scan serves the counts too
    assert number_starts(store, "dua", number_rules()).numbers == [0]  # another text: scanned anew


DATE_TEXTS = [
    "Jakarta, 12/10/2024 - Pada Jumat (12/10) dan 1, 2 dan 3 Juni 2025 serta 30/4-2/5/2025 dibagikan.",
    "Tanggal 2025-06-01, 17-08-2023, 1.8.2024, 3-5 Juni; 20 s.d. 25 Agustus 2024; RT2/RW3 12/10/24x",
    "Senin, 4 Maret 2024 12:30 WIB; ab1/2; 10–12/3; 5 Juni. 2019; ٣ Juni 2020",
    "Pada tujuh belas Agustus 2020, dua puluh Mei 2021 dan ke-tiga Juni 2022; Dua Puluh Lima Desember 2023.",
]


@pytest.fixture(scope="module")
def date_finder():
    from extract.components.dates import make_date_finder

    return make_date_finder(None, "d", "dates", "numbers", True)


DIGIT_PATTERNS = ("numeric", "dashed", "iso", "day_list", "written", "yearless")


def same_dates(finder, text):
    for name in DIGIT_PATTERNS:
        pattern = getattr(finder, name)
        assert spans(finditer_at(pattern, number_starts({}, text, number_rules()).digits, text)) == spans(pattern.finditer(text)), name
    words = number_starts({}, text, number_rules()).numbers
    assert spans(finditer_at(finder.words_day, words, text)) == spans(finder.words_day.finditer(text))


@pytest.mark.parametrize("text", DATE_TEXTS + TEXTS)
def test_dates_same_matches_on_written_text(date_finder, text):
    same_dates(date_finder, text)


def test_dates_same_matches_on_the_articles(date_finder):
    for text in article_texts():
        same_dates(date_finder, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["12", "1", "2024", "24", "/", "-", "–", ".", ",", "(", ")", "Juni", "Agt.", "dan",
                                 "s.d.", "Jumat", "a", "_", "٣", "\n", "tujuh", "belas", "dua", "-", "puluh"]), max_size=25),
       st.lists(st.sampled_from(["", " ", "  "]), min_size=25, max_size=25))
def test_dates_same_matches_on_generated_text(date_finder, words, blanks):
    same_dates(date_finder, "".join(w + b for w, b in zip(words, blanks)))
