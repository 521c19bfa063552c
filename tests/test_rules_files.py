"""Rules and gazetteer files are data, read with safe loaders only.

- every rules/*.toml loads with tomllib (and through ``load_rules``), opens with a comment
  naming its source, and any regular expression it holds compiles;
- every rules/*.jsonl pattern is a spaCy pattern that validates (phrase string, or token
  dicts accepted by ``Matcher(validate=True)``), with its REGEX values compiling;
- no code that turns data into code: no pickle (or dill, marshal, shelve, joblib), no
  ``yaml.load`` (only ``yaml.safe_load``), no ``eval``/``exec``, no ``allow_pickle=True``,
  anywhere in the package sources (checked on the syntax tree, so comments do not count).
"""
from __future__ import annotations

import ast
import json
import re
import tomllib
from pathlib import Path

import pytest

from rules import RULES_DIR, load_patterns, load_rules, rule_names

ROOT = Path(__file__).resolve().parents[1]
TOML_FILES = sorted(RULES_DIR.glob("*.toml"))
JSONL_FILES = sorted(RULES_DIR.glob("*.jsonl"))
SOURCE_FILES = sorted(
    p for p in [*ROOT.glob("*.py"), *(f for d in ("extract", "rules", "gazetteers", "models", "bench")
                                       for f in (ROOT / d).rglob("*.py"))]
    if ".venv" not in p.parts
)

UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "marshal", "shelve", "joblib"}
UNSAFE_CALLS = {"eval", "exec", "__import__"}
UNSAFE_ATTRIBUTES = {"read_pickle", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all"}
REGEX_KEYS = re.compile(r"regex|pattern", re.I)


def _walk(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk(v, (*path, str(k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, (*path, str(i)))
    else:
        yield path, node


@pytest.mark.parametrize("path", TOML_FILES, ids=lambda p: p.name)
def test_rules_toml_loads_with_tomllib(path):
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    assert data, f"{path.name} is empty"
    assert load_rules(path.stem) == data


@pytest.mark.parametrize("path", TOML_FILES, ids=lambda p: p.name)
def test_rules_toml_opens_with_its_source(path):
    lines = path.read_text("utf-8").lstrip("\ufeff").splitlines()
    header = " ".join(line for line in lines[: next((i for i, l in enumerate(lines) if not l.startswith("#")), len(lines))])
    assert lines[0].startswith("#") and "source" in header.lower() and "key" in header.lower(), (
        f"{path.name}: open with a comment giving the source and key meanings (STYLE.md)")


@pytest.mark.parametrize("path", TOML_FILES, ids=lambda p: p.name)
def test_rules_toml_regexes_compile(path):
    data = tomllib.loads(path.read_text("utf-8"))
    for keys, value in _walk(data):
        if isinstance(value, str) and any(REGEX_KEYS.search(k) for k in keys):
            re.compile(value)


def test_rules_names_cover_every_toml():
    assert rule_names() == [p.stem for p in TOML_FILES]


@pytest.mark.parametrize("path", JSONL_FILES, ids=lambda p: p.name)
def test_rules_jsonl_patterns_validate(nlp, path):
    from spacy.matcher import Matcher

    patterns = load_patterns(path.stem)
    assert patterns, f"{path.name} holds no pattern"
    for n, entry in enumerate(patterns, 1):
        where = f"{path.name} pattern {n}"
        assert isinstance(entry, dict) and "pattern" in entry, where
        assert isinstance(entry.get("label", ""), str) and isinstance(entry.get("id", ""), str), where
        pattern = entry["pattern"]
        if isinstance(pattern, str):
            assert pattern.strip(), f"{where}: empty phrase"
            continue
        assert isinstance(pattern, list) and all(isinstance(t, dict) for t in pattern), where
        Matcher(nlp.vocab, validate=True).add("P", [pattern])  # raises MatchPatternError
        for keys, value in _walk(pattern):
            if keys and keys[-1] == "REGEX":
                re.compile(value)


def test_rules_jsonl_lines_are_json():
    """Every non-comment line of every JSONL file parses on its own (one rule, one line)."""
    for path in JSONL_FILES:
        for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                assert isinstance(json.loads(line), dict), f"{path.name}:{lineno}"


def unsafe_uses(source: str) -> list[str]:
    """What in ``source`` turns data into code: imports, calls and keywords named above."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in UNSAFE_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
            found.append(node.module)
        elif isinstance(node, ast.Call):
            fn = node.func
            if isinstance(fn, ast.Name) and fn.id in UNSAFE_CALLS:
                found.append(fn.id)
            if isinstance(fn, ast.Attribute):
                if fn.attr in UNSAFE_ATTRIBUTES:
                    found.append(fn.attr)
                if (fn.attr in ("load", "load_all") and isinstance(fn.value, ast.Name) and fn.value.id == "yaml"
                        and not any(k.arg == "Loader" and "Safe" in ast.unparse(k.value) for k in node.keywords)):
                    found.append(f"yaml.{fn.attr}")
                if fn.attr == "load" and isinstance(fn.value, ast.Name) and fn.value.id == "torch" and not any(
                        k.arg == "weights_only" and ast.unparse(k.value) == "True" for k in node.keywords):
                    found.append("torch.load")
            found += [f"{k.arg}=True" for k in node.keywords
                      if k.arg == "allow_pickle" and ast.unparse(k.value) == "True"]
    return found


UNSAFE_AS_WRITTEN = [
    ("import pickle", ["pickle"]),
    ("from pickle import loads", ["pickle"]),
    ("import yaml\nyaml.load(open('x'))", ["yaml.load"]),
    ("import yaml\nyaml.load(s, Loader=yaml.FullLoader)", ["yaml.load"]),
    ("eval('1+1')", ["eval"]),
    ("import pandas as pd\npd.read_pickle('x')", ["read_pickle"]),
    ("import numpy as np\nnp.load('x.npy', allow_pickle=True)", ["allow_pickle=True"]),
    ("import torch\ntorch.load('m.pt')", ["torch.load"]),
]
NOT_UNSAFE = [
    "import yaml\nyaml.safe_load(s)",
    "import yaml\nyaml.load(s, Loader=yaml.SafeLoader)",
    "import tomllib\ntomllib.load(fh)",
    "import json\njson.loads(s)",
    "from extract.evaluate import evaluate\nevaluate(g, p)",
    "import re\nre.compile(r'x')",
    "# pickle is not used here\nx = 'eval'",
]


@pytest.mark.parametrize("source,expected", UNSAFE_AS_WRITTEN + [(s, []) for s in NOT_UNSAFE], ids=repr)
def test_unsafe_uses_are_recognised(source, expected):
    assert unsafe_uses(source) == expected


@pytest.mark.parametrize("path", SOURCE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_package_sources_use_safe_loaders_only(path):
    assert unsafe_uses(path.read_text("utf-8")) == [], f"{path.relative_to(ROOT)}: unsafe loader or eval"
