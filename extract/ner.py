"""The statistical NER shipped with warta, if present.

``load_ner()`` returns the path of a trained spaCy pipeline holding a self-contained
``ner`` component (labels PER/ORG/LOC), or None when there is none, so the pipeline
still runs on rules alone. The model lives in ``models/ner`` (built by the NER training
command); the ``WARTA_NER_MODEL`` environment variable points at another one, and when it
points at no model (``WARTA_NER_MODEL=/nonexistent``) the pipeline runs on rules alone, even where
``models/ner`` holds one: an explicit choice is never silently replaced.
Nothing is downloaded: a missing model means rules-only.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
ENV_VAR = "WARTA_NER_MODEL"


def ner_path() -> Path | None:
    """Where the trained NER is: $WARTA_NER_MODEL when set (None if it holds no model), else
    models/ner (None if absent)."""
    override = os.environ.get(ENV_VAR)
    candidate = Path(override) if override else MODEL_DIR
    if (candidate / "meta.json").exists() and (candidate / "ner").is_dir():
        return candidate
    return None


@lru_cache(maxsize=4)
def _load(path: str) -> Language:
    return spacy.load(path)


def load_ner() -> Language | None:
    """The trained pipeline to source ``ner`` from (loaded once per process), or None."""
    path = ner_path()
    return _load(str(path)) if path else None
