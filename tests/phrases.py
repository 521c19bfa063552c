"""Row types of the phrase tables that check organisation names and roles on written clauses."""
from __future__ import annotations

from typing import NamedTuple


class Names(NamedTuple):
    text: str
    names: list[str]  # the organisation mentions, in order


class Roles(NamedTuple):
    text: str
    givers: list[str]
    partners: list[str]
