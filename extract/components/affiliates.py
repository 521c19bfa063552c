"""Companies named as the giver's subsidiaries or affiliates, without a head word of their own.

"Pupuk Kujang berkolaborasi dengan ... sejumlah anak perusahaan seperti KIKC dan Kujang Tirta Sarana" (d128): the
classifier noun ``anak perusahaan`` (subsidiary) says that the capitalised names listed after it are companies, as a
head word would ("PT ..."). Read: after a cue of rules/organizations.toml ``[affiliates] cues``, up to two
introducers (``seperti``, ``yakni``, a comma), then one or more capitalised names joined by a comma, ``dan`` or
``serta``. A name is one to ``max_words`` capitalised words (an all-capital acronym counts), with an acronym in
parentheses after it; it stops at the first lower-case word. Names that open with a head word are left to the heads
(the caller drops overlaps).
"""
from __future__ import annotations

from typing import Sequence


class AffiliateLists:
    def __init__(self, rules: dict, heads: Sequence[str]):
        cfg = rules["affiliates"]
        self.cues = [tuple(c.lower().split()) for c in cfg["cues"]]
        self.introducers = [tuple(c.lower().split()) for c in cfg["introducers"]]
        self.joiners = set(cfg["joiners"])
        self.max_words = cfg["max_words"]
        self.heads = set(heads)
        self.first = {c[0] for c in self.cues}

    def spans(self, words: Sequence[str], lower: Sequence[str], sent_start: Sequence[bool]) -> list[tuple[int, int]]:
        """(start, end) token spans of the names listed after a subsidiary cue."""
        out: list[tuple[int, int]] = []
        n = len(words)
        for i in range(n):
            if lower[i] not in self.first:
                continue
            cue = self._match(lower, i, self.cues)
            if not cue:
                continue
            j = i + cue
            for _ in range(2):  # ", yakni", ": antara lain"
                j += self._match(lower, j, self.introducers)
            while j < n and not sent_start[j]:
                e = self._name(words, sent_start, j)
                if e == j:
                    break
                if words[j] not in self.heads:
                    out.append((j, e))
                if e + 1 < n and words[e] in self.joiners and self._cap(words[e + 1]) and not sent_start[e + 1]:
                    j = e + 1
                    continue
                break
        return out

    def _match(self, lower: Sequence[str], i: int, phrases: list[tuple[str, ...]]) -> int:
        best = 0
        for p in phrases:
            if tuple(lower[i:i + len(p)]) == p and len(p) > best:
                best = len(p)
        return best

    @staticmethod
    def _cap(w: str) -> bool:
        return w[:1].isupper() and any(c.isalpha() for c in w)

    def _name(self, words: Sequence[str], sent_start: Sequence[bool], j: int) -> int:
        n, e = len(words), j
        while e < n and e - j < self.max_words and self._cap(words[e]) and (e == j or not sent_start[e]):
            e += 1
        if e > j and e + 2 < n and words[e] == "(" and words[e + 2] == ")" and words[e + 1].isupper():
            e += 3  # "Kawasan Industri Kujang Cikampek (KIKC)"
        return e
