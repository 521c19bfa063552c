"""The report's charts as inline SVG written here: no plotting library, so every install draws them.

``bar_chart`` draws horizontal bars with the label on the left and the number beside each bar (the
number as the tables print it, e.g. ``Rp17,8 miliar · median Rp1,2 miliar``). A bar far above the
others does not squash them: when the largest value is more than ``BREAK`` times the next one, the
scale ends a little past the next one and the large bar is drawn broken (a white gap), its full
number beside it. Bars of flagged rows (``flags``) are drawn in the warning colour.

>>> svg = bar_chart("t", ["Jawa Timur", "Bali"], [2e9, 5e8], ["Rp2 miliar", "Rp500 juta"], "rupiah")
>>> svg.count("<rect"), "Rp500 juta" in svg
(2, True)
"""
from __future__ import annotations

import html
import math

ROW = 22            # px per bar
BAR = 15            # bar height
WIDTH = 560         # px of the whole chart
CHAR = 6.6          # px per character of the 12 px labels, to size the label column
LABEL_CHARS = 38    # labels are cut to this many characters
BREAK = 5.0         # a largest value this many times the next one is drawn broken (3 bars or more)
COLOR, FLAG = "#4c78a8", "#e45756"


def _e(text: str) -> str:
    return html.escape(str(text), quote=True)


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    label = " ".join(str(label).split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(key: str, labels: list[str], values: list[float], texts: list[str], title: str,
              flags: list[bool] | None = None) -> str:
    """An SVG bar chart (in a ``div.w-svg``); '' when there is nothing to draw."""
    rows = [(_short(lab), float(v), t, bool(flags[i]) if flags else False)
            for i, (lab, v, t) in enumerate(zip(labels, values, texts)) if isinstance(v, int | float) and math.isfinite(v)]
    if not rows or max(v for _, v, _, _ in rows) <= 0:
        return ""
    label_w = min(LABEL_CHARS, max(len(lab) for lab, _, _, _ in rows)) * CHAR + 10
    ordered = sorted((v for _, v, _, _ in rows), reverse=True)
    top = ordered[0]
    broken = len(ordered) > 2 and ordered[1] > 0 and top > BREAK * ordered[1]
    text_w = (min(34, max(len(t) for _, _, t, _ in rows)) + (19 if broken else 0)) * CHAR + 8
    bar_w = max(WIDTH - label_w - text_w, 80)
    scale = ordered[1] * 1.35 if broken else top
    height = ROW * len(rows) + 6
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" class="w-chart" data-chart="{_e(key)}">',
           f"<title>{_e(title)}</title>"]
    for i, (lab, v, text, flag) in enumerate(rows):
        y = 3 + i * ROW
        w = bar_w * min(v, scale) / scale if scale > 0 else 0
        w = max(w, 1.5) if v > 0 else 0
        cut = broken and v > scale
        fill, mark = (FLAG if flag else COLOR), (' data-broken="1"' if cut else "")
        note = " (bar not to scale)" if cut else ""
        out.append(f'<text x="{label_w - 6:.0f}" y="{y + BAR - 3}" text-anchor="end" class="w-chart-label">'
                   f"{_e(lab)}</text>")
        out.append(f'<rect x="{label_w:.0f}" y="{y}" width="{w:.1f}" height="{BAR}" fill="{fill}"{mark}>'
                   f'<title>{_e(lab)}: {_e(text)}</title></rect>')
        if cut:  # a white gap across the bar: its length is not to scale
            gx = label_w + w * 0.72
            out.append(f'<path d="M{gx:.1f} {y - 1} l6 0 l-4 {BAR + 2} l-6 0 z" fill="#fff"/>')
        out.append(f'<text x="{label_w + w + 5:.1f}" y="{y + BAR - 3}" class="w-chart-value">{_e(text)}{note}</text>')
    out.append("</svg>")
    return f'<div class="w-svg" role="img" aria-label="{_e(title)}">{"".join(out)}</div>'
