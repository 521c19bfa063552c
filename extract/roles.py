"""Roles: giver (runs or funds the program) or partner. First rules; see rules/roles.toml."""
from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc

from rules import load_rules


@Language.factory("warta_roles", assigns=["doc._.organizations"], requires=["doc._.organizations"],
                  default_config={"rules": "roles"})
def make_role_finder(nlp: Language, name: str, rules: str) -> "RoleFinder":
    return RoleFinder(load_rules(rules))


class RoleFinder:
    def __init__(self, rules: dict):
        self.cues = [c.lower() for c in rules["giver_cues"]]

    def __call__(self, doc: Doc) -> Doc:
        orgs = doc._.organizations or []
        givers = set()
        for org in orgs:
            if org.kind not in {"company", "bank"}:
                continue
            sent = doc.char_span(org.start, org.end, alignment_mode="expand").sent.text.lower()
            cue = next((c for c in self.cues if c.lower() in sent), None)
            if cue:
                givers.add(org.entity)
                break
        doc._.organizations = [
            dataclasses.replace(o, role="giver" if o.entity in givers else "partner") for o in orgs
        ]
        return doc
