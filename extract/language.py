"""The tokenizer: spaCy's Indonesian, set up to start fast.

spaCy's ``id`` defaults hold 15,963 tokenizer special cases; 15,614 are hyphenated
words (reduplications such as ``anak-anak``) and loading them takes ~3 s. We keep the
other special cases and keep hyphenated words whole with one rule from
rules/tokenizer.toml. tests/test_language.py checks the tokens are unchanged on real text.
"""
from __future__ import annotations

import re

from spacy.lang.id import Indonesian
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

from rules import load_rules

_RULES = load_rules("tokenizer")


class WartaIndonesianDefaults(Indonesian.Defaults):
    tokenizer_exceptions = {k: v for k, v in TOKENIZER_EXCEPTIONS.items() if "-" not in k}
    token_match = re.compile(_RULES["keep_hyphenated_words"]).match


class WartaIndonesian(Indonesian):
    """Indonesian with a lean tokenizer set-up; ``lang`` stays ``id``."""

    lang = "id"
    Defaults = WartaIndonesianDefaults


def make_language() -> WartaIndonesian:
    return WartaIndonesian()
