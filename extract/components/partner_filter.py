"""The learned partner filter: keep or drop each organisation the rules call a partner.

A binary logistic regression over the role model's features of each partner candidate
(extract/components/org_model.py ``Featurizer``: head word, kind, case and shape of the name, words before
and after each mention, the partner cue that made it, position, list membership, NER label, gazetteer)
gives P(keep); a partner below the model's threshold is dropped from ``doc._.organizations`` (it stays on
``doc._.organizations_all``). Givers are never touched. Trained and measured leave-one-batch-out by
``python -m extract.training.partner_filter_cv`` (docs/partner_filter.md); the model is plain data
(``models/partner_filter.json``: one weight per feature, a bias and the threshold).

The component is off unless the setting turns it on (``WARTA_PARTNER_FILTER=1`` or
``build_nlp(partner_filter=True)``): see docs/partner_filter.md for why.
"""
from __future__ import annotations

import dataclasses
import json
import math
import os
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.org_model import Featurizer

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "partner_filter.json"
ENV_VAR = "WARTA_PARTNER_FILTER"  # "1"/"on": the shipped model; a path: that model; unset/"0": off

if not Doc.has_extension("partner_keep_probs"):  # entity -> P(keep), for inspection
    Doc.set_extension("partner_keep_probs", default=None)


def setting(on: bool | None = None) -> Path | None:
    """The model file the setting asks for, or None (the filter is off). ``on`` overrides the environment
    (True: the shipped model, False: off)."""
    value = os.environ.get(ENV_VAR, "").strip() if on is None else ("1" if on else "0")
    if value.lower() in ("", "0", "off", "false", "no"):
        return None
    path = MODEL_PATH if value.lower() in ("1", "on", "true", "yes") else Path(value)
    return path if path.is_file() else None


@dataclasses.dataclass
class PartnerFilterModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict

    @classmethod
    def from_dict(cls, data: dict) -> "PartnerFilterModel":
        return cls(data["weights"], data["bias"], data["threshold"], data.get("meta", {}))

    def to_dict(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold, "meta": self.meta,
                "weights": dict(sorted(self.weights.items()))}

    def keep_prob(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_model(path: str) -> PartnerFilterModel:
    with open(path, encoding="utf-8") as fh:
        return PartnerFilterModel.from_dict(json.load(fh))


@Language.factory("warta_partner_filter", assigns=["doc._.organizations"], requires=["doc._.organizations"],
                  default_config={"path": None})
def make_partner_filter(nlp: Language, name: str, path: str | None) -> "PartnerFilter":
    return PartnerFilter(nlp, load_model(path or str(MODEL_PATH)))


class PartnerFilter:
    def __init__(self, nlp: Language, model: PartnerFilterModel):
        self.model = model
        self.featurize = Featurizer(nlp)

    def __call__(self, doc: Doc) -> Doc:
        orgs = doc._.organizations or []
        if self.model.threshold <= 0.0 or not any(o.role == "partner" for o in orgs):
            return doc
        fixed = doc._.get("org_fixed_roles") or {}  # a role the analyst's gazetteer sets stands
        feats = self.featurize(doc)
        probs = {e: self.model.keep_prob(f) for e, f in feats.items()
                 if any(o.entity == e and o.role == "partner" for o in orgs)}
        doc._.partner_keep_probs = probs
        drop = {e for e, p in probs.items() if p < self.model.threshold and e not in fixed}
        if drop:
            doc._.organizations = [o for o in orgs if not (o.role == "partner" and o.entity in drop)]
        return doc
