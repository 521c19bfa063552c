"""Gazetteers: the lists warta maintains (companies, organisations, foreign places,
short names) and the loaders for them and for the national region list.

Upstream lists stay untouched; warta's corrections live in separate files that
one loader merges.
"""
from pathlib import Path

GAZETTEER_DIR = Path(__file__).resolve().parent
