"""The unit of work: one article's text with where it came from."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Article:
    """One article as read from a source.

    ``text`` is exactly the text every evidence offset in the record points into.
    A source that cannot be read still yields an Article, with ``error`` set and
    an empty text, so that every input is accounted for in the output.
    """

    doc_id: str
    text: str
    source: str = ""
    title: str | None = None
    published: str | None = None  # ISO date from metadata, if the source gives one
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
