"""The record: one per article, the contract's fields plus evidence and provenance.

``build_record(article, doc)`` is the only place that knows how a Doc becomes a
record; ``RECORD_SCHEMA`` is its JSON Schema (``warta schema`` prints it).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from extract.article import Article
from extract.components.beneficiaries import has_giver
from extract.components.doctext import doc_text
from extract.components.entities import apply as apply_entities, without_own_acronym
from extract.components.values import Evidence, Grouped, Mention

if TYPE_CHECKING:  # spaCy is imported only where a pipeline runs
    from spacy.tokens import Doc

SECTOR_LABELS = ("pendidikan", "kesehatan", "lingkungan", "ekonomi", "infrastruktur", "bencana", "sosial", "budaya")
VALUE_FIELDS = ("organizations", "partners", "locations", "dates", "amounts", "beneficiaries")
PROGRAMME_FIELDS = ("programs", "sectors")  # what the programme is (ANNOTATION.md); scored apart from the six


@dataclass(slots=True)
class Record:
    doc_id: str
    source: str = ""
    title: str | None = None
    published: str | None = None
    url: str | None = None
    organizations: list[dict] = field(default_factory=list)
    partners: list[dict] = field(default_factory=list)
    locations: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    amounts: list[dict] = field(default_factory=list)
    beneficiaries: list[dict] = field(default_factory=list)
    programs: list[dict] = field(default_factory=list)
    sectors: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    extractor_version: str = ""
    story_id: str | None = None      # near-duplicate stories (extract/storage/stories.py): set on ingest
    duplicate_of: str | None = None  # the source of the story's first article, for a later copy

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Record":
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in names})


class Sentences:
    """Find the sentence around a character offset."""

    def __init__(self, doc: "Doc"):
        spans = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        text = doc_text(doc)
        self.starts = [s.start_char for s in spans]
        self.texts = [text[s.start_char:s.end_char] for s in spans]  # Span.text joins its tokens anew

    def around(self, start: int) -> str:
        """The sentence holding ``start``; of an overlong one (text without full stops), only
        the part within SENTENCE_WINDOW characters of the mention, so a record's size stays
        linear in the article's (a 1 MB one-sentence text once made gigabytes of evidence)."""
        i = max(bisect_right(self.starts, start) - 1, 0)
        if not self.texts:
            return ""
        text = self.texts[i]
        if len(text) <= 2 * SENTENCE_WINDOW:
            return text
        here = start - self.starts[i]
        return text[max(here - SENTENCE_WINDOW, 0):here + SENTENCE_WINDOW]


SENTENCE_WINDOW = 500  # characters each side of a mention, for sentences longer than twice this


def group(mentions: Iterable[Mention], sentences: Sentences) -> list[dict]:
    """Mentions of the same value (same key) become one value with all their evidence."""
    groups: dict[Any, Grouped] = {}
    for m in mentions:
        ev = Evidence(m.text, m.start, m.end, sentences.around(m.start))
        g = groups.get(m.key())
        if g is None:
            groups[m.key()] = Grouped(m.payload(), m.confidence, [ev])
        else:
            if m.confidence > g.confidence:
                g.payload, g.confidence = m.payload(), m.confidence
            g.evidence.append(ev)
    return [g.to_dict() for g in groups.values()]


def build_record(article: Article, doc: "Doc | None", version: str) -> Record:
    rec = Record(doc_id=article.doc_id, source=article.source, title=article.title,
                 published=article.published, url=article.url, warnings=list(article.warnings),
                 error=article.error, extractor_version=version)
    if doc is None:
        return rec
    sents = Sentences(doc)
    orgs = doc._.organizations or []
    rec.organizations = without_own_acronym(apply_entities(group((o for o in orgs if o.role == "giver"), sents), doc))
    rec.partners = apply_entities(group((o for o in orgs if o.role != "giver"), sents), doc)
    rec.locations = group(doc._.locations or [], sents)
    rec.dates = group(doc._.dates or [], sents)
    rec.amounts = group(doc._.amounts or [], sents)
    rec.warnings += [f"amount {a.text!r}: {a.warning}" for a in doc._.amounts or [] if a.warning]
    # counts reached by a programme: none in an article with no giver, as no sectors (round s30, docs/unseen_bn5_s30.md;
    # a dengue report's "312 warga dirawat", "64 pasien", "40 puskesmas", bn5_006). The doc keeps what the finder read.
    rec.beneficiaries = group(doc._.beneficiaries or [], sents) if has_giver(doc) else []
    if doc.has_extension("program_mentions"):
        rec.programs = group(doc._.program_mentions or [], sents)
    if doc.has_extension("sectors"):
        rec.sectors = list(doc._.sectors or [])
        tied = doc._.amount_sectors or {}  # a sum the text ties to a sector ("bidang pendidikan Rp7,2 miliar")
        for value in rec.amounts:
            value["sector"] = next((tied[k] for k in ((e["start"], e["end"]) for e in value["evidence"]) if k in tied), None)
    if doc._.published and not rec.published:
        rec.published = doc._.published
    return rec


def error_record(article: Article, message: str, version: str) -> Record:
    rec = build_record(article, None, version)
    rec.error = message
    return rec


# ---------------------------------------------------------------- JSON Schema
_EVIDENCE = {
    "type": "object",
    "required": ["text", "start", "end", "sentence"],
    "properties": {
        "text": {"type": "string", "description": "the exact text the value was read from"},
        "start": {"type": "integer", "description": "character offset of text in the article text"},
        "end": {"type": "integer"},
        "sentence": {"type": "string"},
    },
}


def _value(props: dict, required: list[str]) -> dict:
    return {
        "type": "object",
        "required": required + ["confidence", "evidence"],
        "properties": {**props, "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                       "evidence": {"type": "array", "items": _EVIDENCE, "minItems": 1}},
    }


_S, _SN = {"type": "string"}, {"type": ["string", "null"]}
_ORG = _value({
    "name": {"type": "string", "description": "the organisation's fullest name in the article, without a person, "
                                              "title or village glued to it"},
    "aliases": {"type": "array", "items": _S, "description": "every other form: written, acronyms, gazetteer's"},
    "id": {"type": "string", "description": "stable entity id across articles: the gazetteer id (pertamina, bri), "
                                            "else 'org:' + the normalised name (org:koperasi-sumber-rejeki)"},
    "canonical": {"type": "string", "description": "the gazetteer's name of the entity, else its name"},
    "parent": {"type": ["string", "null"], "description": "id of the parent (holding, company of a foundation, "
                                                          "unit or subsidiary), from the gazetteer"},
    "kind": {"type": ["string", "null"], "description": "bumn, bumn_sub, bank, bpd, foundation, government, "
                                                        "company, community, ... (gazetteer's where known)"},
    "unit": {"type": ["string", "null"], "description": "the unit, branch or regional office written after a known "
                                                        "name (RU IV Cilacap, Kanwil Medan, Witel Kaltara; the region of "
                                                        "a generic body: Kabupaten Muara Enim of TP PKK)"},
    "role": {"enum": ["giver", "partner"]}, "role_cue": _SN, "role_sentence": _SN}, ["name", "id", "role"])
RECORD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "warta record",
    "description": "One structured record per article. Field meanings: ANNOTATION.md of the record contract.",
    "type": "object",
    "required": ["doc_id", *VALUE_FIELDS, "warnings", "error", "extractor_version"],
    "properties": {
        "doc_id": _S, "source": _S, "title": _SN, "url": _SN,
        "published": {"type": ["string", "null"], "format": "date"},
        "organizations": {"type": "array", "items": _ORG, "description": "givers: who funds, runs or owns the program"},
        "partners": {"type": "array", "items": _ORG, "description": "every other named organisation taking part"},
        "locations": {"type": "array", "items": _value(
            {"name": _S, "canonical": _SN, "level": _S, "code": _SN, "province": _SN, "regency": _SN,
             "aliases": {"type": "array", "items": _S}, "country": _SN, "cue": _SN}, ["name", "level"])},
        "dates": {"type": "array", "items": _value(
            {"date": {"type": "string", "format": "date"}, "inferred_year": {"type": "boolean"},
             "range": {"enum": ["low", "high", None]}, "relative": {"type": "boolean"}}, ["date"])},
        "amounts": {"type": "array", "items": _value(
            {"value": {"type": "number"}, "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
             "range": {"enum": ["low", "high", None]}, "approximate": {"type": "boolean"}, "per": _SN,
             "literal_value": {"type": ["number", "null"], "description": "an implausible sum as written; value is its plausible reading"},
             "warning": {**_SN, "description": "why the sum is implausible (double scale, above any company's yearly revenue)"},
             "sector": {"enum": [*SECTOR_LABELS, None], "description": "the sector the article ties the sum to"}},
            ["value", "currency"])},
        "beneficiaries": {"type": "array", "items": _value(
            {"count": {"type": "integer"}, "unit": _S, "group": _SN, "approximate": {"type": "boolean"},
             "range": {"enum": ["low", "high", None]}},
            ["count", "unit"])},
        "programs": {"type": "array", "description": "proper names of the programmes the article reports",
                     "items": _value({"name": _S, "aliases": {"type": "array", "items": _S}, "cue": _SN}, ["name"])},
        "sectors": {"type": "array", "description": "what the programme serves: pendidikan, kesehatan, lingkungan, "
                    "ekonomi, infrastruktur, bencana, sosial, budaya; evidence = the sentences that decided it",
                    "items": _value({"label": {"enum": list(SECTOR_LABELS)}, "cues": {"type": "array", "items": _S}},
                                    ["label"])},
        "warnings": {"type": "array", "items": _S},
        "error": _SN,
        "extractor_version": _S,
        "story_id": {"type": ["string", "null"], "description":
                     "the story this article tells: near-duplicates (the same release on several sites) share it; "
                     "set by `warta ingest`, null in `warta extract` output"},
        "duplicate_of": {"type": ["string", "null"], "description":
                         "for a later copy of a story, the source of its first article; null for the first"},
    },
}
