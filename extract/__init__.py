"""warta's extraction library. The public API:

- ``extract_paths(paths)``: Records for files and folders, streaming, in a stable order.
- ``extract_texts(texts)``: a pandas DataFrame of records for a list of strings.
- ``evaluate(gold, pred)``: per-field precision/recall/F1, as the contract's scorer.
- ``read_store(db)``: the records of a SQLite store as a pandas DataFrame.
- ``extract.storage.ingest.ingest(paths, db)`` fills the store and ``extract.outputs.export.export(db, output)``
  writes it out (``warta.ingest``/``warta.export``; they live in their modules, since a package
  attribute named like a submodule is replaced when the submodule is imported).
- ``build_nlp()`` / ``get_nlp()``: the spaCy pipeline.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from extract.article import Article
from extract.evaluate import evaluate
from extract.record import RECORD_SCHEMA, Record

__all__ = ["Article", "Record", "RECORD_SCHEMA", "build_nlp", "get_nlp", "extract_articles",
           "extract_paths", "extract_texts", "evaluate", "read_store"]

_NLP = None
_NLP_KEY: tuple = ((), "spacy")


def build_nlp(ner: bool = True, gazetteers=(), backend: str = "spacy", org_model: bool = True):
    from extract.pipeline import build_nlp as _build

    return _build(ner=ner, gazetteers=gazetteers, backend=backend, org_model=org_model)


def get_nlp(gazetteers=(), backend: str = "spacy"):
    """The pipeline, built once per process (again when other gazetteers or a backend are asked for)."""
    global _NLP, _NLP_KEY
    key = (tuple(str(g) for g in gazetteers), backend)
    if _NLP is None or key != _NLP_KEY:
        _NLP, _NLP_KEY = build_nlp(gazetteers=key[0], backend=backend), key
    return _NLP


def extract_articles(articles: Iterable[Article], nlp=None, *, workers: int = 1,
                     time_budget: float | None = None, batch_size: int | None = None,
                     gazetteers=(), backend: str = "spacy") -> Iterator[Record]:
    """Records for the articles, in input order, streaming.

    ``workers > 1`` runs a pool of processes, each building the pipeline (with
    ``gazetteers`` and ``backend``) once; ``time_budget`` is the seconds an article may
    take before it gets an error record.
    """
    from functools import partial

    from extract.engines import engine
    from extract.version import EXTRACTOR_VERSION

    budget = engine.DEFAULT_TIME_BUDGET if time_budget is None else time_budget
    size = batch_size or engine.BATCH_SIZE
    gazetteers = tuple(str(g) for g in gazetteers)
    if workers > 1 and nlp is None:
        build = partial(build_nlp, gazetteers=gazetteers, backend=backend)
        return engine.run_pool(build, articles, EXTRACTOR_VERSION, workers, size, budget)
    return engine.run_local(nlp or get_nlp(gazetteers, backend), articles, EXTRACTOR_VERSION, size, budget)


def extract_paths(paths: Iterable[str | Path], *, workers: int = 1, time_budget: float | None = None,
                  **read_options) -> Iterator[Record]:
    """Records for every article in the given files and folders (see ``extract.inputs.sources.read_paths``)."""
    from extract.inputs.sources import read_paths

    return extract_articles(read_paths(paths, **read_options), workers=workers, time_budget=time_budget)


def extract_texts(texts: Iterable[str], ids: Iterable[str] | None = None):
    """A DataFrame, one row per text, with the record's fields as columns (lists stay lists)."""
    import pandas as pd

    from extract.inputs.sources import articles_from_texts

    return pd.DataFrame([r.to_dict() for r in extract_articles(articles_from_texts(texts, ids))])



def read_store(db, **filters):
    """The store's records as a pandas DataFrame (lists stay lists); filters: ``since``,
    ``organizations``, ``locations`` (see ``extract.outputs.export.filter_records``)."""
    from extract.outputs.export import read_store as _read

    return _read(db, **filters)
