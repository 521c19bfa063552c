"""The lean tokenizer gives spaCy's Indonesian tokens where it matters, and starts fast."""
from __future__ import annotations

import re

import pytest
import spacy

from extract.components.language import make_language
from tests.conftest import CORPUS, need_shared

HYPHENATED = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)+$")

SENTENCES = [
    "Anak-anak dan ibu-ibu rumah tangga di Desa Sidomulyo menerima bantuan Rp10-20 juta.",
    "Usaha Mikro, Kecil dan Menengah (UMKM) binaan PT. SIG Tbk. di Kab. Tuban, Selasa (18/11/2025).",
    "Bantuan COVID-19 senilai Rp 44,5 juta dll. diserahkan a.n. Sdr. H. Abdul Muiz.",
    "Mitra-mitra binaan menjual umbi-umbian dan sayur-mayur ke Jakarta-Bandung.",
]


def differences(text: str, lean, full) -> list[tuple[str, list[str]]]:
    """Where the lean tokenizer differs: (lean token, spaCy's pieces of it)."""
    a, b = lean(text), full(text)
    diffs, j = [], 0
    for tok in a:
        pieces = []
        while j < len(b) and b[j].idx < tok.idx + len(tok.text):
            pieces.append(b[j].text)
            j += 1
        if pieces != [tok.text]:
            diffs.append((tok.text, pieces))
    return diffs


@pytest.fixture(scope="module")
def tokenizers():
    return make_language().tokenizer, spacy.blank("id").tokenizer


@pytest.mark.parametrize("text", SENTENCES)
def test_language_only_hyphenated_words_differ(tokenizers, text):
    for token, pieces in differences(text, *tokenizers):
        assert HYPHENATED.match(token) and "".join(pieces) == token, (token, pieces)


def test_language_keeps_unlisted_reduplication_whole(tokenizers):
    lean, _ = tokenizers
    assert [t.text for t in lean("mitra-mitra binaan")] == ["mitra-mitra", "binaan"]
    assert [t.text for t in lean("Rp10-20 juta")] == ["Rp", "10", "-", "20", "juta"]


@pytest.mark.parametrize("text,tokens", [
    ("kampoeng Tenun Silungkang-Sawahlunto", ["kampoeng", "Tenun", "Silungkang", "-", "Sawahlunto"]),
    ("Terminal Lawe-Lawe", ["Terminal", "Lawe-Lawe"]),
    ("JONGKANG-JANGKING", ["JONGKANG-JANGKING"]),
    ("senang :-)", ["senang", ":-)"]),
])
def test_language_names_joined_by_hyphen_split_reduplications_stay(tokenizers, text, tokens):
    lean, full = tokenizers
    assert [t.text for t in lean(text)] == tokens


def test_language_on_real_articles(tokenizers):
    folder = need_shared("corpus-dev", "articles")
    lean, full = tokenizers
    tokens = changed = 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        tokens += len(lean(text))
        for token, pieces in differences(text, lean, full):
            assert HYPHENATED.match(token) and "".join(pieces) == token, (path.name, token, pieces)
            changed += 1
    assert changed / tokens < 0.01  # hyphenated words spaCy does not list are rare


def test_language_corpus_articles_tokens(tokenizers):
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        for token, pieces in differences(path.read_text(encoding="utf-8"), *tokenizers):
            assert HYPHENATED.match(token), (path.name, token, pieces)


def test_language_whitespace_is_no_special_case_so_the_cache_stays_on(tokenizers):
    """spaCy caches a chunk's tokens only until a text meets its first special case; a "\\n"
    special case met that on every article's first line break. Whitespace still makes the
    same tokens without it."""
    lean, full = tokenizers
    assert not [k for k in lean.rules if not k.strip()]
    text = "Kepala Desa Kedungrejo, Sutrisno,\n\nmengatakan bantuan\tsenilai Rp 50 juta.\r\n  Tahun depan"
    assert [(t.text, t.whitespace_) for t in lean(text)] == [(t.text, t.whitespace_) for t in full(text)]
    assert "\n\n" in [t.text for t in lean(text)]



def test_language_tokenizer_cache_outlasts_spacys_default():
    """spaCy keeps 10,000 chunks, full after about 250 articles; after that nothing new is kept. warta's
    keeps TOKEN_CACHE, and a chunk read back from it gives the tokens of a tokenizer that keeps none."""
    from extract.components.language import TOKEN_CACHE

    lean = make_language().tokenizer
    assert lean.max_cache_size == TOKEN_CACHE >= 100_000
    plain = make_language().tokenizer
    plain.max_cache_size = 0
    filler = " ".join(f"kata{i}-{i}," for i in range(12_000))  # more distinct chunks than spaCy's default keeps
    text = " ".join(SENTENCES) + " (PT. Pupuk Kaltim)/Bontang, 12/3/2025: Rp1,2 miliar; CSR-nya a.n. Sdr. Budi."
    for _ in range(3):  # the first pass fills the cache, the next ones read from it
        lean(filler)
        assert [(t.text, t.idx, t.whitespace_) for t in lean(text)] == \
               [(t.text, t.idx, t.whitespace_) for t in plain(text)]
