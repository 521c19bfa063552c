"""The text of a Doc, built once.

``Doc.text`` joins every token's text each time it is read (a Token object per token), and
five components plus the record builder read it: about a tenth of the pipeline's time went
there. ``doc_text`` keeps the text in ``doc.user_data``; ``engine._doc`` puts the article's
text there from the start, as ``nlp.make_doc(text).text == text`` always holds.

``lower_words`` and ``token_texts`` do the same for the tokens' lower-case forms and texts, which
several components scan word by word: read from the Doc's array, without a Token object each.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

from spacy.attrs import LOWER, ORTH

KEY = "warta_text"
LOWER_KEY = "warta_lower"
ORTH_KEY = "warta_orth"


def doc_text(doc: "Doc") -> str:
    """``doc.text``, joined at most once per Doc."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text


def lower_words(doc: "Doc") -> list[str]:
    """``[t.lower_ for t in doc]``, built at most once per Doc (the tokens never change after
    the tokenizer: no component retokenizes)."""
    return _strings(doc, LOWER_KEY, LOWER)


def token_texts(doc: "Doc") -> list[str]:
    """``[t.text for t in doc]``, built at most once per Doc."""
    return _strings(doc, ORTH_KEY, ORTH)


def _strings(doc: "Doc", key: str, attr: int) -> list[str]:
    words = doc.user_data.get(key)
    if words is None:
        strings = doc.vocab.strings
        words = doc.user_data[key] = [strings[h] for h in doc.to_array(attr).tolist()]
    return words
