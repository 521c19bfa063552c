"""Row types of the phrase tables that check organisation names and roles on written clauses, and the roles check."""
from __future__ import annotations

from typing import NamedTuple


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
