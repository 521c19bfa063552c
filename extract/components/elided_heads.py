"""A head word shared by coordinated names: "Kantor Camat Lhoknga dan Leupung" is two offices, "Kantor Camat
Lhoknga" and "Kantor Camat Leupung"; "Puskesmas Sungai Ambawang dan Rasau Jaya" two health centres.

Indonesian elides the head of the second of two coordinated noun phrases (the head is said once, the names that
follow it are coordinated), so the second name stands bare after "dan" or a comma. This module restores the head
for the heads in rules/organizations.toml ``[elided_heads]``: bodies named after the district they serve, whose
names are therefore district names. The names on both sides must be districts (kecamatan) or regencies that the
region gazetteer knows, which keeps out "Dinas Koperasi dan UKM" (one body whose name holds a "dan") and a village
name that is also a common word.

The restored name keeps the offsets of the written words of the second name ("Leupung"): that is where the
text names it.
"""
from __future__ import annotations

from functools import lru_cache

from gazetteers.regions import compact, load_place_index

LEVELS = frozenset({"kecamatan"})


@lru_cache(maxsize=4096)
def district(name: str, levels: frozenset[str] = LEVELS) -> bool:
    """Whether the region gazetteer knows ``name`` at one of ``levels`` (a district, kecamatan, by default): the
    level these bodies serve."""
    index = load_place_index()
    return any(index.describe(c)["level"] in levels for c in index.codes(compact(name)))


_BY_FIRST: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _by_first(heads: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``heads`` by their first word, longest first, built once per tuple of heads (kept by identity: the callers
    pass the same tuples, read from the rules once)."""
    got = _BY_FIRST.get(id(heads))
    if got is None or got[0] is not heads:
        index: dict[str, list[tuple[str, ...]]] = {}
        for h in heads:
            if h:
                index.setdefault(h[0], []).append(h)
        got = _BY_FIRST[id(heads)] = (heads, {w: tuple(sorted(hs, key=len, reverse=True)) for w, hs in index.items()})
    return got[1]


def head_length(words: list[str], start: int, heads: tuple[tuple[str, ...], ...]) -> int:
    """Tokens of the longest elided-head word that opens at ``start`` (0 when none does). Only the heads whose first
    word is the word at ``start`` are compared (every head opens with its first word)."""
    if not 0 <= start < len(words):
        return 0
    for h in _by_first(heads).get(words[start], ()):
        if tuple(words[start:start + len(h)]) == h:
            return len(h)
    return 0


def place_run(words: list[str], i: int, end: int, cues: frozenset[str] = frozenset(),
              levels: frozenset[str] = LEVELS) -> int:
    """End of the longest district name (at most three capitalised words) that opens at token i, or i. A place
    cue word opens none ("Kota Dumai" after a comma is where the body is, not a second one)."""
    if i < len(words) and words[i] in cues:
        return i
    for j in (i + 3, i + 2, i + 1):
        if j <= end and all(w[:1].isupper() for w in words[i:j]) and district(" ".join(words[i:j]), levels):
            return j
    return i


def split_shared_heads(words: list[str], spans: list[tuple[int, int]], n: int,
                       heads: tuple[tuple[str, ...], ...], links: frozenset[str], closers: frozenset[str],
                       cues: frozenset[str] = frozenset(),
                       head_levels: dict[tuple[str, ...], frozenset[str]] | None = None) -> list[tuple[int, int, int, int]]:
    """For every span (start, end) that opens with a head of ``heads`` and names a district, the coordinated
    districts after it, written inside the span (the name ran on through "dan") or right after it. ``head_levels``:
    the place levels a head's names may have besides kecamatan (a city's puskesmas serves a kelurahan).

    A list joined by commas must close with a word of ``closers`` ("A, B, dan C"); a comma alone is an apposition
    ("Puskesmas Lhoknga, Aceh Besar"). Returns (span index, new end of that span, start, end of each further
    name), one tuple per further name; the span's own new end repeats in every tuple of it."""
    out = []
    for si, (s, e) in enumerate(spans):
        h = head_length(words, s, heads)
        if not h:
            continue
        levels = (head_levels or {}).get(tuple(words[s:s + h]), LEVELS)
        first_end = place_run(words, s + h, e, cues, levels)
        if first_end == s + h or (first_end < n and words[first_end][:1].isupper()):
            continue  # the name after the head is no district ("Puskesmas Tanjung Enim"): nothing to share
        names, i, closed = [], first_end, False
        while i < n and words[i] in links:
            k = i + 1 if words[i] != "," or i + 1 >= n or words[i + 1] not in closers else i + 2  # "A, B, dan C"
            j = place_run(words, k, n, cues, levels)
            if j == k:
                break
            names.append((k, j))
            closed = words[k - 1] in closers
            i = j
            if closed:
                break
        if not names or not closed or e > i:
            continue  # the span goes on past the coordinated districts: another kind of name
        for a, b in names:
            out.append((si, first_end, a, b))
    return out


def split_named_lists(words: list[str], spans: list[tuple[int, int]], n: int,
                      heads: tuple[tuple[str, ...], ...], closers: frozenset[str], stops,
                      max_words: int = 3, people=None) -> list[tuple[int, int, int, int]]:
    """The same ellipsis for bodies with a proper name of their own ("Posyandu Sekar Arum, Nusa Indah, Srikandi, dan
    Bougenville": five posyandu). Only a comma list closed by a word of ``closers`` counts ("A, B, dan C", three
    names at least): a comma alone is an apposition ("Posyandu Mawar, Desa Pangkah"); "A dan B" is read by
    ``split_named_pairs``. Every further name is one to ``max_words`` capitalised words; ``stops(i, j)`` says the
    words i..j are something else (a place, a place cue, another body's head), which keeps the list out.
    ``people(s, names)`` says the names are people: "Ketua KWT Sri Rejeki, Siti Aminah, Budi dan Rahmat" is the
    group's officers (a title before the body, its holders in apposition after it). Returns tuples as
    ``split_shared_heads`` does (the span's own end is unchanged)."""
    out = []
    starts = {s for s, _ in spans}
    for si, (s, e) in enumerate(spans):
        if not head_length(words, s, heads) or e >= n or words[e] != ",":
            continue
        names, i, closed = [], e, False
        while i < n and words[i] in (",",) + tuple(closers) and not closed:
            k = i + 1
            if words[i] == "," and k < n and words[k] in closers:
                k += 1
            closed = words[k - 1] in closers
            j = capitalised_run(words, k, n, closers, max_words)
            if j == k or (j < n and words[j][:1].isupper()) or k in starts or stops(k, j):
                names = []
                break
            names.append((k, j))
            i = j
        if not closed or len(names) < 2 or (people is not None and people(s, names)):
            continue
        for a, b in names:
            out.append((si, e, a, b))
    return out


def capitalised_run(words: list[str], i: int, end: int, closers: frozenset[str], max_words: int) -> int:
    """End of the run of at most ``max_words`` capitalised words that opens at token i (no closer among them), or i."""
    j = i
    while j < end and j - i < max_words and words[j][:1].isupper() and words[j] not in closers:
        j += 1
    return j


def split_named_pairs(words: list[str], spans: list[tuple[int, int]], n: int,
                      heads: tuple[tuple[str, ...], ...], closers: frozenset[str], stops, people=None,
                      max_words: int = 3, qualities: frozenset[str] = frozenset()) -> list[tuple[int, int, int, int]]:
    """Two names after one head joined by "dan"/"serta" with no comma: "Posyandu Melati dan Mawar" is two posyandu,
    "KWT Mekar Sari dan Melati Indah" two groups (the same ellipsis as ``split_named_lists``). The pair may be read
    as one span (the name ran on through "dan") or the span may stop before "dan". Each name is one to ``max_words``
    capitalised words and the second ends the run of capitalised words; ``stops`` keeps out a place, a place cue,
    another body's head or words that are no name ("Posyandu Melati dan Puskesmas Oesapa" is two bodies already,
    "KWT Sri Rejeki dan Ketua ..." no pair), ``people`` a person after a titled body ("Ketua KWT Mekar Sari dan
    Budi Santoso": then the span only ends before "dan", and start and end are None); ``qualities``: one word each
    side, both of them words of quality, is one name ("Kelompok Tani Maju dan Berkembang"). Returns tuples as
    ``split_shared_heads`` does: (span index, new end of the span, start, end)."""
    out = []
    starts = {s for s, _ in spans}
    for si, (s, e) in enumerate(spans):
        h = head_length(words, s, heads)
        if not h or e - s - h < 1:
            continue
        inner = [m for m in range(s + h + 1, e - 1) if words[m] in closers]
        if inner:
            if len(inner) > 1:
                continue
            m, a = inner[0], inner[0] + 1
            b = e
        elif e + 1 < n and words[e] in closers and e + 1 not in starts:
            m, a = e, e + 1
            b = capitalised_run(words, a, n, closers, max_words)
        else:
            continue
        if capitalised_run(words, s + h, m, closers, max_words) != m:
            continue  # the first name: one to three capitalised words
        if m - (s + h) == 1 and words[m - 1] in qualities and words[a] in qualities and (a + 1 >= n or (
                not words[a + 1][:1].isupper() and not words[a + 1][:1].isdigit())):
            continue  # "Kelompok Tani Maju dan Berkembang": two words of quality are one name (``qualities``)
        if b == a or b - a > max_words or capitalised_run(words, a, b, closers, max_words) != b \
                or (b < n and words[b][:1].isupper()) or stops(a, b):
            continue
        if (len(words[a]) > 1 and words[a].isupper()) or any(a <= st < b for st in starts):
            continue  # "Kelompok Tani Sumber Rejeki dan LPPM Universitas Riau": an acronym or a body read there
        if people is not None and people(s, [(a, b)]):
            if inner:
                out.append((si, m, None, None))  # the body's name ends before the person ("Ketua KWT A dan Budi")
            continue
        out.append((si, m, a, b))
    return out


def split_numbered_lists(words: list[str], spans: list[tuple[int, int]],
                         heads: tuple[tuple[str, ...], ...], closers: frozenset[str]) -> list[tuple[int, list[int], int, int]]:
    """Numbered schools with the head said once and the place said once: "SD Negeri 1, 2 dan 3 Tianyar" is three
    schools, SD Negeri 1, 2 and 3 of Tianyar. A bare number is never a name of its own, so a number after a
    numbered head's number, in a list closed by "dan"/"serta", is another school of that head; the capitalised words
    after the last number name the place of all of them. Returns (span index, token of each number, start and end
    of the shared place words) for every span of ``heads`` read that way."""
    out = []
    for si, (s, e) in enumerate(spans):
        h = head_length(words, s, heads)
        i = s + h
        if not h or i >= e or not words[i].isdigit():
            continue
        nums, i, closed = [i], i + 1, False
        while i < e and (words[i] == "," or words[i] in closers) and not closed:
            if words[i] == "," and i + 1 < e and words[i + 1] in closers:
                i += 1
            closed = words[i] in closers
            i += 1
            if i >= e or not words[i].isdigit():
                nums = []
                break
            nums.append(i)
            i += 1
        if not closed or len(nums) < 2 or not all(w[:1].isupper() for w in words[i:e]):
            continue
        out.append((si, nums, i, e))
    return out
