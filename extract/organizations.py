"""Organisations: a head word (PT, Bank, Dinas, Kelompok, ...) and the capitalised name after it.
First rules; see rules/organizations.toml. The organisations issue adds the trained NER and aliases."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.values import Org
from rules import load_rules

if not Doc.has_extension("organizations"):
    Doc.set_extension("organizations", default=None)

WORD = r"(?:[A-Z0-9][\w&'’.-]*|dan|&)"


@Language.factory("warta_organizations", assigns=["doc._.organizations"], default_config={"rules": "organizations"})
def make_org_finder(nlp: Language, name: str, rules: str) -> "OrgFinder":
    return OrgFinder(load_rules(rules))


class OrgFinder:
    def __init__(self, rules: dict):
        self.heads = rules["heads"]
        heads = "|".join(sorted(self.heads, key=len, reverse=True))
        self.pattern = re.compile(rf"\b(?P<head>{heads})\.?\s+(?P<rest>{WORD}(?:\s+{WORD}){{0,6}})")

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for m in self.pattern.finditer(doc.text):
            text = m.group(0).rstrip(" .")
            while text.split()[-1] in {"dan", "&"}:
                text = text.rsplit(" ", 1)[0]
            found.append(Org(text, m.start(), m.start() + len(text), 0.6, name=text,
                             entity=text.lower(), kind=self.heads[m["head"]]))
        doc._.organizations = found
        return doc
