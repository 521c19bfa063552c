"""Gold names projected onto their article: organisation spans with their role, for training.

Gold (../shared/contract/ANNOTATION.md) lists each entity as a list of forms, under
``organizations`` (givers), ``partners`` and ``optional.organizations`` / ``optional.partners``.
``project`` finds every occurrence of every form in the article text and returns non-overlapping
spans with the role of their entity (``giver``, ``partner`` or ``optional``): the longest form wins
where forms overlap ("PT Semen Indonesia (Persero) Tbk" over "Semen Indonesia"), matches are
case-insensitive on word boundaries, and any run of whitespace in a form matches any run in the text.

``entity_label`` gives the same roles to a *predicted* entity the way the contract's scorer
would count it (its name or an alias equal to a gold form after normalisation, or at rapidfuzz
ratio >= 90), and ``none`` when the scorer would count it as a false positive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from extract.evaluate import _name_eq, norm_name

ROLES = ("giver", "partner", "optional")


@dataclass(frozen=True)
class Projected:
    start: int
    end: int
    role: str  # giver, partner or optional
    entity: int  # index of the gold entity in ``gold_entities(gold)``
    text: str


def gold_entities(gold: dict) -> list[tuple[str, list[str]]]:
    """(role, forms) of every gold organisation and partner, givers first, optional last."""
    opt = gold.get("optional") or {}
    out = [("giver", list(f)) for f in gold.get("organizations") or []]
    out += [("partner", list(f)) for f in gold.get("partners") or []]
    out += [("optional", list(f)) for f in (opt.get("organizations") or []) + (opt.get("partners") or [])]
    return [(r, [x for x in forms if x and x.strip()]) for r, forms in out]


def form_pattern(form: str) -> re.Pattern:
    words = form.split()
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


def project(text: str, gold: dict) -> list[Projected]:
    """Every occurrence of a gold form in ``text``, longest first, no overlaps, sorted by start."""
    hits = []
    for idx, (role, forms) in enumerate(gold_entities(gold)):
        for form in set(forms):
            for m in form_pattern(form).finditer(text):
                hits.append(Projected(m.start(), m.end(), role, idx, m.group(0)))
    rank = {r: i for i, r in enumerate(ROLES)}
    hits.sort(key=lambda h: (-(h.end - h.start), rank[h.role], h.start))
    taken: list[Projected] = []
    for h in hits:
        if all(h.end <= t.start or h.start >= t.end for t in taken):
            taken.append(h)
    return sorted(taken, key=lambda h: h.start)


def entity_label(names: Iterable[str], gold: dict) -> str:
    """How the scorer would count a predicted entity with these names: ``giver`` or ``partner``
    when it matches a gold entity of that field (giver first), ``optional`` when it matches only
    an optional one, else ``none``."""
    pred = [norm_name(n) for n in names if n]
    for role, forms in gold_entities(gold):
        if _name_eq(pred, [norm_name(f) for f in forms]):
            return role
    return "none"


def coverage(text: str, gold: dict) -> dict[str, int]:
    """Gold entities per role, and how many of them occur in the text (projection recall)."""
    found = {p.entity for p in project(text, gold)}
    out: dict[str, int] = {}
    for idx, (role, _) in enumerate(gold_entities(gold)):
        out[role] = out.get(role, 0) + 1
        out[role + "_in_text"] = out.get(role + "_in_text", 0) + (idx in found)
    return out
