"""Government bodies: the national nomenclature of regional apparatus and central agencies
(gazetteers/government_bodies.toml).

Two jobs, both driven by the data file:

- ``load_bodies``: the bodies' full names (with their comma variants) and short forms, from which
  ``extract.components.organizations`` builds its PhraseMatchers so that a name such as
  "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sigi" is read whole (the nomenclature says where the
  body's name ends: "dan Desa" is a word of it, not a village) and its region after it;
- ``body_ties``: which mentions of one article are one body: a short form ("DPMD Sigi", "Dinas PMD") and
  the full name of the same body in the same region ("Dinas Pemberdayaan Masyarakat dan Desa (DPMD)
  Kabupaten Sigi"), where exactly one such full name is in the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from gazetteers import GAZETTEER_DIR, load_toml

BODIES_FILE = GAZETTEER_DIR / "government_bodies.toml"


@dataclass(frozen=True)
class Body:
    id: str
    names: tuple[str, ...]  # full names, with their comma variants
    short: tuple[str, ...]
    level: str


def name_variants(name: str) -> list[str]:
    """A comma list name as written three ways: "Dinas Koperasi, Usaha Kecil dan Menengah",
    "Dinas Koperasi Usaha Kecil dan Menengah", "Dinas Koperasi, Usaha Kecil, dan Menengah"."""
    out = [name]
    if "," in name:
        out.append(name.replace(",", ""))
        last = name.rfind(" dan ")
        if last > name.rfind(","):
            out.append(name[:last] + ", dan " + name[last + 5:])
    return out


@lru_cache(maxsize=1)
def load_bodies() -> tuple[Body, ...]:
    data = load_toml(BODIES_FILE.name)
    out = []
    for b in data["body"]:
        names = tuple(dict.fromkeys(v for n in b["names"] for v in name_variants(n)))
        out.append(Body(b["id"], names, tuple(dict.fromkeys(b.get("short", []))), b.get("level", "regional")))
    return tuple(out)


@lru_cache(maxsize=1)
def region_cues() -> frozenset[str]:
    """Words that open a region after a body's name, dropped when two regions are compared."""
    return frozenset(load_toml(BODIES_FILE.name)["region_cues"])


def norm(text: str) -> str:
    """Lower case, no parenthesised acronym, no punctuation but ``/``: the form compared."""
    text = re.sub(r"\([^)]*\)", " ", text.lower())
    return " ".join(re.sub(r"[^\w/ ]+", " ", text).split())


@lru_cache(maxsize=1)
def _forms() -> tuple[list[tuple[str, str, bool]], dict[str, set[str]]]:
    """(normalised form, body id, is short), longest first; and the normalised full names of each body."""
    forms, longs = [], {}
    for b in load_bodies():
        for n in b.names:
            forms.append((norm(n), b.id, False))
            longs.setdefault(b.id, set()).add(norm(n))
        for s in b.short:
            forms.append((norm(s), b.id, True))
    forms = list(dict.fromkeys(forms))
    forms.sort(key=lambda f: -len(f[0]))
    return forms, longs


@lru_cache(maxsize=1)
def _region_names() -> dict[str, str]:
    """Short forms of regions (gazetteers/region_variants.toml [names]: "sultra" -> "sulawesi tenggara")."""
    names = load_toml("region_variants.toml")["names"]
    cues = region_cues()
    out = {}
    for short, official in names.items():
        if isinstance(official, str):
            words = norm(official).split()
            while words and words[0] in cues:
                words = words[1:]
            out[norm(short)] = " ".join(words)
    return out


@lru_cache(maxsize=1)
def _forms_by_first() -> dict[str, list[tuple[str, str, bool]]]:
    """``_forms()`` by the form's first word, each list in its order (longest first): a mention can open with a form
    only if its first word is the form's (both normalised: single spaces, none at either end)."""
    out: dict[str, list[tuple[str, str, bool]]] = {}
    for f in _forms()[0]:
        out.setdefault(f[0].split(" ", 1)[0], []).append(f)
    return out


def region_name(region: str) -> str:
    """A region as compared: its official name for a known short form ("sultra" -> "sulawesi tenggara")."""
    return _region_names().get(region, region)


@lru_cache(maxsize=4096)
def body_key(text: str) -> tuple[str, str, bool, str] | None:
    """(body id, region, written short, name part) of a mention that opens with a body's name or short form;
    the region is what follows, without its cue word ("kabupaten sigi" -> "sigi")."""
    key = norm(text)
    for form, bid, short in _forms_by_first().get(key.split(" ", 1)[0], ()):
        if key == form or key.startswith(form + " "):
            rest = key[len(form):].split()
            while rest and rest[0] in region_cues():
                rest = rest[1:]
            return bid, region_name(" ".join(rest)), short, form
    return None


def body_ties(texts: list[str], kinds: list[str | None]) -> list[tuple[int, int]]:
    """Pairs of mentions (indexes) that are one body: a short form joins the one full name of its body with
    the same region (or any region, when the short form has none)."""
    keys = [body_key(t) if k in (None, "government") else None for t, k in zip(texts, kinds)]
    longs: dict[str, dict[tuple[str, str], int]] = {}  # body -> (full name, region) -> first mention
    out = []
    for i, k in enumerate(keys):
        if k and not k[2]:
            first = longs.setdefault(k[0], {}).setdefault((k[3], k[1]), i)
            if first != i:
                out.append((i, first))  # "Dinas Kesehatan Kab. Sigi" and "Dinas Kesehatan Kabupaten Sigi"
    for i, k in enumerate(keys):
        if not k or not k[2] or k[0] not in longs:
            continue
        named = longs[k[0]]
        same = [j for (_, region), j in named.items() if region == k[1]]
        if not same and not k[1]:
            same = list(named.values())
        if len(same) == 1:
            out.append((i, same[0]))
    return out
