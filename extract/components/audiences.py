"""Counts of people who attend or watch a ceremony, not people a programme reaches.

Whole regional stories close with the handover ceremony and its crowd: ``Penyerahan bantuan disaksikan oleh sekitar
300 warga``, ``Acara penyerahan dihadiri oleh Wakil Bupati dan sekitar dua ratus orang tua mahasiswa``, ``Sekitar
seratus warga menyaksikan penyerahan bantuan``, ``apel siaga bencana yang diikuti lebih dari 700 peserta``. The
grammar says these people attend (``dihadiri``, ``disaksikan``: the passive agent; ``menyaksikan``, ``hadir``: the
subject), and attending a ceremony is not receiving, joining or being trained by the programme (contract: counts of
people "who receive, join or are trained by the program"). Keys in rules/beneficiaries.toml:

- ``attendance_before``  passive verbs of attending whose agent is the count after them, anywhere earlier in the
  count's clause (past ``oleh``, a named guest and ``dan``): ``dihadiri``, ``disaksikan``, ``ditonton``.
- ``attendance_after``  verbs of attending whose subject is the count right before them (its group, at most three
  words, then ``yang``/``turut``/``ikut``): ``menyaksikan``, ``hadir``, ``menghadiri``, ``memadati``; not when the
  count's noun is a role of the programme (``attendance_roles``: ``Sebanyak 25 peserta hadir`` are participants).
- ``ceremony_nouns``  events that are ceremonies (``apel``, ``upacara``, ``peresmian``): ``diikuti`` after one of them
  (within four words) names the attendance; after a training (``pelatihan ... diikuti 30 orang``) it names the reach.

A word of receiving (``attendance_reach``: ``menerima``, ``penerima``, ``kepada`` ...) between the verb and the count,
in the rest of the count's clause, keeps the count: ``dihadiri 200 penerima bantuan`` and ``50 nelayan yang hadir
menerima jaring`` count recipients who attended. (The wider ``population_reach_words`` hold ``bantuan`` and
``program``, which every handover sentence holds: ``menyaksikan penyerahan bantuan``.) A reach word right after a
kin noun of the count (``attendance_kin``: ``Acara dihadiri sekitar 200 orang tua penerima dan guru``, bn5_011) names
whose parents attend, so it does not keep the count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.components.numbers import NumberRules, alternation, clause_start, word_re

_CLAUSE_END = re.compile(r"[.;:!?\n\"“”](?!\d)")


@dataclass
class AudienceCheck:
    before: re.Pattern  # a passive verb of attending earlier in the clause, its agent the count
    after: re.Pattern  # the count's group, then a verb of attending
    reach: re.Pattern  # words that mark the people reached
    roles: re.Pattern  # role nouns of a programme ("peserta"): "25 peserta hadir" are participants who showed up
    kin: re.Pattern  # "orang tua" and a reach word after the count's number: whose parents they are ("orang tua penerima")

    @classmethod
    def of(cls, rules: dict, numbers: NumberRules) -> "AudienceCheck":
        verbs = alternation(rules["attendance_before"])
        ceremony = alternation(rules["ceremony_nouns"])
        word = r"[^\S\n]+[^\W\d_][\w'’-]*"
        return cls(
            before=re.compile(rf"(?<![^\W\d_])(?:(?:{verbs})|(?:{ceremony})(?:{word}){{0,4}}?[^\S\n]+(?:yang[^\S\n]+)?diikuti)"
                              rf"(?![^\W\d_])(?P<gap>[^.;:!?\n\"“”]*?){numbers.before_count}", re.I),
            after=re.compile(rf"(?:{word}){{0,3}}?[^\S\n]+(?:yang[^\S\n]+)?(?:(?:turut|ikut)[^\S\n]+)?"
                             rf"(?:{alternation(rules['attendance_after'])})(?![^\W\d_])", re.I),
            roles=word_re(rules["attendance_roles"]),
            reach=word_re(rules["attendance_reach"]),
            kin=re.compile(rf"[\d.,]+[^\S\n]+(?:{alternation(rules['attendance_kin'])})[^\S\n]+"
                           rf"(?:{alternation(rules['attendance_reach'])})(?![^\W\d_])", re.I),
        )

    def attends(self, text: str, start: int, end: int) -> bool:
        """True when the count at ``start`` (its number and unit ending at ``end``) attends a ceremony."""
        head = text[max(0, start - 160):start]
        head = head[clause_start(head, _CLAUSE_END):]
        tail = text[end:end + 160]
        m = _CLAUSE_END.search(tail)
        tail = tail[:m.start()] if m else tail
        kin = self.kin.match(text, start)
        if kin and kin.end() > end:  # "dihadiri sekitar 200 orang tua penerima dan guru": the recipients' parents
            tail = tail[kin.end() - end:]
        if self.reach.search(text, start, end) or self.reach.search(tail):  # "dihadiri 200 penerima bantuan"
            return False
        got = self.before.search(head)
        if got and not self.reach.search(got["gap"]):
            return True  # "disaksikan oleh sekitar 300 warga", "dihadiri oleh Wakil Bupati ... dan sekitar dua ratus orang"
        # "Sekitar seratus warga menyaksikan penyerahan bantuan"; not "Sebanyak 25 peserta hadir" (a programme's role)
        return self.after.match(tail) is not None and not self.roles.search(text, start, end)
