"""Gazetteers: the lists warta maintains (companies, organisations, foreign places,
short names) and the loaders for them and for the national region list.

Upstream lists stay untouched; warta's corrections live in separate files that
one loader merges.
"""
import tomllib
from pathlib import Path

GAZETTEER_DIR = Path(__file__).resolve().parent


def load_toml(name: str) -> dict:
    """A TOML data file of this folder, by its file name."""
    with (GAZETTEER_DIR / name).open("rb") as fh:
        return tomllib.load(fh)
