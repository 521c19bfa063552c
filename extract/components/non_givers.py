"""Non-givers: drop a giver that gives nothing in the article (rules/non_givers.toml).

Runs after the rules' roles and the learned role model. Two classes (docs/negatives_s29.md):

- a body only asked for: every mention is the object of a demand or a formation ("mendesak Pemkot segera
  membentuk Forum TSP", "meminta Forum TJSL Kukar mengumumkan ..."): a body still to be formed, or asked
  to act, hands nothing over;
- a host of a meeting or payer of dividends: the cue that made it the giver takes a meeting or a dividend
  as its object ("PT Bukit Asam Tbk (PTBA) menggelar RUPST", "TPID ... menggelar rapat koordinasi").

A dropped giver leaves the article; when no giver is left, no organisation is kept (as in roles.py: the
bodies named only sit, speak or budget).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.doctext import doc_text
from rules import load_rules

_WORD = r"[\w.\-]+"


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class NonGivers:
    def __init__(self, rules: dict):
        asked, hosting = rules["asked"], rules["hosting"]
        gap = rf"(?:{_WORD}\s+){{0,{int(asked['gap'])}}}"
        self.asked_before = re.compile(rf"(?i)\b(?:{_alternatives(asked['before'])})\s+{gap}$")
        self.asked_after = re.compile(rf"(?i)^\s*(?:{_alternatives(asked['after'])})\b")
        hgap = rf"(?:{_WORD}\s+){{0,{int(hosting['gap'])}}}"
        self.hosting_verbs = {v.lower() for v in hosting["verbs"]}
        self.hosting = re.compile(rf"(?i)\b(?:{_alternatives(hosting['verbs'])})\s+{hgap}"
                                  rf"(?:{_alternatives(hosting['objects'])})\b")

    @staticmethod
    def topic_acronyms(mentions, text: str) -> set[str]:
        """Acronyms in brackets inside the body's name that abbreviate its topic, not the body: the TSP of
        "Forum Tanggung Jawab Sosial Perusahaan (TSP)" does not begin with the head's letter; a bare "TSP"
        or "CSR" elsewhere names the topic ("peraturan daerah tentang TSP", "dana CSR")."""
        name = max((text[m.start:m.end] for m in mentions), key=len)
        head = name[:1].upper()
        return {a for a in re.findall(r"\(([^()]+)\)", name) if not a.upper().startswith(head)}

    def asked(self, text: str, mentions) -> bool:
        """Every mention of the body itself sits as the object of a demand or formation."""
        topics = self.topic_acronyms(mentions, text)
        mentions = [m for m in mentions if text[m.start:m.end].strip() not in topics]
        if not mentions:
            return False
        for m in mentions:
            line_start = max(text.rfind("\n", 0, m.start), text.rfind(". ", 0, m.start)) + 1
            before = text[max(line_start, m.start - 60):m.start]
            after = text[m.end:m.end + 30]
            if not (self.asked_before.search(before) or self.asked_after.search(after)):
                return False
        return True

    def hosts(self, mention) -> bool:
        """The giver's cue is a meeting or a dividend verb, and its sentence says so."""
        cue = (mention.role_cue or "").lower()
        return cue in self.hosting_verbs and bool(self.hosting.search(mention.role_sentence or ""))

    def __call__(self, doc: Doc) -> Doc:
        orgs = doc._.organizations or []
        fixed = doc._.get("org_fixed_roles") or {}  # a role the analyst's gazetteer sets wins
        givers = {o.entity for o in orgs if o.role == "giver"}
        if not givers:
            return doc
        text = doc_text(doc)
        by_entity: dict[str, list] = {}
        for o in orgs:
            by_entity.setdefault(o.entity, []).append(o)
        dropped = {e for e in givers - set(fixed) if self.asked(text, by_entity[e]) or any(self.hosts(m) for m in by_entity[e])}
        if not dropped:
            return doc
        if dropped == givers:
            doc._.organizations = []
            return doc
        doc._.organizations = [o for o in orgs if o.entity not in dropped]
        return doc


@Language.factory("warta_non_givers", assigns=["doc._.organizations"], requires=["doc._.organizations"])
def make_non_givers(nlp: Language, name: str) -> NonGivers:
    return NonGivers(load_rules("non_givers"))
