"""Guards that keep the tokenizer linear on hostile text (see docs/bad-input.md, bench/redos.py).

spaCy's tokenizer strips one prefix and one suffix at a time from each space-free chunk,
calling ``prefix_search`` and ``suffix_search`` on what is left each time. Both are
``re.search``, which tries every position of the chunk, so a run of punctuation such as
8,000 colons or brackets took 15 s and 100 KB would take hours (30 KB of ``/:/:`` in
300-character chunks: 21 s, guarded 0.8 s); the URL expression
(``url_match``) is itself quadratic on strings like ``:::`` and ``/:/:``. The guards
give the same tokens on ordinary text (checked on the development set) and linear time:

- prefixes: ``match`` instead of ``search`` (spaCy's prefix expressions all start with ``^``);
- suffixes: searched in the last ``SUFFIX_WINDOW`` characters only (suffixes are short);
- URLs: a lookahead refuses chunks longer than ``URL_MAX`` characters before the rest runs;
- a space-free chunk of ``LONG_CHUNK`` characters or more is one token (``token_match``),
  as no word is that long: even with the guards above, spaCy hashes and copies what is
  left of a chunk after each affix, which is quadratic in the chunk's length.
"""
from __future__ import annotations

import re
import types

from spacy.language import Language
from spacy.tokenizer import Tokenizer

SUFFIX_WINDOW = 16  # characters; the longest suffix spaCy finds on the development set is 4
URL_MAX = 500  # characters; longer space-free chunks are not taken for URLs
LONG_CHUNK = 300  # characters; a space-free chunk this long is one token, not split further


class TailSearch:
    """``pattern.search`` over the last ``window`` characters of the string.

    ``__self__`` is the pattern, as for a bound ``pattern.search``, so spaCy's tokenizer
    serialisation (which reads ``suffix_search.__self__.pattern``) keeps working."""

    def __init__(self, pattern: re.Pattern, window: int = SUFFIX_WINDOW):
        self.__self__, self.window = pattern, window

    def __call__(self, string: str):
        return self.__self__.search(string, max(len(string) - self.window, 0))

    def __reduce__(self):
        return (TailSearch, (self.__self__, self.window))


def split_flags(pattern: re.Pattern) -> tuple[str, str]:
    """(the pattern's leading global flags such as ``(?i)``, the rest): flags must stay first."""
    flags = re.match(r"(?:\(\?[aiLmsux]+\))*", pattern.pattern).group(0)
    return flags, pattern.pattern[len(flags):]


def bounded(pattern: re.Pattern, longest: int) -> re.Pattern:
    """``pattern`` refusing, in time bounded by ``longest``, any string longer than ``longest``."""
    flags, body = split_flags(pattern)
    return re.compile(flags + r"(?=[\s\S]{0,%d}\Z)" % longest + body, pattern.flags)


def harden_tokenizer(nlp: Language) -> Language:
    """Replace ``nlp.tokenizer`` by one with the guarded expressions and the same special cases.

    A new Tokenizer is built rather than its properties set one by one: after three such
    sets spaCy's tokenizer ran 20 to 50 times slower on the same text."""
    tok = nlp.tokenizer

    def pattern(fn) -> re.Pattern | None:
        """The pattern of a bound ``pattern.search``/``.match``; None for anything else (a callable
        of our own, such as extract.components.language.KeepWhole, keeps its own guard)."""
        bound = isinstance(fn, types.BuiltinMethodType) or isinstance(fn, TailSearch)
        return fn.__self__ if bound and isinstance(getattr(fn, "__self__", None), re.Pattern) else None

    prefix, suffix, url, token = (pattern(f) for f in (tok.prefix_search, tok.suffix_search, tok.url_match,
                                                       tok.token_match))
    if token is not None:
        token_match = or_long(token, LONG_CHUNK).match
    elif tok.token_match is None:
        token_match = re.compile(r"[\s\S]{%d}" % LONG_CHUNK).match
    else:
        token_match = tok.token_match  # a callable of our own (KeepWhole) keeps long chunks whole itself
    nlp.tokenizer = Tokenizer(
        nlp.vocab, rules=tok.rules,
        prefix_search=prefix.match if prefix else tok.prefix_search,
        suffix_search=TailSearch(suffix) if suffix else tok.suffix_search,
        infix_finditer=tok.infix_finditer,
        token_match=token_match,
        url_match=bounded(url, URL_MAX).match if url else tok.url_match,
        faster_heuristics=tok.faster_heuristics,
    )
    return nlp


def or_long(pattern: re.Pattern, longest: int) -> re.Pattern:
    """``pattern``, or any string of at least ``longest`` characters."""
    flags, body = split_flags(pattern)
    return re.compile(flags + r"(?:[\s\S]{%d}|" % longest + body + ")", pattern.flags)
