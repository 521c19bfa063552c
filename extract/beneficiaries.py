"""Counts of people, groups and businesses a program reaches. First rules; see rules/beneficiaries.toml."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.values import Beneficiary
from rules import load_rules

if not Doc.has_extension("beneficiaries"):
    Doc.set_extension("beneficiaries", default=None)


@Language.factory("warta_beneficiaries", assigns=["doc._.beneficiaries"], default_config={"rules": "beneficiaries"})
def make_beneficiary_finder(nlp: Language, name: str, rules: str) -> "BeneficiaryFinder":
    return BeneficiaryFinder(load_rules(rules))


class BeneficiaryFinder:
    def __init__(self, rules: dict):
        self.units = rules["units"]
        words = "|".join(sorted(self.units, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:\.\d{{3}})*|\d+)(?:\s*\([a-z ]+\))?\s+({words})\b", re.I)

    def __call__(self, doc: Doc) -> Doc:
        doc._.beneficiaries = [
            Beneficiary(m.group(0), m.start(), m.end(), 0.7,
                        count=int(m[1].replace(".", "")), unit=self.units[m[2].lower()])
            for m in self.pattern.finditer(doc.text)
        ]
        return doc
