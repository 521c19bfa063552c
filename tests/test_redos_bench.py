"""bench/redos.py times each expression the way the code calls it, read from the source with ast."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
redos = pytest.importorskip("redos")

SOURCE = '''
class Finder:
    def find(self, text, m, start):
        after = text[m.end():m.end() + 40]
        before, rest = text[max(0, start - 25):start], text[start:]
        head = text[max(0, start - 300):start]
        head = head[head.rfind("."):]
        a = self.windowed.match(after)
        b = self.before_only.search(before)
        c = self.whole.search(text)
        d = self.scanned.finditer(text)
        e = self.narrowed.search(head)
        f = self.rest_only.match(rest)
        g = self.at_pos.match(text, start)
        keep(self.passed_on)
        h = self.passed_on.match(after)
        return a, b, c, d, e, f, g, h
'''


def test_pattern_uses_read_windows_from_the_source(tmp_path):
    (tmp_path / "finder.py").write_text(SOURCE)
    uses = redos.pattern_uses(tmp_path)
    assert uses["windowed"] == {("match", 40)}
    assert uses["before_only"] == {("search", 25)}
    assert uses["narrowed"] == {("search", 300)}  # head[cut:] is no wider than head
    assert uses["whole"] == {("search", None)}
    assert uses["scanned"] == {("finditer", None)}
    assert uses["rest_only"] == {("match", None)}  # text[start:] has no width
    assert uses["at_pos"] == {("match", None)}  # match at a position of the whole text: unknown cost
    assert (None, None) in uses["passed_on"]  # used some other way too: nothing is known


def test_pattern_uses_of_the_pipeline():
    uses = redos.pattern_uses()
    assert uses["agency_after"] == {("match", 40)}  # dates: the 40 characters after a year-less date
    # amounts search the 30 characters before a number; beneficiaries search a slice held in a variable,
    # which the reader cannot size, so that use counts as unwindowed (timed over the whole string), and the
    # 40 characters before a number (BeneficiaryFinder.after_not_before)
    assert uses["approx_before"] == {("search", 30), ("search", 40), ("search", None)}
    assert ("finditer", None) in uses["relatives"]


def test_windowed_patterns_are_timed_per_window_and_others_with_finditer():
    quadratic = re.compile(r"\s*\(\s*[^\W\d_][\w .]{0,30}\)\s*[-–—]")  # quadratic under finditer on blanks
    windowed = redos.Found("dates.agency_after", quadratic, attr="agency_after")
    redos.time_as_used([windowed], {"agency_after": {("match", 40)}})
    assert windowed.use == "match/40"
    assert windowed.run("(Antara) - " * 4 + " " * 20) == 1  # one call per 20 characters; one window matches
    mixed = redos.Found("x.other", quadratic, attr="other")
    redos.time_as_used([mixed], {"other": {("match", 40), ("finditer", None)}})
    assert mixed.use == "finditer"  # any unwindowed call: the whole string
    anchored = redos.Found("dates.time_after", quadratic, attr="time_after")
    redos.time_as_used([anchored], {"time_after": {("match", None)}})
    assert anchored.use == "match"  # one anchored attempt per call, on a string of any length


def test_a_quadratic_expression_under_finditer_still_grows_quadratically():
    """The bench still sees real ReDoS: a pattern the code runs over the whole text is timed over the whole text,
    and its time grows with the square of the length (the bench flags growth above n^1.6)."""
    import math

    found = redos.Found("test.quadratic", re.compile(r"\d*x"), attr="quadratic")  # each start scans the digit run
    small, big = "1" * 5_000 + "!", "1" * 10_000 + "!"
    exponents = []
    for _ in range(3):  # a busy machine only adds time, mostly to one run: the best of three attempts
        t_small, t_big = redos.best_of(found.run, small, repeat=5), redos.best_of(found.run, big, repeat=5)
        exponents.append(math.log(t_big / t_small, 2))
        if exponents[-1] > redos.EXPONENT_FLAG:
            break
    assert max(exponents) > redos.EXPONENT_FLAG
    found.windowed("search", 40)  # were it called on 40-character windows, it would stay linear and fast
    assert redos.best_of(found.run, big, repeat=5) < t_big / 5
