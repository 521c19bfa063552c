"""Places. First rules: a cue word (Kabupaten, Desa, ...) followed by a capitalised name.
See rules/locations.toml; the places issue replaces this with the Kemendagri gazetteer."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.values import Place
from rules import load_rules

if not Doc.has_extension("locations"):
    Doc.set_extension("locations", default=None)

NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"


@Language.factory("warta_locations", assigns=["doc._.locations"], default_config={"rules": "locations"})
def make_place_finder(nlp: Language, name: str, rules: str) -> "PlaceFinder":
    return PlaceFinder(load_rules(rules))


class PlaceFinder:
    def __init__(self, rules: dict):
        self.cues = rules["cues"]
        words = "|".join(sorted(self.cues, key=len, reverse=True))
        self.pattern = re.compile(rf"\b(?P<cue>{words})\.?\s+(?P<name>{NAME})", re.I)
        self.dateline = re.compile(rf"^(?P<name>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*(?:\(\w+\)\s*)?[–—-]\s", re.M)

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for m in self.pattern.finditer(doc.text):
            if not m["cue"][0].isupper():
                continue
            found.append(Place(m.group(0), m.start(), m.end(), 0.6, name=m["name"],
                               level=self.cues[m["cue"].lower()]))
        for m in self.dateline.finditer(doc.text):
            found.append(Place(m["name"], m.start("name"), m.end("name"), 0.5, name=m["name"].title()))
        found.sort(key=lambda p: p.start)
        doc._.locations = found
        return doc
