"""The learned role model: giver, partner or no participant, for each organisation warta found.

The rules (extract/components/organizations.py, extract/components/roles.py) find the organisations and give each a role.
This component then reads every entity's evidence as features (its kind and head word, the rules'
role and cue score, the words just around its mentions, where and how often it is named, whether
the gazetteer or the trained NER know it, whether it is the giver's own subsidiary) and a small
multinomial logistic regression, trained on the gold of the fit part of the development data
(``python -m extract.training.train_domain``), decides among ``giver``, ``partner`` and ``none``. An entity
the model calls ``none`` is dropped from the record (it stays on ``doc._.organizations_all``); the
rules' role stands where the model agrees or is absent, so the rules remain the fallback.

The model is plain data (``models/org_roles.json``: one weight per class for each feature name),
so nothing is unpickled and prediction is a few dot products per entity.
"""
from __future__ import annotations

import dataclasses
import json
import math
import os
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.components.doctext import doc_text, entity_spans, token_table
from extract.components.roles import related
from gazetteers.companies import load_gazetteer
from rules import load_rules

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "org_roles.json"
ENV_VAR = "WARTA_ORG_MODEL"  # another model file; a path that holds none turns the component off
CLASSES = ("giver", "partner", "none")
SOURCES = {0.9: "gazetteer", 0.8: "head", 0.7: "acronym", 0.6: "suffix", 0.5: "ner"}

if not Doc.has_extension("org_role_scores"):
    Doc.set_extension("org_role_scores", default=None)
if not Doc.has_extension("org_model_probs"):  # entity -> {class: probability}, for inspection
    Doc.set_extension("org_model_probs", default=None)


def model_path() -> Path | None:
    override = os.environ.get(ENV_VAR)
    path = Path(override) if override else MODEL_PATH
    return path if path.is_file() else None


@lru_cache(maxsize=4)
def load_model(path: str) -> "RoleModel":
    with open(path, encoding="utf-8") as fh:
        return RoleModel.from_dict(json.load(fh))


@dataclasses.dataclass
class RoleModel:
    classes: tuple[str, ...]
    weights: dict[str, list[float]]  # feature -> one weight per class
    bias: list[float]
    meta: dict

    @classmethod
    def from_dict(cls, data: dict) -> "RoleModel":
        return cls(tuple(data["classes"]), data["weights"], data["bias"], data.get("meta", {}))

    def to_dict(self) -> dict:
        return {"classes": list(self.classes), "bias": self.bias, "meta": self.meta,
                "weights": {k: [round(w, 5) for w in v] for k, v in sorted(self.weights.items())}}

    def probs(self, feats: dict[str, float]) -> dict[str, float]:
        z = list(self.bias)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None:
                for c in range(len(z)):
                    z[c] += w[c] * value
        top = max(z)
        ex = [math.exp(v - top) for v in z]
        total = sum(ex)
        return {c: e / total for c, e in zip(self.classes, ex)}


class Featurizer:
    """Features of each entity on a Doc after ``warta_roles`` (shared by training and prediction)."""

    def __init__(self, nlp: Language):
        rules = load_rules("organizations")
        heads = list(rules["heads"]) + list(rules["lower_heads"]) + list(rules["suffix_heads"])
        self.head_words = {h.split()[0].lower().rstrip(".") for h in heads}
        gaz = load_gazetteer(())
        self.gaz_ids = set(gaz.entries)
        self.parents = {e.id: e.parent for e in gaz.entries.values() if e.parent}
        own = load_rules("org_model")
        self.list_words = set(own["list_words"])
        self.name_stop = set(own["name_stop"]) | {w.lower().rstrip(".") for w in rules["legal"]}
        self.plain_words = self.head_words | self.name_stop
        self.window_left, self.window_right = own["window_left"], own["window_right"]
        self.context = True  # read the words around each mention (off when the model weighs none)
        roles = load_rules("roles")  # the rules' partner cues ("kepada", "bekerja sama dengan") as features
        self.partner_weight = dict(roles["partner_before"])
        self.before_window = roles["before_window"]
        self.strong_partner = own["strong_partner_cue"]
        self.partner_cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        for cue in self.partner_weight:
            self.partner_cues.add(cue, [nlp.make_doc(cue)])
        self.strings = nlp.vocab.strings
        self._form_words: dict[str, frozenset[str]] = {}  # name_words of one form, kept across articles

    def family(self, a: str, b: str) -> bool:
        return related(self.parents, a, b)

    def name_words(self, mentions) -> set[str]:
        """The distinctive words of an entity's names: capitalised, not a head or legal word."""
        out = set()
        cache = self._form_words
        for m in mentions:
            for form in (m.name, *m.aliases):
                words = cache.get(form)
                if words is None:  # a name's forms recur (gazetteer aliases, every article of a company)
                    if len(cache) > 50_000:
                        cache.clear()
                    words = cache[form] = frozenset(
                        w.lower() for w in (x.strip("().,") for x in form.split())
                        if len(w) >= 4 and w[:1].isupper() and w.lower() not in self.plain_words)
                out |= words
        return out

    @staticmethod
    def first_sentence_end(doc: Doc, title_end: int, n_chars: int) -> int:
        """Character end of the first sentence after the headline."""
        span = doc.char_span(title_end, n_chars, alignment_mode="expand") if title_end else doc[:]
        if span is None or not doc.has_annotation("SENT_START"):
            return n_chars
        t = token_table(doc)
        for j in range(span.start + 1, len(doc)):
            if t.sent_start[j] and t.idx[j] > title_end + 1:
                return t.idx[j]
        return n_chars

    def entities(self, doc: Doc) -> dict[str, list]:
        out: dict[str, list] = {}
        for o in doc._.organizations or []:
            out.setdefault(o.entity, []).append(o)
        return out

    def __call__(self, doc: Doc) -> dict[str, dict[str, float]]:
        ents = self.entities(doc)
        if not ents:
            return {}
        text = doc_text(doc)
        n_chars = max(len(text), 1)
        first_line = text.split("\n", 1)[0] if "\n" in text else ""
        title_end = len(first_line) if len(first_line) < 200 else 0
        scores = doc._.get("org_role_scores") or {}
        ranked = sorted(ents, key=lambda e: -(scores[e].total if e in scores else 0.0))
        givers = {e for e, ms in ents.items() if ms[0].role == "giver"}
        spans = {e: [doc.char_span(m.start, m.end, alignment_mode="expand") for m in ms] for e, ms in ents.items()}
        mention_tokens = {i for sps in spans.values() for sp in sps if sp is not None for i in range(sp.start, sp.end)}
        ner = [(a, b, label) for _, _, label, a, b in entity_spans(doc)]
        first_sent_end = self.first_sentence_end(doc, title_end, n_chars)
        n = len(ents)
        cues = [(s_, e_, self.partner_weight[self.strings[m]]) for m, s_, e_ in self.partner_cues(doc)]
        giver_words = set().union(*(self.name_words(ents[g]) for g in givers)) if givers else set()
        context = self.context
        tt = token_table(doc)  # the tokens' words, offsets and sentence starts, without a Token each
        has_sents = doc.has_annotation("SENT_START")
        out = {}
        for e, ms in ents.items():
            o = ms[0]
            f: dict[str, float] = {"bias": 1.0}
            f[f"kind={o.kind}"] = 1.0
            f[f"rule={o.role}"] = 1.0
            f[f"kind={o.kind}&rule={o.role}"] = 1.0
            for m in ms:
                f[f"src={SOURCES.get(round(m.confidence, 1), 'other')}"] = 1.0
            f["m=" + ("1" if len(ms) == 1 else "2" if len(ms) == 2 else "3+")] = 1.0
            f["log_mentions"] = math.log(len(ms))
            f["n_ent=" + ("1" if n == 1 else "2-3" if n <= 3 else "4-6" if n <= 6 else "7+")] = 1.0
            if any(m.start < title_end for m in ms):
                f["title"] = 1.0
            first = min(m.start for m in ms if m.start >= title_end) if any(m.start >= title_end for m in ms) else None
            if first is not None:
                f["first_sent"] = float(first < first_sent_end)
                f[f"pos=q{min(3, int(4 * first / n_chars))}"] = 1.0
            rank = ranked.index(e)
            f["rank=" + ("0" if rank == 0 else "1" if rank == 1 else "2+")] = 1.0
            sc = scores.get(e)
            if sc is not None:
                top = scores[ranked[0]].total if ranked[0] in scores else 0.0
                f["rule_total"] = math.tanh(sc.total / 3.0)
                f["rule_direct"] = math.tanh(sc.direct / 2.0)
                f["rule_share"] = max(-1.0, min(1.0, sc.total / top)) if top > 0 else 0.0
                if sc.visitor:
                    f["visitor"] = 1.0
                if sc.host:
                    f["host"] = 1.0
            if e in self.gaz_ids:
                f["gaz"] = 1.0
            if giver_words and o.role != "giver" and self.name_words(ms) & giver_words:
                f["shares_word_with_giver"] = 1.0
            if o.role != "giver" and any(self.family(e, g) for g in givers if g != e and g in self.gaz_ids):
                f["family_of_giver"] = 1.0
            words = o.name.split()
            head = words[0].lower().rstrip(".") if words else ""
            f["head=" + (head if head in self.head_words else "?")] = 1.0
            f["len=" + ("1" if len(words) == 1 else "2" if len(words) == 2 else "3-4" if len(words) <= 4 else "5+")] = 1.0
            if len(words) == 1 and o.name.isupper() and not any(len(a.split()) > 1 for a in o.aliases):
                f["acronym_only"] = 1.0
            alpha = [w for w in words[1:] if w[:1].isalpha()]
            if alpha and sum(w[0].isupper() for w in alpha) / len(alpha) < 0.6:
                f["lower_name"] = 1.0
            inner = o.name.replace("(", " ").replace(")", " ").split()
            if any(w.endswith((",", ".")) and len(w) > 3 and not w.isupper() for w in inner[:-1]):
                f["punct_inside"] = 1.0  # "Yayasan Bakti, Rino ...": a name run on past its end
            if any(w.lower() in self.list_words for w in inner[1:-1]):
                f["list_inside"] = 1.0  # "Pemprov Maluku dan BPJS Cabang Maluku": two names in one
            if any(x in o.name.lower() for x in (".com", ".co.id", ".id")):
                f["web"] = 1.0
            for m in ms:
                for a, b, label in ner:
                    if a < m.end and b > m.start:
                        f[f"ner={label}"] = 1.0
            strong = True
            for sp in spans[e]:
                if sp is None:
                    continue
                cue = max((w for s_, e_, w in cues if sp.start - self.before_window <= e_ <= sp.start
                           and not any(tt.sent_start[j] for j in range(s_ + 1, sp.start + 1))), default=0.0)
                if cue:
                    f["partner_cue"] = max(f.get("partner_cue", 0.0), cue / 2.0)
                strong = strong and cue >= self.strong_partner
                for j in (sp.start - 1, sp.start - 2, sp.end, sp.end + 1):
                    if 0 <= j < len(doc) and tt.lower[j] in self.list_words:
                        k = j - 1 if j < sp.start else j + 1
                        if 0 <= k < len(doc) and k in mention_tokens:
                            f["listed"] = 1.0
                            if o.role != "giver" and any(tt.idx[k] >= g.start and tt.idx[k] < g.end
                                                         for g2 in givers for g in ents[g2]):
                                f["listed_with_giver"] = 1.0
                if not context:
                    continue
                sent_start, sent_end = tt.sentence(sp.start) if has_sents else (0, len(doc))  # sp.sent
                for j in range(max(sent_start, sp.start - self.window_left), sp.start):
                    if tt.alpha[j]:
                        f["L:" + tt.lower[j]] = 1.0
                    elif tt.text[j] == "(":
                        f["L:("] = 1.0
                for j in range(sp.end, min(sent_end, sp.end + self.window_right)):
                    if tt.alpha[j]:
                        f["R:" + tt.lower[j]] = 1.0
            if strong:
                f["partner_cue_all"] = 1.0  # every mention follows a strong partner cue
            out[e] = f
        return out


@Language.factory("warta_org_model", assigns=["doc._.organizations"], requires=["doc._.organizations"],
                  default_config={"path": None})
def make_org_model(nlp: Language, name: str, path: str | None) -> "OrgModel":
    return OrgModel(nlp, load_model(path) if path else None)


class OrgModel:
    """Rewrites the roles of ``doc._.organizations`` with the model's decision (see module doc)."""

    def __init__(self, nlp: Language, model: RoleModel | None):
        self.model = model
        self.featurize = Featurizer(nlp)
        self.featurize.context = model is None or any(k.startswith(("L:", "R:")) for k in model.weights)
        # trained to defer: cross-validation found no decision that beats the rules, so nothing is computed
        self.defers = model is not None and model.meta.get("decision", {}).get("min_prob", 0.0) > 1.0

    def __call__(self, doc: Doc) -> Doc:
        orgs = doc._.organizations or []
        if self.model is None or not orgs or self.defers:
            return doc
        feats = self.featurize(doc)
        probs = {e: self.model.probs(f) for e, f in feats.items()}
        doc._.org_model_probs = probs
        blocked = {e for e, f in feats.items() if "partner_cue_all" in f}
        roles = decide(probs, {o.entity: o.role for o in orgs}, self.model.meta.get("decision", {}), blocked)
        scores = doc._.get("org_role_scores") or {}
        fixed = doc._.get("org_fixed_roles") or {}  # a role the analyst's gazetteer sets wins
        out = []
        for o in orgs:
            role = o.role if o.entity in fixed else roles.get(o.entity, o.role)
            if role == "none":
                continue
            if role != o.role:
                sc = scores.get(o.entity)
                cue = (sc.cue if sc is not None and sc.cue else "model") if role == "giver" else None
                sentence = sc.sentence if role == "giver" and sc is not None else None
                o = dataclasses.replace(o, role=role, role_cue=cue, role_sentence=sentence)
            out.append(o)
        doc._.organizations = out
        return doc


def decide(probs: dict[str, dict[str, float]], rule_roles: dict[str, str], decision: dict,
           blocked: set[str] = frozenset()) -> dict[str, str]:
    """Each entity's role from the model's probabilities: the most probable class after the
    ``none_bias`` (log-odds added to ``none``); a giver/partner flip of the rules' role needs a
    probability lead of ``flip_margin``; any change of the rules' role needs the model's probability of
    the new role to reach ``min_prob`` (above 1: the rules' roles stand everywhere, as when
    cross-validation finds no setting that beats them); with ``keep_giver`` an article whose rules named
    a giver keeps its most probable giver when the model would leave it with none."""
    none_bias = decision.get("none_bias", 0.0)
    margin = decision.get("flip_margin", 0.0)
    min_prob = decision.get("min_prob", 0.0)
    out = {}
    for e, p in probs.items():
        z = {c: math.log(max(p[c], 1e-12)) for c in p}
        z["none"] += none_bias
        role = max(z, key=z.get)
        rule = rule_roles.get(e)
        if rule in p and role != rule and p[role] < min_prob:
            role = rule  # the model overrides the rules only when it is at least this sure
        if role not in ("none", rule) and rule in p and p[role] - p[rule] < margin:
            role = rule  # giver <-> partner only when the model is clearly surer than the rules
        if role == "giver" and rule == "partner" and decision.get("cue_blocks_giver") and e in blocked:
            role = rule  # "bekerja sama dengan PT X" at every mention: the rules' partner stands
        out[e] = role
    if decision.get("keep_giver", True) and probs and "giver" in rule_roles.values() \
            and "giver" not in out.values() and min_prob <= 1.0:
        best = max(probs, key=lambda e: probs[e]["giver"])
        out[best] = "giver"
    return out
