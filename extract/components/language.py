"""The tokenizer: spaCy's Indonesian, set up to start fast.

spaCy's ``id`` defaults hold 15,963 tokenizer special cases; 15,614 are hyphenated
words (reduplications such as ``anak-anak``) and loading them takes ~3 s. We keep the
other special cases but the whitespace ones (``kept_exception``) and keep reduplications
and lower-case compounds whole with one rule (``keep_whole``, its pattern in
rules/tokenizer.toml). tests/test_language.py checks the tokens are unchanged on real text.
"""
from __future__ import annotations

import re

from spacy.lang.id import Indonesian
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

from extract.components.guards import LONG_CHUNK, harden_tokenizer
from rules import load_rules

_RULES = load_rules("tokenizer")
# Space-free chunks spaCy's tokenizer keeps tokenized (its default, 10,000, is full after about 250
# news articles, and from then on every chunk it had not kept is split again, in every article:
# 0.9 ms an article instead of 0.1 on text it has seen, 0.80 against 0.63 on unseen articles after
# 350 others). 100,000 chunks (a few MB) is tens of thousands of articles' vocabulary.
TOKEN_CACHE = 100_000


_HYPHENATED = re.compile(_RULES["keep_hyphenated_words"])
_STEM = _RULES["reduplication_stem"]
# spaCy's listed hyphenated words, as a plain set: looking a word up costs nothing at start-up,
# unlike 15,614 tokenizer special cases.
_LISTED = frozenset(k.lower() for k in TOKENIZER_EXCEPTIONS if _HYPHENATED.match(k))


def keep_whole(text: str) -> bool:
    """A hyphenated word that stays one token: one spaCy lists, a lower-case compound or
    reduplication (``sayur-mayur``, ``kerja-sama``), or a reduplication of any case (``anak-anak``,
    ``Lawe-Lawe``, ``umbi-umbian``, ``Mengarang-Ngarang``). Names joined by a hyphen
    (``Silungkang-Sawahlunto``, ``Jakarta-Bandung``) are split, as spaCy does.

    >>> [keep_whole(w) for w in ("Anak-anak", "Lego-Lego", "Silungkang-Sawahlunto", "kerja-sama", "10-20")]
    [True, True, False, True, False]
    """
    if len(text) >= LONG_CHUNK:
        return True  # no word is that long: one token, so hostile text stays linear (extract/components/guards.py)
    if not _HYPHENATED.match(text):
        return False
    if text.islower() or text.lower() in _LISTED:
        return True
    first, last = text.split("-", 1)[0].lower(), text.rsplit("-", 1)[1].lower()
    n = min(_STEM, len(first), len(last))
    return first[:n] == last[:n] or first[-n:] == last[-n:]


class KeepWhole:
    """``keep_whole`` as spaCy's ``token_match``. ``__self__`` is the hyphenated-word pattern,
    as for a bound ``pattern.match``, so spaCy can serialise the tokenizer (it writes
    ``token_match.__self__.pattern``; a tokenizer read back keeps every hyphenated word whole)."""

    __self__ = _HYPHENATED

    def __call__(self, text: str) -> bool:
        return keep_whole(text)

    def __reduce__(self):
        return (KeepWhole, ())


def kept_exception(key: str) -> bool:
    """A special case the lean tokenizer keeps: not a hyphenated word (``keep_whole`` handles
    those) and not bare whitespace. A whitespace run is its own token anyway, but spaCy stops
    caching a text's chunks after the first special case it meets (a per-Doc flag, see spaCy
    issue #1250), so the ``"\n"`` case switched the cache off after every article's first line
    and tokenizing took 10 to 20 times longer on repeated words."""
    return bool(key.strip()) and not _HYPHENATED.match(key)


class WartaIndonesianDefaults(Indonesian.Defaults):
    tokenizer_exceptions = {k: v for k, v in TOKENIZER_EXCEPTIONS.items() if kept_exception(k)}
    token_match = KeepWhole()


class WartaIndonesian(Indonesian):
    """Indonesian with a lean tokenizer set-up; ``lang`` stays ``id``."""

    lang = "id"
    Defaults = WartaIndonesianDefaults


def make_language() -> WartaIndonesian:
    """The language with its tokenizer guarded against super-linear inputs (extract/components/guards.py)
    and a tokenizer cache of ``TOKEN_CACHE`` chunks."""
    nlp = harden_tokenizer(WartaIndonesian())
    nlp.tokenizer.max_cache_size = TOKEN_CACHE
    return nlp
