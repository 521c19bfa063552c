"""Sums of money: ``Rp200 juta`` -> 200000000 IDR, with ranges, foreign currencies and bare sums.

``find`` locates candidate sums with one regular expression built from rules/amounts.toml and
rules/numbers.toml; ``read`` turns a candidate into ``Amount`` mentions (two for a range), or none
when the candidate is no money. A sum written without a currency ("dana sebesar 40 juta") is money
only when a money cue stands before it and no counted noun follows it ("1,3 juta nasabah").
Numbers are read by lokal-id's ``parse_rupiah`` (extract/numbers.py).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.doctext import doc_text
from extract.numbers import (DIGITS_CORE, Lines, NumberRules, alternation, approx_before, next_word,
                             norm, number_rules, read_number, words_before)
from extract.values import Amount
from rules import load_rules

if not Doc.has_extension("amounts"):
    Doc.set_extension("amounts", default=None)



@Language.factory("warta_amounts", assigns=["doc._.amounts"],
                  default_config={"rules": "amounts", "numbers": "numbers"})
def make_amount_finder(nlp: Language, name: str, rules: str, numbers: str) -> "AmountFinder":
    return AmountFinder(load_rules(rules), number_rules(numbers))


class AmountFinder:
    def __init__(self, rules: dict, numbers: NumberRules):
        self.numbers = numbers
        self.before = {norm(k): v for k, v in rules["currency_before"].items()}
        self.after = {norm(k): v for k, v in rules["currency_after"].items()}
        self.scales = {norm(k): v for k, v in rules["scales"].items()}
        self.bare_scales = {norm(k) for k in rules["bare_scales"]}
        self.cue_before = {norm(k) for k in rules["cue_before"]}
        self.cue_after = {norm(k) for k in rules["cue_after"]}
        self.next_ok = {norm(k) for k in rules["bare_next_ok"]} | self.cue_after
        self.window = int(rules["cue_window"])
        # The canonical scale word of each multiplier (rules/numbers.toml): parse_rupiah reads the number
        # with it, so that "1,250 juta" is 1.25 juta while "1,250" alone is 1250.
        self.scale_word = {v: k for k, v in sorted(load_rules(numbers.name)["scales"].items(), reverse=True)}
        cur, post = alternation(self.before), alternation(self.after)
        scale = alternation(self.scales)
        num = rf"(?:{DIGITS_CORE}|{numbers.words})"
        end = r"(?![^\W_])"  # a word ends here (no letter or digit follows)
        self.pattern = re.compile(
            rf"(?:(?<![^\W\d_])(?P<cur>{cur})\s*|(?<![\w.,/-]))"
            rf"(?P<n1>{num})(?:\s*(?P<s1>{scale}){end})?"
            rf"(?:\s*(?P<join>{numbers.range_join})\s*(?:(?P<cur2>{cur})\s*)?"
            rf"(?P<n2>{num})(?:\s*(?P<s2>{scale}){end})?)?"
            rf"(?:\s+(?P<post>{post}){end})?"
            rf"(?:\s*(?P<lebih>{numbers.approx_after}){end})?",
            re.I,
        )
        self.per = re.compile(rf"\s*(?:{alternation(rules['per'])})\s*([^\W\d_][\w-]*)", re.I)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lines = Lines(text, self.numbers)
        found: list[Amount] = []
        for m in self.find(text):
            if not lines.skipped(m.start()):
                found.extend(self.read(text, m))
        doc._.amounts = found
        return doc

    def find(self, text: str) -> list[re.Match]:
        return [m for m in self.pattern.finditer(text) if m["cur"] or m["post"] or m["s1"] or m["s2"]
                or re.search(r"\d[.,]\d{3}", m["n1"])]

    # ------------------------------------------------------------------ read
    def value(self, number: str, scale: str | None) -> tuple[float, bool] | None:
        """The value of a number with its scale word, or None."""
        mult = self.scales.get(norm(scale), 1) if scale else 1
        word = self.scale_word.get(mult)
        if word:
            return read_number(f"{number} {word}")
        got = read_number(number)
        return (got[0] * mult, got[1]) if got else None

    def read(self, text: str, m: re.Match) -> list[Amount]:
        """Amount mentions for one candidate: none, one, or the two ends of a range."""
        low = self.value(m["n1"], m["s1"])
        if low is None:
            return []
        high = None
        if m["join"]:
            if m["s2"] and not m["s1"] and not m["cur2"]:  # "Rp10-20 juta": the scale is shared
                low = self.value(m["n1"], m["s2"])
            if not (m["s1"] and not m["s2"] and not m["cur2"]):  # "Rp 50 juta hingga 2025" is no range
                high = self.value(m["n2"], m["s2"] or m["s1"])
            if high is None or low is None or high[0] <= low[0]:
                high = None
        if m["join"] and high is None:  # the candidate is its first number only
            end = m.end("s1") if m["s1"] else m.end("n1")
            currency, lebih = self.before.get(norm(m["cur"] or "")), None
        else:
            end = max(m.end(g) for g in ("n1", "s1", "n2", "s2", "post") if m[g])
            currency = self.before.get(norm(m["cur"] or "")) or self.after.get(norm(m["post"] or ""))
            lebih = m["lebih"]
        if low is None or (currency is None and not self.bare_money(text, m, end)):
            return []
        approx = approx_before(text, m.start(), self.numbers) or low[1]
        if lebih:
            end, approx = m.end("lebih"), True
        per = self.per.match(text, end)
        base = dict(confidence=0.9 if currency else 0.7, currency=currency or "IDR", approximate=approx,
                    per=per.group(1).lower() if per else None)
        span = (text[m.start():end], m.start(), end)
        if high is None:
            return [Amount(*span, value=float(low[0]), **base)]
        return [Amount(*span, value=float(low[0]), range="low", **base),
                Amount(*span, value=float(high[0]), range="high", **base)]

    def bare_money(self, text: str, m: re.Match, end: int) -> bool:
        """A number without a currency is money when a cue says so and no counted noun follows it."""
        scale = norm(m["s1"] or m["s2"] or "")
        if scale and scale not in self.bare_scales:
            return False
        if not scale and not re.search(r"\d[.,]\d{3}[.,]\d{3}", m["n1"]):
            return False  # a bare number with no scale must be written in full: "201.600.000"
        after = next_word(text, end)
        if after and after not in self.next_ok:
            return False
        return after in self.cue_after or bool(self.cue_before & set(words_before(text, m.start(), self.window)))
