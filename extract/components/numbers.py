"""Numbers as Indonesian news writes them, shared by the amount and beneficiary finders.

Finding is ours (regular expressions built once from rules/numbers.toml); reading a found
number is lokal-id's ``parse_rupiah``, which we measured right on every form we find
(digits with ``.`` thousands and ``,`` decimals, scale words, number words; see docs/numbers.md).

>>> read_number("4,185 miliar")
(4185000000, False)
>>> read_number("sembilan puluh sembilan ribu")
(99000, False)
>>> read_number("1,510")        # a count with a comma for thousands
(1510, False)
>>> read_number("1 miliar lebih")
(1000000000, True)
>>> read_number("pohon") is None
True
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from gazetteers.lokal_id import lokal_module
from rules import load_rules

parse_rupiah = lokal_module("rupiah").parse_rupiah  # lokal-id's, without its package __init__

# Digits as written: "217.750.000", "44,5", "1.000.000,50", "1362", "0.5", and English-formatted
# "1,500,000.50". A number is never cut inside a run of digits: what follows it is neither a digit
# nor a separator and a digit ("1,500,000.50" is one number, never "1,50").
DIGITS_CORE = (r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # Indonesian groups, decimal comma
               r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # English groups, decimal point
               r"|\d+(?:[.,]\d+)?)(?![.,']?\d)")
# ... never inside a longer token ("RT2", "S-158/KO", "2016/2017").
DIGITS = rf"(?<![\w.,/-]){DIGITS_CORE}(?![\w/])"


def alternation(forms: Iterable[str]) -> str:
    r"""A regex matching any of the literal forms, as a trie (fast: one branch per first letter),
    preferring the longest form; a space in a form matches any run of blanks.

    >>> alternation(["juta", "jt", "ribu rupiah"])
    '(?:(?:j(?:t|uta)|ribu\\s+rupiah))'
    >>> re.fullmatch(alternation(["se", "sebelas", "seratus"]), "sebelas") is not None
    True
    """
    trie: dict = {}
    for form in set(forms):
        node = trie
        for ch in " ".join(form.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")" if trie else "(?!)"


def _trie_regex(node: dict) -> str:
    def piece(ch: str) -> str:
        return r"\s+" if ch == " " else re.escape(ch)

    branches = []
    for ch in sorted(k for k in node if k):
        text, sub = piece(ch), node[ch]
        while len(sub) == 1 and "" not in sub:  # a chain of single letters: one literal
            (nxt, sub), = sub.items()
            text += piece(nxt)
        branches.append(text + (_trie_regex(sub) if set(sub) != {""} else ""))
    optional = "" in node
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


NO_LETTER_AFTER = r"(?![^\W\d_])"  # a word ends here: no letter follows (a digit or a mark may)


def word_re(forms: Iterable[str], after: str = NO_LETTER_AFTER) -> re.Pattern:
    r"""Any of the literal forms (``alternation``) as a word, case-insensitive: no letter right before it and
    ``after`` right after it (by default no letter; the count finders put what leads to the count there, e.g.
    ``NumberRules.before_count``). The word lists stay in rules/*.toml.

    >>> bool(word_re(["peserta"]).search("40 peserta hadir")), bool(word_re(["peserta"]).search("kepesertaan"))
    (True, False)
    >>> word_re(["dihuni"], r"[^\S\n]+$").search("Desa itu dihuni ").end()
    16
    """
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(forms)}){after}", re.I)


_FOLD = str.maketrans({"ı": "i", "ſ": "s"})


def norm(text: str) -> str:
    """Lower-case with single spaces: the key form of every vocabulary table.

    Case-insensitive regular expressions also match letters whose lower case is not the
    table's (``İ``, ``ı``, ``ſ``, ``K``); they are folded to the plain letter.

    >>> norm("Dolar  Hong\\nKong"), norm("JUNİ"), norm("peſerta")
    ('dolar hong kong', 'juni', 'peserta')
    """
    if text.isascii():  # no accents, no letters to fold: the same result, at a fraction of the cost
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.lower()).translate(_FOLD)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def read_number(text: str) -> tuple[float, bool] | None:
    """(value, approximate) of a number with optional scale word, or None if it is no number.

    lokal-id's ``parse_rupiah`` reads it, after two checks of ours (docs/numbers.md):
    number words must be well formed (``dua tiga`` is no number; parse_rupiah sums it to 5),
    and a decimal written as words (``satu koma lima miliar``) is read digit by digit.

    >>> read_number("dua tiga empat") is None, read_number("dua belas koma dua tiga empat")
    (True, (12.234, False))
    >>> read_number("satu koma lima miliar")
    (1500000000, False)
    """
    return _read_number(norm(text))


@lru_cache(maxsize=4096)
def _read_number(text: str) -> tuple[float, bool] | None:
    kinds = number_rules().kinds
    tokens = text.split()
    if "koma" in tokens:
        return _read_decimal_words(tokens, kinds)
    if tokens and kinds.get(tokens[0]) == "multiplier":
        return None  # "ratus juta": a number never starts with a multiplier (parse_rupiah reads it as 100 juta)
    for a, b in zip(tokens, tokens[1:]):
        if kinds.get(a) == "digit" and kinds.get(b) in ("digit", "unit"):
            return None  # "dua tiga", "dua sebelas": no number
    parsed = parse_rupiah(text)
    if parsed is None:
        return None
    return parsed.amount, parsed.approximate


def _read_decimal_words(tokens: list[str], kinds: dict[str, str]) -> tuple[float, bool] | None:
    """ "dua belas koma dua tiga empat" = 12.234; "satu koma lima miliar" = 1.5 miliar; the decimals may be spelled
    as one number, as number-to-words tables write them: "tujuh belas koma empat puluh dua" = 17.42.

    >>> _read_decimal_words("tujuh belas koma empat puluh dua".split(), number_rules().kinds)
    (17.42, False)
    >>> _read_decimal_words("dua koma nol lima".split(), number_rules().kinds)
    (2.05, False)
    """
    i = tokens.index("koma")
    whole = _read_number(" ".join(tokens[:i])) if i else None
    after = list(itertools.takewhile(lambda t: kinds.get(t) in ("digit", "unit", "multiplier"), tokens[i + 1:]))
    rest = tokens[i + 1 + len(after):]
    zeros = len(list(itertools.takewhile(lambda t: t == "nol", after)))
    if all(kinds.get(t) == "digit" for t in after):  # "koma dua tiga empat": digit by digit
        digits = [str(_read_number(t)[0]) for t in after]
    else:  # "koma empat puluh dua" (.42), "koma tiga ratus dua belas" (.312): the decimals spelled as one number
        spelled = _read_number(" ".join(after[zeros:]))
        if spelled is None or not float(spelled[0]).is_integer():
            return None
        digits = ["0"] * zeros + [str(int(spelled[0]))]
    if whole is None or not digits or any(kinds.get(t) for t in rest):
        return None
    value = whole[0] + float("0." + "".join(digits))
    if rest:
        scale = _read_number("1 " + " ".join(rest))
        if scale is None:
            return None
        value *= scale[0]
    value = round(value, 6)
    return (int(value) if value.is_integer() else value), whole[1]


@dataclass(frozen=True)
class NumberRules:
    """The compiled number vocabulary: one instance per process (``number_rules()``)."""

    name: str  # the rules file it was built from
    kinds: dict[str, str]  # number word -> digit / unit / multiplier / decimal
    digits: str  # regex of a number in digits, standing alone
    word: str  # regex of one number word
    words: str  # regex of a number in words ("dua ratus lima puluh")
    mixed: str  # regex of digits with multiplier words after them ("5 ratus", "2 ratus lima puluh"), as informal text writes
    number: str  # digits, or words, with optional scale words after them ("9 ribu", "1,3 juta")
    vague: dict[str, int]
    vague_re: str
    approx_before: re.Pattern
    # what may stand between a cue and the count after it, to the end of the text before the count: an approximation
    # word or nothing ("kepada sekitar | 500", "dihimpun dari | 780.000"); cue patterns end with it
    before_count: str
    approx_words: frozenset[str]  # the words of the approximation cues ("sekitar", "kurang", "lebih", "dari")
    approx_after: str
    approx_suffix: str
    range_join: str
    related_link: re.Pattern


@lru_cache(maxsize=None)
def number_rules(name: str = "numbers") -> NumberRules:
    rules = load_rules(name)
    word = r"(?:%s)" % alternation(rules["words"])
    words = rf"(?<![\w-]){word}(?:\s+{word})*(?![\w-])"
    multiplier = alternation(k for k, v in rules["words"].items() if v == "multiplier")
    # after a multiplier, a smaller number in digits may follow ("9 ratus 90 ribu" = 990 ribu, as informal text writes)
    mixed = rf"(?<![\w.,'-])\d{{1,3}}\s*(?:{multiplier})(?:\s+{word})*(?:\s+\d{{1,2}}(?![\w.,]))?(?![\w-])"
    # A compound: after a scale word, more number words may follow ("dua ribu lima ratus",
    # "satu juta dua ratus ribu"); lokal-id's parse_rupiah reads the whole compound.
    # Each round takes exactly one scale word (the two branches take disjoint words), so the pattern cannot
    # backtrack exponentially.
    # After the thousands word, three digits may follow: "1 ribu 250 orang" is 1250 (never 250). After a larger
    # scale, digits are taken only when a scale word follows them ("1 juta 200 ribu petani" is 1,200,000, as
    # "satu juta dua ratus ribu" is): "dana 5 juta 20 orang" stays a sum and a count.
    thousand = alternation(k for k, v in rules["scales"].items() if v == 1000)
    larger = alternation(k for k, v in rules["scales"].items() if v != 1000)  # disjoint: no word takes two branches
    scale = alternation(rules["scales"])
    number = (rf"(?:{mixed}|{DIGITS}|{words})(?:\s+(?:{thousand})(?![\w-])(?:\s+(?:{words}|\d{{3}}(?![\w.,/-]|[.,]\d)))?"
              rf"|\s+(?:{larger})(?![\w-])(?:\s+(?:{words}|\d{{1,3}}(?=\s+{scale}(?![\w-]))))?)*")
    approx = alternation(rules["approx_before"])
    return NumberRules(
        name=name, kinds={norm(k): v for k, v in rules["words"].items()}, digits=DIGITS, word=word, words=words, mixed=mixed, number=number,
        vague={norm(k): v for k, v in rules["vague"].items()},
        vague_re=rf"(?<![\w-])(?:{alternation(rules['vague'])})(?![\w-])",
        approx_before=re.compile(rf"(?:^|[\s(])(?:{approx})\s*$", re.I),
        before_count=rf"(?:[^\S\n]+(?:{approx}))?[^\S\n]*$",
        approx_words=frozenset(w for cue in rules["approx_before"] for w in norm(cue).split()),
        approx_after=alternation(rules["approx_after"]),
        approx_suffix=alternation(rules["approx_suffix"]),
        range_join=alternation(rules["range_joins"]),
        related_link=_related_lines(),
    )


def _related_lines() -> re.Pattern:
    """Related-story lines (extract/components/scan.py; imported here, not above: scan reads ``finditer_at``)."""
    from extract.components.scan import related_lines

    return related_lines()


LINES_KEY = "warta_related_lines"


class Lines:
    """Character ranges to skip: "related article" lines, whose numbers belong to another story."""

    def __init__(self, text: str, rules: NumberRules):
        self.ranges = [(m.start(), m.end()) for m in rules.related_link.finditer(text)]
        self.starts = [r[0] for r in self.ranges]

    @classmethod
    def of(cls, store: dict, text: str, rules: NumberRules) -> "Lines":
        """``Lines(text, rules)``, kept in ``store`` (a Doc's ``user_data``): the amount, date and count finders share it."""
        kept = store.get(LINES_KEY)
        if kept is not None and kept[0] == rules.name and kept[1] == text:
            return kept[2]
        lines = cls(text, rules)
        store[LINES_KEY] = (rules.name, text, lines)
        return lines

    def skipped(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.ranges[i][0] <= pos < self.ranges[i][1]


def sentence_starts(doc) -> list[int]:
    """Character offsets where the Doc's sentences start ([0] without a sentencizer); fast, via arrays, and read
    once per Doc after the sentencizer (the counts and dates ask it per mention: a long article with hundreds of
    counts read the whole array hundreds of times). The list is shared: read it, do not change it."""
    from spacy.attrs import IDX, SENT_START

    if len(doc) == 0:
        return [0]
    starts = doc.user_data.get(SENT_STARTS_KEY)
    if starts is not None:
        return starts
    arr = doc.to_array([SENT_START, IDX])
    starts = [int(i) for flag, i in arr.tolist() if flag == 1]
    starts = starts if starts and starts[0] == 0 else [0] + starts
    if doc.has_annotation("SENT_START"):  # before the sentencizer the answer would change: not kept
        doc.user_data[SENT_STARTS_KEY] = starts
    return starts


SENT_STARTS_KEY = "warta_sentence_starts"


def approx_before(text: str, start: int, rules: NumberRules) -> bool:
    """True when a cue such as "sekitar" or "lebih dari" ends right before ``start``."""
    return rules.approx_before.search(text[max(0, start - 30):start]) is not None


def words_before(text: str, start: int, n: int) -> list[str]:
    """The ``n`` words before ``start``, lower-case, punctuation stripped (nearest last).

    >>> words_before("Total bantuan ini mencapai 201.600.000", 27, 3)
    ['bantuan', 'ini', 'mencapai']
    """
    head = text[max(0, start - 25 * n):start]
    found = re.findall(r"[^\W\d_][\w'’-]*\.?|[$€£¥]", head.lower())
    return [w.rstrip(".") if len(w) > 2 else w for w in found[-n:]]


# A stop that ends a clause; the point and colon inside a number ("1.250", "12:30") do not.
CLAUSE_STOPS = re.compile(r"[.;:!?\n](?!\d)")


def clause_start(head: str, stops: re.Pattern = CLAUSE_STOPS) -> int:
    """Where the last clause of ``head`` (the text before a count) begins: after its last stop, else 0.

    >>> clause_start("Hasilnya baik. Sebanyak "), clause_start("sekitar ")
    (14, 0)
    """
    last = None
    for last in stops.finditer(head):
        pass
    return last.end() if last else 0


def clause_stop(tail: str, stops: re.Pattern = CLAUSE_STOPS) -> int:
    """Where the first clause of ``tail`` (the text after a count) ends: at its first stop, else its length."""
    m = stops.search(tail)
    return m.start() if m else len(tail)


def next_word(text: str, end: int) -> str:
    """The word right after ``end`` (lower-case), "" at punctuation or the end of the text.

    >>> next_word("sebesar 108,5 juta di posko", 18), next_word("Rp 5 juta.", 9)
    ('di', '')
    """
    m = re.match(r"[ \t]*([^\W\d_][\w-]*)", text[end:end + 40])
    return m.group(1).lower() if m else ""


STARTS_KEY = "warta_number_starts"


@dataclass(frozen=True)
class Starts:
    """Where a number can begin in a text, ascending: the places a finder's big pattern is worth trying."""

    digits: list[int]  # a run of digits begins a word (a date or number in digits)
    numbers: list[int]  # digits, a number word or a vague count word ("puluhan") begins a word
    all: list[int]  # those, and where a currency marker begins a word ("Rp", "US$", "€")


@lru_cache(maxsize=None)
def _starts_regex(name: str, currencies: str) -> re.Pattern:
    rules = number_rules(name)
    currency = rf"|(?={currencies})" if currencies else ""
    return re.compile(rf"(?<!\w)(?:(?P<d>(?=\d))|(?P<w>(?={rules.word}|{rules.vague_re})){currency})", re.I)


def number_starts(store: dict, text: str, rules: NumberRules, currencies: str = "") -> Starts:
    """The ``Starts`` of ``text``, found with one scan and kept in ``store`` (a Doc's ``user_data``), so that the
    amount, date and count finders share it. ``currencies``: a regex of the currency markers to find as well
    (the amount finder's); a kept scan without them is not used for them."""
    kept = store.get(STARTS_KEY)
    if kept is not None and kept[0] == rules.name and kept[1] == text and (not currencies or kept[2] == currencies):
        return kept[3]
    digits, numbers, every = [], [], []
    for m in _starts_regex(rules.name, currencies).finditer(text):
        at = m.start()
        every.append(at)
        if m.lastgroup == "d":
            digits.append(at)
            numbers.append(at)
        elif m.lastgroup == "w":
            numbers.append(at)
    starts = Starts(digits, numbers, every)
    store[STARTS_KEY] = (rules.name, text, currencies, starts)
    return starts


def finditer_at(pattern: re.Pattern, starts: list[int], text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, tried only at the positions ``starts`` (ascending): the same matches, left to
    right and never overlapping, when every match of ``pattern`` begins at one of them and none is empty.

    ``finditer`` tries a pattern that opens with an alternation behind a look-behind at every character of the
    article (the regex engine finds no literal prefix to skip to); ``number_starts`` is one scan shared by the
    finders, and the big pattern then runs at the few dozen places a number or a currency can begin (``match`` at
    a position still sees the characters before it, so its look-behinds read as in ``finditer``). tests/test_finditer_at.py checks both give
    the same matches.

    >>> digits = re.compile(r"(?<![\\w.])\\d+(?:\\.\\d+)*(?!\\w)")
    >>> text = "a1 2.000 dan 30x 4"
    >>> [m.group() for m in finditer_at(digits, number_starts({}, text, number_rules()).digits, text)]
    ['2.000', '4']
    """
    pos = 0
    for at in starts:
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            if m.end() == at:
                raise ValueError(f"an empty match of {pattern.pattern[:40]!r}: finditer_at cannot stand for finditer")
            pos = m.end()
            yield m
