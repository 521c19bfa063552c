#!/usr/bin/env python3
"""Regroup extract/ by stage: one run, on the merged main, from the repository root.

    python tools/regroup.py            # move the files, rewrite the imports, stage it all in git
    python tools/regroup.py --dry-run  # only say what it would do

What it does (standard library only; safe to run again: a second run changes nothing):

1. ``git mv extract/<module>.py extract/<group>/<module>.py`` for every module named in GROUPS
   below (a folder such as report_assets/ moves the same way), and writes each group's
   ``__init__.py`` (a docstring only: importing a group imports nothing else).
2. In every file git tracks (code, tests, bench, tools, docs, README, pyproject.toml, spaCy
   configs, shell scripts; binary files are passed over) it rewrites the references to a moved
   module:
       from extract import amounts, extract_articles   ->  from extract import extract_articles
                                                            from extract.components import amounts
       "...\\nfrom extract import stopping\\n..."         ->  "...\\nfrom extract.engines import stopping\\n..."
       from extract.amounts import ...                  ->  from extract.components.amounts import ...
       import extract.ingest as m / extract.engine.X    ->  extract.storage.ingest / extract.engines.engine.X
       "extract.engine.BATCH_SIZE", python -m extract.train_ner  (strings and commands alike)
       extract/report.py, extract/report_assets/        ->  extract/outputs/report.py, ...
       "extract" / "report_assets"                      ->  "extract" / "outputs" / "report_assets"
3. In each moved module, ``Path(__file__)...parents[N]`` (N >= 1) becomes ``parents[N+1]`` and
   ``.parent.parent`` gains one ``.parent``, so paths to the repository root (models/, rules/) still
   hold. ``Path(__file__).parent`` is left alone (a data folder that moves with its module, as
   report_assets/ with report.py, is still beside it); every such line is printed for a check.
4. It prints what it did and what a person must decide: modules of extract/ that are in no group
   (new ones merged since this script was written), mapping entries not found, conflicts,
   relative imports, dynamic module names, and files that no longer parse.

Nothing is committed: review ``git status`` / ``git diff --cached -M --stat``, run the tests, commit.
Group names are chosen so no group has the name of a module (extract.store would be both), which is
what makes the rewrite idempotent: ``extract.<group>`` is never rewritten again.
"""
from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# The mapping: group -> (what the group holds, its modules). A name is a module of extract/
# (``amounts`` is extract/amounts.py) or a folder (``report_assets``). Names absent from the
# repository are passed over (listed as "not found"), so entries for modules still on branches
# are harmless. See docs/layout.md.
# ---------------------------------------------------------------------------------------------
GROUPS: dict[str, tuple[str, list[str]]] = {
    "components": (
        "The spaCy pipeline's components and the helpers they share.\n\n"
        "Each ``warta_*`` factory is registered when its module is imported; extract/pipeline.py\n"
        "imports them and lists them in order.",
        [
            # the components (one spaCy factory each)
            "amounts", "dates", "beneficiaries", "programs", "organizations", "locations",
            "roles", "entity_stage", "sectors", "stanza_backend",
            # what they are built from: tokenizer, guards, the shipped NER, learned models, shared readers
            "language", "guards", "doctext", "ner", "numbers", "values", "aliases", "entities",
            "org_model", "place_lists",
        ],
    ),
    "inputs": (
        "Input: paths, URLs and WARC crawls in, Articles out (extract/article.py).",
        ["sources", "remote", "warc"],
    ),
    "outputs": (
        "Output: records written out (JSON Lines, CSV, Parquet), exported from the store,\n"
        "tabled by organisation, and the analyst's HTML report.",
        ["sinks", "export", "entity_table", "report", "report_charts", "report_sectors", "report_assets"],
    ),
    "storage": (
        "The store: a SQLite file of records, filled by incremental ingest, with near-duplicate\n"
        "stories assigned on the way in.",
        ["store", "ingest", "stories"],
    ),
    "engines": (
        "Engines: where ``nlp.pipe`` runs (this process, a pool of workers, Dask) and how a run\n"
        "stops; the batch function is shared by all of them.",
        ["engine", "dask_engine", "dask_parquet", "matmul_ops", "stopping"],
    ),
    "training": (
        "Training and measuring the learned parts (models/): run as ``python -m extract.training.X``.\n"
        "Nothing here is imported when extracting.",
        ["train_ner", "train_sectors", "train_domain", "project", "ner_eval"],
    ),
}

# Stay at the top of extract/: the public API, the one page listing the pipeline, the two data
# types every stage shares (Article in, Record out), settings, the version and the scorer.
TOP = {"__init__", "pipeline", "article", "record", "config", "version", "evaluate"}

PACKAGE = Path("extract")
SELF = Path("tools/regroup.py")
TEXT_LIMIT = 2_000_000  # bytes; larger tracked files are data, not code or docs


def git(*args: str, check: bool = True) -> str:
    out = subprocess.run(["git", *args], capture_output=True, text=True)
    if check and out.returncode != 0:
        sys.exit(f"git {' '.join(args)} failed: {out.stderr.strip()}")
    return out.stdout


def module_group() -> dict[str, str]:
    seen: dict[str, str] = {}
    for group, (_, names) in GROUPS.items():
        for name in names:
            if name in seen:
                sys.exit(f"mapping: {name} is in both {seen[name]} and {group}")
            if name in TOP:
                sys.exit(f"mapping: {name} is meant to stay at the top")
            seen[name] = group
    clash = set(GROUPS) & (set(seen) | TOP)
    if clash:
        sys.exit(f"mapping: group names that are also module names: {sorted(clash)}")
    return seen


def source_of(name: str) -> Path | None:
    for p in (PACKAGE / f"{name}.py", PACKAGE / name):
        if p.exists():
            return p
    return None


def target_of(name: str, group: str) -> Path | None:
    for p in (PACKAGE / group / f"{name}.py", PACKAGE / group / name):
        if p.exists():
            return p
    return None


# --- rewriting ---------------------------------------------------------------------------------

def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


FROM_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)from[ \t]+extract[ \t]+import[ \t]+"
    r"(?P<body>\((?:[^()]*)\)|[^\n#]*?)(?P<comment>[ \t]*#[^\n]*)?$",
    re.M,
)


def rewrite_from_import(text: str, where: dict[str, str], notes: list[str], path: str) -> str:
    """``from extract import a, b`` with moved modules among the names -> one line per group."""

    def repl(m: re.Match) -> str:
        body = m.group("body").strip()
        if body.startswith("("):
            inner = body[1:-1]
            if "#" in inner:
                if any(re.search(rf"\b{re.escape(n)}\b", inner) for n in where):
                    notes.append(f"{path}: a parenthesised `from extract import (...)` with comments inside: fix by hand")
                return m.group(0)
        else:
            inner = body.rstrip("\\")
        items = [" ".join(i.split()) for i in inner.replace("\\\n", " ").split(",")]
        items = [i for i in items if i]
        top: list[str] = []
        groups: dict[str, list[str]] = {}
        for item in items:
            name = item.split(" as ")[0].strip()
            if name in where:
                groups.setdefault(where[name], []).append(item)
            else:
                top.append(item)
        if not groups:
            return m.group(0)
        indent, comment = m.group("indent"), (m.group("comment") or "")
        lines = []
        if top:
            lines.append(f"{indent}from extract import {', '.join(top)}")
        for group in sorted(groups):
            lines.append(f"{indent}from extract.{group} import {', '.join(groups[group])}")
        lines[0] += comment
        return "\n".join(lines)

    text = FROM_IMPORT.sub(repl, text)

    def inline(m: re.Match) -> str:
        """The same inside a line (code in a string, ``python -c``, prose): one group is rewritten
        in place; names of several groups become statements joined by ``; `` (and are listed)."""
        items = [" ".join(i.split()) for i in m.group("items").split(",")]
        top = [i for i in items if i.split(" as ")[0] not in where]
        groups: dict[str, list[str]] = {}
        for i in items:
            if i.split(" as ")[0] in where:
                groups.setdefault(where[i.split(" as ")[0]], []).append(i)
        if not groups:
            return m.group(0)
        parts = ([f"from extract import {', '.join(top)}"] if top else []) + [
            f"from extract.{g} import {', '.join(groups[g])}" for g in sorted(groups)]
        if len(parts) > 1:
            notes.append(f"{path}: `{m.group(0)}` inside a line became `{'; '.join(parts)}`: check it")
        return "; ".join(parts)

    return INLINE_FROM_IMPORT.sub(inline, text)


INLINE_FROM_IMPORT = re.compile(
    r"(?:(?<=\\[nt])|(?<![\w.]))from[ \t]+extract[ \t]+import[ \t]+"
    r"(?P<items>\w+(?:[ \t]+as[ \t]+\w+)?(?:,[ \t]*\w+(?:[ \t]+as[ \t]+\w+)?)*)"
)


def rewriters(where: dict[str, str]):
    names = _alternation(where)
    dotted = re.compile(rf"(?:(?<=\\[nt])|(?<![\w.]))extract\.({names})(?!\w)")
    slashed = re.compile(rf"(?:(?<=\\[nt])|(?<![\w.-]))extract/({names})(?![\w-])")
    joined = re.compile(rf"""(?P<q>["'])extract(?P=q)(?P<sep>\s*/\s*)(?P<q2>["'])({names})(?![\w-])""")

    def rewrite(text: str, notes: list[str], path: str) -> str:
        text = rewrite_from_import(text, where, notes, path)
        text = dotted.sub(lambda m: f"extract.{where[m.group(1)]}.{m.group(1)}", text)
        text = slashed.sub(lambda m: f"extract/{where[m.group(1)]}/{m.group(1)}", text)
        text = joined.sub(lambda m: f"{m.group('q')}extract{m.group('q')}{m.group('sep')}"
                                    f"{m.group('q2')}{where[m.group(4)]}{m.group('q2')}{m.group('sep')}"
                                    f"{m.group('q2')}{m.group(4)}", text)
        return text

    return rewrite


PARENTS_N = re.compile(r"(__file__\)(?:\.resolve\(\)|\.absolute\(\))?\.parents\[)(\d+)(\])")
PARENT_CHAIN = re.compile(r"(__file__\)(?:\.resolve\(\)|\.absolute\(\))?)((?:\.parent){2,})(?!s)")


def deepen_file_paths(text: str) -> str:
    """A moved module is one folder deeper: paths to the repository root gain one level."""
    text = PARENTS_N.sub(lambda m: m.group(1) + (str(int(m.group(2)) + 1) if int(m.group(2)) >= 1
                                                 else m.group(2)) + m.group(3), text)
    return PARENT_CHAIN.sub(lambda m: m.group(1) + m.group(2) + ".parent", text)


def read_text(path: Path) -> str | None:
    try:
        if path.stat().st_size > TEXT_LIMIT:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


# --- the run -----------------------------------------------------------------------------------

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="say what would move; change nothing")
    ap.add_argument("--allow-dirty", action="store_true", help="run even with uncommitted changes")
    args = ap.parse_args(argv)

    if not (PACKAGE / "pipeline.py").exists() or not Path(".git").exists():
        sys.exit("run from the repository root: python tools/regroup.py")
    if git("status", "--porcelain", "--untracked-files=no").strip() and not (args.allow_dirty or args.dry_run):
        sys.exit("the work tree has uncommitted changes: commit or stash them first (or --allow-dirty)")
    mapping = module_group()

    moves, done, missing, conflicts = [], [], [], []
    for name, group in mapping.items():
        src, dst = source_of(name), target_of(name, group)
        if src and dst:
            conflicts.append(f"{src} and {dst} both exist")
        elif src:
            moves.append((name, group, src, PACKAGE / group / src.name))
        elif dst:
            done.append(name)
        else:
            missing.append(name)

    top_level = sorted(p.stem if p.suffix == ".py" else p.name for p in PACKAGE.iterdir()
                       if (p.suffix == ".py" or (p.is_dir() and p.name != "__pycache__")) and not p.name.startswith("."))
    unmapped = [n for n in top_level if n not in mapping and n not in TOP and n not in GROUPS]

    print(f"regroup: {len(moves)} to move, {len(done)} already in place, {len(missing)} not in this repository")
    for name, group, src, dst in moves:
        print(f"  git mv {src} {dst}")
    if args.dry_run:
        _report(unmapped, missing, conflicts, [], [], [])
        return 0

    for group, (doc, _) in GROUPS.items():
        if any(g == group for _, g, _, _ in moves) or (PACKAGE / group).is_dir():
            init = PACKAGE / group / "__init__.py"
            if not init.exists():
                init.parent.mkdir(exist_ok=True)
                init.write_text(f'"""{doc}\n"""\n', encoding="utf-8")
                git("add", str(init))
    file_lines: list[str] = []
    for name, group, src, dst in moves:
        git("mv", str(src), str(dst))
        for py in ([dst] if dst.suffix == ".py" else sorted(dst.rglob("*.py"))):
            text = py.read_text(encoding="utf-8")
            new = deepen_file_paths(text)
            if new != text:
                py.write_text(new, encoding="utf-8")
                git("add", str(py))

    where = {n: g for n, g in mapping.items() if target_of(n, g)}
    rewrite = rewriters(where) if where else None
    notes: list[str] = []
    changed: list[str] = []
    for rel in git("ls-files", "-z").split("\0"):
        if not rel or Path(rel) == SELF or rewrite is None:
            continue
        path = Path(rel)
        text = read_text(path)
        if text is None:
            continue
        new = rewrite(text, notes, rel)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(rel)
    if changed:
        git("add", "--", *changed)

    # What a person should look at.
    broken, relative, dynamic = [], [], []
    for rel in git("ls-files", "-z").split("\0"):
        if not rel.endswith(".py") or not Path(rel).exists():
            continue
        text = read_text(Path(rel)) or ""
        try:
            ast.parse(text)
        except SyntaxError as e:
            broken.append(f"{rel}:{e.lineno}: {e.msg}")
        for i, line in enumerate(text.splitlines(), 1):
            if rel.startswith("extract/") and re.match(r"\s*from \.+\w* import", line):
                relative.append(f"{rel}:{i}: {line.strip()}")
            if re.search(r"""(f["']extract\.\{|["']extract\.["']\s*\+|import_module\(["']extract)""", line):
                dynamic.append(f"{rel}:{i}: {line.strip()}")
            if "__file__" in line and any(rel.startswith(f"extract/{g}/") for g in GROUPS):
                file_lines.append(f"{rel}:{i}: {line.strip()}")

    print(f"regroup: {len(changed)} files rewritten (staged); nothing committed")
    _report(unmapped, missing, conflicts, broken, relative + dynamic + notes, file_lines)
    return 1 if broken or conflicts else 0


def _report(unmapped, missing, conflicts, broken, suspicious, file_lines) -> None:
    def block(title, rows):
        if rows:
            print(f"\n{title}:")
            for r in rows:
                print(f"  {r}")

    block("NOT IN ANY GROUP (left at the top of extract/; add them to GROUPS in tools/regroup.py "
          "and run again, or leave them)", unmapped)
    block("CONFLICTS (both places exist; nothing moved for these)", conflicts)
    block("DO NOT PARSE after the rewrite", broken)
    block("CHECK BY HAND (relative or dynamic imports)", suspicious)
    block("PATHS FROM __file__ in moved modules (parents[N>=1] was raised by one; check the rest)", file_lines)
    if missing:
        print(f"\nin the mapping but not in this repository (fine): {', '.join(missing)}")


if __name__ == "__main__":
    raise SystemExit(main())
