"""The analyst's report: one self-contained HTML page of what was extracted, and why.

``render_report(records, out_path, texts)`` writes the page: a corpus overview
(counts, givers ranked by articles and by money, money by province and by year,
beneficiaries by unit, places by province; each plot an inline SVG with its
numbers in a table beside it), then the articles, filtered on the page by
organisation, province, year and errors, paginated so that 10,000 articles stay
fast. Each article shows its text with every extracted value highlighted where
it was read (spaCy's displacy entity view; hovering shows the normalised value,
confidence and, for organisations, role and cue) beside a table of the record's
fields, its errors and warnings. Without the article text, the evidence
sentences stand in for it.

``build_report(path, out_path, articles=...)`` is what ``warta report`` calls:
records from JSON Lines or a store, texts from ``articles`` or each record's source.

Everything is inlined (styles, script, SVG): no server, no network.
"""
from __future__ import annotations

import html
import json
import math
import re
import statistics
import time
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from extract.components.entities import resolve_record
from extract.components.entities import resolver as entity_resolver
from extract.record import VALUE_FIELDS
from extract.outputs.report_charts import bar_chart
from extract.outputs.program_table import program_rows
from extract.outputs.report_sectors import money_by_sector, program_panel, sector_panel
from extract.outputs.sinks import value_label
from rules import load_rules

ASSETS = Path(__file__).resolve().parent / "report_assets"
TOP = 15            # bars per chart
TABLE_ROWS = 50     # rows per overview table before "show all"
ORG_OPTIONS = 2000  # organisation names offered by the filter's autocompletion
UNKNOWN = "(unknown)"


class ReportError(ValueError):
    """The input cannot be read as records; the message says why."""


@dataclass
class ReportSummary:
    articles: int = 0
    failed: int = 0
    with_text: int = 0
    from_sentences: int = 0
    skipped_lines: int = 0
    seconds: float = 0.0
    out_path: str = ""
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        text = (f"{self.out_path}: {self.articles} articles ({self.failed} failed), {self.with_text} with full text, "
                f"{self.from_sentences} from evidence sentences; {self.seconds:.1f}s")
        if self.skipped_lines:
            text += f"; {self.skipped_lines} unreadable input lines skipped"
        return text


# ====================================================================== inputs
def load_records(path: Path | str) -> Iterator[dict]:
    """Records from JSON Lines, or from a warta store (SQLite, recognised by its header)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as err:
        raise ReportError(f"cannot read {path}: {err.strerror or err}") from err
    if head.startswith(b"SQLite format 3"):
        yield from records_from_store(path)
    else:
        yield from records_from_jsonl(path)


def records_from_jsonl(path: Path | str, skipped: list[int] | None = None) -> Iterator[dict]:
    """Each JSON object line of the file; unreadable lines are counted in ``skipped`` (line numbers)."""
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                obj = None
            if isinstance(obj, dict) and "doc_id" in obj:
                yield obj
            elif skipped is not None:
                skipped.append(lineno)


def records_from_store(path: Path | str) -> Iterator[dict]:
    """Records from a warta SQLite store (extract/storage/store.py), in source order."""
    from extract.storage.store import Store, StoreError

    try:
        store = Store(path, create=False)
    except StoreError as err:
        raise ReportError(str(err)) from err
    try:
        yield from store.iter_records()
    finally:
        store.close()


def texts_from_paths(paths: Iterable[str | Path], wanted: set[str] | None = None) -> dict[str, str]:
    """Article texts by doc_id, read again from the sources the records came from."""
    from extract.inputs.sources import read_paths

    return {a.doc_id: a.text for a in read_paths(paths) if a.text and (wanted is None or a.doc_id in wanted)}


_SOURCE_SUFFIX = re.compile(r"(?:#\d+|:\d+)$")  # "file.csv#3", "file.jsonl:12" (extract.inputs.sources)


def texts_from_sources(records: Iterable[dict], base: Path | None = None) -> dict[str, str]:
    """Article texts by doc_id, from each record's ``source`` path where that file still exists.

    A relative source is tried as it stands, then beside ``base`` (the records file's folder).
    Each source file is read once, whatever number of articles it holds.
    """
    from extract.inputs.sources import read_file

    by_file: dict[Path, set[str]] = defaultdict(set)
    for rec in records:
        source = rec.get("source") or ""
        if not source or source.startswith("<"):
            continue
        raw = Path(_SOURCE_SUFFIX.sub("", source)) if not Path(source).exists() else Path(source)
        for candidate in (raw, (base / raw) if base and not raw.is_absolute() else None):
            if candidate is not None and candidate.is_file():
                by_file[candidate].add(rec["doc_id"])
                break
    texts: dict[str, str] = {}
    for path, ids in by_file.items():
        for article in read_file(path):
            if article.doc_id in ids and article.text:
                texts[article.doc_id] = article.text
    return texts


def build_report(records_path: Path | str, out_path: Path | str, articles: Iterable[str | Path] | None = None,
                 **options) -> ReportSummary:
    """Read records (JSON Lines or store) and their texts, then write the report (``warta report``)."""
    records_path = Path(records_path)
    skipped: list[int] = []
    try:
        with records_path.open("rb") as fh:
            is_store = fh.read(16).startswith(b"SQLite format 3")
    except OSError as err:
        raise ReportError(f"cannot read {records_path}: {err.strerror or err}") from err
    records = list(records_from_store(records_path) if is_store else records_from_jsonl(records_path, skipped))
    if not records and not skipped:
        raise ReportError(f"{records_path}: no records")
    wanted = {r["doc_id"] for r in records}
    articles = list(articles or [])
    if articles:
        texts = texts_from_paths(articles, wanted)
    else:
        texts = texts_from_sources(records, records_path.parent)
    summary = render_report(records, out_path, texts, **options)
    summary.skipped_lines = len(skipped)
    return summary


# ====================================================================== per article
def normalise(rec: dict) -> dict:
    """The record with the layout the report relies on: value fields are lists of objects, each with
    a list of evidence objects; warnings a list of strings. Anything else in a malformed record is
    dropped, so the report shows what it can and never fails on one record."""
    out = dict(rec)
    out["doc_id"] = str(rec.get("doc_id", ""))
    for f in VALUE_FIELDS:
        out[f] = [{**v, "evidence": evidence(v)} for v in values(rec, f)]
    warnings = rec.get("warnings")
    out["warnings"] = [str(w) for w in warnings] if isinstance(warnings, list) else ([warnings] if warnings else [])
    for key in ("title", "published", "error", "source", "url"):
        if out.get(key) is not None and not isinstance(out[key], str):
            out[key] = str(out[key])
    return resolve_record(out)  # records written before entity ids get them here


@lru_cache(maxsize=1)
def field_styles() -> dict[str, dict[str, str]]:
    with (ASSETS / "fields.toml").open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def _fold_words() -> frozenset[str]:
    return frozenset(load_rules("report")["fold"])


_PUNCT = re.compile(r"[^\w\s]+")


def fold_name(name: str) -> str:
    """An organisation's name reduced for grouping: lower-case, no punctuation, no legal-form words.

    >>> fold_name("PT Semen Indonesia (Persero) Tbk")
    'semen indonesia'
    >>> fold_name("Bank  Mandiri.")
    'bank mandiri'
    """
    words = [w for w in name.lower().split() if w not in _fold_words()]
    words = [w for w in _PUNCT.sub(" ", " ".join(words)).split() if w not in _fold_words()]
    return " ".join(words)


@lru_cache(maxsize=1)
def _province_level() -> str:
    return load_rules("report")["province_level"]


def province_of(place: dict) -> str | None:
    """The province a place lies in: its ``province`` field, or itself when it is one."""
    if place.get("province"):
        return str(place["province"])
    if place.get("level") == _province_level() and (place.get("canonical") or place.get("name")):
        return str(place.get("canonical") or place.get("name"))
    return None


def year_of(rec: dict) -> str:
    """The article's year: its publication date, else the commonest year among its event dates."""
    published = rec.get("published") or ""
    if re.match(r"\d{4}-", published):
        return published[:4]
    dates = [d.get("date") for d in rec.get("dates") or []]
    years = Counter(d[:4] for d in dates if isinstance(d, str) and re.match(r"\d{4}-", d))
    if not years:
        return ""
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def money_of(rec: dict, currency: str = "IDR") -> float:
    """The largest sum of ``currency`` the article names (0 when none).

    Articles often give a total and then its parts, so the sum of all amounts would
    count the money twice; the largest amount is the article's program size.
    """
    sums = [a["value"] for a in rec.get("amounts") or []
            if a.get("currency") == currency and isinstance(a.get("value"), int | float) and math.isfinite(a["value"])]
    return float(max(sums, default=0.0))


def article_summary(i: int, rec: dict, text: str | None) -> dict:
    """The compact entry the page filters, sorts and lists (one per article, kept small)."""
    givers = [str(o.get("name") or "") for o in rec.get("organizations") or []]
    partners = [str(o.get("name") or "") for o in rec.get("partners") or []]
    provinces: Counter[str] = Counter()
    for place in rec.get("locations") or []:
        prov = province_of(place)
        if prov:
            provinces[prov] += len(place.get("evidence") or []) or 1
    title = rec.get("title") or _lead(text) or _lead(_first_sentence(rec)) or ""
    res = entity_resolver(())
    ids = [str(o["id"]) for f in ("organizations", "partners") for o in rec.get(f) or [] if o.get("id")]
    return {
        "i": i, "id": str(rec.get("doc_id", "")), "t": title, "g": givers, "o": givers + partners,
        "k": sorted(set(ids) | {res.top(k) or k for k in ids}),
        "p": [p for p, _ in provinces.most_common()], "y": year_of(rec), "e": 1 if rec.get("error") else 0,
        "w": len(rec.get("warnings") or []), "m": money_of(rec),
        "n": [len(rec.get(f) or []) for f in VALUE_FIELDS],
    }


def _lead(text: str | None, limit: int = 110) -> str:
    if not text:
        return ""
    line = " ".join(text.strip().split("\n", 1)[0].split())
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + " …"


def _first_sentence(rec: dict) -> str:
    best = None
    for f in VALUE_FIELDS:
        for value in rec.get(f) or []:
            for ev in value.get("evidence") or []:
                if best is None or ev.get("start", 0) < best.get("start", 0):
                    best = ev
    return (best or {}).get("sentence") or ""


# ---------------------------------------------------------------- highlights
def values(rec: dict, field_name: str) -> list[dict]:
    """The values of a field; anything that is not a list of objects counts as none."""
    got = rec.get(field_name)
    return [v for v in got if isinstance(v, dict)] if isinstance(got, list) else []


def evidence(value: dict) -> list[dict]:
    got = value.get("evidence")
    return [e for e in got if isinstance(e, dict)] if isinstance(got, list) else []


@dataclass
class Mark:
    start: int
    end: int
    text: str
    field: str
    tip: str
    nested: list["Mark"] = field(default_factory=list)


def label_of(field_name: str, value: dict) -> str:
    """A value as an analyst reads it: ``IDR 200,000,000``, the ISO date, the name, a count and its unit."""
    if field_name == "amounts" and isinstance(value.get("value"), int | float):
        cur = str(value.get("currency") or "")
        return ("Rp" if cur == "IDR" else cur + " ") + fmt_number(value["value"]) if math.isfinite(value["value"]) \
            else str(value["value"])
    try:
        return " ".join(str(value_label(field_name, value)).split())
    except (TypeError, ValueError):
        return json.dumps({k: v for k, v in value.items() if k != "evidence"}, ensure_ascii=False, default=str)


def describe(field_name: str, value: dict) -> str:
    """The hover text of a highlight: field, normalised value, confidence, and what settled it."""
    style = field_styles()[field_name]
    parts = [f"{style['name']}: {label_of(field_name, value)}"]
    if field_name in ("organizations", "partners"):
        role = value.get("role") or ("giver" if field_name == "organizations" else "partner")
        cue = value.get("role_cue")
        parts.append(f"role: {role}" + (f" (cue: “{cue}”)" if cue else " (no cue)"))
        if value.get("id"):
            parts.append(f"id: {value['id']}" + (f" ({value['canonical']})" if value.get("canonical") and
                                                   value.get("canonical") != value.get("name") else ""))
        if value.get("parent"):
            parts.append(f"parent: {value['parent']}")
        if value.get("unit"):
            parts.append(f"unit: {value['unit']}")
        if value.get("kind"):
            parts.append(f"kind: {value['kind']}")
        if value.get("aliases"):
            parts.append("also written: " + ", ".join(value["aliases"]))
    elif field_name == "locations":
        where = [value.get("level"), value.get("regency"), value.get("province"), value.get("code")]
        parts.append(" · ".join(str(w) for w in where if w))
    elif field_name == "amounts":
        flags = [value.get("range") and f"range {value['range']}", value.get("approximate") and "approximate"]
        parts.append(", ".join(f for f in flags if f))
        if amount_warning(value):
            parts.append("⚠ " + amount_warning(value))
    elif field_name == "dates":
        if value.get("inferred_year"):
            parts.append("year taken from the article's date")
    elif field_name == "beneficiaries":
        if value.get("group"):
            parts.append(f"who: {value['group']}")
        if value.get("approximate"):
            parts.append("approximate")
    conf = value.get("confidence")
    if isinstance(conf, int | float):
        parts.append(f"confidence {conf:.2f}")
    return "\n".join(p for p in parts if p)


def described(rec: dict) -> list[tuple[str, dict, str]]:
    """Every value of the record with its hover text: (field, value, tip), in field order."""
    return [(f, v, describe(f, v)) for f in VALUE_FIELDS for v in values(rec, f)]


def marks_of(rec: dict, tips: list[tuple[str, dict, str]] | None = None) -> list[Mark]:
    """Every piece of evidence of every value, as highlights (duplicates of one span merged)."""
    marks: dict[tuple[int, int, str], Mark] = {}
    for f, value, tip in tips if tips is not None else described(rec):
        for ev in evidence(value):
            try:
                start, end, text = int(ev["start"]), int(ev["end"]), str(ev["text"])
            except (KeyError, TypeError, ValueError):
                continue
            if end > start >= 0 and (start, end, f) not in marks:
                marks[(start, end, f)] = Mark(start, end, text, f, tip)
    return list(marks.values())


def layout(marks: list[Mark]) -> list[Mark]:
    """Non-overlapping highlights, longest first; a span inside or across a kept one rides on it as nested.

    displacy's entity view cannot draw overlapping spans; a place inside an
    organisation's name ("Cilacap" in "Pertamina RU IV Cilacap") is listed on the
    organisation's highlight instead of being lost.
    """
    kept: list[Mark] = []
    for m in sorted(marks, key=lambda m: (-(m.end - m.start), m.start, m.field)):
        host = next((k for k in kept if m.start < k.end and k.start < m.end), None)
        if host is None:
            kept.append(m)
        else:
            host.nested.append(m)
    return sorted(kept, key=lambda m: m.start)


TPL_MARK = ('<mark class="w-m w-{label}" data-field="{field}" data-start="{start}" data-end="{end}"{nested}'
            ' title="{tip}">{text}<span class="w-tag">{label}</span></mark>')


def _span(m: Mark, offset: int) -> dict:
    styles = field_styles()
    tip = m.tip
    nested = ""
    if m.nested:
        tip += "\n" + "\n".join(f"— overlaps {styles[n.field]['name']} “{n.text}”: {n.tip.splitlines()[0]}"
                                for n in m.nested)
        nested = ' data-nested="' + ",".join(f"{n.field}:{n.start}-{n.end}" for n in m.nested) + '"'
    return {"start": m.start - offset, "end": m.end - offset, "label": styles[m.field]["label"],
            "params": {"field": m.field, "start": m.start, "end": m.end, "tip": html.escape(tip, quote=True),
                       "nested": nested}}


_RENDERER = None


def _displacy(text: str, spans: list[dict]) -> str:
    """displacy's entity view of ``text`` with character-offset ``spans`` (manual mode)."""
    global _RENDERER
    if _RENDERER is None:
        from spacy.displacy.render import EntityRenderer

        _RENDERER = EntityRenderer({"template": TPL_MARK})
    return _RENDERER.render_ents(text, spans, None)


def text_matches(text: str, marks: list[Mark]) -> bool:
    return all(text[m.start:m.end] == m.text for m in marks)


def render_text(text: str, marks: list[Mark]) -> str:
    """The whole article with highlights; offsets are the evidence offsets."""
    return _displacy(text, [_span(m, 0) for m in layout(marks)])


def render_sentences(rec: dict, marks: list[Mark]) -> str:
    """Without the text: each evidence sentence once, in text order, its highlights placed within it.

    A sentence's start in the article follows from an evidence offset and where
    the evidence text sits in the sentence, so highlights keep article offsets.
    Where the evidence text occurs more than once in its sentence, the start that
    most evidence of that sentence agrees on wins.
    """
    by_span = {(m.start, m.end, m.field): m for m in marks}
    in_sentence: dict[str, list[Mark]] = defaultdict(list)
    for f in VALUE_FIELDS:
        for value in rec.get(f) or []:
            for ev in value.get("evidence") or []:
                mark = by_span.get((ev.get("start"), ev.get("end"), f))
                sentence = ev.get("sentence") if isinstance(ev.get("sentence"), str) else ""
                if mark is not None and mark not in in_sentence[sentence]:
                    in_sentence[sentence].append(mark)
    placed: dict[tuple[int, str], list[Mark]] = defaultdict(list)
    for sentence, ms in in_sentence.items():
        starts = {id(m): [m.start - at for at in _occurrences(sentence, m.text)] for m in ms}
        votes = Counter(s for options in starts.values() for s in set(options))
        for m in ms:
            if starts[id(m)]:
                placed[(max(starts[id(m)], key=lambda s: (votes[s], s)), sentence)].append(m)
            elif m not in placed[(m.start, m.text)]:  # the sentence does not hold it: the evidence alone
                placed[(m.start, m.text)].append(m)
    parts = []
    for (s_start, sentence), ms in sorted(placed.items(), key=lambda kv: kv[0]):
        lead = len(sentence) - len(sentence.lstrip("\n"))  # line breaks around a sentence are not shown
        s_start, sentence = s_start + lead, sentence.strip("\n")
        inside = [m for m in ms if s_start <= m.start and m.end <= s_start + len(sentence)]
        parts.append(_displacy(sentence, [_span(m, s_start) for m in layout(inside)]))
    return '<div class="w-gap">…</div>'.join(parts)


def _occurrences(sentence: str, text: str) -> list[int]:
    """Every place ``text`` starts in ``sentence``."""
    out, at = [], sentence.find(text) if text else -1
    while at >= 0:
        out.append(at)
        at = sentence.find(text, at + 1)
    return out


def render_fields(rec: dict, tips: list[tuple[str, dict, str]]) -> str:
    """The side table: every value of every field, normalised, with confidence and evidence count."""
    styles = field_styles()
    by_field: dict[str, list[tuple[dict, str]]] = defaultdict(list)
    for f, value, tip in tips:
        by_field[f].append((value, tip))
    rows = []
    for f in VALUE_FIELDS:
        dot = f'<span class="w-dot w-{styles[f]["label"]}"></span>{styles[f]["name"]}'
        if not by_field[f]:
            rows.append(f'<tr><th>{dot}</th><td class="w-none" colspan="2">none</td></tr>')
            continue
        for j, (value, tip) in enumerate(by_field[f]):
            head = f'<th rowspan="{len(by_field[f])}">{dot}</th>' if j == 0 else ""
            detail = tip.split("\n")[1:]
            n_ev = len(evidence(value))
            detail.append(f"{n_ev} mention{'s' if n_ev != 1 else ''}")
            rows.append(f'<tr>{head}<td>{_e(label_of(f, value))}</td>'
                        f'<td class="w-small">{"<br>".join(_e(d) for d in detail)}</td></tr>')
    return '<table class="w-fields"><tbody>' + "".join(rows) + "</tbody></table>"


def render_article(rec: dict, text: str | None) -> tuple[str, bool]:
    """One article's body: provenance, errors and warnings, highlighted text, field table.

    Returns the HTML and whether the full text was shown.
    """
    tips = described(rec)
    marks = marks_of(rec, tips)
    notes = []
    full = bool(text) and text_matches(text, marks)
    if text and not full:
        bad = sum(1 for m in marks if text[m.start:m.end] != m.text)
        notes.append(f"The article text differs from the one the record was extracted from ({bad} of "
                     f"{len(marks)} evidence offsets do not match): showing the evidence sentences instead.")
    if full:
        body = render_text(text, marks)
    elif marks:
        if not text:
            notes.append("Article text not available: showing the evidence sentences only "
                         "(give the articles with --articles to see the full text).")
        body = render_sentences(rec, marks)
    else:
        body = '<p class="w-none">No article text, and nothing was extracted.</p>' if not text else ""
    meta = []
    for key in ("source", "published", "url", "extractor_version"):
        if rec.get(key):
            val = _e(rec[key])
            if key == "url" and str(rec[key]).startswith(("http://", "https://")):
                val = f'<a href="{val}" rel="noopener noreferrer">{val}</a>'
            meta.append(f"<span><b>{key}</b> {val}</span>")
    alerts = ""
    if rec.get("error"):
        alerts += f'<div class="w-error"><b>error</b> {_e(rec["error"])}</div>'
    for w in rec.get("warnings") or []:
        alerts += f'<div class="w-warning"><b>warning</b> {_e(w)}</div>'
    for n in notes:
        alerts += f'<div class="w-note">{_e(n)}</div>'
    html_ = (f'<div class="w-meta">{"".join(meta)}</div>{alerts}'
             f'<div class="w-grid"><div class="w-text">{body}</div>{render_fields(rec, tips)}</div>')
    return html_, full


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


# ====================================================================== overview
@dataclass
class MoneyRow:
    """One row of a money table: a giver, province or year, its articles and their sums."""

    label: str
    key: str = ""            # the id a link filters by (an entity id, a province, a year)
    articles: int = 0        # articles in the row
    total: float = 0.0       # the rupiah sums of its articles, outliers left out
    median: float = 0.0      # the median article sum (articles with a sum, outliers left out)
    with_money: int = 0      # articles with a sum, outliers left out
    outliers: list[tuple[str, float]] = field(default_factory=list)  # (doc_id, sum) left out of the total
    units: list[str] = field(default_factory=list)  # for an organisation: its units named


@dataclass
class Overview:
    articles: int = 0
    failed: int = 0
    warned: int = 0
    empty: int = 0
    with_money: int = 0
    givers: list[MoneyRow] = field(default_factory=list)        # one per giver id
    giver_groups: list[MoneyRow] = field(default_factory=list)  # one per parent company (top of the parent chain)
    money_by_province: list[MoneyRow] = field(default_factory=list)
    money_by_year: list[MoneyRow] = field(default_factory=list)
    beneficiaries_by_unit: list[tuple[str, int, int]] = field(default_factory=list)
    places_by_province: list[tuple[str, int, list[tuple[str, int]]]] = field(default_factory=list)
    money_by_sector: list[tuple[str, float, int, list[tuple[str, float]]]] = field(default_factory=list)
    programs_by_giver: list[dict] = field(default_factory=list)  # extract/outputs/program_table.py
    other_currencies: dict[str, int] = field(default_factory=dict)
    outlier_above: float = math.inf  # an article sum above this is an outlier (see ``outlier_threshold``)
    outliers: list[tuple[str, float]] = field(default_factory=list)
    repaired: int = 0  # sums the extractor repaired (a warning and a literal reading beside the value)
    copies: int = 0    # later copies of a story (duplicate_of set) left out of the overview's counts
    median_money: float = 0.0
    provinces: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)

    @property
    def givers_by_articles(self) -> list[tuple[str, int]]:
        return [(r.label, r.articles) for r in self.givers]

    @property
    def givers_by_money(self) -> list[tuple[str, float]]:
        return [(r.label, r.total) for r in sorted(self.givers, key=lambda r: (-r.total, r.label)) if r.total > 0]


@lru_cache(maxsize=1)
def _outlier_rules() -> tuple[float, int, float]:
    rules = load_rules("report")
    return float(rules["outlier_factor"]), int(rules["outlier_min_articles"]), float(rules["outlier_above"])


def outlier_threshold(sums: list[float]) -> float:
    """The article sum above which one article is an outlier: ``outlier_factor`` times the median of
    the articles' sums (with at least ``outlier_min_articles`` of them), and never above
    ``outlier_above`` (rules/report.toml).

    >>> outlier_threshold([1e8, 2e8, 5e8, 1e9, 3e9])
    25000000000.0
    >>> outlier_threshold([2e8])
    10000000000000.0
    """
    factor, least, ceiling = _outlier_rules()
    positive = [s for s in sums if s > 0]
    if len(positive) >= least:
        return min(factor * statistics.median(positive), ceiling)
    return ceiling


def _money_rows(members: dict[str, set[int]], labels: dict[str, str], summaries: list[dict], above: float,
                units: dict[str, Counter] | None = None) -> list[MoneyRow]:
    rows = []
    for key, arts in members.items():
        sums = [(summaries[i]["id"], summaries[i]["m"]) for i in sorted(arts) if summaries[i]["m"] > 0]
        kept = [m for _, m in sums if m <= above]
        rows.append(MoneyRow(labels.get(key, key), key, len(arts), float(sum(kept)),
                             float(statistics.median(kept)) if kept else 0.0, len(kept),
                             [(d, m) for d, m in sums if m > above],
                             [u for u, _ in (units or {}).get(key, Counter()).most_common()]))
    return rows


def build_overview(records: list[dict], summaries: list[dict]) -> Overview:
    """The corpus at a glance: every figure of the overview, from the records alone."""
    ov = Overview(articles=len(records))
    giver_articles: dict[str, set[int]] = defaultdict(set)
    group_articles: dict[str, set[int]] = defaultdict(set)
    names_of: dict[str, Counter[str]] = defaultdict(Counter)
    canonical: dict[str, str] = {}
    units_of: dict[str, Counter[str]] = defaultdict(Counter)    # an id's units
    members_of: dict[str, Counter[str]] = defaultdict(Counter)  # a group's members and units
    all_orgs: Counter[str] = Counter()
    prov_articles: dict[str, set[int]] = defaultdict(set)
    year_articles: dict[str, set[int]] = defaultdict(set)
    unit_count: Counter[str] = Counter()
    unit_articles: Counter[str] = Counter()
    places: dict[str, Counter[str]] = defaultdict(Counter)
    place_articles: dict[str, set[int]] = defaultdict(set)
    others: Counter[str] = Counter()
    res = entity_resolver(())
    for i, (rec, summ) in enumerate(zip(records, summaries)):
        ov.failed += bool(rec.get("error"))
        ov.warned += bool(rec.get("warnings"))
        ov.empty += not any(rec.get(f) for f in VALUE_FIELDS) and not rec.get("error")
        for org in rec.get("organizations") or []:
            eid = org.get("id")
            if not eid:
                continue
            giver_articles[eid].add(i)
            group = res.top(eid) if not eid.startswith("org:") else eid
            group_articles[group].add(i)
            names_of[eid][str(org.get("name") or eid)] += 1
            if org.get("canonical") and not eid.startswith("org:"):
                canonical.setdefault(eid, str(org["canonical"]))
            if org.get("unit"):
                units_of[eid][str(org["unit"])] += 1
                members_of[group][str(org["unit"])] += 1
            if group != eid:
                members_of[group][str(canonical.get(eid) or org.get("name"))] += 1
        for name in summ["o"]:
            if name:
                all_orgs[name] += 1
        ov.with_money += summ["m"] > 0
        prov_articles[summ["p"][0] if summ["p"] else UNKNOWN].add(i)
        year_articles[summ["y"] or UNKNOWN].add(i)
        best: dict[str, int] = {}
        for b in rec.get("beneficiaries") or []:
            unit = str(b.get("unit") or UNKNOWN)
            count = b.get("count")
            best[unit] = max(best.get(unit, 0), count if isinstance(count, int) else 0)
        for unit, count in best.items():
            unit_count[unit] += count
            unit_articles[unit] += 1
        for place in rec.get("locations") or []:
            prov = province_of(place) or UNKNOWN
            name = str(place.get("name") or "")
            if name and name != prov:
                places[prov][name] += 1
            place_articles[prov].add(i)
        for a in rec.get("amounts") or []:
            if a.get("currency") and a.get("currency") != "IDR":
                others[str(a["currency"])] += 1
            ov.repaired += bool(amount_warning(a))
    sums = [s["m"] for s in summaries]
    ov.outlier_above = outlier_threshold(sums)
    ov.outliers = sorted(((s["id"], s["m"]) for s in summaries if s["m"] > ov.outlier_above), key=lambda x: -x[1])
    kept = [m for m in sums if 0 < m <= ov.outlier_above]
    ov.median_money = float(statistics.median(kept)) if kept else 0.0
    # givers: one row per entity id, named by its gazetteer name, else its commonest written name
    label = {eid: canonical.get(eid) or c.most_common(1)[0][0] for eid, c in names_of.items()}
    for group in group_articles:
        label.setdefault(group, res.gaz.entries[group].name if group in res.gaz.entries else group)
    order = lambda r: (-r.articles, -r.total, r.label)  # noqa: E731
    ov.givers = sorted(_money_rows(giver_articles, label, summaries, ov.outlier_above, units_of), key=order)
    ov.giver_groups = sorted(_money_rows(group_articles, label, summaries, ov.outlier_above, members_of), key=order)
    ov.money_by_province = sorted(_money_rows(prov_articles, {}, summaries, ov.outlier_above),
                                  key=lambda r: (r.label == UNKNOWN, -r.total, -r.articles, r.label))
    ov.money_by_year = sorted(_money_rows(year_articles, {}, summaries, ov.outlier_above),
                              key=lambda r: (r.label == UNKNOWN, r.label))
    ov.beneficiaries_by_unit = sorted(((u, unit_count[u], unit_articles[u]) for u in unit_count),
                                      key=lambda x: (-x[1], x[0]))
    ov.places_by_province = sorted(((p, len(place_articles[p]), places[p].most_common()) for p in place_articles),
                                   key=lambda x: (x[0] == UNKNOWN, -x[1], x[0]))
    ov.other_currencies = dict(others.most_common())
    ov.money_by_sector = money_by_sector(records, summaries)  # extract/outputs/report_sectors.py
    ov.programs_by_giver = program_rows(records, count_duplicates=True)  # the caller left out later copies
    ov.provinces = sorted({p for s in summaries for p in s["p"]})
    ov.years = sorted({s["y"] for s in summaries if s["y"]}, reverse=True)
    ov.orgs = [n for n, _ in all_orgs.most_common(ORG_OPTIONS)]
    return ov


def amount_warning(amount: dict) -> str:
    """The warning the extractor put on a sum it repaired ('' when none): its ``warning``/``warnings``,
    or a note that its ``literal_value`` differs from its value."""
    w = amount.get("warning") or amount.get("warnings")
    if isinstance(w, list):
        w = "; ".join(str(x) for x in w if x)
    if w:
        return str(w)
    literal = amount.get("literal_value")
    if isinstance(literal, int | float) and literal != amount.get("value"):
        return f"read literally: {fmt_money(literal, str(amount.get('currency') or 'IDR'))}"
    return ""


# ---------------------------------------------------------------- numbers and charts
SCALES = ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta"))


def fmt_number(value: float, decimals: int = 0) -> str:
    """A number the Indonesian way: ``.`` between thousands, ``,`` before decimals.

    >>> fmt_number(1234567), fmt_number(1.5, 2)
    ('1.234.567', '1,50')
    """
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def fmt_money(value: float, currency: str = "IDR") -> str:
    """A sum as an Indonesian reader writes it: three significant digits and a scale word.

    >>> fmt_money(1_140_000_000), fmt_money(17_800_000_000), fmt_money(918_000_000)
    ('Rp1,14 miliar', 'Rp17,8 miliar', 'Rp918 juta')
    >>> fmt_money(1.5e12), fmt_money(2.45e21), fmt_money(750_000), fmt_money(0)
    ('Rp1,5 triliun', 'Rp2.450.000.000 triliun', 'Rp750.000', '–')
    >>> fmt_money(25_000, "USD")
    'USD 25.000'
    """
    if not value or not math.isfinite(value):
        return "–"
    prefix = "Rp" if currency == "IDR" else f"{currency} "
    for size, word in SCALES:
        if abs(value) >= size:
            x = value / size
            decimals = 0 if abs(x) >= 100 else 1 if abs(x) >= 10 else 2
            text = fmt_number(round(x, decimals), decimals)
            if "," in text:
                text = text.rstrip("0").rstrip(",")
            return f"{prefix}{text} {word}"
    return prefix + fmt_number(value)


def _money_cell(row: MoneyRow) -> str:
    return fmt_money(row.total)


def _outlier_cell(row: MoneyRow) -> str:
    if not row.outliers:
        return ""
    return "⚠ " + ", ".join(f'<a href="#doc={_e(d)}" class="w-doc" title="left out of the total">{_e(d)}</a>: '
                            f"{_e(fmt_money(m))}" for d, m in row.outliers[:3]) + (" …" if len(row.outliers) > 3 else "")


def _money_text(row: MoneyRow) -> str:
    text = fmt_money(row.total)
    if row.with_money > 1:
        text += f" · median {fmt_money(row.median)}"
    return text + (" ⚠" if row.outliers else "")


def _chart(key: str, labels: list[str], values: list[float], title: str, texts: list[str] | None = None,
           flags: list[bool] | None = None) -> str:
    """A horizontal bar chart as inline SVG (extract/outputs/report_charts.py), numbers beside the bars."""
    texts = texts if texts is not None else [fmt_number(v) for v in values]
    return bar_chart(key, labels, values, texts, title, flags)


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset(), cls: str = "") -> str:
    def row(cells, tag="td"):
        return "<tr>" + "".join(f'<{tag}{" class=num" if j in numeric else ""}>{c}</{tag}>'
                                for j, c in enumerate(cells)) + "</tr>"

    head = row([_e(h) for h in headers], "th")
    shown, rest = rows[:TABLE_ROWS], rows[TABLE_ROWS:]
    out = f'<table class="w-table {cls}"><thead>{head}</thead><tbody>{"".join(row(r) for r in shown)}</tbody></table>'
    if rest:
        out += (f'<details class="w-more"><summary>all {len(rows)} rows</summary><table class="w-table {cls}">'
                f'<thead>{head}</thead><tbody>{"".join(row(r) for r in rest)}</tbody></table></details>')
    return out


def _org_link(name: str, eid: str = "") -> str:
    key = f"={eid}" if eid else name
    return f'<a href="#articles" class="w-org" data-org="{_e(key)}" title="{_e(eid)}">{_e(name)}</a>'


def _prov_link(name: str) -> str:
    if name == UNKNOWN:
        return _e(name)
    return f'<a href="#articles" class="w-prov" data-prov="{_e(name)}">{_e(name)}</a>'


def _year_link(name: str) -> str:
    if name == UNKNOWN:
        return _e(name)
    return f'<a href="#articles" class="w-year" data-year="{_e(name)}">{_e(name)}</a>'


MONEY_HEADERS = ["money (total)", "median", "articles with a sum", "outliers (left out)"]


def _money_cells(r: MoneyRow) -> list[str]:
    return [_e(fmt_money(r.total)), _e(fmt_money(r.median)), f"{r.with_money:,}", _outlier_cell(r)]


def _giver_panels(rows: list[MoneyRow], view: str, what: str) -> list[dict]:
    """The two giver panels (by articles, by money) for one grouping (``view``: id or parent)."""
    top = rows[:TOP]
    by_money = sorted((r for r in rows if r.total > 0 or r.outliers), key=lambda r: (-r.total, r.label))
    units = (lambda r: f'<span class=w-small>{_e(", ".join(r.units[:4]))}{" …" if len(r.units) > 4 else ""}</span>')
    return [{
        "title": f"Givers by number of articles{what}", "view": view,
        "note": "Organisations recorded as givers, one row per organisation id (gazetteer id, else the "
                "normalised name)" + ("; a company's foundation, subsidiaries and units count under it."
                                       if view == "parent" else "; units are listed beside their company."),
        "chart": _chart(f"givers-articles-{view}", [r.label for r in top], [r.articles for r in top],
                        "articles per giver"),
        "table": _table(["giver", "articles", "units / members" if view == "parent" else "units"],
                        [[_org_link(r.label, r.key), f"{r.articles:,}", units(r)] for r in rows], {1}),
    }, {
        "title": f"Givers by money{what}", "view": view,
        "note": "Each giver is credited with the largest rupiah sum of each article that names it (articles with "
                "two givers credit both); the median is that of its articles with a sum. Sums flagged as outliers "
                "are left out of totals and listed.",
        "chart": _chart(f"givers-money-{view}", [r.label for r in by_money[:TOP]], [r.total for r in by_money[:TOP]],
                        "rupiah per giver", [_money_text(r) for r in by_money[:TOP]],
                        [bool(r.outliers) for r in by_money[:TOP]]),
        "table": _table(["giver", *MONEY_HEADERS], [[_org_link(r.label, r.key), *_money_cells(r)] for r in by_money],
                        {1, 2, 3}),
    }]


def render_overview(ov: Overview) -> list[dict]:
    """The overview's panels: each a title, a note, a chart (SVG) and the table of its numbers; the
    giver panels twice, by organisation id and by parent (``view``), one of them shown at a time."""
    panels = _giver_panels(ov.givers, "id", "") + _giver_panels(ov.giver_groups, "parent", " (by parent)")
    rows = [r for r in ov.money_by_province if r.total > 0 and r.label != UNKNOWN][:TOP]
    panels.append({
        "title": "Money by province",
        "note": "The largest rupiah sum of each article, under the province its places name most "
                "(articles with no known province are in the table only); median of the articles with a sum.",
        "chart": _chart("money-province", [r.label for r in rows], [r.total for r in rows], "rupiah per province",
                        [_money_text(r) for r in rows], [bool(r.outliers) for r in rows]),
        "table": _table(["province", *MONEY_HEADERS, "articles"],
                        [[_prov_link(r.label), *_money_cells(r), f"{r.articles:,}"] for r in ov.money_by_province],
                        {1, 2, 3, 5}),
    })
    rows = ov.money_by_year
    panels.append({
        "title": "Money by year",
        "note": "Year of publication, else the commonest year of the article's event dates.",
        "chart": _chart("money-year", [r.label for r in rows][:40], [r.total for r in rows][:40], "rupiah per year",
                        [_money_text(r) for r in rows][:40], [bool(r.outliers) for r in rows][:40]),
        "table": _table(["year", *MONEY_HEADERS, "articles"],
                        [[_year_link(r.label), *_money_cells(r), f"{r.articles:,}"] for r in rows], {1, 2, 3, 5}),
    })
    rows_b = ov.beneficiaries_by_unit
    panels.append({
        "title": "Beneficiaries by unit",
        "note": "For each unit, the largest count of each article, added up over articles.",
        "chart": _chart("beneficiaries-unit", [u for u, _, _ in rows_b[:TOP]], [c for _, c, _ in rows_b[:TOP]],
                        "beneficiaries per unit"),
        "table": _table(["unit", "count", "articles"], [[_e(u), f"{c:,}", f"{n:,}"] for u, c, n in rows_b], {1, 2}),
    })
    if ov.money_by_sector:
        panels.append(sector_panel(ov.money_by_sector, _chart, _table, fmt_money, _e))
    if ov.programs_by_giver:
        panels.append(program_panel(ov.programs_by_giver, _table, fmt_money, _e))
    return panels


def _outlier_note(ov: Overview) -> str:
    """The overview's line on sums left out of totals (and sums the extractor repaired)."""
    parts = []
    if ov.outliers:
        listed = ", ".join(f'<a href="#doc={_e(d)}" class="w-doc">{_e(d)}</a> ({_e(fmt_money(m))})'
                           for d, m in ov.outliers[:5])
        parts.append(f"⚠ {len(ov.outliers):,} article sum{'s' if len(ov.outliers) > 1 else ''} above "
                     f"{_e(fmt_money(ov.outlier_above))} (far above the median article sum, "
                     f"{_e(fmt_money(ov.median_money))}) {'are' if len(ov.outliers) > 1 else 'is'} left out of "
                     f"the totals and medians below: {listed}{' …' if len(ov.outliers) > 5 else ''}.")
    if ov.repaired:
        parts.append(f"{ov.repaired:,} sum{'s' if ov.repaired > 1 else ''} were read as written but repaired by "
                     "the extractor (a warning on the value; hover it in the article).")
    if ov.copies:
        parts.append(f"{ov.copies:,} article{'s are' if ov.copies > 1 else ' is'} a later copy of a story already "
                     "counted (the same release on another site): listed below, counted once in these figures "
                     "(--count-duplicates counts every copy).")
    return " ".join(parts)


def render_places(ov: Overview) -> str:
    rows = []
    for prov, n, names in ov.places_by_province:
        shown = ", ".join(f"{_e(name)} <span class=w-small>({c})</span>" for name, c in names[:12])
        if len(names) > 12:
            shown += f" <span class=w-small>and {len(names) - 12} more</span>"
        rows.append([_prov_link(prov), f"{n:,}", shown])
    return _table(["province", "articles", "places named (mentions in articles)"], rows, {1}, "w-places")


# ====================================================================== the page
BODY_CHUNK = 100  # article bodies per compressed block: opening an article inflates one block


def pack_bodies(bodies: list[str]) -> list[str]:
    """The article bodies in blocks of BODY_CHUNK: each a JSON list, gzipped, base64 (6-8 times smaller
    than the HTML, and the browser parses a block only when an article in it is opened)."""
    import base64
    import gzip

    return [base64.b64encode(gzip.compress(json.dumps(bodies[k:k + BODY_CHUNK], ensure_ascii=False).encode("utf-8"),
                                           compresslevel=6, mtime=0)).decode("ascii")
            for k in range(0, len(bodies), BODY_CHUNK)]


def unpack_bodies(blocks: list[str]) -> list[str]:
    """The inverse of pack_bodies (tests, tools)."""
    import base64
    import gzip

    return [body for block in blocks for body in json.loads(gzip.decompress(base64.b64decode(block)))]


def _json_script(value: Any) -> str:
    """JSON safe inside <script>: no '</script>' or '<!--' can close or confuse it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(ASSETS)), autoescape=select_autoescape(["html"]))
    return env.get_template("report.html")


def render_report(records: Iterable[dict], out_path: Path | str, texts: Mapping[str, str] | None = None, *,
                  title: str | None = None, page_size: int = 50, count_duplicates: bool = False) -> ReportSummary:
    """Write the report for ``records`` to ``out_path``; ``texts`` maps doc_id to the article text.

    The overview counts each story once (a later copy, ``duplicate_of`` set, is listed among the
    articles but left out of the counts and sums) unless ``count_duplicates``.

    Evidence offsets point into the article text; where a text is missing (or
    differs from the one extracted) the article shows its evidence sentences.
    """
    t0 = time.perf_counter()
    texts = texts or {}
    records = [normalise(r) for r in records if isinstance(r, dict)]
    summaries, bodies = [], []
    summary = ReportSummary(out_path=str(out_path))
    for i, rec in enumerate(records):
        text = texts.get(str(rec.get("doc_id")))
        summaries.append(article_summary(i, rec, text))
        body, full = render_article(rec, text)
        bodies.append(body)
        summary.with_text += full
        summary.from_sentences += not full
    counted = [(r, s) for r, s in zip(records, summaries) if count_duplicates or not r.get("duplicate_of")]
    ov = build_overview([r for r, _ in counted], [s for _, s in counted])
    ov.copies = len(records) - len(counted)
    panels = render_overview(ov)
    summary.articles, summary.failed = ov.articles, ov.failed
    styles = field_styles()
    legend = [{"label": styles[f]["label"], "name": styles[f]["name"]} for f in VALUE_FIELDS]
    css = "\n".join(f".w-{s['label']}{{background:{s['color']}}}" for s in styles.values())
    page = _template().render(
        title=title or "warta report",
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        ov=ov, panels=panels, places=render_places(ov), legend=legend,
        fields=[styles[f]["name"] for f in VALUE_FIELDS], labels=[styles[f]["label"] for f in VALUE_FIELDS],
        other_currencies=", ".join(f"{n} in {c}" for c, n in ov.other_currencies.items()),
        style=(ASSETS / "report.css").read_text(encoding="utf-8") + "\n" + css,
        script=(ASSETS / "report.js").read_text(encoding="utf-8"),
        index_json=_json_script(summaries), body_blocks=pack_bodies(bodies),
        config_json=_json_script({"pageSize": max(1, int(page_size)), "chunk": BODY_CHUNK,
                                  "labels": [styles[f]["label"] for f in VALUE_FIELDS],
                                  "fields": [styles[f]["name"] for f in VALUE_FIELDS]}),
        outlier_note=_outlier_note(ov),
    )
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    summary.seconds = time.perf_counter() - t0
    return summary
