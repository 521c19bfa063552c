"""Alias resolution: mentions of one organisation in an article become one entity.

Two mentions are one entity when (in order of evidence):

- the gazetteer knows both as forms of one entry (``PT SIG`` and ``Semen Indonesia``), or one as a unit
  of the other (``Pertamina RU IV Cilacap`` starts with ``Pertamina``);
- one is an acronym the other defines in parentheses (``Perusahaan Gas Negara (PGN)``), or the name
  written with its acronym in place of the words it stands for (``Pertamina RU IV Cilacap`` for
  ``Pertamina Refinery Unit (RU) IV Cilacap``);
- their normalised names are equal, or one is the only longer name that starts or ends with the other
  (``Hutama Karya`` / ``PT Hutama Karya (Persero)``; ``Dinas Koperasi dan UMKM`` / ``... Batubara``);
- they are near spellings of each other (rapidfuzz ratio >= NEAR, ``Pasific`` / ``Pacific``).

An entity is reported under its fullest written name, with every written form, its acronyms and the
gazetteer's forms as aliases.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from extract.components.gov_bodies import body_ties, region_cues
from extract.components.values import Org
from gazetteers.companies import Gazetteer
from gazetteers.companies import norm_name  # cached per process

NEAR = 92  # rapidfuzz ratio for two spellings of one name
NEAR_MIN_CHARS = 8  # shorter names must match exactly


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int
    end: int
    kind: str | None
    source: str
    entry: str | None = None  # gazetteer id
    acronyms: tuple[str, ...] = ()
    in_title: bool = False
    headed: bool = False  # opens with a head word or chapter level: a full form
    written: str | None = None  # the words at start:end when the name restores a shared head ("Leupung")


class _Sets:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)



def acronym_forms(text: str, acronyms: tuple[str, ...]) -> list[str]:
    """Other ways to write a name that holds ``(ACR)``: with the acronym in place of the words it
    stands for, and without the parentheses.

    >>> acronym_forms("PT Pertamina Refinery Unit (RU) IV Cilacap", ("RU",))
    ['PT Pertamina RU IV Cilacap', 'PT Pertamina Refinery Unit IV Cilacap']
    >>> acronym_forms("Majelis Desa Adat (MDA) Provinsi Bali", ("MDA",))
    ['MDA Provinsi Bali', 'Majelis Desa Adat Provinsi Bali']
    """
    out = []
    for acr in acronyms:
        m = _paren_span(text, acr)
        if not m:
            continue
        before, after = text[:m[0]].rstrip(), text[m[1]:].strip()
        words = before.split()
        letters = [c for c in acr.lower() if c.isalpha()]
        for k in range(1, len(words) + 1):
            initials = [w[0].lower() for w in words[-k:] if w.lower() not in {"dan", "&", "-"} and w[0].isalpha()]
            if initials == letters[:len(initials)] and len(initials) == len(letters):
                out.append(" ".join(words[:-k] + [acr] + ([after] if after else [])))
                break
        else:  # a short form that is no string of initials ("Perusahaan Umum Daerah Air Minum (Perumda PDAM)
            if after:  # Bandarmasih", "PT Penjaminan Kredit Daerah (Jamkrida) NTT"): it stands for the whole name
                out.append(f"{acr} {after}")
        out.append(" ".join([before] + ([after] if after else [])))
    return out


def _paren_span(text: str, acr: str) -> tuple[int, int] | None:
    """(start, end) of the first ``(ACR)`` in ``text``, spaces allowed inside the parentheses: what
    ``re.search(r"\\(\\s*" + re.escape(acr) + r"\\s*\\)", text)`` finds, without compiling a pattern
    per acronym (about 0.3 ms each, and unseen articles bring new acronyms)."""
    if not acr or acr[0].isspace() or acr[-1].isspace():  # the scan below assumes none: ask the regex
        m = re.search(r"\(\s*" + re.escape(acr) + r"\s*\)", text)
        return m.span() if m else None
    n = len(text)
    p = text.find("(")
    while p >= 0:
        j = p + 1
        while j < n and text[j].isspace():  # \s is str.isspace in a str pattern
            j += 1
        if text.startswith(acr, j):
            k = j + len(acr)
            while k < n and text[k].isspace():
                k += 1
            if k < n and text[k] == ")":
                return p, k + 1
        p = text.find("(", p + 1)
    return None


def _prefix(a: str, b: str) -> bool:
    return b.startswith(a + " ")


def _suffix(a: str, b: str) -> bool:
    return b.endswith(" " + a)


def resolve(cands: list[Candidate], gaz: Gazetteer) -> tuple[list[Org], dict[str, str]]:
    """Org mentions (role partner for now), one entity id per organisation; and the roles fixed by
    user gazetteers, by entity id."""
    n = len(cands)
    if not n:
        return [], {}
    sets = _Sets(n)
    keys = [norm_name(c.text) for c in cands]
    forms = [acronym_forms(c.text, c.acronyms) for c in cands]  # read again by _entities
    variants = [[norm_name(v) for v in f] for f in forms]
    variants = [vs + [x for v in (k, *vs) for x in _spelling_variants(v)] for vs, k in zip(variants, keys)]
    variants = [vs + _region_variants(k, c.kind) for vs, k, c in zip(variants, keys, cands)]
    entries = [c.entry or _gazetteer_id(c, k, gaz) for c, k in zip(cands, keys)]
    regions = _regions(cands, entries, gaz)
    by_entry: dict[tuple[str, str | None], int] = {}
    by_key: dict[str, int] = {}
    for i in range(n):
        if entries[i]:
            if (entries[i], regions[i]) in by_entry:
                sets.union(i, by_entry[entries[i], regions[i]])
            by_entry.setdefault((entries[i], regions[i]), i)
        for k in [keys[i], *variants[i]] + [norm_name(a) for a in cands[i].acronyms]:
            if k in by_key and _compatible(entries[i], entries[by_key[k]]):
                sets.union(i, by_key[k])
            by_key.setdefault(k, i)
    _join_bare_mentions(cands, entries, regions, sets)
    # a short name that starts or ends exactly one longer name
    names = sorted(set(by_key), key=len)
    for short in names:
        if len(short.split()) < 2 and not _parent_of(short, names, by_key, entries, gaz) \
                and not _legal_short(cands[by_key[short]]):
            continue
        longer = {sets.find(by_key[k]) for k in names if (_prefix(short, k) or _suffix(short, k))
                  and not _own_body(cands[by_key[short]].kind, cands[by_key[k]].kind)
                  and not _owned_body(short, k, cands[by_key[short]], cands[by_key[k]])}
        longer.discard(sets.find(by_key[short]))
        if len(longer) > 1:  # "Dinas Pertanian" beside "Dinas Pertanian Provinsi Gorontalo" and "... Kabupaten Boalemo"
            longer = _last_named_body(cands, keys, sets, short, longer)
        if len(longer) == 1:
            target = longer.pop()
            if _compatible(entries[by_key[short]], entries[target]):
                sets.union(by_key[short], target)
    _join_short_group_names(cands, keys, sets, entries)
    # a government body's short form and its full name in the same region ("DPMD Sigi")
    for i, j in body_ties([c.text for c in cands], [c.kind for c in cands]):
        if _compatible(entries[i], entries[j]):
            sets.union(i, j)
    # near spellings
    for i, a in enumerate(names):
        if len(a) < NEAR_MIN_CHARS:
            continue
        for b in names[i + 1:]:
            if len(b) - len(a) > len(a) // 4:
                break
            if _near(a, b) and _compatible(entries[by_key[a]], entries[by_key[b]]):
                sets.union(by_key[a], by_key[b])
    # a company's initials after its legal word ("PT SI" for "PT Semen Indonesia" in the same article): an acronym
    # formed from the capitalised words of exactly one company named in full is that company
    for i, c in enumerate(cands):
        m = _LEGAL_INITIALS.fullmatch(c.text.strip())
        if not m or _company_kind(c.kind) not in COMPANY_KINDS:
            continue
        hits = {sets.find(j) for j, d in enumerate(cands) if j != i and _company_kind(d.kind) in COMPANY_KINDS
                and _initials(d.text) == m.group(1)}
        found = _the_one_target(i, hits, sets, entries)
        if found is None:
            continue
        own = found[1]
        alone = entries[i] is not None and all(entries[j] != entries[i] for j in range(n) if j != i)
        if not _compatible(entries[i], own) and alone:
            entries[i] = own  # "PT BSI" beside "PT Bumi Suksesindo": not the gazetteer's unrelated BSI
        _join_the_one(i, found, sets, entries)
    _join_acronym_regions(cands, sets, entries)
    return _entities(cands, sets, entries, gaz, forms, regions)


_ACRONYM_REGION = re.compile(r"([A-Z]{2,6})\s+([A-Z][\w ]*)")


def _region_key(text: str) -> tuple[str, ...]:
    """A region as written, its press short form read out ("Kalbar" -> "kalimantan barat"), cue words left out."""
    key = norm_name(text)
    cues = region_cues()  # gazetteers/government_bodies.toml: the words that open a region
    full = _region_short_forms().get(key, (key,))
    return tuple(" ".join(w for w in f.split() if w not in cues) for f in full)


def _join_acronym_regions(cands, sets, entries) -> None:
    """A body's initials and the rest of its name ("Ketua DAD Kalbar", "KTH Muria Lestari", "DPRD Kukar") with the one
    body the article names in full whose first words spell the initials and whose other words are that rest, a
    region's press short form read out ("Dewan Adat Dayak Kalimantan Barat", "Kelompok Tani Hutan Muria Lestari"): the
    press writes a chapter or a group again by its acronym, often with the region's short form (docs/names_s29.md)."""
    words_of = None  # each candidate's words, brackets left out: built once, and only when an acronym form is there
    for i, c in enumerate(cands):
        m = _ACRONYM_REGION.fullmatch(c.text.strip())
        if not m:
            continue
        if words_of is None:
            words_of = [re.sub(r"\([^)]*\)", " ", d.text).split() for d in cands]
        acr, regions = m.group(1), set(_region_key(m.group(2)))
        hits = set()
        for j, words in enumerate(words_of):
            k = len(acr)
            if j == i or len(words) <= k or not all(w[:1].isupper() for w in words[:k]) \
                    or "".join(w[0] for w in words[:k]) != acr:
                continue
            if set(_region_key(" ".join(words[k:]))) & regions:
                hits.add(sets.find(j))
        _join_the_one(i, _the_one_target(i, hits, sets, entries), sets, entries)


def _last_named_body(cands, keys, sets, short: str, longer: set[int]) -> set[int]:
    """A government head written without its region ("Dinas Pertanian", "Dinas PUPR") where the article names two
    or more regional bodies that start with it: a definite re-mention of a body already named, never a body of its
    own (as a gazetteer body without its region joins the regional one, ``_join_bare_mentions``). It joins the body
    of those named last before its first mention (the first of them when none is). Only where every mention involved
    is a government body and the short name is the start of each longer one; else nothing is joined."""
    mine = [i for i, k in enumerate(keys) if k == short]
    if not mine or any(cands[i].kind != "government" for i in mine):
        return set()
    first = min(cands[i].start for i in mine)
    others = [i for i, k in enumerate(keys) if sets.find(i) in longer]
    if any(cands[i].kind != "government" or not _prefix(short, keys[i]) for i in others):
        return set()
    before = [i for i in others if cands[i].start < first]
    pick = max(before, key=lambda i: cands[i].start) if before else min(others, key=lambda i: cands[i].start)
    return {sets.find(pick)}


_LEGAL_INITIALS = re.compile(r"(?:PT|PT\.|CV|CV\.)\s+([A-Z]{2,5})")
_LEGAL_WORDS = frozenset({"PT", "PT.", "CV", "CV.", "Tbk", "Tbk.", "Persero"})


def _initials(text: str) -> str:
    """The initials of a name's capitalised words, legal words and parentheses left out
    ("PT Semen Indonesia (Persero) Tbk" -> "SI"); "" for a name of one word or any non-capitalised word."""
    words = [w for w in re.sub(r"\([^)]*\)", " ", text).split() if w not in _LEGAL_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


COMPANY_KINDS = {"company", "bank"}


@lru_cache(maxsize=1)
def _spelling_rules() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """(short, long) head pairs of ``[short_heads]`` and the ``name_honorifics`` of rules/organizations.toml,
    normalised."""
    from rules import load_rules

    rules = load_rules("organizations")
    pairs = tuple((norm_name(a), norm_name(b)) for a, b in rules.get("short_heads", {}).items())
    return pairs, frozenset(norm_name(h) for h in rules["words"]["name_honorifics"])


@lru_cache(maxsize=1)
def _unit_heads() -> tuple[str, ...]:
    """Normalised heads of a body's own units written before the body's name (``unit_heads`` of
    rules/organizations.toml: a faculty, LPPM or study programme of a university)."""
    from rules import load_rules

    return tuple(norm_name(h) for h in load_rules("organizations")["words"]["unit_heads"])


def _spelling_variants(key: str) -> list[str]:
    """Other spellings of one body's name: its government head written the other way (``pemkot palu`` <->
    ``pemerintah kota palu``); without the titles of the person it is named after (``rsud dr h chasan
    boesoirie`` -> ``rsud chasan boesoirie``)."""
    pairs, honorifics = _spelling_rules()
    out = []
    for short, long in pairs:
        for a, b in ((short, long), (long, short)):
            if key.startswith(a + " ") and len(key) > len(a) + 1:
                out.append(b + key[len(a):])
    words = key.split()
    bare = [w for i, w in enumerate(words) if i == 0 or w not in honorifics]
    if 1 < len(bare) < len(words):
        out.append(" ".join(bare))
    return out


def _region_variants(key: str, kind: str | None) -> list[str]:
    """A non-government body's name ending in a region's press short form, with the region written out as the
    Kemendagri list writes it: "forum csr kutim" -> "forum csr kabupaten kutai timur". Government bodies have their
    own region ties (gov_bodies.body_ties), companies and banks the gazetteer's forms."""
    words = key.split()
    if kind not in _REGION_SHORT_KINDS or len(words) < 2 or words[-1] not in _region_short_forms():
        return []
    return [" ".join(words[:-1] + [region]) for region in _region_short_forms()[words[-1]]]


_REGION_SHORT_KINDS = frozenset({"foundation", "association", "ngo", "mass_org"})


@lru_cache(maxsize=1)
def _region_short_forms() -> dict[str, tuple[str, ...]]:
    """One-word short forms of regions as the press writes them after a body's name (gazetteers/region_variants.toml
    [names]: "Kutim", "Sulsel", "Kukar"), normalised, each with its official name as the list writes it, cue word
    included ("kabupaten kutai timur"): "Forum CSR Kutim" is "Forum CSR Kabupaten Kutai Timur". Not the bare name
    ("kutai timur"): a city and a regency of one name are two bodies."""
    from gazetteers import load_toml

    out = {}
    for short, official in load_toml("region_variants.toml")["names"].items():
        if isinstance(official, str) and len(norm_name(short).split()) == 1:
            out[norm_name(short)] = (norm_name(official),)
    return out


def _owned_body(short: str, long: str, a: Candidate, b: Candidate) -> bool:
    """Whether a headed name ends a longer headed one that puts a phrase of two or more words before it: the
    longer is a body of the shorter's owner ("Badan Usaha Milik Desa Adat (BUPDA) Tuban" of "Desa Adat Tuban"),
    not a form of it; one word before it is an expansion ("Pemerintah Pemkab Aceh Besar")."""
    if any(long.startswith(u + " ") for u in _unit_heads()):
        return False  # "Fakultas Kedokteran Universitas Hasanuddin" is a unit of "Universitas Hasanuddin": one body
    return a.headed and b.headed and _suffix(short, long) and (
        len(long.split()) - len(short.split()) >= 2 or (a.kind and b.kind and a.kind != b.kind)) \
        and f"({a.text.split()[0]})" not in b.text  # "Pemerintah Provinsi (Pemprov) Riau" is "Pemprov Riau"
    # one head word of another kind before it is a body of its own too: "Koperasi Pondok Pesantren Sunan Drajat" (a
    # cooperative) of "Pondok Pesantren Sunan Drajat", "Komite SMA Negeri 3 Kupang" of "SMA Negeri 3 Kupang"


def _legal_short(c: Candidate) -> bool:
    """Whether a one-word name is written after a company's legal word ("PT Amman" after "PT Amman Mineral Nusa
    Tenggara (AMNT)", "PT Vale" after "PT Vale Indonesia Tbk"): news shortens a company it has named in full to its
    legal word and first name word, so such a short name may join the one longer company name it starts."""
    first = c.text.split(maxsplit=1)[0] if c.text.strip() else ""
    return first in _LEGAL_WORDS and first not in ("Tbk", "Tbk.", "Persero") \
        and _company_kind(c.kind) in COMPANY_KINDS


def _company_kind(kind: str | None) -> str | None:
    """A gazetteer kind as a candidate's kind (state companies are companies, regional banks banks)."""
    return {"bumn": "company", "bumn_sub": "company", "bpd": "bank", "bank_syariah": "bank",
            "foreign_bank": "bank"}.get(kind or "", kind)


def _own_body(short_kind: str | None, long_kind: str | None) -> bool:
    """Whether a longer name is a body of another kind named after a company ("Baitul Maal Pupuk Kujang",
    "Koperasi Karyawan Semen Gresik", "Pupuk Kujang Foundation" beside "Pupuk Kujang"): its head word makes
    it a foundation, cooperative or school of its own, not a form of the company's name."""
    return short_kind in COMPANY_KINDS and long_kind is not None and long_kind not in COMPANY_KINDS


def _near(a: str, b: str) -> bool:
    """Near spellings of one name; numbers and Roman numerals must agree (PTPN VII is not PTPN VIII), and so must
    a one-word head (SMA Negeri 1 Bahodopi is not SMK Negeri 1 Bahodopi)."""
    def numbers(s: str) -> set[str]:
        return {w for w in s.split() if w.isdigit() or set(w) <= set("ivxl")}
    return fuzz.ratio(a, b) >= NEAR and numbers(a) == numbers(b) and not other_heads(a, b) and not other_affairs(a, b)


@lru_cache(maxsize=1)
def _short_group_rules() -> tuple[frozenset[str], frozenset[str], int]:
    from rules import load_rules

    r = load_rules("organizations")["short_group_names"]
    return frozenset(r["heads"]), frozenset(r["kinds"]), int(r["min_tail"])


def _join_short_group_names(cands, keys: list[str], sets: _Sets, entries) -> None:
    """"kelompok Sinar Balang" is "Kelompok Pembudidaya Sinar Balang": a group's head and its own name, the class
    words between dropped, joins the one longer group name of the article with the same head and the same end."""
    heads, kinds, min_tail = _short_group_rules()
    words = [k.split() for k in keys]
    for i, w in enumerate(words):
        if len(w) < 1 + min_tail or w[0] not in heads or cands[i].kind not in kinds:
            continue
        tail = w[1:]
        hits = {sets.find(j) for j, v in enumerate(words) if j != i and len(v) > len(w) and v[0] == w[0]
                and v[-len(tail):] == tail and cands[j].kind in kinds}
        _join_the_one(i, _the_one_target(i, hits, sets, entries), sets, entries)


@lru_cache(maxsize=1)
def _one_word_heads() -> frozenset[str]:
    """The one-word heads of rules/organizations.toml ``[heads]``, normalised: ``sma``, ``smk``, ``sd``, ``pustu``."""
    from rules import load_rules

    return frozenset(h.lower() for h in load_rules("organizations")["heads"] if h.isalpha())


def other_heads(a: str, b: str) -> bool:
    """Whether two names (normalised, or as ids with ``-`` between words) open with two different one-word heads:
    two bodies of different classes, however alike the rest ("sma negeri 1 bahodopi", "smk negeri 1 bahodopi")."""
    x, y = a.removeprefix("org:").replace("-", " ").split(), b.removeprefix("org:").replace("-", " ").split()
    if not x or not y or x[0] == y[0] or x[0] in y or y[0] in x:
        return False  # "sekolah smk smti pontianak": the other head inside the name, one body
    heads = _one_word_heads()
    return x[0] in heads and y[0] in heads


@lru_cache(maxsize=1)
def _affair_words() -> frozenset[str]:
    """The words of the government bodies' names (gazetteers/government_bodies.toml), normalised, of five letters or
    more: the affairs a dinas or badan serves ("pertanian", "perikanan", "perkebunan", "pariwisata")."""
    from extract.components.gov_bodies import load_bodies, norm

    return frozenset(w for body in load_bodies() for name in body.names for w in norm(name).split() if len(w) >= 5)


def other_affairs(a: str, b: str) -> bool:
    """Whether two names of as many words differ only in words that are each an affair of the government bodies'
    nomenclature: two offices, however alike their spelling ("dinas pertanian kabupaten gowa", "dinas perikanan
    kabupaten gowa"); a misspelt word is no affair ("dinas pertanain"), so near spellings still join."""
    x, y = a.removeprefix("org:").replace("-", " ").split(), b.removeprefix("org:").replace("-", " ").split()
    if len(x) != len(y):
        return False
    diff = [(u, v) for u, v in zip(x, y) if u != v]
    words = _affair_words()
    return bool(diff) and all(u in words and v in words for u, v in diff)


def _parent_of(short: str, names, by_key, entries, gaz: Gazetteer) -> bool:
    """A one-word name that the gazetteer lists as the parent of a longer name in the article
    ("Epson" and "Epson Batam" are one entity)."""
    eid = entries[by_key[short]]
    return bool(eid) and any(
        _prefix(short, k) and entries[by_key[k]] and gaz.entries[entries[by_key[k]]].parent == eid for k in names)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _the_one_target(i: int, hits: set[int], sets: _Sets, entries) -> tuple[int, str | None] | None:
    """The one other set that mention ``i``'s matches (``hits``, as set roots) fall in, with that set's gazetteer
    entry (its first known one); None when they fall in no other set or in several (an ambiguous short form joins
    nothing)."""
    hits = hits - {sets.find(i)}
    if len(hits) != 1:
        return None
    target = hits.pop()
    return target, next((e for j, e in enumerate(entries) if e and sets.find(j) == target), None)


def _join_the_one(i: int, found: tuple[int, str | None] | None, sets: _Sets, entries) -> None:
    """Join mention ``i`` with the one target ``_the_one_target`` found, unless their gazetteer entries disagree."""
    if found is not None and _compatible(entries[i], found[1]):
        sets.union(i, found[0])


_ID_CACHE: dict[tuple[int, str, bool], str | None] = {}


def _gazetteer_id(c: Candidate, key: str, gaz: Gazetteer) -> str | None:
    """The gazetteer entry of a mention (cached per process: names recur across articles)."""
    ck = (id(gaz), c.text, c.source == "head")
    if ck not in _ID_CACHE:
        if len(_ID_CACHE) > 100_000:
            _ID_CACHE.clear()
        _ID_CACHE[ck] = _lookup_id(c, key, gaz)
    return _ID_CACHE[ck]


_BY_LENGTH: dict[int, tuple[Gazetteer, int, list[int], list[tuple[int, str]]]] = {}


def _near_lengths(gaz: Gazetteer, n: int, cutoff: float) -> list[str]:
    """The names of ``gaz.index`` that a name of ``n`` characters can reach ``cutoff`` with (``fuzz.ratio``), in the
    index's order: the same best match as the whole index. The ratio is 100 * (1 - distance / (n + m)) and the
    distance is at least the lengths' difference, so a name of m characters with |n - m| > (1 - cutoff / 100) *
    (n + m) never reaches the cutoff (one character of margin is kept). The names by length are built once per
    gazetteer and size; on a new name the index was read against all 1,198 names (the organisations step's
    largest cost on an article met for the first time, with ``gov_bodies.body_key``)."""
    got = _BY_LENGTH.get(id(gaz))
    if got is None or got[0] is not gaz or got[1] != len(gaz.index):
        names = sorted((len(k), i, k) for i, k in enumerate(gaz.index))
        got = _BY_LENGTH[id(gaz)] = (gaz, len(gaz.index), [m for m, _, _ in names], [(i, k) for _, i, k in names])
    _, _, lengths, names = got
    slack = 1 - cutoff / 100
    lo = n - (slack * 2 * n) / (1 - slack) - 1  # |n - m| <= slack * (n + m), solved for m, one character wider
    hi = n + (slack * 2 * n) / (1 - slack) + 1
    a, b = bisect_left(lengths, lo), bisect_right(lengths, hi)
    return [k for _, k in sorted(names[a:b])]


def _lookup_id(c: Candidate, key: str, gaz: Gazetteer) -> str | None:
    if c.source == "acronym":
        return None  # an acronym the article defined names what it was defined for ("PT Bumi Suksesindo (BSI)")
    entry = gaz.lookup_prefix(c.text)
    first = c.text.split()[0]
    if entry and c.source == "head" and first.isupper() and len(c.text.split()) > 1 and \
            norm_name(first) in {norm_name(f) for f in entry.matchable} and norm_name(c.text) not in gaz.index:
        entry = None  # "KSP Bina Rahardja": the head word (Koperasi Simpan Pinjam), not a company called KSP
    if entry and c.source == "head" and _own_body(_company_kind(entry.kind), c.kind):
        entry = None  # "Yayasan Kideco Peduli Pendidikan": the company's foundation, not the company
    if entry:
        return entry.id
    words = key.split()
    if c.source == "head" and len(words) > 1 and " ".join(words[1:]) in gaz.match_index:
        eid = gaz.match_index[" ".join(words[1:])]  # "Yayasan BMM": the head, then a known name
        if not _own_body(_company_kind(gaz.entries[eid].kind), c.kind):  # but "Yayasan Kideco" is not Kideco
            return eid
    if len(key) >= NEAR_MIN_CHARS:
        hit = process.extractOne(key, _near_lengths(gaz, len(key), NEAR + 2), scorer=fuzz.ratio, score_cutoff=NEAR + 2)
        if hit and _near(key, hit[0]):
            return gaz.index[hit[0]]
    return None


def _entities(cands, sets, entries, gaz, acr_forms, regions=None) -> tuple[list[Org], dict[str, str]]:
    """``acr_forms[i]``: ``acronym_forms`` of candidate i; ``regions[i]``: its region (see ``_regions``)."""
    groups: dict[int, list[int]] = {}
    for i in range(len(cands)):
        groups.setdefault(sets.find(i), []).append(i)
    regions = regions or [None] * len(cands)
    eids = [next((entries[i] for i in members if entries[i]), None) for members in groups.values()]
    orgs, fixed = [], {}
    for members in groups.values():
        eid = next((entries[i] for i in members if entries[i]), None)
        region = next((regions[i] for i in members if regions[i]), None)
        if eid and region and eids.count(eid) > 1:  # "PMI Kabupaten Sanggau" beside "PMI Kabupaten Sekadau"
            eid_key = eid + "@" + region
        else:
            eid_key = eid
        entry = gaz.entries.get(eid) if eid else None
        texts = [cands[i].text.rstrip(" .,") for i in members]
        body = [cands[i].text.rstrip(" .,") for i in members if not cands[i].in_title and cands[i].headed] \
            or [cands[i].text.rstrip(" .,") for i in members if not cands[i].in_title] or texts
        name = max(body, key=lambda t: (len(t), -texts.index(t)))
        forms: list[str] = []
        for i in members:
            forms += [cands[i].text.rstrip(" .,"), *acr_forms[i]]
            forms += [a for a in cands[i].acronyms if _own_acronym(cands[i].text, a)]
        if entry:
            forms += entry.forms
        aliases = tuple(dict.fromkeys(f for f in forms if f and f != name))
        kind = next((cands[i].kind for i in members if cands[i].kind), None)
        entity = eid_key or "org:" + norm_name(name)
        if entry and entry.role:
            fixed[entity] = entry.role
        for i in members:
            c = cands[i]
            conf = {"head": 0.8, "gazetteer": 0.9, "suffix": 0.6, "acronym": 0.7, "ner": 0.5}[c.source]
            orgs.append(Org(c.written or c.text, c.start, c.end, conf, name=name, entity=entity, aliases=aliases,
                            kind=kind))
    orgs.sort(key=lambda o: o.start)
    return orgs, fixed


def _regions(cands: list[Candidate], entries: list[str | None], gaz: Gazetteer) -> list[str | None]:
    """The region written after each mention of a known generic body ("PMI Kabupaten Sanggau" -> "kabupaten
    sanggau"), else None: bodies of one gazetteer entry in two regions are two organisations."""
    res = None
    out: list[str | None] = []
    for c, eid in zip(cands, entries):
        entry = gaz.entries.get(eid) if eid else None
        region = None
        if entry is not None and len(c.text.split()) > 1:
            res = res or _resolver(gaz)
            if res.keeps_region(entry, c.kind):
                info = res.resolve({"name": c.text.rstrip(" .,"), "kind": c.kind, "aliases": list(entry.forms)})
                if info["id"] == eid and info["unit"]:  # "Kabupaten Bengkalis" and "Bengkalis" are one region, and
                    # "Perwakilan Provinsi Maluku" and "Maluku" too: level and unit words aside
                    drop = res.level_words | res.unit_starts
                    region = " ".join(w for w in norm_name(info["unit"]).split() if w.rstrip(".") not in drop) or None
        out.append(region)
    return out


def _join_bare_mentions(cands, entries, regions, sets) -> None:
    """A mention of a known body without its region ("PMI") joins the regional body of that entry written
    last before it (the first one when none is), so that two regions' bodies are never joined through it."""
    regional: dict[str, list[int]] = {}
    for i in sorted(range(len(cands)), key=lambda i: cands[i].start):
        if entries[i] and regions[i]:
            regional.setdefault(entries[i], []).append(i)
    for i, c in enumerate(cands):
        if entries[i] and not regions[i] and entries[i] in regional:
            before = [j for j in regional[entries[i]] if cands[j].start < c.start]
            sets.union(i, before[-1] if before else regional[entries[i]][0])


_RESOLVERS: dict[int, object] = {}


def _resolver(gaz: Gazetteer):
    """The entity resolver over this gazetteer (one per gazetteer object and process)."""
    from extract.components.entities import Resolver  # the entity stage's rules: no import at module load

    if id(gaz) not in _RESOLVERS:
        _RESOLVERS[id(gaz)] = Resolver(gaz)
    return _RESOLVERS[id(gaz)]


def _own_acronym(text: str, acr: str) -> bool:
    """Whether ``(ACR)`` stands for the whole name before it rather than its last words."""
    before = text.split("(" + acr, 1)[0].split()
    words = [w for w in before if w[:1].isalpha() and w.lower() not in {"dan", "pt", "pt.", "&"}]
    return len([c for c in acr if c.isalpha()]) * 2 > len(words)
