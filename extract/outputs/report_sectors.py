"""The report's money-by-sector and programmes-by-giver panels (extract/outputs/report.py calls these functions).

Per sector, the money of the articles labelled with it: a rupiah sum the text ties to that sector
(the amount's ``sector``) counts for it; otherwise the article's largest rupiah sum is credited to
each of its sectors (an article with two sectors credits both, as "Givers by money" credits both
givers). The table also names the provinces with the most money for each sector.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

UNKNOWN = "(unknown)"


def _idr(amounts: list[dict]) -> list[dict]:
    return [a for a in amounts or [] if a.get("currency") == "IDR" and isinstance(a.get("value"), int | float)
            and math.isfinite(a["value"])]


def sector_credits(rec: dict) -> dict[str, float]:
    """label -> the money an article credits to it: the largest sum the text ties to that sector,
    else the article's largest rupiah sum (0 when it names none)."""
    sums = _idr(rec.get("amounts"))
    tied: dict[str, float] = {}
    for a in sums:
        if a.get("sector"):
            tied[a["sector"]] = max(tied.get(a["sector"], 0.0), float(a["value"]))
    largest = max((float(a["value"]) for a in sums), default=0.0)
    labels = {s.get("label") for s in rec.get("sectors") or [] if isinstance(s, dict) and s.get("label")}
    return {label: tied.get(label, largest) for label in labels | set(tied)}


def money_by_sector(records: list[dict], summaries: list[dict]) -> list[tuple[str, float, int, list[tuple[str, float]]]]:
    """(sector, money, articles, [(province, money)...]) sorted by money, then articles."""
    money: dict[str, float] = defaultdict(float)
    articles: Counter[str] = Counter()
    by_prov: dict[str, Counter[str]] = defaultdict(Counter)
    for rec, summ in zip(records, summaries):
        province = (summ.get("p") or [UNKNOWN])[0]
        for label, credit in sector_credits(rec).items():
            money[label] += credit
            articles[label] += 1
            if credit > 0:
                by_prov[label][province] += credit
    rows = [(s, money[s], articles[s], by_prov[s].most_common(3)) for s in articles]
    return sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))


SECTOR_COLUMNS = ["sector", "province", "articles", "total_idr", "median_idr", "articles_with_money"]


def sector_province_rows(records, gazetteers: tuple[str, ...] = (), *, count_duplicates: bool = False,
                         sectors=None) -> list[dict]:
    """Money by sector and province (``warta entities --by-sector``): one row per sector and the
    province the article's places name most (``(unknown)`` when none), with the money credited as in
    the report's panel (``sector_credits``). Each story once unless ``count_duplicates``; ``sectors``
    keeps only those labels. Sectors by money, then provinces by money within each."""
    import statistics

    from extract.outputs.program_table import wanted_sectors
    from extract.outputs.report import province_of

    wanted = wanted_sectors(sectors)
    credited: dict[tuple[str, str], list[float]] = defaultdict(list)
    for rec in records:
        if not isinstance(rec, dict) or (rec.get("duplicate_of") and not count_duplicates):
            continue
        provinces: Counter[str] = Counter()
        for place in rec.get("locations") or []:
            prov = province_of(place) if isinstance(place, dict) else None
            if prov:
                provinces[prov] += len(place.get("evidence") or []) or 1
        province = provinces.most_common(1)[0][0] if provinces else UNKNOWN
        for label, credit in sector_credits(rec).items():
            if not wanted or label in wanted:
                credited[(label, province)].append(credit)
    by_sector: Counter[str] = Counter()
    for (label, _), vals in credited.items():
        by_sector[label] += sum(vals)
    rows = []
    for (label, province), vals in credited.items():
        sums = [v for v in vals if v > 0]
        rows.append({"sector": label, "province": province, "articles": len(vals), "total_idr": float(sum(sums)),
                     "median_idr": statistics.median(sums) if sums else 0.0, "articles_with_money": len(sums)})
    rows.sort(key=lambda r: (-by_sector[r["sector"]], r["sector"], r["province"] == UNKNOWN, -r["total_idr"],
                             -r["articles"], r["province"]))
    return rows


def sector_panel(rows, chart, table, fmt_money, escape) -> dict:
    """The panel dict of extract/outputs/report.py's overview (its chart and table helpers passed in)."""
    vals = [m for _, m, _, _ in rows]
    return {
        "title": "Money by sector",
        "note": "Sums the text ties to a sector count for it; otherwise the largest rupiah sum of each article "
                "is credited to each of its sectors (articles with two sectors credit both).",
        "chart": chart("money-sector", [s for s, _, _, _ in rows], vals, "rupiah per sector",
                       [fmt_money(m) for m in vals]) if any(m > 0 for m in vals) else "",
        "table": table(["sector", "money", "articles", "provinces with most money"],
                       [[escape(s), fmt_money(m), f"{n:,}",
                         ", ".join(f"{escape(p)} ({fmt_money(v)})" for p, v in provs)] for s, m, n, provs in rows],
                       {1, 2}),
    }


PROGRAM_ROWS = 100  # the panel lists the top rows only; `warta entities --programs` has them all


def program_panel(rows: list[dict], table, fmt_money, escape) -> dict:
    """The programmes-by-giver panel: rows of extract/outputs/program_table.py, most articles first."""
    return {
        "title": "Programmes by giver",
        "note": "Named programmes and the giver that runs them; money is the largest rupiah sum of each article "
                "(an article with two programmes credits both). All rows: warta entities --programs.",
        "chart": "",
        "table": table(["giver", "programme", "articles", "money", "sectors", "provinces"],
                       [[escape(r["giver"]), escape(r["program"]), f"{r['articles']:,}", fmt_money(r["total_idr"]),
                         escape(r["sectors"].replace(" | ", ", ")), escape(r["provinces"].replace(" | ", ", "))]
                        for r in rows[:PROGRAM_ROWS]], {2, 3}),
    }
