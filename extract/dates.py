"""Calendar dates of events, as ISO strings. First rules; see rules/dates.toml."""
from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.values import DateMention
from rules import load_rules

for _name in ("dates", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def iso(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when the parts are no calendar date."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@Language.factory("warta_dates", assigns=["doc._.dates", "doc._.published"], default_config={"rules": "dates"})
def make_date_finder(nlp: Language, name: str, rules: str) -> "DateFinder":
    return DateFinder(load_rules(rules))


class DateFinder:
    def __init__(self, rules: dict):
        self.months = rules["months"]
        names = "|".join(sorted(self.months, key=len, reverse=True))
        self.numeric = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
        self.written = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({names})\.?\s+(\d{{4}})(?!\d)", re.I)

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for m in self.numeric.finditer(doc.text):
            found.append((m, iso(int(m[3]), int(m[2]), int(m[1]))))
        for m in self.written.finditer(doc.text):
            found.append((m, iso(int(m[3]), self.months[m[2].lower()], int(m[1]))))
        found.sort(key=lambda pair: pair[0].start())
        doc._.dates = [DateMention(m.group(0), m.start(), m.end(), 0.9, date=d) for m, d in found if d]
        return doc
