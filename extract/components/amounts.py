"""Sums of money: ``Rp200 juta`` -> 200000000 IDR, with ranges, foreign currencies and bare sums.

``find`` locates candidate sums with one regular expression built from rules/amounts.toml and
rules/numbers.toml; ``read`` turns a candidate into ``Amount`` mentions (two for a range), or none
when the candidate is no money. A sum written without a currency ("dana sebesar 40 juta") is money
only when a money cue stands before it and no counted noun follows it ("1,3 juta nasabah").
Numbers are read by lokal-id's ``parse_rupiah`` (extract/components/numbers.py).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from fractions import Fraction
from typing import NamedTuple

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.tokens import Doc

from extract.components.doctext import doc_text
from extract.components.numbers import (DIGITS_CORE, Lines, NumberRules, alternation, approx_before, finditer_at,
                             next_word, norm, number_rules, number_starts, read_number, words_before)
from extract.components.values import Amount
from rules import load_rules

# Digits written in full, at least a million: a scale word after them doubles the scale.
# One thousands group and no decimals ("476.542"): before a scale word, possibly a decimal point typed as a dot.
DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")
COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")  # the same with a decimal comma: "392,517 miliar"
# A fraction before a scale word ("Rp 1/2 miliar", "Rp 1 1/2 juta"): never "Rp 1" with the rest left unread.
FRACTION = re.compile(r"(?:(?P<w>\d{1,3})\s+)?(?P<a>\d)/(?P<b>\d{1,2})")
FULL_DIGITS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
SHORT_NUMBER = re.compile(r"\d{1,3}(?:,\d{1,3})?")  # what a scale word must follow: "17,4" (never "750.000")
WORD_AFTER = re.compile(r"[ \t]*([^\W\d_]{3,})(?![\w-])")  # one word of letters right after a sum


def consonants(word: str) -> str:
    """A word as informal Indonesian abbreviates it by dropping the vowels after its first letter ("yg", "dgn", "jt",
    "rb"): "milyar" -> "mlyr", "triliun" -> "trln".

    >>> consonants("milyar"), consonants("triliun")
    ('mlyr', 'trln')
    """
    return word[:1] + re.sub(r"[aeiou]", "", word[1:])


def swapped(word: str, target: str) -> bool:
    """``word`` is ``target`` with two adjacent letters swapped, the commonest slip in typing ("juat", "jtua" for "juta";
    "milair" for "miliar"): same length, and they differ in exactly two neighbouring places, crosswise.

    >>> swapped("juat", "juta"), swapped("jtua", "juta"), swapped("juga", "juta"), swapped("jaut", "juta")
    (True, True, False, False)
    """
    if len(word) != len(target) or word == target:
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == target[diff[1]] and word[diff[1]] == target[diff[0]]


NUMBER_GROUPS = ("n1", "s1", "x1", "m1", "n2", "s2", "x2", "m2")


class Reading(NamedTuple):
    """One number of a candidate sum as read: its value, whether approximate, where its evidence ends,
    and for an implausible sum its literal reading and the warning."""

    value: float
    approximate: bool
    end: int
    literal: float | None = None
    warning: str | None = None


BRACKET_AFTER = re.compile(r"[ \t]*\([^()\n]{1,80}\)")  # a bracket right after a number: its repeat in words, or a unit
BRACKET_OPEN = re.compile(r"\([ \t]*$")
BRACKET_CLOSE = re.compile(r"[ \t]*\)")


def unknown_currency_sign(text: str, start: int) -> bool:
    """A Unicode currency symbol (category Sc) stands right before ``start``, blanks aside.

    >>> unknown_currency_sign("bantuan ₫ 5 juta", 10), unknown_currency_sign("bantuan 5 juta", 8)
    (True, False)
    """
    head = text[max(0, start - 4):start].rstrip()
    return bool(head) and unicodedata.category(head[-1]) == "Sc"


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
        self.bare_capitals = set(rules["bare_capitals"])  # as written: case matters ("M" miliar, "m" metres)
        self.money_nouns = {norm(k) for k in rules["money_nouns"]}
        self.cue_before = {norm(k) for k in rules["cue_before"]}
        self.identifier_before = {norm(k).rstrip(".") for k in rules["identifier_before"]}
        self.cue_after = {norm(k) for k in rules["cue_after"]}
        self.ordinal_before = {norm(k) for k in rules["ordinal_before"]}
        self.thing_nouns = {norm(k) for k in rules["thing_nouns"]}
        self.next_ok = {norm(k) for k in rules["bare_next_ok"]} | self.cue_after
        self.sum_joins = {norm(k) for k in rules["sum_joins"]}
        self.window = int(rules["cue_window"])
        # exact: "1/3" as written in the rules, so that "sepertiga miliar" is 333,333,333.33 (a sum read to the cent)
        self.fractions = {norm(k): Fraction(v) for k, v in rules["fraction_words"].items()}
        self.misspelt_targets = [norm(k) for k in rules["misspelt_scale_targets"]]
        self.abbreviated = {consonants(t): t for t in self.misspelt_targets}  # "mlyr" -> "milyar"
        self.misspelt_ratio = float(rules["misspelt_scale_ratio"])
        self.doubt_ratio = float(rules["misspelt_scale_doubt"])
        self.lookalikes = {norm(k) for k in rules["misspelt_scale_words"]}  # words near a scale word, never one
        self.initials = {t[0] for t in self.misspelt_targets}  # a misspelling keeps its first letter (or swaps it)
        # The canonical scale word of each multiplier (rules/numbers.toml): parse_rupiah reads the number
        # with it, so that "1,250 juta" is 1.25 juta while "1,250" alone is 1250.
        self.scale_word = {v: k for k, v in sorted(load_rules(numbers.name)["scales"].items(), reverse=True)}
        cur, post = alternation(self.before), alternation(self.after)
        self.factor = re.compile(rf"[^\S\n]*(?:{alternation(set(rules['factor_signs']))})[^\S\n]*(?:(?:{cur})[^\S\n]*)?\d", re.I)
        scale = alternation(self.scales)
        self.cents = {norm(k): float(v) for k, v in rules["cents"].items()}
        self.negative_re = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['negative_before'])})[ \t]+$", re.I)  # right before, one blank run
        sen = alternation(self.cents)
        self.scale_re = re.compile(rf"(?<![^\W\d_])(?:{scale})(?![^\W\d_])", re.I)
        num = rf"(?:{numbers.mixed}|(?:\d{{1,3}}\s+)?\d/\d{{1,2}}(?![\w/.,])|{DIGITS_CORE}(?!/\d)|{numbers.words})"
        end = r"(?![^\W_])"  # a word ends here (no letter or digit follows)
        # Digits grouped by blanks ("Rp 1 500 000", "3 250 000 €"; money only with a currency), and after
        # a currency marker a stray space after a group dot in scraped text ("Rp 2.317. 450.120").
        spaced = r"\d{1,3}(?:[ \xa0\u202f]\d{3})+(?:,\d+)?(?![.,']?\d)"
        # The stray blank stands after a group dot with full groups on both sides: before it at least one dotted group
        # ("Rp 1.250. 000") or after it at least two ("Rp 2.317. 450.120"); never "Rp 5. 100" (a sentence end).
        stray = r"\d{1,3}(?:(?:\.\d{3})+\.[ ]\d{3}(?:\.\d{3})*|\.[ ]\d{3}(?:\.\d{3})+)(?![.,']?\d)"

        # A fraction in words, only before a scale word ("seperempat miliar"): tried first, or "tiga" alone would match.
        fraction = rf"(?<![\w-])(?:{alternation(self.fractions)})(?=\s*(?:{scale}){end})"

        def compound(i: str) -> str:
            """One sum: a number, a scale word (with "-an": approximate), any doubled scale words (x: a typo,
            read apart) and the rest of a compound ("2 miliar 500 juta", "dua juta lima ratus ribu", "1jt 500rb")."""
            first = rf"{fraction}|(?(cur){stray}|(?!))|{spaced}|{num}" if i == "1" else num
            return (rf"(?P<n{i}>{first})(?:\s*(?P<s{i}>{scale})(?P<an{i}>-?an)?{end}(?P<x{i}>(?:\s*(?:{scale}){end})*)"
                    rf"(?P<m{i}>(?:\s+{num}\s*(?:{scale}){end})*(?:\s+(?:{numbers.words}|\d{{1,3}}(?![\w.,'])))?))?")

        # A number never starts inside another ("1250€600", "€1'049,95"): no digit or separator right
        # before it (and in read: no "1.837, 32 €").
        self.pattern = re.compile(
            rf"(?:(?<!\w)(?P<cur>{cur})(?:[ \t]*:)?\s*(?P<minus>[-\u2212](?=\d))?|(?<![\w.,/'-]))"
            + compound("1")
            + rf"(?:\s*(?P<join>{numbers.range_join})\s*(?:(?P<cur2>{cur})\s*)?" + compound("2") + ")?"
            rf"(?:\s*(?P<post>{post}){end}(?![ ]?\d)(?:\s+(?P<cents>{numbers.words})\s+(?P<sen>{sen}){end})?)?"
            rf"(?:\s*(?P<lebih>{numbers.approx_after}){end})?",
            re.I,
        )
        # A currency word right after a misspelt scale word ("75 jutaa rupiah"): used with .match on a short window.
        self.post_after = re.compile(rf"[ \t]+(?P<post>{post}){end}(?![ ]?\d)", re.I)
        # a sum begins at digits, a number word or one of these (a currency marker, a fraction word): the pattern is tried only there
        self.currencies = rf"{cur}|{alternation(self.fractions)}"
        joins = alternation(rules["list_joins"])
        item = rf"\s*(?:{joins})\s*(?:(?:{cur})\s*)?(?:{DIGITS_CORE})"
        # The rest of a list whose last sum carries the scale: used with .match on a short window (linear).
        self.list_tail = re.compile(rf"(?:{item})*?{item}\s*(?P<scale>{scale}){end}(?:\s*(?P<post>{post}){end})?", re.I)
        # A bare number coordinated with a sum that has a currency ("Rp 5 dan 10 juta", "Rp 3, 2 dan 1 juta") is money
        # too: searched on the 60 characters before the number, anchored at their end.
        self.list_head = re.compile(rf"(?<!\w)(?P<hcur>{cur})\s*(?:{DIGITS_CORE})(?:\s*(?:{scale}){end})?(?:{item})*\s*(?:{joins})\s*$", re.I)
        self.sum_in_head = re.compile(rf"\d\s*(?:{scale}){end}|(?<!\w)(?:{cur})\s*\d", re.I)
        self.bound = {k.upper(): float(v) for k, v in rules["implausible_above"].items()}
        # One unit of a currency before an exchange rate ("US$ 1 = Rp 15.600"): no sum.
        self.rate_after = re.compile(rf"[^\S\n]*(?:{alternation(rules['rate_joins'])})[^\S\n]*(?:{cur}|\d)", re.I)
        self.rate_before = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['rate_before'])})(?:[^\S\n]+[^\W\d_][\w-]*){{0,2}}[^\S\n]+$", re.I)
        self.per = re.compile(rf"\s{{0,3}}(?:{alternation(rules['per'])})\s{{0,3}}([^\W\d_][\w-]*)", re.I)  # bounded blanks: linear under finditer

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lines = Lines.of(doc.user_data, text, self.numbers)
        read = [(m, self.read(text, m)) for m in self.find(text, doc.user_data) if not lines.skipped(m.start())]
        doc._.amounts = [a for _, got in self.dot_typos(read) for a in got
                         if not (a.value == 1 and a.range is None and self.rate_unit(text, a))]
        return doc

    def dot_typos(self, read: list[tuple[re.Match, list[Amount]]]) -> list[tuple[re.Match, list[Amount]]]:
        """A thousands dot typed for a decimal point before a scale word ("Rp476.542 miliar" beside "Rp 392,517
        miliar"): read as the decimal when the article writes other sums with the same scale word with three
        decimals after a comma ("392,517 miliar"), and those sums are a thousand times smaller than the literal
        reading and of the decimal reading's size. One article writes its sums in one form and compares sums of
        one size; a sum a thousand times the others, in the others' form but for its separator, is the typo.
        The literal reading stays in ``literal_value``. "Rp 1.250 miliar" beside "Rp 500 miliar" is unchanged."""
        def scale(m: re.Match) -> float | None:
            return self.scales.get(norm(m["s1"])) if m["s1"] and not m["join"] and not m["m1"] else None

        typo = {i for i, (m, got) in enumerate(read) if len(got) == 1 and not got[0].warning and scale(m)
                and DOT_GROUP.fullmatch(m["n1"]) and scale(m) * 1000 in self.scales.values()}
        for i in typo:
            m, (amount,) = read[i]
            same = [(o, got) for j, (o, got) in enumerate(read) if j not in typo and scale(o) == scale(m)]
            others = [a.value for _, got in same for a in got if a.currency == amount.currency]
            decimal = amount.value / 1000
            if (others and any(COMMA_GROUP.fullmatch(o["n1"]) for o, _ in same)
                    and amount.value > 100 * max(others) and min(others) / 10 <= decimal <= max(others) * 10):
                read[i] = (m, [replace(amount, value=decimal, literal_value=amount.value,
                                       warning=f"'{m['n1']} {m['s1']}': a thousands dot read as a decimal point, "
                                               f"as the article's other sums in {m['s1']} are of that size")])
        return read

    def find(self, text: str, store: dict | None = None) -> list[re.Match]:
        starts = number_starts({} if store is None else store, text, self.numbers, self.currencies).all
        return [m for m in finditer_at(self.pattern, starts, text) if m["cur"] or m["post"] or m["s1"] or m["s2"]
                or re.search(r"\d[.,]\d{3}", m["n1"]) or self.list_item(text, m)
                or self.misspelt_scale(text, m) is not None]

    def list_item(self, text: str, m: re.Match) -> bool:
        """A bare small number that a list of sums continues ("2" in "Rp 3, 2 dan 1 juta", "antara 2 dan 3 miliar")."""
        return (not m["join"] and re.fullmatch(r"\d{1,3}(?:,\d+)?", m["n1"]) is not None
                and self.list_tail.match(text, m.end(), m.end() + 80) is not None)

    # ------------------------------------------------------------------ read
    def value(self, number: str, scale: str | None, more: str = "") -> tuple[float, bool] | None:
        """The value of a number with its scale word and the rest of a compound, or None.

        A compound is read term by term ("2 miliar | 500 juta"), each number with its scale word as
        parse_rupiah knows it ("1.5 million" is read "1.5 juta", "1,250 juta" stays 1.25 juta), and summed
        in integers; a scale parse_rupiah does not know ("ceban") multiplies the number read alone."""
        text = re.sub(r"(?<=\d)\.?[ \xa0\u202f](?=\d{3}(?!\d))", ".", " ".join(p for p in (number, scale, more) if p))
        parts = self.scale_re.split(text)
        words = self.scale_re.findall(text)
        total, approx = 0, False
        for i, part in enumerate(parts):
            part = part.strip()
            if i < len(words):
                mult = self.scales[norm(words[i])]
                canonical = self.scale_word.get(mult)
                if not part:  # a slang amount standing alone: "goceng", "ceban" (lokal-id reads it)
                    got, mult = read_number(words[i]), 1
                elif frac := FRACTION.fullmatch(part):  # "1/2 miliar", "1 1/2 juta"
                    a, b = int(frac["a"]), int(frac["b"])
                    if not 0 < a < b:
                        return None
                    got = ((int(frac["w"] or 0) + a / b) * (mult if canonical else 1), False)
                elif norm(part) in self.fractions:  # "seperempat miliar"
                    got = (round(float(self.fractions[norm(part)] * (mult if canonical else 1)), 2), False)
                else:
                    got = read_number(f"{part} {canonical}") if canonical else read_number(part)
                if got is None:
                    return None
                term = got[0] if canonical and part else got[0] * mult
            elif part:
                got = read_number(part)
                if got is None:
                    return None
                term = got[0]
            else:
                continue
            total += int(term) if float(term).is_integer() else term
            approx = approx or got[1]
        return total, approx

    def side(self, m: re.Match, i: str) -> Reading | None:
        """One end of a candidate: its value, where its evidence ends, and a warning if implausible."""
        n, s, more = m[f"n{i}"], m[f"s{i}"], m[f"m{i}"] or ""
        if not s and ("/" in n or norm(n) in self.fractions):
            return None  # a fraction is a sum only with its scale word ("Rp 1/2 miliar", "seperempat miliar")
        if not s:
            got = self.value(n, None)
            return Reading(*got, m.end(f"n{i}")) if got else None
        if m[f"an{i}"]:  # "Rp2jtan", "50rb-an"
            got = self.value(n, s)
            return Reading(got[0], True, m.end(f"an{i}")) if got else None
        closed = m["post"] is not None and (i == "2" or not m["join"])  # a currency word ends the sum
        cut = 0
        tail = self.scale_re.split(more)[-1]
        if tail.strip()[:1].isdigit() and not closed:  # "Rp 5 juta 5 kelompok": digits after the last scale are no part
            more, cut = more[:len(more) - len(tail)], len(tail)
        if more and not self.compound_ok(n, s, more, closed):
            more, cut = "", 0
        got = self.value(n, s, more)
        if got is None:
            return None
        reading = Reading(*got, m.end(f"m{i}") - cut if more else m.end(f"s{i}"))
        doubled = self.scale_re.findall(m[f"x{i}"] or "")
        if doubled:  # "Rp 5 miliar juta": the first scale word is the sum's
            literal = got[0]
            for word in doubled:
                literal *= self.scales[norm(word)]
            return reading._replace(literal=literal, end=m.end(f"x{i}"),
                                    warning=f"double scale: '{' '.join(doubled)}' after '{s}' not applied")
        if FULL_DIGITS.fullmatch(n) and not more:  # "Rp 2.450.000.000 juta": the digits are the sum
            plain = self.value(n, None)  # (the digits alone)
            if plain:
                return reading._replace(value=plain[0], literal=got[0],
                                        warning=f"double scale: '{n}' is a full sum; the scale word '{s}' not applied")
        return reading

    def compound_ok(self, number: str, scale: str, more: str, closed: bool = False) -> bool:
        """The rest of a compound holds: each scale word smaller than the one before, and a trailing number without a
        scale only after a number in words ("seratus ... ribu empat ratus") or right before the currency word that
        closes the sum (``closed``: "9,60 juta 30 ribu 100 rupiah"). "Rp 5 juta 5 kelompok" stays Rp 5 juta."""
        scales = [self.scales[norm(scale)]] + [self.scales[norm(w)] for w in self.scale_re.findall(more)]
        if any(b >= a for a, b in zip(scales, scales[1:])):
            return False
        tail = self.scale_re.split(more)[-1].strip()
        return not tail or closed or not any(ch.isdigit() for ch in number)

    def misspelt_scale(self, text: str, m: re.Match) -> tuple[str, str | None, int] | None:
        """A misspelt scale word right after a sum with a currency marker, a short number and no scale word
        ("Rp 17,4 trilyiun", "Rp 2-3 trilyiun"): (the word, the scale it is near, where it ends), else None.
        Near: rapidfuzz ratio at least ``misspelt_scale_ratio`` to one of ``misspelt_scale_targets`` (rules/amounts.toml),
        with the same first letter, or its consonants as informal text abbreviates ("Rp 2 mlyr", "Rp 1,2 trln"). A word
        that is the start of a scale word, cut ("Rp 2,6 tril", "Rp 5 mil": English "mil" is million too), gives the scale
        None: which scale is meant is unknown, and the number alone is no sum; so does a word with the first letter of
        a target nearer than ``misspelt_scale_doubt`` ("Rp 2 tryln", "Rp 2 mliyr", "Rp 50 jaut"), unless it is one of
        the words near a scale word that are no misspelling of one (``misspelt_scale_words``: "juga", "milik").
        A word that is a target with two neighbouring letters swapped is that target, whatever its ratio ("Rp 15 juat":
        75 to ``juta``, was Rp 15). A sum with no currency marker is read so only when a currency word closes it right
        after the misspelt word ("75 jutaa rupiah": between a number and its currency word stands only a scale), or when
        it stands as a bare sum does, a money cue before and a function word after ("dana sebesar 2 trilyiun untuk").

        >>> finder = AmountFinder(load_rules("amounts"), number_rules())
        >>> text = "aset Rp 17,4 trilyiun dan Rp 750.000 milik warga, dana Rp 2,6 tril"
        >>> [finder.misspelt_scale(text, m) for m in finder.find(text)]
        [('trilyiun', 'triliun', 21), None, ('tril', None, 66)]
        """
        if m["s1"] or m["s2"] or m["post"] or m["lebih"]:
            return None
        if not all(SHORT_NUMBER.fullmatch(n) for n in (m["n1"], m["n2"]) if n):
            return None
        w = WORD_AFTER.match(text, m.end(), m.end() + 30)
        if w is None or norm(w[1]) in self.scales:
            return None
        near = self.near_scale(norm(w[1]))
        if near is False:
            return None
        if not m["cur"] and not self.closing(text, w.end(1)) and not self.bare_misspelt(text, m, w.end(1)):
            return None  # with no currency marker, a currency word right after the word, or a bare sum's cues
        return w[1], near, w.end(1)

    def near_scale(self, word: str) -> str | None | bool:
        """The scale a word after a short sum is a misspelling of; None when it is near one but cannot be read (cut,
        or in the doubt zone); False when it is no scale (far from every target, or a word near one)."""
        if word in self.lookalikes or not (word[0] in self.initials or word[1:2] in self.initials):
            return False  # "Rp 50 juga", "Rp 500 milik warga": a word; or no target's first letter (a swap may move it)
        if word in self.abbreviated:
            return self.abbreviated[word]
        swap = next((t for t in self.misspelt_targets if swapped(word, t)), None)
        if swap is not None:  # "Rp 15 juat", "Rp 2 milair": two neighbouring letters swapped
            return swap
        best = process.extractOne(word, self.misspelt_targets, scorer=fuzz.ratio, score_cutoff=self.misspelt_ratio)
        if best is not None and best[0][0] == word[0]:
            return best[0]
        if any(t.startswith(word) for t in self.misspelt_targets):
            return None  # "Rp 2,6 tril": a cut scale word
        doubt = process.extractOne(word, self.misspelt_targets, scorer=fuzz.ratio, score_cutoff=self.doubt_ratio)
        if doubt is not None and doubt[0][0] == word[0]:
            return None  # "Rp 2 tryln": too far to read, too near to read Rp 2
        return False

    def bare_misspelt(self, text: str, m: re.Match, end: int) -> bool:
        """A bare number and the word after it stand as a bare sum does: a money cue before the number and a function
        word (or nothing) after the word ("dana sebesar 2 trilyiun untuk ..."); "5 trilyiun kaki kubik" is none."""
        return next_word(text, end) in self.next_ok | {""} and self.cued(text, m.start())

    def closing(self, text: str, at: int) -> re.Match | None:
        """The currency word that closes a sum right at ``at`` ("... jutaa rupiah"), else None."""
        return self.post_after.match(text, at, at + 40)

    def read_misspelt(self, text: str, m: re.Match, word: str, scale: str | None, end: int) -> list[Amount]:
        """The sum (or the two ends of a range) of a candidate whose scale word is misspelt, read with the scale it
        is near and a warning that names the word; the evidence ends after the word, or after the currency word that
        closes a sum with no currency marker ("75 jutaa rupiah"). None for a cut scale word."""
        if scale is None:
            return []
        post = None if m["cur"] else self.closing(text, end)
        if m["cur"]:
            currency = self.before[norm(m["cur"])]
        elif post is not None:
            currency, end = self.after[norm(post["post"])], post.end("post")
        else:
            currency = "IDR"  # a bare sum, as "dana sebesar 2 miliar untuk" is rupiah
        ends = [self.value(n, scale) for n in (m["n1"], m["n2"]) if n]
        if any(got is None for got in ends):
            return []
        if len(ends) == 2 and ends[1][0] <= ends[0][0]:
            ends = ends[:1]
        warning = f"misspelt scale word '{word}' read as '{scale}'"
        readings = [Reading(got[0], got[1], end, warning=warning) for got in ends]
        rngs = [None] if len(readings) == 1 else ["low", "high"]
        start = m.start()
        return self.mentions(text, start, end, list(zip(readings, rngs)), currency,
                             approx_before(text, start, self.numbers), 0.7)

    def mentions(self, text: str, start: int, end: int, ends: list[tuple[Reading, str | None]], currency: str,
                 approximate: bool, confidence: float) -> list[Amount]:
        """The Amount of each end read (with its range mark: None, "low", "high") over ``text[start:end]``, with the
        unit a "per" phrase after it names ("Rp 50.000 per orang")."""
        per = self.per.match(text, end)
        base = dict(confidence=confidence, currency=currency, approximate=approximate,
                    per=per.group(1).lower() if per else None)
        return [Amount(text[start:end], start, end, value=float(r.value), range=rng, **base,
                       **self.plausible(r, currency)) for r, rng in ends]

    def read(self, text: str, m: re.Match) -> list[Amount]:
        """Amount mentions for one candidate: none, one, or the two ends of a range."""
        misspelt = self.misspelt_scale(text, m)
        if misspelt is not None:  # "Rp 17,4 trilyiun", "Rp 2,6 tril": never Rp 17,4 nor Rp 2,6
            return self.read_misspelt(text, m, *misspelt)
        low = self.side(m, "1")
        if low is None:
            return []
        high = None
        if m["join"]:
            high = self.side(m, "2")
            if m["s2"] and not m["s1"] and high is not None:  # "Rp10-20 juta", "Rp4-Rp5 miliar": shared scale
                shared = self.value(m["n1"], m["s2"])
                if shared and shared[0] < high.value:
                    low = low._replace(value=shared[0], approximate=shared[1])
            if m["s1"] and not m["s2"] and not m["cur2"]:  # "Rp 50 juta hingga 2025" is no range
                high = None
            if high is None or high.value <= low.value:
                high = None
        end = max(r.end for r in (low, high) if r)
        whole = end == max(m.end(g) for g in NUMBER_GROUPS if m[g] is not None)  # no part left unread
        if whole and m["post"]:
            end = m.end("post")
            if m["sen"] and high is None:  # "seribu lima ratus rupiah lima puluh sen": the cents follow the currency word
                cents = read_number(m["cents"])
                if cents and 0 < cents[0] < 100 and float(cents[0]).is_integer():
                    low = low._replace(value=low.value + cents[0] * self.cents[norm(m["sen"])])
                    end = m.end("sen")
        shared = self.list_scale(text, m, end)
        if shared is not None:  # "Rp 5 dan 10 juta": Rp 5 juta, never Rp 5
            low = low._replace(value=shared[0], approximate=shared[1])
        currency = self.before.get(norm(m["cur"] or "")) or (shared[2] if shared else None)
        if whole and m["post"] and (currency is None or norm(m["cur"]) == "$"):  # "$1,190.00 AUD": the code says which dollar
            currency = self.after.get(norm(m["post"]))
        if currency is None and re.search(r"\d\s", m["n1"]):
            return []  # digits grouped by blanks are money only with a currency: "sebanyak 15 000 bibit"
        if shared is None and not m["s1"] and not m["cur"] and re.fullmatch(r"\d{1,2}", m["n1"]) and re.search(r"\d[.,] $", text[max(0, m.start() - 3):m.start()]):
            return []  # "1.837, 32 €": the cents of a number with a stray blank, not a sum of 32
        if shared is None and not m["s1"] and re.fullmatch(r"\d[\d.,]*", m["n1"]) and re.match(r"[.,] \d{1,2}(?!\d)", text[end:end + 5]):
            return []  # "$119. 95", "Rp 1.250. 50": a stray blank inside the number, which cannot be told from a sentence end
        if not m["s1"] and not m["s2"] and shared is None and re.fullmatch(r"\d{1,3}", m["n1"]) \
                and self.factor.match(text, end):
            return []  # "Rp 2 x 45 juta": a factor of a product, no sum of Rp 2
        lebih = m["lebih"] if whole else None
        if currency is None and unknown_currency_sign(text, m.start()):
            return []  # "₫ 5 juta": a currency the rules do not know is no rupiah sum
        if currency is None and not self.bare_money(text, m, end):
            return []
        start = m.start()
        sign = self.negative_re.search(text[max(0, start - 12):start]) if high is None else None
        if sign:  # "minus Rp 2 miliar", "min seribu rupiah": a negative sum, the sign word part of the evidence
            low, start = low._replace(value=-low.value), start - len(sign[0])
        elif high is None and m["cur"] and (m["minus"] or self.minus_before(text, start)):
            # "Rp -1.500.000", "-Rp 5.000" (a minus glued to the currency, as formatters write it; "- Rp 5" is a bullet)
            low, start = low._replace(value=-low.value), start if m["minus"] else start - 1
        approx = approx_before(text, m.start(), self.numbers) or low.approximate
        if lebih:
            end, approx = m.end("lebih"), True
        ends = [(low, None)] if high is None else [(low, "low"), (high, "high")]
        return self.mentions(text, start, end, ends, currency or "IDR", approx, 0.9 if currency else 0.7)

    def rate_unit(self, text: str, a: Amount) -> bool:
        """One unit of a currency that states an exchange rate ("US$ 1 = Rp 15.600", "kurs 1 dolar AS Rp 16.000")."""
        return bool(self.rate_after.match(text, a.end) or self.rate_before.search(text, max(0, a.start - 40), a.start))

    @staticmethod
    def minus_before(text: str, start: int) -> bool:
        """A minus sign glued to the currency marker, standing alone: "-Rp 5.000", never "Rp4-Rp5" nor "- Rp 5"."""
        return start >= 1 and text[start - 1] in "-\u2212" and (start < 2 or not text[start - 2].isalnum())

    def list_scale(self, text: str, m: re.Match, end: int) -> tuple[float, bool, str | None] | None:
        """The value of a sum with no scale in a list ending in a scale word, and the list's currency when the number
        has none: the writer states the scale once, at the end. A number with a currency begins the list ("Rp 5 dan
        10 juta", "Rp 3, 5 atau 7 miliar"); a bare one stands in a list that a currency opens ("Rp 3, 2 dan 1 juta")
        or that a currency word closes ("antara 2 dan 3 miliar rupiah"), or a bare list that a money cue opens and a
        function word follows, as for a bare sum ("hadiah 3, 2 dan 1 juta untuk ..."). None otherwise."""
        if m["s1"] or m["join"] or not re.fullmatch(r"\d{1,3}(?:,\d+)?", m["n1"]):
            return None
        if not m["cur"] and set(words_before(text, m.start(), 1)) & self.ordinal_before:
            return None  # "Dana tahap 2 dan 3 juta rupiah": a stage's number, no sum of the list
        tail = self.list_tail.match(text, end, end + 80)
        if not tail:
            return None
        currency = None
        if not m["cur"]:
            head = self.list_head.search(text[max(0, m.start() - 60):m.start()])
            if head:
                currency = self.before.get(norm(head["hcur"]))
            elif tail["post"]:
                currency = self.after.get(norm(tail["post"]))
            elif (next_word(text, tail.end()) in self.next_ok | {""}
                  and self.cue_before & set(words_before(text, m.start(), self.window))):
                currency = "IDR"  # "hadiah 3, 2 dan 1 juta untuk ...": a bare list of sums, as a bare sum is money
            else:
                return None
        got = self.value(m["n1"], tail["scale"])
        return (got[0], got[1], currency) if got else None

    def plausible(self, r: Reading, currency: str) -> dict:
        """The warning and literal reading of an implausible sum (rules/amounts.toml, implausible_above)."""
        literal = r.literal if r.literal is not None else r.value
        warning = r.warning
        bound = self.bound.get(currency)
        if bound is not None and r.value > bound:
            warning = (warning + "; " if warning else "") + f"above {bound:,.0f} {currency}, more than any company's yearly revenue"
        if warning is None:
            return {}
        return {"literal_value": float(literal), "warning": warning}

    def bare_money(self, text: str, m: re.Match, end: int) -> bool:
        """A number without a currency is money when a cue says so and no counted noun follows it."""
        written = m["s1"] or m["s2"] or ""
        scale = norm(written)
        # "CSR 6.5 M": only with a cue right before the number and a blank before the M ("CSR 3M Indonesia" is a company)
        capital = m["s1"] in self.bare_capitals and m.start("s1") > m.end("n1")
        if scale and scale not in self.bare_scales and not capital:
            return False
        if not scale and not re.search(r"\d[.,]\d{3}[.,]\d{3}", m["n1"]):
            return False  # a bare number with no scale must be written in full: "201.600.000"
        if re.match(r"0\d", m["n1"]) or self.identifier_before & set(words_before(text, m.start(), 2)):
            return False  # "tabungan nomor 123.456.789", "001.234.567": an identifier, no sum
        if capital:
            return bool(self.cue_before & set(words_before(text, m.start(), 1)))
        after = next_word(text, end)
        if m["lebih"] and m.start("lebih") >= end:  # "1,5 juta lebih penduduk": the noun counted follows "lebih"
            after = next_word(text, m.end("lebih"))
        if not after:  # the number repeated in brackets, or itself the bracketed repeat: the counted noun follows
            close = BRACKET_AFTER.match(text, end, min(len(text), end + 90))  # "1.200.000 (satu juta ...) bibit"
            if close is None and BRACKET_OPEN.search(text, max(0, m.start() - 4), m.start()):
                close = BRACKET_CLOSE.match(text, end)  # "(satu juta dua ratus ribu) bibit"
            if close is not None:
                after = next_word(text, close.end())
        if (after in self.next_ok or not after) and self.list_head.search(text[max(0, m.start() - 60):m.start()]):
            return True  # "Rp 5 dan 10 juta untuk ...": the list of sums shares the currency
        if after in self.money_nouns and self.breakdown(text, m.start()):
            return True  # "Rinciannya 37 juta untuk ..., dan 18 juta bantuan berupa logistik"
        if after and after not in self.next_ok:
            return False
        if scale and set(words_before(text, m.start(), 1)) & self.sum_joins and self.breakdown(text, m.start()):
            return True  # "anggaran Rp 1,2 miliar untuk tahap pertama dan 800 juta untuk tahap kedua": a coordinated sum
        if after in self.cue_after:
            return True
        return self.cued(text, m.start())

    def cued(self, text: str, start: int) -> bool:
        """A money cue stands within ``cue_window`` words before a bare number at ``start``, and heads no thing."""
        before = words_before(text, start, self.window)
        # the enclitic "-nya" leaves the noun a money cue: "Gajinya 5,5 juta per bulan", "omzetnya 12 juta sebulan"
        cues = [i for i, w in enumerate(before) if w in self.cue_before or (w.endswith("nya") and w[:-3] in self.cue_before)]
        if not cues:
            return False
        # "Bantuan beras sebanyak 1,5 juta.": the cue heads a thing, which the number counts
        return not self.thing_nouns & set(before[cues[-1] + 1:])

    def breakdown(self, text: str, start: int) -> bool:
        """The sentence before ``start`` lists money: a money cue and a sum with a scale or currency stand in it
        ("Rinciannya 37 juta untuk ..., dan", "Total dana Rp 90 juta, terdiri atas"). At most 300 characters back."""
        head = text[max(0, start - 300):start]
        head = head[max((b.end() for b in re.finditer(r"[.!?][\"”’)]?\s+(?=[\"“]?[A-Z])|\n", head)), default=0):]
        words = set(re.findall(r"[^\W\d_][\w-]*", head.lower()))
        return bool(self.cue_before & words) and self.sum_in_head.search(head) is not None
