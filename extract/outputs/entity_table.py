"""The organisations of a set of records, one row per entity id (``warta entities``, ``warta export --entities``).

Columns:

- ``id``, ``canonical``, ``parent``, ``kind``: the entity (extract/components/entities.py); ``group``: the top of
  its parent chain (``bri`` for ``bri-peduli``), for grouping a company with its foundation and units;
- ``names``: the names the records give it, commonest first; ``units``: its units named;
- ``articles``, ``as_giver``, ``as_partner``: in how many articles it is named, as giver, as partner;
- ``total_idr``, ``median_idr``, ``articles_with_money``: over the articles where it is a giver, the
  article's programme size (its largest rupiah sum, as the report counts it) added up, its median,
  and how many such articles name a sum; the median shows what one article's sum looks like when a
  single large sum makes the total;
- ``provinces``, ``years``: where (the articles' provinces) and when (publication or event year);
- ``programs``: the named programmes of its articles as giver, commonest first (one row per giver and
  programme, with counts and sums: extract/outputs/program_table.py, ``warta entities --programs``).

``sectors`` keeps only the articles with any of those sector labels.

Records without entity ids (written before warta had them) are resolved on the way
(``extract.components.entities.resolve_record``).
"""
from __future__ import annotations

import csv
import json
import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from extract.components.entities import resolve_record, resolver

COLUMNS = ["id", "canonical", "parent", "group", "kind", "names", "units", "articles", "as_giver", "as_partner",
           "total_idr", "median_idr", "articles_with_money", "provinces", "years", "programs"]
LIST_SEP = " | "


def entity_rows(records: Iterable[dict], gazetteers: tuple[str, ...] = (), *,
                count_duplicates: bool = False, sectors: Iterable[str] | None = None) -> list[dict]:
    """One row per organisation id, most articles first. Each story counts once: a later copy
    (``duplicate_of`` set, see extract/storage/stories.py) is skipped unless ``count_duplicates``."""
    from extract.outputs.program_table import has_sector, wanted_sectors
    from extract.outputs.report import money_of, province_of, year_of

    wanted = wanted_sectors(sectors)
    res = resolver(tuple(gazetteers))
    info: dict[str, dict] = {}
    names: dict[str, Counter] = defaultdict(Counter)
    units: dict[str, Counter] = defaultdict(Counter)
    roles: dict[str, dict[str, set]] = defaultdict(lambda: {"giver": set(), "partner": set()})
    money: dict[str, list[float]] = defaultdict(list)
    provinces: dict[str, Counter] = defaultdict(Counter)
    years: dict[str, Counter] = defaultdict(Counter)
    programs: dict[str, Counter] = defaultdict(Counter)
    for n, rec in enumerate(records):
        if not isinstance(rec, dict) or (rec.get("duplicate_of") and not count_duplicates):
            continue
        if not has_sector(rec, wanted):
            continue
        rec = resolve_record(dict(rec), gazetteers)
        article_money = money_of(rec)
        provs = {p for p in (province_of(pl) for pl in rec.get("locations") or [] if isinstance(pl, dict)) if p}
        year = year_of(rec)
        for field, role in (("organizations", "giver"), ("partners", "partner")):
            for v in rec.get(field) or []:
                if not isinstance(v, dict) or not v.get("id"):
                    continue
                eid = v["id"]
                info.setdefault(eid, v)
                names[eid][str(v.get("name") or "")] += 1
                if v.get("unit"):
                    units[eid][v["unit"]] += 1
                key = rec.get("doc_id", n), n
                if key in roles[eid]["giver"] | roles[eid]["partner"]:
                    if role == "giver":
                        roles[eid]["partner"].discard(key)
                    else:
                        continue
                roles[eid][role].add(key)
                if role == "giver" and article_money > 0:
                    money[eid].append(article_money)
                if role == "giver":
                    programs[eid].update({str(p["name"]) for p in rec.get("programs") or []
                                          if isinstance(p, dict) and p.get("name")})
                provinces[eid].update(provs)
                if year:
                    years[eid][year] += 1
    rows = []
    for eid, v in info.items():
        sums = money[eid]
        rows.append({
            "id": eid, "canonical": v.get("canonical") or v.get("name"), "parent": v.get("parent") or "",
            "group": res.top(eid) if not eid.startswith("org:") else eid, "kind": v.get("kind") or "",
            "names": LIST_SEP.join(n for n, _ in names[eid].most_common() if n),
            "units": LIST_SEP.join(u for u, _ in units[eid].most_common()),
            "articles": len(roles[eid]["giver"]) + len(roles[eid]["partner"]),
            "as_giver": len(roles[eid]["giver"]), "as_partner": len(roles[eid]["partner"]),
            "total_idr": float(sum(sums)), "median_idr": statistics.median(sums) if sums else 0.0,
            "articles_with_money": len(sums),
            "provinces": LIST_SEP.join(p for p, _ in provinces[eid].most_common()),
            "years": LIST_SEP.join(sorted(years[eid])),
            "programs": LIST_SEP.join(p for p, _ in programs[eid].most_common()),
        })
    rows.sort(key=lambda r: (-r["articles"], -r["as_giver"], r["id"]))
    return rows


def write_entities(rows: list[dict], output: str | Path, bom: bool = False, columns: list[str] = COLUMNS) -> int:
    """Write the rows as .csv (cells that start like a formula are quoted for spreadsheets), .jsonl
    or .parquet, by the suffix; returns the rows written."""
    from extract.outputs.sinks import safe_cell

    suffix = Path(output).suffix.lower()
    if suffix == ".csv":
        with open(output, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=columns)
            w.writeheader()
            for r in rows:
                w.writerow({k: safe_cell(r[k]) for k in columns})
    elif suffix in (".jsonl", ".json"):
        with open(output, "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif suffix in (".parquet", ".pq"):
        import pandas as pd

        pd.DataFrame(rows, columns=columns).to_parquet(output, index=False)
    else:
        raise ValueError(f"unknown entities format {suffix or str(output)!r}: use .csv, .jsonl or .parquet")
    return len(rows)
