"""Fuzz run: files of random bytes through the readers, random text through the pipeline.

Usage:  python bench/fuzz.py [--minutes 10] [--engine atheris|hypothesis] [--corpus DIR]

One input is one byte of choice and a payload. The choice picks the target and a suffix:

- ``file``: the payload written as ``input<suffix>`` (.txt .html .jsonl .json .csv, none)
  and read with ``extract.inputs.sources.read_file``, then extracted;
- ``text``: the payload decoded as UTF-8 (errors replaced), extracted;
- ``words``: each payload byte picks a word the rules know, a digit run, punctuation or a
  case-folding surprise (ſ ı İ K), so the extractors fire; extracted.

A **crash** is anything the batch would not survive: an exception escaping ``read_file`` or
``extract_articles``, a file that yields no record, a value whose evidence does not slice
the text back, a record that cannot be written as UTF-8 JSON, or one input taking over
``--hang`` seconds. A component that raises inside the engine is not a crash (its article
gets an error record and the run goes on), but each distinct message is listed as a
finding. With atheris (coverage-guided, warta's own modules instrumented) the run is seeded
with small hand-made inputs; without it, hypothesis generates the inputs.

Prints executions, executions per second, crashes and findings; exit status 1 on a crash.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from rules import rule_strings  # noqa: E402  (after the path is set)

SUFFIXES = [".txt", ".html", ".jsonl", ".json", ".csv", ""]
TARGETS = ["file", "text", "words"]
CASE_SURPRISES = "ſıİKßẞﬁς\u0307"
PUNCT = [" ", " ", " ", "\n", ". ", ", ", "(", ")", "/", "-", "–", ":", "Rp", "Rp ", "PT ", "Desa ", "\u2028", "\x00"]


class Run:
    """Counts and findings of one fuzz run, and the target function both engines call."""

    def __init__(self, seconds: float, hang: float):
        from extract import get_nlp
        from extract.record import VALUE_FIELDS

        self.nlp = get_nlp()
        self.fields = VALUE_FIELDS
        self.seconds, self.hang = seconds, hang
        self.started = time.monotonic()
        self.executions = 0
        self.by_target: collections.Counter = collections.Counter()
        self.crashes: dict[str, tuple[int, bytes, str]] = {}
        self.findings: collections.Counter = collections.Counter()
        self.slowest = (0.0, b"")
        self.slow_once: list[tuple[float, bytes]] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="warta-fuzz-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
        self.words = sorted(w for w in rule_strings() if 0 < len(w) <= 30)

    # ---------------------------------------------------------------- one input
    def one_input(self, data: bytes) -> None:
        if not data:
            return
        self.executions += 1
        choice, payload = data[0], data[1:]
        target = TARGETS[choice % len(TARGETS)]
        self.by_target[target] += 1
        started = time.monotonic()
        try:
            self.check(target, SUFFIXES[(choice // len(TARGETS)) % len(SUFFIXES)], payload)
        except Exception as err:  # noqa: BLE001 - a crash: record it and go on
            where = traceback.extract_tb(err.__traceback__)[-1]
            key = f"{target}: {type(err).__name__} at {Path(where.filename).name}:{where.lineno}: {str(err)[:120]}"
            count, sample, tb = self.crashes.get(key, (0, data, traceback.format_exc()))
            self.crashes[key] = (count + 1, sample, tb)
        took = time.monotonic() - started
        if took > self.hang:  # run it again: a first use of a lazily loaded library is slow once
            again = time.monotonic()
            try:
                self.check(target, SUFFIXES[(choice // len(TARGETS)) % len(SUFFIXES)], payload)
            except Exception:  # noqa: BLE001 - counted above
                pass
            if time.monotonic() - again > self.hang:
                key = f"{target}: one input took {took:.1f} s twice (over --hang {self.hang:g} s)"
                count, sample, tb = self.crashes.get(key, (0, data, ""))
                self.crashes[key] = (count + 1, sample, tb)
            else:
                self.slow_once.append((took, data))
        elif took > self.slowest[0]:
            self.slowest = (took, data[:200])
        if self.executions % 2000 == 0:
            self.progress()
        if time.monotonic() - self.started >= self.seconds:
            self.report()
            os._exit(1 if self.crashes else 0)

    def check(self, target: str, suffix: str, payload: bytes) -> None:
        from extract import extract_articles
        from extract.article import Article
        from extract.inputs.sources import read_file

        if target == "file":
            path = self.tmp / f"input{suffix}"
            path.write_bytes(payload)
            articles = list(read_file(path))
            if not articles:
                raise AssertionError("a file gave no record")
            texts = [a.text for a in articles]
        elif target == "text":
            texts = [payload.decode("utf-8", errors="replace")]
            articles = [Article("fuzz", texts[0])]
        else:
            texts = [self.stitch(payload)]
            articles = [Article("fuzz", texts[0])]
        records = list(extract_articles(articles, nlp=self.nlp))
        if len(records) != len(articles):
            raise AssertionError(f"{len(articles)} articles gave {len(records)} records")
        for text, rec in zip(texts, records):
            json.dumps(rec.to_dict(), ensure_ascii=False).encode("utf-8")
            if rec.error and rec.error.startswith("extraction failed"):
                self.findings[rec.error[:160]] += 1
            for field in self.fields:
                for value in getattr(rec, field):
                    for ev in value["evidence"]:
                        if text[ev["start"]:ev["end"]] != ev["text"]:
                            raise AssertionError(f"{field}: evidence {ev['text']!r} is not text[{ev['start']}:{ev['end']}]")

    def stitch(self, payload: bytes) -> str:
        out = []
        for i, b in enumerate(payload):
            kind = b % 8
            if kind < 4:
                word = self.words[(b * 7 + i) % len(self.words)]
                out.append(word.upper() if kind == 1 else word.title() if kind == 2 else word)
            elif kind == 4:
                out.append(str(b * 37 % 10_000) + (".000" if b % 3 == 0 else ""))
            elif kind == 5:
                out.append(CASE_SURPRISES[b % len(CASE_SURPRISES)])
            else:
                out.append(PUNCT[b % len(PUNCT)])
        return "".join(out)

    # ---------------------------------------------------------------- reports
    def progress(self) -> None:
        took = time.monotonic() - self.started
        print(f"[fuzz] {took:6.0f} s  {self.executions:,} executions  {self.executions / max(took, 1e-9):,.0f}/s  "
              f"crashes {sum(c for c, _, _ in self.crashes.values())}  findings {sum(self.findings.values())}",
              file=sys.stderr, flush=True)

    def report(self) -> None:
        took = time.monotonic() - self.started
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("\n== warta fuzz run ==")
        print(f"engine           {ENGINE}")
        print(f"duration         {took:,.0f} s")
        print(f"executions       {self.executions:,} ({self.executions / max(took, 1e-9):,.0f}/s)")
        print("by target        " + ", ".join(f"{t} {n:,}" for t, n in sorted(self.by_target.items())))
        print(f"slowest input    {self.slowest[0] * 1000:,.0f} ms (not counting {len(self.slow_once)} over "
              f"--hang once and fast when run again: {', '.join(f'{t:.1f} s' for t, _ in self.slow_once)})")
        print(f"peak memory      {rss:,.0f} MB")
        print(f"crashes          {sum(c for c, _, _ in self.crashes.values())} ({len(self.crashes)} distinct)")
        for n, (key, (count, sample, tb)) in enumerate(sorted(self.crashes.items())):
            saved = self.tmp / f"crash-{n}.bin"
            saved.write_bytes(sample)
            print(f"  {count:>6}  {key}\n          input: {sample[:120]!r} (whole: {saved})")
            if tb:
                print("          " + tb.strip().splitlines()[-1])
        print(f"findings         {sum(self.findings.values())} articles got an error record from a component "
              f"({len(self.findings)} distinct)")
        for msg, count in self.findings.most_common(20):
            print(f"  {count:>6}  {msg}")
        sys.stdout.flush()


def seeds() -> list[bytes]:
    """Small hand-made starting inputs: one per target and suffix, good and bad."""
    article = ("Jakarta - PT Semen Indonesia menyalurkan bantuan Rp200 juta kepada 30 orang pengrajin di "
               "Kabupaten Tuban, Jawa Timur, pada Kamis (13/4/2023) dan 12 Januari 2024.\n")
    bodies = {
        ".txt": [article.encode(), article.encode("utf-16"), article.encode("cp1252"), b"\x00" + article.encode()],
        ".html": [f"<html><head><title>Berita</title></head><body><article><p>{article}</p></article></body></html>".encode(),
                  f"<html><head><title>Berita 12 Januari 2025</title><meta name='date' content='2025-01-12'></head>"
                  f"<body><article><p>{article}</p><time>12/01/2025</time></article></body></html>".encode(),
                  b"<html><body>" + b"<div>" * 300 + article.encode() + b"</div>" * 300 + b"</body></html>"],
        ".jsonl": [json.dumps({"id": "a", "text": article, "published": "2024-01-12"}).encode() + b"\n{rusak\n"],
        ".json": [json.dumps([{"id": "a", "text": article}, {"id": "b", "text": article}]).encode()],
        ".csv": [b"id,text\n1,\"" + article.encode() + b"\"\n"],
        "": [b"\x89PNG\r\n\x1a\n" + bytes(range(256))],
    }
    out = []
    for si, suffix in enumerate(SUFFIXES):
        for body in bodies[suffix]:
            out.append(bytes([0 + len(TARGETS) * si]) + body)  # target "file" with this suffix
    out.append(bytes([1]) + article.encode())
    out.append(bytes([2]) + bytes(range(256)))
    return out


ENGINE = "none"


def run_atheris(run: Run, seconds: float, corpus: Path | None) -> None:
    import atheris

    corpus_dir = corpus or Path(tempfile.mkdtemp(prefix="warta-fuzz-corpus-"))
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(seeds()):
        (corpus_dir / f"seed-{i:02d}").write_bytes(seed)
    args = [sys.argv[0], f"-max_total_time={int(seconds) + 120}", f"-timeout={int(run.hang * 4) + 30}",
            "-rss_limit_mb=6144", "-max_len=65536", "-print_final_stats=1",
            f"-artifact_prefix={run.tmp}/", str(corpus_dir)]  # libFuzzer's slow-unit-* files go there, not in cwd
    atheris.Setup(args, run.one_input)
    atheris.Fuzz()


def run_hypothesis(run: Run, seconds: float) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=2_000, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(st.binary(min_size=1, max_size=4096))
    def one(data):
        run.one_input(data)

    while True:  # run.one_input ends the process when the time is up
        one()


def main(argv: list[str] | None = None) -> int:
    global ENGINE
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz (default 10)")
    ap.add_argument("--engine", choices=["atheris", "hypothesis"], help="default: atheris if installed")
    ap.add_argument("--hang", type=float, default=10.0, help="seconds after which one input counts as a hang")
    ap.add_argument("--corpus", type=Path, help="atheris: keep the evolving corpus in this folder")
    args, _ = ap.parse_known_args(argv)
    ENGINE = args.engine or "atheris"
    if ENGINE == "atheris":
        try:
            import atheris  # noqa: F401
        except ImportError:
            ENGINE = "hypothesis"
    seconds = args.minutes * 60
    if ENGINE == "atheris":
        import atheris

        with atheris.instrument_imports(include=["extract", "rules", "gazetteers"]):
            import extract.inputs.sources  # noqa: F401
            import extract.pipeline  # noqa: F401
            import extract.record  # noqa: F401
            import extract.engines.engine  # noqa: F401
    run = Run(seconds, args.hang)
    for seed in seeds():  # the seeds run in both engines, and must not crash
        run.one_input(seed)
    print(f"[fuzz] engine {ENGINE}, {args.minutes:g} min, seeds ok ({run.executions}), inputs in {run.tmp}",
          file=sys.stderr, flush=True)
    if ENGINE == "atheris":
        run_atheris(run, seconds, args.corpus)
    else:
        run_hypothesis(run, seconds)
    run.report()
    return 1 if run.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
