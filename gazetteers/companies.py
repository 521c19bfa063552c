"""The organisation gazetteer: warta's lists (companies.csv, banks.csv, organizations.csv) merged with
the analyst's own lists (``--gazetteer FILE``).

Every list is a CSV file with ``#`` comment lines and a header. Columns (only ``name`` is required):

- ``id``: a stable key; default: the name, normalised
- ``name``: the full name
- ``aliases``: other forms, separated by ``|``; a form starting with ``~`` is reported as an alias but
  never matched on its own in text (too ambiguous: ``~Mandiri``)
- ``kind``: company, bank, bpd, bumn, government, mass_org, ... (free text)
- ``parent``: the id of a parent organisation
- ``role``: ``giver`` or ``partner`` fixes the role of the organisation in every article (user lists)
- ``code``, ``source``: kept for review, not used

A user list entry with the same id (or a name or alias already known) extends our entry: its aliases
are added and its role wins.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from gazetteers import GAZETTEER_DIR

OUR_LISTS = ("companies.csv", "banks.csv", "organizations.csv")
ROLES = ("giver", "partner")
COLUMNS = {"id", "code", "name", "aliases", "kind", "parent", "role", "source"}
# Legal-form words dropped when names are compared (as the record contract's scorer does).
LEGAL = {"pt", "tbk", "persero", "cv", "ud", "perum", "ltd", "inc"}


class GazetteerError(ValueError):
    """A gazetteer file is malformed; the message names the file and the line."""


_PUNCTUATION = re.compile(r"[^\w\s]")


@lru_cache(maxsize=65_536)
def norm_name(text: str) -> str:
    """A name as a comparison key: lower case, no punctuation, no legal-form words. Cached per process: the
    organisations, roles and entities steps ask it about the same names, mention after mention (20,000 calls on
    the 678 articles of corpus-dev and corpus/), and each costs a Unicode normalisation and a regex.

    >>> norm_name("PT. Semen Indonesia (Persero) Tbk.")
    'semen indonesia'
    >>> norm_name("Bank Maluku –Malut")
    'bank maluku malut'
    """
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    text = _PUNCTUATION.sub(" ", text)
    return " ".join(w for w in text.split() if w not in LEGAL)


@dataclass
class Entry:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)  # every known form except name
    matchable: list[str] = field(default_factory=list)  # forms safe to look for in text (name included)
    kind: str | None = None
    parent: str | None = None
    role: str | None = None
    source: str = ""

    @property
    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


def _first_word(text: str) -> str:
    """The first word of a name as written, legal words skipped ("PT Bumi Sawit" -> "Bumi")."""
    text = re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKC", text))
    return next((w for w in text.split() if w.lower() not in LEGAL), "")


class Gazetteer:
    """Entries by id, and an index from normalised form to id."""

    def __init__(self, entries: Iterable[Entry] = ()):
        self.entries: dict[str, Entry] = {}
        self.index: dict[str, str] = {}
        self.match_index: dict[str, str] = {}  # normalised forms that may be matched in text
        self.caps_only: set[str] = set()  # one-word keys matchable only as written in capitals ("BUMI")
        for e in entries:
            self.add(e)

    def add(self, entry: Entry) -> None:
        known = self.entries.get(entry.id) or next(
            (self.entries[self.index[k]] for k in map(norm_name, entry.forms) if k in self.index), None)
        if known is None:
            self.entries[entry.id] = entry
            target = entry
        else:  # extend ours with the user's forms and role
            target = known
            for form in entry.forms:
                if form not in target.forms:
                    target.aliases.append(form)
            target.matchable += [f for f in entry.matchable if f not in target.matchable]
            target.role = entry.role or target.role
            target.kind = target.kind or entry.kind
        for form in target.forms:
            self.index.setdefault(norm_name(form), target.id)
        for form in target.matchable:
            self.match_index.setdefault(norm_name(form), target.id)
        for key in {norm_name(f) for f in target.matchable}:
            written = [f for f in target.matchable if norm_name(f) == key]
            if len(key.split()) == 1 and all(f.strip().isupper() for f in written):
                self.caps_only.add(key)
            else:
                self.caps_only.discard(key)

    def lookup(self, text: str) -> Entry | None:
        """The entry whose name or alias equals ``text`` once normalised."""
        eid = self.index.get(norm_name(text))
        return self.entries[eid] if eid else None

    def lookup_prefix(self, text: str) -> Entry | None:
        """The entry whose name or alias equals ``text``, or its longest matchable form that ``text``
        starts with: a unit or branch of a known organisation (``Bank Sumut Pusat``, ``BRI Kanwil Medan``).

        A form of one word is used only if that word does not end the name (``Pertamina RU IV``)."""
        key = norm_name(text)
        if key in self.index:
            return self.entries[self.index[key]]
        words = key.split()
        for k in range(len(words) - 1, 0, -1):
            eid = self.match_index.get(" ".join(words[:k]))
            if eid:
                if k == 1 and words[0] in self.caps_only and not _first_word(text).isupper():
                    continue  # a ticker ("BUMI") is not the word "Bumi" of "PT Bumi Sawit Kencana"
                return self.entries[eid]
        return None

    def __len__(self) -> int:
        return len(self.entries)


def _rows(path: Path) -> Iterable[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row; comment and blank lines skipped."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as err:
        raise GazetteerError(f"{path}: cannot read: {err.strerror or err}") from err
    with fh:
        lines = [(n, line) for n, line in enumerate(fh, 1) if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise GazetteerError(f"{path}: empty: expected a header line such as 'name,aliases,kind,role'")
    try:
        parsed = list(csv.reader([line for _, line in lines]))
    except csv.Error as err:
        raise GazetteerError(f"{path}: {err}") from err
    header_no, header = lines[0][0], [h.strip().lower() for h in parsed[0]]
    unknown = [h for h in header if h not in COLUMNS]
    if "name" not in header or unknown:
        what = f"unknown column(s) {', '.join(map(repr, unknown))}" if unknown else "no 'name' column"
        raise GazetteerError(f"{path}:{header_no}: bad header: {what}; columns are {', '.join(sorted(COLUMNS))}")
    for (lineno, _), cells in zip(lines[1:], parsed[1:]):
        if len(cells) > len(header):
            raise GazetteerError(f"{path}:{lineno}: {len(cells)} fields, the header has {len(header)} "
                                 f"(quote a name that holds a comma)")
        cells += [""] * (len(header) - len(cells))  # trailing empty columns may be left out
        yield lineno, {h: c.strip() for h, c in zip(header, cells)}


def read_gazetteer(path: str | Path) -> list[Entry]:
    """The entries of one CSV list; a malformed file raises GazetteerError naming the line."""
    path = Path(path)
    out = []
    for lineno, row in _rows(path):
        name = row.get("name", "")
        if not name:
            raise GazetteerError(f"{path}:{lineno}: empty name")
        role = row.get("role") or None
        if role is not None and role not in ROLES:
            raise GazetteerError(f"{path}:{lineno}: role {role!r} is not one of {', '.join(ROLES)}")
        forms = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
        aliases = [a.lstrip("~").strip() for a in forms]
        matchable = [name] + [a for a in forms if not a.startswith("~")]
        eid = row.get("id") or norm_name(name)
        out.append(Entry(eid, name, aliases, matchable, row.get("kind") or None, row.get("parent") or None,
                         role, row.get("source", "")))
    return out


@lru_cache(maxsize=8)
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """Our lists merged with the given user lists (paths), cached per process."""
    entries = [e for name in OUR_LISTS for e in read_gazetteer(GAZETTEER_DIR / name)]
    for path in extra:
        entries += read_gazetteer(path)
    return Gazetteer(entries)


def check_gazetteers(paths: Iterable[str | Path]) -> None:
    """Read each user list once, so a malformed file fails before any article is read."""
    for path in paths:
        read_gazetteer(path)
