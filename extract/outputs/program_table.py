"""Programmes by giver: which named programmes each giver runs (``warta entities --programs``, the report's panel).

One row per giver id and programme:

- ``giver_id``, ``giver``, ``group``: the giver entity (as in extract/outputs/entity_table.py);
- ``program``: the programme's commonest name; ``names``: every form the records give it (name and
  aliases, commonest first);
- ``articles``: stories that report the giver running it (each story once, see below);
- ``total_idr``, ``median_idr``, ``articles_with_money``: the article's programme size (its largest
  rupiah sum, as the report and the entities table count it) added up over those articles, its
  median, and how many name a sum. An article reporting two programmes credits its sum to both, so
  the rows of one giver do not add up to its ``total_idr`` in the entities table;
- ``sectors``, ``provinces``, ``years``: the articles' sector labels, provinces and years, commonest first.

Every giver of an article is credited with each of its programmes (joint givers run it together).
One programme across articles is one key: its name in lower case without a leading ``Program`` and
without a parenthesised acronym; a form of another of the giver's programmes (an alias, the
acronym) joins it. A later copy of a story (``duplicate_of`` set) is skipped unless
``count_duplicates``; ``sectors`` keeps only articles with any of those labels (also for the
entities table: ``has_sector``).
"""
from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from typing import Iterable

from extract.components.entities import resolve_record, resolver

COLUMNS = ["giver_id", "giver", "group", "program", "names", "articles", "total_idr", "median_idr",
           "articles_with_money", "sectors", "provinces", "years"]
LIST_SEP = " | "
_LEAD = re.compile(r"^(?:program|programme)\s+", re.I)
_PAREN = re.compile(r"\s*\([^()]*\)\s*")


def program_key(name: str) -> str:
    """The programme's name as a key across articles: lower case, no leading ``Program``, no
    parenthesised acronym, single spaces (``Program Kampoeng BNI (KBNI)`` -> ``kampoeng bni``)."""
    text = _PAREN.sub(" ", str(name or ""))
    text = " ".join(text.split())
    return _LEAD.sub("", text).casefold().strip(" .,'\"“”")


def wanted_sectors(sectors: Iterable[str] | None) -> set[str]:
    """The sector labels asked for, lower case; ValueError for a label outside the contract's eight."""
    from extract.components.sectors import LABELS

    wanted = {s.strip().casefold() for s in sectors or () if s and s.strip()}
    unknown = sorted(wanted - set(LABELS))
    if unknown:
        raise ValueError(f"unknown sector {', '.join(unknown)}: use one of {', '.join(LABELS)}")
    return wanted


def has_sector(rec: dict, wanted: set[str]) -> bool:
    """Whether the record has any of the ``wanted`` sector labels (always, when none are wanted)."""
    if not wanted:
        return True
    return any(isinstance(s, dict) and str(s.get("label") or "").casefold() in wanted for s in rec.get("sectors") or [])


def program_rows(records: Iterable[dict], gazetteers: tuple[str, ...] = (), *, count_duplicates: bool = False,
                 sectors: Iterable[str] | None = None) -> list[dict]:
    """One row per (giver id, programme), most articles first, then most money."""
    from extract.outputs.report import money_of, province_of, year_of

    res = resolver(tuple(gazetteers))
    wanted = wanted_sectors(sectors)
    giver_name: dict[str, Counter] = defaultdict(Counter)
    canonical: dict[str, str] = {}
    forms: dict[str, dict[str, str]] = defaultdict(dict)  # giver -> a form's key -> the programme's key
    names: dict[tuple[str, str], Counter] = defaultdict(Counter)  # every form written
    main: dict[tuple[str, str], Counter] = defaultdict(Counter)   # the value's name
    articles: dict[tuple[str, str], set] = defaultdict(set)
    money: dict[tuple[str, str], list[float]] = defaultdict(list)
    labels: dict[tuple[str, str], Counter] = defaultdict(Counter)
    provinces: dict[tuple[str, str], Counter] = defaultdict(Counter)
    years: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for n, rec in enumerate(records):
        if not isinstance(rec, dict) or (rec.get("duplicate_of") and not count_duplicates):
            continue
        if not rec.get("programs") or not has_sector(rec, wanted):
            continue
        rec = resolve_record(dict(rec), gazetteers)
        givers = [o for o in rec.get("organizations") or [] if isinstance(o, dict) and o.get("id")]
        if not givers:
            continue
        article = rec.get("doc_id", n), n
        article_money = money_of(rec)
        provs = {p for p in (province_of(pl) for pl in rec.get("locations") or [] if isinstance(pl, dict)) if p}
        sector_labels = {s["label"] for s in rec.get("sectors") or [] if isinstance(s, dict) and s.get("label")}
        year = year_of(rec)
        for g in givers:
            gid = g["id"]
            giver_name[gid][str(g.get("name") or "")] += 1
            if g.get("canonical"):
                canonical[gid] = g["canonical"]
            for prog in rec.get("programs") or []:
                if not isinstance(prog, dict) or not prog.get("name"):
                    continue
                written = [prog["name"], *(a for a in prog.get("aliases") or [] if isinstance(a, str))]
                keys = [k for k in (program_key(w) for w in written) if k]
                if not keys:
                    continue
                known = forms[gid]
                pkey = next((known[k] for k in keys if k in known), keys[0])
                for k in keys:
                    known.setdefault(k, pkey)
                key = gid, pkey
                if article in articles[key]:
                    continue
                articles[key].add(article)
                names[key].update(dict.fromkeys(written, 1))
                main[key][prog["name"]] += 1
                if article_money > 0:
                    money[key].append(article_money)
                labels[key].update(sector_labels)
                provinces[key].update(provs)
                if year:
                    years[key][year] += 1
    rows = []
    for (gid, pkey), arts in articles.items():
        key = gid, pkey
        sums = money[key]
        forms_seen = [w for w, _ in sorted(names[key].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))]
        rows.append({
            "giver_id": gid, "giver": canonical.get(gid) or giver_name[gid].most_common(1)[0][0],
            "group": res.top(gid) if not gid.startswith("org:") else gid,
            "program": max(main[key].items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0], "names": LIST_SEP.join(forms_seen),
            "articles": len(arts), "total_idr": float(sum(sums)),
            "median_idr": statistics.median(sums) if sums else 0.0, "articles_with_money": len(sums),
            "sectors": LIST_SEP.join(s for s, _ in labels[key].most_common()),
            "provinces": LIST_SEP.join(p for p, _ in provinces[key].most_common()),
            "years": LIST_SEP.join(sorted(years[key])),
        })
    rows.sort(key=lambda r: (-r["articles"], -r["total_idr"], r["giver_id"], r["program"]))
    return rows
