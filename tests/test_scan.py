"""The programmes step's scans (extract/components/scan.py) find, match for match, what ``finditer`` finds."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.components.programs import _ACRONYM_IN_PARENTHESES, QUOTES_BEFORE_TITLE, ProgramFinder
from extract.components.scan import LeadWords, finditer_after, finditer_lines
from gazetteers.companies import load_gazetteer
from rules import load_rules
from tests.conftest import article_texts


@pytest.fixture(scope="module")
def finder():
    return ProgramFinder(load_rules("programs"), load_rules("organizations"), load_gazetteer())


def scans(f: ProgramFinder):
    """(the pattern, its scan) for every pattern the programmes step scans."""
    return [
        (f.cue, f.cue_scan.finditer),
        (f.quote_cue, f.quote_cue_scan.finditer),
        (f.lower_named, f.lower_named_scan.finditer),
        (f.place, f.place_scan.finditer),
        (f.defined, f.defined_scan.finditer),
        (f.brand, lambda text: finditer_lines(f.brand, text, f.brand_words)),
        (f.owner_defined, lambda text: finditer_lines(f.owner_defined, text, anchor=_ACRONYM_IN_PARENTHESES)),
        (f.edition, f.edition_scan.finditer),
        (f.listed, f.listed_scan.finditer),
        (f.launch, f.launch_scan.finditer),
        (f.quoted_title, lambda text: finditer_after(f.quoted_title, text, QUOTES_BEFORE_TITLE)),
    ]


def same(f: ProgramFinder, text: str) -> None:
    for pattern, scan in scans(f):
        theirs = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        ours = [(m.span(), m.groups()) for m in scan(text)]
        assert ours == theirs, (pattern.pattern[:60], text)


TEXTS = [
    "Melalui program TJSL HK Peduli Kreatif, PT Hutama Karya membina UMKM di Kota Medan.",
    "PROGRAM Kampung Iklim; xprogram Desa Energi Berdikari dan Kampoeng BNI (KBNI) di Desa Wisata.",
    "Kegiatan bertajuk \u201cLaut Sejahtera Oesapa\u201d, kami menyebutnya 'Karyawati Goes to Zona Tameng'.",
    "gerakan peduli isolasi mandiri (Garda Lima) oleh\nProgram Sosial Bank Indonesia (PSBI) di Ambon.",
    "Wirausaha Muda Mandiri (WMM) dan Pelindo Beramal\nserta Indofood Berbagi, Jamkrindo peduli warga.",
    "\u0131nisiatif Hijau, aks\u0131 Bersih, ini\u017fiatif Baru, PROGRAM \u212aampung (DM)",  # re's case folds
    "\u0130nisiatif Hijau dari Pro\u0130gram Desa",  # lower case makes two characters of one
    "",
    "\n\nProgram\n(ABC)\nPeduli",
    # a launching verb after a digit or an underscore (word_re refuses letters only), in capitals, inside a word
    "2luncurkan Pupuk Hijau Bersemi, _meluncurkan Laut Kita; MELUNCURKAN Desa Berdaya dan diluncurkan Aksi Baru",
    "Smart Farming Academy Angkatan II, Toyota Eco Youth ke-13, Berbagi Berkah Ramadan 1446 H, Tahun 2024 x1445 H",
    "tiga pilar: Tonasa Cerdas, Tonasa Sehat dan Tonasa Hijau; DUA PROGRAM yakni A B dan C D; 2pilar: X Y",
    "membuka kelas \u201cTorang Bisa Menabung\u201d, 'Tabalong Bersih' dan \u2018Sagu Tani\u2019 x'Aaa Bbb' \"Ccc\"",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_on_written_text(finder, text):
    same(finder, text)


def test_same_matches_on_the_articles(finder):
    texts = article_texts()
    assert len(texts) > 100
    for text in texts:
        same(finder, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["program", "Program", "PROGRAM", "gerakan", "aksi", "bertajuk", "menyebutnya",
                                 "Desa", "Kampung", "Peduli", "peduli", "Berbagi", "Goes", "to", "School",
                                 "Bank", "Mandiri", "Muda", "Wirausaha", "(WMM)", "(PSBI)", "(Garda", "Lima)",
                                 "\u201c", "\u201d", "'", "x", "_", "-", "\u0130", "\u0131", "\u017f", "\u212a",
                                 "\n", "Sehat", "Energi", "KB", "meluncurkan", "Luncurkan", "2", "1446", "H",
                                 "Angkatan", "ke-13", "Tahun", "2024", "tiga", "pilar", ":", "yakni", ",", "dan",
                                 "\"", "\u2018", "\u2019"]), max_size=25),
       st.lists(st.sampled_from(["", " ", "  "]), min_size=25, max_size=25))
def test_same_matches_on_generated_text(finder, words, blanks):
    same(finder, "".join(w + b for w, b in zip(words, blanks)))


def test_lead_words_falls_back_where_lower_case_would_mislead():
    pattern = re.compile(r"(?<![\w])(?i:kampung|sentra)[^\S\n]+\w+")
    scan = LeadWords(pattern, ["kampung", "sentra"], ignore_case=True)
    for text in ["\u212aampung Baru", "Kampung Baru dan SENTRA Tenun", "xkampung baru", "\u0130 Kampung Baru"]:
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert [m.group() for m in scan.finditer("\u212aampung Baru")] == ["\u212aampung Baru"]  # re folds K onto k


def test_region_names_searched_as_the_pattern_searches():
    """The places step's check that an article names a region (rules/locations.toml [cues_in_region])."""
    words = load_rules("locations")["cues_in_region"]["banjar"]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)
    scan = LeadWords(pattern, words, ignore_case=True)
    texts = article_texts()
    texts += ["Warga Banjar Kelod di Kabupaten GIANYAR", "BaliSehat", "Nusa  Penida", "nusa penida", "ubudiyah",
              "pulau Bali.", "\u212auta Selatan", "Kuta\u0130"]
    for text in texts:
        ours, theirs = scan.search(text), pattern.search(text)
        assert (ours and ours.span()) == (theirs and theirs.span()), text


# ---------------------------------------------------------------- the places step's datelines
DATELINE_TEXTS = [
    "KONTAN.CO.ID - NGADA. Bank NTT menyalurkan bantuan.\nJAKARTA (ANTARA) - PT Pertamina (Persero) membina UMKM.",
    "TUBAN, KOMPAS.com - Semen Indonesia menyerahkan bantuan.\n  Palu, 15/6 (Antarasumut) \u2013 warga menerima",
    "SIBOLGA, METRO TAPANULI - Warga Sibolga.\nMUARA SABAK, JAMBI INDEPENDENT \u2014 Bantuan | Detik.com\u2014 MEDAN, x",
    "Baca juga: tribun-medan.com \u2014 SAMOSIR, Toba.\nsuarasurabaya.net\n\u2013 GRESIK DAN TUBAN, bantuan",
    "Kepala Desa Kedungrejo, Sutrisno, mengatakan bantuan Rp 50 juta - dari CSR.\nBANDA\nACEH - warga",
    "", "\n", "a.b -ABC,", "x.Y\u2014\u2014 ABCD EFG.", "Jakarta\u2013 PT X", "Kota\n\nBaru -- ya",
]


def same_datelines(text: str) -> None:
    from extract.components.locations import _SITE_DASH_CAPS, DATELINES
    from extract.components.scan import finditer_if, finditer_line_starts

    for pattern, ours in ((DATELINES[0], finditer_line_starts(DATELINES[0], text)),
                          (DATELINES[1], finditer_if(DATELINES[1], text, _SITE_DASH_CAPS))):
        assert [(m.span(), m.groups()) for m in ours] == [(m.span(), m.groups()) for m in pattern.finditer(text)], text


@pytest.mark.parametrize("text", DATELINE_TEXTS)
def test_datelines_same_matches_on_written_text(text):
    same_datelines(text)


def test_datelines_found_in_written_text():
    """The scans find datelines (a test of the fast path that finds nothing would pass the comparison)."""
    from extract.components.locations import _SITE_DASH_CAPS, DATELINES
    from extract.components.scan import finditer_if, finditer_line_starts

    text = DATELINE_TEXTS[0]
    assert [m["name"] for m in finditer_line_starts(DATELINES[0], text)] == ["JAKARTA"]
    assert [m["name"] for m in finditer_if(DATELINES[1], text, _SITE_DASH_CAPS)] == ["NGADA"]
    assert list(finditer_if(DATELINES[1], DATELINE_TEXTS[4], _SITE_DASH_CAPS)) == []


def test_datelines_same_matches_on_the_articles():
    for text in article_texts():
        same_datelines(text[:3000])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["KONTAN", ".CO", ".ID", ".com", "Kompas", "JAKARTA", "Banda", "ACEH", "-", "\u2013",
                                 "\u2014", "|", ",", ".", "(ANTARA)", "15/6", "x", "\n", "\t", " ", "TUBAN", "Kota",
                                 "Baru", "'", "\u2019", "METRO", "BNI"]), max_size=30))
def test_datelines_same_matches_on_generated_text(words):
    same_datelines("".join(words))


# Related-story lines: one list (rules/lines.toml) serves numbers, places, programmes, organisations and the roles'
# context; each reads the line as another story's headline.
RELATED_TEXT = "Para petani menerima 40 unit pompa air.\n{line}\nBantuan diserahkan di Desa Sukamaju, Kupang."


@pytest.mark.parametrize("line, related", [
    ("Baca juga: PLN Sambung Listrik Gratis 500 Rumah di Sumba Timur", True),
    ("BACA JUGA: Bank NTT Salurkan Rp 2 Miliar untuk Nelayan Lembata", True),
    ("Berita Terkait: Pertamina Tanam 10.000 Mangrove di Pesisir Dumai", True),
    ("Klik juga: Program Desa Sejahtera Astra Masuk Kabupaten Kupang", True),  # the programmes' old list lacked it
    ("Baca: Anggota DPR Minta Warga Waspada Banjir", True),
    ("  baca juga  Kelompok Tani Maju Terima Bantuan Traktor", True),
    ("Bacaan Alquran dipimpin santri Pondok Pesantren Al Ikhlas Kupang.", False),
    ("Baca buku bersama digelar tiap Sabtu di perpustakaan Desa Sukamaju.", False),
    ("Warga diminta membaca juga petunjuk pemakaian pompa dari Dinas Pertanian.", False),
])
def test_related_story_lines_one_list_for_every_component(line, related):
    from extract.components.numbers import Lines, number_rules
    from extract.components.scan import related_lines, related_opening

    text = RELATED_TEXT.format(line=line)
    assert [m.group(0) for m in related_lines().finditer(text)] == ([line] if related else [])
    digit = text.find(next((w for w in line.split() if w[0].isdigit()), "Sukamaju"))
    assert Lines(text, number_rules()).skipped(digit) == (related and digit < text.rindex("\n"))
    assert bool(related_opening().match(line)) == related


@pytest.mark.parametrize("before, related", [
    ("hasil panen naik tiga kali lipat. Baca: ", True),
    ("hasil panen naik. BACA JUGA ", True),
    ("hasil panen naik, kata Kepala Desa yang dibaca juga oleh ", False),
    ("bantuan pakan ternak dari ", False),
])
def test_related_story_marker_inside_a_line(before, related):
    from extract.components.scan import related_marker

    assert bool(related_marker().search(before)) == related
