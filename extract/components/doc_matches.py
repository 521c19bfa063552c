"""A PhraseMatcher run once over a whole Doc, then read slice by slice.

Running a PhraseMatcher on ``doc[a:b]`` costs a Span and a call each time; the organisations step
asked its head, unit, level and gazetteer matchers about thousands of small slices per corpus.
``DocMatches(matcher(doc), len(doc)).within(a, b)`` gives what ``matcher(doc[a:b])`` gives, in the same order,
from one run over the Doc: a PhraseMatcher finds every phrase starting at every token, start by
start (a phrase of the slice is one of the Doc that starts and ends inside the slice), and a Span's
matches come in the Doc's offsets.
"""
from __future__ import annotations


class DocMatches:
    __slots__ = ("by_start", "n")

    def __init__(self, matches: list[tuple[int, int, int]], n: int):
        """``matches``: ``matcher(doc)``; ``n``: ``len(doc)``."""
        self.n = n
        self.by_start: dict[int, list[tuple[int, int]]] = {}
        for match_id, s, e in matches:
            self.by_start.setdefault(s, []).append((match_id, e))

    def within(self, a: int, b: int) -> list[tuple[int, int, int]]:
        """``matcher(doc[a:b])`` for 0 <= a (b past the end reads as the end)."""
        b = min(b, self.n)
        out = []
        get = self.by_start.get
        for s in range(a, b):
            for match_id, e in get(s, ()):
                if e <= b:
                    out.append((match_id, s, e))
        return out

    def starting(self, s: int, b: int) -> list[tuple[int, int]]:
        """(match_id, end) of the matches of ``matcher(doc[s:b])`` that start at token s, in order."""
        b = min(b, self.n)
        return [(m, e) for m, e in self.by_start.get(s, ()) if e <= b]
