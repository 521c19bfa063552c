"""Near-duplicate stories: the same press release carried by several sites, with small edits.

Each article gets a fingerprint: the MinHash signature (datasketch) of its word 3-gram
shingles and the size of that shingle set. Two articles are the same story when the shorter
one's shingles are mostly found in the longer (containment, estimated from the signatures),
or, for an independent rewrite of one release, when they share a sum of money and still some
text. Candidates come from LSH band keys and fact keys, so a store of millions of articles is
searched through an index, never pairwise. The thresholds are data (rules/stories.toml); the
store keeps fingerprints and keys (extract/storage/store.py) and ingest assigns ``story_id`` and
``duplicate_of`` (extract/storage/ingest.py). docs/stories.md has the measured figures.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Protocol

import numpy as np

from rules import load_rules

_WORD = re.compile(r"\w+")
SCHEME = "affine32"  # datasketch 2's 32-bit hashing: values fit uint32, stable across versions


@lru_cache(maxsize=1)
def settings() -> dict:
    return load_rules("stories")


@lru_cache(maxsize=1)
def _permutations():
    from datasketch import MinHash

    cfg = settings()["minhash"]
    return MinHash(num_perm=cfg["num_perm"], seed=cfg["seed"], scheme=SCHEME).permutations


def shingles(text: str) -> set[bytes]:
    """Word n-grams of the normalised text (NFKC, lower case, words only)."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())
    k = settings()["shingles"]["size"]
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


@dataclass(frozen=True, slots=True)
class Fingerprint:
    signature: bytes  # num_perm uint32 MinHash values
    size: int         # number of distinct shingles

    def values(self) -> np.ndarray:
        return np.frombuffer(self.signature, dtype=np.uint32)


def fingerprint(text: str) -> Fingerprint:
    from datasketch import MinHash

    cfg = settings()["minhash"]
    grams = shingles(text)
    mh = MinHash(num_perm=cfg["num_perm"], seed=cfg["seed"], permutations=_permutations(), scheme=SCHEME)
    if grams:
        mh.update_batch(list(grams))
    return Fingerprint(mh.hashvalues.astype(np.uint32).tobytes(), len(grams))


def jaccard(a: Fingerprint, b: Fingerprint) -> float:
    if not a.size or not b.size:
        return 0.0
    return float(np.mean(a.values() == b.values()))


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Share of the smaller shingle set found in the larger: |A∩B| / min(|A|, |B|), from the
    Jaccard estimate J and the sizes (|A∩B| = J (|A| + |B|) / (1 + J))."""
    j = jaccard(a, b)
    if not j:
        return 0.0
    return min(1.0, j * (a.size + b.size) / ((1 + j) * min(a.size, b.size)))


def band_keys(fp: Fingerprint) -> list[str]:
    """LSH keys: one per band of rows; articles sharing any key are candidates."""
    cfg = settings()["minhash"]
    if not fp.size:
        return []
    v = fp.values()
    r = cfg["rows"]
    return [f"b{i}:" + hashlib.blake2b(v[i * r:(i + 1) * r].tobytes(), digest_size=8).hexdigest()
            for i in range(cfg["bands"])]


def fact_keys(record: dict) -> list[str]:
    """Keys for the facts a rewrite of one release keeps: each sum of money large enough to
    be specific (value and currency)."""
    floor = settings()["decide"]["fact_min_value"]
    keys = set()
    for amount in record.get("amounts") or []:
        value = amount.get("value")
        if isinstance(value, (int, float)) and value >= floor:
            keys.add(f"m:{amount.get('currency') or 'IDR'}:{round(float(value))}")
    return sorted(keys)


class StoryIndex(Protocol):
    """Where fingerprints live: the store (SQLite), or memory for one run."""

    def candidates(self, keys: Iterable[str]) -> list[tuple[str, str, str, Fingerprint, set[str]]]:
        """(source, story_id, first source of the story, fingerprint, keys shared) of the
        earlier articles that share any of ``keys``."""

    def add(self, source: str, story_id: str, duplicate_of: str | None, fp: Fingerprint,
            keys: Iterable[str], path: str = "") -> None: ...


@dataclass(frozen=True, slots=True)
class Story:
    story_id: str
    duplicate_of: str | None  # the first article of the story, when this one is a later copy
    similarity: float | None  # containment with it


def story_id_for(source: str) -> str:
    return "story-" + hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def decide(fp: Fingerprint, found) -> tuple[str, str, float] | None:
    """The story this article copies, if any: (its first article's source, story_id, containment
    with the closest earlier copy)."""
    cfg = settings()["decide"]
    best = None
    for _source, story_id, first, other, shared in found:
        c = containment(fp, other)
        need = cfg["with_fact"] if any(k.startswith("m:") for k in shared) else cfg["text"]
        if c >= need and (best is None or c > best[2]):
            best = (first, story_id, c)
    return best


def assign(index: StoryIndex, source: str, text: str, record: dict, path: str = "") -> Story:
    """This article's story: a later copy joins the story of the article it copies; otherwise
    it starts a story of its own. The index learns it either way."""
    fp = fingerprint(text)
    keys = band_keys(fp) + fact_keys(record)
    hit = decide(fp, [c for c in index.candidates(keys) if c[0] != source])
    if hit is None:
        story = Story(story_id_for(source), None, None)
    else:
        story = Story(hit[1], hit[0], round(hit[2], 3))
    index.add(source, story.story_id, story.duplicate_of, fp, keys, path)
    return story


class MemoryIndex:
    """A StoryIndex in memory (one run of ``warta extract``, tests and the bench)."""

    def __init__(self):
        self.by_key: dict[str, list[str]] = {}
        self.items: dict[str, tuple[str, str, Fingerprint]] = {}

    def candidates(self, keys):
        shared: dict[str, set[str]] = {}
        for k in keys:
            for source in self.by_key.get(k, ()):
                shared.setdefault(source, set()).add(k)
        return [(s, *self.items[s], ks) for s, ks in shared.items()]

    def add(self, source, story_id, duplicate_of, fp, keys, path=""):
        self.items[source] = (story_id, duplicate_of or source, fp)
        for k in keys:
            self.by_key.setdefault(k, []).append(source)
