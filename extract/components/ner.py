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

from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"
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
    """The trained ``ner`` on warta's own lean Indonesian language.

    ``spacy.load`` would first build spaCy's full Indonesian tokenizer (15,963 special
    cases, ~3 s or more); the NER needs none of it. Only the component's config, weights
    and the label strings are read (a safe load: spaCy's own msgpack/JSON, no pickle)."""
    from spacy import util

    from extract.components.language import make_language
    from extract.engines.matmul_ops import use_matmul_ops

    folder = Path(path)
    config = util.load_config(folder / "config.cfg", interpolate=True)
    names = [n for n in config["nlp"]["pipeline"] if n in ("tok2vec", "ner")]
    nlp = make_language()
    nlp.vocab.strings.from_disk(folder / "vocab" / "strings.json")
    for name in names:
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        pipe = nlp.add_pipe(factory, name=name, config=settings).from_disk(folder / name, exclude=["vocab"])
        use_matmul_ops(pipe.model)  # OpenBLAS matrix products: ~1 ms less per article (extract/engines/matmul_ops.py)
    return nlp


def load_ner() -> Language | None:
    """The trained pipeline to source ``ner`` from (loaded once per process), or None."""
    path = ner_path()
    return _load(str(path)) if path else None
