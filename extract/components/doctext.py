"""The text of a Doc, built once.

``Doc.text`` joins every token's text each time it is read (a Token object per token), and
five components plus the record builder read it: about a tenth of the pipeline's time went
there. ``doc_text`` keeps the text in ``doc.user_data``; ``engine._doc`` puts the article's
text there from the start, as ``nlp.make_doc(text).text == text`` always holds.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEY = "warta_text"


def doc_text(doc: "Doc") -> str:
    """``doc.text``, joined at most once per Doc."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text
