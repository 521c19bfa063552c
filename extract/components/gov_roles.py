"""Two roles of government bodies beside a company's programme (rules/roles.toml ``[redistribute]`` and
``[own_budget]``), read from the words around a mention:

- the channel that hands the giver's aid on: "silakan nanti biar Pemkot yang salurkan", "biar BPBD yang bagikan
  ke posko-posko". A permissive word ("biar", "agar", "supaya") before the body and "yang" + a verb of handing
  out after it say that the speaker lets the body distribute what the speaker's organisation gives: a partner
  (ANNOTATION_NOTES: bodies that distribute are gold partners), never a giver, wherever else it is the subject
  of a verb of giving ("Pemkab Tanjab Barat yang Bagikan ke Desa" in a headline).
- a government's own programme told in passing: "Pemkab Tuban juga menyerahkan bantuan alsintan ... Bantuan ini
  berasal dari dana APBD", "Pemkot Padang ... juga menyerahkan dua traktor yang bersumber dari APBD". A body that is
  the subject of a verb of giving, with a word of public budget (APBD, APBN, Dana Desa) in that sentence or the next,
  gives from its own budget: a second giver of another programme, neither the reported programme's giver nor its
  partner (ANNOTATION_NOTES: an optional organization, d111).
- a government that co-funds the company's project: the same own-budget giving, told in a sentence that also names a
  company or bank ("Semen Tonasa menanggung bahan bangunan Rp 685 juta dari dana TJSL, sementara Pemkab Pangkep
  melalui Dinas PUPR mengucurkan Rp 410 juta dari APBD untuk upah kerja", rol_001). One sentence that shares out
  the cost between the two names one project with two funders: the government is the coordinating or co-funding
  body of ANNOTATION_NOTES (d116, dat_005, gv4_003), a partner (and an optional organization), never the giver and
  never dropped as another programme. roles.py reads the sentence (``Score.co_funder``).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from extract.components.doctext import lower_words


class GovRoles:
    def __init__(self, rules: dict, government_kinds: frozenset[str] = frozenset({"government"})):
        red = rules["redistribute"]
        self.permissive = frozenset(red["permissive"])
        self.reach = red["reach"]
        self.verbs = frozenset(red["verbs"])
        own = rules["own_budget"]
        self.budget = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, own["words"])) + r")(?![\w-])")
        self.own_reach = own["sentences"]
        self.kinds = government_kinds

    def permitted(self, lower: list[str], start: int, sent_start: int) -> bool:
        """The left half of the channel construction: a permissive word at most ``reach`` words before token
        ``start``, in its sentence (which starts at token ``sent_start``); ``lower``: the Doc's lower-case words.
        The roles ask it with the verb after "yang" (``redistributes``); the organisations' bare heads
        ("biar Pemkot yang ...", organizations.find_bare_heads) with "yang" alone."""
        return any(lower[k] in self.permissive for k in range(max(sent_start, start - self.reach), start))

    def redistributes(self, doc: Doc, sp: Span, sent_start: int) -> bool:
        """"biar Pemkot yang salurkan": "yang" and a verb of handing out right after the mention, and a permissive
        word at most ``reach`` words before it, in its sentence (which starts at token ``sent_start``)."""
        lower = lower_words(doc)
        if sp.end + 1 >= len(lower) or lower[sp.end] != "yang" or lower[sp.end + 1] not in self.verbs:
            return False
        return self.permitted(lower, sp.start, sent_start)

    def own_budget(self, doc: Doc, sp: Span, kind: str | None, gives: bool, sents: list[Span]) -> bool:
        """A government mention that is the subject of a verb of giving (``gives``) with a word of public budget
        in its sentence or the next ``sentences - 1``."""
        if kind not in self.kinds or not gives:
            return False
        starts = [s.start for s in sents]
        i = bisect_right(starts, sp.start) - 1
        text = " ".join(s.text for s in sents[i:i + self.own_reach])
        return bool(self.budget.search(text))
