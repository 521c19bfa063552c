"""Gold records and the articles they describe: the one reader of the trainers' data
(train_domain, train_sectors, train_gate; beneficiary_cv through train_domain)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable


def read_gold(paths: list[Path], keep: Callable[[dict], bool], into: dict[str, dict] | None = None) -> dict[str, dict]:
    """Gold records by doc_id from JSON Lines files, those ``keep`` accepts (later lines win); added
    to ``into`` when given. The caller's ``keep`` leaves the validation split out before anything else."""
    gold = {} if into is None else into
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if keep(rec):
                    gold[rec["doc_id"]] = rec
    return gold


def gold_articles(folder: Path, gold: dict[str, dict]) -> list:
    """The ``.txt`` articles of ``folder`` that have a gold record, in file-name order; an article that
    could not be read keeps its ``error`` (callers decide)."""
    from extract.inputs.sources import read_paths

    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.stem in gold)
    return [a for a in read_paths(files) if a.doc_id in gold]
