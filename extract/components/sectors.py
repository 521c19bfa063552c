"""Sectors: what the reported programme serves, as labels from the contract's fixed list of eight.

A small classifier decides: one logistic regression per label (numpy, weights in
models/sectors/model.json) over features read with warta's own tokenizer and sentencizer: per label,
the sentences holding its cue words (rules/sectors.toml) and, per cue word, the sentences holding it;
so it learns which cue words count for which label from the fit part's gold
(``python -m extract.training.train_sectors``, see docs/sectors.md). spaCy's ``textcat_multilabel`` (bag of
words) was tried first and lost to the keyword baseline on this little data (docs/sectors.md). Each label given carries the
classifier's probability as its confidence and, as evidence, the cue sentences that decided it.

Without the model (``models/sectors`` absent) the keyword baseline decides: a label with at
least ``min_cues`` cue sentences. The component also ties sums of money to a sector where the
text does (``bidang pendidikan Rp7,2 miliar``): ``doc._.amount_sectors`` maps an amount's
offsets to its label, and the record builder adds ``sector`` to that amount.

Articles with no giver (``doc._.organizations`` has none) report no programme, hence no sector.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.beneficiaries import has_giver
from extract.components.doctext import doc_text, lower_words, token_table
from extract.components.scan import related_lines
from rules import load_rules

LABELS = ("pendidikan", "kesehatan", "lingkungan", "ekonomi", "infrastruktur", "bencana", "sosial", "budaya")
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "sectors"
MAX_EVIDENCE = 3  # sentences kept as evidence per label

for _name in ("sectors", "amount_sectors"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class SectorCues:
    """The cue words of rules/sectors.toml, looked up token by token (lower case; a trailing "-nya" or
    "nya" and a reduplication are read as the bare word): one pass over the Doc's tokens."""

    def __init__(self, rules: dict):
        self.phrases: dict[str, set[str]] = {}
        for label, cues in rules["cues"].items():
            for c in cues:
                self.phrases.setdefault(" ".join(c.lower().split()), set()).add(label)
        self.longest = max(len(p.split()) for p in self.phrases)
        self.starts: dict[str, int] = {}  # first word of a phrase -> its longest phrase, in words
        for p in self.phrases:
            first, n = p.split()[0], len(p.split())
            self.starts[first] = max(self.starts.get(first, 0), n)
        # phrases whose words are no cue: organisation names and CSR boilerplate ("Bank Pembangunan Daerah",
        # "tanggung jawab sosial"); they consume their tokens, so no shorter cue is read inside them
        self.blocks = {" ".join(p.lower().split()) for p in rules.get("not_cues", [])}
        for p in self.blocks:
            first, n = p.split()[0], len(p.split())
            self.starts[first] = max(self.starts.get(first, 0), n)
        # a Title Case word right after one of these is a street name ("Jalan Rahadi Usman"): no cue
        self.address_heads = set(rules.get("address_heads", []))
        # related-story lines ("Baca juga: ..."): another story's words, no evidence for this one
        related = rules.get("related_lines", [])
        self.related = related_lines(related) if related else None
        self._words: dict[str, str] = {}
        self.aid_words = {w.lower() for w in rules["aid_words"]}
        self.patterns = {label: re.compile(  # for the short text around a sum (tie_amounts)
            r"(?<![^\W\d_])(?:" + "|".join(re.escape(c.strip()) for c in sorted(cues, key=len, reverse=True)) + r")",
            re.I) for label, cues in rules["cues"].items()}
        # what the classifier sees beyond the base features (SectorFeatures; cross-validated in bench/sectors_variants.py)
        self.groups = frozenset(rules.get("feature_groups", []))
        # words of saying and quotation marks (lower case): a sentence with one is someone speaking (``narrative``)
        self.speech = {w.lower() for w in rules.get("speech_words", [])} | set(rules.get("quote_marks", []))
        # label -> the words that only say who the people are (rules/sectors.toml [who_only]; ``who_vetoed``)
        self.who_only = {label: frozenset(" ".join(w.lower().split()) for w in words)
                         for label, words in rules.get("who_only", {}).items()}
        self.who_only_below = float(rules.get("who_only_below", 1.0))
        # label -> (words of preserving, their objects, predicates, window): a stated aim (rules/sectors.toml [aims])
        self.aims = {label: (frozenset(a["verbs"]), frozenset(a["objects"]),
                             [tuple(p.split()) for p in a.get("predicates", [])], int(a.get("predicate_window", 0)))
                     for label, a in rules.get("aims", {}).items()}
        self.threshold = float(rules["threshold"])
        self.min_cues = int(rules["min_cues"])
        tie = rules["tied"]
        self.window = int(tie["window"])
        self.tie_words = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, tie["words"])) + r")\s", re.I)

    def word(self, lower: str) -> str:
        got = self._words.get(lower)
        if got is None:
            got = self._word(lower)
            if len(self._words) < 100_000:  # a bounded cache: hostile input cannot grow it without end
                self._words[lower] = got
        return got

    @staticmethod
    def _word(lower: str) -> str:
        if "-" in lower:
            head, _, tail = lower.partition("-")
            lower = head if tail in ("nya", head) or tail.startswith(head[:3]) else lower
        return lower[:-3] if lower.endswith("nya") and len(lower) > 6 else lower

    def scan(self, doc: Doc) -> "Scan":
        """Every cue phrase in the Doc with its sentence, and the sentences that speak of giving."""
        matches, aid, quoted = [], set(), set()
        t = token_table(doc)  # no Span per sentence, no Token per cue
        sents = t.sentences()
        if "lines" in self.groups:  # a variant of bench/sectors_variants.py: line breaks end sentences too
            sents = [(s.start, s.end) for s in split_lines(doc, [doc[a:b] for a, b in sents])]
        bounds = [(t.idx[a], t.idx[b - 1] + len(t.text[b - 1])) if b > a else (0, 0) for a, b in sents]
        cache, word, starts, phrases, aid_words = self._words, self.word, self.starts, self.phrases, self.aid_words
        words = [cache.get(w) or word(w) for w in lower_words(doc)]
        skip = self.skipped_tokens(doc)
        blocks, heads = self.blocks, self.address_heads
        speech = self.speech if "narrative" in self.groups else ()
        for i, (sent_start, end) in enumerate(sents):
            # after_block: the token after a blocked phrase ("Bank Pembangunan Daerah"); none inside it is read
            after_block = sent_start
            for k in range(sent_start, end):
                if k < after_block or (skip and k in skip):
                    continue
                w = words[k]
                if w in aid_words:
                    aid.add(i)
                if w in speech:
                    quoted.add(i)
                longest = starts.get(w)
                if not longest:
                    continue
                for n in range(min(longest, end - k), 0, -1):
                    phrase = w if n == 1 else " ".join(words[k:k + n])
                    if phrase in blocks:
                        after_block = k + n
                        break
                    if phrase in phrases:
                        if t.text[k] in heads and k + n < end and doc[k + n].is_title:
                            break  # a street name
                        matches.append((t.idx[k], t.idx[k + n - 1] + len(t.text[k + n - 1]), phrase, i))
                        break
        aims = self.stated_aims(t, sents, words, self.skipped_tokens(doc, related_lines())) if self.aims else None
        return Scan(bounds, matches, aid, self, quoted, aims)

    def stated_aims(self, t, sents, words: list[str], skip: set[int]) -> dict[str, list[tuple[int, int, int]]]:
        """label -> [(start, end, sentence index)] of its stated aims (rules/sectors.toml [aims]): a word of
        preserving followed by one of the label's objects ("melestarikan motif-motif sasirangan"), or an object a
        few words before a lower-case predicate ("motifnya tetap lestari"). Related-story lines ("Baca juga: ...",
        rules/lines.toml) are not read: another story's aim is none of this one's."""
        out: dict[str, list[tuple[int, int, int]]] = {}
        for label, (verbs, objects, predicates, window) in self.aims.items():
            for i, (a, b) in enumerate(sents):
                for k in range(a, b):
                    if skip and k in skip:
                        continue
                    if words[k] in verbs:
                        nxt = next((j for j in range(k + 1, min(k + 3, b)) if any(c.isalnum() for c in t.text[j])), None)
                        if nxt is not None and words[nxt] in objects:
                            out.setdefault(label, []).append((t.idx[k], t.idx[nxt] + len(t.text[nxt]), i))
                    for pred in predicates:
                        n = len(pred)
                        if tuple(words[k:k + n]) == pred and all(t.text[j].islower() for j in range(k, k + n)):
                            obj = next((j for j in range(k - 1, max(a, k - window) - 1, -1) if words[j] in objects),
                                       None)
                            if obj is not None:
                                out.setdefault(label, []).append((t.idx[obj], t.idx[k + n - 1] + len(t.text[k + n - 1]), i))
        return out

    def who_vetoed(self, given: dict[str, float], scan: "Scan") -> set[str]:
        """The labels of ``given`` (label -> probability) to drop: a label given below ``who_only_below`` whose every
        cue phrase in the text is one of its ``who_only`` words (the recipients' trade: `nelayan`, `petani`), when
        another label of ``given`` stays. A label the classifier gives with no cue at all is kept."""
        if len(given) < 2 or not self.who_only:
            return set()
        found: dict[str, set[str]] = {}
        for _, _, phrase, _ in scan.matches:
            for label in self.phrases[phrase]:
                found.setdefault(label, set()).add(phrase)
        out = {label for label, p in given.items() if label in self.who_only and p < self.who_only_below
               and found.get(label) and found[label] <= self.who_only[label]}
        return out if len(out) < len(given) else set()

    def skipped_tokens(self, doc: Doc, pattern: re.Pattern | None = None) -> set[int]:
        """Indices of the tokens on related-story lines (``pattern``: the sectors' own switch by default)."""
        pattern = pattern or self.related
        if pattern is None:
            return set()
        text = doc_text(doc)
        spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in pattern.finditer(text)]
        return {k for span in spans if span is not None for k in range(span.start, span.end)}

    def hits(self, scan: "Scan") -> dict[str, list[tuple[int, int, int]]]:
        """label -> [(start, end, sentence index)]: one hit per sentence and label (the first)."""
        out: dict[str, list[tuple[int, int, int]]] = {}
        seen = set()
        for start, end, phrase, i in scan.matches:
            for label in self.phrases[phrase]:
                if (label, i) not in seen:
                    seen.add((label, i))
                    out.setdefault(label, []).append((start, end, i))
        return out


@dataclass
class Scan:
    bounds: list[tuple[int, int]]
    matches: list[tuple[int, int, str, int]]  # start, end, cue phrase, sentence index
    aid: set[int]
    cues: SectorCues
    quoted: set[int] = frozenset()  # sentences with a quotation mark or a word of saying (an official speaking)
    aims: dict | None = None  # label -> [(start, end, sentence index)]: stated aims (SectorCues.stated_aims)

    @property
    def hits(self) -> dict[str, list[tuple[int, int, int]]]:
        return self.cues.hits(self)


class SectorFeatures:
    """The classifier's input: per label, how many sentences hold one of its cues (log), whether the
    title does, the share of sentences, and how many cue sentences also speak of giving (log); per
    cue word, how many sentences hold it (log). Optional groups (rules/sectors.toml ``feature_groups``):
    ``lead`` per label, cue sentences among the first LEAD sentences (log); ``narrative`` per label, cue
    sentences with no quotation mark and no word of saying (log): the reporter's own account, not an
    official's aside; ``dominance`` per label, its cue sentences over those of the label with most;
    ``alone`` per label, cue sentences holding no cue of another label (log); ``first`` how early its first cue
    sentence comes (1 at the top, towards 0 at the end, 0 without one); ``programme`` (round s30) per label, cue
    sentences that also speak of giving and are told, not said (log): the programme's own sentences weighed above
    an official's aside and the background (the spoken test is ``narrative``'s, so it needs that group);
    ``lines`` (a scan option) ends a sentence at a line break too, so a headline is a sentence of its own."""

    LEAD = 3

    def __init__(self, cues: SectorCues, rules: dict):
        self.cues = cues
        groups = cues.groups
        self.extra = [g for g in ("lead", "narrative", "dominance", "alone", "first", "programme") if g in groups]
        self.names = ([f"{label}:sentences" for label in LABELS] + [f"{label}:title" for label in LABELS]
                      + [f"{label}:share" for label in LABELS] + [f"{label}:aid" for label in LABELS]
                      + [f"{label}:{g}" for g in self.extra for label in LABELS]
                      + [f"cue:{w}" for w in sorted(cues.phrases)])
        self.index = {n: i for i, n in enumerate(self.names)}

    def vector(self, scan: Scan, hits: dict[str, list]) -> "np.ndarray":
        import numpy as np

        x = [0.0] * len(self.names)
        n = max(len(scan.bounds), 1)
        index = self.index
        for label in LABELS:
            found = hits.get(label) or ()
            x[index[f"{label}:sentences"]] = math.log1p(len(found))
            x[index[f"{label}:title"]] = float(any(i == 0 for _, _, i in found))
            x[index[f"{label}:share"]] = len(found) / n
            x[index[f"{label}:aid"]] = math.log1p(sum(1 for _, _, i in found if i in scan.aid))
        if self.extra:
            most = max((len(v) for v in hits.values()), default=0)
            per_sent: dict[int, int] = {}
            if "alone" in self.extra:
                for found in hits.values():
                    for _, _, i in found:
                        per_sent[i] = per_sent.get(i, 0) + 1
            for label in LABELS:
                found = hits.get(label) or ()
                if "lead" in self.extra:
                    x[index[f"{label}:lead"]] = math.log1p(sum(1 for _, _, i in found if i < self.LEAD))
                if "narrative" in self.extra:
                    x[index[f"{label}:narrative"]] = math.log1p(sum(1 for _, _, i in found if i not in scan.quoted))
                if "dominance" in self.extra:
                    x[index[f"{label}:dominance"]] = len(found) / most if most else 0.0
                if "alone" in self.extra:
                    x[index[f"{label}:alone"]] = math.log1p(sum(1 for _, _, i in found if per_sent[i] == 1))
                if "first" in self.extra:
                    x[index[f"{label}:first"]] = 1.0 - min(i for _, _, i in found) / n if found else 0.0
                if "programme" in self.extra:
                    x[index[f"{label}:programme"]] = math.log1p(
                        sum(1 for _, _, i in found if i in scan.aid and i not in scan.quoted))
        per_word: dict[str, set[int]] = {}
        for _, _, phrase, i in scan.matches:
            per_word.setdefault(phrase, set()).add(i)
        for w, sents in per_word.items():
            x[index[f"cue:{w}"]] = math.log1p(len(sents))
        return np.asarray(x)


class LogisticSectors:
    """One logistic regression per label over SectorFeatures (L2, full-batch gradient descent:
    deterministic, no random start). A label in an article's optional gold is masked out of the loss."""

    def __init__(self, names: list[str], weights=None, bias=None):
        import numpy as np

        self.names = names
        self.W = np.zeros((len(LABELS), len(names))) if weights is None else np.asarray(weights, dtype=float)
        self.b = np.zeros(len(LABELS)) if bias is None else np.asarray(bias, dtype=float)

    def fit(self, X, Y, M, l2: float = 0.05, lr: float = 0.5, steps: int = 3000) -> "LogisticSectors":
        """X: articles x features; Y: articles x labels (0/1); M: 1 where the label counts."""
        import numpy as np

        n = max(len(X), 1)
        for _ in range(steps):
            P = 1.0 / (1.0 + np.exp(-(X @ self.W.T + self.b)))
            G = (P - Y) * M
            self.W -= lr * (G.T @ X / n + l2 * self.W)
            self.b -= lr * G.sum(axis=0) / n
        return self

    def proba(self, x) -> dict[str, float]:
        import numpy as np

        p = 1.0 / (1.0 + np.exp(-(self.W @ x + self.b)))
        return {label: float(v) for label, v in zip(LABELS, p)}

    def to_json(self) -> dict:
        return {"labels": list(LABELS), "features": self.names, "weights": [[round(float(w), 6) for w in row] for row in self.W],
                "bias": [round(float(b), 6) for b in self.b]}

    @classmethod
    def from_json(cls, data: dict) -> "LogisticSectors":
        if tuple(data["labels"]) != LABELS:
            raise ValueError("sector model labels differ from the contract's eight")
        return cls(data["features"], data["weights"], data["bias"])


@lru_cache(maxsize=2)
def load_model(path: str) -> LogisticSectors | None:
    """The trained model (plain JSON weights), or None when the file is absent."""
    file = Path(path) / "model.json"
    if not file.exists():
        return None
    return LogisticSectors.from_json(json.loads(file.read_text(encoding="utf-8")))


class SectorClassifier:
    def __init__(self, rules: dict, model_dir: str | None):
        self.cues = SectorCues(rules)
        self.features = SectorFeatures(self.cues, rules)
        self.model = load_model(model_dir) if model_dir else None
        if self.model is not None and self.model.names != self.features.names:
            raise ValueError(f"{model_dir}: the sector model was trained on other cue words than rules/sectors.toml; "
                             "re-train it (python -m extract.training.train_sectors)")

    def scores(self, scan: Scan, hits: dict[str, list]) -> dict[str, float]:
        """label -> probability (the model), or the keyword baseline's 0/1 without a model."""
        if self.model is None:
            return {label: float(len(hits.get(label, ())) >= self.cues.min_cues) for label in LABELS}
        return self.model.proba(self.features.vector(scan, hits))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc._.sectors = self.decide(text, self.cues.scan(doc)) if has_giver(doc) else []
        doc._.amount_sectors = self.tie_amounts(text, doc._.amounts or [])
        return doc

    def decide(self, text: str, scan: Scan) -> list[dict]:
        out = []
        hits, bounds = scan.hits, scan.bounds
        scores = self.scores(scan, hits)
        vetoed = self.cues.who_vetoed({label: p for label, p in scores.items() if p >= self.cues.threshold}, scan)
        for label, p in sorted(scores.items(), key=lambda kv: -kv[1]):
            if p < self.cues.threshold or label in vetoed:
                continue
            found = hits.get(label) or []
            evidence = [{"text": text[s:e], "start": s, "end": e, "sentence": text[slice(*bounds[i])].strip()}
                        for s, e, i in found[:MAX_EVIDENCE]]
            if not evidence:  # the classifier alone: the article's first sentence stands as evidence
                s, e = bounds[0]
                evidence = [{"text": text[s:e].strip(), "start": s, "end": e, "sentence": text[s:e].strip()}]
            out.append({"label": label, "cues": sorted({ev["text"].lower() for ev in evidence if found}),
                        "confidence": round(p, 3), "evidence": evidence})
        given = {o["label"] for o in out}
        for label, found in (scan.aims or {}).items():  # a stated aim the classifier left below its bar
            if label in given:
                continue
            evidence = [{"text": text[s:e], "start": s, "end": e, "sentence": text[slice(*bounds[i])].strip()}
                        for s, e, i in found[:MAX_EVIDENCE]]
            out.append({"label": label, "cues": sorted({ev["text"].lower() for ev in evidence}),
                        "confidence": round(scores.get(label, 0.0), 3), "evidence": evidence})
        return out

    def tie_amounts(self, text: str, amounts: list) -> dict[tuple[int, int], str]:
        """Sums the text ties to a sector: a tie word ("bidang", "untuk") followed closely by a sector
        cue, either in the ``window`` characters before the sum ("bidang pendidikan Rp7,2 miliar") or
        right after it ("Rp50 juta untuk pembangunan jembatan"); never across another sum or a
        sentence end."""
        out: dict[tuple[int, int], str] = {}
        spans = sorted((a.start, a.end) for a in amounts)
        starts = [s for s, _ in spans]
        for a in amounts:
            k = bisect_left(starts, a.start)  # the sums just before and after this one bound its window
            prev_end = max((e for _, e in spans[max(k - 3, 0):k] if e <= a.start), default=0)
            next_start = min((s for s, _ in spans[k:k + 3] if s >= a.end), default=len(text))
            lo = max(0, a.start - self.cues.window, prev_end)
            hi = min(a.end + self.cues.window, next_start)
            before = _clip_left(text[lo:a.start])
            after = _clip_right(text[a.end:hi])
            label = self.tied_label(before, last=True) or self.tied_label(after[:40], last=False)
            if label:
                out[(a.start, a.end)] = label
        return out

    def tied_label(self, chunk: str, last: bool) -> str | None:
        ties = list(self.cues.tie_words.finditer(chunk))
        if not ties:
            return None
        tie = ties[-1] if last else ties[0]
        best = None
        for label, pat in self.cues.patterns.items():
            m = pat.search(chunk, tie.end())
            if m and m.start() - tie.end() <= 25 and (best is None or m.start() < best[0]):
                best = (m.start(), label)
        return best[1] if best else None


def split_lines(doc: Doc, sents: list) -> list:
    """The sentences, each cut again after a token holding a line break (a headline or caption line with
    no full stop is then a sentence of its own)."""
    out = []
    for sent in sents:
        start = sent.start
        for k in range(sent.start, sent.end):
            if "\n" in doc[k].text or doc[k].whitespace_ == "\n":
                if k + 1 > start:
                    out.append(doc[start:k + 1])
                start = k + 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    return out or sents


def _clip_left(chunk: str) -> str:
    """The part of ``chunk`` after its last sentence end."""
    cut = max(chunk.rfind(". "), chunk.rfind("\n"))
    return chunk[cut + 1:] if cut >= 0 else chunk


def _clip_right(chunk: str) -> str:
    """The part of ``chunk`` before its first sentence end."""
    ends = [i for i in (chunk.find(". "), chunk.find("\n")) if i >= 0]
    return chunk[:min(ends)] if ends else chunk


@Language.factory("warta_sectors", assigns=["doc._.sectors", "doc._.amount_sectors"],
                  requires=["doc._.organizations", "doc._.amounts"],
                  default_config={"rules": "sectors", "model": None})
def make_sector_classifier(nlp: Language, name: str, rules: str, model: str | None) -> SectorClassifier:
    """``model``: a trained sectors folder; default models/sectors when present, else the keyword baseline."""
    return SectorClassifier(load_rules(rules), model or str(MODEL_DIR))


def tag_amounts(amounts: list[dict], doc: Doc) -> None:
    """Add ``sector`` to each record amount whose evidence the text ties to a sector."""
    tied = doc._.amount_sectors or {}
    for value in amounts:
        labels = [tied.get((ev["start"], ev["end"])) for ev in value.get("evidence") or []]
        value["sector"] = next((x for x in labels if x), None)
