"""Context words that do not report a programme: told in passing.

The roles (extract/components/roles.py) give roles only in an article with a context word of
rules/roles.toml ([context] words: csr, tjsl, bantuan, gratis ...) or one the learned gate opens for. Two
places hold such a word without reporting a programme ([context.passing] in rules/roles.toml):

- a related-story line (``Baca juga: PLN Sambung Listrik Gratis ...``): another article's headline;
- a sentence that sets money aside (``menyetujui penyisihan laba untuk cadangan umum dan alokasi dana
  tanggung jawab sosial``, ``tetap menyisihkan anggaran untuk program pengembangan ... masyarakat``): a
  company's books (a RUPS, a results report) reserve a share for CSR; nothing is given or run there.

An article whose context words all stand there is asked of the learned gate, as one without any.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from extract.components.doctext import doc_text, lower_words
from extract.components.scan import related_lines


class PassingContext:
    def __init__(self, rules: dict):
        self.set_aside = frozenset(w.lower() for w in rules["set_aside"])
        self.related = related_lines()

    def reports(self, doc: Doc, matches) -> bool:
        """Does any context match (token spans) stand outside a related line and a setting-aside sentence?"""
        if not matches:
            return False
        text, lowers = doc_text(doc), lower_words(doc)
        lines = [(m.start(), m.end()) for m in self.related.finditer(text)] if "\n" in text else []
        aside = self.set_aside.intersection(lowers)
        if not lines and not aside:
            return True  # the usual article: nothing to read further
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        starts = [s.start for s in sents]
        for _, s, e in matches:
            at = doc[s].idx
            if any(a <= at < b for a, b in lines):
                continue
            sent = sents[bisect_right(starts, s) - 1]
            if aside and not aside.isdisjoint(lowers[sent.start:sent.end]):
                continue
            return True
        return False
