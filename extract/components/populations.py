"""Counts of people that describe who someone is or how big a population is, not whom a programme reaches.

Three kinds of count look like beneficiary counts and are not (rules/beneficiaries.toml, keys ``family_*``,
``population_*`` and ``statistics*``):

- **Family size in a personal description.** Stories told through one beneficiary describe her with her family:
  ``Ibu tiga anak itu ...``, ``Bapak empat anak itu ...``, ``Mama empat anak itu ...``, ``kata bapak lima anak itu``,
  ``keluarga dengan lima anggota``. A kinship noun right before ``N anak`` makes the count a possessive description
  ("mother of three children"); the children are hers, not the programme's.
- **A population statistic**, mostly an official's, set next to the programme's own count: the existential
  ``ada`` / ``terdapat`` / ``memiliki`` (``di Kabupaten Bekasi terdapat sekitar 9.300 penyandang disabilitas``, ``NTT
  memiliki sekitar 78.000 guru``) or the head ``jumlah`` (``jumlah nelayan di Cilegon saat ini sekitar 1.100 orang``)
  with a population noun states how many exist, while programmes state reach with verbs of giving, training or
  joining. So the count is a population when its noun is a population noun (``population_nouns``; role nouns such
  as ``peserta``, ``penerima``, ``anggota`` are not) and its clause holds no word that marks the people reached
  (``population_reach_words``: ``yang menerima``, ``binaan``, ``mengikuti`` ...). A count joined by ``dengan``/``dan``
  to such a statistic (``terdapat 380 sekolah dasar dengan sekitar 41.000 siswa``) is one too.
- **A cited statistic** (``cited``, keys ``statistics``, ``statistics_after``, ``statistics_window``): a word that
  names a statistic or its source in the count's sentence (``penduduk``, ``populasi``, ``berdasarkan data``, ``data
  BPS``, ``sensus``), whatever the noun and whatever reach words stand there. It is a different signal from the
  grammatical test above, not the same one twice: docs/beneficiaries.md, "Two population tests".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.components.numbers import NumberRules, read_number, alternation, clause_start, clause_stop, norm, words_before, word_re
from rules import load_rules

# the grammatical test's clause also ends at a quotation mark: an official's statement stands in quotes
# a group placed by "di" and closed by a comma ("petani di desa ini, "): what a partitive or a smaller count follows
_PLACED_GROUP = r"[^,.;:\n]{0,60}?(?<![^\W\d_])di[^\S\n]+[^,.;:\n]{1,40},[^\S\n]*"
# the same group closed by a comma, placed or not: what a vague share follows ("Dari 412 siswa, baru sebagian kecil
# ...", jbn_011). A share with no number presupposes the whole as a set already there, so the whole is a population
# (its noun a population noun, no reach word in the clause); a smaller count after an unplaced group stays a
# programme's partitive ("Dari 300 peserta, 120 lulus"), so partitive_count keeps _PLACED_GROUP
_CLOSED_GROUP = r"[^,.;:\n]{0,60}?(?:(?<![^\W\d_])di[^\S\n]+[^,.;:\n]{1,40})?,[^\S\n]*"
_CLAUSE_END = re.compile(r"[.;:!?\n\"“”](?!\d)")
_SENTENCE_END = re.compile(r"[.;!?\n](?!\d)")
_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*(?![\w])")  # a run of digits, whole


@dataclass
class PopulationCheck:
    """Decides whether a count describes a family or a population (see the module docstring)."""

    family_heads: re.Pattern  # kinship nouns ending right before the number
    family_support: re.Pattern  # a possessed kinship noun, then in its sentence a verb of supporting right before the number
    family_units: set[str]  # the counted family members ("anak", "cucu", "anggota")
    existential: set[str]  # the word right before the number (past an approximation word)
    jumlah: re.Pattern  # "jumlah <population noun>" earlier in the clause
    nouns: set[str]  # population nouns, lower-case
    reach: re.Pattern  # words that mark the people reached, anywhere in the clause
    joins: re.Pattern  # "dengan", "dan" between a statistic count and the next count
    partitive: re.Pattern  # "<group> di <place>, mayoritas ...": what share of a population does something
    partitive_count: re.Pattern  # "<group> di <place>, kini 430 KK ...": a smaller count of that population follows
    numbers: NumberRules
    units: set[str]  # the unit words of the finder, so that "anak asuh" is not read as "anak"
    approx_words: set[str]  # the words of the approximation cues ("sekitar", "lebih", "dari", ...)
    statistics: re.Pattern  # words of a statistic or its source, earlier in the sentence ("penduduk", "data BPS")
    statistics_after: re.Pattern  # sources of statistics later in the clause ("berdasarkan data", "sensus")
    statistics_window: int  # how far back (characters) ``statistics`` is looked for
    comitative: re.Pattern  # "bersama"/"dengan" ending right before "N anggota keluarga"
    member_groups: re.Pattern  # "anggota keluarga" right after the number
    inhabit: re.Pattern  # "dihuni (oleh) (sekitar)" ending right before the number
    inhabit_joins: re.Pattern  # the gap between an inhabitant count and a count that restates it
    dwelling: re.Pattern  # a dwelling pointed back at or counted, as the subject ending right before the verb of dwelling
    tillers: re.Pattern  # "<area> yang digarap (oleh) (sekitar)" ending right before the number
    sector: re.Pattern  # a sector or industry opening the clause (or after a verb of saying) ... involving (sekitar) right before the number
    subject: re.Pattern  # a population noun heading the clause, placed by "di": "Nasabah BRI di Bali mencapai ..."
    hired: re.Pattern  # "direkrut dari (sekitar)", "merekrut" ending right before the number: a workforce
    membership: re.Pattern  # "anggota gapoktan berjumlah", "beranggotakan" ending right before the number
    membership_nouns: re.Pattern  # "anggota" in the clause ("beranggotakan" holds it)
    subset: re.Pattern  # the next sentence's opening count: "Sebanyak 40 orang yang ikut pelatihan"
    subset_reach: re.Pattern  # words that mark that count as the people reached ("ikut", and the reach words)
    involve: re.Pattern  # "melibatkan (sekitar)" ending right before the number: a workforce if workforce_nouns follow
    workforce_nouns: set[str]  # "pekerja", "tukang": the nouns of a workforce after such a verb
    involve_any: re.Pattern  # "mempekerjakan" anywhere earlier in the clause ("... dari total 27.000 pekerja")
    involve_named: re.Pattern  # "menyerap tenaga kerja (sekitar)" ending right before the number
    workforce_role: re.Pattern  # "sebagai tenaga kerja" after the count's group
    next_clause: re.Pattern  # ", dan sebagian besar ...": a comma and a link that open the next clause
    registry: re.Pattern  # "Dinas Sosial ... mencatat (sekitar)" ending right before the number: an agency's register
    registry_place: re.Pattern  # the count's group placed in a region right after it: "... di kabupaten itu"
    registry_joins: re.Pattern  # "yang tergabung dalam" between a register count and the next count
    own_subject: re.Pattern  # "sekolahnya memiliki (sekitar)" ending right before the number: a reached body's own
    enrolment_units: set[str]  # pupils ("siswa", "murid", "santri"): what a school's own roll counts
    built_by: re.Pattern  # "dikerjakan oleh (sekitar)" ending right before the number: the builders (agent of the passive)
    service_area: re.Pattern  # "wilayah kerjanya mencakup (sekitar)" ending right before the number: an area's population
    part_after: re.Pattern  # "di antaranya" right after the count's group: a part of an earlier count
    part_opener: re.Pattern  # "Dari jumlah itu," opening the count's sentence
    part_before: re.Pattern  # "baru (sekitar)" ending right before the number, its base earlier in the sentence
    part_origin: re.Pattern  # "berasal dari", "dari keluarga": where the part's people come from (cut for the reach test)
    part_window: int  # how far back (characters) the base of a part is looked for
    roll: re.Pattern  # "sekolahnya kini memiliki (sekitar)" ending right before the base: a school's own roll
    earning: re.Pattern  # the count's group, then "menerima upah", "memperoleh penghasilan": earning a living
    place_pointer: re.Pattern  # "di desanya", "di negeri itu": a place pointed back to
    venue: re.Pattern  # "digelar di <name>, sekolah ... dengan (sekitar)" ending right before the number
    caseload: re.Pattern  # "pihaknya menangani (sekitar)" ending right before the number
    caseload_body: re.Pattern  # a health facility named before it ("Kepala Puskesmas ...")
    caseload_window: int
    part_link: re.Pattern  # a clause link ("sehingga", "karena", "namun") that ends the part's own clause
    change: re.Pattern  # "menurun dari (sekitar)" or "turun dari 58 anak ... menjadi" ending right before the number
    change_bound: re.Pattern  # "di bawah" ending right before the number
    change_head: re.Pattern  # a verb of change or a target word earlier in the clause (for the bound)
    need: re.Pattern  # the count's group, then a predicate of affliction or of leaving school ("terserang", "putus sekolah")

    @classmethod
    def of(cls, rules: dict, numbers: NumberRules) -> "PopulationCheck":
        nouns = {norm(k) for k in rules["population_nouns"]}
        existential = {norm(k) for k in rules["population_existential"]}
        approx = alternation(load_rules(numbers.name)["approx_before"])
        before_count = numbers.before_count  # what may stand between a cue and its count: "sekitar"
        return cls(
            family_heads=re.compile(rf"(?:^|[\s(\"“])(?:{alternation(rules['family_heads'])})[^\S\n]+$", re.I),
            family_units={norm(k) for k in rules["family_units"]},
            family_support=re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['family_kin_possessed'])})(?![^\W\d_])"
                                      rf"[^.;!?\n\"“”]{{0,60}}?(?<![^\W\d_])(?:{alternation(rules['family_support_verbs'])})"
                                      rf"(?:[^\S\n]+(?:{approx}))?[^\S\n]+$", re.I),
            existential=existential,
            jumlah=word_re(rules["population_heads"], rf"[^\S\n]+(?:{alternation(nouns)})(?![^\W\d_])"),
            nouns=nouns,
            reach=word_re(rules["population_reach_words"]),
            # the gap after the earlier count: its group's words, then the join ("dengan", "dan")
            # or, in a list of counts, the separator, with the group's abbreviation in brackets and the join of the last
            # conjunct: "1 Pusat Kesehatan Masyarakat (Puskesmas), 4 Puskesmas Pembantu (Pustu), ... dan 17 Posyandu"
            # the earlier count's group may be placed by "di" and a name ("312 lembaga PAUD di Kota Palu dengan lebih dari
            # 1.100 guru", round s31, bn6_014): the place belongs to the listed object, not to the join
            joins=re.compile(rf"^(?P<group>(?:[^\S\n]+[^\W\d_][\w-]*){{0,3}}?)(?:[^\S\n]*\([^()\n]{{1,40}}\))?"
                             r"(?:[^\S\n]+di[^\S\n]+(?-i:[A-Z])[\w-]*(?:[^\S\n]+(?-i:[A-Z])[\w-]*){0,2})?"
                             rf"(?:[^\S\n]+(?:{alternation(rules['population_joins'])})[^\S\n]+"
                             rf"|[^\S\n]*(?:{alternation(rules['population_list_separators'])})"
                             rf"(?:[^\S\n]+(?:{alternation(rules['population_joins'])}))?[^\S\n]+)$",
                             re.I),
            # past the links of a part ("baru sebagian kecil", "hanya sebagian"): the same share as "sebagian"
            partitive=re.compile(rf"{_CLOSED_GROUP}(?:(?:{alternation(rules['population_partitive_links'])})[^\S\n]+)*"
                                 rf"(?:{alternation(rules['population_partitive'])})(?![^\W\d_])", re.I),
            partitive_count=re.compile(rf"{_PLACED_GROUP}(?:(?:{alternation(rules['population_partitive_links'])})[^\S\n]+)*(\d[\d.]*)(?![\d.,]\d)",
                                       re.I),
            numbers=numbers,
            units={norm(k) for k in rules["units"]},
            approx_words=numbers.approx_words - existential,
            statistics=word_re(rules["statistics"]),
            statistics_after=word_re(rules["statistics_after"]),
            statistics_window=int(rules.get("statistics_window", 60)),
            comitative=word_re(rules["family_comitative"], r"[^\S\n]+$"),
            member_groups=re.compile(rf"[^\S\n]*(?:{alternation(rules['family_member_groups'])})(?![^\W\d_])", re.I),
            inhabit=word_re(rules["population_inhabit"], rf"(?:[^\S\n]+oleh)?{before_count}"),
            inhabit_joins=re.compile(rf"^(?:[^\S\n]+[^\W\d_][\w-]*){{0,3}}?[^\S\n]+"
                                     rf"(?:{alternation(rules['population_inhabit_joins'])})(?:[^\S\n]+(?:{approx}))?[^\S\n]+$",
                                     re.I),
            # "Kedua belas rumah itu kini dihuni", "Ke-64 rumah penerima itu dihuni", "Kedua belas rumah kini dihuni"
            # (round s34, bn9_004, bn9_010, rg4_001): a pointer after the dwelling, or a number word or digits before it
            dwelling=re.compile(rf"(?:(?<![^\W\d_])(?:{alternation(rules['population_inhabit_dwellings'])})"
                                rf"(?:[^\S\n]+[^\W\d_][\w-]*)?[^\S\n]+(?:{alternation(rules['population_place_pointers'])})"
                                rf"|(?:\d|(?<![^\W\d_]){numbers.word})[^\S\n]+"
                                rf"(?:{alternation(rules['population_inhabit_dwellings'])}))"
                                rf"(?:[^\S\n]+(?:kini|sekarang|kini sudah|sudah|telah))?[^\S\n]+$", re.I),
            subject=re.compile(rf"[\s\"“]*(?:{alternation(rules['population_heads'])}[^\S\n]+)?(?:{alternation(nouns)})"
                               rf"(?:[^\S\n]+[^\W\d_][\w-]*){{0,2}}?[^\S\n]+di[^\S\n]", re.I),
            hired=word_re(rules["workforce_hire"],
                          rf"(?:[^\S\n]+(?:{alternation(rules['workforce_hire_links'])}))?{before_count}"),
            membership=word_re(rules["membership_total"], before_count),
            membership_nouns=re.compile(alternation(rules["membership_nouns"]), re.I),
            subset=re.compile(rf"[\s\"“”]*(?:(?:{alternation(rules['membership_subset_openers'])})[^\S\n]+)?"
                              rf"(\d[\d.]*)(?![\d.,]\d)", re.I),
            subset_reach=word_re(rules["population_reach_words"] + rules["membership_subset_reach"]),
            involve=word_re(rules["workforce_involve"], before_count),
            workforce_nouns={norm(k) for k in rules["workforce_nouns"]},
            involve_any=word_re(rules["workforce_involve"]),
            involve_named=word_re(rules["workforce_involve"],
                                  rf"[^\S\n]+(?:{alternation(rules['workforce_nouns'])}){before_count}"),
            next_clause=re.compile(rf",[^\S\n]*(?:{alternation(rules['coordination'] + rules['clause_links'])})(?![^\W\d_])", re.I),
            workforce_role=re.compile(rf"[^\S\n]*(?:{alternation(rules['workforce_role'])})[^\S\n]+"
                                      rf"(?:{alternation(rules['workforce_nouns'])})(?![^\W\d_])", re.I),
            registry=re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['registry_agencies'])})(?![^\W\d_])"
                                rf"[^.;!?\n]{{0,100}}?(?<![^\W\d_])(?:{alternation(rules['registry_verbs'])})"
                                rf"(?:[^\S\n]+ada)?{before_count}", re.I),
            registry_place=re.compile(r"(?:[^\S\n]+[^\W\d_][\w-]*){0,4}?[^\S\n]+di[^\S\n]+"
                                      rf"(?:(?:{alternation(rules['registry_regions'])})(?![^\W\d_])|(?-i:[A-Z]))", re.I),
            registry_joins=word_re(rules["registry_joins"], before_count),
            # "sekolahnya memiliki", "Sekolah di tepi Danau Batur itu kini mendidik", "SD Negeri 12 Tempunak saat ini memiliki"
            own_subject=re.compile(rf"(?<![^\W\d_])(?:(?:{alternation(rules['population_own_bodies'])})"
                                   rf"(?:nya|(?:[^\S\n]+[^\W\d_][\w-]*){{0,5}}?[^\S\n]+(?:{alternation(rules['population_own_pointers'])}))"
                                   rf"|(?-i:{alternation(rules['population_own_named_bodies'])})(?:[^\S\n]+(?-i:[A-Z0-9])[\w-]*){{1,4}})"
                                   rf"(?:[^\S\n]+(?:{alternation(rules['population_roll_adverbs'])}))*"
                                   rf"[^\S\n]+(?:{alternation(rules['population_existential'] + rules['population_roll_verbs'])})"
                                   rf"{before_count}", re.I),
            enrolment_units={norm(k) for k in rules["enrolment_units"]},
            built_by=word_re(rules["builder_passives"],
                             rf"(?:[^\S\n]+(?:{alternation(rules['builder_agents'])}))?{before_count}"),
            service_area=word_re(rules['population_service_areas'],
                                 rf"(?![^\W\d_])[^\d.;!?\n]{{0,30}}?(?<![^\W\d_])(?:{alternation(rules['population_service_verbs'])})"
                                 rf"{before_count}"),
            part_after=re.compile(rf"(?:[^\S\n]+[^\W\d_][\w-]*){{0,3}}?[^\S\n]+(?:{alternation(rules['population_part_after'])})"
                                  r"(?![^\W\d_])", re.I),
            part_opener=re.compile(rf"^[\s\"“”]*(?:{alternation(rules['population_part_openers'])})(?![^\W\d_])", re.I),
            part_before=word_re(rules['population_part_before'], before_count),
            part_origin=word_re(rules["population_part_origin"]),
            part_window=int(rules.get("population_part_window", 300)),
            roll=word_re(rules['population_own_bodies'],
                         rf"(?:nya|[^\S\n]+(?:{alternation(rules['population_own_pointers'])}))"
                         rf"(?:[^\S\n]+(?:{alternation(rules['population_roll_adverbs'])}))*"
                         rf"[^\S\n]+(?:{alternation(rules['population_roll_verbs'])}){before_count}"),
            earning=re.compile(rf"[^\d.;:!?\n\"“”,]{{0,40}}?(?<![^\W\d_])(?P<verb>{alternation(rules['population_earning_verbs'])})"
                               rf"[^\S\n]+(?:[^\W\d_][\w-]*[^\S\n]+)?(?:{alternation(rules['population_earning_objects'])})"
                               r"(?![^\W\d_])", re.I),
            place_pointer=re.compile(rf"(?<![^\W\d_])di[^\S\n]+(?!antaranya)[^\W\d_]+"
                                     rf"(?:nya|[^\S\n]+(?:{alternation(rules['population_place_pointers'])}))(?![^\W\d_])", re.I),
            venue=word_re(rules['venue_verbs'],
                          rf"[^\S\n]+di[^\S\n]+[^,.;:!?\n]{{1,80}},"
                          rf"[^\S\n]*(?:{alternation(rules['venue_heads'])})(?![^\W\d_])[^\d.;:!?\n,]{{0,80}}?"
                          rf"(?<![^\W\d_])(?:{alternation(rules['venue_links'])}){before_count}"),
            caseload=word_re(rules['caseload_pointers'],
                             rf"[^\S\n]+(?:{alternation(rules['caseload_verbs'])}){before_count}"),
            caseload_body=word_re(rules["caseload_bodies"]),
            caseload_window=int(rules.get("caseload_window", 300)),
            part_link=word_re(rules["clause_links"]),
            change=re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['population_change_verbs'])})[^\S\n]+dari"
                              rf"(?:[^\S\n]+(?:{approx}))?(?:[^\S\n]+\d(?:[^.;:!?\n\"“”]|\.(?=\d)){{0,60}}?(?<![^\W\d_])"
                              rf"(?:{alternation(rules['population_change_links'])}))?{before_count}", re.I),
            change_bound=word_re(rules["population_change_bounds"], before_count),
            change_head=word_re(rules["population_change_verbs"] + rules["population_change_targets"]),
            need=re.compile(rf"(?:(?!(?<![^\W\d_])yang(?![^\W\d_]))[^\d.;:!?\n\"“”,])*?(?<![^\W\d_])"
                            rf"(?:{alternation(rules['population_need_predicates'])})(?![^\W\d_])", re.I),
            # "sektor hortikultura di kota itu melibatkan sekitar 1.100 rumah tangga petani": a sector's people
            sector=re.compile(rf"(?:^[\s\"“]*|,[^\S\n]*|(?<![^\W\d_])(?:{alternation(rules['population_sector_openers'])})[^\S\n]+)"
                              rf"(?:{alternation(rules['population_sector_subjects'])})(?![^\W\d_])"
                              rf"[^\d.;:!?\n\"“”,]{{0,60}}?(?<![^\W\d_])(?:{alternation(rules['workforce_involve'])})"
                              rf"{before_count}", re.I),
            tillers=re.compile(rf"(?<![\w.,])\d[\d.,]*[^\S\n]*(?:{alternation(rules['population_area_units'])})(?![^\W\d_])"
                               rf"[^\S\n]+(?:yang[^\S\n]+)?(?:{alternation(rules['population_tillers'])})(?:[^\S\n]+oleh)?"
                               rf"{before_count}", re.I),
        )

    # ------------------------------------------------------------------ family
    def family(self, text: str, start: int, unit_word: str) -> bool:
        """True for "Ibu tiga anak itu", "bapak lima anak", "keluarga dengan lima anggota": a family's size."""
        if norm(unit_word) not in self.family_units:
            return False
        if self.family_heads.search(text[max(0, start - 40):start]) is not None:
            return True
        if self.family_support.search(text[max(0, start - 120):start]) is not None:
            return True  # "Ayahnya petani sawit yang masih membiayai tiga anak bersekolah": the parent's children
        # "tinggal bersama lima anggota keluarga": the household of the person just described
        if self.comitative.search(text[max(0, start - 20):start]) is None:
            return False
        digits_end = re.match(r"[\w.,-]*?(?:[^\S\n]+orang)?(?=[^\S\n]+anggota)", text[start:start + 40], re.I)
        return digits_end is not None and self.member_groups.match(text, start + digits_end.end()) is not None

    def inhabitants(self, text: str, start: int, clause_start: int) -> bool:
        """True for the population of a place told with a verb of dwelling: "Desa Tenganan dihuni sekitar 700 jiwa",
        and a count that restates it ("... 700 jiwa yang tergabung dalam 240 KK")."""
        lo = max(clause_start, start - 60)
        head = text[lo:start]
        got = self.inhabit.search(head)
        if got:  # not the household of the programme's own houses: "Kedua belas rumah itu kini dihuni 58 jiwa"
            return self.dwelling.search(text[max(clause_start, lo + got.start() - 60):lo + got.start()]) is None
        earlier = list(_NUMBER.finditer(head))
        if not earlier or self.inhabit_joins.match(head[earlier[-1].end():]) is None:
            return False
        prev_start = max(clause_start, start - 60) + earlier[-1].start()
        return self.inhabit.search(text[max(clause_start, prev_start - 60):prev_start]) is not None

    # ------------------------------------------------------------------ populations
    def cited(self, text: str, start: int, end: int | None = None) -> bool:
        """True when a population-statistic cue ("penduduk", "berdasarkan data") comes earlier in the sentence, or
        (given ``end``) a source of statistics ("berdasarkan data ...", "menurut data BPS") later in the same clause:
        "ada 1.143 penyandang disabilitas di Bontang berdasarkan data terpadu" is the size of a population."""
        head = text[max(0, start - self.statistics_window):start]
        if self.statistics.search(head, clause_start(head)) is not None:
            return True
        if end is None:
            return False
        tail = text[end:end + 80]
        return self.statistics_after.search(tail, 0, clause_stop(tail)) is not None

    def statistic(self, text: str, start: int, end: int, group: str | None) -> bool:
        """True when the count at ``start:end`` (its group of people ``group``) states the size of a population."""
        clause_start, clause_end = self._clause(text, start, end)
        if self.inhabitants(text, start, clause_start):  # "dihuni 700 jiwa": reach words cannot save it
            return True
        head = text[clause_start:start]
        if self.registered(text, start, end, head):  # "Dinas Sosial ... mencatat sekitar 9.870 KPM ... di kabupaten itu"
            return True
        if self.partitive_base(text, start, end, head):  # "Dari sekitar 600 KK di desa kami, kini 430 KK sudah ..."
            return True
        if self.built(head):  # "Program dikerjakan bersama 12 tukang lokal dan 30 warga": the builders
            return True
        if self.venue.search(head[-200:]):  # "digelar di SMA Negeri 1 Pomalaa, sekolah dengan 940 siswa": the venue's size
            return True
        if self.caseload.search(head[-80:]) and self.caseload_body.search(text, max(0, start - self.caseload_window), start):
            return True  # "Kepala Puskesmas ... pihaknya menangani 64 balita": the facility's register
        if self.earns(text, start, end, clause_start, clause_end, head):  # "ada 140 mama di negeri itu yang mendapat upah"
            return True
        if self.changed(text, start, end, clause_start, clause_end):
            return True  # "angka stunting menurun dari 58 anak ... menjadi 41 anak", "Targetnya di bawah 50 anak"
        if self.reach.search(text, clause_start, clause_end):
            return False
        if self.need.match(text, end, clause_end):  # "sedikitnya 40 anak di negeri itu berhenti sekolah": the need
            return True
        if self.service_area.search(head[-80:]):  # "wilayah kerjanya mencakup sekitar 4.100 balita": an area's population
            return True
        if self.sector.search(head):  # "sektor hortikultura di kota itu melibatkan sekitar 1.100 rumah tangga"
            return True
        if self.subset_follows(text, start, end, head, clause_end):  # "anggota gapoktan berjumlah 312 orang. 40 ..."
            return True
        if self.hired.search(head[-60:]):  # "tukang direkrut dari 18 warga sekitar": the programme's workforce
            return True
        if group and norm(group) in self.workforce_nouns and self.involve.search(head[-60:]):
            return True  # "Proyek ini melibatkan 35 pekerja lokal": the workforce, not "melibatkan 50 pemuda"
        earlier = list(_NUMBER.finditer(head))
        if earlier:  # "terdapat 380 sekolah dasar dengan sekitar 41.000 siswa": joined to a statistic count
            prev = earlier[-1]
            joined = self._joined(head[prev.end():])
            if joined is not None and self.statistic(text, clause_start + prev.start(), clause_start + prev.end(), joined):
                return True
        if self.school_roll(text, start, group):  # "sekolahnya memiliki 186 murid": the reached school's pupils
            return False  # (before the placed subject: "Sekolah di tepi Danau Batur itu kini mendidik 214 murid")
        jumlah = self.jumlah.search(head) or self.subject.match(head)
        if jumlah and not re.search(r"\d", head[jumlah.end():]) and re.search(r"(?<!\w)di\s", head[jumlah.start():]):
            # "jumlah nelayan di Cilegon saat ini sekitar 1.100 orang": the size of a population of a place; a
            # programme's count is not placed so ("jumlah UMKM sentra gipang yakni sebanyak 30 orang")
            return True
        if not group or not self._population_noun(group):
            return False
        if self.tillers.search(head[-80:]):  # "112.000 hektare yang digarap sekitar 48.000 petani"
            return True
        before = words_before(head, len(head), 4)
        while before and before[-1] in self.approx_words - {"dari"}:
            before.pop()
        if before and before[-1] == "dari" and self.partitive.match(text, end):
            return True  # "dari sekitar 4.200 KK di kecamatannya, mayoritas bekerja sebagai petani"
        # "terdapat sekitar 9.300", "masih ada sekitar 6.000": the existential word stands before the approximation
        before = words_before(head, len(head), 4)
        while before and before[-1] in self.approx_words:
            before.pop()
        return bool(before) and before[-1] in self.existential

    def changed(self, text: str, start: int, end: int, clause_start: int, clause_end: int) -> bool:
        """True when the count is a value of a statistic that changes over time: right after "<verb of change> dari" (the
        earlier value) or after "<verb of change> dari N ... menjadi" (the later one), or a bound after "di bawah" with a
        verb of change or a target word earlier in the clause (rules ``population_change_*``; round s33, bn8_001,
        bn8_007, bn8_010, pg6_007). The clause is cut at commas, and a reach word in it keeps the count ("Jumlah peserta
        naik dari 30 orang menjadi 45 orang"); one in an adverbial before the comma does not ("sejak program berjalan
        pada 2024, jumlah balita stunting ... turun dari 84 menjadi 51 anak")."""
        lo = text.rfind(",", clause_start, start) + 1 or clause_start
        comma = text.find(",", end, clause_end)
        if self.reach.search(text, lo, comma if comma >= 0 else clause_end):
            return False
        head = text[lo:start]
        if self.change.search(head[-120:]):
            return True
        bound = self.change_bound.search(head)
        return bound is not None and self.change_head.search(head, 0, bound.start()) is not None

    def school_roll(self, text: str, start: int, group: str | None) -> bool:
        """True when the count at ``start`` is the roll of a school pointed back at or named as the subject ("sekolahnya
        kini memiliki 186 murid", "Sekolah itu kini memiliki 168 murid", "SD Negeri 12 Tempunak saat ini memiliki 154
        murid") and its group is pupils; the school's teachers ("sekolahnya memiliki sembilan guru") are its staff."""
        if not self.pupils(group):
            return False
        head = text[max(0, start - 120):start]
        return self.own_subject.search(head, clause_start(head, _CLAUSE_END)) is not None

    def pupils(self, group: str | None) -> bool:
        """The group's head is a noun of pupils (rules: ``enrolment_units``; one word or two, "siswa", "peserta didik")."""
        words = norm(group or "").split()
        return bool(words) and (words[0] in self.enrolment_units or " ".join(words[:2]) in self.enrolment_units)

    def earns(self, text: str, start: int, end: int, clause_start: int, clause_end: int, head: str) -> bool:
        """True when the count's group is the subject of a verb of receiving whose object is earnings or work orders
        ("... 140 mama di negeri itu yang mendapat upah harian", "90 ibu rumah tangga memperoleh penghasilan"), no other
        reach word stands in the clause, and the count is placed by a place pointed back to ("di desanya", "di negeri
        itu") or an existential before it ("ada sekitar 60 ibu"): a place's population at its trade."""
        got = self.earning.match(text, end, clause_end)
        if got is None:
            return False
        if self.reach.search(text, clause_start, got.start("verb")) or self.reach.search(text, got.end(), clause_end):
            return False  # "25 perajin binaan kini memperoleh penghasilan": reached
        if self.place_pointer.search(text, clause_start, got.start("verb")):
            return True
        before = words_before(head, len(head), 4)
        while before and before[-1] in self.approx_words:
            before.pop()
        return bool(before) and before[-1] in self.existential

    def part_of(self, text: str, start: int, end: int) -> bool:
        """True for a part of an earlier count that is itself a population or a school's own roll ("Kotim memiliki
        sekitar 5.400 pekebun swadaya. Namun, baru 380 pekebun di antaranya yang sudah mengantongi STDB"; "sekolahnya kini
        memiliki 812 siswa. Dari jumlah itu, ... sekitar 270 siswa terdata berasal dari ..."; "ada sekitar 6.300 petani
        ... di kabupaten itu, dan baru 210 orang yang sudah bersertifikat"), when no reach word stands in the part's own
        clause before the words that say where its people come from (rules: ``population_part_*``)."""
        offset = max(0, start - self.part_window)
        window = text[offset:start]
        sent_at = offset + clause_start(window, _SENTENCE_END)
        sentence_head = text[sent_at:start]
        tail_stop = end + clause_stop(text[end:end + 200], _SENTENCE_END)
        same = self.part_before.search(sentence_head)
        marked = bool(self.part_after.match(text, end) or self.part_opener.match(sentence_head))  # "di antaranya", "Dari jumlah itu"
        if not (marked or same):
            return False
        numbers = list(_NUMBER.finditer(window))
        if not numbers:
            return False
        base = numbers[-1]
        base_start, base_end = offset + base.start(), offset + base.end()
        if base_start < sent_at and not marked:
            return False  # "baru N": the base must stand in the same sentence
        prev_sent = clause_start(text[max(0, sent_at - 400):max(0, sent_at - 1)], _SENTENCE_END)
        if base_start < max(0, sent_at - 400) + prev_sent and base_start < sent_at:
            return False  # not in this sentence nor the one before
        whole, part = read_number(base.group(0)), read_number(text[start:end].split()[0])
        if whole is None or part is None or part[0] >= whole[0]:
            return False
        stop = tail_stop
        for cut in (self.part_origin.search(text, end, stop), self.part_link.search(text, end, stop)):
            if cut is not None:
                stop = min(stop, cut.start())
        if self.reach.search(text, max(sent_at, base_end), start) or self.reach.search(text, start, stop):
            return False
        group = re.match(r"[^\S\n]+([^\W\d_][\w-]*(?:[^\S\n]+[^\W\d_][\w-]*)?)", text[base_end:base_end + 60])
        if self.roll.search(text[max(0, base_start - 80):base_start]):
            return True  # "madrasahnya menampung 684 siswa": a school's own roll
        return bool(group) and self.statistic(text, base_start, base_end + group.end(), group.group(1))

    def built(self, head: str) -> bool:
        """True when the count after ``head`` is the agent of a passive verb of building ("dikerjakan oleh 14 tukang",
        "dikerjakan bersama 12 tukang lokal") or a count coordinated with such an agent ("... 12 tukang lokal dan 30
        warga"): who did the work, whatever reach word the clause's subject holds ("Program dikerjakan ...")."""
        if self.built_by.search(head[-60:]):
            return True
        earlier = list(_NUMBER.finditer(head))
        if not earlier:
            return False
        prev = earlier[-1]
        return self._joined(head[prev.end():]) is not None and self.built_by.search(head[:prev.start()][-60:]) is not None

    def registered(self, text: str, start: int, end: int, head: str) -> bool:
        """True for a count an agency reports from its register, its group placed in a region right after it ("Dinas
        Sosial Minahasa Utara mencatat sekitar 9.870 KPM penerima Program Keluarga Harapan di kabupaten itu"), and a
        count its members are said to join ("... 14.000 petani plasma di Kobar yang tergabung dalam 38 koperasi"):
        a region's total, whatever reach word of a government scheme it holds."""
        if self.registry.search(head[-160:]):
            return self.registry_place.match(text, end) is not None
        earlier = list(_NUMBER.finditer(head))
        if not earlier or not self.registry_joins.search(head):
            return False
        prev = earlier[-1]
        if self.registry_joins.search(head[prev.end():]) is None:
            return False
        prev_head = head[:prev.start()]
        return bool(self.registry.search(prev_head[-160:])) and self.registry_place.match(head, prev.end()) is not None

    def partitive_base(self, text: str, start: int, end: int, head: str) -> bool:
        """True for the base of a partitive placed by "di" when a smaller count of it follows in the sentence ("Dari
        sekitar 600 KK di desa kami, kini 430 KK sudah mendapat air bersih"): the base is the population of the place
        and the second count the part the programme reached. Without a place ("Dari 300 peserta, 120 lulus") the base
        may be the programme's own participants and stays."""
        before = words_before(head, len(head), 4)
        while before and before[-1] in self.approx_words - {"dari"}:
            before.pop()
        if not before or before[-1] != "dari":
            return False
        part = self.partitive_count.match(text, end)
        total = read_number(text[start:end].split()[0])
        got = read_number(part.group(1)) if part else None
        return got is not None and total is not None and got[0] < total[0]

    def workforce(self, text: str, start: int, group: str | None, group_end: int) -> bool:
        """True when the count at ``start`` (its group ``group`` ending at ``group_end``) is a workforce: the people a
        company or a project employs, not the people a programme reaches. A word of receiving or training in the clause
        (outside the count's own group: "pekerja mitra" is a kind of worker) keeps the count.

        - a workforce noun in a clause whose verb is one of employing or involving labour, wherever it stands
          ("mempekerjakan lebih dari 9.000 karyawan lokal dari total 27.000 pekerja", "mempekerjakan sekitar 1.900
          karyawan tetap dan lebih dari 8.000 pekerja mitra");
        - a workforce noun coordinated with a count of workforce ("sekitar 5.200 karyawan dan 20.000 pekerja kontraktor");
        - any count named as the workforce by the noun between the verb and it ("menyerap tenaga kerja 150 warga lokal")
          or by its role after it ("melibatkan 40 warga setempat sebagai tenaga kerja")."""
        clause_start, clause_end = self._clause(text, start, max(start, group_end))
        # a reach word after the count saves it only in the count's own clause, not in one coordinated after a comma
        # ("menyerap sekitar 18.000 pekerja, dan sebagian besar program sosial sudah berjalan", bn3_003)
        after = self.next_clause.search(text, max(start, group_end), clause_end)
        if self.reach.search(text, clause_start, start) or self.reach.search(text, max(start, group_end),
                                                                            after.start() if after else clause_end):
            return False
        head = text[clause_start:start]
        if self.involve_named.search(head[-60:]) or self.workforce_role.match(text, max(start, group_end)):
            return True
        if not group or not self._workforce_noun(group):
            return False
        if self.involve_any.search(head):
            return True
        earlier = list(_NUMBER.finditer(head))
        joined = self._joined(head[earlier[-1].end():]) if earlier else None
        return joined is not None and self._workforce_noun(joined)

    def _workforce_noun(self, group: str) -> bool:
        """The group's head is a workforce noun, and not the first word of a longer unit ("pekerja migran")."""
        words = norm(group).split()
        two = " ".join(words[:2])
        return two in self.workforce_nouns or (words[0] in self.workforce_nouns and (len(words) == 1 or two not in self.units))

    def subset_follows(self, text: str, start: int, end: int, head: str, clause_end: int) -> bool:
        """True for a group's membership total ("anggota gapoktan berjumlah 312 orang", "kelompok itu beranggotakan 30
        nelayan") when the next sentence opens with a smaller count of those reached ("Sebanyak 40 orang yang ikut
        pelatihan ..."): the programme reached part of the group, and the total is the group's size."""
        verb = self.membership.search(head[-60:])
        if verb is None or self.membership_nouns.search(head[-60:]) is None:  # "Penerima santunan berjumlah 412"
            return False
        total = read_number(text[start:end].split()[0])
        nxt = self.subset.match(text, clause_end + 1)
        if total is None or nxt is None:
            return False
        part = read_number(nxt.group(1))
        stop = clause_end + 1 + clause_stop(text[clause_end + 1:clause_end + 200], _CLAUSE_END)
        return part is not None and part[0] < total[0] and self.subset_reach.search(text, nxt.end(), stop) is not None

    def _population_noun(self, group: str) -> bool:
        """The group's head is a population noun: its longest listed opening ("anak asuh" is not "anak")."""
        words = norm(group).split()
        if " ".join(words[:3]) in self.nouns:  # "pusat kesehatan masyarakat", "pos pelayanan terpadu"
            return True
        return words[0] in self.nouns if len(words) == 1 else " ".join(words[:2]) in self.nouns or (
            words[0] in self.nouns and " ".join(words[:2]) not in self.units)

    def _joined(self, gap: str) -> str | None:
        """The group words of an earlier count when only they and a join stand between it and this count."""
        approx = self.numbers.approx_before.search(gap)
        if approx:
            gap = gap[:approx.start()] + " "
        joined = self.joins.match(gap)
        if joined is None:
            return None
        return " ".join(joined.group("group").split()) or None

    @staticmethod
    def _clause(text: str, start: int, end: int) -> tuple[int, int]:
        """The sentence-like clause around a count: from the last stop before it to the next one after it."""
        lo, hi = max(0, start - 160), min(len(text), end + 160)
        return lo + clause_start(text[lo:start], _CLAUSE_END), end + clause_stop(text[end:hi], _CLAUSE_END)
