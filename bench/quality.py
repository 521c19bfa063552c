"""Quality on the development set, with a held-out validation split.

    python bench/quality.py                      # all / fit / validation / gap, per field
    python bench/quality.py --no-ner             # the same without the trained NER (ablation)
    python bench/quality.py --no-org-model       # the same without the learned role model (ablation)
    python bench/quality.py --details FIELD      # misses and extras of the fit part only
    python bench/quality.py --pred x.jsonl       # score records made elsewhere
    python bench/quality.py --styles             # fit split by article style beside validation
    python bench/quality.py --bootstrap 2000     # 95 % intervals of validation F1 and of the gap

The split: ``validation`` is d131-d160 of ../shared/corpus-dev, read only through these
figures (never with --details) so that a change is kept only when it helps there too;
``fit`` is the rest of corpus-dev plus ../shared/seeds, the part rules and models may be
fitted on; ``all`` is both, the development set of the issues' acceptance figures.
``--styles`` splits fit by the shape of its articles: ``cut`` (d001-d070, the first 2,000
characters of a page, and the seeds) and ``whole`` (d101-d130, short articles kept whole from
every region, the same kind as validation), so a gap can be told apart as style or as fitting.
``--bootstrap N`` resamples articles with replacement, fit and validation each within itself
(N times, seed fixed), and gives the 2.5 and 97.5 percentiles of validation F1 and of the gap
fit − validation: with 30 validation articles one entity moves a field by 0.02-0.17, so a gap
whose interval holds 0 is not told apart from sampling noise. Only sums are read, never an
article's own figures. The scorer is the contract's own (../shared/contract/score.py).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VALIDATION = {f"d{i:03d}" for i in range(131, 161)}
WHOLE_FIT = {f"d{i:03d}" for i in range(101, 131)}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "contract" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract(ner: bool, org_model: bool = True) -> dict[str, dict]:
    sys.path.insert(0, str(ROOT))
    from extract import build_nlp, extract_articles
    from extract.inputs.sources import read_paths

    nlp = build_nlp(ner=ner, org_model=org_model)
    paths = [SHARED / "corpus-dev" / "articles", SHARED / "seeds" / "articles"]
    return {r.doc_id: r.to_dict() for r in extract_articles(read_paths(paths), nlp=nlp)}


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 as the contract's scorer computes it (0 where nothing was predicted or expected)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def bootstrap(sc, parts: dict, pred: dict, fields, rounds: int, seed: int = 13) -> dict:
    """2.5 / 97.5 percentiles of validation F1 and of the gap, articles resampled within each part."""
    counts = {  # per article, per field: tp, fp, fn (the scorer run on that article alone)
        name: [{f: (t[f]["tp"], t[f]["fp"], t[f]["fn"]) for f in fields}
               for t in (sc.score({k: g}, pred)[0] for k, g in part.items())]
        for name, part in parts.items() if name in ("fit", "validation")
    }
    rng = random.Random(seed)
    draws = {f: ([], []) for f in (*fields, "macro_f1")}  # validation F1, gap
    for _ in range(rounds):
        sample = {name: [rng.choice(docs) for _ in docs] for name, docs in counts.items()}
        macro = [0.0, 0.0]
        for f in fields:
            fit, val = (f1(*(sum(d[f][i] for d in sample[n]) for i in range(3))) for n in ("fit", "validation"))
            draws[f][0].append(val)
            draws[f][1].append(fit - val)
            if f in sc.FIELDS:  # the macro is over the contract's six fields, as the scorer's
                macro[0] += fit / len(sc.FIELDS)
                macro[1] += val / len(sc.FIELDS)
        draws["macro_f1"][0].append(macro[1])
        draws["macro_f1"][1].append(macro[0] - macro[1])

    def interval(xs):
        xs = sorted(xs)
        return xs[int(0.025 * (len(xs) - 1))], xs[int(0.975 * (len(xs) - 1))]

    return {f: {"validation": interval(v), "gap": interval(g)} for f, (v, g) in draws.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-ner", action="store_true", help="rules only (ablation)")
    ap.add_argument("--no-org-model", action="store_true", help="without the learned role model (ablation)")
    ap.add_argument("--pred", help="score these records instead of extracting")
    ap.add_argument("--details", metavar="FIELD", help="misses and extras of FIELD on the fit part")
    ap.add_argument("--styles", action="store_true", help="fit split into cut and whole articles")
    ap.add_argument("--bootstrap", type=int, metavar="N", help="95 %% intervals from N resamples of articles")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not (SHARED / "corpus-dev").is_dir():
        sys.exit(f"needs ../shared/corpus-dev beside the checkout ({SHARED})")
    sc = load_scorer()
    gold = sc.load(SHARED / "corpus-dev" / "gold.jsonl") | sc.load(SHARED / "seeds" / "gold.jsonl")
    pred = sc.load(args.pred) if args.pred else extract(ner=not args.no_ner, org_model=not args.no_org_model)
    parts = {
        "all": gold,
        "fit": {k: v for k, v in gold.items() if k not in VALIDATION},
        "validation": {k: v for k, v in gold.items() if k in VALIDATION},
    }
    if args.styles:
        fit = parts.pop("fit")
        parts = {
            "all": gold,
            "cut": {k: v for k, v in fit.items() if k not in WHOLE_FIT},
            "whole": {k: v for k, v in fit.items() if k in WHOLE_FIT},
            "validation": parts["validation"],
        }
    tables = {name: sc.score(g, pred)[0] for name, g in parts.items()}
    if args.details:
        for d in sc.score(parts["fit"], pred)[1]:
            if d["field"] == args.details:
                print(json.dumps(d, ensure_ascii=False))
        return 0
    if args.json:
        print(json.dumps(tables))
        return 0
    fields = sc.FIELDS + tuple(f for f in sc.EXTRA_FIELDS if f in tables["all"])
    if args.styles:
        print(f"{'F1':<14}{'cut':>7}{'whole':>7}{'valid':>7}   (cut: d001-d070 + seeds; whole: d101-d130; valid: d131-d160)")
        for f in fields + ("macro_f1",):
            c, w, v = (tables[p][f] if f == "macro_f1" else tables[p][f]["f1"] for p in ("cut", "whole", "validation"))
            print(f"{f:<14}{c:7.3f}{w:7.3f}{v:7.3f}")
        return 0
    print(f"{'F1':<14}{'all':>7}{'fit':>7}{'valid':>7}{'gap':>7}   (fit: corpus-dev less d131-d160, plus seeds)")
    for f in fields + ("macro_f1",):
        a, t, v = (tables[p][f] if f == "macro_f1" else tables[p][f]["f1"] for p in ("all", "fit", "validation"))
        print(f"{f:<14}{a:7.3f}{t:7.3f}{v:7.3f}{t - v:+7.3f}")
    if args.bootstrap:
        print(f"\n95 % intervals, {args.bootstrap} resamples of articles (fit and validation each within itself)")
        print(f"{'':<14}{'validation F1':>17}{'gap':>20}")
        for f, iv in bootstrap(sc, parts, pred, fields, args.bootstrap).items():
            (vl, vh), (gl, gh) = iv["validation"], iv["gap"]
            print(f"{f:<14}{vl:8.3f} – {vh:.3f}{gl:+11.3f} – {gh:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
