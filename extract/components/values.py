"""Extracted values. Every value keeps its evidence: the text and offsets it was read from.

Components put *mentions* on the Doc (one per place in the text); the record
builder groups mentions of the same value (same ``key()``) into one record value
with all its evidence.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


EVIDENCE_FIELDS = frozenset({"text", "start", "end", "confidence"})


@dataclass(frozen=True, slots=True)
class Mention:
    """Base: where in the input text a value was read."""

    text: str
    start: int
    end: int
    confidence: float

    def key(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def payload(self) -> dict[str, Any]:
        """The normalised value fields, without the evidence."""
        names = _PAYLOAD_FIELDS.get(type(self))
        if names is None:  # dataclasses.fields builds its tuple at every call: once per class here
            names = _PAYLOAD_FIELDS[type(self)] = tuple(f.name for f in fields(self) if f.name not in EVIDENCE_FIELDS)
        return {name: getattr(self, name) for name in names}


_PAYLOAD_FIELDS: dict[type, tuple[str, ...]] = {}  # a Mention class -> its payload's field names, in order


def aliased_payload(mention: Mention) -> dict[str, Any]:
    """The payload of a mention of an entity (an organisation, a programme): its aliases as a list, without the
    entity id, which only groups the mentions of one article."""
    data = Mention.payload(mention)
    data["aliases"] = list(mention.aliases)
    data.pop("entity")
    return data


@dataclass(frozen=True, slots=True)
class Amount(Mention):
    value: float = 0.0
    currency: str = "IDR"
    range: str | None = None  # "low" / "high" for the two ends of a range, else None
    approximate: bool = False  # "lebih dari", "sekitar", "Rp 1 miliar lebih"
    per: str | None = None  # a unit price or per-head sum: "Rp50 ribu per orang" -> "orang"
    literal_value: float | None = None  # an implausible sum as written ("Rp 2.450.000.000 juta"); value is the plausible reading
    warning: str | None = None  # why the sum is implausible (double scale, above the bound in rules/amounts.toml)

    def key(self):
        return (round(self.value, 2), self.currency)


@dataclass(frozen=True, slots=True)
class DateMention(Mention):
    date: str = ""  # ISO YYYY-MM-DD
    inferred_year: bool = False  # the year came from the article's own date, not the mention
    range: str | None = None  # "low" / "high" for the two ends of a range ("24-27/1/2022"), else None
    relative: bool = False  # read from a relative expression ("kemarin") and the article's own date

    def key(self):
        return self.date


@dataclass(frozen=True, slots=True)
class Beneficiary(Mention):
    count: int = 0
    unit: str = "orang"
    group: str | None = None  # who: "pengrajin logam perak dan tembaga"
    approximate: bool = False  # "sekitar 274", "lebih dari 9 ribu", and vague counts ("puluhan")
    range: str | None = None  # "low" / "high" for the two ends of a range ("10-30 pengusaha"), else None

    def key(self):
        return self.count


@dataclass(frozen=True, slots=True)
class Place(Mention):
    name: str = ""  # as written (cue word kept if written: "Kabupaten Tuban")
    canonical: str | None = None  # official name: "Kabupaten Tuban"
    level: str = "lainnya"  # provinsi, kabupaten, kota, kecamatan, desa, kelurahan, lainnya, negara
    code: str | None = None  # Kemendagri code, "35.23"
    province: str | None = None
    regency: str | None = None
    aliases: tuple[str, ...] = ()  # the other forms the article writes, and the bare official name
    country: str | None = None  # ISO 3166-1 alpha-2: "ID" for Indonesian places, else the foreign country
    cue: str | None = None  # the cue or evidence that found it: a cue word, "dateline", "gazetteer", ...

    def key(self):
        return self.code or (self.level, self.name.lower())

    def payload(self) -> dict[str, Any]:
        data = Mention.payload(self)
        data["aliases"] = list(self.aliases)
        return data


@dataclass(frozen=True, slots=True)
class Org(Mention):
    name: str = ""  # the fullest form written in the article
    entity: str = ""  # one id per organisation in the article (gazetteer id or normalised name)
    aliases: tuple[str, ...] = ()
    kind: str | None = None  # company, bank, government, community, education, mass_org, ...
    role: str = "partner"  # giver or partner
    role_cue: str | None = None  # the cue words that settled the role
    role_sentence: str | None = None

    def key(self):
        return self.entity or self.name.lower()

    def payload(self) -> dict[str, Any]:
        return aliased_payload(self)


@dataclass(slots=True)
class Evidence:
    text: str
    start: int
    end: int
    sentence: str


@dataclass(slots=True)
class Grouped:
    """One record value: a normalised payload plus every mention it was read from."""

    payload: dict[str, Any]
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.payload)
        out["confidence"] = round(self.confidence, 3)
        out["evidence"] = [{"text": e.text, "start": e.start, "end": e.end, "sentence": e.sentence}
                           for e in self.evidence]
        return out
