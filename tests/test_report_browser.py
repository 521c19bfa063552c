"""The report in a real browser: headless Chromium (Debian's package, ``.ci/chromium.sh``)
driven through the DevTools protocol over a pipe (tests/browser.py, no extra package).

The page must load without console errors, list the articles a page at a time,
and each filter (organisation, province, year, has errors) must narrow the list
to exactly the articles that match.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from browser import CHROMIUM, Browser
from extract.outputs.report import render_report

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"needs headless Chromium at {CHROMIUM} (bash .ci/chromium.sh installs it)")

TEXTS = {
    "a1": "Surabaya - PT Semen Indonesia menyalurkan Rp200 juta untuk 30 orang perajin di Jawa Timur.",
    "a2": "Denpasar - Bank Mandiri memberi Rp 1 miliar bagi 5 kelompok nelayan di Bali.",
    "a3": "Tabanan - Bank Mandiri melatih 25 pelaku UMKM di Bali.",
    "a4": "Gresik - PT Semen Indonesia membangun sumur bor di Jawa Timur.",
    "a5": "Medan - Bank Sumut menyerahkan beasiswa di Sumatera Utara.",
}


def _ev(doc_id: str, text: str) -> list[dict]:
    start = TEXTS[doc_id].index(text)
    return [{"text": text, "start": start, "end": start + len(text), "sentence": TEXTS[doc_id]}]


def _record(doc_id: str, giver: str, province: str, published: str | None, money: str | None = None) -> dict:
    rec = {"doc_id": doc_id, "source": f"articles/{doc_id}.txt", "published": published, "warnings": [], "error": None,
           "organizations": [{"name": giver, "aliases": [], "kind": "company", "role": "giver",
                              "role_cue": "menyalurkan",
                              "confidence": 0.9, "evidence": _ev(doc_id, giver)}],
           "partners": [], "dates": [], "beneficiaries": [],
           "locations": [{"name": province, "level": "provinsi", "code": None, "province": None, "regency": None,
                          "confidence": 0.8, "evidence": _ev(doc_id, province)}],
           "amounts": []}
    if money:
        rec["amounts"] = [{"value": 2e8 if "200" in money else 1e9, "currency": "IDR", "confidence": 0.8,
                           "evidence": _ev(doc_id, money)}]
    return rec


RECORDS = [
    _record("a1", "PT Semen Indonesia", "Jawa Timur", "2023-11-09", "Rp200 juta"),
    _record("a2", "Bank Mandiri", "Bali", "2024-02-01", "Rp 1 miliar"),
    _record("a3", "Bank Mandiri", "Bali", "2023-05-05"),
    _record("a4", "PT Semen Indonesia", "Jawa Timur", "2024-07-07"),
    _record("a5", "Bank Sumut", "Sumatera Utara", None),
    {"doc_id": "rusak", "source": "articles/rusak.html", "error": "ValueError: no article text found in the HTML",
     "warnings": []},
]

LISTED = "Array.from(document.querySelectorAll('#w-list > li')).map(li => li.dataset.doc)"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    render_report(RECORDS, out, TEXTS, page_size=4)
    with Browser() as browser:
        browser.open(out)
        yield browser


def _set(page: Browser, script: str) -> list[str]:
    """Run a script that changes filters, then wait past the typing delay and read the list."""
    page.evaluate(f"(() => {{ {script} }})()")
    return page.evaluate(f"new Promise(ok => setTimeout(() => ok({LISTED}), 250))")


def _reset(page: Browser) -> None:
    page.evaluate("document.getElementById('f-reset').click()")


def test_report_page_loads_without_console_errors(page):
    assert page.console_errors() == []
    assert page.evaluate("document.querySelectorAll('#overview svg').length") >= 2
    assert page.evaluate(LISTED) == ["a1", "a2", "a3", "a4"]  # a page of 4
    assert not page.evaluate("document.getElementById('w-pager').hidden")


def test_report_next_page(page):
    _reset(page)
    assert _set(page, "document.getElementById('p-next').click()") == ["a5", "rusak"]
    _reset(page)


@pytest.mark.parametrize("script, expected", [
    ("var s = document.getElementById('f-prov'); s.value = 'Bali'; s.dispatchEvent(new Event('change'))",
     ["a2", "a3"]),
    ("var s = document.getElementById('f-org'); s.value = 'mandiri'; s.dispatchEvent(new Event('input'))",
     ["a2", "a3"]),
    ("var s = document.getElementById('f-year'); s.value = '2024'; s.dispatchEvent(new Event('change'))",
     ["a2", "a4"]),
    ("document.getElementById('f-err').click()", ["rusak"]),
    ("var s = document.getElementById('f-org'); s.value = 'semen'; s.dispatchEvent(new Event('input'));"
     "var y = document.getElementById('f-year'); y.value = '2023'; y.dispatchEvent(new Event('change'))", ["a1"]),
], ids=["province", "organisation", "year", "has-errors", "organisation-and-year"])
def test_report_filter_narrows_the_list(page, script, expected):
    _reset(page)
    assert _set(page, script) == expected
    assert page.evaluate("document.getElementById('w-pager').hidden")
    _reset(page)
    assert page.console_errors() == []


def test_report_overview_link_sets_filter(page):
    _reset(page)
    assert _set(page, "document.querySelector('.w-view-id a.w-org[data-org=\"=bank-sumut\"]').click()") == ["a5"]
    _reset(page)


def test_report_open_article_shows_highlights(page):
    _reset(page)
    marks = page.evaluate("""new Promise(ok => {
        var d = document.querySelector('#w-list > li[data-doc="a1"] details');
        d.open = true;
        var wait = () => d.parentNode.dataset.loaded ? ok(Array.from(d.querySelectorAll('mark')).map(m =>
            [m.dataset.field, m.firstChild.textContent, m.title])) : setTimeout(wait, 20);
        wait();
    })""")
    assert [(field, text, title.split("\n")[0]) for field, text, title in marks] == [
        ("organizations", "PT Semen Indonesia", "giver: PT Semen Indonesia"),
        ("amounts", "Rp200 juta", "money: Rp200.000.000"),
        ("locations", "Jawa Timur", "place: Jawa Timur")]
    giver_hover = marks[0][2].split("\n")
    assert "role: giver (cue: “menyalurkan”)" in giver_hover and "confidence 0.90" in giver_hover
    assert page.console_errors() == []


CHARTS = """Array.from(document.querySelectorAll('#overview svg.w-chart')).filter(s => s.getBoundingClientRect().width > 0)
    .map(s => [s.dataset.chart, Math.round(s.getBoundingClientRect().height),
               Array.from(s.querySelectorAll('rect')).filter(r => r.getBoundingClientRect().width > 0).length,
               Array.from(s.querySelectorAll('text.w-chart-value')).map(t => t.textContent)])"""


def test_report_charts_render_with_their_numbers(page):
    """The overview's charts are drawn (inline SVG, no plotting package): each visible, with a bar and
    the number beside it for every row."""
    charts = {key: (height, bars, numbers) for key, height, bars, numbers in page.evaluate(CHARTS)}
    assert {"givers-articles-id", "givers-money-id", "money-province", "money-year"} <= set(charts)
    assert all(height > 10 and bars > 0 for height, bars, _ in charts.values())
    assert charts["money-province"][2] == ["Rp1 miliar", "Rp200 juta"]  # Bali, Jawa Timur: one sum each
    assert charts["givers-articles-id"][1] == 3 and charts["givers-articles-id"][2] == ["2", "2", "1"]


def _giver(doc_id: str, giver: str) -> dict:
    rec = _record("a5", "Bank Sumut", "Sumatera Utara", None)
    rec["organizations"][0]["name"] = giver  # no text given: the report shows the evidence sentences
    return {**rec, "doc_id": doc_id}


PARENT_RECORDS = [_giver("p1", "BRI Peduli"), _giver("p2", "PT Bank Rakyat Indonesia (Persero) Tbk"),
                  _giver("p3", "Bank Sumut")]


def test_report_group_by_parent_switches_the_giver_panels(tmp_path):
    out = tmp_path / "report.html"
    render_report(PARENT_RECORDS, out, {})
    shown = """Array.from(document.querySelectorAll('#overview .w-panel')).filter(p => p.offsetParent !== null)
        .map(p => p.querySelector('h3').textContent)"""
    givers = """Array.from(document.querySelectorAll('#overview .w-panel')).filter(p => p.offsetParent !== null)[0]
        .querySelectorAll('tbody tr').length"""
    with Browser() as browser:
        browser.open(out)
        assert browser.evaluate(shown)[:2] == ["Givers by number of articles", "Givers by money"]
        assert browser.evaluate(givers) == 3  # BRI Peduli, BRI, Bank Sumut
        browser.evaluate("document.getElementById('w-by-parent').click()")
        assert browser.evaluate(shown)[:2] == ["Givers by number of articles (by parent)", "Givers by money (by parent)"]
        assert browser.evaluate(givers) == 2  # BRI (with its foundation), Bank Sumut
        assert browser.evaluate(LISTED) == ["p1", "p2", "p3"]
        browser.evaluate("document.querySelector('.w-view-parent a.w-org[data-org=\"=bri\"]').click()")
        assert browser.evaluate(f"new Promise(ok => setTimeout(() => ok({LISTED}), 250))") == ["p1", "p2"]
        assert browser.console_errors() == []
