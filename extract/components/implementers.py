"""The body a programme names as its implementing partner (rules/roles.toml ``[implementer]``).

Press releases and government portals name the role outright: "dijalankan melalui mitra pelaksana Yayasan Pundi
Sumatra", "bp bersama mitra pelaksana Perkumpulan Kesehatan Masyarakat Papua (PKMP) memperluas ...", "YKAN
bertindak sebagai mitra pelaksana", "didampingi lembaga pendamping X". The noun phrase says what the body is in
the programme: it carries the programme out for the one who funds it, so it is a partner (ANNOTATION_NOTES:
implementing foundations are partners), never a giver, however many verbs of running it is the subject of
("PKMP merekrut dan melatih kader"). A linguistic reason, read from the words right before or right after one
mention; no other cue is needed.
"""
from __future__ import annotations


class Implementers:
    def __init__(self, rules: dict):
        imp = rules["implementer"]
        self.before = {tuple(p.split()) for p in imp["before"]}
        self.after = {tuple(p.split()) for p in imp["after"]}
        self.skip = frozenset(imp["skip"])
        self.before_not_kinds = frozenset(imp["before_not_kinds"])
        self.weight = imp["weight"]
        self.appositive = imp["appositive_reach"]
        self.lengths_before = sorted({len(p) for p in self.before}, reverse=True)
        self.partner_of = {tuple(p.split()) for p in imp["partner_of"]}
        self.partner_of_not = frozenset(imp["partner_of_not"])
        self.lengths_after = sorted({len(p) for p in self.after | self.partner_of}, reverse=True)

    def named(self, lower: list[str], start: int, end: int, sent_start: int, sent_end: int,
              kind: str | None = None) -> bool:
        """Whether the mention at tokens [start, end) is named as the implementer: a phrase of ``before`` right
        before it ("mitra pelaksana X", "mitra pelaksana, X"), or one of ``after`` right after it, past any
        ``skip`` words ("X, yang bertindak sebagai mitra pelaksana"); ``lower``: the Doc's lower-case words. A phrase
        before a company or bank (``before_not_kinds``) may be genitive ("mitra pelaksana PT Vale") and marks none."""
        s = start
        while s > sent_start and lower[s - 1] in self.skip:
            s -= 1
        for n in self.lengths_before if kind not in self.before_not_kinds else ():
            if s - n >= sent_start and tuple(lower[s - n:s]) in self.before:
                return True
        return self.named_after(lower, end, sent_end) or self.named_after(lower, self.past_appositive(lower, end, sent_end),
                                                                           sent_end)

    def named_after(self, lower: list[str], end: int, sent_end: int) -> bool:
        e = end
        while e < sent_end and lower[e] in self.skip:
            e += 1
        return any(e + n <= sent_end and (tuple(lower[e:e + n]) in self.after or (
            tuple(lower[e:e + n]) in self.partner_of and (e + n >= sent_end or lower[e + n] not in self.partner_of_not)))
            for n in self.lengths_after)

    def past_appositive(self, lower: list[str], end: int, sent_end: int) -> int:
        """Where a relative clause opens past an appositive noun phrase set off by commas right after the name
        ("Perkumpulan Elang, lembaga swadaya masyarakat asal Pekanbaru, yang ditunjuk sebagai mitra pelaksana"):
        the token after the second comma when "yang" stands there, at most ``appositive_reach`` tokens on; else
        ``end`` (nothing to skip). The relative clause then says what the name is, as it does right after it."""
        if end >= sent_end or lower[end] != ",":
            return end
        for k in range(end + 2, min(sent_end - 1, end + 2 + self.appositive)):
            if lower[k] == ",":
                return k + 1 if lower[k + 1] == "yang" else end
            if lower[k] in (".", ";", ":", "(", ")"):
                return end
        return end
