"""Calendar dates of events, as ISO strings, and the article's own date when the text gives it.

``find`` locates dates with regular expressions built once from rules/dates.toml: ``18/11/2025``,
``Selasa (18/11/2025)``, ``18 November 2025``, ``18 Nov. 2025``, ``November 27, 2021``, ranges
(``24-27/1/2022``, ``30 Oktober – 4 November 2022``: both ends), and year-less ``(21/11)`` or
``5 April``. Order is day/month, always. A year-less date takes its year from the article's own
date (``doc._.article_date`` from metadata, else a dateline or header date in the text), else from
a year written in its own sentence ("Tahap II Tahun 2020, ... Rabu (16/12)"), else, when
``year_from_text`` is on, from the nearest complete date in the text; such dates carry
``inferred_year``. Relative days (``kemarin``, ``3 hari lalu``, ``Senin lalu``) are read only when
the article's own date is known; dateparser normalises ``kemarin`` and ``N hari lalu``.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.doctext import doc_text
from extract.components.numbers import (Lines, NumberRules, alternation, finditer_at, norm, number_rules, number_starts,
                                        read_number, sentence_starts)
from extract.components.values import DateMention
from rules import load_rules

for _name in ("dates", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def iso(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when the parts are no calendar date.

    >>> iso(2023, 11, 9), iso(2023, 2, 30), iso(23, 11, 9)
    ('2023-11-09', None, '2023-11-09')
    """
    if year < 100:
        year += 2000
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def nearest_year(month: int, day: int, anchor: dt.date) -> str | None:
    """The date with this day and month closest to ``anchor`` (the year before, of, or after it).

    >>> nearest_year(12, 28, dt.date(2024, 1, 5)), nearest_year(11, 21, dt.date(2023, 11, 23))
    ('2023-12-28', '2023-11-21')
    """
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := iso(y, month, day))]
    if not options:
        return None
    return min(options, key=lambda d: abs((dt.date.fromisoformat(d) - anchor).days))


def directed_year(month: int, day: int, anchor: dt.date, step: int) -> str | None:
    """The date with this day and month on or before the anchor (step -1: "25 Maret lalu") or on or after it
    (step 1: "31 Desember mendatang").

    >>> directed_year(3, 25, dt.date(2025, 10, 20), -1), directed_year(12, 31, dt.date(2025, 5, 13), 1)
    ('2025-03-25', '2025-12-31')
    >>> directed_year(11, 1, dt.date(2025, 10, 20), -1), directed_year(3, 1, dt.date(2025, 5, 13), 1)
    ('2024-11-01', '2026-03-01')
    """
    years = (anchor.year - 1, anchor.year) if step < 0 else (anchor.year, anchor.year + 1)
    options = [d for y in years if (d := iso(y, month, day))
               and (d <= anchor.isoformat() if step < 0 else d >= anchor.isoformat())]
    if not options:
        return None
    return max(options) if step < 0 else min(options)


@lru_cache(maxsize=1024)
def relative_date(text: str, anchor: str) -> str | None:
    """dateparser's reading of a relative day ("kemarin", "3 hari lalu") from the anchor date.

    >>> relative_date("kemarin", "2023-11-21"), relative_date("3 hari lalu", "2023-11-21")
    ('2023-11-20', '2023-11-18')
    """
    import dateparser  # imported on first use: most articles never need it

    base = dt.datetime.fromisoformat(anchor)
    got = dateparser.parse(text, languages=["id"], settings={
        "RELATIVE_BASE": base, "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"})
    return got.date().isoformat() if got else None


@dataclass(slots=True)
class Found:
    """A date found in the text: its span and the dates it gives (two for a range)."""

    start: int
    end: int
    dates: list[tuple[str, str | None]]  # (ISO date, "low"/"high"/None)
    yearless: list[tuple[int, int, str | None]] | None = None  # (month, day, range) awaiting a year
    dateline: bool = False  # a year-less wire dateline ("Bukittinggi, 2/6 (Antara) -")
    relative: str | None = None  # the relative expression, normalised
    weekday: int | None = None  # ISO weekday written right before a year-less date ("Jumat (12/10)")


@Language.factory("warta_dates", assigns=["doc._.dates", "doc._.published"],
                  default_config={"rules": "dates", "numbers": "numbers", "year_from_text": True})
def make_date_finder(nlp: Language, name: str, rules: str, numbers: str, year_from_text: bool) -> "DateFinder":
    return DateFinder(load_rules(rules), number_rules(numbers), year_from_text)


class DateFinder:
    def __init__(self, rules: dict, numbers: NumberRules, year_from_text: bool = True):
        self.numbers, self.year_from_text = numbers, year_from_text
        self.months = {norm(k): v for k, v in rules["months"].items()}
        self.days = {norm(k): v for k, v in rules["days"].items()}
        self.relative = {norm(k): v for k, v in rules["relative"].items()}
        recent = alternation([*rules["recent_before"], *self.months])
        self.recent_before = re.compile(rf"(?<![^\W\d_])(?:{recent})[^\S\n]+$", re.I)
        mon, day = alternation(self.months), alternation(self.days)
        join = alternation(rules["range_joins"])
        d = r"\d{1,2}"
        self.numeric = re.compile(
            rf"(?<![\w/.,-])(?P<d0>{d})(?:/(?P<m0>{d})(?=\s*[-–]))?(?:\s*[-–]\s*(?P<d>{d}))?\s*/\s*(?P<m>{d})\s*/\s*(?P<y>\d{{4}}|\d{{2}})(?![\w/])")
        self.dashed = re.compile(rf"(?<![\w/.,-])(?P<d>{d})(?P<sep>[-.])(?P<m>{d})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/-]|[.,]\d)")
        self.iso = re.compile(r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\w/-])")
        sp = r"[^\S\n]"  # a blank that is no line break: a date stays on one line
        self.written = re.compile(
            rf"(?<![\w/.,-])(?:(?P<d0>{d})(?:{sp}+(?P<m0>{mon})\.?)?{sp}*(?:{join}){sp}*)?"
            rf"(?P<d>{d}){sp}+(?P<m>{mon})(?:\.|(?![^\W\d_]))(?:,?{sp}+(?P<y>(?:19|20)\d\d)(?!\d))?", re.I)
        # A list of days sharing one month ("1, 2 dan 3 Juni 2025"): every day is a date. Two days are a range above.
        # At most ten days before the join, with single blanks: a long run of "1, 1, 1, ..." costs linear time.
        lists = alternation(rules["day_list_joins"])
        self.day_list = re.compile(
            rf"(?<![\w/.,-])(?P<days>{d}(?:,{sp}?{d}){{1,10}},?{sp}?(?:{lists}){sp}{d})"
            rf"{sp}+(?P<m>{mon})(?:\.|(?![^\W\d_]))(?:,?{sp}+(?P<y>(?:19|20)\d\d)(?!\d))?", re.I)
        # A day written in words, with its year: "tujuh belas Agustus 2020".
        # The month part is optional in the pattern (find() keeps matches that have one): linear time.
        self.words_day = re.compile(rf"(?P<d>{numbers.words})(?:{sp}+(?P<m>{mon})\.?,?{sp}+(?P<y>(?:19|20)\d\d)(?!\d))?", re.I)
        self.month_first = re.compile(rf"(?<![^\W\d_])(?P<m>{mon})\.?\s+(?P<d>{d}),?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I)
        # Both: a range across two months names the first month too ("(30/4-2/5/2025)", "Rabu-Jumat (30/4-2/5)").
        self.yearless = re.compile(
            rf"(?<![\w/.,-])(?P<d0>{d})(?:/(?P<m0>{d})(?=\s*[-–]))?(?:\s*[-–]\s*(?P<d>{d}))?/(?P<m>{d})(?![\w/]|[.,]\d)")
        self.paren_before = re.compile(rf"\(\s*(?:(?:{day})\s*,?\s*)?$", re.I)
        self.day_before = re.compile(rf"(?<![^\W\d_])(?:{day})(?![^\W\d_])[\s,]*\(?\s*$", re.I)
        self.agency_after = re.compile(r"\s*\(\s*[^\W\d_][\w .]{0,30}\)\s*[-–—]")
        ago = alternation(rules["ago"])
        units = alternation(rules["day_units"])
        self.day_units = {norm(k): v for k, v in rules["day_units"].items()}
        weekdays = alternation(k for k, v in self.days.items() if v != 7 and len(k) > 3)
        # A count of days in words is short ("dua puluh lima hari lalu"): at most eight words, so that a long run
        # of number words costs linear time under finditer (an unbounded run is tried again from every word).
        few_words = rf"(?<![\w-]){numbers.word}(?:\s+{numbers.word}){{0,7}}(?![\w-])"
        self.relatives = re.compile(
            rf"(?<![^\W\d_])(?:(?P<word>{alternation(self.relative)})"
            rf"|(?P<n>(?<!\d)\d{{1,4}}|{few_words})\s+(?P<unit>{units})\s+(?:{ago})"
            rf"|(?P<wd>{weekdays})\s+(?:{ago}))(?![^\W\d_])", re.I)
        labels = alternation(rules["header_labels"] + rules["time_zones"])
        self.header_noise = re.compile(rf"(?<![^\W\d_])(?:{labels}|{day})(?![^\W\d_])|\d{{1,2}}[:.]\d\d|[^\w\s]", re.I)
        # No two blank runs side by side ("\s*[|,-]?\s*" tries every split of a long blank run: quadratic in one match).
        self.time_after = re.compile(rf"\s*(?:[|,-]\s*)?\d{{1,2}}[:.]\d\d\s*(?:{alternation(rules['time_zones'])})\b", re.I)
        # After a dateline's date: a dash or bar, a place and a dash ("08 Mei 2024, Larantuka —"), or the outlet in
        # brackets and a dash ("Gorontalo, 12 Mei 2025 (Gopos) -").
        self.dateline_after = re.compile(
            r"\s*(?:\)\s*)?[|–—-]|,\s*[^\W\d_][^\n,.]{0,30}?\s*[–—-]|[^\S\n]*\([^\W\d_][^()\n]{0,30}\)[^\S\n]*[|–—-]")
        # A date the text remembers ("untuk mengenang bencana tsunami, 26 Desember 2004"): a past event's date, no
        # year source for the story's year-less dates. Bounded window, searched anchored at its end: linear.
        # A birth or founding date ("lahir di Kupang, 3 Maret 1940", "didirikan pada 13 April 1966") is one too.
        past = alternation(rules["remembrance_cues"] + rules["past_cues"])
        self.remembered = re.compile(rf"(?<![^\W\d_])(?:{past})(?![^\W\d_])[^.!?\n]{{0,60}}$", re.I)
        # A starting point ("sejak 12 April 1962", "semenjak tanggal 1 Januari 2019", "sejak diresmikan pada 5 Juni
        # 2018"): right before the date, with at most one word and "tanggal"/"pada" between.
        self.started = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['start_before'])})(?:[^\S\n]+[^\W\d_]+)?"
                                  rf"(?:[^\S\n]+(?:tanggal|tgl\.?|pada))?[^\S\n]+$", re.I)
        # A day of every year ("diperingati setiap 26 Juli") and a document's number ("SK Nomor 12/5/2024") are no
        # dates: the words right before them, searched anchored at the end of a short window (linear).
        self.recurring = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['recurring_before'])})[^\S\n]+$", re.I)
        self.recurring_after = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:{alternation(rules['recurring_after'])})(?![^\W\d_])", re.I)
        # A fraction in words right before a bracketed "(2/3)": the fraction repeated in digits ("dua pertiga (2/3)").
        digit_words = alternation(k for k, v in load_rules(numbers.name)["words"].items() if v == "digit")
        fraction = rf"(?:{alternation(rules['fraction_heads'])})(?:{digit_words})|{alternation(rules['fraction_words'])}"
        self.fraction_before = re.compile(rf"(?<![^\W\d_])(?:{fraction})[^\S\n]*\([^\S\n]*$", re.I)
        self.doc_number = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['number_before'])})[^\S\n]*[.:]?[^\S\n]*$", re.I)
        self.year_in_sentence = re.compile(rf"(?<![^\W\d_])(?:{alternation(rules['year_words'])})\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I)
        # The edition year of a named event ("Festival UMKM Cilacap 2025"): a year right after a capitalised word
        # that is no month name, with no second year after it ("2025/2026", "2021-2026" are periods).
        self.named_year = re.compile(r"(?<![^\W\d_])(?P<name>[A-Z][\w.-]*)[^\S\n]+(?P<y>(?:19|20)\d\d)(?!\d|\s*[-–/]\s*\d)")
        self.year_not_event = {norm(w) for w in rules["year_not_event"]}
        self.directions = {norm(k): v for k, v in rules["direction_after"].items()}
        self.direction_after = re.compile(
            rf"[^\S\n]*\)?[^\S\n]*(?P<w>{alternation(self.directions)})(?![^\W\d_])", re.I)
        self.year_words = {norm(w) for w in rules["year_words"]}

    # ------------------------------------------------------------------ call
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lines = Lines.of(doc.user_data, text, self.numbers)
        found = [f for f in self.find(text, doc.user_data) if not lines.skipped(f.start)]
        own = self.own_date(text, found, doc._.article_date)
        doc._.published = own
        anchor = doc._.article_date or own
        out: list[DateMention] = []
        full = [(f.start, date) for f in found if f.dates and not self.past_event(text, f.start) for date, _ in f.dates]
        for f in found:
            if f.dates:
                out.extend(DateMention(text[f.start:f.end], f.start, f.end, 0.9, date=d, range=r) for d, r in f.dates)
            elif f.relative is not None:
                if anchor and (date := self.read_relative(f.relative, anchor)):
                    out.append(DateMention(text[f.start:f.end], f.start, f.end, 0.6, date=date,
                                           inferred_year=True, relative=True))
            elif f.yearless:
                year_of = self.year_source(text, f, anchor, doc, full)
                for month, day, rng in f.yearless:
                    date = year_of(month, day) if year_of else None
                    if date and not anchor and f.weekday and dt.date.fromisoformat(date).isoweekday() != f.weekday:
                        date = None  # "tahun 2017 ..., Jumat (12/10)": 12/10/2017 was no Friday, the year is another
                    if date:
                        out.append(DateMention(text[f.start:f.end], f.start, f.end, 0.7 if anchor else 0.5,
                                               date=date, inferred_year=True, range=rng))
        doc._.dates = sorted(out, key=lambda m: m.start)
        return doc

    # ------------------------------------------------------------------ find
    def find(self, text: str, store: dict | None = None) -> list[Found]:
        """Every date-like span, complete or not; overlaps resolved, longest first."""
        cands: list[Found] = []
        # the patterns that open with a day in digits are tried only where digits begin a word, the day in words
        # only where a number word begins
        starts = number_starts({} if store is None else store, text, self.numbers)
        digits = starts.digits
        for m in finditer_at(self.numeric, digits, text):
            cands.append(self._range(m, int(m["m0"] or m["m"]), int(m["m"]), int(m["y"])))
        for m in finditer_at(self.dashed, digits, text):
            cands.append(Found(m.start(), m.end(), self._dates((iso(int(m["y"]), int(m["m"]), int(m["d"])), None))))
        for m in finditer_at(self.iso, digits, text):
            cands.append(Found(m.start(), m.end(), self._dates((iso(int(m["y"]), int(m["m"]), int(m["d"])), None))))
        for m in finditer_at(self.words_day, starts.numbers, text):
            day = read_number(m["d"]) if m["m"] else None
            if day and float(day[0]).is_integer() and 1 <= day[0] <= 31:
                cands.append(Found(m.start(), m.end(), self._dates(
                    (iso(int(m["y"]), self.months[norm(m["m"])], int(day[0])), None))))
        for m in self.month_first.finditer(text):
            cands.append(Found(m.start(), m.end(), self._dates(
                (iso(int(m["y"]), self.months[norm(m["m"])], int(m["d"])), None))))
        for m in finditer_at(self.day_list, digits, text):
            month, days = self.months[norm(m["m"])], [int(x) for x in re.findall(r"\d+", m["days"])]
            if m["y"]:
                cands.append(Found(m.start(), m.end(), self._dates(*((iso(int(m["y"]), month, x), None) for x in days))))
            else:
                cands.append(Found(m.start(), m.end(), [], yearless=[(month, x, None) for x in days if 1 <= x <= 31]))
        for m in finditer_at(self.written, digits, text):
            month = self.months[norm(m["m"])]
            low_month = self.months[norm(m["m0"])] if m["m0"] else month
            if m["y"]:
                cands.append(self._range(m, low_month, month, int(m["y"])))
            else:
                cands.append(self._yearless(m, low_month, month))
        for m in finditer_at(self.yearless, digits, text):
            before, after = text[max(0, m.start() - 25):m.start()], text[m.end():m.end() + 40]
            wire = self.is_dateline(text, m.start()) and self.agency_after.match(after)
            day = self.day_before.search(before)
            if (self.paren_before.search(before) and re.match(r"\s*\)", after)) or day or wire:
                f = self._yearless(m, int(m["m0"] or m["m"]), int(m["m"]))
                f.dateline = bool(wire)
                if day:
                    f.weekday = self.days.get(norm(re.sub(r"[\s,(]+$", "", day.group(0))))
                cands.append(f)
        for m in self.relatives.finditer(text):
            if re.search(r"[\d)]\s*$", text[max(0, m.start() - 12):m.start()]) or re.match(r"\s*\(", text[m.end():]):
                continue  # "Agustus 2022 kemarin", "Kamis lalu (26-29/02)": part of another date
            if m["word"] and self.recent_before.search(text, max(0, m.start() - 30), m.start()):
                continue  # "tahun kemarin", "Lebaran kemarin", "17 Agustus kemarin": recent, no day
            cands.append(Found(m.start(), m.end(), [], relative=norm(m.group(0))))
        cands = [c for c in cands if c.dates or c.yearless or c.relative is not None]
        cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
        out: list[Found] = []
        for c in cands:
            if out and c.start < out[-1].end:
                continue
            out.append(c)
        return [c for c in out if not self.not_a_date(text, c)]

    def past_event(self, text: str, start: int) -> bool:
        """A complete date that lends no year to the story's year-less dates: a remembered date, a birth or founding
        ("didirikan pada 13 April 1966", "Kelompok dibentuk pada 11 Maret 2020") or a starting point ("sejak 12 April
        1962")."""
        before = text[max(0, start - 90):start]
        return bool(self.remembered.search(before) or self.started.search(before[-30:]))

    def not_a_date(self, text: str, f: Found) -> bool:
        """A day of every year ("setiap 26 Juli", "5 Juni setiap tahun"; year-less), a fraction repeated in digits
        ("dua pertiga (2/3)"; year-less) or a document's number ("Nomor 12/5/2024", in digits)."""
        before = text[max(0, f.start - 30):f.start]
        if f.yearless and not f.dates and (self.recurring.search(before) or self.recurring_after.match(text, f.end)
                                           or self.fraction_before.search(before)):
            return True
        return text[f.start:f.start + 1].isdigit() and self.doc_number.search(before) is not None

    @staticmethod
    def _dates(*pairs: tuple[str | None, str | None]) -> list[tuple[str, str | None]]:
        return [(d, r) for d, r in pairs if d]

    def _range(self, m: re.Match, low_month: int, month: int, year: int) -> Found:
        """A complete date, or the two ends of a range sharing the year ("24-27/1/2022")."""
        if not m["d0"] or (m.re is self.numeric and not m["d"]):
            day = int(m["d"] or m["d0"])
            return Found(m.start(), m.end(), self._dates((iso(year, month, day), None)))
        low_day, high_day = int(m["d0"]), int(m["d"])
        low_year = year - 1 if low_month > month else year  # "30 Desember - 2 Januari 2023"
        low, high = iso(low_year, low_month, low_day), iso(year, month, high_day)
        if not low or not high or low >= high:
            return Found(m.start(), m.end(), self._dates((high, None)))
        return Found(m.start(), m.end(), self._dates((low, "low"), (high, "high")))

    def _yearless(self, m: re.Match, low_month: int, month: int) -> Found:
        if m["d0"] and m["d"]:
            parts = [(low_month, int(m["d0"]), "low"), (month, int(m["d"]), "high")]
        else:
            parts = [(month, int(m["d"] or m["d0"]), None)]
        parts = [p for p in parts if 1 <= p[0] <= 12 and 1 <= p[1] <= 31]
        return Found(m.start(), m.end(), [], yearless=parts)

    # ------------------------------------------------------------------ read
    def read_relative(self, expr: str, anchor: str) -> str | None:
        """A relative day from the anchor: words the rules list, "N hari lalu", "Senin lalu"."""
        first = expr.split()[0]
        if first in self.days:  # dateparser reads no "Senin lalu": the last such weekday before the anchor
            base = dt.date.fromisoformat(anchor)
            back = (base.isoweekday() - self.days[first]) % 7 or 7
            return (base - dt.timedelta(days=back)).isoformat()
        if expr in self.relative or expr.split()[-1] in self.relative:
            return relative_date(expr, anchor)
        unit = next((w for w in expr.split() if w in self.day_units), None)
        number = read_number(expr.split(unit)[0]) if unit else None
        if not number:
            return None
        days = int(number[0]) * self.day_units[unit]  # "tiga hari lalu": dateparser reads no number words
        return (dt.date.fromisoformat(anchor) - dt.timedelta(days=days)).isoformat()

    def year_source(self, text: str, f: Found, anchor: str | None, doc: Doc, full: list):
        """How a year-less date gets its year: a function (month, day) -> ISO date, or None."""
        if anchor:
            base = dt.date.fromisoformat(anchor)
            way = self.direction_after.match(text, f.end)
            if way:  # "31 Desember mendatang", "25 Maret lalu": the text says which side of the anchor
                step = self.directions[norm(way["w"])]
                return lambda month, day: directed_year(month, day, base, step)
            return lambda month, day: nearest_year(month, day, base)
        sentences = sentence_starts(doc)
        i = bisect_right(sentences, f.start) - 1
        s_start = sentences[i] if i >= 0 else 0
        s_end = sentences[i + 1] if i + 1 < len(sentences) else len(text)
        year = None if f.dateline else self.sentence_year(text, s_start, s_end)
        if year:
            return lambda month, day: iso(year, month, day)
        if self.year_from_text and full:
            pos, date = min(full, key=lambda p: abs(p[0] - f.start))
            return lambda month, day: iso(int(date[:4]), month, day)
        return None

    def sentence_year(self, text: str, start: int, end: int) -> int | None:
        """The year a sentence dates its events by: "Tahun 2020" or a named event's "Cilacap 2025", unless the words
        before it make it a starting point, a budget or plan year or a document's year (rules: year_not_event)."""
        cands = [(m.start(), m.start("y"), m) for m in self.year_in_sentence.finditer(text, start, end)]
        cands += [(m.start(), m.start("y"), m) for m in self.named_year.finditer(text, start, end)
                  if norm(m["name"]) not in self.months and norm(m["name"]) not in self.year_words]
        for word_start, _, m in sorted(cands, key=lambda c: c[1]):
            if m.re is self.named_year:
                word_start = m.end("name")  # the name itself may say it ("APBD 2026")
            before = re.findall(r"[^\W_][\w.-]*", text[max(start, word_start - 40):word_start])[-2:]
            if not any(norm(w).rstrip(".") in self.year_not_event or norm(w) in self.year_not_event for w in before):
                return int(m["y"])
        return None

    # ------------------------------------------------------------------ the article's own date
    def is_dateline(self, text: str, start: int) -> bool:
        """The span starts a dateline or header: early in the text, after a few words on its line."""
        if start > 600:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        words = self.header_noise.sub(" ", text[line_start:start]).split()
        return len(words) <= 4

    def own_date(self, text: str, found: list[Found], article_date: str | None) -> str | None:
        """The article's own date as its text gives it: a header line, a dateline, a wire dateline."""
        for f in found:
            if f.start > 600:
                break
            if f.dateline and f.yearless and article_date:
                month, day, _ = f.yearless[0]
                return nearest_year(month, day, dt.date.fromisoformat(article_date))
            if not f.dates:
                continue
            line_end = text.find("\n", f.end)
            rest = text[f.end:line_end if line_end >= 0 else len(text)]
            if self.time_after.match(rest):  # "Sabtu, 01 Juli 2023 | 09:47 WIB"
                return f.dates[0][0]
            bare = not self.header_noise.sub(" ", rest).split()
            if self.is_dateline(text, f.start) and (bare or self.dateline_after.match(rest)):
                return f.dates[0][0]
        return None
