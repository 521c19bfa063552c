"""Engines decide where ``nlp.pipe`` runs. The batch function is shared by all of them:
``process_batch(nlp, articles) -> records``, in article order."""
from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extract.article import Article
from extract.record import Record, build_record, error_record

BATCH_SIZE = 32


def _doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.article_date = article.published
    return doc


def process_batch(nlp: Language, articles: list[Article], version: str) -> list[Record]:
    """Records for a batch, in order. Unreadable articles pass through with their error;
    an article that makes a component fail gets an error record and the others go on."""
    good = [a for a in articles if a.error is None]
    docs: dict[int, Doc | Exception] = {}
    try:
        for a, doc in zip(good, nlp.pipe(_doc(nlp, a) for a in good)):
            docs[id(a)] = doc
    except Exception:  # noqa: BLE001 - isolate the article that failed
        docs = {}
        for a in good:
            try:
                docs[id(a)] = nlp(_doc(nlp, a))
            except Exception as err:  # noqa: BLE001
                docs[id(a)] = err
    out = []
    for a in articles:
        got = docs.get(id(a))
        if a.error is not None:
            out.append(build_record(a, None, version))
        elif isinstance(got, Exception):
            out.append(error_record(a, f"extraction failed: {type(got).__name__}: {got}", version))
        else:
            out.append(build_record(a, got, version))
    return out


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_local(nlp: Language, articles: Iterable[Article], version: str,
              batch_size: int = BATCH_SIZE) -> Iterator[Record]:
    """In this process, streaming: memory holds one batch at a time."""
    for batch in batched(articles, batch_size):
        yield from process_batch(nlp, batch, version)
