"""Counts of people that tell a group's history or name other groups, not whom a programme reaches.

Two kinds of count look like beneficiary counts and are not (rules/beneficiaries.toml, keys ``founding_*`` and
``other_*``):

- **A group's founding members.** Stories of a partner group tell how it began: ``kelompoknya dibentuk pada 2016 oleh
  delapan peternak``, ``awalnya dibentuk oleh tujuh orang pada 2021``, ``berdiri pada 2009 dengan 87 anggota
  pendiri``, ``berdiri sejak 2019 dengan 22 anggota awal``. The count is the agent of a verb of founding
  (``founding_verbs``, past at most three words such as ``pada 2016`` and then ``oleh``/``dengan``) or is named as the
  founders by the word after its noun (``founding_after``: ``pendiri``, ``awal``, ``perintis``). Founding a group
  happened before the programme; the people are not the ones it reaches (bn3_005, bn3_012, bn3_013, bn2_003).
- **Other groups and their members.** ``dua koperasi lain di Kecamatan Enam Lingkung sedang dinilai dan bisa
  menyusul tahun depan``, ``Dua Koperasi Lain Menyusul``, ``masih ada sekitar 1.200 keluarga lain yang belum
  tercatat``: ``lain`` (other) right after a counted noun sets those counted against the ones reached. A word of
  reaching in the clause keeps the count (``20 petani lain juga mengikuti pelatihan``: more participants) unless a
  word of a plan stands there too (``other_future``: ``dua koperasi lain ... dijadwalkan mengikuti pelatihan serupa
  awal tahun depan``: they will be reached, they have not been). A count in
  a clause that opens by pointing back at such a set (``Kedua koperasi itu beranggotakan 140 orang``, ``Kedua
  koperasi itu memiliki sekitar 300 anggota``) is their membership, not the reach (bn3_001, bn2_003; bn3_012, num_010).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.components.numbers import NumberRules, alternation, clause_start, clause_stop, word_re

_CLAUSE_END = re.compile(r"[.;:!?\n\"“”](?!\d)")


@dataclass
class HistoryCheck:
    founding: re.Pattern  # a founding verb (its agent the count), ending right before the number
    founders_after: re.Pattern  # "pendiri", "awal" right after the count's noun
    other_after: re.Pattern  # "lain", "lainnya" right after the count's noun
    waits: re.Pattern  # a verb of waiting, then a later round ("masih menunggu giliran pada tahap berikutnya")
    reach: re.Pattern  # words that mark the people reached, anywhere in the clause
    future: re.Pattern  # words of a plan: the other set will be reached, it has not been
    pointer: re.Pattern  # "Kedua koperasi itu" opening the clause; group 1 the noun
    other_set: str  # "<count> <noun> lain" with the noun to fill in

    @classmethod
    def of(cls, rules: dict, numbers: NumberRules) -> "HistoryCheck":
        word = r"[^\S\n]+[^\W\d_][\w-]*"
        return cls(
            founding=re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['founding_verbs'])})(?:{word}|[^\S\n]+\d{{4}}){{0,3}}?"
                                rf"[^\S\n]+(?:{alternation(rules['founding_links'])}){numbers.before_count}", re.I),
            founders_after=re.compile(rf"[^\S\n]+(?:{alternation(rules['founding_after'])})(?![^\W\d_])", re.I),
            # "lain" may follow the noun's own modifiers, no function word between ("Lima kelompok nelayan lain",
            # "tujuh kelompok tani kopi lain": round s33, bn8_005, pl6_002; not "petani dari desa lain")
            other_after=re.compile(rf"(?:[^\S\n]+(?!(?:{alternation(rules['stop'])})(?![^\W\d_]))[^\W\d_][\w-]*){{0,3}}?"
                                   rf"[^\S\n]+(?:{alternation(rules['other_after'])})(?![^\W\d_])", re.I),
            waits=re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['waiting_verbs'])})(?![^\W\d_])"
                               rf"[^.;:!?\n\"“”]{{0,60}}?(?<![^\W\d_])(?:{alternation(rules['waiting_rounds'])})(?![^\W\d_])",
                               re.I),
            reach=word_re(rules["population_reach_words"]),
            future=word_re(rules["other_future"]),
            pointer=re.compile(rf"[\s\"“”]*(?:{alternation(rules['other_pointers'])})[^\S\n]+([^\W\d_][\w-]*)[^\S\n]+"
                               rf"(?:{alternation(rules['other_pointer_close'])})(?![^\W\d_])", re.I),
            other_set=rf"(?<![^\W\d_])[\w.]+[^\S\n]+{{noun}}[^\S\n]+(?:{alternation(rules['other_after'])})(?![^\W\d_])",
        )

    def founders(self, text: str, start: int, noun_end: int) -> bool:
        """True when the count at ``start`` (its noun ending at ``noun_end``) names a group's founding members."""
        if self.founding.search(text[max(0, start - 60):start]):
            return True
        return self.founders_after.match(text, noun_end) is not None

    def waiting(self, text: str, noun_end: int) -> bool:
        """True when the count's clause, after its noun, says it waits for a later round ("Lima kelompok nelayan lain ...
        masih menunggu giliran pada tahap berikutnya", "... masih antre untuk angkatan kedua"; rules ``waiting_*``):
        not reached in this one."""
        hi = min(len(text), noun_end + 200)
        return self.waits.search(text, noun_end, noun_end + clause_stop(text[noun_end:hi], _CLAUSE_END)) is not None

    def others(self, text: str, start: int, noun_end: int) -> bool:
        """True when the count is of groups set against the ones reached ("dua koperasi lain"), or counts the members
        of such a set pointed back at ("Kedua koperasi itu beranggotakan 140 orang")."""
        lo, hi = max(0, start - 160), min(len(text), noun_end + 160)
        c_start = lo + clause_start(text[lo:start], _CLAUSE_END)
        c_end = noun_end + clause_stop(text[noun_end:hi], _CLAUSE_END)
        if self.other_after.match(text, noun_end):
            return self.reach.search(text, c_start, c_end) is None or self.future.search(text, c_start, c_end) is not None
        opener = self.pointer.match(text, c_start, start)
        if opener is None:
            return False
        earlier = re.compile(self.other_set.format(noun=re.escape(opener.group(1))), re.I)
        return earlier.search(text, max(0, c_start - 400), c_start) is not None
