"""The text of a Doc, built once.

``Doc.text`` joins every token's text each time it is read (a Token object per token), and
five components plus the record builder read it: about a tenth of the pipeline's time went
there. ``doc_text`` keeps the text in ``doc.user_data``; ``engine._doc`` puts the article's
text there from the start, as ``nlp.make_doc(text).text == text`` always holds.

``lower_words`` and ``token_texts`` do the same for the tokens' lower-case forms and texts, which
several components scan word by word: read from the Doc's array, without a Token object each.
``token_table`` adds the attributes those scans test (offsets, trailing space, alpha, digit,
sentence starts), so a loop reads ``t.idx[i]`` where it made ``doc[i]`` (a Token object: about
0.3 microseconds each, and the place and role steps made tens of thousands).

A token's lower case, ``is_alpha`` and ``is_digit`` are its lexeme's, which the vocabulary
computes from the token's text with ``str.lower``/``isalpha``/``isdigit`` (spaCy's own getters,
which warta's Indonesian keeps); where a vocabulary has other getters they are read from the Doc.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

from spacy.attrs import IDX, IS_ALPHA, IS_DIGIT, LOWER, ORTH, SENT_START, SPACY
from spacy.lang import lex_attrs

KEY = "warta_text"
LOWER_KEY = "warta_lower"
ORTH_KEY = "warta_orth"
TABLE_KEY = "warta_tokens"
ENTS_KEY = "warta_ents"


def doc_text(doc: "Doc") -> str:
    """``doc.text``, joined at most once per Doc."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text


def lower_words(doc: "Doc") -> list[str]:
    """``[t.lower_ for t in doc]``, built at most once per Doc (the tokens never change after
    the tokenizer: no component retokenizes)."""
    words = doc.user_data.get(LOWER_KEY)
    if words is None:
        if _default_getter(doc, LOWER, lex_attrs.lower):  # the lexeme's LOWER is str.lower of its text
            words = doc.user_data[LOWER_KEY] = [w.lower() for w in token_texts(doc)]
        else:
            words = _strings(doc, LOWER_KEY, LOWER)
    return words


def _default_getter(doc: "Doc", attr: int, default) -> bool:
    return doc.vocab.lex_attr_getters.get(attr) is default


def token_texts(doc: "Doc") -> list[str]:
    """``[t.text for t in doc]``, built at most once per Doc."""
    return _strings(doc, ORTH_KEY, ORTH)


def _strings(doc: "Doc", key: str, attr: int) -> list[str]:
    words = doc.user_data.get(key)
    if words is None:
        strings = doc.vocab.strings
        words = doc.user_data[key] = [strings[h] for h in doc.to_array(attr).tolist()]
    return words


class TokenTable:
    """The tokens of a Doc as parallel lists: ``text[i]`` is ``doc[i].text``, and so on.
    ``space[i]`` is ``bool(doc[i].whitespace_)``; ``sent_start[i]`` is ``doc[i].is_sent_start`` as a
    bool (None, unknown, reads False), so the table is read only after the sentencizer."""

    __slots__ = ("text", "lower", "idx", "space", "alpha", "digit", "sent_start", "_starts")

    def __init__(self, doc: "Doc"):
        self.text, self.lower = token_texts(doc), lower_words(doc)
        self._starts = None
        if not len(doc):
            self.idx, self.space, self.alpha, self.digit, self.sent_start = [], [], [], [], []
            return
        cols = doc.to_array([IDX, SPACY, SENT_START])
        self.idx = cols[:, 0].tolist()
        self.space, self.sent_start = (cols[:, 1:] == 1).T.tolist()
        if _default_getter(doc, IS_ALPHA, lex_attrs.is_alpha) and _default_getter(doc, IS_DIGIT, lex_attrs.is_digit):
            self.alpha = [w.isalpha() for w in self.text]
            self.digit = [w.isdigit() for w in self.text]
        else:
            self.alpha, self.digit = (doc.to_array([IS_ALPHA, IS_DIGIT]) == 1).T.tolist()

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) tokens of every sentence: ``[(s.start, s.end) for s in doc.sents]``, or ``[(0, len(doc))]``
        where no sentence start is marked (``doc[:]``, as components read a Doc before the sentencizer); none in an
        empty Doc."""
        if not self.text:
            return []
        if self._starts is None:
            self._starts = [k for k, v in enumerate(self.sent_start) if v]
        cuts = [k for k in self._starts if k]
        return list(zip([0] + cuts, cuts + [len(self.text)]))

    def sentence(self, i: int) -> tuple[int, int]:
        """(start, end) tokens of the sentence holding token i: ``doc[i:i + 1].sent``'s bounds
        (back to the nearest sentence start or 0, on to the next start or the end)."""
        if self._starts is None:
            self._starts = [k for k, v in enumerate(self.sent_start) if v]
        k = bisect_right(self._starts, i)
        start = self._starts[k - 1] if k else 0
        end = self._starts[k] if k < len(self._starts) else len(self.sent_start)
        return start, end


def token_table(doc: "Doc") -> TokenTable:
    """The Doc's ``TokenTable``, built at most once per Doc (after the sentencizer: see the class)."""
    table = doc.user_data.get(TABLE_KEY)
    if table is None:
        table = doc.user_data[TABLE_KEY] = TokenTable(doc)
    return table


def entity_spans(doc: "Doc") -> list[tuple[int, int, str, int, int]]:
    """``doc.ents`` as (start, end, label, start_char, end_char), read once per Doc after the NER
    (``doc.ents`` builds a Span per entity at each read; no component sets entities after the NER).
    Plain tuples, not Spans: a Span in ``user_data`` would tie the Doc in a reference cycle."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = [(e.start, e.end, e.label_, e.start_char, e.end_char) for e in doc.ents]
    return ents


def span_text(doc: "Doc", start: int, end: int) -> str:
    """``doc[start:end].text`` for token offsets 0 <= start, sliced from the article's text: no Span, no
    Token per word (a Span's text is the text between its first token's start and its last one's end)."""
    if start < 0 or end < 0:
        return doc[start:end].text
    t = token_table(doc)
    end = min(end, len(t.text))
    if end <= start:
        return ""
    return doc_text(doc)[t.idx[start]:t.idx[end - 1] + len(t.text[end - 1])]
