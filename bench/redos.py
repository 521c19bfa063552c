r"""ReDoS bench: do the pipeline's regular expressions run in linear time on hostile input?

Usage:  python bench/redos.py [--size 100000] [--top 4] [--json out.json]

The expressions are collected, not listed by hand: every ``re.Pattern`` reachable from the
attributes of the built pipeline's components (and the spaCy Matchers / rulers they hold,
whose ``REGEX`` token patterns are compiled here), the tokenizer's prefix, suffix, infix
and URL expressions, and any ``REGEX`` or regex-keyed string in rules/*.jsonl|toml.

For each expression, attack strings are made from its own parts (its literal words and
the characters its classes accept): one character pumped, two alternating, a literal
word followed by a pump, a word repeated, each ending in a character that makes the
match fail. All candidates are screened at 5 KB; the slowest ``--top`` are timed at
10 KB and at ``--size`` (100 KB by default) the way the code calls them, read from the source:
every call ``<x>.<attribute>.<method>(...)`` in extract/ is found with ``ast``; when every call of
an attribute's pattern is ``match``/``search``/``fullmatch`` on a slice of fixed width
(``text[m.end():m.end() + 40]``, or a variable assigned such a slice), the pattern is timed on
windows of that width across the attack string, one call per half window (a window bounds
the work per call, so only backtracking inside the window can hurt); when every call is
``match``/``fullmatch`` on an unbounded string (``self.time_after.match(rest_of_line)``), it is
timed as one anchored attempt over the whole attack string (the code never retries it at every
position, which is what makes ``\s*x`` quadratic under finditer). Any other use, or an
expression not held as an attribute, is timed with ``finditer`` over the whole string
(the conservative choice). The way each expression was timed is printed beside it. The tokenizer's are timed with ``search``/``match``/``finditer``,
the way spaCy calls them. The growth exponent log(t_big / t_small) / log(size ratio) is about 1 for
linear time; above 1.5 (with at least 20 ms at full size) the row is flagged SUPER-LINEAR,
and any run over 1 s at full size is flagged SLOW. Then each component and the tokenizer
run on the worst strings found, as a whole.

Exit status 1 when anything is flagged. Timings are best of 3; run on a quiet machine.
"""
from __future__ import annotations

import argparse
import ast
import json
import math
import re
import re._constants as C  # noqa: N812 - the standard library's own parser constants
import re._parser as sre_parse
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCREEN = 5_000
EXPONENT_FLAG = 1.6  # linear is 1.0, quadratic 2.0
FLOOR_SECONDS = 0.1  # below this at full size a growth exponent is mostly cache and load noise
SLOW_SECONDS = 1.0
FAIL_CHARS = ("\x00", "!", "\n")


@dataclass
class Found:
    where: str  # component.attribute path, tokenizer.prefix_search, rules/x.jsonl:3
    pattern: re.Pattern
    run: Callable[[str], Any] = None
    attr: str | None = None  # the attribute that holds the pattern, when it is held as one
    use: str = "finditer"  # how it is timed: "finditer", or "match/40" (a call per window of 40 characters)

    def __post_init__(self):
        if self.run is None:
            self.run = lambda s, p=self.pattern: sum(1 for _ in p.finditer(s))

    def anchored(self) -> None:
        """Time one ``match`` over the whole string: the code only ever tries the pattern at one position per
        call (``self.time_after.match(rest_of_line)``), so backtracking inside one attempt is what can hurt."""
        self.use = "match"
        self.run = lambda s, p=self.pattern: p.match(s)

    def windowed(self, method: str, width: int) -> None:
        """Time the pattern as the code calls it: ``method`` on slices of ``width`` characters."""
        call, step = getattr(self.pattern, method), max(1, width // 2)
        self.use = f"{method}/{width}"
        self.run = lambda s: sum(1 for i in range(0, len(s), step) if call(s[i:i + width]))


# ---------------------------------------------------------------- how the code calls each pattern
PATTERN_METHODS = {"match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def _slice_width(node, assigned: dict[str, list]) -> int | None:
    """The fixed width of a slice argument, or None: the largest integer constant in the slice
    (``text[m.end():m.end() + 40]`` is 40), through variables assigned such slices in the same function;
    a slice of a windowed variable (``head[cut:]``) is no wider than the window."""
    if isinstance(node, ast.Name):
        values = [v for v in assigned.get(node.id, [])  # "head = head[cut:]" narrows: not counted
                  if not (isinstance(v, ast.Subscript) and isinstance(v.value, ast.Name) and v.value.id == node.id)]
        rest = {k: v for k, v in assigned.items() if k != node.id}
        widths = [_slice_width(v, rest) for v in values]
        return max(widths) if widths and all(widths) else None
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        if isinstance(node.value, ast.Name) and node.value.id in assigned:
            return _slice_width(node.value, assigned)
        consts = [n.value for n in ast.walk(node.slice) if isinstance(n, ast.Constant) and type(n.value) is int and n.value > 0]
        return max(consts) if consts else None
    return None


def _assignments(func) -> dict[str, list]:
    """name -> the expressions assigned to it in a function (tuple assignments unpacked)."""
    out: dict[str, list] = {}
    for node in ast.walk(func):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out.setdefault(target.id, []).append(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for t, v in zip(target.elts, node.value.elts):
                        if isinstance(t, ast.Name):
                            out.setdefault(t.id, []).append(v)
    return out


def pattern_uses(root: Path = ROOT / "extract") -> dict[str, set]:
    """attribute name -> {(method, width or None)} for every ``<x>.<attribute>.<method>(arg)`` in the code, and
    (None, None) when the attribute is also used any other way (passed on, compared): then nothing is known.
    Attributes are matched by name across files, so a name used unwindowed anywhere is timed with finditer."""
    uses: dict[str, set] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        owner: dict[int, ast.AST] = {}
        for func in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
            for node in ast.walk(func):  # outer functions come first in ast.walk: the innermost one wins
                owner[id(node)] = func
        callees = set()
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in PATTERN_METHODS
                    and isinstance(node.func.value, ast.Attribute)):
                callees.add(id(node.func.value))
                width = None
                if node.func.attr in ("match", "search", "fullmatch") and len(node.args) == 1 and not node.keywords:
                    func = owner.get(id(node))
                    width = _slice_width(node.args[0], _assignments(func) if func is not None else {})
                uses.setdefault(node.func.value.attr, set()).add((node.func.attr, width))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and id(node) not in callees:
                uses.setdefault(node.attr, set()).add((None, None))
    return uses


def time_as_used(found: list[Found], uses: dict[str, set]) -> None:
    """Give each pattern held as an attribute the runner of its use, when every call of it is windowed."""
    for f in found:
        calls = uses.get(f.attr or "", set())
        if calls and all(method in ("match", "search", "fullmatch") and width for method, width in calls):
            method, width = max(calls, key=lambda c: (c[1], c[0] == "search"))
            f.windowed("search" if any(m == "search" for m, _ in calls) else method, width)
        elif calls and all(method in ("match", "fullmatch") for method, _ in calls):
            f.anchored()


# ---------------------------------------------------------------- collecting the expressions
def _is_pattern(obj) -> bool:
    return isinstance(obj, re.Pattern) or type(obj).__name__ == "Pattern" and hasattr(obj, "finditer")


def walk(obj, where: str, seen: set[int], depth: int = 0) -> Iterator[Found]:
    """Every compiled pattern, and every REGEX string in pattern dicts, under ``obj``."""
    if id(obj) in seen or depth > 6:
        return
    seen.add(id(obj))
    if _is_pattern(obj):
        yield Found(where, obj, attr=where.rsplit(".", 1)[-1] if re.search(r"\.\w+$", where) else None)
        return
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "REGEX" and isinstance(v, str):
                yield Found(f"{where}.REGEX", re.compile(v))
            else:
                yield from walk(v, f"{where}[{k!r}]" if not isinstance(k, str) or len(k) > 30 else f"{where}.{k}",
                                seen, depth + 1)
        return
    if isinstance(obj, (list, tuple, set, frozenset)):
        for i, v in enumerate(obj):
            yield from walk(v, f"{where}[{i}]", seen, depth + 1)
        return
    if isinstance(obj, (str, bytes, int, float, bool, type(None))):
        return
    kind = type(obj)
    module = kind.__module__ or ""
    if module.startswith(("extract", "rules", "gazetteers")) or kind.__name__ in (
            "Matcher", "PhraseMatcher", "EntityRuler", "SpanRuler", "DependencyMatcher"):
        attrs = {}
        for name in getattr(obj, "__dict__", {}) or {}:
            attrs[name] = getattr(obj, name)
        for name in getattr(kind, "__slots__", ()):
            if hasattr(obj, name):
                attrs[name] = getattr(obj, name)
        for name in ("_patterns", "patterns"):  # spaCy matchers and rulers keep their token patterns here
            try:
                attrs.setdefault(name, getattr(obj, name))
            except Exception:  # noqa: BLE001 - a property that needs initialising
                pass
        for name, value in attrs.items():
            if name in ("nlp", "vocab", "_vocab"):
                continue
            yield from walk(value, f"{where}.{name}", seen, depth + 1)
        return
    if callable(obj) and _is_pattern(getattr(obj, "__self__", None)):  # a bound pattern.search
        yield Found(where, obj.__self__)


def rules_expressions() -> Iterator[Found]:
    rules = ROOT / "rules"
    for path in sorted(rules.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                yield from walk(json.loads(line), f"rules/{path.name}:{lineno}", set())
    for path in sorted(rules.glob("*.toml")):
        yield from _toml_regexes(tomllib.loads(path.read_text("utf-8")), f"rules/{path.name}")


def _toml_regexes(node, where: str) -> Iterator[Found]:
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str) and re.search(r"regex|pattern", k, re.I):
                yield Found(f"{where}:{k}", re.compile(v))
            else:
                yield from _toml_regexes(v, f"{where}:{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _toml_regexes(v, f"{where}[{i}]")


def collect(nlp) -> list[Found]:
    found: list[Found] = []
    seen: set[int] = set()
    tok = nlp.tokenizer
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        fn = getattr(tok, name, None)  # timed as the tokenizer calls them: search, finditer, match
        if fn is not None and _is_pattern(getattr(fn, "__self__", None)):
            run = (lambda s, fn=fn: sum(1 for _ in fn(s))) if name == "infix_finditer" else fn
            found.append(Found(f"tokenizer.{name}", fn.__self__, run))
    for name, proc in nlp.pipeline:
        found.extend(walk(proc, name, seen))
    time_as_used(found, pattern_uses())
    found.extend(rules_expressions())
    unique: dict[tuple[str, int], Found] = {}
    for f in found:
        unique.setdefault((f.pattern.pattern, f.pattern.flags), f)
    return list(unique.values())


# ---------------------------------------------------------------- attack strings from a pattern's parts
CATEGORY_CHARS = {
    C.CATEGORY_DIGIT: "1", C.CATEGORY_NOT_DIGIT: "a", C.CATEGORY_SPACE: " ", C.CATEGORY_NOT_SPACE: "a",
    C.CATEGORY_WORD: "a", C.CATEGORY_NOT_WORD: ".",
}


def parts(pattern: re.Pattern) -> tuple[list[str], list[str]]:
    """The characters the pattern's classes accept (a few each) and its literal words."""
    chars: list[str] = []
    words: list[str] = []

    def add(ch: str) -> None:
        if ch not in chars:
            chars.append(ch)

    def visit(seq) -> None:
        run = ""
        for op, arg in seq:
            if op is C.LITERAL:
                run += chr(arg)
                add(chr(arg))
                continue
            if len(run) > 1:
                words.append(run)
            run = ""
            if op is C.IN:
                for iop, iarg in arg:
                    if iop is C.LITERAL:
                        add(chr(iarg))
                    elif iop is C.RANGE:
                        add(chr(iarg[0]))
                        add(chr(iarg[1]))
                    elif iop is C.CATEGORY:
                        add(CATEGORY_CHARS.get(iarg, "a"))
            elif op is C.ANY:
                add("a")
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
                visit(arg[2])
            elif op is C.SUBPATTERN:
                visit(arg[-1])
            elif op is C.BRANCH:
                for branch in arg[1]:
                    visit(branch)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                visit(arg[1])
            elif op is getattr(C, "ATOMIC_GROUP", None):
                visit(arg)
            elif op is C.GROUPREF_EXISTS:
                visit(arg[1])
                if arg[2]:
                    visit(arg[2])
        if len(run) > 1:
            words.append(run)

    try:
        visit(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an expression the parser of this Python reads differently
        pass
    for ch in "a A1 .,\n":
        add(ch)
    printable = [c for c in chars if c.isprintable() or c in " \n\t"]
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if pattern.flags & re.I:
        words += [w.title() for w in words[:6]] + [w.upper() for w in words[:6]]
    return printable[:24], words[:16]


def attacks(pattern: re.Pattern, size: int) -> dict[str, str]:
    """name -> a string of about ``size`` characters."""
    chars, words = parts(pattern)
    out: dict[str, str] = {}

    def put(name: str, unit: str, prefix: str = "") -> None:
        if not unit:
            return
        for end in FAIL_CHARS[:2]:
            body = (prefix + unit * ((size - len(prefix)) // len(unit) + 1))[: size - 1] + end
            out[f"{name}+{end!r}"] = body

    for c in chars:
        put(f"{c!r}*n", c)
    for i, a in enumerate(chars[:12]):
        for b in chars[i + 1:12]:
            put(f"({a + b!r})*n", a + b)
    for w in words:
        put(f"({w!r}+' ')*n", w + " ")
        put(f"({w!r}+'1')*n", w + "1")
        for c in chars[:10]:
            put(f"{w!r}+{c!r}*n", c, prefix=w)
    return out


# ---------------------------------------------------------------- timing
def best_of(fn: Callable[[str], Any], text: str, repeat: int = 3, budget: float = 20.0) -> float:
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        took = time.perf_counter() - start
        best = min(best, took)
        if took > budget:
            break
    return best


@dataclass
class Row:
    where: str
    pattern: str
    attack: str
    small: float
    big: float
    exponent: float
    verdict: str
    candidates: int = 0
    worst: list[str] = field(default_factory=list)


def grow(attack_name: str, pattern: re.Pattern, size: int) -> str:
    return attacks(pattern, size)[attack_name]


def measure(found: Found, size: int, top: int) -> Row:
    small = size // 2
    screen = attacks(found.pattern, SCREEN)
    timed = sorted(((best_of(found.run, s, repeat=1), name) for name, s in screen.items()), reverse=True)
    worst = [name for _, name in timed[:top]]
    rows = []
    for name in worst:
        t_small = best_of(found.run, grow(name, found.pattern, small))
        t_big = best_of(found.run, grow(name, found.pattern, size))
        exponent = math.log(max(t_big, 1e-7) / max(t_small, 1e-7)) / math.log(size / small)
        rows.append((t_big, t_small, exponent, name))
    t_big, t_small, exponent, name = max(rows)
    worst_exp = max(rows, key=lambda r: r[2] if r[0] >= FLOOR_SECONDS else -1)
    if worst_exp[0] >= FLOOR_SECONDS and worst_exp[2] > EXPONENT_FLAG:
        t_big, t_small, exponent, name = worst_exp
        again_small = best_of(found.run, grow(name, found.pattern, small), repeat=5)
        again_big = best_of(found.run, grow(name, found.pattern, size), repeat=5)
        again = math.log(max(again_big, 1e-7) / max(again_small, 1e-7)) / math.log(size / small)
        if again < exponent:  # keep the lower of two measurements: noise only ever adds time
            t_big, t_small, exponent = again_big, again_small, again
    verdict = ("SLOW" if t_big > SLOW_SECONDS else "SUPER-LINEAR" if t_big >= FLOOR_SECONDS and exponent > EXPONENT_FLAG
               else "ok")
    return Row(found.where, found.pattern.pattern, name, t_small, t_big, exponent, verdict, len(screen), worst)


def component_rows(nlp, worst_strings: dict[str, tuple], size: int) -> list[Row]:
    """Each component alone, and the tokenizer, on the worst strings found (best of 3)."""
    rows = []
    runners: list[tuple[str, Callable[[str], Any]]] = [("tokenizer", nlp.make_doc)]
    for name, proc in nlp.pipeline:
        runners.append((name, lambda s, proc=proc: proc(nlp.make_doc(s))))
    runners.append(("whole pipeline", nlp))
    for label, fn in runners:
        worst: Row | None = None
        for attack_name, pattern in worst_strings.values():
            small, big = grow(attack_name, pattern, size // 2), grow(attack_name, pattern, size)
            t_small, t_big = best_of(fn, small), best_of(fn, big)
            base = 0.0 if label == "tokenizer" else best_of(nlp.make_doc, big)
            exponent = math.log(max(t_big, 1e-7) / max(t_small, 1e-7)) / math.log(2)
            row = Row(label, "", f"{attack_name} [{pattern.pattern[:20]}]", t_small, t_big, exponent, "ok")
            row.verdict = ("SLOW" if t_big - base > SLOW_SECONDS * 5 else
                           "SUPER-LINEAR" if t_big >= 5 * FLOOR_SECONDS and exponent > EXPONENT_FLAG else "ok")
            if row.verdict == "SUPER-LINEAR":  # confirm: noise only ever adds time
                t_small, t_big = best_of(fn, small, repeat=5), best_of(fn, big, repeat=5)
                row.small, row.big = t_small, t_big
                row.exponent = math.log(max(t_big, 1e-7) / max(t_small, 1e-7)) / math.log(2)
                if row.exponent <= EXPONENT_FLAG:
                    row.verdict = "ok"
            if worst is None or (row.verdict != "ok", t_big) > (worst.verdict != "ok", worst.big):
                worst = row
        rows.append(worst)
    return rows


def short(text: str, n: int) -> str:
    text = text.encode("unicode_escape").decode("ascii")
    return text if len(text) <= n else text[: n - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=100_000, help="characters of the full-size attack strings")
    ap.add_argument("--top", type=int, default=4, help="screened candidates timed at full size, per expression")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = ap.parse_args(argv)

    from extract.pipeline import build_nlp

    nlp = build_nlp()
    found = collect(nlp)
    print(f"{len(found)} distinct regular expressions from {len(nlp.pipe_names)} components, "
          f"the tokenizer and rules/; attack strings {args.size // 2:,} and {args.size:,} characters\n")
    rows = []
    started = time.perf_counter()
    for f in found:
        row = measure(f, args.size, args.top)
        rows.append(row)
        print(f"  {row.verdict:<12} {row.big * 1000:9.1f} ms  n^{row.exponent:4.2f}  {row.where}  [{f.use}]", flush=True)
    head = f"{'where':<34} {'pattern':<42} {'worst input':<30} {args.size // 2000:>4}KB ms {args.size // 1000:>4}KB ms {'exp':>5}  verdict"
    print("\n" + head + "\n" + "-" * len(head))
    for r in sorted(rows, key=lambda r: -r.big):
        print(f"{short(r.where, 34):<34} {short(r.pattern, 42):<42} {short(r.attack, 30):<30} "
              f"{r.small * 1000:8.2f} {r.big * 1000:9.2f} {r.exponent:5.2f}  {r.verdict}")
    worst_strings = {}
    for r, f in zip(rows, found):  # each expression's worst string: which one hurts a component varies
        worst_strings[(r.attack, f.pattern.pattern)] = (r.attack, f.pattern)
    comp = component_rows(nlp, worst_strings, args.size)
    head = f"{'component':<34} {'worst input':<73} {args.size // 2000:>4}KB ms {args.size // 1000:>4}KB ms {'exp':>5}  verdict"
    print("\n" + head + "\n" + "-" * len(head))
    for r in comp:
        print(f"{r.where:<34} {short(r.attack, 73):<73} {r.small * 1000:8.2f} {r.big * 1000:9.2f} {r.exponent:5.2f}  {r.verdict}")
    flagged = [r for r in rows + comp if r.verdict != "ok"]
    print(f"\n{len(rows)} expressions, {sum(r.candidates for r in rows):,} attack strings screened, "
          f"{len(flagged)} flagged, {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in rows + comp], indent=1, default=str))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
