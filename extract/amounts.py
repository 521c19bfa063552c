"""Sums of money: ``Rp200 juta`` -> 200000000 IDR. First rules; see rules/amounts.toml."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.values import Amount
from rules import load_rules

if not Doc.has_extension("amounts"):
    Doc.set_extension("amounts", default=None)


def parse_number(text: str) -> float:
    """Indonesian digits: ``.`` groups thousands, ``,`` marks decimals.

    >>> parse_number("217.750.000"), parse_number("44,5"), parse_number("1.5")
    (217750000.0, 44.5, 1.5)
    """
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text.replace(".", "").replace(",", ".")) if "," in text else float(text)


@Language.factory("warta_amounts", assigns=["doc._.amounts"], default_config={"rules": "amounts"})
def make_amount_finder(nlp: Language, name: str, rules: str) -> "AmountFinder":
    return AmountFinder(load_rules(rules))


class AmountFinder:
    def __init__(self, rules: dict):
        self.currency = rules["currency"]
        self.scale = rules["scale"]
        cur = "|".join(re.escape(c) for c in sorted(self.currency, key=len, reverse=True))
        scl = "|".join(sorted(self.scale, key=len, reverse=True))
        self.pattern = re.compile(
            rf"(?<!\w)(?P<cur>{cur})\s?(?P<num>\d[\d.,]*\d|\d)(?:\s?(?P<scale>{scl})\b)?", re.I
        )

    def __call__(self, doc: Doc) -> Doc:
        doc._.amounts = [self.read(m) for m in self.pattern.finditer(doc.text)]
        return doc

    def read(self, m: re.Match) -> Amount:
        value = parse_number(m["num"]) * self.scale.get((m["scale"] or "").lower(), 1)
        return Amount(m.group(0), m.start(), m.end(), 0.8, value=value,
                      currency=self.currency[m["cur"].lower()])
