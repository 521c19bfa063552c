"""Two versions of warta, timed against each other in one run: CPU ms per article, per step.

    python bench/compare_commits.py                          # 86835ef vs this checkout, ../shared/corpus-dev
    python bench/compare_commits.py --base main --head . --rounds 5
    python bench/compare_commits.py --base 86835ef --head main ARTICLES_FOLDER

Each side is a commit checked out into a temporary git worktree (``git worktree add --detach``;
``.`` is this checkout as it is, uncommitted edits included) and run in its own process with
that tree first on its import path, this venv's packages underneath (the checkout's ``extract``
wins over the editable install); ``--base-python``/``--head-python`` run a side on another
venv's interpreter, to time package versions (spaCy's) against each other. Both build the
default pipeline, read the same articles and warm up on other articles (this checkout's
corpus/). Then, ``--rounds`` times, every batch of ``--batch`` articles (32, as the engine's
``nlp.pipe``; 1: article by article) goes to one side and then the other (which side is first
alternates), so a busy spell on this shared machine hits both alike. Each side times its own
work with ``time.process_time`` (CPU time of its process, not the wall clock): the tokenizer,
each pipeline component's ``pipe`` over the batch, and the records.

A step's figure is its best round (the round's sum over all articles, divided by their number);
"whole article" is the best round's total, not the sum of best steps; "round 1 (unseen)" is the
first round's total and per step, the articles met for the first time (cold tokenizer and regex
caches, as for new articles); the spread is over the later, warm rounds. The ratio head/base is
the figure to quote: absolute times drift here.

The records of both sides are compared too (JSON of ``Record.to_dict``, with the extractor
version fixed): "records identical" says how many of the articles came out byte-identical.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus-dev" / "articles"


# ---------------------------------------------------------------- the side that runs a pipeline
def _first(*names: str):
    """The first importable attribute among 'module:attr' names (the layout moved in the regroup)."""
    import importlib

    for name in names:
        module, attr = name.split(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            continue
    raise ImportError(f"none of {names}")


def worker(folder: str) -> None:
    """Reads article numbers on stdin, answers one JSON line of step times (ms) per article."""
    import contextlib

    t0 = time.process_time()
    import extract

    here = Path(extract.__file__).resolve().parents[1]
    make_doc = _first("extract.engines.engine:_doc", "extract.engine:_doc")
    read_paths = _first("extract.inputs.sources:read_paths", "extract.sources:read_paths")
    from extract.record import build_record

    try:
        one_blas = _first("extract.engines.matmul_ops:one_blas_thread", "extract.matmul_ops:one_blas_thread")
    except ImportError:
        one_blas = contextlib.nullcontext
    nlp = extract.build_nlp()
    startup = time.process_time() - t0
    articles = [a for a in read_paths([folder]) if a.error is None]
    clock = time.process_time

    def run(batch: list) -> tuple[dict[str, float], list[str]]:
        """The batch through the pipeline step by step, as ``nlp.pipe`` runs it in the engine."""
        times = {}
        t = clock()
        docs = [make_doc(nlp, a) for a in batch]
        times["tokenizer"] = clock() - t
        for name, proc in nlp.pipeline:
            t = clock()
            docs = list(proc.pipe(docs, batch_size=len(batch))) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            times[name] = clock() - t
        t = clock()
        recs = [build_record(a, d, "bench") for a, d in zip(batch, docs)]
        times["record"] = clock() - t
        digests = [hashlib.sha1(json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True).encode()).hexdigest()
                   for r in recs]
        return {k: 1000 * v for k, v in times.items()}, digests

    with one_blas():
        # warm-up on other articles (this checkout's corpus/): lazy data (dateparser's) loads here, while
        # round 1 still meets the articles unseen, as new articles come: caches (spaCy's tokenizer, re's
        # patterns) are cold for them; later rounds are warm
        run([a for a in read_paths([str(ROOT / "corpus" / "articles")]) if a.error is None])
        import spacy

        print(json.dumps({"tree": str(here), "articles": len(articles), "startup": startup, "spacy": spacy.__version__,
                          "ids": [a.doc_id for a in articles]}), flush=True)
        for line in sys.stdin:
            start, end = map(int, line.split())
            times, digests = run(articles[start:end])
            print(json.dumps({"ms": times, "digests": digests}), flush=True)


# ---------------------------------------------------------------- the driver
class Side:
    def __init__(self, label: str, ref: str, scratch: Path, folder: Path, python: str):
        self.label, self.ref = label, ref
        if ref == ".":
            self.tree, self.added = ROOT, False
        else:
            self.tree = scratch / label
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(self.tree), ref],
                           check=True)
            self.added = True
        self.commit = subprocess.run(["git", "-C", str(self.tree), "rev-parse", "--short", "HEAD"],
                                     capture_output=True, text=True, check=True).stdout.strip()
        if ref == ".":
            dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                                   capture_output=True, text=True).stdout.strip()
            self.commit += " + edits" if dirty else ""
        env = dict(os.environ, PYTHONPATH=str(self.tree))
        self.proc = subprocess.Popen([python, str(Path(__file__).resolve()), "--worker", str(folder)],
                                     cwd=self.tree, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, bufsize=1)
        self.hello = json.loads(self.proc.stdout.readline())
        self.python = python
        if Path(self.hello["tree"]) != self.tree.resolve():
            raise SystemExit(f"{label}: imported extract from {self.hello['tree']}, not {self.tree}")

    def batch(self, start: int, end: int) -> dict:
        self.proc.stdin.write(f"{start} {end}\n")
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()
        if self.added:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(self.tree)], check=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(DEV), help="articles (default: ../shared/corpus-dev/articles)")
    ap.add_argument("--base", default="86835ef", help="commit, branch or '.' (this checkout); default 86835ef")
    ap.add_argument("--head", default=".", help="commit, branch or '.' (this checkout, the default)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds over all articles; each step's best round counts")
    for label in ("base", "head"):
        ap.add_argument(f"--{label}-python", default=sys.executable,
                        help=f"the {label}'s interpreter (another venv: other package versions); default this one")
    ap.add_argument("--batch", type=int, default=32,
                    help="articles per batch (the engine's 32; 1: article by article)")
    ap.add_argument("--worker", metavar="FOLDER", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker)
        return
    folder = Path(args.folder).resolve()
    load = os.getloadavg()
    t_start = time.time()
    with tempfile.TemporaryDirectory(prefix="warta-compare-") as scratch:
        sides = []
        try:
            for label, ref, python in (("base", args.base, args.base_python), ("head", args.head, args.head_python)):
                sides.append(Side(label, ref, Path(scratch), folder, python))
            base, head = sides
            if base.hello["ids"] != head.hello["ids"]:
                raise SystemExit("the two sides read different articles")
            n = base.hello["articles"]
            rounds = {s.label: [] for s in sides}
            same = 0
            for r in range(args.rounds):
                sums = {s.label: {} for s in sides}
                for k, i in enumerate(range(0, n, args.batch)):
                    order = sides if (k + r) % 2 == 0 else sides[::-1]
                    got = {s.label: s.batch(i, min(n, i + args.batch)) for s in order}
                    if r == 0:
                        same += sum(b == h for b, h in zip(got["base"]["digests"], got["head"]["digests"]))
                    for label, answer in got.items():
                        for step, ms in answer["ms"].items():
                            sums[label][step] = sums[label].get(step, 0.0) + ms
                for label in sums:
                    rounds[label].append({k: v / n for k, v in sums[label].items()})
        finally:
            for s in sides:
                s.close()
    print(f"{n} articles of {folder}; {args.rounds} rounds, interleaved batch by batch ({args.batch} articles); CPU ms per "
          f"article (process_time), best round; load average at start {load[0]:.1f}, at end "
          f"{os.getloadavg()[0]:.1f} ({os.cpu_count()} cores); {time.time() - t_start:.0f} s")
    print(f"base {args.base} = {base.commit}, spaCy {base.hello['spacy']}   "
          f"head {args.head} = {head.commit}, spaCy {head.hello['spacy']}")
    for s in sides:
        if s.python != sys.executable:
            print(f"{s.label} runs on {s.python}")
    first = {label: sum(rs[0].values()) for label, rs in rounds.items()}
    steps = list(dict.fromkeys([*rounds["head"][0], *rounds["base"][0]]))  # the head's order
    best = {label: {k: min(rd.get(k, 0.0) for rd in rs) for k in steps} for label, rs in rounds.items()}
    total = {label: min(sum(rd.values()) for rd in rs) for label, rs in rounds.items()}
    print(f"{'step':<24}{'base':>8}{'head':>8}{'head/base':>11}{'head - base':>13}   round 1: {'base':>6}{'head':>7}")
    for k in steps:
        b, h = best["base"][k], best["head"][k]
        ratio = f"{h / b:.2f}" if b > 0.005 else "new" if h > 0 else ""
        b1, h1 = (rounds[label][0].get(k, 0.0) for label in ("base", "head"))
        print(f"{k:<24}{b:>8.2f}{h:>8.2f}{ratio:>11}{h - b:>+13.2f}{'':>12}{b1:>6.2f}{h1:>7.2f}")
    b, h = total["base"], total["head"]
    print(f"{'whole article':<24}{b:>8.2f}{h:>8.2f}{h / b:>11.2f}{h - b:>+13.2f}")
    print(f"{'round 1 (unseen)':<24}{first['base']:>8.2f}{first['head']:>8.2f}{first['head'] / first['base']:>11.2f}"
          f"{first['head'] - first['base']:>+13.2f}")
    spread = {label: max(sum(rd.values()) for rd in (rs[1:] or rs)) / total[label] - 1 for label, rs in rounds.items()}
    print(f"warm rounds' spread (worst/best - 1): base {100 * spread['base']:.0f} %, head {100 * spread['head']:.0f} %; "
          f"start-up CPU s: base {base.hello['startup']:.2f}, head {head.hello['startup']:.2f}")
    print(f"records identical: {same} of {n} articles")


if __name__ == "__main__":
    main()
