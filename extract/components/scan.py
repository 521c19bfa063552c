"""``pattern.finditer(text)`` for patterns that ``re`` can only try at every character, run where a match can be.

Python's ``re`` skips ahead only to a literal prefix: a pattern that opens with a look-behind and an alternation
of words (``(?<![\\w])(?i:program|gerakan|...)``), or with a capitalised word of any spelling, is tried at every
character of the article (about 0.05 ms an article each; the programmes step had eight). Two ways to the same
matches, match for match:

- ``LeadWords``: the pattern opens with a look-behind that refuses a word character before the match and then one
  of ``words``; every match starts where one of the words stands after no word character, so ``str.find`` gives
  the places and ``numbers.finditer_at`` tries the pattern only there. With ``ignore_case`` the words are found in
  the text's lower case, which stands for ``re``'s case-insensitive match of ASCII words wherever the text has
  none of the four characters ``re`` also folds onto an ASCII letter (``İ ı ſ K``) and lower case keeps every
  offset; elsewhere the pattern runs as it is.
- ``finditer_lines``: the pattern never matches a line break and every match holds one of a few literal words;
  it runs over the lines that hold one (``finditer(text, line_start, line_end)``: its look-behinds still see the
  text before the line, and no match crosses a line's end).

tests/test_scan.py checks both against ``finditer`` on written phrases, the articles of corpus/ and corpus-dev and
Hypothesis texts.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from extract.components.literals import _word_char
from extract.components.numbers import finditer_at

_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K: re's case-insensitive match takes them for i, s, k


class LeadWords:
    """``pattern`` opens with ``(?<![\\w])`` (or a stricter look-behind) and then one of ``words``."""

    def __init__(self, pattern: re.Pattern, words: Iterable[str], ignore_case: bool = False,
                 refused: Callable[[str], bool] = _word_char):
        """``refused``: a character the look-behind refuses before a word, or fewer (``str.isalpha`` for
        ``word_re``'s ``(?<![^\\W\\d_])``, which lets a digit stand before the word): a word after a refused character
        is not tried; the pattern's own look-behind decides at every other place."""
        self.pattern = pattern
        self.ignore_case = ignore_case
        self.refused = refused
        words = sorted(set(words))
        self.exact = all(w and (w.isascii() or not ignore_case) for w in words)  # else (an empty word too): the pattern
        self.words = [w.lower() for w in words] if ignore_case else words

    def finditer(self, text: str) -> Iterator[re.Match]:
        if not self.exact:
            return self.pattern.finditer(text)
        hay = text
        if self.ignore_case:
            hay = text.lower()
            if len(hay) != len(text) or _FOLDS.search(text):
                return self.pattern.finditer(text)
        starts = set()
        for w in self.words:
            p = hay.find(w)
            while p >= 0:
                if not p or not self.refused(text[p - 1]):
                    starts.add(p)
                p = hay.find(w, p + 1)
        return finditer_at(self.pattern, sorted(starts), text)

    def search(self, text: str) -> re.Match | None:
        """``pattern.search(text)``."""
        return next(iter(self.finditer(text)), None)


def _openings(words: Iterable[str]) -> str:
    """Words as one alternation, longest first, each ending at a word's end ("Bacaan" opens nothing)."""
    return "(?:%s)(?!\\w)" % "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def related_openings() -> str:
    """The openings of a related-story line (rules/lines.toml ``related_story``) as one alternation, compiled
    case-insensitive by the patterns below."""
    from rules import load_rules

    return _openings(load_rules("lines")["related_story"])


def related_lines(words: Iterable[str] | None = None) -> re.Pattern:
    """A line opened by a related-story opening ("Baca juga: PLN Sambung Listrik Gratis ..."), matched whole, in any
    case: a related story's headline, whose words are no evidence for this article (numbers, places, programmes,
    organisations, the roles' context). ``words`` replaces the openings of rules/lines.toml (sectors: its own
    switch)."""
    return _related_lines() if words is None else _line_pattern(_openings(words))


@lru_cache(maxsize=1)
def _related_lines() -> re.Pattern:
    return _line_pattern(related_openings())


def _line_pattern(openings: str) -> re.Pattern:
    return re.compile(rf"^[^\S\n]*{openings}[^\n]*", re.M | re.I)


@lru_cache(maxsize=1)
def related_marker() -> re.Pattern:
    """A related-story opening anywhere in a line ("... pakan. Baca: Anggota DPR Minta Warga ..."), in any case."""
    return re.compile(rf"(?<!\w){related_openings()}", re.I)


@lru_cache(maxsize=1)
def related_opening() -> re.Pattern:
    """The opening alone at a line's start, its colon and spaces included ("Baca juga: "): what precedes the
    related story's headline."""
    return re.compile(rf"^[^\S\n]*{related_openings()}[^\S\n]*:?[^\S\n]*", re.M | re.I)


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def title_case_line(text: str, at: int) -> bool:
    """Is the line around offset at written in title case (a headline, a "Baca juga" link): four words of
    four letters or more, at least four in five of them capitalised?"""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = related_opening().sub("", text[start:end if end >= 0 else len(text)])  # "Baca juga:" is no part of the title
    words = _LONG_WORD.findall(line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def finditer_lines(pattern: re.Pattern, text: str, words: Iterable[str] = (),
                   anchor: re.Pattern | None = None) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` where no match holds a line break and every match holds one of ``words`` (as
    written; none empty) or a match of ``anchor`` (that no other match of it overlaps): run over the lines
    that hold one of them."""
    at = []
    for w in words:
        p = text.find(w)
        while p >= 0:
            at.append(p)
            p = text.find(w, p + 1)
    if anchor is not None:
        at += [m.start() for m in anchor.finditer(text)]
    lines = {}
    for p in at:
        start = text.rfind("\n", 0, p) + 1
        if start not in lines:
            end = text.find("\n", p)
            lines[start] = len(text) if end < 0 else end
    for start in sorted(lines):
        yield from pattern.finditer(text, start, lines[start])


def line_starts(text: str) -> list[int]:
    """0 and every position after a ``\\n``: where ``^`` holds under ``re.M``."""
    out = [0]
    p = text.find("\n")
    while p >= 0:
        out.append(p + 1)
        p = text.find("\n", p + 1)
    return out


def finditer_line_starts(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that opens with ``^`` under ``re.M`` (and matches nothing empty):
    tried at the line starts only, not at every character."""
    return finditer_at(pattern, line_starts(text), text)


def finditer_after(pattern: re.Pattern, text: str, chars: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that opens with a look-behind of one of ``chars`` (every match starts
    right after one of them) and matches nothing empty: tried only there, not at every character."""
    starts = set()
    for c in chars:
        p = text.find(c)
        while p >= 0:
            starts.add(p + 1)
            p = text.find(c, p + 1)
    return finditer_at(pattern, sorted(starts), text)


def finditer_if(pattern: re.Pattern, text: str, needed: re.Pattern) -> Iterator[re.Match] | list:
    """``pattern.finditer(text)`` where every match of ``pattern`` holds a match of ``needed``, a pattern with a
    literal prefix that ``re`` skips to: nothing at all where ``needed`` is not found."""
    return pattern.finditer(text) if needed.search(text) else []
