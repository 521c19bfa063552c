"""warta's extraction library. The public API:

- ``extract_paths(paths)``: Records for files and folders, streaming, in a stable order.
- ``extract_texts(texts)``: a pandas DataFrame of records for a list of strings.
- ``evaluate(gold, pred)``: per-field precision/recall/F1, as the contract's scorer.
- ``build_nlp()`` / ``get_nlp()``: the spaCy pipeline.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from extract.article import Article
from extract.evaluate import evaluate
from extract.record import RECORD_SCHEMA, Record

__all__ = ["Article", "Record", "RECORD_SCHEMA", "build_nlp", "get_nlp", "extract_articles",
           "extract_paths", "extract_texts", "evaluate"]

_NLP = None
_NLP_KEY: tuple = ((), "spacy")


def build_nlp(ner: bool = True, gazetteers=(), backend: str = "spacy"):
    from extract.pipeline import build_nlp as _build

    return _build(ner=ner, gazetteers=gazetteers, backend=backend)


def get_nlp(gazetteers=(), backend: str = "spacy"):
    """The pipeline, built once per process (again when other gazetteers or a backend are asked for)."""
    global _NLP, _NLP_KEY
    key = (tuple(str(g) for g in gazetteers), backend)
    if _NLP is None or key != _NLP_KEY:
        _NLP, _NLP_KEY = build_nlp(gazetteers=key[0], backend=backend), key
    return _NLP


def extract_articles(articles: Iterable[Article], nlp=None) -> Iterator[Record]:
    from extract.engine import run_local
    from extract.pipeline import EXTRACTOR_VERSION

    return run_local(nlp or get_nlp(), articles, EXTRACTOR_VERSION)


def extract_paths(paths: Iterable[str | Path], **read_options) -> Iterator[Record]:
    """Records for every article in the given files and folders."""
    from extract.sources import read_paths

    return extract_articles(read_paths(paths, **read_options))


def extract_texts(texts: Iterable[str], ids: Iterable[str] | None = None):
    """A DataFrame, one row per text, with the record's fields as columns (lists stay lists)."""
    import pandas as pd

    from extract.sources import articles_from_texts

    return pd.DataFrame([r.to_dict() for r in extract_articles(articles_from_texts(texts, ids))])
