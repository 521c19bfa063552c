"""Sentence starts: spaCy's rule-based ``Sentencizer``, reading the Doc's arrays.

spaCy's ``Sentencizer.predict`` makes a Token object for every word to read its text and
``is_punct`` (about 0.07 ms an article). Its rule: a sentence starts at the first token after
a sentence-final mark ("." "!" "?" ...) that is neither punctuation nor such a mark. So each
start is, for some mark, the first such token after it; this subclass finds them with NumPy
over the Doc's ORTH and IS_PUNCT arrays. ``set_annotations`` is spaCy's own, and the starts
are spaCy's, token for token (tests/test_sentences.py compares them on text with every kind
of mark, and the development set's records are byte-identical).
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_PUNCT, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

from rules import load_rules


class ArraySentencizer(Sentencizer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._marks = frozenset(get_string_id(c) for c in self.punct_chars)  # ORTH ids of the marks

    def predict(self, docs):
        guesses = []
        marks = self._marks
        for doc in docs:
            n = len(doc)
            if not n:
                guesses.append([])
                continue
            cols = doc.to_array([ORTH, IS_PUNCT])
            at = [i for i, h in enumerate(cols[:, 0].tolist()) if h in marks]  # a set beats numpy.isin here
            starts = numpy.zeros(n, dtype=bool)
            starts[0] = True
            if at:
                plain = cols[:, 1] == 0  # tokens that may start a sentence: no mark, no punctuation
                plain[at] = False
                plain = numpy.flatnonzero(plain)
                after = numpy.searchsorted(plain, at, side="right")  # the first of them after each mark
                starts[plain[after[after < len(plain)]]] = True
            guesses.append(starts.tolist())
        return guesses


_TOKENS = load_rules("tokenizer")


class NumeralStops:
    """Split the full stop off a one-letter Roman numeral after a word that numbers a body's units (``PTPN V.``,
    ``Divre X.``): spaCy keeps ``V.`` whole, as an initial (``Budi S.``), so the sentence did not end there and
    the name ran on into the next sentence (``PTPN V. Warga``). rules/tokenizer.toml lists the words and letters.
    Two-letter numerals (``IV.``) are split by spaCy already. A Doc without such a pair is not touched."""

    def __init__(self, bodies=tuple(_TOKENS["numbered_bodies"]), letters=tuple(_TOKENS["roman_initials"])):
        self._stops = frozenset(get_string_id(f"{c}.") for c in letters)
        self._bodies = frozenset(get_string_id(w) for w in bodies)

    def __call__(self, doc: Doc) -> Doc:
        orth = doc.to_array(ORTH).tolist()
        stops, bodies = self._stops, self._bodies
        at = [i for i in range(1, len(orth)) if orth[i] in stops and orth[i - 1] in bodies]
        if at:
            with doc.retokenize() as retokenizer:
                for i in at:
                    tok = doc[i]
                    retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 1), (tok, 1)])
        return doc


@Language.factory("warta_numeral_stops")
def make_numeral_stops(nlp: Language, name: str) -> NumeralStops:
    return NumeralStops()


@Language.factory("warta_sentencizer", assigns=["token.is_sent_start", "doc.sents"],
                  default_config={"punct_chars": None, "overwrite": False})
def make_sentencizer(nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool) -> ArraySentencizer:
    return ArraySentencizer(name, punct_chars=punct_chars, overwrite=overwrite)
