"""warta for notebooks: ``import warta; warta.extract_texts([...])``.

A thin facade over the ``extract`` package; see its docstring for the API.
"""
from extract import (RECORD_SCHEMA, Article, Record, build_nlp, evaluate, extract_articles,  # noqa: F401
                     extract_paths, extract_texts, get_nlp, read_store)
from extract.outputs.export import export  # noqa: F401
from extract.storage.ingest import ingest  # noqa: F401
from extract.version import EXTRACTOR_VERSION as __version__  # noqa: F401
