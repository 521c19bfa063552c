"""Rules are data: cue words and patterns, one TOML (or JSONL) file per concern.

``load_rules("amounts")`` reads ``rules/amounts.toml``. Files are read with the
standard library's ``tomllib`` and ``json`` only (safe loaders, no code runs).
"""
from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

RULES_DIR = Path(__file__).resolve().parent


class RulesError(ValueError):
    """A rules file is missing or malformed; the message names the file and line."""


@lru_cache(maxsize=None)
def load_rules(name: str) -> dict[str, Any]:
    """The TOML rules file ``rules/<name>.toml`` as a dict (cached; treat as read-only)."""
    path = RULES_DIR / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as err:
        raise RulesError(f"no rules file {path}") from err
    except tomllib.TOMLDecodeError as err:
        raise RulesError(f"{path}: {err}") from err


def load_patterns(name: str) -> list[dict[str, Any]]:
    """spaCy-style JSON Lines patterns ``rules/<name>.jsonl`` (``#`` lines are comments)."""
    path = RULES_DIR / f"{name}.jsonl"
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise RulesError(f"{path}:{lineno}: {err.msg}") from err
    return out


def rule_names() -> list[str]:
    """Every rules file shipped, for tests that load and validate them all."""
    return sorted(p.stem for p in RULES_DIR.glob("*.toml"))


def rule_strings() -> set[str]:
    """Every key and string value in the rules files: the words warta knows, for tests and
    fuzzing that feed them back in odd shapes."""
    return {w for name in rule_names() for w in _strings(load_rules(name))}


def _strings(node) -> list[str]:
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in [str(k), *_strings(v)]]
    if isinstance(node, (list, tuple)):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []
