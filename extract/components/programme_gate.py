"""Does an article with none of the context words still report a programme? A tiny learned gate.

The roles (extract/components/roles.py) give no giver and no partner to an article without any of the
context words of rules/roles.toml ([context]: csr, bantuan, binaan, ...): general news stays clean. A CSR
article written without those words ("PT Adaro Indonesia meresmikan jaringan air bersih untuk 400 kepala
keluarga ... senilai Rp 870 juta") would lose every organisation, so such an article is asked of this
gate: a logistic regression over counts of the article's other cues (GateFeatures), trained on the fit
part's gold (an article whose gold has organisations or not) and on general news (extract/training/
train_gate.py). Its weights are plain JSON (models/programme_gate.json); without the file the gate stays
shut, as before. The cue words it counts are those of rules/roles.toml ([after], [before]) less the
context words (absent wherever the gate is asked), plus the [gate] words and verbs; with the article's
amounts, beneficiaries and programmes, how often a company, bank or foundation is the subject of a
verb of giving or building (with a beneficiary count, apart), the recipients named ("bagi 240 anak", "milik
warga") and how often such a giver does something for a recipient in the same sentence ("PT Pupuk Sriwijaya
menggelar sekolah lapang bagi 60 petani"); since s34 a giver told as the agent of a passive verb of building or
running counts as its subject ("Jembatan itu dibangun PT Freeport Indonesia"), and a count of people that opens its
sentence as its subject is counted apart ("Sebanyak 60 ibu rumah tangga ... memanen"; docs/gate_s34.md). A spokesperson's title ([speaker]) is not counted: business news
quotes directors as often as programme news does, and with it the gate learned to open for a contractor's
hand-over. The threshold is set by the trainer.
"""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.components.doctext import lower_words

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "programme_gate.json"
GIVER_KINDS = ("company", "bank", "foundation")


class GateFeatures:
    """Counts (log 1 + n) of the cues of an article, the same at training and at run time."""

    def __init__(self, nlp: Language, rules: dict):
        context = {w.lower() for w in rules["context"]["words"]}
        gate = rules["gate"]
        self.groups: dict[str, list[str]] = {
            "giving_verb": [c for c, w in rules["after"].items() if w >= gate["strong"] and c not in context],
            "weak_verb": [c for c, w in rules["after"].items() if w < gate["strong"] and c not in context],
            "giver_cue": [c for c, w in rules["before"].items() if w >= gate["strong"] and c not in context],
            "programme_word": [w for w in gate["words"] if w not in context],
        }
        self.matchers = {}
        for name, words in self.groups.items():
            m = PhraseMatcher(nlp.vocab, attr="LOWER")
            m.add(name, [nlp.make_doc(w) for w in words])
            self.matchers[name] = m
        self.subject_verbs = {c for c in self.groups["giving_verb"] if " " not in c} | set(gate["verbs"])
        self.doing_verbs = self.subject_verbs | {c for c in rules["after"] if " " not in c} | set(gate["recipient_verbs"])
        self.window = rules["after_window"]
        self.recipient_preps = set(gate["recipient_preps"])
        self.recipient_gap = gate["recipient_gap"]
        self.quantity = set(gate["quantity"])
        self.recipients = set(gate["recipients"])
        self.agent_passives = set(gate["agent_passives"])
        self.agent_gap = gate["agent_gap"]
        self.subject_openers = set(gate["subject_openers"])
        self.subject_reach = gate["subject_reach"]
        self.names = list(self.groups) + ["amounts", "beneficiaries", "programs", "giver_subject",
                                          "giver_subject_with_beneficiaries", "recipient", "giver_for_recipient",
                                          "company_named", "counted_subject"]

    def vector(self, doc: Doc, orgs) -> list[float]:
        """One value per name of ``names``. The last (s31, docs/unseen_pg5_s31.md) tells a public-service report
        (an outbreak, a flood, a vaccination drive: programme words and counts, a health office or a BPBD doing
        things) from a company's programme: how often a company, bank or foundation is named at all."""
        counts = [len(self.matchers[g](doc)) for g in self.groups]
        beneficiaries = len(doc._.get("beneficiaries") or [])
        recipients = self.recipient_tokens(doc)
        subject, for_recipient = self.giver_subjects(doc, orgs, recipients)
        counts += [len(doc._.get("amounts") or []), beneficiaries, len(doc._.get("programs") or []), subject,
                   subject if beneficiaries else 0, len(recipients), for_recipient,
                   self.companies_named(orgs), self.counted_subjects(doc)]
        return [math.log1p(c) for c in counts]

    @staticmethod
    def companies_named(orgs) -> int:
        """Mentions of a company, bank or foundation, whatever they do (none in a health office's report)."""
        return sum(1 for o in orgs if o.kind in GIVER_KINDS)

    def passive_agent(self, doc: Doc, sp, first: int) -> bool:
        """Whether the organisation span ``sp`` is the agent of a passive verb of building, repairing or running
        ([gate] agent_passives): at most ``agent_gap`` words after the verb, none of them punctuation, in the
        sentence that starts at token ``first`` ("Jembatan itu dibangun PT Freeport Indonesia", "dicor beton oleh PT
        Vale Indonesia Tbk", "program ... yang dijalankan bp Indonesia")."""
        for i in range(sp.start - 1, max(first, sp.start - self.agent_gap - 1) - 1, -1):
            if doc[i].lower_ in self.agent_passives:
                return True
            if not doc[i].is_alpha:
                return False
        return False

    def counted_subjects(self, doc: Doc) -> int:
        """Beneficiary counts that open their sentence, as its subject: nothing before them in the sentence (or after
        the dateline's dash) but at most ``subject_reach`` words of [gate] subject_openers ("Sebanyak 60 ibu rumah
        tangga di Kelurahan Sei Selayur ... memanen", "Kini sebanyak 130 balita ... ditimbang")."""
        n = 0
        sents = doc.has_annotation("SENT_START")
        for b in doc._.get("beneficiaries") or []:
            sp = doc.char_span(b.start, b.end, alignment_mode="expand")
            if sp is None:
                continue
            first = sp.sent.start if sents else 0
            words = 0
            for i in range(sp.start - 1, first - 1, -1):
                t = doc[i]
                if t.is_space or t.text in "-–—":
                    break
                if t.lower_ not in self.subject_openers or words == self.subject_reach:
                    words = -1
                    break
                words += 1
            n += words >= 0
        return n

    def recipient_tokens(self, doc: Doc) -> list[int]:
        """Token indices of the recipient phrases: a preposition of `recipient_preps`, at most `recipient_gap`
        numbers or quantity words, then a recipient noun ("bagi 240 anak", "milik warga", "kepada para nelayan")."""
        out = []
        lowers = lower_words(doc)  # no Token object per word: most are no preposition of recipient
        n = len(lowers)
        for i, low in enumerate(lowers):
            if low not in self.recipient_preps:
                continue
            j = i + 1
            while j < n and j <= i + self.recipient_gap and (doc[j].like_num or lowers[j] in self.quantity):
                j += 1
            if j < n and lowers[j] in self.recipients:
                out.append(i)
        return out

    def giver_subjects(self, doc: Doc, orgs, recipients: list[int] | None = None) -> tuple[int, int]:
        """Mentions of a company, bank or foundation followed (within the window, same sentence) by a verb of
        giving, building or handing over ("PT Adaro Indonesia meresmikan ...", "BTN membangun 150 jamban") or, s34,
        the agent of such a verb in the passive ("Jembatan itu dibangun PT Freeport Indonesia": ``passive_agent``,
        the same role told the other way round); and
        those followed by a verb of doing (giving, building, holding, renovating) whose sentence, after the
        organisation, names a recipient ("Pelindo merenovasi 20 rumah ... milik warga")."""
        recipients = self.recipient_tokens(doc) if recipients is None else recipients
        n = m = 0
        sents = doc.has_annotation("SENT_START")
        for o in orgs:
            if o.kind not in GIVER_KINDS:
                continue
            sp = doc.char_span(o.start, o.end, alignment_mode="expand")
            if sp is None:
                continue
            sent_start, sent_end = (sp.sent.start, sp.sent.end) if sents else (0, len(doc))
            verbs = {t.lower_ for t in doc[sp.end:min(sp.end + self.window, sent_end)]}
            n += bool(verbs & self.subject_verbs) or self.passive_agent(doc, sp, sent_start)
            m += bool(verbs & self.doing_verbs) and any(sp.end <= r < sent_end for r in recipients)
        return n, m


class LogisticGate:
    """One logistic regression (L2, full-batch gradient descent from zero: deterministic)."""

    def __init__(self, names: list[str], weights=None, bias: float = 0.0, threshold: float = 0.5):
        self.names = names
        self.w = [0.0] * len(names) if weights is None else [float(x) for x in weights]
        self.b = float(bias)
        self.threshold = threshold

    def fit(self, X, y, sample_weight=None, l2: float = 0.01, lr: float = 0.5, steps: int = 4000) -> "LogisticGate":
        import numpy as np

        X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
        sw = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        w, b, n = np.zeros(X.shape[1]), 0.0, sw.sum()
        for _ in range(steps):
            p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
            g = (p - y) * sw
            w -= lr * (X.T @ g / n + l2 * w)
            b -= lr * g.sum() / n
        self.w, self.b = [float(v) for v in w], float(b)
        return self

    def proba(self, x: list[float]) -> float:
        z = self.b + sum(a * b for a, b in zip(self.w, x))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def to_json(self) -> dict:
        return {"features": self.names, "weights": [round(v, 6) for v in self.w], "bias": round(self.b, 6),
                "threshold": self.threshold}

    @classmethod
    def from_json(cls, data: dict) -> "LogisticGate":
        return cls(data["features"], data["weights"], data["bias"], data["threshold"])


@lru_cache(maxsize=2)
def load_gate(path: str) -> LogisticGate | None:
    """The trained gate, or None when the file is absent (the gate then stays shut)."""
    file = Path(path)
    if not file.exists():
        return None
    return LogisticGate.from_json(json.loads(file.read_text(encoding="utf-8")))


class ProgrammeGate:
    def __init__(self, nlp: Language, rules: dict, path: Path | None = None):
        """``path``: the model; by default ``$WARTA_PROGRAMME_GATE`` when set (a path with no file keeps the gate
        shut: the trainer reads features so), else models/programme_gate.json."""
        path = path or Path(os.environ.get("WARTA_PROGRAMME_GATE") or MODEL_PATH)
        self.features = GateFeatures(nlp, rules)
        self.model = load_gate(str(path)) if path else None
        # a model may use a subset of the features (one trained before a feature was added, or with
        # ``train_gate --features``): its values are taken by name
        if self.model is not None and not set(self.model.names) <= set(self.features.names):
            raise ValueError(f"{path}: the programme gate was trained on other features; "
                             "re-train it (python -m extract.training.train_gate)")
        self.index = [self.features.names.index(n) for n in self.model.names] if self.model is not None else []

    def score(self, doc: Doc, orgs) -> float:
        """The model's probability that this article reports a programme."""
        values = self.features.vector(doc, orgs)
        return self.model.proba([values[i] for i in self.index])

    def opens(self, doc: Doc, orgs) -> bool:
        """Whether the model says this article (with no context word) reports a programme."""
        if self.model is None:
            return False
        return self.score(doc, orgs) >= self.model.threshold
