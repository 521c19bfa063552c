"""Train the sector classifier (models/sectors) on the fit part's gold.

    python -m extract.training.train_sectors --out models/sectors

Fit part: ../shared/corpus-dev less the validation split d131-d160, ../shared/seeds, and the
project's own corpus/ (articles the team wrote; their gold in corpus/gold.jsonl and corpus/*_gold.jsonl). Only gold lines
with a ``sectors`` key are used. A label in the gold's ``optional`` is left out of the loss (a
missing value, neither right nor wrong). An article of corpus/ weighs ``written_weight`` (rules/sectors.toml)
against a real one. Deterministic: full-batch gradient descent from zero weights.
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from extract.components.sectors import LABELS, LogisticSectors, SectorCues, SectorFeatures
from extract.training.gold_data import gold_articles, read_gold
from rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
VALIDATION = {f"d{i:03d}" for i in range(131, 161)}
SOURCES = ((SHARED / "corpus-dev", "articles"), (SHARED / "seeds", "articles"), (ROOT / "corpus", "articles"))
L2, LR, STEPS = 0.005, 0.5, 6000


@dataclass
class Item:
    doc_id: str
    text: str
    gold: set[str]
    optional: set[str]
    real: bool = False  # an article of ../shared (bench/sectors.py scores only these)
    x: object = None  # the feature vector
    hits: dict | None = None  # label -> cue hits (the keyword baseline reads these)


def load_items(validation: bool = False) -> list[Item]:
    """The gold articles with sectors: the fit part, or (``validation=True``) only d131-d160."""
    items = []
    for folder, sub in SOURCES:
        gold = read_gold(gold_files(folder), lambda rec: "sectors" in rec and (rec["doc_id"] in VALIDATION) == validation)
        for art in gold_articles(folder / sub, gold):
            rec = gold[art.doc_id]
            if art.error:
                continue
            opt = set((rec.get("optional") or {}).get("sectors") or [])
            items.append(Item(art.doc_id, art.text, set(rec["sectors"]), opt, real=SHARED in folder.parents))
    return sorted(items, key=lambda i: i.doc_id)


def gold_files(folder: Path) -> list[Path]:
    """A folder's gold: ``gold.jsonl`` and any ``*_gold.jsonl`` beside it (corpus/sec_gold.jsonl: the
    team's texts written for the sector classifier, kept apart so other additions merge cleanly)."""
    return sorted(p for p in folder.glob("*gold.jsonl") if p.name == "gold.jsonl" or p.name.endswith("_gold.jsonl"))


def add_features(items: list[Item]) -> list[Item]:
    """The classifier's input for each article, read as the pipeline reads it (extract/components/sectors.py)."""
    from extract.components.language import make_language

    nlp = make_language()
    nlp.add_pipe("sentencizer")
    rules = load_rules("sectors")
    cues = SectorCues(rules)
    feats = SectorFeatures(cues, rules)
    for it in items:
        scan = cues.scan(nlp(it.text))
        it.hits = scan.hits
        it.x = feats.vector(scan, it.hits)
    return items


def train(items: list[Item], l2: float = L2, lr: float = LR, steps: int = STEPS) -> LogisticSectors:
    """The model trained on ``items`` (with features). Deterministic: no random start, full batches."""
    import numpy as np

    rules = load_rules("sectors")
    names = SectorFeatures(SectorCues(rules), rules).names
    X = np.array([it.x for it in items])
    Y = np.array([[1.0 if label in it.gold else 0.0 for label in LABELS] for it in items])
    M = np.array([[0.0 if (label in it.optional and label not in it.gold) else 1.0 for label in LABELS] for it in items])
    # a written article counts less than a real one (cross-validated: rules/sectors.toml written_weight)
    M = M * np.array([1.0 if it.real else float(rules["written_weight"]) for it in items])[:, None]
    return LogisticSectors(names).fit(X, Y, M, l2=l2, lr=lr, steps=steps)


def fold_orders(real: list[int], folds: int, repeats: int):
    """Cross-validation folds over the real articles: for each of ``repeats`` orders (the first as given, the
    others shuffled with seeds 1, 2, ...), {article index: fold}. bench/sectors.py and bench/sectors_variants.py
    share it so their figures come from the same folds."""
    import numpy as np

    for r in range(repeats):
        order = list(real)
        if r:
            np.random.RandomState(r).shuffle(order)
        yield {i: n % folds for n, i in enumerate(order)}


def save(model: LogisticSectors, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "model.json").write_text(json.dumps(model.to_json()) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "sectors")
    args = ap.parse_args(argv)
    items = add_features(load_items())
    save(train(items), args.out)
    print(f"trained on {len(items)} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
