"""Roles: each organisation is a giver (funds, runs or owns the programme) or a partner.

Each mention earns points from the cue words around it (rules/roles.toml): a giver cue just before
it ("CSR PT X", "binaan PT X", "didukung oleh PT X"), a verb it is the subject of just after it
("PT X menyalurkan ..."), a spokesperson's title before it ("Manager CSR PT X"); a partner cue before
it ("kepada X", "bekerja sama dengan X") takes points away. An entity adds up its mentions, gets a
bonus for a headline mention and for being named often, and a prior by kind (a company gives more
often than a farmers' group). The top entity is the giver; others are givers too when they score
close to it with a cue of their own (joint givers). Where no company gives, the top organisation
with its own cue (the owner of the programme: "program Ansor") is the giver.

The cue that settled a giver, and its sentence, are kept as evidence (``role_cue``, ``role_sentence``).
"""
from __future__ import annotations

import dataclasses
import math
from bisect import bisect_right
from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.doctext import doc_text
from gazetteers.companies import load_gazetteer
from rules import load_rules

if not Doc.has_extension("giver_subjects"):  # set by the optional stanza backend
    Doc.set_extension("giver_subjects", default=None)
if not Doc.has_extension("organizations_all"):  # every organisation, also where no programme is reported
    Doc.set_extension("organizations_all", default=None)
if not Doc.has_extension("org_role_scores"):  # entity -> Score, read by the learned role model (org_model.py)
    Doc.set_extension("org_role_scores", default=None)

CUE_KINDS = ("before", "after", "speaker", "partner_before")


@Language.factory("warta_roles", assigns=["doc._.organizations"], requires=["doc._.organizations"],
                  default_config={"rules": "roles", "priors": "organizations"})
def make_role_finder(nlp: Language, name: str, rules: str, priors: str) -> "RoleFinder":
    return RoleFinder(nlp, load_rules(rules), load_rules(priors)["kind_prior"])


@dataclasses.dataclass
class Score:
    total: float = 0.0
    direct: float = 0.0  # the best giver cue of any one mention
    cue: str | None = None
    sentence: str | None = None
    kind: str | None = None
    in_title: bool = False
    mentions: int = 0
    visitor: bool = False  # visited a company, bank or foundation (to ask for a programme)
    host: bool = False  # was visited by another organisation


class RoleFinder:
    def __init__(self, nlp: Language, rules: dict, priors: dict):
        self.rules = rules
        self.priors = priors
        self.weights: dict[str, dict[str, float]] = {k: dict(rules[k]) for k in CUE_KINDS}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind in CUE_KINDS:
            self.matcher.add(kind, [nlp.make_doc(cue) for cue in rules[kind]])
        self.context = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.context.add("CONTEXT", [nlp.make_doc(w) for w in rules["context"]["words"]])
        self.giver_kinds = set(rules["giver_kinds"])
        self.parents = {e.id: e.parent for e in load_gazetteer(()).entries.values() if e.parent}
        self.visits = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.visits.add("VISIT", [nlp.make_doc(v) for v in rules["visit"]])
        self.coordinators = set(rules["context"]["coordinators"])
        self.vocab = nlp.vocab

    def __call__(self, doc: Doc) -> Doc:
        orgs = doc._.organizations or []
        doc._.organizations_all = orgs
        if not orgs:
            return doc
        if not self.context(doc):  # no programme reported: no givers and no partners
            doc._.organizations = []
            return doc
        scores = self.score(doc, orgs)
        doc._.org_role_scores = scores
        givers = self.choose(scores)
        fixed = doc._.get("org_fixed_roles") or {}
        out = []
        for o in orgs:
            role = fixed.get(o.entity) or ("giver" if o.entity in givers else "partner")
            s = scores[o.entity]
            out.append(dataclasses.replace(o, role=role, role_cue=s.cue if role == "giver" else None,
                                           role_sentence=s.sentence if role == "giver" else None))
        doc._.organizations = out
        return doc

    def cues(self, doc: Doc) -> list[tuple[str, int, int, str]]:
        out = []
        for match_id, s, e in self.matcher(doc):
            out.append((self.vocab.strings[match_id], s, e, doc[s:e].text.lower()))
        return out

    def score(self, doc: Doc, orgs) -> dict[str, Score]:
        cues = self.cues(doc)
        spans = [doc.char_span(o.start, o.end, alignment_mode="expand") for o in orgs]
        occupied = set()
        for sp in spans:
            occupied.update(range(sp.start, sp.end))
        text = doc_text(doc)
        title_end = len(text.split("\n", 1)[0]) if "\n" in text else 0
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        starts = [st.start for st in sents]
        scores: dict[str, Score] = defaultdict(Score)
        r = self.rules
        bests = []
        for o, sp in zip(orgs, spans):
            sent = sents[bisect_right(starts, sp.start) - 1]
            best: dict[str, tuple[float, str]] = {k: (0.0, "") for k in CUE_KINDS}
            for kind, s, e, text in cues:
                if s < sent.start or e > sent.end or (s < sp.end and e > sp.start):
                    continue
                w = self.weights[kind][text]
                if kind == "after":
                    near = sp.end <= s <= sp.end + r["after_window"] and not occupied & set(range(sp.end, s))
                elif kind == "speaker":
                    near = sp.start - r["speaker_window"] <= e <= sp.start
                else:
                    near = sp.start - r["before_window"] <= e <= sp.start and not occupied & set(range(e, sp.start))
                if near and w > best[kind][0]:
                    best[kind] = (w, text)
            bests.append(best)
        for chain in self.chains(doc, spans):  # coordinated mentions share the cue before and the verb after
            first, last = bests[chain[0]], bests[chain[-1]]
            for i in chain:
                bests[i]["before"] = max(bests[i]["before"], first["before"])
                bests[i]["after"] = max(bests[i]["after"], last["after"])
        for visitor, host, cue in self.visits_of(doc, orgs, spans):
            if orgs[host].kind in self.giver_kinds:  # asked for the programme: the host gives
                scores[orgs[visitor].entity].visitor = True
                scores[orgs[host].entity].host = True
                if r["visit_weight"] > bests[host]["before"][0]:
                    bests[host]["before"] = (r["visit_weight"], cue)
            else:  # a giver visits its partners: the verbs that follow are the visitor's
                bests[visitor]["after"] = max(bests[visitor]["after"], bests[host]["after"],
                                              (r["visit_weight"], cue))
                bests[host]["after"] = (0.0, "")
        for o, sp, best in zip(orgs, spans, bests):
            sent = sents[bisect_right(starts, sp.start) - 1]
            sc = scores[o.entity]
            sc.kind = sc.kind or o.kind
            sc.mentions += 1
            sc.in_title |= o.start < title_end
            subjects = doc._.get("giver_subjects") or []
            if any(a <= o.start and o.end <= b for a, b in subjects):  # the parser says: subject of a giver verb
                best["after"] = max(best["after"], (self.rules["parsed_subject"], "subject"))
            giver = max(best["before"], best["after"], best["speaker"])
            gain = best["before"][0] + best["after"][0] + best["speaker"][0] - best["partner_before"][0]
            sc.total += gain
            if giver[0] > sc.direct and giver[0] > best["partner_before"][0]:  # "bekerja sama dengan X": a partner
                sc.direct, sc.cue, sc.sentence = giver[0], giver[1], sent.text
        for sc in scores.values():
            sc.total += self.priors.get(sc.kind or "", 0.2) + r["each_mention"] * math.log(sc.mentions)
            sc.total += r["headline"] if sc.in_title else 0.0
        return scores

    def visits_of(self, doc: Doc, orgs, spans) -> list[tuple[int, int, str]]:
        """(visitor, host, cue) mention indexes, in one sentence: an organisation that visits a company,
        bank or foundation ("PC GP Ansor Tuban menyambangi PT Semen Indonesia"), or one of those that
        visits another kind of organisation ("PT Semen Padang menyambangi Kelompok Tani Maju")."""
        out = []
        r = self.rules
        for _, s, e in self.visits(doc):
            before = [i for i, sp in enumerate(spans) if sp.end <= s and s - sp.end <= r["after_window"]
                      and sp.sent.start <= s]
            after = [i for i, sp in enumerate(spans) if sp.start >= e and sp.start - e <= r["before_window"]
                     and sp.sent.end >= e]
            if not before or not after:
                continue
            visitor, host = before[-1], after[0]
            between = doc[spans[visitor].end:s]
            if any(spans[j].start >= spans[visitor].end and spans[j].end <= s for j in before[:-1]) or \
                    any(t.text in self.coordinators for t in between):
                continue
            if orgs[host].entity != orgs[visitor].entity and (
                    (orgs[visitor].kind in self.giver_kinds) != (orgs[host].kind in self.giver_kinds)):
                out.append((visitor, host, doc[s:e].text.lower()))
        return out

    def chains(self, doc: Doc, spans) -> list[list[int]]:
        """Runs of mentions joined only by coordinators ("A, B dan C")."""
        out, run = [], [0]
        for i in range(1, len(spans)):
            between = doc[spans[i - 1].end:spans[i].start]
            if spans[i].start >= spans[i - 1].end and all(t.lower_ in self.coordinators for t in between):
                run.append(i)
            else:
                if len(run) > 1:
                    out.append(run)
                run = [i]
        if len(run) > 1:
            out.append(run)
        return out

    def choose(self, scores: dict[str, Score]) -> set[str]:
        r = self.rules
        ranked = sorted(scores.items(), key=lambda kv: -kv[1].total)
        if any(s.host and s.total >= r["giver_min"] for s in scores.values()):  # a visitor is not the giver
            ranked = [(e, s) for e, s in ranked if not s.visitor or s.host]
        companies = [(e, s) for e, s in ranked if s.kind in self.giver_kinds and s.total >= r["giver_min"]]
        others = [(e, s) for e, s in ranked if s.kind not in self.giver_kinds and s.direct >= 1.0
                  and s.total >= r["giver_min"]]
        if companies:  # a company gives; others must outscore it
            bar = companies[0][1].total
            others = [(e, s) for e, s in others if s.total > bar]
        eligible = sorted(companies + others, key=lambda kv: -kv[1].total)
        if not eligible:
            return set()
        top = eligible[0][1].total
        givers = {eligible[0][0]}
        for e, s in eligible[1:]:
            if s.total >= max(r["giver_min_other"], r["share_of_best"] * top) and s.direct >= 1.0:
                givers.add(e)
        for e, s in ranked:  # the giver's own foundation or subsidiary, acting with a cue of its own
            least = r["family_direct"].get(s.kind or "", r["family_direct"]["other"])
            if e not in givers and s.kind in self.giver_kinds and s.direct >= least \
                    and any(self.family(e, g) for g in givers):
                givers.add(e)
        return givers

    def family(self, a: str, b: str) -> bool:
        """Whether the gazetteer makes one entity an ancestor of the other (Citi Foundation, Citi)."""
        def ancestors(x: str) -> list[str]:
            out = []
            while x in self.parents and len(out) < 8:
                x = self.parents[x]
                out.append(x)
            return out
        return a in ancestors(b) or b in ancestors(a)
