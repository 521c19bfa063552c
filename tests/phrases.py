"""Row types of the phrase tables that check organisation names and roles on written clauses, the roles check, and
the places read around a programme span set by hand."""
from __future__ import annotations

from contextlib import contextmanager
from typing import NamedTuple

from spacy.tokens import Doc


class Names(NamedTuple):
    text: str
    names: list[str]  # the organisation mentions, in order


class Roles(NamedTuple):
    text: str
    givers: list[str]
    partners: list[str]


def assert_roles(nlp, text: str, givers: list[str], partners: list[str]) -> None:
    """The givers and the partners the pipeline finds in ``text``, each name once in order of first mention."""
    orgs = nlp(text)._.organizations
    assert list(dict.fromkeys(o.name for o in orgs if o.role == "giver")) == givers
    assert list(dict.fromkeys(o.name for o in orgs if o.role == "partner")) == partners


@contextmanager
def programs_extension():
    """``Doc._.programs`` for a test that sets programme spans by hand (warta_programs registers it when the pipeline
    has that component); removed again afterwards if the test made it."""
    made = not Doc.has_extension("programs")
    if made:
        Doc.set_extension("programs", default=None)
    try:
        yield
    finally:
        if made:
            Doc.remove_extension("programs")


def places_around_programme(nlp, text: str, programme: str) -> list[str]:
    """The places warta_locations reads in ``text`` when the first ``programme`` in it is a programme span."""
    with programs_extension():
        doc = nlp(text)
        start = text.index(programme)
        doc._.programs = [doc.char_span(start, start + len(programme))]
        nlp.get_pipe("warta_locations")(doc)
        return [p.text for p in doc._.locations]
