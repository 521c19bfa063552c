"""Counts of people who stand beside a programme without being reached by it (round s29, blind batch bn4_).

Four shapes, each read from the grammar of the count's own clause; every word list is data in
rules/beneficiaries.toml:

- ``team_heads`` / ``team_links``: a team or officials named first and counted after ``sebanyak``/``berjumlah`` as
  bare persons: ``Vaksinasi dilakukan tim dokter hewan Dinas Pertanian ... sebanyak enam orang`` (bn4_008), ``Petugas
  Satpol PP sebanyak 20 orang juga diterjunkan`` (bn4_013), ``Tim dokter hewan dari dinas, sebanyak 8 orang``
  (bn2_010). The noun heading the count is the team that delivers or guards, not a group reached. A unit word or a
  word of receiving between the head and the count gives the count another noun (``tim dokter memeriksa warga
  sebanyak 300 orang`` counts the ``warga``) and keeps it.
- ``habitual_verbs`` / ``habitual_rates``: the count is the subject of an intransitive verb of a trade done as a
  habit (``berjualan``, ``berdagang``) with a frequency (``setiap hari``): ``mengatakan sekitar 400 pedagang kaki lima
  berjualan setiap hari di pusat kota`` (bn4_013), ``sekitar 350 pedagang sayur dan bumbu berjualan setiap hari di 12
  pasar tradisional`` (bn3_006): the trade of a place, as an official states it. A recipient cue before the count or a
  word of receiving in its sentence keeps it (``30 pedagang binaan kini berjualan setiap hari di ...``).
- ``contributor_verbs`` / ``contributor_links``: the source of money collected (``dana pihak ketiga dihimpun dari
  780.000 nasabah``, bn4_011; ``dana yang dikumpulkan secara sukarela oleh sekitar 1.200 pegawai``, bn4_001): they
  give, they are not given to.
- ``lending_nouns`` / ``lending_scales``: a bank's lending book, a credit or financing sum in trillions in the count's
  clause before it: ``Pembiayaan UMKM mencapai Rp 2,1 triliun yang disalurkan kepada 21.500 nasabah pembiayaan``
  (bn4_011, a RUPS), ``Penyaluran kredit UMKM mencapai Rp 1,3 triliun kepada 18.400 debitur`` (bn3_011, a RUPS). A
  programme's own sums are millions and billions; a trillion-rupiah portfolio is the bank's business, and its
  borrowers are its customers, not a programme's reach (``pinjaman Rp 2 miliar kepada 40 mitra binaan`` stays).
- ``supply_partner_verbs`` / ``business_profile`` (round s32, bn7_001, bn7_002, sc3_011): a partnership verb right
  before the count in a sentence that states the company's hectares, core estate, concession or workforce: ``Perusahaan
  mempekerjakan lebih dari 8.000 karyawan dan bermitra dengan sekitar 2.300 petani plasma``. The sentence describes the
  company, and the partners counted in it are its plasma supply base.
- ``buyer_verbs`` (round s33, bn8_004, bn8_008, pg5_012): the goal or agent of a verb of sale or supply right before
  the count: ``Batik hasil pelatihan nantinya dipasok ke tiga usaha suvenir``, ``Produk olahan nantinya diserap dua
  usaha katering``: they buy the product, they are its market.
- ``prize_nouns`` / ``prize_links`` / ``prize_contests`` (round s34, bn9_008, bn9_009): a prize given to the count or
  received by it, in a sentence that names a contest: ``menyerahkan hadiah kepada 12 pemenang lomba takbir keliling``,
  ``Sebanyak 10 warganya menerima penghargaan dari bupati dalam lomba tersebut``. A prize rewards a contest's result;
  its receivers are winners, not the people a programme reaches (winners of a programme's own contest are optional at
  most: c015 ``3 UMKM`` terbaik, pg5_011 ``150 siswa``). Without a contest word ``hadiah`` is a gift (``50 anak menerima
  hadiah berupa tas sekolah`` stays).
- ``population_heads`` + ``workforce_nouns``: ``Jumlah karyawan kami kini 1.140 orang`` (bn4_011) heads its clause
  with the size of a workforce, as ``jumlah nelayan di ...`` heads a population; a word of receiving keeps it
  (``Jumlah karyawan yang dilatih mencapai 40 orang``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.components.numbers import NumberRules, alternation, clause_start, word_re

_CLAUSE_END = re.compile(r"[.;:!?\n\"“”](?!\d)")
_SENTENCE_END = re.compile(r"[.;!?\n](?!\d)")


@dataclass
class BystanderCheck:
    team: re.Pattern  # "tim dokter hewan ... sebanyak" ending right before the number
    habitual: re.Pattern  # the count's group, then a verb of a habitual trade with a frequency
    contributors: re.Pattern  # "dihimpun dari (sekitar)" ending right before the number
    buyers: re.Pattern  # "dipasok ke (sekitar)", "diserap" ending right before the number
    workforce_size: re.Pattern  # "Jumlah karyawan kami kini" ending right before the number
    lending: re.Pattern  # a lending noun in the clause before the count
    lending_scale: re.Pattern  # a trillion-rupiah sum in the clause before the count
    supply_partners: re.Pattern  # "bermitra dengan (sekitar)" ending right before the number
    profile: re.Pattern  # the company's estate or workforce in the count's sentence ("hektare", "mempekerjakan")
    units: re.Pattern  # unit words: another noun for the count between a team head and the count
    prize_before: re.Pattern  # "hadiah kepada (sekitar)" ending right before the number
    prize_after: re.Pattern  # after the count's noun: a verb of receiving, then a prize ("menerima penghargaan")
    contest: re.Pattern  # a contest word ("lomba") anywhere in the count's sentence
    reach: re.Pattern  # words of receiving: the count is reached after all

    @classmethod
    def of(cls, rules: dict, numbers: NumberRules, units: re.Pattern) -> "BystanderCheck":
        before_count = numbers.before_count
        word = r"[^\S\n]+[^\W\d_][\w'’-]*"
        verbs = alternation(rules["habitual_verbs"])
        rates = alternation(rules["habitual_rates"])
        return cls(
            team=re.compile(rf"(?<![^\W\d_])(?P<head>{alternation(rules['team_heads'])})(?![^\W\d_])"
                            rf"(?P<gap>[^.;:!?\n\"“”\d]{{0,80}}?),?[^\S\n]+(?:{alternation(rules['team_links'])}){before_count}",
                            re.I),
            habitual=re.compile(rf"(?:{word}){{0,4}}?(?:[^\S\n]+yang)?(?:[^\S\n]+(?:kini|masih|biasa|biasanya|rutin))?"
                                rf"(?:[^\S\n]+(?P<pre>{rates}))?[^\S\n]+(?P<verb>{verbs})(?![^\W\d_])"
                                rf"(?P<rate>(?:{word}){{0,2}}?[^\S\n]+(?:{rates})(?![^\W\d_]))?", re.I),
            contributors=re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['contributor_verbs'])})(?:{word}){{0,2}}?"
                                    rf"[^\S\n]+(?:{alternation(rules['contributor_links'])}){before_count}", re.I),
            buyers=word_re(rules["buyer_verbs"], before_count),
            workforce_size=re.compile(rf"^[\s\"“”(]*(?:{alternation(rules['population_heads'])})[^\S\n]+"
                                      rf"(?:{alternation(rules['workforce_nouns'])})(?:nya)?(?![^\W\d_])"
                                      rf"[^\d.;:!?\n\"“”]{{0,40}}$", re.I),
            lending=word_re(rules["lending_nouns"]),
            lending_scale=re.compile(rf"\d[^\S\n]*(?:{alternation(rules['lending_scales'])})(?![^\W\d_])", re.I),
            supply_partners=word_re(rules["supply_partner_verbs"], before_count),
            profile=word_re(rules["business_profile"]),
            units=units,
            prize_before=re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['prize_nouns'])})(?:{word}){{0,3}}?"
                                    rf"[^\S\n]+(?:{alternation(rules['prize_links'])}){before_count}", re.I),
            prize_after=re.compile(rf"(?:{word}){{0,3}}?[^\S\n]+(?:{alternation(rules['recipient_verbs'])})"
                                   rf"[^\S\n]+(?:{alternation(rules['prize_nouns'])})(?![^\W\d_])", re.I),
            contest=word_re(rules["prize_contests"]),
            reach=word_re(rules["attendance_reach"] + rules["population_reach_words"]),
        )

    def lending_book_before(self, text: str, clause_at: int) -> bool:
        """A lending noun and a trillion-rupiah sum in the sentence before the count's clause (round s31, jbn_013,
        bn6_009): "... penyaluran kredit tumbuh menjadi Rp14,6 triliun. Kredit UMKM menyumbang 31 persen, disalurkan
        kepada sekitar 18.500 debitur": the bank's lending book, told over two sentences."""
        before = text[max(0, clause_at - 400):clause_at].rstrip()
        before = before[:-1] if before and before[-1] in ".;!?" else before
        prev = before[clause_start(before, _SENTENCE_END):]
        return bool(self.lending_scale.search(prev)) and bool(self.lending.search(prev))

    def stands_by(self, text: str, start: int, end: int, persons_only: bool, cued: bool) -> bool:
        """True when the count at ``start`` (its number and noun ending at ``end``) counts bystanders of the programme.
        ``persons_only``: the count has no noun of its own (``enam orang``); ``cued``: a recipient cue stands before it."""
        head = text[max(0, start - 200):start]
        head = head[clause_start(head, _CLAUSE_END):]
        if self.contributors.search(head[-80:]):  # "dihimpun dari 780.000 nasabah": they give
            return True
        if self.buyers.search(head[-60:]):  # "dipasok ke tiga usaha suvenir": they buy (round s33, bn8_004, bn8_008)
            return True
        if self.supply_partners.search(head[-60:]) and self.profile.search(head):
            return True  # "mempekerjakan ... karyawan dan bermitra dengan sekitar 2.300 petani plasma": the company's profile
        if self.lending_scale.search(head) and self.lending.search(head):  # "kredit ... Rp 1,3 triliun kepada 18.400"
            return True
        if self.lending.search(head) and self.lending_book_before(text, start - len(head)):
            return True  # "Penyaluran kredit ... Rp 11,4 triliun. ... menyalurkan KUR kepada 6.850 debitur"
        tail = text[end:end + 200]
        stop = _SENTENCE_END.search(tail)
        tail = tail[:stop.start()] if stop else tail
        if (self.prize_before.search(head[-80:]) or self.prize_after.match(text, end)) and (
                self.contest.search(head) or self.contest.search(tail)):
            return True  # "menyerahkan hadiah kepada 12 pemenang lomba ...": a contest's winners (round s34)
        if self.workforce_size.search(head) and not self.reach.search(head) and not self.reach.search(tail):
            return True  # "Jumlah karyawan kami kini 1.140 orang"
        if persons_only:
            team = self.team.search(head)
            if team and not self.units.search(team["gap"]) and not self.reach.search(team["gap"]):
                return True  # "tim dokter hewan ... sebanyak enam orang"
        if cued:
            return False
        got = self.habitual.match(text, end)
        if got is None or not (got["rate"] or got["pre"]):  # "berjualan setiap hari", "setiap hari berjualan"
            return False
        return not self.reach.search(text, start, end + len(tail))  # "30 pedagang binaan ... berjualan": reached

