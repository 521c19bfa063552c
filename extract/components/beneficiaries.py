"""Counts of people, groups, households, businesses and institutions a program reaches.

``find`` locates a number (digits, words, "5 (lima)", "9 ribu", ranges) followed by a person
classifier ("orang") and/or a unit head word from rules/beneficiaries.toml ("30 orang pengrajin",
"8 (delapan) kelompok", "60 UMKM", "1.731 Kepala Keluarga (KK)"); ``read`` turns it into a
``Beneficiary`` with count, unit, the group described and evidence, or drops it: counts of things,
places and givers are never matched (their nouns are not units), and years, ordinals, ages,
victims, people who deliver the program and members per group are dropped by cue words.
A number whose noun the unit list lacks is read (``read_recipients``) only when the grammar marks that noun as the
people reached: a recipient cue before the number ("kepada 500 pelanggan", "bagi 20 taruna", "diikuti 25 barista")
or a verb of receiving or joining after its group ("60 penjaja sayur menerima ..."), and the noun counts no things,
time, places, money, givers, institutions or officials (rules/beneficiaries.toml ``not_recipients``).
It is also read when it is coordinated with the count read just before it ("kepada 250 sopir dan 150 ojek"), listed
after "terdiri atas" with a role noun as subject, or, after a count cue ("Sebanyak 30 pemahat"), when it is a
pe(N)- agent noun by morphology (extract/components/person_nouns.py).
``puluhan``/``ratusan`` state no number: they are read as approximate lower bounds only when the
component's ``vague`` option is on.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.audiences import AudienceCheck
from extract.components.bystanders import BystanderCheck
from extract.components.doctext import doc_text
from extract.components.person_nouns import is_agent_noun
from extract.components.histories import HistoryCheck
from extract.components.populations import PopulationCheck
from extract.components.numbers import (DIGITS, Lines, NumberRules, alternation, approx_before, clause_start, clause_stop,
                                        finditer_at, next_word, norm, number_rules, number_starts, read_number,
                                        sentence_starts, word_re, words_before)
from extract.components.values import Beneficiary
from rules import load_rules

# a year-like number ("pada 1999", "2025"): no count of people
_YEAR = re.compile(r"(?:19|20)\d\d")
# where a breakdown's sentence ends: a stop or a quotation mark, not a comma (its parts are comma-separated)
_BREAKDOWN_END = re.compile(r"[.;:!?\n\"“”](?!\d)")

if not Doc.has_extension("beneficiaries"):
    Doc.set_extension("beneficiaries", default=None)


def has_giver(doc: Doc) -> bool:
    """Whether the roles left the article a giver (an organisation that funds or runs the programme it reports)."""
    return any(getattr(o, "role", None) == "giver" for o in doc._.organizations or [])


@Language.factory("warta_beneficiaries", assigns=["doc._.beneficiaries"],
                  default_config={"rules": "beneficiaries", "numbers": "numbers", "vague": False})
def make_beneficiary_finder(nlp: Language, name: str, rules: str, numbers: str, vague: bool) -> "BeneficiaryFinder":
    return BeneficiaryFinder(load_rules(rules), number_rules(numbers), vague)


@Language.factory("warta_giver_markets", assigns=["doc._.beneficiaries"],
                  default_config={"rules": "beneficiaries", "numbers": "numbers"})
def make_giver_markets(nlp: Language, name: str, rules: str, numbers: str) -> "GiverMarkets":
    return GiverMarkets(load_rules(rules), number_rules(numbers))


class GiverMarkets:
    """Drops the giver's own customers once the roles are known (round s32, bn7_007, bn7_008, bn7_009): a count of
    ``market_nouns`` right after ``market_verbs`` ("melayani lebih dari 420.000 nasabah") whose clause names a giver
    before the verb, with no comma or verb of saying between ("Saat ini BSG memiliki 54 kantor layanan dan melayani
    ..."; not "Corporate Secretary Indocement, Dian Kartika Sari, mengatakan ketiga bank sampah itu kini melayani"). The giver serving its customers is
    its business, not a programme's reach; a reached body's customers ("bank sampah tersebut kini melayani 210
    nasabah") have no giver as subject and stay. A decimal comma ("aset Rp 21,4 triliun dan melayani ...", round s34,
    bn9_009) is part of a number and breaks nothing."""

    def __init__(self, rules: dict, numbers: NumberRules):
        self.verb = word_re(rules["market_verbs"], numbers.before_count)
        self.nouns = {norm(k) for k in rules["market_nouns"]}
        self.breaks = re.compile(rf",(?!\d)|(?<![^\W\d_])(?:{alternation(rules['market_breaks'])})(?![^\W\d_])", re.I)
        self.pointers = word_re(rules["market_pointers"])

    def __call__(self, doc: Doc) -> Doc:
        found = doc._.beneficiaries or []
        givers = [(o.start, o.end) for o in doc._.organizations or [] if getattr(o, "role", None) == "giver"]
        if found and givers:
            text = doc_text(doc)
            doc._.beneficiaries = [b for b in found if not self.market(text, b, givers)]
        return doc

    def market(self, text: str, b: Beneficiary, givers: list[tuple[int, int]]) -> bool:
        words = norm(b.group or "").split()
        if not words or words[0] not in self.nouns:
            return False
        head = text[max(0, b.start - 160):b.start]
        at = b.start - len(head) + clause_start(head, _BREAKDOWN_END)
        verb = self.verb.search(text[at:b.start])
        if verb is None:
            return False
        at_verb = at + verb.start()
        if any(at <= s and e <= at_verb and not self.breaks.search(text, e, at_verb) for s, e in givers):
            return True
        # the giver pointed back at ("Perseroan kini melayani ...", round s33, bn8_004, bn8_011)
        return any(not self.breaks.search(text, p.end(), at_verb) for p in self.pointers.finditer(text, at, at_verb))


class BeneficiaryFinder:
    def __init__(self, rules: dict, numbers: NumberRules, vague: bool = False):
        self.numbers, self.vague = numbers, vague
        self.units = {norm(k): v for k, v in rules["units"].items()}
        # the base of a reduplicated plural unit counts the same people ("mama-mama" -> "85 mama penenun")
        for k, v in list(self.units.items()):
            half = k.split("-")
            if len(half) == 2 and half[0] == half[1] and half[0] not in self.units:
                self.units[half[0]] = v
        self.not_units = {norm(k) for k in rules["not_units"]}  # matched like units, then dropped
        self.persons = {norm(k) for k in rules["persons"]}
        self.stop = {norm(k) for k in rules["stop"]}
        self.not_before = {norm(k).rstrip(".") for k in rules["not_before"]}
        self.agent_links = frozenset(norm(k) for k in rules["recipient_cue_skip"])  # "oleh": a passive's agent follows
        # words of not_before written as abbreviations with their point ("No. 12", "Rp. 50"): that point ends no sentence
        self.abbreviations = {norm(k).rstrip(".") for k in rules["not_before"] if k.endswith(".")}
        self.year_count_cues = frozenset(norm(k) for k in rules["year_count_cues"])
        self.enrolment_verbs = frozenset(norm(k) for k in rules["enrolment_verbs"])
        self.enrolment_units = frozenset(norm(k) for k in rules["enrolment_units"])
        self.capacity_modals = frozenset(norm(k) for k in rules["capacity_modals"])
        # a modal of ability, one verb, then an upper bound, right before the number ("mampu melayani hingga 400 KK")
        self.capacity = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['capacity_modals'])})[^\S\n]+[^\W\d_][\w-]*"
                                   rf"[^\S\n]+(?:{alternation(rules['capacity_bounds'])})[^\S\n]*$", re.I)
        self.deliverers = {norm(k) for k in rules["deliverers"]}
        self.trainee_cues = frozenset(rules["trainee_cues"])
        self.trainee_tasks = frozenset(rules["trainee_tasks"])
        # "perwakilan BUMDes", "perwakilan klaster": deliverer words that name the representatives of a group the programme
        # reaches (round s31, bn6_006, bn6_007, bn5_005), not the giver's ("perwakilan perusahaan")
        self.representatives = {norm(k) for k in rules["representatives"]}
        self.represented = {norm(k) for k in rules["represented_groups"]}
        # "28 mahasiswa dari teknik sipil ... merancang dan mengawasi", "12 mahasiswa KKN UGM mendampingi": the count
        # (past at most two capitalised words and an origin) is the subject of a verb of delivering; a relative
        # "yang" after one more word of the group too ("24 kader posyandu yang memantau berat badan anak")
        self.deliverer_verbs = re.compile(rf"(?-i:[^\S\n]+[A-Z][\w-]*){{0,2}}(?:[^\S\n]+dari[^.;:!?\n\"“”]{{0,80}}?)?"
                                          rf"(?:(?:[^\S\n]+[^\W\d_][\w-]*)?[^\S\n]+yang)?[^\S\n]+"
                                          rf"(?:{alternation(rules['deliverer_verbs'])})(?![^\W\d_])", re.I)
        # "1.150 orang mengungsi ke masjid": the count (past at most two words of its group, "yang", "masih") is the
        # subject of a verb of fleeing a disaster, its evacuees
        self.evacuee_verbs = re.compile(rf"(?:[^\S\n]+[^\W\d_][\w-]*){{0,2}}?(?:[^\S\n]+yang)?(?:[^\S\n]+(?:masih|terpaksa|sudah|telah))?"
                                        rf"[^\S\n]+(?:{alternation(rules['evacuee_verbs'])})(?![^\W\d_])", re.I)
        self.scale = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['noun_first_not_scale'])})(?![^\W\d_])", re.I)
        self.group_max, self.min_count = int(rules["group_max"]), int(rules["min_count"])
        sp = r"[^\S\n]"
        end = r"(?![^\W\d_])"
        count = rf"(?:{numbers.number}|{numbers.vague_re})"
        self.pattern = re.compile(
            rf"(?P<n1>{count})(?P<suffix>{numbers.approx_suffix}{end})?(?:{sp}*\({sp}*(?:{numbers.words}|\d[\d.]*){sp}*\))?"
            rf"(?:{sp}*(?P<join>{numbers.range_join}){sp}*(?P<n2>{numbers.number.replace(DIGITS, DIGITS.replace('-]', ']', 1))}))?"
            # The person / unit part is optional in the pattern (find() keeps matches that have one), so a
            # long run of number words is matched once from its start: linear time under finditer.
            rf"(?:{sp}+(?:(?P<person>{alternation(self.persons)}){end}{sp}*)?"
            rf"(?P<unit>{alternation([*self.units, *self.not_units])}{end}|{alternation(rules['possessive_units'])}(?=nya{end}))?"
            rf"(?:(?<=[^\W\d_])nya)?{end})?",
            re.I)
        self.each = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['each'])})(?![^\W\d_])", re.I)
        self.victims = re.compile(alternation(rules["not_near"]), re.I)
        self.rate = re.compile(rf"[^\S\n]*(?:{alternation(rules['rate_after'])})(?![^\W\d_])", re.I)
        self.visitors = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['visitor_nouns'])})(?![^\W\d_])", re.I)
        self.visitor_head = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['visitor_heads'])})[^\S\n]+"
                                       rf"(?:{alternation(rules['visitor_nouns'])})(?![^\W\d_])", re.I)
        self.each_size = re.compile(rf"[^\S\n]*(?:{alternation(rules['each_size'])})(?![^\W\d_])", re.I)
        self.group_token = re.compile(r"\([^()\n]{1,40}\)|[^\W\d_][\w'’-]*|\S")
        word = r"(?<![^\W\d_])(?:{})(?![^\W\d_])"
        self.site_prepositions = {norm(k) for k in rules["site_prepositions"]}
        self.site_units = set(rules["site_units"])
        self.site_events = word_re(rules["site_events"])
        self.person_count = re.compile(rf"(?<![\w.,])\d[\d.,]*[^\S\n]+(?:{alternation(self.persons)}[^\S\n]+)?"
                                       rf"(?:{alternation([k for k, v in self.units.items() if v == 'orang'])})(?![^\W\d_])", re.I)
        self.not_members = {norm(k) for k in rules["not_members"]}
        self.noun_first = {norm(k) for k in rules["noun_first"]}
        self.generic = {norm(k) for k in rules["noun_first_generic"]}
        self.not_between = {norm(k) for k in rules["noun_first_not_between"]}
        self.unit_word = re.compile(word.format(alternation([*self.units, *self.not_units])), re.I)
        self.recipient_cues = {norm(k) for k in rules["recipient_cues"]}
        self.not_recipients = {norm(k) for k in rules["not_recipients"]}
        self.recipient_verbs = {norm(k) for k in rules["recipient_verbs"]}
        self.verb_skip = alternation(rules["recipient_verb_skip"])
        self.verb_group_max = int(rules["recipient_verb_group_max"])
        self.clause_links = {norm(k) for k in rules["clause_links"]}
        self.cue_skip = {norm(k) for k in rules["recipient_cue_skip"]}
        self.composition = {norm(k) for k in rules["composition"]}
        self.coordination = alternation(rules["coordination"])
        self.agent_cues = {norm(k) for k in rules["agent_cues"]}
        self.not_agents = {norm(k) for k in rules["not_agents"]}
        self.population = PopulationCheck.of(rules, numbers)  # family sizes, population statistics, cited statistics
        self.audience = AudienceCheck.of(rules, numbers)  # the crowd of a ceremony
        self.history = HistoryCheck.of(rules, numbers)  # a group's founders, other groups and their members
        self.bystanders = BystanderCheck.of(rules, numbers, self.unit_word)  # teams, habitual traders, contributors
        # "250 lulusan penerima beasiswa" (a programme's graduates), not "4.500 lulusan SMA" (a region's school-leavers)
        self.qualified = {norm(k) for k in rules["qualified_units"]}
        self.qualifier = re.compile(rf"[^\S\n]+(?:{alternation(rules['unit_qualifiers'])})(?![^\W\d_])", re.I)
        # gapping: "90 pelaku usaha di Simalungun dan 60 di Pematangsiantar" (read_elided)
        place = r"(?-i:[A-Z][\w'’-]*)(?:[^\S\n]+(?-i:[A-Z][\w'’-]*)){0,3}"
        self.elided_gap = re.compile(rf"[^\S\n]+(?P<prep>di|dari)[^\S\n]+{place}[^\S\n]*(?:,[^\S\n]*)?"
                                     rf"(?:(?:{alternation(rules['coordination'])})[^\S\n]+)", re.I)
        # a breakdown: "Dari 40 UMKM ini, 28 bergerak di bidang kuliner dan 12 di kerajinan" (read_breakdown)
        self.breakdown_gap = re.compile(r"(?:[^\S\n]+[^\W\d_][\w-]*){0,3}[^\S\n]*,[^\S\n]*")
        self.breakdown_part = re.compile(rf"(?:,|(?<![^\W\d_])(?:{self.coordination}))[^\S\n]+(\d[\d.]*)(?![\d.,]*\d)"
                                         rf"(?=[^\S\n]+[^\W\d_])", re.I)
        self.numbers_approx_words = numbers.approx_words - {"dari"}
        self.elided_place = re.compile(rf"[^\S\n]+(?P<prep>di|dari)[^\S\n]+{place}(?![\w-])", re.I)
        # "Satu mesin cukup dijalankan dua orang", "Tiap perahu dioperasikan tiga orang": people per unit of a thing
        self.each_operated = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['each_operated_determiners'])})"
                                        rf"(?:[^\S\n]+[^\W\d_][\w-]*){{1,3}}?(?:[^\S\n]+(?:{alternation(rules['each_operated_modals'])}))?"
                                        rf"[^\S\n]+(?:{alternation(rules['each_operated_verbs'])})(?:[^\S\n]+oleh)?"
                                        rf"{numbers.before_count}", re.I)
        # "renovasi 15 rumah tidak layak huni", "sepuluh rumah milik warga ... diperbaiki": houses repaired (read_houses)
        repairs = alternation(rules["house_repaired"])
        self.house_repairs = {norm(k) for k in rules["house_repairs"]}
        self.house_noun = re.compile(rf"[^\S\n]+(?:{alternation(rules['house_nouns'])})(?![^\W\d_])(?![^\S\n]+tangga)", re.I)
        self.house_repaired_after = re.compile(rf"(?:[^\S\n]+[^\W\d_][\w-]*){{0,5}}?(?:[^\S\n]+(?:yang|telah|sudah|selesai|akan))*"
                                               rf"[^\S\n]+(?:{repairs})(?![^\W\d_])", re.I)
        per = alternation(rules["each_units"])
        # "masing-masing sekolah", "tiap desa", "di setiap kelompok": a distributive word over a noun of units
        self.each_unit = re.compile(rf"(?:[^\S\n]*(?:di|dari|untuk|pada)?[^\S\n]*)(?<![^\W\d_])(?:{alternation(rules['each'])})"
                                    rf"[^\S\n]+(?P<noun>{per})(?:nya)?(?![^\W\d_])", re.I)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lines = Lines.of(doc.user_data, text, self.numbers)
        dates = [(d.start, d.end) for d in doc._.dates or []]  # "20 Oktober 2022 Pokdakan" is a date
        out: list[Beneficiary] = []
        # the pattern is tried only where a count can begin: digits, a number word, a vague word
        for m in finditer_at(self.pattern, number_starts(doc.user_data, text, self.numbers).numbers, text):
            if lines.skipped(m.start()) or any(s < m.end("n1") and m.start() < e for s, e in dates):
                continue
            got = self.read(text, m) if m["person"] or m["unit"] else (
                self.read_noun_first(text, m) or self.read_recipients(text, m, out) or self.read_houses(text, m)
                or self.read_elided(text, m, out)
                or self.read_breakdown(text, m, out))
            if got and not self.per_member(text, got[0], out, doc):
                out.extend(got)
        doc._.beneficiaries = self.individual_pupils(text, out)
        return doc

    def individual_pupils(self, text: str, found: list[Beneficiary]) -> list[Beneficiary]:
        """Drops a school's own roll ("madrasahnya menampung 684 siswa", "sekolahnya kini memiliki 812 siswa") when the
        article counts pupils reached one by one: a recipient cue right before a smaller count of pupils ("menyerahkan
        beasiswa prestasi kepada 50 siswa"). The aid then goes to those pupils, and the school only hosts or sends them;
        a school reached as a body (a renovation, a library) counts no pupils so and keeps its roll (gv7_003, gv7_010)."""
        rolls = [b for b in found if b.count is not None and (
            self.population.school_roll(text, b.start, b.group) or (self.population.pupils(b.group) and self.after_enrolment(text, b.start)))]
        if not rolls:
            return found
        each = [b.count for b in found if b not in rolls and b.count is not None and self.population.pupils(b.group)
                and self.cued(text, b.start)]
        return [b for b in found if not (b in rolls and any(c < b.count for c in each))]

    def find(self, text: str) -> list[re.Match]:
        return [m for m in self.pattern.finditer(text) if m["person"] or m["unit"]]

    # ------------------------------------------------------------------ read
    def read(self, text: str, m: re.Match) -> list[Beneficiary]:
        """Beneficiary mentions for one candidate (two for a range), or none."""
        vague = self.numbers.vague.get(norm(m["n1"]))
        if vague is not None and not self.vague:
            return []
        low = (vague, True) if vague is not None else read_number(m["n1"])
        high = read_number(m["n2"]) if m["n2"] else None
        if low is None or low[0] != int(low[0]) or low[0] < self.min_count:
            return []
        if high is not None and (high[0] != int(high[0]) or high[0] <= low[0]):
            return []
        if self.after_not_before(text, m.start()) and not (
                norm(m["unit"] or "") in self.enrolment_units and self.after_enrolment(text, m.start())):
            return []  # "menampung 17-20 orang" is a capacity; "menampung 215 santri" a school's own pupils
        if self.year_not_count(text, m.start(), m["n1"]):
            return []  # "pada musim kemarau 2023 warga harus antre": a year, not 2,023 residents
        if self.victims.search(text[max(0, m.start() - 30):m.start()]) or self.victims.search(text[m.end():m.end() + 30]):
            return []
        if self.population.cited(text, m.start(), m.end()) or self.visitor_rate(text, m):
            return []
        unit_word = norm(m["unit"] or "")
        if unit_word in self.not_units:  # "tiga anak perusahaan": subsidiaries, not children
            return []
        if unit_word in self.qualified and not self.qualifier.match(text, m.end("unit")) and not self.cued(text, m.start()):
            return []  # "4.500 lulusan SMA": counts the reached only with a programme word after it or a cue ("melatih")
        if self.population.family(text, m.start(), unit_word):  # "Ibu tiga anak itu": her children
            return []
        if m["unit"] and next_word(text, m.end("unit")) in self.not_members:  # "12 anggota DPRD"
            return []
        noun_end = m.end("unit") if m["unit"] else m.end("person") if m["person"] else m.end()
        if self.history.founders(text, m.start(), noun_end) or self.history.others(text, m.start(), noun_end) \
                or self.history.waiting(text, noun_end):
            return []  # "dibentuk pada 2016 oleh delapan peternak", "dua koperasi lain", "Kedua koperasi itu ... 140 orang",
            # "Lima kelompok nelayan lain ... masih menunggu giliran pada tahap berikutnya"
        group, group_end = self.group(text, m.start("unit") if m["unit"] else m.end())
        if self.evacuated(text, m):
            return []  # "1.150 orang mengungsi": evacuees, as victims; "bagi 60 keluarga yang mengungsi" is reached
        if self.deliverer_verbs.match(text, m.end()) and not self.cued(text, m.start()):
            return []  # "bersama 15 mahasiswa turun ke lapangan": they deliver it ("melatih 40 petani yang memantau": reached)
        if self.population.statistic(text, m.start(), m.end(), m["unit"]):
            return []  # "terdapat sekitar 9.300 penyandang disabilitas", "jumlah nelayan ... sekitar 1.100 orang"
        if self.population.part_of(text, m.start(), m.end()):
            return []  # "memiliki sekitar 5.400 pekebun swadaya. Namun, baru 380 pekebun di antaranya yang ...": a part of it
        if self.population.workforce(text, m.start(), group, group_end) or self.audience.attends(text, m.start(), m.end()):
            return []  # "mempekerjakan ... dari total 27.000 pekerja", "disaksikan oleh sekitar 300 warga"
        if self.bystanders.stands_by(text, m.start(), m.end(), not m["unit"], self.cued(text, m.start())):
            return []  # "tim dokter hewan ... sebanyak enam orang", "400 pedagang berjualan setiap hari", "dihimpun dari"
        if not m["unit"]:  # a person count alone: no deliverers after it ("lima orang pendamping")
            first = norm(group or "").split(" ")
            if any(" ".join(first[:k]) in self.deliverers for k in (1, 2)):
                return []
            group = None  # "51 orang, diharapkan ...": no group named
        unit = self.units.get(unit_word, "orang")
        if unit in self.site_units and self.sited(text, m.start()):
            return []  # "Layanan dibuka bergiliran di empat puskesmas": where it took place, not whom it reached
        approx = vague is not None or bool(m["suffix"]) or approx_before(text, m.start(), self.numbers) or low[1]
        span = (text[m.start():m.end()], m.start(), m.end())
        base = dict(confidence=0.8, unit=unit, group=group, approximate=approx)
        if high is None:
            return [Beneficiary(*span, count=int(low[0]), **base)]
        return [Beneficiary(*span, count=int(low[0]), range="low", **base),
                Beneficiary(*span, count=int(high[0]), range="high", **base)]

    def sited(self, text: str, start: int) -> bool:
        """A locative preposition right before the number, past an approximation word ("di empat puskesmas"), in the
        clause of an event ("Layanan dibuka bergiliran di ...") or of a count of the people served ("420 warga menjalani
        pemeriksaan mata di lima puskesmas")."""
        head = text[max(0, start - 40):start]
        approx = self.numbers.approx_before.search(head)
        head = head[:approx.start()] if approx else head
        before = words_before(head, len(head), 1)
        if not before or before[-1] not in self.site_prepositions:
            return False
        clause = text[max(0, start - 160):start]
        clause = clause[clause_start(clause, _BREAKDOWN_END):]
        if self.site_events.search(clause):
            return True
        # the people served are the subject of the phrase's own verb: no conjunct between ("180 balita ... dan pelatihan
        # kader di enam posyandu", sec_021: the posyandu of another conjunct, reached)
        served = list(self.person_count.finditer(clause))
        return bool(served) and not re.search(rf"(?<![^\W\d_])(?:{self.coordination})(?![^\W\d_])|,",
                                              clause[served[-1].end():], re.I)

    def evacuated(self, text: str, m: re.Match) -> bool:
        """The count is the subject of "mengungsi", with no recipient cue before it and no reach word after the verb in
        its sentence ("Sebanyak 60 keluarga yang mengungsi menerima terpal" is reached)."""
        flee = self.evacuee_verbs.match(text, m.end())
        if flee is None or self.cued(text, m.start()):
            return False
        tail = text[flee.end():flee.end() + 120]
        tail = tail[:next((i for i, c in enumerate(tail) if c in ".;!?\n"), len(tail))]
        return self.population.reach.search(tail) is None

    def cued(self, text: str, start: int) -> bool:
        """A recipient cue right before the number, past an approximation word: "melatih 60 lulusan SMK"."""
        head = text[max(0, start - 40):start]
        approx = self.numbers.approx_before.search(head)
        cue = words_before(head[:approx.start()] if approx else head, len(head[:approx.start()] if approx else head), 1)
        return bool(cue) and cue[-1] in self.recipient_cues

    def visitor_rate(self, text: str, m: re.Match) -> bool:
        """A count of persons with a rate after it ("1.200 orang per bulan") in a clause about visitors ("kunjungan
        wisatawan ke Penglipuran naik dari ..."): the traffic of a place, not the people a programme reaches."""
        head = text[max(0, m.start() - 100):m.start()]
        if self.visitor_head.search(head, clause_start(head)):  # "jumlah kunjungan naik menjadi 15.000 orang"
            return True
        if not self.rate.match(text, m.end()):
            return False
        return self.visitors.search(head, clause_start(head)) is not None

    def after_enrolment(self, text: str, start: int) -> bool:
        """Whether the word before the number is a verb of a school's enrolment (rules: ``enrolment_verbs``)."""
        before = words_before(text[max(0, start - 40):start], min(start, 40), 2)
        return bool(before) and before[-1] in self.enrolment_verbs and not (
            len(before) > 1 and before[0] in self.capacity_modals)  # "dapat menampung 30 orang siswa": a capacity

    def after_not_before(self, text: str, start: int) -> bool:
        """True when a word of not_before stands before the number, also past an approximation word that modifies
        the number, not the verb ("mempekerjakan sekitar 2.900 pekerja", "sejak sekitar 2016")."""
        head = text[max(0, start - 40):start]
        if self.capacity.search(head):  # "mampu melayani hingga 400 KK": a capacity (round s34, bn9_007, bn8_007)
            return True
        approx = self.numbers.approx_before.search(head)
        if approx and not head[approx.end():].strip():
            head = head[:approx.start()]
        before = words_before(head, len(head), 2)
        if len(before) == 2 and before[1] in self.agent_links:  # "diatur oleh 18 ...", "dibantu oleh 25 relawan"
            before = before[:1]  # the agent of the passive before "oleh" (round s34, bn9_009)
        before = before[-1:]
        if not before or before[0].rstrip(".") not in self.not_before:
            return False
        # the word governs the number only within its clause: "Pada tahun 2023, 150 warga menerima", "Sejak 2020, 45
        # petani telah dibina" count people (the comma closes the year's phrase); "nomor 0812 3456 7890" stays one run
        last = max(head.lower().rfind(before[0]), 0)
        if re.search(r"[,;:](?:\s|$)", head[last:]):
            return False
        # a sentence's end closes it too (round s33, bn8_003: "air ke 430 rumah di lima RT.\n\n1950 warga yang ..."),
        # unless the word is an abbreviation written with its point ("No. 0812 ...")
        return not (re.search(r"[.!?](?:\s|$)", head[last + len(before[0]):]) and before[0] not in self.abbreviations)

    def year_not_count(self, text: str, start: int, number: str) -> bool:
        """A number written like a year (1900-2099, four digits, no thousands dot) that no count word introduces
        (rules: ``year_count_cues``, recipient cues, an approximation word, a comma of a list): a year. Counts in the
        thousands are written with a dot ("2.023 warga"), years without one, and a sentence does not begin with digits.
        One that does begin its sentence before a unit is a count ("2000 warga mengikuti pemeriksaan", round s33,
        bn8_003, bn8_006): a year opening a sentence is its own subject ("2023 menjadi tahun ..."), not a noun's number."""
        if not _YEAR.fullmatch(number):
            return False
        head = text[max(0, start - 40):start]
        opened = head.rstrip(" \t")
        if start == 0 or (opened[-1:] in (".", "!", "?", "\n") and not opened[-2:-1].isdigit()) or not opened.strip():
            return False  # "... Minggu (9/11/2025). 2000 warga mengikuti ...": it opens its sentence
        approx = self.numbers.approx_before.search(head)
        if (approx and not head[approx.end():].strip()) or head.rstrip().endswith((",", "(")):
            return False  # "sekitar 2000 warga", "150 petani, 2000 nelayan"
        before = words_before(head, len(head), 1)
        return not before or not head.rstrip()[-1:].isalpha() or (
            before[0] not in self.year_count_cues and before[0] not in self.recipient_cues)

    def read_noun_first(self, text: str, m: re.Match) -> list[Beneficiary]:
        """A count written after its group: "jumlah penerima manfaat mencapai 1.250." (no unit after the number)."""
        if m["n2"] or self.numbers.vague.get(norm(m["n1"])) is not None or self.scale.search(m["n1"]):
            return []
        value = read_number(m["n1"])
        if not self.whole_count(value):
            return []
        after = text[m.end():m.end() + 3].lstrip(" \t")
        if after and after[0] not in ".,;)\n\"”" and next_word(text, m.end()) not in self.stop | {"dan"}:
            return []  # "mencapai 116.000 pohon": a count of something else
        cue = words_before(text, m.start(), 1)
        cue_at = text.rfind(cue[0], max(0, m.start() - 30), m.start()) if cue else -1
        if not cue or cue[0] not in self.noun_first or cue_at < 0 or self.population.cited(text, m.start()):
            return []
        head = text[max(0, cue_at - 80):cue_at]
        units = list(self.unit_word.finditer(head, clause_start(head)))
        if not units or norm(units[-1].group(0)) in self.not_units | self.generic:
            return []
        between = [norm(w) for w in re.findall(r"[^\W\d_][\w-]*", head[units[-1].end():])]
        if len(between) > 4 or self.not_between.intersection(between) or (between and between[0] in self.not_members):
            return []
        unit = self.units[norm(units[-1].group(0))]
        start = max(0, cue_at - 80) + units[-1].start()
        approx = bool(m["suffix"]) or approx_before(text, m.start(), self.numbers) or value[1]
        return [Beneficiary(text[start:m.end()], start, m.end(), confidence=0.7, count=int(value[0]), unit=unit,
                            group=units[-1].group(0), approximate=approx)]

    def trained_for_task(self, text: str, group_end: int) -> bool:
        """Whether the trained group is followed at once by a purpose word (rules/beneficiaries.toml trainee_tasks):
        "melatih 30 relawan untuk membagikan masker" trains the ones who will deliver."""
        return next_word(text, group_end) in self.trainee_tasks

    def read_recipients(self, text: str, m: re.Match, found: list[Beneficiary] = ()) -> list[Beneficiary]:
        """A count of a noun the unit list lacks, marked as the people reached by a word before it ("diserahkan
        kepada 500 pelanggan", "pelatihan bagi 40 operator", "diikuti 25 barista") or by a verb of receiving or
        joining right after its group ("Sebanyak 60 penjual sayur menerima ...", "97 peternak telah bergabung")."""
        if m["n2"] or m["suffix"] or self.numbers.vague.get(norm(m["n1"])) is not None:
            return []
        value = read_number(m["n1"])
        if not self.whole_count(value):
            return []
        noun = next_word(text, m.end())
        noun_at = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip(" \t"))
        group, group_end = self.group(text, noun_at)
        # the group's first two words, also without a possessive "-nya" ("kepada 461 pegawainya": its own staff)
        first = [w[:-3] if w.endswith("nya") and len(w) > 5 else w for w in norm(group or "").split(" ")]
        excluded = self.not_recipients | self.stop
        if len(first) > 1 and first[0] in self.representatives and (
                first[1] in self.represented or " ".join(first[1:3]) in self.represented):
            first = first[1:]  # "diikuti 32 perwakilan BUMDes": the representatives of reached groups, judged by the group
        if not noun or not group or any(" ".join(first[:k]) in excluded for k in (1, 2)):
            return []
        deliverer = any(" ".join(first[:k]) in self.deliverers for k in (1, 2))
        if self.after_not_before(text, m.start()):  # "Tahun 2007 ia mendapatkan ..."
            return []
        head = text[max(0, m.start() - 40):m.start()]
        approx = self.numbers.approx_before.search(head)  # "kepada sekitar 500 ...": the cue is before "sekitar"
        head = head[:approx.start()] if approx else head
        cue = words_before(head, len(head), 2)
        if cue and cue[-1] in self.cue_skip:  # "diikuti oleh 35 pengupas tiram": the passive agent marker
            cue = cue[:-1]
        if deliverer and not (cue and cue[-1] in self.trainee_cues and not self.trained_for_task(text, group_end)):
            return []  # "lima pendamping", but "melatih 12 petugas kesehatan": the trainees, whatever their job
        if not (cue and cue[-1] in self.recipient_cues) and not self.members_of_people(text, head, cue) and not self.verb_after(text, m, group, group_end) \
                and not self.coordinated(text, m, found) and not self.agent_count(cue, first, m):
            return []
        end0 = noun_at + len(noun)
        if self.victims.search(text[m.end():m.end() + 30]) or self.population.cited(text, m.start(), m.end()) \
                or self.population.statistic(text, m.start(), m.end(), group) \
                or self.population.workforce(text, m.start(), group, group_end) or self.audience.attends(text, m.start(), end0) \
                or self.history.founders(text, m.start(), end0) or self.history.others(text, m.start(), end0) \
                or self.history.waiting(text, end0) \
                or self.bystanders.stands_by(text, m.start(), end0, False, self.cued(text, m.start())):
            return []
        end = noun_at + len(noun)
        return [Beneficiary(text[m.start():end], m.start(), end, confidence=0.6, count=int(value[0]), unit="orang",
                            group=group, approximate=bool(approx) or value[1])]

    def read_houses(self, text: str, m: re.Match) -> list[Beneficiary]:
        """Houses repaired by a house-repair programme: a count of ``house_nouns`` right after a word of repair
        ("merampungkan renovasi 15 rumah tidak layak huni", "bedah 12 rumah") or followed in its clause by a passive
        one ("Sebanyak sepuluh rumah milik warga prasejahtera diperbaiki"); rules ``house_*``."""
        if m["n2"] or m["suffix"] or self.numbers.vague.get(norm(m["n1"])) is not None or _YEAR.fullmatch(m["n1"]):
            return []
        value = read_number(m["n1"])
        noun = self.house_noun.match(text, m.end())
        if not self.whole_count(value) or noun is None or self.population.cited(text, m.start(), noun.end()):
            return []
        head = text[max(0, m.start() - 40):m.start()]
        approx = self.numbers.approx_before.search(head)
        head = head[:approx.start()] if approx else head
        cue = words_before(head, len(head), 1)
        if not (cue and cue[-1] in self.house_repairs) and not self.house_repaired_after.match(text, noun.end()):
            return []
        return [Beneficiary(text[m.start():noun.end()], m.start(), noun.end(), confidence=0.6, count=int(value[0]),
                            unit="rumah", group=noun.group(0).strip(), approximate=bool(approx) or value[1])]

    def whole_count(self, value) -> bool:
        """Whether a number read (``read_number``'s value and approximation) is a whole count of at least ``min_count``."""
        return value is not None and value[0] == int(value[0]) and value[0] >= self.min_count

    def read_elided(self, text: str, m: re.Match, found: list[Beneficiary]) -> list[Beneficiary]:
        """A bare number whose noun is elided in a parallel coordination placed by a preposition: "Penerima terdiri
        dari 90 pelaku usaha di Simalungun dan 60 di Pematangsiantar" (bn4_010). The count right before, already read,
        is placed by the same preposition and a capitalised name, and the bare number is placed the same way: the
        second conjunct repeats the first's structure without its noun (gapping), so it counts the same people. Not
        "60 di antaranya" (a part, lower case), not a year, not without a count read just before."""
        if m["n2"] or m["suffix"] or not found or _YEAR.fullmatch(m["n1"]):
            return []
        value = read_number(m["n1"])
        if not self.whole_count(value):
            return []
        prev = found[-1]
        gap = text[prev.end:m.start()]
        first = self.elided_gap.fullmatch(gap)
        second = self.elided_place.match(text, m.end())
        if first is None or second is None or norm(first["prep"]) != norm(second["prep"]):
            return []
        return [Beneficiary(text[m.start():second.end()], m.start(), second.end(), confidence=0.6, count=int(value[0]),
                            unit=prev.unit, group=prev.group, approximate=bool(value[1]))]

    def read_breakdown(self, text: str, m: re.Match, found: list[Beneficiary]) -> list[Beneficiary]:
        """Bare numbers that break down a partitive's base, read at the first: "Dari 40 UMKM ini, 28 bergerak di bidang
        kuliner dan 12 di kerajinan songket" (bn4_002). The count right before, already read, is the base of "dari"
        and only its group's words and a comma stand between; the bare numbers of the sentence that open a conjunct
        (after a comma or a conjunction) add up to the base exactly, so they partition the same people and count
        them (a breakdown is gold: ANNOTATION_NOTES "Count breakdowns"). A part that did something ("Dari 300 peserta,
        120 lulus") does not add up and stays unread."""
        if m["n2"] or m["suffix"] or not found or _YEAR.fullmatch(m["n1"]):
            return []
        prev = found[-1]
        if prev.count is None or self.breakdown_gap.fullmatch(text, prev.end, m.start()) is None:
            return []
        before = words_before(text[max(0, prev.start - 40):prev.start], len(text[max(0, prev.start - 40):prev.start]), 2)
        while before and before[-1] in self.numbers_approx_words:
            before.pop()
        if not before or before[-1] != "dari":
            return []
        stop = m.end() + clause_stop(text[m.end():m.end() + 200], _BREAKDOWN_END)
        parts = [(m.start(), m.end(), m["n1"])] + [(p.start(1), p.end(1), p.group(1))
                                                   for p in self.breakdown_part.finditer(text, m.end(), stop)]
        values = [read_number(n) for _, _, n in parts]
        if len(parts) < 2 or not all(map(self.whole_count, values)) \
                or sum(v[0] for v in values) != prev.count:
            return []
        return [Beneficiary(text[a:b], a, b, confidence=0.6, count=int(v[0]), unit=prev.unit, group=prev.group,
                            approximate=False) for (a, b, _), v in zip(parts, values)]

    def members_of_people(self, text: str, head: str, cue: list[str]) -> bool:
        """True when "terdiri atas/dari" lists the members of a group of people named just before it ("Peserta
        pelatihan terdiri atas 24 operator perahu, ..."): the verb passes its subject's kind to the counts it lists.
        The subject must be a role noun of the unit list (not a population noun such as "warga"), at most four words
        before the verb in the same clause; "Gedung itu terdiri dari 4 lantai" lists no people."""
        if len(cue) < 2 or " ".join(cue[-2:]) not in self.composition:
            return False
        at = head.lower().rfind(cue[-2])
        before = head[:at] if at >= 0 else ""
        units = list(self.unit_word.finditer(before, clause_start(before)))
        if not units or norm(units[-1].group(0)) in self.not_units | self.generic:
            return False
        return len(re.findall(r"[^\W\d_][\w-]*", before[units[-1].end():])) <= 4

    def coordinated(self, text: str, m: re.Match, found: list[Beneficiary]) -> bool:
        """True when the count is coordinated with the count read just before it ("kepada 250 sopir angkot dan 150
        ojek", "seratus lima puluh nelayan dan 64 pengolah ikan ... mengikuti", "terdiri atas 24 operator perahu,
        18 penyelam lokal dan ..."): coordinated objects share the preposition or verb that marks them as the people
        reached. Only the group's words and a comma or conjunction may stand between the two."""
        if not found:
            return False
        prev = found[-1]
        if not 0 <= m.start() - prev.end <= 80:
            return False
        gap = text[prev.end:m.start()]
        words = re.fullmatch(rf"((?:[^\S\n]+[^\W\d_][\w-]*){{0,{self.verb_group_max}}}?)[^\S\n]*"
                             rf"(?:,|,?[^\S\n]*(?:{self.coordination}))[^\S\n]+", gap, re.I)
        if words is None:
            return False
        if not re.search(rf"(?:{self.coordination})[^\S\n]*$", gap, re.I):
            # a comma alone coordinates only inside a list closed by a conjunction ("24 operator, 18 penyelam dan 12
            # pemilik"), not in a partitive ("Dari 300 peserta, 120 pemahat berasal dari Jepara")
            tail = text[m.end():m.end() + 120]
            if not re.search(rf"(?<![^\W\d_])(?:{self.coordination})[^\S\n]+(?:\d|{self.numbers.words})",
                             tail[:clause_stop(tail)], re.I):
                return False
        between = [norm(w) for w in words.group(1).split()]
        return not any(w in self.stop or w in self.clause_links or w in self.not_recipients for w in between)

    def agent_count(self, cue: list[str], first: list[str], m: re.Match) -> bool:
        """True when a count cue ("sebanyak", "sejumlah") stands right before the number and the noun after it is a
        pe(N)- agent noun ("Sebanyak 30 pemahat", "sebanyak 340 penabuh dan penari"): a count of doers. After such
        a cue things are as common as people, so an unlisted noun needs the morphology of a person noun
        (extract/components/person_nouns.py), and instrument nouns of the same shape are listed in not_agents."""
        if not cue or cue[-1] not in self.agent_cues or _YEAR.fullmatch(m["n1"]):
            return False
        return bool(first) and first[0] not in self.not_agents and is_agent_noun(first[0])

    def verb_after(self, text: str, m: re.Match, group: str, group_end: int) -> bool:
        """True when a verb of receiving or joining follows a short common-noun group ("60 penjaja sayur menerima"):
        not after a year-like number ("pada 1999 ia sempat mengikuti"), a name ("SMA Negeri 3 Malang telah
        menerima") or a group that runs on into the next clause ("81 suara sedangkan Laode Ida mendapat")."""
        words = group.split()
        if _YEAR.fullmatch(m["n1"]) or len(words) > self.verb_group_max:
            return False
        if words[0][:1].isupper() and not words[0].isupper():
            return False
        if any(norm(w) in self.clause_links for w in words):
            return False
        verb = re.match(rf"(?:[^\S\n]+(?:{self.verb_skip}))*[^\S\n]+([^\W\d_][\w-]*)", text[group_end:group_end + 60])
        return bool(verb) and norm(verb.group(1)) in self.recipient_verbs

    def group(self, text: str, start: int) -> tuple[str | None, int]:
        """The group described: the words from the unit on, up to a stop word or punctuation."""
        words: list[tuple[int, int]] = []
        for t in self.group_token.finditer(text, start, min(len(text), start + 200)):
            tok = t.group(0)
            if "\n" in text[words[-1][1] if words else start:t.start()]:
                break
            if tok.startswith("("):
                if words:
                    words.append((t.start(), t.end()))
                continue
            if not tok[0].isalpha() or norm(tok) in self.stop or len(words) >= self.group_max:
                break
            words.append((t.start(), t.end()))
        if not words:
            return None, start
        return text[words[0][0]:words[-1][1]], words[-1][1]

    def per_member(self, text: str, b: Beneficiary, found: list[Beneficiary], doc: Doc) -> bool:
        """A person count after "masing-masing" in a sentence that already counted groups: members per group.
        Also a count distributed over a unit by "masing-masing"/"setiap"/"tiap" + a group, institution or place noun
        in its clause ("masing-masing sekolah mengirim dua guru", "tiap desa 15 orang", "15 orang di tiap desa")."""
        sentences = sentence_starts(doc)
        i = bisect_right(sentences, b.start) - 1
        s_start = sentences[i] if i >= 0 else 0
        if self.per_unit(text, b, found, s_start):
            return True
        if b.unit != "orang" or not any(g.unit == "kelompok" for g in found):
            return False
        groups = [g for g in found if g.unit == "kelompok" and s_start <= g.start < b.start]
        return bool(groups) and self.each.search(text, groups[-1].end, b.start) is not None

    def per_unit(self, text: str, b: Beneficiary, found: list[Beneficiary], s_start: int) -> bool:
        """True when a distributive word and a noun of units ("masing-masing sekolah", "setiap kelompok") stand in the
        count's clause right before it (no other number between) or right after it ("dua guru per sekolah"), and the
        sentence has already counted those units ("dari 75 sekolah, masing-masing sekolah mengirim dua guru"): the
        count is per unit, not a total. Alone ("Masing-masing kelurahan mengirimkan peserta sebanyak 25 orang") it
        is the only count given and stays. A distributive subject over a thing with a passive verb of operating
        ("Tiap perahu dioperasikan tiga orang", rules ``each_operated_*``) gives people per unit too."""
        head = text[max(0, b.start - 60):b.start]
        head = head[clause_start(head):]
        if self.each_operated.search(head):  # "Satu mesin cukup dijalankan dua orang": people per unit of a thing
            return True
        cues = [c for c in self.each_unit.finditer(head)
                if not re.search(r"\d", head[c.end():]) and len(head[c.end():].split()) <= 4]
        if any(self.each_size.match(head, c.end()) for c in cues):
            return True  # "Setiap tim beranggotakan 22 orang": the size of each unit
        after = self.each_unit.match(text, b.end, b.end + 40)
        nouns = {norm(c.group("noun")) for c in cues + ([after] if after else [])}
        return any(g.group and norm(g.group).split()[0] in nouns for g in found if s_start <= g.start < b.start)
