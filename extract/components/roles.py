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
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.components.doctext import doc_text, lower_words, span_text, token_table
from extract.components.gov_roles import GovRoles
from extract.components.implementers import Implementers
from extract.components.phrase_groups import PhraseGroups
from extract.components.organizations import load_place_names
from extract.components.passing_context import PassingContext
from extract.components.programme_gate import ProgrammeGate
from gazetteers.companies import load_gazetteer, norm_name
from rules import load_rules


NAME_RUN = r"[A-Z][\w&.()-]*(?:\s+[A-Z][\w&.()-]*)*"  # capitalised words, one space run between each (no nested repeat)


def ancestors(parents: dict[str, str], x: str, limit: int = 8) -> list[str]:
    """x's parent in the gazetteer, that one's parent, and so on (at most ``limit``: no loop runs away)."""
    out = []
    while x in parents and len(out) < limit:
        x = parents[x]
        out.append(x)
    return out


def related(parents: dict[str, str], a: str, b: str) -> bool:
    """Whether one entity is the other's ancestor (a foundation or unit and its company)."""
    return a in ancestors(parents, b) or b in ancestors(parents, a)

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
    org_rules = load_rules(priors)
    return RoleFinder(nlp, load_rules(rules), org_rules["kind_prior"],
                      load_place_names(tuple(org_rules["words"]["short_places"])), units=org_rules["units"])


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
    listed: bool = False  # a member of a list of givers ("antara lain A, B dan C")
    verb: float = 0.0  # the best verb of giving it is the subject of
    first: int = 1 << 62  # where it is first named (character offset)
    pair_with: set = dataclasses.field(default_factory=set)  # named as a pair with these, then "kedua lembaga" gave
    cofunds: bool = False  # the subject of a verb of adding money of its own ("Baznas ... yang menambah dana")
    engaged: bool = False  # a mention with a cue of taking part, or named together with another body
    legislature: bool = False  # a council of representatives (DPRD): it budgets and legislates, it gives no programme
    channel: bool = False  # "biar Pemkot yang salurkan": hands the giver's aid on (gov_roles.py), never the giver
    own_budget: bool = False  # gives from public budget (APBD) beside the programme: another programme (gov_roles.py)
    through: set = dataclasses.field(default_factory=set)  # government offices it acts through ([acts_through])
    co_funder: bool = False  # gives from public budget in a sentence that names a company or bank: co-funds (gov_roles.py)
    received: bool = False  # a mention with a partner cue ("kepada X", "melalui X")
    implementer: bool = False  # named as the programme's implementing partner ("mitra pelaksana X"), never the giver
    audience: int = 0  # mentions that only say where a crowd or the witnesses come from ("peserta dari unsur TNI, Polri")
    workplace: int = 0  # mentions in a participant's apposition ("Salah satu peserta, Nurmiati, guru TK Al-Khairaat 5")
    supplier: int = 0  # mentions as the seller of a supply ("warga membeli air bersih dari PDAM Tirta Mon Pase")
    supply: int = 0  # mentions as the owner of a utility network ("belum terjangkau jaringan PT PLN"; [supply])


class RoleFinder:
    def __init__(self, nlp: Language, rules: dict, priors: dict, places: frozenset[str] = frozenset(),
                 units: tuple[str, ...] | list[str] = ()):
        self.rules = rules
        self.places = places
        self.unit_words = tuple(sorted({norm_name(u) for u in units} - {""}, key=len, reverse=True))
        self.priors = priors
        self.weights: dict[str, dict[str, float]] = {k: dict(rules[k]) for k in CUE_KINDS}
        # the matchers asked about the whole Doc walk it once together (phrase_groups.py); ``list_giving`` reads slices
        phrases = PhraseGroups(nlp.vocab, "roles")
        for kind in CUE_KINDS:
            phrases.add("cues", kind, [nlp.make_doc(cue) for cue in rules[kind]])
        self.matcher = phrases.group("cues")
        phrases.add("context", "CONTEXT", [nlp.make_doc(w) for w in rules["context"]["words"]])
        self.context = phrases.group("context")
        self.passing = PassingContext(rules["context"]["passing"])
        self.giver_kinds = set(rules["giver_kinds"])
        self.regulators = frozenset(rules["regulators"])
        councils = "|".join(map(re.escape, rules["legislatures"]))
        organs = "|".join(map(re.escape, rules["legislature_organs"]))
        # a council's name, or one of its organs and then (past the organ's name or acronym) the council's
        self.legislature = re.compile(rf"(?:(?:{organs})\b[^.\n]*?\b)?(?:{councils})\b")
        self.programme_words = frozenset(rules["programme_words"])
        self.programme_apposition = re.compile(r"\s*,\s*(?i:" + "|".join(map(re.escape, rules["programme_apposition"]))
                                               + r")\b")
        self.programme_channel = frozenset(rules["programme_channel"])
        self.programme_kinds = frozenset(rules["programme_kinds"])
        self.firm_kinds = set(rules["firm_kinds"])
        entries = load_gazetteer(()).entries.values()
        self.parents = {e.id: e.parent for e in entries if e.parent}
        self.forms = {e.id: {norm_name(f.lstrip("~")) for f in e.forms} for e in entries}
        phrases.add("visits", "VISIT", [nlp.make_doc(v) for v in rules["visit"]])
        self.visits = phrases.group("visits")
        self.coordinators = set(rules["context"]["coordinators"])
        gap = rules["gapping"]
        self.gap_currency = re.compile(gap["currency"], re.I)
        self.gap_scales, self.gap_links = set(gap["scales"]), set(gap["links"])
        self.co_subject_only = set(rules["context"]["co_subject_only"])
        # "A bersama Kontraktor Kontrak Kerja Sama (KKKS) B": the class noun apposed to B leaves the co-actor link whole
        appositives = [tuple(t.lower_ for t in nlp.make_doc(a)) for a in rules["context"]["co_actor_appositives"]]
        only = [tuple(w.split()) for w in self.co_subject_only]
        self.co_subject_links = set(only) | {c + a for c in only for a in appositives}
        self.co_actors = {tuple(w.split()) for w in rules["context"]["co_actors"]} | self.co_subject_links
        self.co_subject_kinds = set(rules["context"]["co_subject_kinds"])
        self.chain_giver_kinds = set(rules["context"]["chain_giver_kinds"])
        self.chain_first_givers = frozenset(rules["context"]["chain_first_givers"])
        self.co_subject_passives = set(rules["context"]["co_subject_passives"])
        self.owned_body_kinds = set(rules["context"]["owned_body_kinds"])
        self.owner_kinds = set(rules["context"]["owner_kinds"])
        lists = rules["lists"]
        phrases.add("list_intro", "INTRO", [nlp.make_doc(w) for w in lists["intro"]])
        self.list_intro = phrases.group("list_intro")
        self.list_giving = PhraseMatcher(nlp.vocab, attr="LOWER")
        giving = [c for k in ("before", "after") for c, w in rules[k].items() if w >= 1.0] + lists["words"]
        self.list_giving.add("GIVING", [nlp.make_doc(w) for w in giving])
        self.list_blockers = set(lists["blockers"])
        self.group_nouns, self.anaphora = set(lists["group_nouns"]), set(lists["anaphora"])
        self.group_pronouns = frozenset(lists["group_pronouns"])
        self.group_active_prefixes = tuple(lists["group_active_prefixes"])
        self.receiving_heads = set(lists["receiving_heads"])
        self.gov = GovRoles(rules)
        self.through_words = frozenset(rules["acts_through"]["words"])
        self.through_kinds = frozenset(rules["acts_through"]["kinds"])
        self.implementers = Implementers(rules)  # "melalui mitra pelaksana Yayasan X": a partner, never a giver
        self.verb_prefixes = tuple(lists["verb_prefixes"])
        phrases.add("anaphora_intro", "INTRO", [nlp.make_doc(w) for w in lists["anaphora_intro"]])
        self.anaphora_intro = phrases.group("anaphora_intro")
        self.venue_words = frozenset(rules["venue_words"])
        self.before_breaks = frozenset(rules["before_breaks"])
        self.before_not_after = {c: frozenset(ws) for c, ws in rules["before_not_after"].items()}
        self.intent = set(rules["intent"])
        self.own_charity = tuple(rules["own_charity"])
        self.own_team = tuple(rules["own_team"])
        self.parent_intro_strict = re.compile(r"(?i:" + "|".join(map(re.escape, rules["parent_intro"] + rules["former_name_intro"]))
                                              + r")\s+$")  # a headline's "Anak Usaha"; a former name ("sebelumnya dikenal sebagai")
        # "perusahaan patungan Tsingshan Holding Group, Huayou Cobalt dan Zhenshi Holding Group": every owner of a list
        self.parent_list = re.compile(r"(?i:" + "|".join(map(re.escape, rules["parent_intro"])) +
                                      r")\s+" + NAME_RUN + r"(?:(?:,|\s+dan|\s+serta)\s+" + NAME_RUN + r")*"
                                      r"(?:,|\s+dan|\s+serta)\s+$")
        self.parent_intro = re.compile(r"(?i:" + "|".join(map(re.escape, rules["parent_intro"])) + r")(?:\s+(?:[a-z]+|[A-Z]{2,5})){0,3}\s+$"
                                       r"|(?i:" + "|".join(map(re.escape, rules["parent_intro_titled"])) +
                                       r")(?:\s+[A-Za-z]+){0,3}\s+$")  # "anggota holding BUMN industri pertambangan MIND ID", "anggota holding industri pertambangan MIND ID"
        self.source_words = set(rules["source"]["words"])
        self.aid_words = set(rules["source"]["aid"])
        self.source_stops = set(rules["source"]["stops"])
        self.know_how_passives = frozenset(rules["know_how"]["passives"])
        self.audience_words = frozenset(rules["audience"]["words"])
        self.audience_links = frozenset(rules["audience"]["links"])
        self.participant_words = frozenset(rules["workplace"]["participants"])
        self.participant_modifiers = frozenset(rules["workplace"]["modifiers"])
        self.workplace_links = tuple(tuple(w.split()) for w in sorted(rules["workplace"]["links"], key=len, reverse=True))
        self.job_words = tuple(tuple(j.split()) for j in sorted(rules["workplace"]["jobs"], key=len, reverse=True))
        self.supply_verbs = frozenset(rules["supplier"]["verbs"])
        self.supplier_kinds = frozenset(rules["supplier"]["kinds"])
        self.know_how_nouns = frozenset(rules["know_how"]["nouns"])
        self.supply_nouns = tuple(tuple(n.split()) for n in rules["supply"]["nouns"])
        self.employed_verbs = frozenset(rules["workplace"]["employed"])
        self.employed_as = frozenset(rules["workplace"]["employed_as"])
        self.employed_preps = frozenset(rules["workplace"]["employed_at"])
        self.channel_words = frozenset(rules["channel"]["words"])
        self.channel_verbs = frozenset(rules["channel"]["verbs"])
        joint = rules["joint"]
        phrases.add("joint", "JOINT", [nlp.make_doc(w) for w in joint["anaphora"]])
        self.joint = phrases.group("joint")
        self.joint_verbs = {c for c, w in rules["after"].items() if w >= joint["least"]} | set(joint["verbs"])
        self.joint_funded = frozenset(joint["funded"])
        phrases.add("cofund", "COFUND", [nlp.make_doc(w) for w in joint["cofund"]])
        self.cofund = phrases.group("cofund")
        self.cofund_not = frozenset(joint["not_after"])
        phrases.add("collab", "COLLAB", [nlp.make_doc(w) for w in rules["collaboration"]])
        self.collab_object_cues = frozenset(rules["collaboration_takes_object"])
        self.collab = phrases.group("collab")
        self.vocab = nlp.vocab
        self.gate = ProgrammeGate(nlp, rules)  # no context word: a small learned model decides

    def __call__(self, doc: Doc) -> Doc:
        orgs = doc._.organizations or []
        doc._.organizations_all = orgs
        if not orgs:
            return doc
        if not self.passing.reports(doc, self.context(doc)) and not self.gate.opens(doc, orgs):  # no programme reported: no roles
            doc._.organizations = []
            return doc
        scores = self.score(doc, orgs)
        doc._.org_role_scores = scores
        givers = self.choose({e: s for e, s in scores.items()
                              if not s.legislature and not s.channel and not s.implementer and not s.co_funder
                              and not self.only_supplies(s)},
                             overseen=self.overseen(scores))
        givers, passing = self.family_roles(orgs, scores, givers, doc_text(doc))
        fixed = doc._.get("org_fixed_roles") or {}
        out = []
        for o in orgs:
            if o.entity in passing and o.entity not in fixed:
                continue  # the giver's parent holding, named in passing: no part in the programme
            role = fixed.get(o.entity) or ("giver" if o.entity in givers else "partner")
            if role == "partner" and o.entity in self.regulators and not scores[o.entity].engaged:
                continue  # "ditetapkan OJK", "Kepala OJK ... mengatakan": the regulator only rules or comments
            if role == "partner" and o.entity not in fixed and scores[o.entity].audience == scores[o.entity].mentions:
                continue  # "diikuti 700 peserta dari unsur TNI, Polri", "serta unsur Lanal": where people come from
            if role == "partner" and o.entity not in fixed and scores[o.entity].workplace == scores[o.entity].mentions:
                continue  # "Salah satu peserta, Nurmiati, guru TK Al-Khairaat 5 Tipo": the participant's workplace
            if role == "partner" and o.entity not in fixed and self.only_supplies(scores[o.entity]):
                continue  # "membeli air bersih dari PDAM Tirta Mon Pase", "belum terjangkau jaringan PT PLN": a supply
            if role == "partner" and o.entity not in fixed and scores[o.entity].own_budget \
                    and not scores[o.entity].received and not scores[o.entity].co_funder:
                continue  # "Pemkab Tuban juga menyerahkan ... dari dana APBD": its own programme, told in passing
            s = scores[o.entity]
            out.append(dataclasses.replace(o, role=role, role_cue=s.cue if role == "giver" else None,
                                           role_sentence=s.sentence if role == "giver" else None))
        if not any(o.role == "giver" for o in out):
            out = []  # a partner takes part in someone's programme: with no giver or owner found, the bodies named
            # only sit, speak or budget (a DPRD session, a price report, a festival); see docs/unseen_ppr_s28.md
        doc._.organizations = out
        return doc

    def cues(self, doc: Doc) -> list[tuple[str, int, int, str]]:
        out = []
        text, t = doc_text(doc), token_table(doc)  # a Span's text, sliced from the article's
        matches = [(self.vocab.strings[m], s, e) for m, s, e in self.matcher(doc)]
        covered = _covered(matches)
        for (kind, s, e), inside in zip(matches, covered):
            if inside:
                continue  # the longest cue of a kind speaks: "memberikan pendampingan", not "memberikan"
            cue = text[t.idx[s]:t.idx[e - 1] + len(t.text[e - 1])].lower()
            if kind == "before" and s > 0 and t.lower[s - 1] in self.before_not_after.get(cue, ()):
                continue  # "lebih dari 1.600 perusahaan": a comparative, not the source of aid
            out.append((kind, s, e, cue))
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
            last = sents[bisect_right(starts, sp.end - 1) - 1]  # "PT. Pegadaian": the sentencizer may split a name
            best: dict[str, tuple[float, str]] = {k: (0.0, "") for k in CUE_KINDS}
            for kind, s, e, text in cues:
                if s < sent.start or e > last.end or (s < sp.end and e > sp.start):
                    continue
                w = self.weights[kind][text]
                if kind == "before" and text in self.source_words and self.aid_before(doc, s, sent.start):
                    w = max(w, r["source"]["weight"])  # "menerima bantuan 20 tong sampah dari PT X": the source
                elif kind == "before" and text in self.know_how_passives and self.know_how_before(doc, s, sent.start):
                    kind, w = "partner_before", r["know_how"]["weight"]  # "Pelatihan ... diberikan oleh X": a trainer
                if kind == "after":
                    near = sp.end <= s <= sp.end + r["after_window"] and not occupied & set(range(sp.end, s)) \
                        and not any(w in self.intent for w in lower_words(doc)[sp.end:s])  # "PT Pos siap berikan": not yet
                elif kind == "speaker":
                    near = sp.start - r["speaker_window"] <= e <= sp.start
                else:
                    near = sp.start - r["before_window"] <= e <= sp.start and not occupied & set(range(e, sp.start)) \
                        and not any(w in self.venue_words or w in self.before_breaks  # "diserahkan di Aula ULM",
                                    for w in lower_words(doc)[e:sp.start])  # "menyalurkan CSR bersama OJK"
                if near and w > best[kind][0]:
                    best[kind] = (w, text)
            if self.channelled(doc, sp.start, sent.start, occupied):  # "disalurkan melalui Puskesmas X": the way, not the source
                best["partner_before"] = max(best["partner_before"], (r["channel"]["weight"], "channel"))
            if self.implementers.named(lower_words(doc), sp.start, sp.end, sent.start, last.end, o.kind):
                best["partner_before"] = max(best["partner_before"], (self.implementers.weight, "implementer"))
                scores[o.entity].implementer = True
            if self.gov.redistributes(doc, sp, sent.start):  # "biar Pemkot yang salurkan": it hands the aid on
                best["partner_before"] = max(best["partner_before"], (r["channel"]["weight"], "redistribute"))
                best["after"] = (0.0, "")
                scores[o.entity].channel = True
            if self.supplied(lower_words(doc), sp.start, sent.start):  # "listrik dari jaringan PLN": a supply, no act
                best = {k: (0.0, "") for k in best}
                scores[o.entity].supply += 1
            bests.append(best)
        chains = self.chains(doc, spans)  # read once: the collaborations below use the same runs
        for chain in chains:  # "Bank Sultra dan OJK Latih ...": named together with another body, it takes part
            if len({orgs[i].entity for i in chain}) > 1:
                for i in chain:
                    scores[orgs[i].entity].engaged = True
        for chain in chains:  # coordinated mentions share the cue before and the verb after
            first, last = bests[chain[0]], bests[chain[-1]]
            against = max(first["partner_before"][0], last["partner_before"][0])
            if first["before"][0] >= r["context"]["chain_giver_cue"] > first["partner_before"][0] \
                    or (last["after"][0] >= r["context"]["chain_verb_cue"] > against  # "A, B dan C memperbaiki"
                        and orgs[chain[0]].start >= title_end):  # not "IWIP dan WWF Latih ..." of a headline
                members = [orgs[i].entity for i in chain if orgs[i].kind in self.chain_giver_kinds
                           or (i == chain[0] and orgs[i].entity in self.chain_first_givers)]  # "SKK Migas dan KKKS X"
                for e in members:  # "dampingan A dan B": A and B run it together
                    scores[e].pair_with.update(set(members) - {e})
            for i in chain:
                bests[i]["before"] = max(bests[i]["before"], first["before"])
                bests[i]["partner_before"] = max(bests[i]["partner_before"], first["partner_before"])
                bests[i]["after"] = max(bests[i]["after"], last["after"])
        lowers = lower_words(doc)
        for i, j in self.joint_pairs(doc, spans, chains, lowers):  # "A dan B ... Kedua lembaga memberikan"
            scores[orgs[i].entity].pair_with.add(orgs[j].entity)
            scores[orgs[j].entity].pair_with.add(orgs[i].entity)
        for i in self.cofunders(doc, spans, occupied, lowers):  # "Perumda PDAM X menanggung biaya ..."
            scores[orgs[i].entity].cofunds = True
        chain_at = {c[0]: c for c in chains}
        for h, i in self.co_actor_pairs(spans, lowers):  # "A bersama B menyerahkan": B's verb is A's too
            # "A bersama B, C dan D menyerahkan": the co-actor is the whole coordination that B opens, and the verb
            # after its last member is the verb of each (coordination distributes the verb). Only a list of bodies
            # all of a giving kind: "bersama Gapoktan X dan PT Y" names the ones A runs it with (d058)
            group = chain_at.get(i, [i])
            if any(orgs[j].kind not in self.co_subject_kinds for j in group):
                group = [i]
            verb = max(bests[i]["after"], bests[group[-1]]["after"])
            if verb[0] > 0:
                bests[h]["after"] = max(bests[h]["after"], verb)
                if orgs[h].kind in self.giver_kinds and orgs[i].kind not in self.co_subject_kinds \
                        and tuple(lowers[spans[h].end:spans[i].start]) in self.co_subject_links:
                    # "PetroChina ... bersama SKK Migas menyerahkan": "bersama B" is the firm's comitative adjunct, so
                    # the verb is the firm's, not the government body's or group's own (rules/roles.toml co_subject_kinds)
                    bests[i]["after"] = (0.0, "")
            if self.co_subjects(spans, lowers, h, i, verb[0]):  # ... and B (C, D) gives with A
                for j in group:
                    for x, y in ((h, j), (j, h)):
                        if orgs[x].kind in self.co_subject_kinds and orgs[x].entity != orgs[y].entity:
                            scores[orgs[x].entity].pair_with.add(orgs[y].entity)
        for i in range(1, len(spans)):  # "Persatuan Istri Karyawan (PIK) PT Pupuk Sriwidjaja Palembang menggelar ..."
            # a body's name followed at once by its owner's (a genitive by juxtaposition: the PIK *of* PT Pusri): the
            # head body is the subject, and it gives where its owner does
            h = orgs[i - 1]
            if spans[i - 1].end == spans[i].start and h.kind in self.owned_body_kinds \
                    and orgs[i].kind in self.owner_kinds and h.entity != orgs[i].entity:
                scores[h.entity].pair_with.add(orgs[i].entity)
        for i in range(1, len(spans)):  # "Pemkab Sleman melalui Dinas Pertanian Sleman menyalurkan ...": the government
            # acts through its office, and gives where the office does ([acts_through])
            h, u = orgs[i - 1], orgs[i]
            if h.kind in self.through_kinds and u.kind in self.through_kinds and h.entity != u.entity \
                    and spans[i].start - spans[i - 1].end == 1 and lowers[spans[i - 1].end] in self.through_words:
                scores[h.entity].through.add(u.entity)
        for a, b in self.gapped_sums(doc, spans, lowers):  # "A menyumbang Rp 300 juta, B Rp 110 juta": A's verb
            bests[b]["after"] = max(bests[b]["after"], bests[a]["after"])
        ctx = r["context"]
        for subject, partner in self.collaborations(doc, spans, chains):
            # "A dan B bekerja sama dengan C, menyalurkan ...": the verb after C is A's and B's
            for i in subject:
                bests[i]["after"] = max(bests[i]["after"], bests[partner]["after"])
            group = next((c for c in chains if partner in c), [partner])
            if bests[partner]["after"][0] >= ctx["collab_joint_verb"]:  # "... dengan PT C menyalurkan": C hands over too
                firms = {orgs[j].entity for j in group if orgs[j].kind in ctx["collab_joint_kinds"]}
                for i in subject:
                    for f in firms - {orgs[i].entity}:
                        scores[f].pair_with.add(orgs[i].entity)
            for j in group:  # "A bersinergi dengan Pemkab B dan Lembaga Adat C menyerahkan": the whole coordinated
                if not subject and orgs[j].kind in ctx["collab_joint_kinds"] \
                        and bests[j]["after"][0] >= ctx["collab_joint_verb"]:
                    continue  # "... bekerja sama dengan PT C menyalurkan" with no named subject: C hands over
                bests[j]["after"] = (0.0, "")  # object of "dengan" lends its verb to A, none keeps it
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
        for i in self.giver_lists(doc, spans):
            scores[orgs[i].entity].listed = True
            weight = r["lists"]["weight"]
            if weight > bests[i]["before"][0]:
                bests[i]["before"] = (weight, "list")
        subjects = doc._.get("giver_subjects") or []
        audience_words = not self.audience_words.isdisjoint(lower_words(doc))  # read once: most articles have none
        firm_sents = {bisect_right(starts, sp.start) - 1 for o, sp in zip(orgs, spans) if o.kind in self.firm_kinds}
        for o, sp, best in zip(orgs, spans, bests):
            sent = sents[bisect_right(starts, sp.start) - 1]
            sc = scores[o.entity]
            sc.kind = sc.kind or o.kind
            sc.mentions += 1
            sc.audience += audience_words and self.in_audience(doc, sp.start, sent.start)
            sc.workplace += self.at_workplace(doc, sp.start, sent.start)
            sc.supplier += o.kind in self.supplier_kinds and self.sells_supply(doc, sp.start, sent.start)
            sc.first = min(sc.first, o.start)
            sc.in_title |= o.start < title_end
            sc.engaged |= any(best[k][0] > 0 for k in ("before", "after", "partner_before"))
            sc.legislature |= bool(self.legislature.match(o.text))
            sc.received |= best["partner_before"][0] > 0
            own = self.gov.own_budget(doc, sp, o.kind, best["after"][0] >= 1.0, sents)
            sc.own_budget |= own
            sc.co_funder |= own and (bisect_right(starts, sp.start) - 1) in firm_sents  # "PT X menanggung ..., sementara
            # Pemkab Y mengucurkan Rp ... dari APBD": both shares of one project in one sentence (gov_roles.py)
            if any(a <= o.start and o.end <= b for a, b in subjects):  # the parser says: subject of a giver verb
                best["after"] = max(best["after"], (self.rules["parsed_subject"], "subject"))
            giver = max(best["before"], best["after"], best["speaker"])
            gain = best["before"][0] + best["after"][0] + best["speaker"][0] - best["partner_before"][0]
            sc.total += gain
            if giver[0] > sc.direct and giver[0] > best["partner_before"][0]:  # "bekerja sama dengan X": a partner
                sc.direct, sc.cue, sc.sentence = giver[0], giver[1], span_text(doc, sent.start, sent.end)
            if best["after"][0] > best["partner_before"][0]:
                sc.verb = max(sc.verb, best["after"][0])
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

    def cofunders(self, doc: Doc, spans, occupied: set[int], lowers) -> list[int]:
        """Mentions that are the subject of a phrase of co-funding (rules/roles.toml [joint] cofund)."""
        out = []
        for _, s, e in self.cofund(doc):
            if e < len(doc) and lowers[e] in self.cofund_not:
                continue  # "menambah dana pendamping": a government's matching fund
            i = next((i for i in range(len(spans) - 1, -1, -1) if spans[i].end <= s), None)
            if i is None or s - spans[i].end > self.rules["after_window"] or occupied & set(range(spans[i].end, s)) \
                    or spans[i].sent.start != doc[s].sent.start \
                    or any(w in self.intent for w in lowers[spans[i].end:s]):
                continue
            out.append(i)
        return out

    def joint_pairs(self, doc: Doc, spans, chains, lowers) -> list[tuple[int, int]]:
        """Mention pairs (i, j) named together as two ("A dan B", "A bersama B", "A berkolaborasi dengan B") before a giving "kedua lembaga"
        (rules/roles.toml [joint]): "Kedua lembaga memberikan bantuan", "didanai bersama kedua lembaga"."""
        r = self.rules["joint"]
        anchors = []
        for _, s, e in self.joint(doc):
            after = lowers[e:e + self.rules["after_window"]]
            before = lowers[max(0, s - r["reach"]):s]
            if any(w in self.joint_verbs for w in after) or any(w in self.joint_funded for w in before):
                anchors.append(s)
        if not anchors:
            return []
        pairs = [(c[0], c[1]) for c in chains if len(c) == 2] + self.co_actor_pairs(spans, lowers)
        # "A berkolaborasi dengan B membina ... Kedua perusahaan masing-masing mengucurkan Rp150 juta": one subject and
        # the one partner of a cue of working together are the two that "kedua" takes back (gv10_010)
        pairs += [(subject[0], partner) for subject, partner in self.collaborations(doc, spans, chains)
                  if len(subject) == 1 and not any(partner in c for c in chains)]
        return [(i, j) for i, j in pairs if spans[j].end <= max(anchors)
                and spans[i].sent.start == spans[j].sent.start]

    def co_actor_pairs(self, spans, lowers) -> list[tuple[int, int]]:
        """Neighbouring mentions (i - 1, i) with only a co-actor word between them ("A bersama B")."""
        return [(i - 1, i) for i in range(1, len(spans))
                if tuple(lowers[spans[i - 1].end:spans[i].start]) in self.co_actors]

    def co_subjects(self, spans, lowers, h: int, i: int, verb: float) -> bool:
        """Whether "A bersama B <verb of giving>" makes A and B one coordinated subject (rules/roles.toml
        ``co_subject_only``, ``co_subject_verb``): "bersama" alone between them, a verb of giving after B, or a
        passive verb of running or giving before A (``co_subject_passives``: "dijalankan A bersama B")."""
        passive = spans[h].start > 0 and lowers[spans[h].start - 1] in self.co_subject_passives
        return (verb >= self.rules["context"]["co_subject_verb"] or passive) and \
            tuple(lowers[spans[h].end:spans[i].start]) in self.co_subject_links

    def channelled(self, doc: Doc, start: int, sent_start: int, occupied: set[int]) -> bool:
        """Whether the name at token ``start`` follows a word of channel ("melalui") that a verb of handing over
        money stands before in the same clause (rules/roles.toml [channel])."""
        k = start - 1
        lowers = lower_words(doc)
        if k < sent_start or lowers[k] not in self.channel_words:
            return False
        lo = max(sent_start, k - self.rules["channel"]["window"])
        for i in range(k - 1, lo - 1, -1):
            if lowers[i] in ",;:" or i in occupied:
                return False
            if lowers[i] in self.channel_verbs:
                return True
        return False

    def in_audience(self, doc: Doc, s: int, sent_start: int) -> bool:
        """Whether the mention at token s stands in a list opened by a word that names where people come from
        (rules/roles.toml [audience]: "peserta dari unsur TNI, Polri, relawan dan pelajar"): only capitalised words and
        list links between that word and the mention."""
        t = token_table(doc)
        for k in range(s - 1, max(sent_start, s - self.rules["audience"]["window"]) - 1, -1):
            if t.lower[k] in self.audience_words:
                return True
            if not (t.text[k][:1].isupper() or t.lower[k] in self.audience_links):
                return False
        return False

    @staticmethod
    def only_supplies(sc) -> bool:
        """Whether the entity is named only as where a supply comes from: every mention names the seller of a supply
        (rules/roles.toml [supplier]: "membeli air bersih dari mobil tangki Perumda X"), or every mention names the
        owner of a utility network ([supply]: "belum terjangkau jaringan PT PLN"). Neither giver nor partner."""
        return (sc.supplier > 0 and sc.supplier == sc.mentions) or sc.supply >= sc.mentions

    def sells_supply(self, doc: Doc, s: int, sent_start: int) -> bool:
        """Whether the mention at token s names who sells a supply (rules/roles.toml [supplier]): "membeli air bersih
        dari [mobil tangki] <mention>", "memakai listrik dari jaringan <mention>": "dari" within `conveyor_max`
        lower-case words before it, a verb of buying or using earlier in the same clause."""
        t, r = token_table(doc), self.rules["supplier"]
        k = s - 1
        while k > sent_start and s - 1 - k < r["conveyor_max"] and t.lower[k] != "dari" and t.text[k].islower():
            k -= 1
        if k <= sent_start or t.lower[k] != "dari":
            return False
        for j in range(k - 1, max(sent_start, k - r["window"]) - 1, -1):
            if t.text[j] in ",;:":
                return False
            if t.lower[j] in self.supply_verbs:
                return True
        return False

    def at_workplace(self, doc: Doc, s: int, sent_start: int) -> bool:
        """Whether the mention at token s follows a job in the apposition of a participant named before it
        (rules/roles.toml [workplace]): "peserta [modifier] , <name> [(age)] , [yang juga] <job> <mention>"."""
        t = token_table(doc)
        if self.employed_at(t, s, sent_start):  # "... bekerja sebagai apoteker di PT X"
            return True
        k = next((s - len(j) for j in self.job_words if s - len(j) > sent_start
                  and tuple(t.lower[s - len(j):s]) == j), None)
        if k is None:
            return False
        k -= next((len(w) for w in self.workplace_links if k - len(w) > sent_start
                   and tuple(t.lower[k - len(w):k]) == w), 0)  # "Sitti Aminah, yang juga guru TK ..."
        if t.text[k - 1] != ",":
            return False
        for c in range(k - 2, max(sent_start, k - 2 - self.rules["workplace"]["name_window"]), -1):
            if t.text[c] == ",":
                p = c - 1 - (c - 2 >= sent_start and t.lower[c - 1] in self.participant_modifiers)  # "Peserta termuda"
                return p >= sent_start and t.lower[p] in self.participant_words and c < k - 2
            if not (t.text[c][:1].isupper() or t.text[c][:1].isdigit() or t.text[c] in "()."):
                return False
        return False

    def supplied(self, lowers, s: int, sent_start: int) -> bool:
        """Whether the mention at token s is named as the owner of a utility network right after its noun
        (rules/roles.toml [supply] nouns: "jaringan PT PLN", "jaringan listrik PLN")."""
        return any(s - len(n) >= sent_start and tuple(lowers[s - len(n):s]) == n for n in self.supply_nouns)

    def employed_at(self, t, s: int, sent_start: int) -> bool:
        """Whether the mention at token s is the object of a verb of employment (rules/roles.toml [workplace]
        employed): "bekerja di X", "bekerja sebagai apoteker di X" (a job of up to employed_window lower-case words)."""
        w = self.rules["workplace"]
        k = s - 1
        if k <= sent_start or t.lower[k] not in self.employed_preps:
            return False
        k -= 1
        if t.lower[k] in self.employed_verbs:
            return True
        for c in range(k, max(sent_start, k - w["employed_window"]) - 1, -1):  # the job's words, back to "sebagai"
            if t.lower[c] in self.employed_as:
                return c - 1 >= sent_start and t.lower[c - 1] in self.employed_verbs
            if not t.text[c].islower():
                return False
        return False

    def know_how_before(self, doc: Doc, s: int, sent_start: int) -> bool:
        """Whether a know-how noun stands in the clause before the passive cue at token s (rules/roles.toml
        [know_how]): "Pelatihan ... diberikan oleh X" names a trainer."""
        lo = max(sent_start, s - self.rules["know_how"]["window"])
        for t in reversed(doc[lo:s]):
            if t.text in ",;:":
                return False
            if t.lower_ in self.know_how_nouns:
                return True
        return False

    def aid_before(self, doc: Doc, s: int, sent_start: int) -> bool:
        """Whether a word of aid or of receiving stands in the clause before token s (rules/roles.toml [source])."""
        lo = max(sent_start, s - self.rules["source"]["window"])
        for t in reversed(doc[lo:s]):
            if t.text in ",;:" or t.lower_ in self.source_stops:
                return False
            if t.lower_ in self.aid_words:
                return True
        return False

    def gapped_sums(self, doc: Doc, spans, lowers) -> list[tuple[int, int]]:
        """(a, b) pairs of mentions in a clause with the verb left out (gapping): b stands right before a sum of
        its own, and right after the sum that follows a, with a comma or coordinator between ("Bank NTT menyumbang
        Rp 300 juta, PT Flobamor Rp 110 juta dan Jamkrida NTT Rp 75 juta"), so a's verb is b's too. In order, so a
        third member takes the verb through the second."""
        out = []
        for b in range(1, len(spans)):
            a = b - 1
            lo, hi, end = spans[a].end, spans[b].start, spans[b].end
            if hi - lo < 3 or end >= len(doc) or not self.gap_currency.match(doc[end].text) \
                    or doc[lo].sent.start != doc[hi].sent.start or lowers[hi - 1] not in self.gap_links:
                continue
            k = hi - 2  # back over the link, then over the sum after a to its currency
            while k > lo and (doc[k].like_num or lowers[k] in self.gap_scales):
                k -= 1
            if k < hi - 2 and self.gap_currency.match(doc[k].text):
                out.append((a, b))
        return out

    def collaborations(self, doc: Doc, spans, chains) -> list[tuple[list[int], int]]:
        """(subject mentions, partner mention): a partner named after a cue of working together that
        follows the subject directly ("PT A dan PT B bekerja sama dengan Korem 102, menyalurkan ...")."""
        out = []
        for _, s, e in self.collab(doc):
            partner = next((i for i, sp in enumerate(spans) if e <= sp.start <= e + 1), None)
            subject = next((i for i in range(len(spans) - 1, -1, -1) if spans[i].end <= s), None)
            if partner is None:
                continue
            if subject is None or s - spans[subject].end > 1 or spans[subject].sent.start != spans[partner].sent.start:
                # no named subject before the cue ("Perusahaan menggandeng X melatih ...", a headline's short form
                # the rules do not know): the object of a cue that takes one is still no subject of the next verb
                if doc[s:e].text.lower() in self.collab_object_cues and doc[s].sent.start == spans[partner].sent.start:
                    out.append(([], partner))
                continue
            chain = next((c for c in chains if subject in c), [subject])
            out.append((chain, partner))
        return out

    def giver_lists(self, doc: Doc, spans) -> set[int]:
        """Mention indexes of the members of lists of givers: a chain of two or more mentions that a word of
        list opens, after a giving word in the same clause with no recipient cue between
        ("Dunia usaha yang turut membantu antara lain Bank Jateng, BRI Rembang dan Bank Mandiri")."""
        out: set[int] = set()
        if len(spans) < 2:
            return out
        for s, e in self.group_lists(doc):  # "sembilan BUMN tersebut adalah A, B ... dan I"
            out.update(self.list_chain(doc, spans, e))
        intros = self.list_intro(doc)
        if not intros:
            return out
        window = self.rules["lists"]["window"]
        for _, s, e in intros:
            chain = self.list_chain(doc, spans, e)
            if not chain:
                continue
            first = chain[0]
            sent = spans[first].sent
            lo = max(sent.start, s - window)
            giving = [(gs, ge) for _, gs, ge in self.list_giving(doc[lo:s])]
            if not giving:
                continue
            between = doc[max(ge for _, ge in giving):s]
            # "Sejumlah perbankan yang menyalurkan bantuan bagi nelayan ..., antara lain A, B dan C": the group
            # that gives is the list's subject, so a recipient cue after the verb does not make it a list of recipients
            group_gives = any(g >= 2 and doc[g - 1].lower_ == "yang" and doc[g - 2].lower_ in self.group_nouns
                              for g, _ in giving)
            if (not group_gives and any(t.lower_ in self.list_blockers for t in between)) or any(
                    between.start <= sp.start < s for sp in spans):
                continue  # a list of recipients, or the giving word is another organisation's ("binaan X")
            if all(gs > lo and doc[gs - 1].lower_ in self.receiving_heads for gs, _ in giving):
                continue  # "Penerima bantuan adalah tiga kelompok nelayan, yaitu A, B dan C": the aid is what they receive
            out.update(chain)
        return out

    def list_chain(self, doc: Doc, spans, e: int) -> list[int]:
        """The mentions of a list that starts right after token ``e``: two or more, joined only by names,
        commas and coordinators; [] where no such list starts there."""
        first = next((i for i, sp in enumerate(spans) if e <= sp.start <= e + 2), None)
        if first is None or any(t.is_alpha for t in doc[e:spans[first].start]):
            return []
        chain = [first]  # the list runs on while only names, commas and coordinators stand between
        for j in range(first + 1, len(spans)):
            between = doc[spans[j - 1].end:spans[j].start]
            if spans[j].start < spans[j - 1].end or any(
                    (t.is_lower and t.lower_ not in self.coordinators) or t.text in ".;:!?" for t in between):
                break
            chain.append(j)
        return chain if len(chain) >= 2 else []

    def group_lists(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of the words that open a list of a group named earlier as giving: a count, a noun
        of companies, "tersebut", a word of list ("sembilan BUMN tersebut adalah"), where the same count
        with that noun stands earlier in a sentence with a giving word ("Sebanyak sembilan BUMN
        menyalurkan bantuan"; the giving word a verb)."""
        reach = self.rules["lists"]["group_reach"]
        out = []
        for _, s, e in self.anaphora_intro(doc):
            k = s - 1  # "tersebut"
            if k >= 1 and doc[k].lower_ in self.group_pronouns and doc[k].is_sent_start:  # "... Mereka adalah A, B"
                before = doc[k - 1].sent
                if self.counted_group_gives(doc, before.start, before.end, reach):
                    out.append((s, e))
                continue
            if k < 2 or doc[k].lower_ not in self.anaphora or doc[k - 1].lower_ not in self.group_nouns \
                    or not doc[k - 2].like_num:
                continue
            count, noun = doc[k - 2].lower_, doc[k - 1].lower_
            for i in range(k - 2):
                if doc[i].lower_ != count or not any(t.lower_ == noun for t in doc[i + 1:min(i + 1 + reach, k - 2)]):
                    continue
                sent = doc[i].sent
                if any(t.lower_.startswith(self.verb_prefixes) and len(t) > 5
                       for _, a, b in self.list_giving(doc[sent.start:sent.end]) for t in doc[a:b]):  # offsets in the Doc
                    out.append((s, e))
                    break
        return out

    def counted_group_gives(self, doc: Doc, start: int, end: int, reach: int) -> bool:
        """Whether tokens start..end (one sentence) hold a count, a noun of companies within ``reach`` tokens after
        it (rules/roles.toml [lists] group_nouns) and, after that, an active giving verb (`group_active_prefixes`):
        the counted group is the verb's subject ("Empat badan usaha milik negara (BUMN) menyalurkan bantuan ...",
        not "Dua perusahaan rintisan dibina PT X", where the group receives)."""
        nouns = [j for i in range(start, end) if doc[i].like_num
                 for j in range(i + 1, min(i + 1 + reach, end)) if doc[j].lower_ in self.group_nouns]
        return bool(nouns) and any(a > nouns[0] and t.lower_.startswith(self.group_active_prefixes) and len(t) > 5
                                   for _, a, b in self.list_giving(doc[start:end]) for t in doc[a:b])  # Doc offsets

    def chains(self, doc: Doc, spans) -> list[list[int]]:
        """Runs of mentions joined only by coordinators ("A, B dan C")."""
        out, run = [], [0]
        places = {i for p in (doc._.get("locations") or []) for i in range(p.start, p.end)}  # character offsets
        lowers = lower_words(doc)
        for i in range(1, len(spans)):
            a, b = spans[i - 1].end, spans[i].start  # the tokens between the two mentions
            words = [k for k in range(a, b) if lowers[k] not in self.coordinators]
            if b >= a and (not words or (  # "BRI Rembang, Perhutani": a branch's town
                    len(words) <= 2 and doc[a].idx in places and all(doc[k].idx in places for k in words))):
                run.append(i)
            else:
                if len(run) > 1:
                    out.append(run)
                run = [i]
        if len(run) > 1:
            out.append(run)
        return out

    def overseen(self, scores: dict[str, Score]) -> bool:
        """A council of representatives is named and no company, bank or foundation carries a cue of giving of its
        own: the firms are those the council summons, hears or oversees ("Komisi III DPRD Halmahera Selatan
        memanggil manajemen Harita Nickel ... dalam rapat dengar pendapat", rg5_013; gv5_013, par_108, sum_009,
        wst_014), so the lone firm is no giver by default. A legislature oversees and budgets (see ``legislature``);
        a firm that gives in such an article carries its own cue and is eligible before this fallback."""
        return any(s.legislature for s in scores.values()) and not any(
            s.direct > 0 or s.verb > 0 for s in scores.values() if s.kind in self.giver_kinds)

    def choose(self, scores: dict[str, Score], overseen: bool = False) -> set[str]:
        """``overseen``: see ``overseen``, read on every body (the legislature itself is never a candidate)."""
        r = self.rules
        ranked = sorted(scores.items(), key=lambda kv: -kv[1].total)
        if any(s.host and s.total >= r["giver_min"] for s in scores.values()):  # a visitor is not the giver
            ranked = [(e, s) for e, s in ranked if not s.visitor or s.host]
        companies = [(e, s) for e, s in ranked if s.kind in self.giver_kinds and s.total >= r["giver_min"]]
        others = [(e, s) for e, s in ranked if s.kind not in self.giver_kinds and s.direct >= 1.0
                  and s.total >= r["giver_min"]]
        if companies:  # a company gives; others must outscore it, and a government giving from its own budget beside
            bar = companies[0][1].total  # it runs another programme (gov_roles.py; "Pemkot Padang melalui Dinas
            others = [(e, s) for e, s in others if s.total > bar and not s.own_budget]  # Pertanian juga menyerahkan
            # dua traktor ... dari APBD" beside Semen Padang's seedlings: neither giver nor partner, gov_003, d111)
        eligible = sorted(companies + others, key=lambda kv: -kv[1].total)
        listed = {e for e, s in ranked if s.listed}  # every member of a list of givers gives
        if not eligible:
            kinds = [(e, s) for e, s in ranked if s.kind in self.giver_kinds]
            if overseen:
                return listed
            if len(kinds) == 1 and kinds[0][1].total > 0 and not listed:
                return {kinds[0][0]}  # the one company of a programme article, with no cue against it, gives
            firms = [(e, s) for e, s in kinds if s.kind in self.firm_kinds]
            if len(firms) == 1 and firms[0][0] == kinds[0][0] and firms[0][1].total > 0 and not listed \
                    and firms[0][1].first == min(s.first for _, s in kinds):
                return {firms[0][0]}  # the one company or bank, named before the foundations and NGOs beside it
            return listed
        top = eligible[0][1].total
        givers = {eligible[0][0]} | listed
        for e, s in eligible[1:]:
            if s.total >= max(r["giver_min_other"], r["share_of_best"] * top) and s.direct >= 1.0:
                givers.add(e)
            elif s.kind in self.giver_kinds and s.verb >= r["own_giving"]:
                givers.add(e)  # a company that gives with a cue of its own, recapped beside the main giver
        for e, s in ranked:  # "A dan B melatih ... Kedua lembaga memberikan bantuan": the giver's pair gives with it
            if e not in givers and (s.pair_with & givers or s.cofunds):
                givers.add(e)
        if not any(scores[g].kind in self.giver_kinds for g in givers):  # a government's own programme: the government
            givers |= {e for e, s in ranked if s.through & givers}  # that acts through the giving office gives with it
        for e, s in ranked:  # the giver's own foundation or subsidiary, acting with a cue of its own
            least = r["family_direct"].get(s.kind or "", r["family_direct"]["other"])
            if e not in givers and s.kind in self.giver_kinds and s.direct >= least \
                    and any(self.family(e, g) for g in givers):
                givers.add(e)
        return givers

    def family_roles(self, orgs, scores: dict[str, Score], givers: set[str], text: str = "") -> tuple[set[str], set[str]]:
        """The giver's own operating unit, named by its place ("PT Epson Batam" beside the giver Epson), is the
        giver; the giver's parent holding with no giver cue of its own ("anggota holding Pupuk Indonesia")
        is named in passing and is no partner. Both by the gazetteer's parent links. Returns (givers, passing)."""
        names: dict[str, list[str]] = defaultdict(list)
        for o in orgs:
            names[o.entity].append(norm_name(o.text))
        givers, passing = set(givers), set()
        for e in list(givers):  # "PT Semen Padang, anak usaha PT Semen Indonesia (Persero) Tbk, membina ...":
            starts = [o.start for o in orgs if o.entity == e]  # the holding only says whose the giver is,
            children = [c for c in scores if c != e and e in self.ancestors(c)]  # the verb is its child's
            if children and starts and all(self.parent_intro.search(text[max(0, a - 64):a]) for a in starts):
                givers.discard(e)
                passing.add(e)
                givers.update(children)
        title_end = text.find("\n") if "\n" in text else 0
        for e in list(scores):  # "BRI Peduli Serahkan ..." / "BRI melalui program BRI Peduli menyerahkan": the
            body = [o for o in orgs if o.entity == e and o.start >= title_end]  # giver's own programme
            if body and any(g != e and g in self.ancestors(e) for g in scores) and all(
                    self.named_programme(text, o, scores[e].kind) for o in body):
                givers.discard(e)
                passing.add(e)
        for e, s in scores.items():
            if e in passing:
                continue
            if e not in givers and s.kind in self.giver_kinds and s.direct < 1.0 and self.only_as_parent(
                    [o.start for o in orgs if o.entity == e], text):
                passing.add(e)  # "Sebagai bagian dari Danantara, Bank Mandiri ...": a holding the gazetteer does not link
                continue
            if e in givers:
                continue
            for g in list(givers):
                if self.charity(names[e]) and self.named_after(names[e], set(names[g]) | self.forms.get(g, set())):
                    givers.add(e)  # "Baitul Maal Pupuk Kujang" beside the giver Pupuk Kujang: its own charity
                elif self.team(names[e]) and self.named_after(names[e], set(names[g]) | self.forms.get(g, set())):
                    passing.add(e)  # "Tim Relawan Pertamina" beside the giver Pertamina: its own people
                    break
                elif e in self.ancestors(g) and s.direct < self.rules["family_direct"]["other"]:
                    passing.add(e)
                elif g in self.ancestors(e) and any(self.place_unit(n, m) for n in names[e]
                                                    for m in set(names[g]) | self.forms.get(g, set())):
                    givers.add(e)
                elif g in self.ancestors(e) and self.operating_unit(names[e], self.forms.get(e, set())):
                    givers.add(e)  # "Pertamina" gives; "PT Pertamina Patra Niaga Integrated Terminal Wayame" is its site
        passing |= self.appositive_teams(orgs, names, givers, passing, text)
        for e in scores:  # "Tim Unhas" beside "Fakultas Pertanian Universitas Hasanuddin (Unhas)": that body's people,
            if e in givers or e in passing or not self.team(names[e]):  # as "Tim Relawan Pertamina" is the giver's
                continue
            if any(o.entity != e and not self.team(names[o.entity]) and self.named_after(names[e], short_forms(o.text))
                   for o in orgs):
                passing.add(e)
        return givers, passing

    def appositive_teams(self, orgs, names, givers: set[str], passing: set[str], text: str) -> set[str]:
        """Teams set in apposition to the giver's own team name the same unit ("Satgas Bencana BRI, Tim Elang,
        menyediakan ...": the second noun phrase renames the first): the two mentions stand side by side with
        only a comma between, and a comma and a lower-case word other than a connector follow the second (a list
        goes on with "dan"/"serta" or another name: "Satgas Bencana BRI, Tim SAR Basarnas dan PMI")."""
        def own(o) -> bool:  # a mention of the giver's own team: its own entity, or a unit form of the giver's
            return self.team([norm_name(o.text)]) and (o.entity in givers or o.entity in passing)

        out: set[str] = set()
        if not text:
            return out
        ms = sorted(orgs, key=lambda o: o.start)
        for a, b in zip(ms, ms[1:]):
            if a.entity == b.entity or text[a.end:b.start].strip() != "," or not self.apposition_ends(text, b.end):
                continue
            for x, y in ((a, b), (b, a)):
                e = y.entity
                if own(x) and e not in givers and e not in passing and self.team(names[e]):
                    out.add(e)
        return out

    def apposition_ends(self, text: str, end: int) -> bool:
        m = re.match(r"\s*,\s*([a-z]+)", text[end:end + 40])
        return bool(m) and m.group(1) not in self.coordinators

    def named_programme(self, text: str, o, kind: str | None) -> bool:
        """Whether mention ``o`` is named as a programme: after a word of programme ("program BRI Peduli"), with an
        apposition that calls it one ("BRI Peduli, program TJSL PT BRI"), or, for a body the gazetteer knows as a
        programme, after a word of channel ("Lewat Bakti BCA, PT BCA ...")."""
        if self.after_programme_word(text, o.start) or self.programme_apposition.match(text, o.end):
            return True
        words = text[max(0, o.start - 16):o.start].split()
        return kind in self.programme_kinds and bool(words) and words[-1].lower() in self.programme_channel

    def after_programme_word(self, text: str, at: int) -> bool:
        """Whether the word just before offset ``at`` is a word of programme ("program BRI Peduli")."""
        words = text[max(0, at - 16):at].split()
        return bool(words) and words[-1].lower() in self.programme_words

    def only_as_parent(self, starts: list[int], text: str) -> bool:
        """Whether every mention stands right after a parent_intro phrase ("bagian dari", "anak usaha")."""
        return bool(starts) and all(self.parent_intro_strict.search(text[max(0, a - 40):a])
                                    or self.parent_list.search(text[max(0, a - 160):a]) for a in starts)

    def charity(self, names: list[str]) -> bool:
        """Whether a name opens or closes with a charity's word (``own_charity``)."""
        return any(n.startswith(w + " ") or n.endswith(" " + w) for n in names for w in self.own_charity)

    def team(self, names: list[str]) -> bool:
        """Whether a name opens with a word of the giver's own team or staff (``own_team``)."""
        return any(n.startswith(w + " ") for n in names for w in self.own_team)

    @staticmethod
    def named_after(names: list[str], giver_names: set[str]) -> bool:
        """Whether a foundation's name holds the giver's name as whole words ("baitul maal pupuk kujang" and
        "pupuk kujang", "yayasan bri peduli" and "bri"): a corporate foundation or zakat body named after
        the company channels its funds (ANNOTATION_NOTES: fund-channelling foundations are organisations)."""
        return any(len(m) >= 3 and m != n and f" {m} " in f" {n} " for n in names for m in giver_names)

    def place_unit(self, unit: str, name: str) -> bool:
        """Whether ``unit`` is ``name`` followed only by place names ("epson batam" of "epson")."""
        rest = unit.removeprefix(name + " ").split() if unit.startswith(name + " ") else None
        return bool(rest) and " ".join(w.capitalize() for w in rest) in self.places

    def operating_unit(self, names: list[str], forms: set[str]) -> bool:
        """Whether a name is one of its company's forms followed by a unit word of rules/organizations.toml
        ``units`` ("pertamina patra niaga integrated terminal wayame", "pt perkebunan nusantara iv kebun ..."):
        an operating site of the giver's group works under the giver, it is no partner of it."""
        return any(n.startswith(m + " ") and (n[len(m) + 1:] + " ").startswith(tuple(u + " " for u in self.unit_words))
                   for n in names for m in forms if m)

    def ancestors(self, x: str) -> list[str]:
        return ancestors(self.parents, x)

    def family(self, a: str, b: str) -> bool:
        """Whether the gazetteer makes one entity an ancestor of the other (Citi Foundation, Citi)."""
        return related(self.parents, a, b)


def _covered(matches: list[tuple[str, int, int]]) -> list[bool]:
    """For each (kind, start, end): whether a longer match of the same kind holds it (starts at or before it and ends
    at or after it), as ``any(k == kind and a <= s and e <= b and b - a > e - s for k, a, b in matches)``
    without comparing every pair: a match that holds it and is not the same span is longer."""
    ends: dict[str, dict[int, int]] = {}  # kind -> start -> the furthest end of a match starting there
    for kind, s, e in matches:
        by_start = ends.setdefault(kind, {})
        by_start[s] = max(by_start.get(s, e), e)
    reach: dict[str, tuple[list[int], list[int]]] = {}  # kind -> (starts, furthest end of the matches before each)
    for kind, by_start in ends.items():
        starts = sorted(by_start)
        before, furthest = [], -1
        for s in starts:
            before.append(furthest)
            furthest = max(furthest, by_start[s])
        reach[kind] = (starts, before)
    out = []
    for kind, s, e in matches:
        starts, before = reach[kind]
        k = bisect_left(starts, s)
        out.append(before[k] >= e or ends[kind][s] > e)
    return out


def short_forms(text: str) -> set[str]:
    """A mention's name and the acronyms written in its parentheses ("... Hasanuddin (Unhas)" -> "unhas")."""
    return {norm_name(text)} | {norm_name(a) for a in re.findall(r"\(([^()]+)\)", text)}
