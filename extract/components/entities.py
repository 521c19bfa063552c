"""Organisation entities across articles: one stable id per organisation, its canonical name, parent and unit.

``warta_organizations`` finds the organisations of one article and ``extract.components.aliases`` makes one
value per organisation *within* the article. This stage gives each value an identity that holds
*across* articles, so tables can group by organisation:

- ``id``: the gazetteer id (gazetteers/*.csv and the analyst's ``--gazetteer`` lists) when the name,
  an alias, or the start of the name is a known form; otherwise ``org:`` + the normalised name
  (``org:koperasi-sumber-rejeki``), the same in every article that writes the name the same way
  (case, punctuation and legal words aside);
- ``canonical``: the gazetteer's name, else the entity's own name;
- ``parent``: the gazetteer's parent id (a foundation, subsidiary or unit belongs to its company, a
  subsidiary to its holding); ``group`` (see ``Resolver.top``) is the top of that chain;
- ``kind``: the gazetteer's kind (bumn, bumn_sub, bpd, foundation, ...), else the extractor's;
- ``unit``: the words after a known name (``Pertamina RU IV Cilacap`` is ``pertamina``, unit
  ``RU IV Cilacap``), so analysts can group by company or by unit; for a generic body of many regions, the
  region written after it (``TP PKK Kabupaten Muara Enim`` is ``pkk``, unit ``Kabupaten Muara Enim``).

``name`` stays the fullest form the article writes, less a person, title or village glued to the end
of a company's name (rules/entities.toml), and keeps the region written after a generic body (PKK, PMI,
BPBD); what is cut stays in ``aliases`` and ``evidence``. Values of
one article that come out with one id and unit are merged; so are unknown names that are near
spellings of each other (rapidfuzz).

The pipeline component ``warta_entities`` (extract/components/entity_stage.py, after ``warta_roles``) resolves each article with the
same gazetteer lists the organisations were found with; ``resolve_record`` does the same for a
record read back from JSONL or a store (older records without ids).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterable

from rapidfuzz import fuzz

from extract.components.aliases import other_affairs, other_heads
from extract.components.gov_bodies import norm as gov_norm, region_name
from gazetteers.companies import Entry, Gazetteer, load_gazetteer, norm_name
from gazetteers.regions import compact, load_place_index
from rules import load_rules

ORG_FIELDS = ("organizations", "partners")
_PARENS = re.compile(r"\s*\([^)]*\)")
ENTITY_KEYS = ("id", "canonical", "parent", "kind", "unit")


def slug(text: str) -> str:
    """An ascii id part: ``norm_name`` folded to ascii, words joined by ``-``.

    >>> slug("Koperasi Produsen 'Sumber Rejeki' Ltd.")
    'koperasi-produsen-sumber-rejeki'
    >>> slug("KUB Mawar Élok")
    'kub-mawar-elok'
    """
    text = unicodedata.normalize("NFKD", norm_name(text)).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def unknown_id(name: str) -> str:
    """The id of an organisation no gazetteer knows: ``org:`` + its name normalised, without what it
    puts in parentheses (``PT Jasamarga Solo Ngawi (JSN)`` and ``PT Jasamarga Solo Ngawi`` are one).

    >>> unknown_id("Pemerintah Kabupaten (Pemkab) Aceh Besar")
    'org:pemerintah-kabupaten-aceh-besar'
    """
    return "org:" + (slug(re.sub(r"\([^)]*\)", " ", name)) or slug(name) or "unnamed")


def _open_paren(words: list[str]) -> bool:
    text = " ".join(words)
    return text.count("(") > text.count(")")


class Resolver:
    """Names to entities, with one gazetteer."""

    def __init__(self, gaz: Gazetteer, rules: dict | None = None):
        rules = rules or load_rules("entities")
        self.gaz = gaz
        self.titles = sorted((t.split() for t in rules["titles"]), key=len, reverse=True)
        self.title_firsts = {t[0] for t in self.titles if t}  # a title can start only at one of these
        self.any_title = any(not t for t in self.titles)  # an empty title matches anywhere
        self.place_cues = set(rules["place_cues"])
        self.clean_kinds = set(rules["clean_kinds"])
        self.near = float(rules["near"])
        self.unit_words = set(rules["unit_words"])
        self.unit_starts = set(rules["unit_starts"])
        self.unit_ends = frozenset(rules["unit_ends"])
        self.glue_words = set(rules["glue_words"])
        # the head words of organisation names ("Posyandu", "Kelompok Nelayan"): a head alone names nothing
        org_rules = load_rules("organizations")
        self.bare_heads = {h.lower().rstrip(".") for h in org_rules["heads"]} | set(rules.get("class_names", ()))
        # oil and gas contractors whose units are named by their working area ("Medco E&P Natuna Ltd")
        self.area_named = frozenset(org_rules["words"]["area_named_companies"])
        self.legal_words = frozenset(org_rules["legal"])
        self.type_heads = set(rules["type_heads"])
        # a group's head whose name goes on past a "person" of the NER when no office title stands before any
        # of its mentions ("diterima Kelompok Nelayan Tuna Madani Daruba"): only an office holder is written
        # right after a body's name with no comma ("Ketua Kelompok Tani Melati Siti Aminah")
        self.named_groups = frozenset(rules.get("named_groups", ()))
        self.unit_councils = tuple(rules.get("unit_councils", ()))
        self.church_units = frozenset(c.split(" ", 1)[1] for c in self.unit_councils)
        self.church_levels = frozenset(rules.get("church_levels", ()))
        self.office_titles = frozenset(org_rules["ner"]["titles"]) | frozenset(org_rules["elided_heads"]["person_titles"]) \
            | {t[0] for t in self.titles if len(t) == 1}
        self.open_ends = frozenset(rules["open_ends"])
        self.name_words = frozenset(rules.get("name_words", ()))
        self.regional_bodies = frozenset(rules.get("regional_bodies", ()))
        # the level words of a region ("Kabupaten", "Kab.", "Desa", "Nagari"): a regional body's qualifier opens with one
        self.level_words = frozenset(w for w in load_rules("locations")["admin_cues"] if " " not in w)

    # ------------------------------------------------------------ one name
    def entry_of(self, name: str, aliases: Iterable[str] = ()) -> tuple[Entry | None, int]:
        """The gazetteer entry of a value and how many words of ``name`` its known name takes (the
        words after it are a unit: ``Pertamina RU IV Cilacap``)."""
        words = name.split()
        entry = self.gaz.lookup(name)
        if entry is not None:
            return entry, len(words)
        for k in range(len(words) - 1, 0, -1):
            if _open_paren(words[:k]):
                continue
            key = norm_name(" ".join(words[:k]))
            if len(key.split()) == 1 and not self.opens_unit(words[k:]):
                eid = self.gaz.match_index.get(key)  # "BPBD Kabupaten Lahat": a generic body and its region
                if eid and self.keeps_region(self.gaz.entries[eid], None) and self.region_at(words[k:]):
                    return self.gaz.entries[eid], k
                continue
            eid = self.gaz.match_index.get(key) or (self.gaz.index.get(key) if len(key.split()) > 1 else None)
            if eid:
                child = self.child_in(aliases, eid)
                if child is not None:  # "PT Pertamina Hulu Energi (PHE) Jambi Merang": the acronym stood in the
                    return child, len(words)  # way of the subsidiary's own name (PHE Jambi Merang), a child of PHE
                return self.gaz.entries[eid], k
        for form in aliases:
            entry = self.gaz.lookup(form)
            if entry is not None:  # the name may still start with one of the entry's forms
                forms = {norm_name(f) for f in entry.forms}
                k = next((k for k in range(len(words), 0, -1)
                          if not _open_paren(words[:k]) and norm_name(" ".join(words[:k])) in forms), len(words))
                return entry, k
        return None, len(words)

    def child_in(self, aliases: Iterable[str], eid: str) -> Entry | None:
        """A known entity that one of the value's forms names exactly and whose parent chain holds ``eid``."""
        for form in aliases:
            entry = self.gaz.lookup(form)
            if entry is not None and entry.id != eid and eid in self.chain(entry.id):
                return entry
        return None

    def chain(self, eid: str) -> list[str]:
        """An id's parents, nearest first (at most eight: no loop runs away)."""
        out = []
        while eid in self.gaz.entries and self.gaz.entries[eid].parent and len(out) < 8:
            eid = self.gaz.entries[eid].parent
            out.append(eid)
        return out

    def opens_unit(self, rest: list[str]) -> bool:
        """Whether the words after a one-word known name open a unit (a unit word, an acronym or a
        Roman numeral) rather than go on with another name."""
        word = rest[0].strip("(),.") if rest else ""
        return word.lower() in self.unit_starts or (len(word) > 1 and word.isupper())

    def glue_at(self, words: list[str], persons: list[list[str]], start: int, cues: set[str],
                titles: bool) -> int:
        """Index of the first word from ``start`` on that opens a person, a title or a place glued to
        a name; ``len(words)`` when none does."""
        low = [w.strip(",.()").lower() for w in words]
        bare = [w.strip(",.") for w in words]
        person_firsts = {p[0] for p in persons if p}  # a person can start only at one of these
        for i in range(start, len(words)):
            if bare[i] in person_firsts and any(p and bare[i:i + len(p)] == p for p in persons):
                return i
            if low[i] in cues and (low[i] in self.glue_words or i + 1 < len(words) and words[i + 1][:1].isupper()):
                return i
            if titles and (low[i] in self.title_firsts or self.any_title) \
                    and any(low[i:i + len(t)] == t for t in self.titles):
                return i
        return len(words)

    def clean(self, name: str, kind: str | None, persons: list[list[str]] = (), titled: bool = True) -> str:
        """``name`` without a person (the NER's), or for kinds in ``clean_kinds`` a title or village,
        glued to its end; the first name word is never cut."""
        words = name.split()
        low = [w.strip(",.()").lower() for w in words]
        first = next((i for i, w in enumerate(low) if w and w not in self.unit_words), 0)
        # "Dewan Kemakmuran Masjid (DKM) Al-Islamiyah": a parenthesis (an acronym, a legal form) closes a stretch
        # that is all name, so nothing before it is glued on (the NER's person "Masjid" there is no person)
        first = max([first] + [i for i, w in enumerate(words) if w.endswith(")")])
        opening = next((i for i, w in enumerate(words) if w.startswith("(")), 0)
        if opening and (" ".join(low[:opening]) in self.bare_heads or low[opening] in self.bare_heads):
            # a class name and its acronym, then the body's own name ("Credit Union (CU) Lantang Tipo"; the acronym
            # itself a class head: "Kelompok Pembudidaya Ikan (Pokdakan) Lubuk Idaman"): a one-word "person" of the
            # NER there is a word of that name; a full name (two words or more) is still cut
            persons = [p for p in persons if len(p) > 1]
        elif opening and words[opening].endswith(")") and opening + 1 < len(words):
            # right after a body's acronym the organisations stage admits only a place, a unit, a legal word or a
            # number, never a person ("Balai Penyuluhan Pertanian (BPP) Candipuro", a district the NER reads as one)
            after = words[opening + 1].strip(",.")
            if load_place_index().codes(compact(after)):
                persons = [p for p in persons if p != [after]]
        clean_kind = kind in self.clean_kinds
        cues = (self.place_cues | self.glue_words) if clean_kind else self.glue_words
        # a person never starts inside the head ("Panglima Laot Lhok Idi Rayeuk": the NER's "Laot Lhok Idi Rayeuk")
        head_end = max((j for j in range(2, min(len(low), 5) + 1) if " ".join(low[:j]) in self.bare_heads), default=0)
        cut = self.glue_at(words, persons, max(first + 1, head_end), cues, clean_kind)
        head = " ".join(words[:cut]).rstrip(" ,.-–")
        # "Posyandu Mawar", "Kelompok Nelayan Melati": a person's name right after a bare head is the
        # institution's own name (the NER reads flowers and saints as people), not a person glued on
        if cut < len(words) and low[cut - 1] in self.open_ends:
            return name  # "Dinas Lingkungan Hidup dan | Kebersihan", "Klasis | Sentani": the name goes on past it
        if cut < len(words) and low[cut - 1].isdigit() and cut > first + 1:
            return name  # "SMP Negeri 1 | Pandawai", "SDN 3 | Lembang": after a body's number comes its place, a
            # part of the name (schools and health posts are numbered within a place), never a person glued on
        if cut < len(words) and self.inside_region(words, cut):
            return name  # "Kwarcab Pramuka Muara | Enim": a person never starts inside a regency's name
        if not titled and cut < len(words) and low[0] in self.named_groups and cut >= 3 \
                and low[cut] not in cues and not self.title_at(low, cut):
            return name  # "Kelompok Usaha Rendang | Bundo Saiyo", "Koperasi Perajin Kerawang | Tawar Sedenge":
            # no office title before any mention, so the NER's "person" is the group's own name (see named_groups)
        core = _PARENS.sub("", head) if "(" in head else head  # "Balai Latihan Kerja (BLK)": a bare head too
        if core.lower().rstrip(".") in self.bare_heads or (len(head.split()) == 2 and head.split()[0].lower() in self.type_heads):
            return name  # "Kelompok Tenun Ina Bo'i": a group's head and its type noun are no name either
        if head.endswith(")") and self.only_heads(re.sub(r"\s*\([^)]*\)$", "", head)):
            return name  # "Kelompok Wanita Tani (KWT) | Srikandi Wonotirto", "Koperasi Pondok Pesantren (Kopontren) |
            # Nurul Iman": heads and their class acronym are no name (as the organisation rules read them), the rest is
        return head if norm_name(head) else name

    def title_at(self, low: list[str], i: int) -> bool:
        """Whether a person's title opens at word ``i`` (``low``: the name's words in lower case)."""
        return any(low[i:i + len(t)] == t for t in self.titles if t)

    def titled(self, value: dict) -> bool:
        """Whether any mention of a value has an office title (``Ketua``, ``Pengurus``) right before it in its
        sentence; a value without evidence counts as titled (nothing is known, the cut stays as before)."""
        seen = False
        for ev in value.get("evidence") or []:
            if not isinstance(ev, dict):
                continue
            text, sent = str(ev.get("text") or ""), str(ev.get("sentence") or "")
            at = sent.find(text) if text else -1
            if at < 0:
                return True
            seen = True
            if self.title_before(sent[:at]):
                return True
        return not seen

    def level_before(self, before: str, name: str) -> str | None:
        """The church level word (``Jemaat``, ``Ressort``) written right before a mention whose name does not hold
        one already: "Jemaat | GMIT Imanuel Oepura"."""
        words = before.split()
        if not words or words[-1] not in self.church_levels or before[-1:] not in (" ", "\n"):
            return None
        return None if {w.lower() for w in name.split()} & {c.lower() for c in self.church_levels} else words[-1]

    def title_before(self, before: str) -> bool:
        """Whether the text ``before`` a mention ends with an office title ("Ketua", "Pengurus")."""
        words = before.split()
        return bool(words) and words[-1].strip(",.()").lower() in self.office_titles

    def inside_region(self, words: list[str], cut: int) -> bool:
        """Whether the words from one or two before ``cut`` to the name's end are a province, regency or city
        ("... Muara Enim", where the NER read "Enim" as a person): the cut would split a place's name."""
        index = load_place_index()
        for j in (cut - 1, cut - 2):
            if j > 0 and len(words) - j <= 3 and words[j][:1].isupper() and any(
                    code.count(".") <= 1 for code in index.codes(compact(" ".join(w.strip(",.") for w in words[j:])))):
                return True
        return False

    def only_heads(self, text: str) -> bool:
        """Whether ``text`` is made of organisation heads alone ("Koperasi Pondok Pesantren": two heads)."""
        words = text.lower().rstrip(".").split()
        ok = [True] + [False] * len(words)
        for i in range(len(words)):
            if ok[i]:
                for j in range(i + 1, min(len(words), i + 5) + 1):
                    if " ".join(words[i:j]) in self.bare_heads:
                        ok[j] = True
        return bool(words) and ok[-1]

    def unit_of(self, words: list[str]) -> str | None:
        """The unit written after a known name, or None: the words less parentheses (acronyms, legal
        forms) and legal words, when they open with a unit word (``Cabang``, ``RU``, ``Witel``), an
        acronym or a Roman numeral, and go on past it (a bare ``Cabang`` names no unit)."""
        text = re.sub(r"\([^)]*\)?", " ", " ".join(words))
        kept = [w for w in text.split() if w.strip("().,").lower() not in self.unit_words]
        kept = [w.strip(",.()") for w in kept if w.strip(",.()-–")]
        if not kept:
            return None
        first = kept[0]
        opens = first.lower() in self.unit_starts or (len(first) > 1 and first.isalpha() and first.isupper()) \
            or (set(first) <= set("IVX") and len(kept) > 1) \
            or (1 < len(kept) <= 3 and kept[-1].lower() in self.unit_ends)  # "Jambi Field", "Perawang Mill"
        if not opens or (len(kept) == 1 and first.lower() in self.unit_starts):
            return None
        return " ".join(kept)

    def keeps_region(self, entry: Entry, kind: str | None) -> bool:
        """Whether a known body keeps the region written after its name: a generic body of many regions (PKK,
        PMI, KNPI, BPBD: any kind outside ``clean_kinds``, and the ``regional_bodies`` of those kinds)."""
        return (entry.kind or kind) not in self.clean_kinds or entry.id in self.regional_bodies

    def region_at(self, words: list[str]) -> int:
        """How many of the words after a known name are the region it serves, else 0: a level word and the
        capitalised name after it ("Kabupaten Muara Enim", "Desa Tanjung Enim", "Kab. Lahat"), or the name
        of a province, regency or city alone ("Kapuas", "Sumsel"). A cut at a person or title is made before."""
        bare = [w.strip(",") for w in words]
        run = 0
        while run < len(bare) and bare[run][:1].isupper() and "(" not in bare[run] and ")" not in bare[run]:
            run += 1
        if run < 1:
            return 0
        if bare[0].rstrip(".").lower() in self.level_words:
            return run if run > 1 else 0
        index = load_place_index()
        for j in range(min(run, 3), 0, -1):
            if any(code.count(".") <= 1 for code in index.codes(compact(" ".join(bare[:j])))):
                return j
        return 0

    def is_glue(self, words: list[str]) -> bool:
        """Whether the words after a known name are something else glued to it (a programme's title,
        a year, a person) rather than its unit, acronym or legal form."""
        text = re.sub(r"\([^)]*\)?", " ", " ".join(words))
        kept = [w for w in text.split() if w.strip("().,").lower() not in self.unit_words and w.strip(",.()-–")]
        return bool(kept) and self.unit_of(words) is None

    def resolve(self, value: dict, persons: Iterable[str] = ()) -> dict:
        """The entity fields of one organisation value (a record's dict): id, canonical, parent,
        kind, unit, and its cleaned name."""
        name = " ".join(str(value.get("name") or "").split())
        aliases = [a for a in value.get("aliases") or [] if isinstance(a, str)]
        kind = value.get("kind")
        people = [p.split() for p in persons if p and p.strip()
                  and not {w.lower() for w in p.split()} <= self.name_words  # "Abadi" (PER) of "... Sejahtera Abadi"
                  and p.split()[-1].lower() not in self.unit_ends]  # "Jambi Field" (PER): a unit, no one's name
        if value.get("level"):
            unit = self.level_unit(name, value["level"], kind)
            if unit is not None:
                return unit
        unit = self.council_unit(name, kind)
        if unit is not None:
            return unit
        entry, k = self.entry_of(name, aliases)
        if entry is None:
            titled = (value["titled"] if "titled" in value else self.titled(value)) if people else True
            clean = self.clean(name, kind, people, titled)
            if clean != name:
                entry, k = self.entry_of(clean)
                name = clean
            if entry is None:
                return {"name": name, "id": unknown_id(name), "canonical": name,
                        "parent": None, "kind": kind, "unit": None}
        words = name.split()
        rest = words[k:]
        cut = self.glue_at(rest, people, 0, self.glue_words, True)
        if 0 < cut < len(rest) and rest[cut - 1].strip(",.()").lower() in self.open_ends \
                and rest[cut].strip(",.()").lower() not in self.glue_words:
            cut = len(rest)  # "... Kantor Cabang Bandara | I Gusti Ngurah Rai": the name goes on, as in clean()
        # "Palang Merah Indonesia (PMI) Kabupaten Bengkalis": the body's acronym stands between its name and region
        acr = 1 if 1 < cut and rest[0].startswith("(") and rest[0].endswith(")") else 0
        if acr < cut < len(rest) and rest[acr].lower() in self.church_units:
            # "GMIM Jemaat Imanuel | Marinsow": a congregation's name runs to the name's end (a village the NER reads
            # as a person); only a title still cuts
            cut = self.glue_at(rest, [], 0, self.glue_words, True)
        region = self.region_at(rest[acr:cut]) if self.keeps_region(entry, kind) else 0
        if region:  # "TP PKK Kabupaten Muara Enim", "PMI Kapuas": the body of that region, not the national one
            return {"name": " ".join(words[:k + acr + region]).rstrip(" ,.-–"), "id": entry.id, "canonical": entry.name,
                    "parent": entry.parent, "kind": entry.kind or kind,
                    "unit": " ".join(rest[acr:acr + region]).strip(" ,.-–")}
        area = self.region_at(rest[:cut]) if entry.id in self.area_named else 0
        if area:  # "Medco E&P | Natuna Ltd", "Medco E&P | Tarakan": the unit of that working area
            tail = area
            while tail < cut and (rest[tail].strip(",.") in self.legal_words or rest[tail].lower() in self.unit_ends):
                tail += 1
        if area and tail == cut:  # nothing else after it ("Pertamina EP Jambi Hadiri Field Trip": a headline)
            return {"name": " ".join(words[:k + tail]).rstrip(" ,.-–"), "id": entry.id, "canonical": entry.name,
                    "parent": entry.parent, "kind": entry.kind or kind,
                    "unit": self.unit_of(rest[:tail]) or " ".join(rest[:area]).strip(" ,.-–")}
        if self.is_glue(rest[:cut]):  # "Bank Jateng Rehab 48 Rumah", "PT. Epson 2014": the known name alone
            cut = 0
        return {"name": " ".join(words[:k + cut]).rstrip(" ,.-–") or name, "id": entry.id, "canonical": entry.name,
                "parent": entry.parent, "kind": entry.kind or kind, "unit": self.unit_of(rest[:cut])}

    def level_unit(self, name: str, level: str, kind: str | None) -> dict | None:
        """A church's unit written with its level word before the church's known name ("Jemaat | GMIT Imanuel
        Oepura", "Ressort | HKBP Pollung"): the known name's words, then the unit's own name, which runs to the
        name's end (a village the NER reads as a person, as after "Jemaat" written after the name); only a title
        cuts it. None when the name does not start with a known name followed by a name of its own."""
        words = name.split()
        for k in range(len(words) - 1, 0, -1):
            entry = self.gaz.lookup(" ".join(words[:k]))
            if entry is None:
                continue
            rest = words[k:]
            if rest[0].lower() in self.unit_starts or rest[0].startswith("("):
                return None  # a unit written after the name too ("GKI Jemaat ..."), or its acronym: read as usual
            cut = self.glue_at(rest, [], 0, self.glue_words, True)
            if not cut or not all(w[:1].isupper() for w in rest[:cut]):
                return None  # "GMIT di Amarasi Timur": a place after the church, no congregation's own name
            return {"name": f"{level} " + " ".join(words[:k + cut]).rstrip(" ,.-–"), "id": entry.id,
                    "canonical": entry.name, "parent": entry.parent, "kind": entry.kind or kind,
                    "unit": f"{level} " + " ".join(rest[:cut]).strip(" ,.-–")}
        return None

    def council_unit(self, name: str, kind: str | None) -> dict | None:
        """A unit's council written before a known church's name and the unit's own name ("Majelis Jemaat | GPM Hative
        Besar"): the council stands for its congregation (as in ``join_councils``), printed as the unit ("Jemaat GPM
        Hative Besar", the written form kept as an alias by ``resolve_values``). None for a council of no known church
        ("Majelis Jemaat Efata Sentani") or of the church alone ("Majelis Jemaat GPM")."""
        words = name.split()
        low = name.lower()
        for council in self.unit_councils:
            n = len(council.split())
            if low.startswith(council + " ") and words[n - 1] in self.church_levels:
                return self.level_unit(" ".join(words[n:]), words[n - 1], kind)
        return None

    def top(self, eid: str | None) -> str | None:
        """The top of an id's parent chain (the group's id); the id itself when it has no parent."""
        seen = set()
        while eid and eid not in seen:
            seen.add(eid)
            entry = self.gaz.entries.get(eid)
            if entry is None or not entry.parent:
                return eid
            eid = entry.parent
        return eid

    # ------------------------------------------------------------ one article
    def resolve_values(self, values: list[dict], persons: Iterable[str] = (),
                       known: dict[str, dict] | None = None) -> list[dict]:
        """Each value with its entity fields; values of one entity (same id and unit) merged."""
        out: list[dict] = []
        by_key: dict[tuple[str, str | None], dict] = {}
        for value in values:
            if not isinstance(value, dict):
                continue
            info = (known or {}).get(str(value.get("name"))) or self.resolve(value, persons)
            v = dict(value)
            old = str(v.get("name") or "")
            v.update(info)
            if old and old != v["name"]:
                v["aliases"] = list(dict.fromkeys([old, *(v.get("aliases") or [])]))
            key = (v["id"], _unit_key(v.get("unit")))
            if key in by_key:
                _merge(by_key[key], v)
                continue
            by_key[key] = v
            out.append(v)
        self.join_councils(out)
        self.join_near(out)
        return out

    def join_councils(self, values: list[dict]) -> None:
        """An unknown council of a known church's unit ("Majelis Jemaat Efata Sentani" beside "Gereja Kristen Injili
        di Tanah Papua (GKI) Jemaat Efata Sentani", unit "Jemaat Efata Sentani"), or of a unit written alone ("Majelis
        Klasis Amarasi Timur" beside "Klasis Amarasi Timur"), is that unit's body: merged into it."""
        if not self.unit_councils or len(values) < 2:
            return
        units = {str(v["unit"]).lower(): v for v in values if v.get("unit") and not str(v.get("id", "")).startswith("org:")}
        for v in values:  # "Klasis Amarasi Timur" written alone, no church's name before it: the unit by itself
            low = str(v.get("name") or "").lower()
            if low.split(" ", 1)[0] in self.church_units and " " in low:
                units.setdefault(low, v)
        if not units:
            return
        for v in list(values):
            low = str(v.get("name") or "").lower()
            if not str(v.get("id", "")).startswith("org:"):
                continue
            for council in self.unit_councils:
                if low.startswith(council + " "):
                    into = units.get(council.split(" ", 1)[1] + low[len(council):])
                    if into is not None and into is not v:
                        _merge(into, v)
                        values.remove(v)
                    break

    def join_near(self, values: list[dict]) -> None:
        """Unknown names of one article that are near spellings of each other share the longer one's id."""
        unknown = [v for v in values if str(v.get("id", "")).startswith("org:")]
        unknown.sort(key=lambda v: -len(v["id"]))
        for i, a in enumerate(unknown):
            for b in unknown[i + 1:]:
                if b["id"] != a["id"] and len(b["id"]) >= 8 and fuzz.ratio(a["id"], b["id"]) >= self.near \
                        and _digits(a["id"]) == _digits(b["id"]) and not other_heads(a["id"], b["id"]) \
                        and not other_affairs(a["id"], b["id"]):
                    b["id"], b["canonical"] = a["id"], a["canonical"]


def _unit_key(unit: str | None) -> str | None:
    """A unit as compared: the press's short form of a region read as its name ("OJK Sultra" and "Otoritas Jasa
    Keuangan (OJK) Sulawesi Tenggara" are one office); level words stay ("Kota Bengkulu" is no "Provinsi Bengkulu")."""
    return region_name(gov_norm(unit)) if unit else unit


def _digits(text: str) -> set[str]:
    return {w for w in text.split("-") if w.isdigit() or set(w) <= set("ivxl")}


def _merge(into: dict, other: dict) -> None:
    forms = [other.get("name"), *(other.get("aliases") or [])]
    into["aliases"] = list(dict.fromkeys([*(into.get("aliases") or []),
                                          *(f for f in forms if f and f != into.get("name"))]))
    into["evidence"] = [*(into.get("evidence") or []), *(other.get("evidence") or [])]
    into["confidence"] = max(into.get("confidence") or 0, other.get("confidence") or 0)
    if into.get("role") != "giver" and other.get("role") == "giver":
        for k in ("role", "role_cue", "role_sentence"):
            into[k] = other.get(k)


@lru_cache(maxsize=8)
def resolver(gazetteers: tuple[str, ...] = ()) -> Resolver:
    """The resolver over our lists and the given user lists (cached per process)."""
    return Resolver(load_gazetteer(tuple(gazetteers)))


def resolve_record(rec: dict, gazetteers: tuple[str, ...] = (), force: bool = False) -> dict:
    """A record (dict) whose organisation values carry their entity fields; values that already
    have an ``id`` are kept unless ``force``. Returns the same dict, changed in place."""
    res = resolver(tuple(gazetteers))
    for field in ORG_FIELDS:
        values = rec.get(field)
        if isinstance(values, list) and (force or any(isinstance(v, dict) and not v.get("id") for v in values)):
            rec[field] = res.resolve_values(values)
    return rec


def persons_of(doc) -> list[str]:
    """The persons the trained NER found in a Doc (none without NER)."""
    from extract.components.doctext import doc_text, entity_spans  # spaCy loads only where a Doc is read

    if not doc.has_annotation("ENT_IOB"):
        return []
    text = doc_text(doc)  # a Span's text is the article's text between its offsets
    return [text[a:b] for _, _, label, a, b in entity_spans(doc) if label in ("PER", "PERSON")]


_END_PAREN = re.compile(r"^(.*[^\s(])\s*\(([^()]+)\)\s*$")


def without_own_acronym(values: list[dict]) -> list[dict]:
    """The givers' printed names without the acronym or short form in parentheses that ends them ("PT Bukit Asam
    Tbk (PTBA)" prints "PT Bukit Asam Tbk"); the name as written stays the first alias, so evidence and matching
    keep it. A legal word in parentheses ("(Persero)") stays. Measured, not assumed (docs/names_s30.md): the gold's
    first form of a giver leaves the acronym out in 590 of 748 corpus/ entities, and where it keeps it, it lists
    the form without it in 17 of 21 fit entities; partners' printed names are left as they are (no gain there)."""
    legal = resolver(()).legal_words
    for v in values:
        name = str(v.get("name") or "")
        m = _END_PAREN.match(name)
        if m and m.group(2).strip() not in legal and f"({m.group(2).strip()})" not in legal:
            v["aliases"] = list(dict.fromkeys([name, *(v.get("aliases") or [])]))
            v["name"] = m.group(1).rstrip(" ,")
    return values


def apply(values: list[dict], doc=None) -> list[dict]:
    """The record builder's step: the values of one field with their entity fields (those the
    ``warta_entities`` component put on the Doc, else resolved here with our lists)."""
    known = doc._.get("org_entities") if doc is not None and doc.has_extension("org_entities") else None
    if known is None:  # a pipeline without the component: our lists only
        return resolver(()).resolve_values(values, persons_of(doc) if doc is not None else ())
    return resolver(()).resolve_values(values, known=known)


def entity_fields(value: dict) -> dict[str, Any]:
    return {k: value.get(k) for k in ENTITY_KEYS}
