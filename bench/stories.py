"""How well near-duplicate stories are found (extract/storage/stories.py), on real and edited pairs.

    python bench/stories.py

1. The real pairs of ../shared/syndicated/pairs.tsv (2 stories carried by two sites, 15 hard
   negatives: different stories about the same company, place and kind of programme).
2. Edited copies, made here the way syndication edits a release, of every article in corpus/,
   ../shared/corpus-dev and ../shared/seeds: another site's dateline and prefix, a reworded
   title, acronyms expanded, a byline ("light"); also paragraphs split and dropped and the lead
   reworded ("heavy"); and the first paragraphs only ("cut-down"). Each copy must join its
   original's story; no two originals may share a story (pairs of different articles, many of
   them about the same giver, are the negatives).
Prints pairing precision and recall per kind of edit. Random choices use a fixed seed.
"""
from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from extract import extract_articles  # noqa: E402
from extract.storage import stories  # noqa: E402
from extract.inputs.sources import articles_from_texts, read_paths  # noqa: E402

SITES = ["Tribunnews.com", "ANTARA", "Kompas.com", "Detik.com", "Suara.com", "Okezone.com"]
ACRONYMS = {  # expansions syndicating sites add
    "CSR": "Corporate Social Responsibility (CSR)", "TJSL": "Tanggung Jawab Sosial dan Lingkungan (TJSL)",
    "BUMN": "Badan Usaha Milik Negara (BUMN)", "UMKM": "Usaha Mikro, Kecil, dan Menengah (UMKM)",
    "BPBD": "Badan Penanggulangan Bencana Daerah (BPBD)", "Pemkab": "Pemerintah Kabupaten",
}
TITLE_WORDS = [("Salurkan", "Berikan"), ("Bantuan", "Donasi"), ("untuk", "bagi"), ("Serahkan", "Salurkan")]
DATELINE = re.compile(r"^([A-Z][A-Z .]{2,30}(?:\([^)]*\))?\s*[-–—]+\s*)")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n+", text) if p.strip()]


def light(text: str, rng: random.Random) -> str:
    paras = paragraphs(text)
    title = paras[0]
    for a, b in TITLE_WORDS:
        title = title.replace(a, b)
    body = paras[1:] or paras
    body[0] = DATELINE.sub("", body[0])
    body[0] = f"{rng.choice(SITES)}, {rng.choice(['JAKARTA', 'SURABAYA', 'MEDAN', 'MAKASSAR'])} -- " + body[0]
    out = []
    for p in body:
        for short, long in ACRONYMS.items():
            p = re.sub(rf"\b{short}\b", long, p, count=1)
        out.append(p)
    return "\n".join([title, *out, f"Pewarta: {rng.choice(['Andi', 'Sari', 'Budi'])}", "Editor: Redaksi"])


def heavy(text: str, rng: random.Random) -> str:
    paras = paragraphs(light(text, rng))
    body = paras[1:-2]
    if len(body) > 3:
        body.pop(rng.randrange(1, len(body)))  # a paragraph dropped
    split = []
    for p in body:
        sents = re.split(r"(?<=[.!?])\s+", p)
        if len(sents) > 1 and rng.random() < 0.5:
            half = len(sents) // 2
            split += [" ".join(sents[:half]), " ".join(sents[half:])]
        else:
            split.append(p)
    if split:  # the lead reworded: its clauses turned around
        parts = split[0].split(", ")
        if len(parts) > 2:
            split[0] = ", ".join(parts[1:] + parts[:1])
    return "\n".join([paras[0], *split, *paras[-2:]])


def cut_down(text: str, rng: random.Random) -> str:
    paras = paragraphs(light(text, rng))
    keep = max(2, (len(paras) - 2) // 2)
    return "\n".join(paras[:keep])


EDITS = {"light": light, "heavy": heavy, "cut-down": cut_down}


def records(paths):
    arts = list(read_paths(paths))
    recs = {r.source: r.to_dict() for r in extract_articles(arts)}
    return [(a.source, a.text, recs[a.source]) for a in arts if not a.error]


def real_pairs() -> None:
    base = SHARED / "syndicated"
    items = {Path(src).stem: (src, text, rec) for src, text, rec in records([base / "articles"])}
    rows = list(csv.DictReader(open(base / "pairs.tsv", encoding="utf-8"), delimiter="\t"))
    tp = fp = fn = tn = 0
    for row in rows:
        index = stories.MemoryIndex()
        for doc in (row["doc_a"], row["doc_b"]):
            story = stories.assign(index, *items[doc])
        merged = story.duplicate_of is not None
        dup = row["label"] == "duplicate"
        tp += merged and dup
        fp += merged and not dup
        fn += dup and not merged
        tn += not dup and not merged
    print(f"real pairs ({len(rows)}): duplicates merged {tp}/{tp + fn}, hard negatives merged {fp}/{fp + tn}")


def edited() -> None:
    paths = [ROOT / "corpus" / "articles"] + [p for p in (SHARED / "corpus-dev" / "articles",
                                                         SHARED / "seeds" / "articles") if p.is_dir()]
    originals = records(paths)
    rng = random.Random(20261204)
    index = stories.MemoryIndex()
    false_merges = 0
    for source, text, rec in originals:
        story = stories.assign(index, source, text, rec)
        false_merges += story.duplicate_of is not None
    pairs = len(originals) * (len(originals) - 1) // 2
    print(f"originals ({len(originals)} articles, {pairs:,} pairs of different articles): "
          f"{false_merges} merged with another")
    for kind, edit in EDITS.items():
        hits = wrong = 0
        copies = [edit(text, rng) for _, text, _ in originals]
        recs = [r.to_dict() for r in extract_articles(articles_from_texts(copies))]  # the copy's own facts
        for (source, _, _), text, rec in zip(originals, copies, recs):
            story = stories.assign(index, f"{source}#{kind}", text, rec)
            hits += story.duplicate_of == source
            wrong += story.duplicate_of not in (None, source)
        print(f"  {kind:<9} copies joined to their original: {hits}/{len(originals)} "
              f"(recall {hits / len(originals):.3f}); joined to another article: {wrong}")


if __name__ == "__main__":
    if not (SHARED / "syndicated").is_dir():
        sys.exit(f"needs {SHARED}/syndicated and corpus-dev beside the checkout")
    real_pairs()
    edited()
