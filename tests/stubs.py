"""A fast stand-in for the spaCy pipeline, for ingest tests (also run in subprocesses).

``StubExtractor`` makes one record per article with one organisation (the
article's first word, with exact evidence), counts what it was asked to do, can
be slowed down per article, and fails on any article containing ``RUSAK``.
"""
from __future__ import annotations

import re
import time

from extract.article import Article
from extract.record import Record, build_record, error_record

FAIL_MARK = "RUSAK"


class StubExtractor:
    def __init__(self, version: str = "stub-1", delay: float = 0.0):
        self.version, self.delay = version, delay
        self.calls = 0
        self.seen: list[str] = []  # sources, in the order extracted

    def __call__(self, articles: list[Article]) -> list[Record]:
        self.calls += 1
        out = []
        for a in articles:
            time.sleep(self.delay)
            self.seen.append(a.source)
            if FAIL_MARK in a.text:
                out.append(error_record(a, "extraction failed: ValueError: stub", self.version))
                continue
            rec = build_record(a, None, self.version)
            m = re.search(r"\S+", a.text)
            rec.organizations = [{"name": m.group(), "aliases": [], "kind": None, "role": "giver",
                                  "role_cue": None, "role_sentence": None, "confidence": 0.5,
                                  "evidence": [{"text": m.group(), "start": m.start(), "end": m.end(),
                                                "sentence": a.text[:80]}]}]
            out.append(rec)
        return out


def failing_build():
    """A pipeline build that fails, as a worker's would with a broken model."""
    raise RuntimeError("model NER rusak")


def pid_build():
    """A 'pipeline' that only says which process built it (for WorkerPool.start)."""
    import os

    return os.getpid()


def big_result(size: int) -> bytes:
    """A result larger than a pipe's buffer: the worker spends a while writing it to the result pipe."""
    return b"x" * size
