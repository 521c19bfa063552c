"""Programme names: the proper names of the programmes an article reports.

Three ways a name announces itself (cue words and patterns in rules/programs.toml):

- a cue word, a few descriptors, then a capitalised or quoted name: ``melalui program TJSL
  HK Peduli Kreatif``, ``bertajuk aksi HEBAT``, ``program 'Karyawati Goes to Zona Tameng'``;
- a CSR brand that names the activity: capitalised words closed by a brand suffix
  (``Pelindo Beramal``, ``Indofood Berbagi``, ``PalmCo Goes to School``);
- a place head (``Kampoeng``, ``Desa``, ``Kampung``) followed by a programme word or an acronym
  (``Kampoeng BNI``, ``Desa Energi Berdikari``, ``Kampung Iklim``): a name that only looks like a place.

A name followed by ``(ACR)`` gets the acronym as an alias; every later occurrence of any form is a
mention. ``doc._.programs`` holds a spaCy Span per mention (label ``PROGRAM``, ``kb_id_`` the
entity): ``warta_locations`` and ``warta_organizations`` drop candidates inside these spans, so
the component runs before them. ``doc._.program_mentions`` holds the values for the record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.doctext import doc_text
from extract.components.numbers import word_re
from extract.components.scan import LeadWords, finditer_after, finditer_lines, related_lines, title_case_line
from extract.components.values import Mention, aliased_payload
from rules import load_rules

for _name in ("programs", "program_mentions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass(frozen=True, slots=True)
class Program(Mention):
    name: str = ""  # the fullest form written in the article
    entity: str = ""  # one id per programme in the article
    aliases: tuple[str, ...] = ()
    cue: str | None = None  # how it was found: "cue", "quoted", "brand", "place_head"

    def key(self):
        return self.entity

    def payload(self):
        return aliased_payload(self)


@Language.factory("warta_programs", assigns=["doc._.programs", "doc._.program_mentions"],
                  default_config={"rules": "programs"})
def make_program_finder(nlp: Language, name: str, rules: str) -> "ProgramFinder":
    from gazetteers.companies import load_gazetteer

    return ProgramFinder(load_rules(rules), load_rules("organizations"), load_gazetteer())


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_WORD = r"[^\W_][\w'’\-]*"
_QUOTES = {'"': '"', "“": "”", "‘": "’", "'": "'", "”": "”", "’": "’"}
_NEXT_WORD = re.compile(rf"[^\S\n]+({_WORD})")
_LAST_WORD = re.compile(rf"({_WORD})$")
_PARENTHESIS = re.compile(r"\(([^()]+)\)")
_ROMAN = re.compile(r"[IVXLC]+")
_ACRONYM = re.compile(r"^\(([A-Z][A-Za-z0-9&'’\-]{1,11})\)$")
# An acronym in parentheses, as the pattern in ``mentions`` reads it after a form ("(KBNI)").
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)", re.I)
_ACRONYM_IN_PARENTHESES = re.compile(r"\([A-Z]{2,7}\)")  # what closes every match of ``owner_defined``
QUOTES_BEFORE_TITLE = "\"“‘'"  # what stands right before every match of ``quoted_title`` (its look-behind)


def norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


class ProgramFinder:
    def __init__(self, rules: dict, org_rules: dict, gazetteer=None):
        self.gazetteer = gazetteer  # known organisations: "program sosial Tangguh LNG" names the owner
        self.read_words(rules, org_rules)
        self.compile_patterns(rules)

    def read_words(self, rules: dict, org_rules: dict) -> None:
        """The word lists of rules/programs.toml (and organisation heads) as sets for lookups."""
        self.programme_kinds = set(rules["programme_kinds"])  # gazetteer rows that are programmes ("Bakti BCA")
        self.unit_starts = set(load_rules("entities")["unit_starts"])  # "BRI Kanwil Medan": a unit, not a brand
        self.max_words = int(rules["max_words"])
        self.max_found = int(rules["max_found"])
        self.academic_after_cue = frozenset(rules["academic_after_cue"])
        self.not_academic = frozenset(rules["not_academic"])
        self.programme_word = rules["programme_word"]  # "Program": capitalised, a cue and a name's first word
        self.connectors = set(rules["connectors"])
        self.governed_connectors = {k: frozenset(v) for k, v in rules["governed_connectors"].items()}
        self.breakers = {w.lower() for w in rules["breakers"]}
        self.days = set(rules["days"])
        self.lead_not_heads = self.days | set(rules["not_heads"])
        self.not_heads = self.lead_not_heads | {h.split()[0] for h in org_rules["heads"]}
        self.org_heads_opening = frozenset(rules["org_heads_opening"])  # "Pesantren": opens a name only with a theme
        self.not_heads -= set(rules["place_heads"]) | set(rules["org_heads_allowed"]) | self.org_heads_opening
        org_heads = {h.split()[0] for h in org_rules["heads"]} - set(rules["org_heads_allowed"])
        self.name_breakers = self.days | set(rules["name_breakers"]) | org_heads  # "Gandeng Gendong Bank BPD DIY"
        self.brand_not_heads = set(rules["brand_not_heads"])
        self.descriptive = {w.lower() for w in rules["descriptive"]}
        self.generic = {norm(g) for g in rules["generic"]}
        self.themes = set(rules["themes"])
        self.lead_words = {w.lower() for w in rules["cues"] + rules["label_descriptors"] + rules["descriptors"]
                           + rules["breakers"]}
        self.named_not_programme = {w.lower() for w in rules["named_not_programme"]}
        self.naming_skip = set(rules["naming_skip"])
        self.place_heads = set(rules["place_heads"])
        self.title_stops = set(rules["title_stops"])
        self.title_verb_endings = tuple(rules["title_verb_endings"])
        # cues that belong to the lower-case name they open ("gerakan peduli isolasi mandiri (Garda Lima)")
        self.kept_cues = {c.lower() for c in rules["lower_name_kept_cues"]}
        self.title_name_cues = tuple(rules["title_name_cues"])  # "Gerakan Pangan Murah": the cue is the head
        self.national_goals = [norm(g).split() for g in rules["national_goals"]]
        self.day_name_words = set(rules["day_name_words"])
        self.owner_heads = set(rules["owner_heads"])
        # first words of "X Y Bank Z (XYBZ)" that make it no programme closed by its owner (``owner_named``)
        self.umbrella_heads = self.not_heads | self.brand_not_heads | self.lead_not_heads | self.place_heads
        self.lone_cues = set(rules["lone_cues"])
        self.lone_not = set(rules["lone_not"])
        self.edition_not_heads = set(rules["edition_not_heads"])
        self.two_word_suffixes = set(rules["brand_suffixes_two_words"])
        self.quoted_words = tuple(int(n) for n in rules["quoted_repeated_words"])
        self.quoted_back = int(rules["quoted_back_words"])
        self.list_counts = {k.lower(): int(v) for k, v in rules["list_counts"].items()}
        self.list_counts.update({w.lower(): 0 for w in rules["list_open_counts"]})  # 0: any number, two or more
        self.launch_not_heads = set(rules["launch_not_heads"]) | {self.programme_word}
        self.appositive_not_after = set(rules["appositive_not_after"])
        self.headline_for = frozenset(rules["launch_for"])  # a title-case line's preposition of the recipients

    def compile_patterns(self, rules: dict) -> None:
        """The patterns the finders scan with, built once from rules/programs.toml."""
        # the tokens of a name walk (``name_at``): a parenthesis, a version numeral ("Srikandi Segara 2.0"), a word, a mark
        self.token = re.compile(rf"\([^()\n]{{1,90}}\)|{rules['version_numeral']}(?![\d,]|\.\d)|[^\W_][\w'’\-]*|[^\s\w]")
        self.programme_lead = re.compile(rf"^(?i:{re.escape(self.programme_word)})\s+")
        sp = r"[^\S\n]+"
        self.cue = re.compile(
            rf"(?<![\w])(?:(?i:{_alt(rules['cues'])})|{_alt(rules['lower_cues'])}){sp}"
            rf"(?:(?:(?i:{_alt(rules['label_descriptors'])})|{_alt(rules['descriptors'])}){sp}){{0,{int(rules['max_descriptors'])}}}")
        self.strip = re.compile(rf"(?:(?i:{_alt(rules['strip_lead'])})(?:[^\S\n]*\([^()]{{1,12}}\))?(?:[^\S\n]+|$))+")
        self.brand = re.compile(
            # a brand starts no word inside a word ("A’B", "x-B") and a word gives back no letters: one pass
            # over a long run of capitalised words, not one per letter (bench/redos.py)
            rf"(?<![\w])(?<!\w[&'’\-])((?:[A-Z][\w&'’\-]*+{sp}){{1,4}})(?:{_alt(rules['brand_suffixes'])}|{_alt(rules['brand_suffixes_lower'])})(?![\w])")
        self.brand_extension = re.compile(
            rf"[^\S\n]+(?:{_alt(rules['themes'])}|{_alt(rules['brand_extension'])}"
            rf"|{_alt(rules['brand_objects'])})(?![\w])")
        self.naming_cue = re.compile(rf"(?i:{_alt(rules['naming_cues'])})")
        self.defining = re.compile(rf"[^\S\n]+(?:{_alt(rules['defining_copula'])})[^\S\n]+(?:\w+[^\S\n]+){{0,2}}"
                                   rf"(?i:{_alt(rules['defining_nouns'])})\b")
        self.defined = re.compile(
            rf"(?<![\w])(?P<name>{re.escape(self.programme_word)}(?:{sp}(?:[A-Z][\w'’\-]*|{_alt(rules['defined_connectors'])})){{1,10}})"
            rf"{sp}\((?P<acr>[A-Z][A-Za-z]{{1,9}})\)")
        self.place = re.compile(rf"(?<![\w])(?:{_alt(rules['place_heads'])}){sp}(?=[A-Z])")
        self.address_next = re.compile(rf"^[^\S\n]*,[^\S\n]*(?:{_alt(rules['address_levels'])}){sp}[A-Z]")
        self.address_list = re.compile(
            rf"^[^\S\n]*(?:{_alt(rules['address_joins'])})[^\S\n]*(?P<head>{_alt(rules['place_heads'])}){sp}[A-Z]")
        # a lower-case name after a cue, closed by its short name in parentheses: "gerakan peduli isolasi
        # mandiri (Garda Lima)", "program pelestarian seni tabuh anak Bali (Pesta Bali)"
        self.lower_named = re.compile(
            rf"(?<![\w])(?P<cue>(?i:{_alt(rules['lower_name_cues'])})){sp}"
            rf"(?P<name>(?:[a-z][\w\-]*{sp}){{1,{int(rules['lower_name_words']) - 1}}}?(?:[a-z][\w\-]*|[A-Z][a-z]+)){sp}"
            rf"\((?P<acr>[A-Z][A-Za-z]{{1,9}}(?:{sp}[A-Z][a-z]{{2,9}}){{0,2}})\)")
        self.quote_cue = re.compile(rf"(?<![\w])(?i:{_alt(rules['quote_cues'])}){sp}(?=[\"“‘'])")
        self.related = related_lines()
        self.facility = re.compile(rf"(?<![\w])(?:{_alt(rules['facility_heads'])}){sp}$")
        self.headline_means = re.compile(rf"^[^\S\n]*(?:{_alt(rules['headline_means'])}){sp}")
        # the names between the means and the comma, split at a joining word ("Lewat PUMK dan Gerak Siak, ...")
        joins = rules["headline_joins"]
        after_join = "|".join(rf"(?<=[^\S\n]{re.escape(j)}[^\S\n])" for j in joins)
        not_join = rf"(?!(?:{_alt(joins)})[^\S\n])"
        self.headline_part = re.compile(rf"(?:(?<=^)|{after_join}){not_join}\S+(?:[^\S\n]+{not_join}\S+)*")
        self.lower_brand = re.compile(
            rf"{sp}([a-z]{{{int(rules['lower_brand_letters'][0])},{int(rules['lower_brand_letters'][1])}}})(?![\w])")
        self.owner_after = re.compile(rf"{sp}([A-Z][\w\-]*(?:{sp}[A-Z][\w\-]*){{0,2}})")
        self.owner_defined = re.compile(
            rf"(?<![\w])(?P<name>[A-Z][\w'’\-]*(?:{sp}[A-Z][\w'’\-]*){{1,6}}){sp}\((?P<acr>[A-Z]{{2,7}})\)")
        # the same matches, the patterns tried only where one can start or on the lines that can hold one (scan.py)
        self.cue_scan = LeadWords(self.cue, rules["cues"] + rules["lower_cues"], ignore_case=True)
        self.quote_cue_scan = LeadWords(self.quote_cue, rules["quote_cues"], ignore_case=True)
        self.lower_named_scan = LeadWords(self.lower_named, rules["lower_name_cues"], ignore_case=True)
        self.place_scan = LeadWords(self.place, rules["place_heads"])
        self.defined_scan = LeadWords(self.defined, [self.programme_word])
        self.brand_words = list(rules["brand_suffixes"]) + list(rules["brand_suffixes_lower"])
        self.brand_suffix_words = [w.split() for w in rules["brand_suffixes"]]  # "Peduli", "Goes to School"
        self.brand_objects = frozenset(rules["brand_objects"])  # "Bank Jambi Peduli Pendidikan"
        # an edition after a name: "Angkatan II", "Tahun 2025", "ke-13", "1446 H" (``edition_named``)
        self.edition = re.compile(
            rf"(?<=[^\S\n])(?:(?:{_alt(rules['edition_words'])}){sp}(?:[IVXLC]+|\d{{1,3}})"
            rf"|(?:{_alt(rules['edition_ordinal'])})\d{{1,3}}|(?:{_alt(rules['edition_year_words'])}){sp}(?:19|20)\d\d"
            rf"|1[34]\d\d{sp}(?:{_alt(rules['edition_hijri'])})\.?"
            rf"|(?P<bare>(?:{_alt(rules['edition_bare_centuries'])})\d\d))(?![\w\-/])")

        # a counted programme noun opening a list of names ("tiga pilar: A, B dan C", ``listed_named``)
        self.listed = re.compile(
            rf"(?<![\w])(?:(?P<count>(?i:{_alt(list(rules['list_counts']) + rules['list_open_counts'])})){sp}"
            rf"(?i:{_alt(rules['list_nouns'])})|(?P<single>{_alt(rules['list_single_nouns'])}))"
            rf"(?:{sp}[\w\-]+){{0,{int(rules['list_max_between'])}}}?[^\S\n]*,?[^\S\n]*"
            rf"(?:{_alt(rules['list_openers'])})[^\S\n]+")
        # a launching verb before a capitalised name (``launched_named``); a recipient's preposition ends it in a headline
        self.launch = word_re(rules["launch_verbs"], r"[^\S\n]+")
        self.launch_for = re.compile(rf"{sp}(?:{_alt(rules['launch_for'])}){sp}")
        # a comma, then an appositive calling the name before it a CSR programme (``appositive_named``)
        self.appositive = re.compile(rf",{sp}(?:{_alt(rules['appositive_nouns'])}){sp}(?i:{_alt(rules['appositive_labels'])})(?![\w])"
                                     rf"(?!{sp}(?:{_alt(rules['appositive_not_before'])})(?![\w]))")
        # a copula, then a programme noun: the name before it is defined as a programme (``copular_named``)
        self.copular = re.compile(rf"(?<=[^\S\n])(?:{_alt(rules['defining_copula'])}){sp}"
                                  rf"(?:(?:{_alt(rules['copular_between'])}){sp})?(?:{_alt(rules['defining_nouns'])})(?![\w\-])")
        # a quoted run opening with a capital (``quoted_repeated``): straight, curly or single quotes
        self.quoted_title = re.compile(r"(?:(?<=[\"“])|(?<=(?<![\w])[‘']))(?P<name>[A-Z][^\"“”‘’'\n]{2,80}?)[\"”’']")
        # the same matches, tried only where one can start (scan.py): after an edition word or a 1, a count or a
        # pillar, a launching verb (after no letter: ``word_re``), a quote
        self.edition_scan = LeadWords(self.edition, rules["edition_words"] + rules["edition_ordinal"]
                                      + rules["edition_year_words"] + rules["edition_bare_centuries"]
                                      + ["1"])  # "1446 H": a Hijri year opens with 1; "2025" alone with its century
        self.listed_scan = LeadWords(self.listed, list(rules["list_counts"]) + rules["list_open_counts"]
                                     + rules["list_single_nouns"], ignore_case=True)
        self.launch_scan = LeadWords(self.launch, rules["launch_verbs"], ignore_case=True, refused=str.isalpha)
        self.list_split = re.compile(rf"[^\S\n]*,[^\S\n]*(?:(?:dan|serta){sp})?|{sp}(?:dan|serta){sp}")
        outer = _alt(rules["list_outer_joins"])
        self.list_outer_split = re.compile(rf"[^\S\n]*,[^\S\n]*(?:(?:{outer}){sp})?|{sp}(?:{outer}){sp}")

    # ------------------------------------------------------------------ finding
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc._.program_mentions = mentions = self.mentions(text, self.find(text))
        spans = []
        for p in mentions:
            span = doc.char_span(p.start, p.end, label="PROGRAM", kb_id=p.entity, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc._.programs = spans
        return doc

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """The name candidates (start, end, how found) of every finder, in this order (``mentions`` keeps it for
        ties), less those on a related-story line, each closed by its owner's name where one follows."""
        title_end = text.find("\n") if "\n" in text else len(text)
        found = [got for finder in (self.quote_named, self.headline_names, self.owner_named, self.cue_named,
                                    self.acronym_defined, self.short_form_named, self.brand_named, self.place_named,
                                    self.edition_named, self.listed_named, self.quoted_repeated,
                                    self.launched_named, self.appositive_named, self.copular_named)
                 for got in finder(text, title_end)]
        related = [(m.start(), m.end()) for m in self.related.finditer(text)]
        return [self.owner_closing(text, f) for f in found if not any(a <= f[0] < b for a, b in related)]

    def quote_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """A capitalised name quoted after a naming verb: "Kami menyebutnya 'Laut Sejahtera Oesapa'"."""
        out = []
        for m in self.quote_cue_scan.finditer(text):
            got = self.quoted(text, m.end())
            if got and text[got[0]].isupper() and self.valid(text[got[0]:got[1]], True, text, got[1]):
                out.append(got)
        return out

    def cue_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """A quoted or capitalised name after a cue and its descriptors: "melalui program TJSL HK Peduli Kreatif"."""
        out = []
        for m in self.cue_scan.finditer(text):
            if self.names_other_noun(text, m):
                continue
            got = self.quoted(text, m.end()) or self.name_at(text, m.end(), title_end)
            if got and got[2] != "quoted":
                lead = self.strip.match(text, got[0], got[1])
                got = (lead.end(), got[1], got[2]) if lead else got
                if text.startswith(self.title_name_cues, m.start()) and not text[m.start():got[0]].strip().count(" "):
                    got = (m.start(), got[1], got[2])  # "Gerakan Pangan Murah": the head word is the name's
            named = text.startswith(self.programme_word, m.start()) and _mid_sentence(text, m.start())
            lone = m.group().split()[0] in self.lone_cues and len(m.group().split()) == 1  # "program Makmur"
            if got and got[1] > got[0] and self.valid(text[got[0]:got[1]], got[2] == "quoted", text, got[1], named, lone):
                out.append(got)
        return out

    def acronym_defined(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """"Program Sosial Bank Indonesia (PSBI)": the acronym makes the capitalised words one name."""
        out = []
        for m in self.defined_scan.finditer(text):
            words = m.group("name").split()
            if _expansion_length(words, m.group("acr")) == len([w for w in words if w[0].isupper()]) and \
                    self.valid(m.group("name"), False, text, m.end("name"), named=True):
                out.append((m.start(), m.end(), "cue"))
        return out

    def short_form_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """A lower-case name after a cue, closed by its short form: "gerakan peduli isolasi mandiri (Garda Lima)"."""
        return [got for m in self.lower_named_scan.finditer(text) if (got := self.lower_name(text, m))]

    def brand_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """A CSR brand: capitalised words closed by a brand suffix, with its theme or object ("Pelindo Beramal",
        "Bank Jambi Peduli Pendidikan")."""
        out = []
        for m in finditer_lines(self.brand, text, self.brand_words):
            start = self.trim_lead(text, m.start(), m.end())
            end = self.extend_themes(text, m.end())
            if start is None or start >= m.start(1) + len(m.group(1)) or self.brand_continues(text, end):
                continue  # the suffix alone ("BUMN Peduli" less BUMN), or a longer name ("Pemuda Peduli Lore Lindu")
            if start < title_end:  # a headline: the name starts after its verb ("Vale Kembangkan Green ...")
                for w in re.finditer(_WORD, text[start:m.start(1) + len(m.group(1))]):
                    if self.stop_word(w.group(), True):
                        start = start + w.end() + 1
                start = self.headline_tail(text, start, end, title_end)
            if text[m.end(1):m.end()] in self.two_word_suffixes and len(text[start:m.end(1)].split()) < 2:
                continue  # "Ubud Village", "Binus Academy": a place's or an organisation's name
            if start < end and text[start:end].split()[0] not in self.brand_not_heads:
                out.append((start, end, "brand"))
        return out

    def place_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """A place head with a programme word or an acronym: "Kampoeng BNI", "Desa Energi Berdikari"."""
        out = []
        for m in self.place_scan.finditer(text):
            if self.facility.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Gedung Sentra UMKM Sorowako": a building
            got = self.name_at(text, m.start(), title_end)
            if got and self.place_programme(text[got[0]:got[1]]) and not self.address(text, got[0], got[1], title_end):
                out.append((got[0], got[1], "place_head"))
        return out

    def address(self, text: str, start: int, end: int, title_end: int) -> bool:
        """Whether a place-headed name with a theme word is a village of an address (``address_levels``,
        ``address_joins`` in rules/programs.toml): no acronym in it, and the next administrative level after a
        comma ("Kelurahan Belawan Bahari, Kecamatan Medan Belawan") or a plain place of the same head listed after
        it ("Kelurahan Bontang Lestari dan Kelurahan Guntung")."""
        name = text[start:end]
        if _PARENTHESIS.search(name) or any(w.isupper() and len(w) > 1 for w in name.split()[1:]):
            return False  # "Kampung Berseri Astra (KBA) Nglanggeran", "Kampung KB": a programme's acronym
        rest = text[end:end + 80]
        if self.address_next.match(rest):
            return True
        m = self.address_list.match(rest)
        if not m or m.group("head") != name.split()[0]:
            return False
        other = self.name_at(text, end + m.start("head"), title_end)
        return bool(other) and not self.place_programme(text[other[0]:other[1]])

    def edition_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """The capitalised words right before an edition ("Smart Farming Academy Angkatan II", "Toyota Eco Youth
        ke-13", "Berbagi Berkah Ramadan 1446 H"): a programme's name when the article writes it again; the
        edition is no part of the name. Meetings, contests, budgets and laws (``edition_not_heads``) are no name."""
        out = []
        for m in self.edition_scan.finditer(text):
            got = self.name_before(text, m.start(), title_end)
            if got is None or got[2] < 2 or text[got[0]:got[1]].split()[0] in self.edition_not_heads:
                continue
            start, end = got[0], got[1]
            name = text[start:end]
            if len(re.findall(_whole_word(name), text)) < 2 or not self.valid(name, False, text, end):
                continue
            if m.group("bare") and (not self.written_without(text, name, m.group("bare")) or any(
                    w in self.edition_not_heads or w in self.lead_not_heads for w in name.split())):
                continue  # a dated title: "Rancangan APBD 2026", "Green Festival 2011"
            out.append((start, end, "cue"))
        return out

    @staticmethod
    def written_without(text: str, name: str, year: str) -> bool:
        """A name the article also writes without the year after it ("PHR Sahabat Guru 2025" ... "PHR Sahabat Guru
        dirancang"): the year is the edition of a recurring programme, not part of a dated title."""
        return any(not re.match(rf"[^\S\n]+{year}", text[m.end():]) for m in re.finditer(_whole_word(name), text))

    def name_before(self, text: str, pos: int, title_end: int):
        """The capitalised name that ends right before ``pos`` (a space or punctuation after it is allowed): walk
        back over capitalised words and the connectors between them, at most half ``max_words`` tokens; ``None``
        when no capitalised word ends there. Returns (start, end, tokens kept)."""
        line_start = text.rfind("\n", 0, pos) + 1
        words = list(re.finditer(_WORD, text[line_start:pos]))
        keep: list[re.Match] = []
        for w in reversed(words):  # walk back over the name: capitalised words, connectors between them
            tok = w.group()
            gap = text[line_start + w.end():line_start + (keep[0].start() if keep else len(text[line_start:pos]))]
            if gap.strip():  # punctuation between: the name ends there
                break
            if tok[0].isupper() and not tok.isdigit():
                if (tok in self.name_breakers or tok == self.programme_word
                        or self.stop_word(tok, line_start + w.start() < title_end)):
                    break
                keep.insert(0, w)
            elif tok.lower() in self.connectors and keep:
                keep.insert(0, w)
            else:
                break
            if len(keep) >= self.max_words // 2:
                break
        while keep and not keep[0].group()[0].isupper():
            keep.pop(0)
        if not keep:
            return None
        return line_start + keep[0].start(), line_start + keep[-1].end(), len(keep)

    def launched_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """The capitalised object of a launching verb (``launch_verbs``): "PKT Luncurkan Pupuk Kaltim Bersemi Pesisir
        di Bontang Kuala", "Antam Luncurkan Laut Kita Sejahtera untuk Nelayan Buli" (s32, pg6_009, pg6_012). A
        launch takes a programme or a product as its object; products, counts and the programme word itself
        (``launch_not_heads``; "Luncurkan Program SIGAP" is read by the cue) are left. In a headline the name ends at
        a lower-case preposition of the recipients (``launch_for``: "untuk Nelayan Buli")."""
        out = []
        for m in self.launch_scan.finditer(text):
            got = self.name_at(text, m.end(), title_end)
            if not got:
                continue
            start, end = got[0], got[1]
            if start < title_end:
                cut = self.launch_for.search(text, start, end)
                end = cut.start() if cut else end
            words = text[start:end].split()
            if len(words) < 2 or words[0] in self.launch_not_heads or words[0].lower() in self.list_counts:
                continue
            if self.object_name(text, start, end):
                out.append((start, end, "cue"))
        return out

    def object_name(self, text: str, start: int, end: int) -> bool:
        """Whether a capitalised run read after a verb or before an apposition is a programme's name: a name that
        opens with a place head only as a place programme ("Desa Berdaya" yes, "Desa Gayam" no), and valid."""
        name = text[start:end]
        if self.place_heads.intersection(name.split()[:1]) and not self.place_programme(name):
            return False
        return self.valid(name, False, text, end)

    def appositive_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """A capitalised name followed by an appositive that calls it a CSR programme: "bagian dari Pertamina Sehati,
        program CSR kesehatan ibu dan anak", "meluncurkan Pupuk Kaltim Bersemi Pesisir, program tanggung jawab
        sosial dan lingkungan ..." (s32, pg6_007, pg6_009; ``appositive_nouns`` then ``appositive_labels``). The
        apposition says what the name is; a place before the comma ("Di Desa Gayam, program CSR ...") is the
        setting of the sentence, no name (a place head or a locative preposition before it, ``appositive_not_after``); a demonstrative
        after the label makes the phrase the subject of a new clause ("Menurut Dimas, program pemberdayaan ini ...")."""
        out = []
        for m in self.appositive.finditer(text):
            got = self.name_before(text, m.start(), title_end)
            if got is None or got[0] < title_end:
                continue
            start, end = got[0], got[1]
            words = text[start:end].split()
            before = re.findall(_WORD, text[max(0, start - 30):start])
            if len(words) < 2 or (before and before[-1] in self.appositive_not_after):
                continue
            if self.object_name(text, start, end):
                out.append((start, end, "cue"))
        return out

    def copular_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """A capitalised name that a copula defines as a programme: "Kakao Bangkit adalah sub-program pertama dari
        Lingkar Tani Lestari" (s34, pg8_007), "Pertamina Sehati merupakan program perusahaan" (pg4_007), "Preman PKK
        merupakan program kerjasama" (d013; ``defining_copula``, ``copular_between``, ``defining_nouns``). The copula
        says what its subject is, as an apposition does (``appositive_named``); two words at least (a lone word is
        read by ``defines``), in body text, no place setting before it."""
        out = []
        for m in self.copular.finditer(text, title_end):
            got = self.name_before(text, m.start(), title_end)
            if got is None or got[0] < title_end or got[2] < 2:
                continue
            start, end = got[0], got[1]
            before = re.findall(_WORD, text[max(0, start - 30):start])
            if before and before[-1] in self.appositive_not_after:
                continue
            if self.object_name(text, start, end):
                out.append((start, end, "cue"))
        return out

    def listed_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """Names listed after a counted programme noun and a colon or "yakni": "tiga pilar: Tonasa Cerdas, Tonasa
        Sehat dan Tonasa Hijau", "dua program sosial Tangguh LNG, yakni Tangguh Air Bersih dan Tangguh Terang";
        one pillar named after its field, no count: "pada pilar kesehatan: Satui Sehat Bersama" (``list_single_nouns``).
        Kept only when the list has as many items as the count says (two or more after an indefinite count,
        "beberapa pilar: ...") and every item is a capitalised name of two words or more (the last item ends at
        its first lower-case word that is no connector). Split at every "dan" first; when that gives more items
        than the count, at commas and the outer joiner only ("dua layanan: A Ibu dan Anak serta B Gigi")."""
        out = []
        for m in self.listed_scan.finditer(text):
            stop = re.search(r"[.;\n]|$", text[m.end():])
            segment = text[m.end():m.end() + stop.start()]
            want = self.list_counts[m.group("count").lower()] if m.group("count") else 1  # "pilar kesehatan: X"
            for split in (self.list_split, self.list_outer_split):
                items = self.list_items(segment, m.end(), split)
                if (len(items) == want or (want == 0 and len(items) >= 2)) or len(items) < want:
                    break
            names = [text[a:b].rstrip(",") for a, b in items]
            if not (len(items) == want or (want == 0 and len(items) >= 2)) or any(
                    len(n.split()) < 2 or not self.valid(n, False, text, b) for n, (a, b) in zip(names, items)):
                continue
            out.extend((a, a + len(n), "cue") for n, (a, b) in zip(names, items))
        return out

    def list_items(self, segment: str, offset: int, split: re.Pattern) -> list[tuple[int, int]]:
        """The (start, end) of each capitalised item of a list ``segment`` (starting at ``offset`` in the text),
        split by ``split``; none when an item before the last is no capitalised name."""
        parts = split.split(segment)
        pos, items = offset, []
        for i, part in enumerate(parts):
            end = None
            for w in re.finditer(r"\S+", part):
                tok = w.group()
                if tok[0].isupper() or (end is not None and tok.lower() in self.connectors):
                    end = w.end()
                else:
                    break
            start = pos + segment[pos - offset:].find(part) if part else pos
            if end is None or (i < len(parts) - 1 and end < len(part.rstrip())):
                return []
            items.append((start, start + end))
            pos = start + len(part)
            if end < len(part.rstrip()):
                break  # the last item: its name ends before the rest of the sentence
        return items

    def quoted_repeated(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """A short quoted name in Title Case that the article writes again without quotes: a name the article
        uses ("membuka kelas menabung “Torang Bisa Menabung” ... kelas Torang Bisa Menabung", "dalam "Tabalong
        Bersih Sungai", kegiatan ... Tabalong Bersih Sungai sejalan"; s31, docs/unseen_pg5_s31.md). Not after a
        noun of another named thing within ``quoted_back_words`` words (``named_not_programme``: "Koperasi
        Produsen 'Sagu Tani Bersatu'", "dengan merek 'Madu Samawa Asli'", "predikat 'Sangat Bagus'")."""
        out = []
        for m in finditer_after(self.quoted_title, text, QUOTES_BEFORE_TITLE):
            inner = m.group("name")
            words = inner.split()
            if not self.quoted_words[0] <= len(words) <= self.quoted_words[1] or not all(
                    w[0].isupper() or w.lower() in self.connectors for w in words):
                continue
            back = [w.lower() for w in re.findall(_WORD, text[max(0, m.start() - 80):m.start()])][-self.quoted_back:]
            if any(w in self.named_not_programme for w in back):
                continue
            rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
            again = re.compile(rf"(?<![\w\"“‘'’]){re.escape(inner)}(?![\w\"”’'])")
            if again.search(rest) and self.valid(inner, False, text, m.end("name")):
                out.append((m.start("name"), m.end("name"), "quoted"))
        return out

    def names_other_noun(self, text: str, m: re.Match) -> bool:
        """A naming cue ("bernama") after a group's or a business's noun: the name is not a programme's. Also
        "Program Studi ...", "Program Pascasarjana ...": a university's academic unit."""
        nxt = re.match(r"(\w+)\s+(\w+)(?:\s+(\w+))?", text[m.start():m.start() + 60])
        if nxt and nxt.group(1).lower() in self.lone_cues and nxt.group(2).lower() in self.academic_after_cue \
                and f"{nxt.group(2)} {nxt.group(3) or ''}".lower().strip() not in self.not_academic:
            return True
        if not self.naming_cue.match(text, m.start()):
            return False
        words = [w.lower() for w in re.findall(_WORD, text[max(0, m.start() - 60):m.start()])]
        while words and words[-1] in self.naming_skip:
            words.pop()
        return bool(words) and words[-1] in self.named_not_programme

    def lower_name(self, text: str, m: re.Match):
        """A lower-case name followed by its short form: the short form's first letter opens the
        name (a syllabic "Gerak Siak", "Garda Lima") or, in capitals, its initials spell the name."""
        start = m.start("cue") if m.group("cue").lower() in self.kept_cues else m.start("name")
        words, acr = text[start:m.start("acr") - 1].split(), m.group("acr")
        if acr.isupper():
            ok = _expansion_length(words, acr) == len(words) or _abbreviates(words, acr)
        else:
            ok = acr[0].lower() == words[0][0].lower() and all(len(w) >= 3 for w in acr.split()[1:])
        if acr.split()[0] in self.not_heads or (self.gazetteer is not None and self.gazetteer.lookup_prefix(acr)):
            return None  # the parenthesis names an organisation or a place ("(Bank Sumsel Babel)")
        name = text[start:m.end()]
        if ok and self.valid(name, True, text, m.end()) and not self.descriptive_only(words):
            return start, m.end(), "cue"
        return None

    def quoted(self, text: str, pos: int):
        if pos >= len(text) or text[pos] not in _QUOTES:
            return None
        close = text.find(_QUOTES[text[pos]], pos + 1, pos + 100)
        inner = text[pos + 1:close] if close > 0 else ""
        if close < 0 or "\n" in inner or not inner[:1].isalpha() or len(inner.split()) > 8:
            return None  # quotes right after "program" mark a name, whatever its case ("seribu tas ...")
        return pos + 1, close, "quoted"

    def name_at(self, text: str, pos: int, title_end: int):
        """The capitalised name starting at ``pos``: capitalised words, connectors between them,
        parenthesised acronyms or expansions; ``None`` if no capitalised word starts there."""
        words, end, pending, start = 0, None, None, pos
        for m in self.token.finditer(text, pos):
            tok = m.group()
            if m.start() > pos and text[pos:m.start()].strip():
                break
            if "\n" in text[(end or pos):m.start()]:
                break
            if tok.startswith("("):
                if end is None or not self.paren_ok(tok):
                    break
                end, pending = m.end(), None
            elif tok[0].isupper() or (tok[0].isdigit() and end is not None and not tok.isdigit()):
                if pending is not None and tok in self.place_heads:  # "Desa X dan Kampung Y": two names
                    break
                if end is not None and (tok in self.name_breakers or tok == self.programme_word or (
                        self.function_word_ends(text, m) if tok in self.title_stops
                        else self.stop_word(tok, m.start() < title_end))):
                    break
                words += 1
                end, pending = m.end(), None
            elif end is not None and (tok.lower() in self.connectors or self.governed(text, tok, end)):
                if tok == "dan" and text[end - 1] == ")":  # "X (SDG) dan Y": two names
                    break
                if tok in self.headline_for and title_case_line(text, m.start()):
                    break  # "Gelar Program Bantuan Sosial untuk Korban Banjir ...": a headline's recipients
                pending = m.end()
            else:
                break
            if words >= self.max_words:
                break
            pos = m.end()
        return (start, end, "cue") if end else None

    def governed(self, text: str, tok: str, end: int) -> bool:
        """A preposition the name's last word governs ("Kampung Hijau Bebas dari Sampah": ``governed_connectors``):
        the adjective takes it as its complement, so it goes on inside the name, not as the giver or the source."""
        adjectives = self.governed_connectors.get(tok)
        if not adjectives:
            return False
        start = max(0, end - 64)  # the name's last word, read backwards from ``end`` without copying the text
        last = _LAST_WORD.search(text, start, end)
        if last and last.start() == start and start:
            last = _LAST_WORD.search(text, 0, end)  # a word as long as the window: read it whole
        return bool(last) and last.group(1) in adjectives

    def function_word_ends(self, text: str, m: re.Match) -> bool:
        """A capitalised function word inside a name in body text ("program BRI Peduli Ini Sekolahku", "Satui Sehat
        Bersama"). Indonesian writes function words in capitals only in titles and in names, so in the body the word
        belongs to the name, unless its line is title case (a headline, a "Baca juga" link) or a place or a title
        follows it ("... Di Kabupaten Sorong", "... Bersama Bupati")."""
        if m.group() not in self.title_stops:
            return False
        if title_case_line(text, m.start()):
            return True
        nxt = _NEXT_WORD.match(text, m.end())
        word = nxt.group(1) if nxt else ""
        return any(word in words for words in (self.title_stops, self.name_breakers, self.not_heads, self.place_heads))

    def stop_word(self, tok: str, in_title: bool) -> bool:
        if tok in self.title_stops:
            return in_title
        return (in_title and len(tok) > 5 and tok.lower().endswith(self.title_verb_endings) and tok not in self.themes
                and tok not in self.brand_objects)  # "Pendidikan", "Kesehatan": nouns in -an, no headline verbs

    def paren_ok(self, tok: str) -> bool:
        inner = tok[1:-1].strip()
        words = inner.split()
        return bool(words) and len(words) <= 14 and inner[0].isupper() and not any(c.isdigit() for c in inner[:1])

    # -------------------------------------------------------------- validation
    def valid(self, name: str, quoted: bool, text: str, end: int, named: bool = False, lone: bool = False) -> bool:
        """``named``: the cue is "Program" capitalised mid-sentence, so even plain words are a name."""
        words = _without_parentheses(name).split()
        if not words:
            return False
        plain = re.sub(r"[^\S\n]*\([^()]*\)", "", name)
        if any(norm(x) in self.generic for x in (name, plain, self.programme_lead.sub("", plain))):
            return False
        if self.national_goal(plain):
            return False
        if quoted:
            return len(words) <= self.max_words
        day_named = words[0] in self.days and len(words) > 1 and words[1] in self.day_name_words  # "Jumat Berkah"
        if (words[0] in self.not_heads and not day_named and not self.owner_branded(words)) \
                or not words[0][0].isupper() or any(c.isdigit() for c in words[0]):
            return False
        if self.descriptive_only(words) and not named:
            return False
        if words[0] in self.org_heads_opening and not self.place_programme(name):
            return False  # "program Pesantren Modern Babul Ilmi": the institution's own name, no theme word
        if self.gazetteer is not None and self.owner(self.gazetteer.lookup_prefix(name)) and not self.owner_brand(words):
            return False  # "program sosial Tangguh LNG", "Kemitraan PTPN II": the owner, not a name
        if len(words) == 1:  # a lone word is a name only when the text defines it: "Kurfa (...)",
            # or an acronym spelled out in quotes after it: aksi HEBAT “Help Environment By Act Thoroughly”
            if lone and self.lone_name(words[0]):
                return True
            spelled = re.match(r"[^\S\n]*[\"“‘'(]([^\"”’')\n]{3,80})[\"”’')]", text[end:end + 90])
            if spelled and words[0].isupper() and _abbreviates(spelled.group(1).split(), words[0]):
                return True
            if self.defines(text, words[0]):
                return True
            return bool(re.match(r"[^\S\n]*\(", text[end:end + 3])) or bool(re.match(r"\(", name[len(words[0]):].strip()))
        return not all(norm(w) in self.generic for w in words)

    def defines(self, text: str, word: str) -> bool:
        """The article says what the lone word is: "Sisternet merupakan program CSR perusahaan"."""
        if not word[:1].isupper() or word.isupper() and len(word) <= 4:
            return False  # a short acronym ("PKK merupakan program ...") is an organisation's or a scheme's
        for m in re.finditer(_whole_word(word), text):
            if self.defining.match(text, m.end()):
                return True
        return False

    def headline_names(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """"Lewat Digiclass, Telkom Latih ...": a headline that opens with the means names the programme
        before its comma; two names joined by "dan" stay two; a lone word is a name here."""
        m = self.headline_means.match(text, 0, title_end)
        comma = text.find(",", 0, title_end)
        if not m or comma < 0:
            return []
        out = []
        for part in self.headline_part.finditer(text[m.end():comma]):
            start, end = m.end() + part.start(), m.end() + part.end()
            name = text[start:end]
            words = name.split()
            if len(words) > 5 or not all(w[0].isupper() for w in words) or self.known(name) is not None:
                continue
            if len(words) == 1 and (self.common_word(name) or re.search(_whole_word(name.lower()), text[title_end:])):
                continue  # a scheme, or a common word the body writes in lower case
            if len(words) == 1 or self.valid(name, False, text, end):
                out.append((start, end, "cue"))
        return out

    def owner_named(self, text: str, title_end: int) -> list[tuple[int, int, str]]:
        """A name closed by its owner's name and defined by its acronym: "Wirausaha Muda Mandiri (WMM)"
        (the "Program ... (PSBI)" rule for names that carry their owner instead of "Program")."""
        out = []
        if self.gazetteer is None:
            return out
        for m in finditer_lines(self.owner_defined, text, anchor=_ACRONYM_IN_PARENTHESES):
            words = m.group("name").split()
            n = _expansion_length(words, m.group("acr"))
            if n < 3 or len(m.group("acr")) != n:
                continue
            words = words[-n:]
            if words[0] in self.umbrella_heads or re.match(r"[^\S\n]+[A-Z]", text[m.end():m.end() + 2]):
                continue  # "Sentra Industri Bukit Asam (SIBA) Songket": a place-headed umbrella, read by its own rule
            tail = next((k for k in range(1, min(3, n - 1) + 1)
                         if words[-k] in self.owner_heads and self.owner(self.gazetteer.lookup(" ".join(words[-k:])))), None)
            head = " ".join(words[:-tail]) if tail else ""
            if not tail or self.gazetteer.lookup_prefix(head) is not None or self.descriptive_only(words[:-tail]):
                continue
            start = m.end("name") - len(" ".join(words))
            if text[start:m.end("name")] == " ".join(words):
                out.append((start, m.end(), "cue"))
        return out

    def owner_closing(self, text: str, found: tuple[int, int, str]) -> tuple[int, int, str]:
        """A name followed by its owner's brand in lower-case letters ("Rumah Sehat bjb"): the brand closes
        the name; a known acronym of 2-5 letters, then the end of the name."""
        start, end, cue = found
        if cue != "cue" or self.gazetteer is None:
            return found
        m = self.owner_after.match(text, end)  # "program Jumat Berkah Bank Nagari": the owner closes the name
        if m and text[start:end].split()[0] != self.programme_word:
            words = m.group(1).split()
            for k in range(len(words), 0, -1):
                if self.owner(self.gazetteer.lookup(" ".join(words[:k]))) and words[0] in self.owner_heads:
                    tail = text[end:]
                    rest = tail.split(None, k + 1)  # the owner's k words, the next word, the rest
                    nxt = rest[k] if len(rest) > k else ""
                    if not nxt[:1].isupper():
                        return start, end + len(tail) - len(tail.lstrip()) + len(" ".join(rest[:k])), cue
                    break
        m = self.lower_brand.match(text, end)
        if not m:
            return found
        word = m.group(1)
        if word in self.connectors or word in self.breakers or word in self.lead_words:
            return found
        return (start, m.end(), cue) if self.owner(self.gazetteer.lookup(word)) else found

    def lone_name(self, word: str) -> bool:
        """One capitalised word right after lower-case "program" names it ("program Makmur", "program
        Digiclass"), unless it is a scheme, a descriptive word, a known organisation or a title."""
        return (word[:1].isupper() and not re.search(r"[\-’']", word) and not self.common_word(word)
                and word not in self.not_heads and word not in self.lone_not and self.known(word) is None)

    # ------------------------------------------------------------ word tests
    def known(self, name: str):
        """The gazetteer's entry for ``name`` (an organisation or a programme), or ``None``."""
        return self.gazetteer.lookup(name) if self.gazetteer is not None else None

    def owner(self, entry) -> bool:
        """A gazetteer entry that is an organisation, not a programme: the owner of a programme ("Bank Nagari")."""
        return entry is not None and entry.kind not in self.programme_kinds

    def common_word(self, word: str) -> bool:
        """A scheme label ("CSR", "UMKM") or a descriptive word: no name by itself."""
        return norm(word) in self.generic or word.lower() in self.descriptive

    def national_goal(self, name: str) -> bool:
        """A national goal, alone or with one more word (its place or "Nasional"): "Merauke Swasembada Pangan"."""
        words = norm(name).split()
        for goal in self.national_goals:
            n = len(goal)
            for i in range(len(words) - n + 1):
                if words[i:i + n] == goal:
                    rest = name.split()[:i] + name.split()[i + n:]
                    return len(rest) <= 1 and not any(w in self.place_heads or w in self.themes for w in rest)
        return False

    def descriptive_only(self, words: list[str]) -> bool:
        """Every word describes ("pemberdayaan masyarakat desa"): a description, not a name. The owner's name
        closing the words describes nothing of its own ("Cegah Stunting PHR" is "Cegah Stunting")."""
        if self.gazetteer is not None:
            k = next((k for k in range(min(3, len(words) - 1), 0, -1)
                      if words[-k][:1].isupper() and self.owner(self.gazetteer.lookup(" ".join(words[-k:])))), 0)
            words = words[:len(words) - k]
        return all(w.lower() in self.descriptive for w in words)

    def owner_brand(self, words: list[str]) -> bool:
        """A known organisation's name followed by a word of the programme's own, not a unit
        (``BNI Xpora``, ``HK Peduli UMKM`` after a cue): the owner's name branding its programme.
        ``Kemitraan PTPN II``, ``Bank Sumut Cabang Medan``, ``Tangguh LNG`` stay the owner, and so does a name that
        is whole one of a known organisation's own forms (``program TJSL Telkom Indonesia``, ``Vale Indonesia``)."""
        if self.gazetteer.lookup(" ".join(words)) is not None:
            return False
        for k in range(len(words) - 1, 0, -1):
            if self.gazetteer.lookup(" ".join(words[:k])) is None:
                continue
            first = words[k]
            return (first[:1].isupper() and not first.isupper() and first.lower() not in self.unit_starts
                    and not _ROMAN.fullmatch(first))
        return False

    def owner_branded(self, words: list[str]) -> bool:
        """A known organisation's name, then a brand suffix, then the brand's own words, after a cue: "program
        Bank NTT Peduli Tenun Ikat", "program Bank Papua Peduli Petani Kakao". The owner's head word ("Bank")
        opens no other programme name; here the cue and the suffix make the run the owner's branded programme."""
        if self.gazetteer is None or words[0] in self.lead_not_heads or words[0] in self.brand_not_heads:
            return False
        for k in range(min(4, len(words) - 1), 0, -1):
            if self.owner(self.gazetteer.lookup(" ".join(words[:k]))):
                rest = words[k:]
                return any(rest[:len(s)] == s for s in self.brand_suffix_words)
        return False

    def trim_lead(self, text: str, start: int, end: int):
        """Drop sentence-opening cue words before a brand name: "Kegiatan Maybank ..." -> "Maybank ..."."""
        for m in re.finditer(_WORD, text[start:end]):
            w = m.group()
            if w.lower() in self.lead_words and w != self.programme_word:
                continue
            if w in self.lead_not_heads:
                continue
            return start + m.start()
        return None

    @staticmethod
    def headline_tail(text: str, start: int, end: int, title_end: int) -> int:
        """Where a headline's name starts: a headline runs its verb's object into the name ("Jadikan Roomo Zero
        Waste Village"); when the body never writes the whole run but writes a tail of two words or more, the
        name is the longest such tail ("Zero Waste Village")."""
        body = text[title_end:]
        if re.search(_whole_word(text[start:end]), body):
            return start
        words = list(re.finditer(_WORD, text[start:end]))
        for w in words[1:len(words) - 1]:
            if re.search(_whole_word(text[start + w.start():end]), body):
                return start + w.start()
        return start

    def brand_continues(self, text: str, end: int) -> bool:
        """A capitalised word (not a day or month) right after a brand suffix: the suffix stands inside a longer
        name, an organisation's or another programme's ("Masyarakat Peduli Api (MPA)")."""
        m = _NEXT_WORD.match(text[end:end + 40])
        return bool(m) and m.group(1)[0].isupper() and m.group(1) not in self.name_breakers

    def extend_themes(self, text: str, end: int) -> int:
        m = self.brand_extension.match(text, end)
        return m.end() if m else end

    def place_programme(self, name: str) -> bool:
        words = _without_parentheses(name).split()[1:]
        if not words or norm(name) in self.generic:
            return False
        m = _PARENTHESIS.search(name)
        if m and _ACRONYM.match(m.group()) and _expansion_length(name[:m.start()].split(), m.group(1)) > 1:
            return True  # "Sentra Industri Bukit Asam (SIBA) Songket"
        # an acronym makes a place-headed name a programme ("Kampung KB"); a Roman numeral numbers a village
        # ("Desa Tanjung Agung II", "Desa Lembak III") and is no acronym
        return any(w in self.themes or (w.isupper() and 2 <= len(w) <= 6 and w.isalpha() and not _ROMAN.fullmatch(w)
                                        and w.lower() not in self.generic)  # "Sentra UMKM": a generic acronym
                   for w in words)

    # ---------------------------------------------------------------- mentions
    def mentions(self, text: str, found: list[tuple[int, int, str]]) -> list[Program]:
        """Group the names into entities (shared forms or acronyms), then find every occurrence
        of every form in the text."""
        entities = self.entities(text, found)
        self.add_acronyms(text, entities)
        return self.mentions_of(text, entities)

    def entities(self, text: str, found: list[tuple[int, int, str]]) -> list[dict]:
        """One entity per programme: names that share a form, or whose form a longer name starts with."""
        entities: list[dict] = []
        found = sorted(found, key=lambda f: (f[0], -(f[1] - f[0])))[:self.max_found]  # hostile text: bounded work
        for start, end, cue in found:
            name = text[start:end].strip(" ,.;:")
            forms = self.forms(name) + self.owner_less(name)
            keys = {norm(f) for f in forms}
            for e in entities:
                if e["keys"] & keys or _extends(keys, e["keys"]):
                    e["forms"].extend(f for f in forms if f not in e["forms"])
                    e["keys"] |= keys
                    if len(name) > len(e["name"]) and "(" not in e["name"]:
                        e["name"] = name
                    break
            else:
                entities.append({"name": name, "forms": list(forms), "keys": keys, "cue": cue})
        merged = True
        while merged:  # "Kurfa Pupuk Kujang" is a form of "Kurfa": a longer name that starts with a form
            merged = False
            for a in entities:
                b = next((b for b in entities if b is not a and _extends(a["keys"], b["keys"])), None)
                if b is not None:
                    b["forms"].extend(f for f in a["forms"] if f not in b["forms"])
                    b["keys"] |= a["keys"]
                    entities.remove(a)
                    merged = True
                    break
        return entities

    @staticmethod
    def add_acronyms(text: str, entities: list[dict]) -> None:
        """"kampoeng BNI (KBNI)": an acronym written after any occurrence of a form is a form too."""
        acronyms = set(_PAREN_ACRONYM.findall(text))  # each form's pattern can only find one of these
        for e in entities:
            for form in list(e["forms"]):
                if not any(_abbreviates(form.split(), a) for a in acronyms):
                    continue  # none could be kept: spare compiling the form's own pattern
                for m in re.finditer(rf"(?<![\w]){re.escape(form)}[^\S\n]*\(([A-Z][A-Za-z]{{1,9}})\)", text, re.I):
                    acr = m.group(1)
                    if acr not in e["forms"] and _abbreviates(form.split(), acr):
                        e["forms"].append(acr)

    @staticmethod
    def mentions_of(text: str, entities: list[dict]) -> list[Program]:
        """Every occurrence of every form, longest forms first, none inside another's."""
        out: list[Program] = []
        taken: list[tuple[int, int]] = []
        lower = text.lower()
        if len(lower) != len(text):  # a character whose lower case is longer ("İ"): offsets would shift
            lower = None
        for e in entities:
            entity = norm(e["name"])
            for form in sorted(e["forms"], key=len, reverse=True):
                exact = form.isupper() or len(form) < 6 or lower is None  # acronyms and short forms: as written
                for start in _occurrences(text if exact else lower, form if exact else form.lower()):
                    end = start + len(form)
                    if any(start < b and a < end for a, b in taken):
                        continue
                    taken.append((start, end))
                    conf = 0.8 if e["cue"] in ("cue", "quoted") else 0.7
                    out.append(Program(text[start:end], start, end, conf, name=e["name"], entity=entity,
                                       aliases=tuple(f for f in e["forms"] if f != e["name"]), cue=e["cue"]))
        return sorted(out, key=lambda p: p.start)

    def owner_less(self, name: str) -> list[str]:
        """The name without its owner's closing name, when two words or more remain:
        "Jumat Berkah Bank Nagari" -> "Jumat Berkah", "Desa Digital bjb" -> "Desa Digital"."""
        words = name.split()
        if self.gazetteer is None or "(" in name or len(words) < 3:
            return []
        for k in (3, 2, 1):
            if len(words) - k >= 2:
                if self.owner(self.gazetteer.lookup(" ".join(words[-k:]))) and (
                        words[-k] in self.owner_heads or words[-k].islower()):
                    return [" ".join(words[:-k])]
        return []

    def forms(self, name: str) -> list[str]:
        """The forms of a name: as written, without "Program", without a parenthesis, the acronym
        alone, and the expansion replaced by its acronym ("SIBA Batik Kujur")."""
        forms = [name]
        bare = self.programme_lead.sub("", name)
        forms.append(bare)
        m = _PARENTHESIS.search(bare)
        if m:
            inner = m.group(1).strip()
            before = bare[:m.start()].strip()
            after = bare[m.end():].strip()
            forms.append(" ".join(x for x in (before, after) if x))
            if _ACRONYM.match(f"({inner})"):
                if not after:  # "Sentra Industri Bukit Asam (SIBA) Songket": SIBA alone is the umbrella
                    forms.append(inner)
                words = before.split()
                n = _expansion_length(words, inner)
                if n:
                    forms.append(" ".join(words[:-n] + [inner] + ([after] if after else [])))
                    if after:
                        forms.append(f"{inner} {after}")
            elif len(before.split()) == 1 or before.isupper():  # "Citi Peka (Peduli dan Berkarya)"
                forms.append(inner)
            elif before[:1].islower():  # "gerakan ekonomi rakyat Siak (Gerak Siak)": the short name
                forms.append(inner)
        seen, out = set(), []
        for f in forms:
            f = " ".join(f.split())
            if f and f.lower() not in seen and len(f) >= 2:
                seen.add(f.lower())
                out.append(f)
        return out


def _whole_word(word: str) -> str:
    """The pattern of ``word`` standing as a word (no word character either side)."""
    return rf"(?<![\w]){re.escape(word)}(?![\w])"


def _without_parentheses(name: str) -> str:
    return re.sub(r"\([^()]*\)", " ", name)


def _extends(keys: set[str], others: set[str]) -> bool:
    """A key of ``keys`` is a longer name that starts with a key of ``others`` ("kurfa pupuk kujang", "kurfa")."""
    return any(k.startswith(x + " ") for k in keys for x in others)


def _occurrences(text: str, form: str):
    """Start offsets of ``form`` in ``text`` as a whole word (plain string search: no regex per form)."""
    i = text.find(form)
    while i >= 0:
        end = i + len(form)
        if (i == 0 or not text[i - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            yield i
        i = text.find(form, i + 1)


def _abbreviates(words: list[str], acronym: str) -> bool:
    """``acronym`` is made of the words' initials, an all-capitals word counting whole:
    "Kampoeng BNI" -> KBNI, "Kujang Integrated Urban Farming" -> KIUF."""
    letters = "".join(w if w.isupper() and len(w) > 1 else w[0] for w in words if w.isalpha() or w[0].isalpha())
    return letters.upper() == acronym.upper() or len(words) == _expansion_length(words, acronym)


def _mid_sentence(text: str, pos: int) -> bool:
    """The word before ``pos`` is a lower-case word of the same sentence."""
    m = re.search(r"([^\W\d_]+)[^\S\n]*$", text[max(pos - 40, 0):pos])
    return bool(m) and m.group(1).islower()


def _expansion_length(words: list[str], acronym: str) -> int:
    """How many of the last ``words`` the acronym stands for (initials match), 0 if none."""
    letters = [c for c in acronym if c.isalpha()]
    for n in range(min(len(words), 12), 0, -1):
        initials = [w[0] for w in words[-n:] if w[0].isupper()]
        if initials and "".join(initials).upper() == "".join(letters).upper():
            return n
    return 0
