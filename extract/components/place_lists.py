"""Lists of villages or districts under a count: "5 kelurahan di Kota Madiun, yaitu Nambangan Lor,
Manguharjo, Patihan, Pangongangan dan Ngegong".

``find_frames`` reads the *frame* of such a list: a level noun after a count opens it (``5 kelurahan``,
``delapan desa``, ``Kedelapan desa tersebut``, ``sejumlah kampung``), an opener word (``yaitu``,
``adalah``, ``masing-masing``, ``:`` ... in rules/locations.toml) in the same or the next sentence starts
the items, and the end of that sentence, or a lower-case word that is neither a join nor the unit of
a number (``Rp50 juta``, ``10 rumah``), closes them. Each item is a capitalised run; an item with its
own cue word (``Desa Geger``) is marked as such. A name in parentheses right after items
(``Desa Bulu, Rejosari dan Bakalan (Polokarto)``) is their parent, not an item.

The place finder (extract/components/locations.py) then resolves the bare items among the children of the parent
the article names (extract.components.locations.PlaceFinder.resolve_lists).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from spacy.tokens import Doc

from extract.components.doctext import doc_text
from extract.components.numbers import read_number
from rules import load_rules

VAGUE = ("beberapa", "sejumlah", "puluhan", "belasan", "ratusan")  # a count without a number
AFTER_NUMBER = {"juta", "miliar", "milyar", "ribu", "triliun", "rupiah", "persen"}


@dataclass(frozen=True)
class ListRules:
    levels: dict[str, str]  # level noun -> level of the items
    openers: tuple[tuple[str, ...], ...]  # opener words, each as a tuple of lower-case tokens
    joins: frozenset[str]
    typo_ratio: int

    opener_re: re.Pattern | None = None  # any opener, on the text
    count_words: frozenset[str] = frozenset()  # number words ("delapan", "puluh"): a quick test

    @classmethod
    def from_rules(cls, rules: dict) -> "ListRules":
        openers = tuple(sorted((tuple(o.split()) for o in rules["list_openers"]), key=len, reverse=True))
        levels = dict(rules["list_levels"])
        numbers = load_rules("numbers")["words"]
        return cls(levels, openers, frozenset(rules["list_joins"]), int(rules["list_cue_typo_ratio"]),
                   re.compile(r"(?<!\w)(?:" + "|".join(re.escape(" ".join(o)).replace(r"\ ", r"\s+")
                                                         for o in openers) + r")(?!\w)", re.I),
                   frozenset(numbers) | frozenset(VAGUE))


@dataclass(eq=False)
class Item:
    start: int  # first token of the name (after its cue word, if any)
    end: int  # token after the name
    end_char: int
    cued: bool  # the item carries its own cue word ("Desa Geger")
    paren: tuple[int, int] | None = None  # tokens of a parent in parentheses after it ("(Polokarto)")


@dataclass(eq=False)
class Frame:
    level: str  # desa, kelurahan or kecamatan
    count: int | None  # the count stated before the level noun, if any
    intro: int  # token of the level noun
    start: int  # first token after the opener
    items: list[Item] = field(default_factory=list)

    @property
    def depth(self) -> int:
        return 3 if self.level == "kecamatan" else 4


def _count_before(doc: Doc, i: int, rules: ListRules) -> tuple[bool, int | None]:
    """(is there a count before the level noun at token i, its value)."""
    if i == 0:
        return False, None
    prev = doc[i - 1]
    low = prev.lower_
    if prev.is_digit:
        return True, int(prev.text) if len(prev.text) <= 4 else None
    if low in VAGUE:
        return True, None
    if low not in rules.count_words and not (low.startswith("ke") and low[2:] in rules.count_words):
        return False, None
    if low.startswith("ke") and len(low) > 4:  # "kedelapan desa tersebut"
        n = read_number(low[2:])
        if n and not n[1]:
            return True, int(n[0])
    for k in (2, 1):  # "dua puluh desa", "delapan desa"
        if i - k < 0:
            continue
        words = doc[i - k:i].text
        n = read_number(words)
        if n and not n[1] and all(t.is_alpha for t in doc[i - k:i]):
            return True, int(n[0])
    return False, None


def find_frames(doc: Doc, nouns: list[int], rules: ListRules, cue_at: Callable,
                name_words: Callable) -> list[Frame]:
    """Every list frame of the article, items read. ``nouns``: the tokens that hold a level noun
    (the place finder notes them in its scan); ``cue_at`` and ``name_words`` are its readers of a
    cue word and of a capitalised run."""
    frames: list[Frame] = []
    starts: set[int] = set()
    n = len(doc)
    for i in nouns:
        tok = doc[i]
        low = tok.lower_
        half = low.partition("-")[0]
        plural = "-" in low and low == f"{half}-{half}"  # "desa-desa"
        level = rules.levels.get(half if plural else low)
        if level is None or (tok.text[:1].isupper() and i + 1 < n and doc[i + 1].text[:1].isupper()):
            continue
        has_count, count = _count_before(doc, i, rules)
        if not has_count and not plural and not (i + 1 < n and doc[i + 1].lower_ == "di"):
            continue  # "5 kelurahan", "desa-desa", "desa di Kecamatan X, yaitu ..." open a list
        sent = tok.sent
        limit = sent.end
        if limit < n:  # the opener may open the next sentence ("... di 22 desa. Masing-masing Desa ...")
            limit = doc[limit].sent.end
        last = doc[min(limit, i + 40) - 1]
        m = rules.opener_re.search(doc_text(doc), tok.idx + len(tok.text), last.idx + len(last.text))
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand") if m else None
        start = span.end if span is not None else -1
        if start < 0 or start in starts or start >= n:
            continue
        starts.add(start)
        frame = Frame(level, count, i, start)
        _read_items(doc, frame, rules, cue_at, name_words)
        if frame.items:
            frames.append(frame)
    return frames


def _read_items(doc: Doc, frame: Frame, rules: ListRules, cue_at: Callable, name_words: Callable) -> None:
    end = doc[frame.start].sent.end
    j, pending = frame.start, []  # pending: items since the last parenthesis
    after_number = False
    while j < end:
        tok = doc[j]
        if tok.text == "(":
            close = next((k for k in range(j + 1, min(end, j + 8)) if doc[k].text == ")"), -1)
            if close < 0:
                break
            for item in pending:
                item.paren = (j + 1, close)
            pending = []
            j = close + 1
            continue
        cue = cue_at(doc, j) if tok.text[:1].isupper() else None
        if cue and cue[1] != "area":
            run = name_words(doc, cue[2])
            if not run:
                break
            item = Item(cue[2], run[-1][0], run[-1][1], True)
        elif tok.text[:1].isupper() and tok.text[:1].isalpha() and not _is_money(tok.text):
            run = name_words(doc, j)
            if not run:
                break
            item = Item(j, run[-1][0], run[-1][1], False)
        else:
            low = tok.lower_
            if tok.is_punct or low in rules.joins or tok.like_num or _is_money(tok.text) or low == "masing-masing":
                after_number = tok.like_num or _is_money(tok.text) or (after_number and low in AFTER_NUMBER)
                j += 1
                continue
            if after_number and tok.is_alpha:  # the unit of a number: "10 rumah", "Rp50 juta"
                after_number = low in AFTER_NUMBER
                j += 1
                continue
            break
        frame.items.append(item)
        pending.append(item)
        after_number = False
        j = item.end


def _is_money(text: str) -> bool:
    low = text.lower()
    return low.startswith("rp") and (len(low) == 2 or low[2:3].isdigit() or low[2:3] == ".")
