"""General news through the roles gate: how many articles with no programme still get roles.

    python bench/news_gate.py            # the 293 pseudo-articles of idner-news-2k (train+dev+test)
    python bench/news_gate.py --held-out # only those of dev+test (the gate model trains on train's)
    python bench/news_gate.py --dataset nergrit   # another corpus the gate never trains on (all three splits)

Pseudo-articles: idner-news-2k sentences (general Indonesian news, MIT), detokenised and glued
``PER_ARTICLE`` at a time in file order. Almost none reports a CSR programme, so an article that gets
an organisation with a role (giver or partner) is, nearly always, a false alarm of the gate.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NER = SHARED / "data" / "ner"
PER_ARTICLE = 8


def conll_sentences(path: Path) -> list[str]:
    """The sentences of a CoNLL file as text (tokens joined, spaces before punctuation dropped)."""
    out, toks = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            toks.append(line.split()[0])
        elif toks:
            out.append(detok(toks))
            toks = []
    return out


def detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([,.;:!?%)])", r"\1", s)
    return re.sub(r"([(]) ", r"\1", s)


def pseudo_articles(dataset: str, splits: tuple[str, ...], per: int = PER_ARTICLE) -> list[tuple[str, str]]:
    """(doc_id, text): the splits' sentences, ``per`` at a time; the first sentence is the headline line."""
    sents = [s for sp in splits for s in conll_sentences(NER / dataset / f"{sp}.conll")]
    out = []
    for i in range(0, len(sents), per):
        chunk = sents[i:i + per]
        out.append((f"{dataset}-{'+'.join(splits)}-{i // per:04d}", chunk[0] + "\n" + " ".join(chunk[1:])))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held-out", action="store_true", help="only idner-news-2k dev+test")
    ap.add_argument("--dataset", default="idner-news-2k", choices=["idner-news-2k", "nergrit"],
                    help="nergrit: news and other Indonesian text the gate never trains on")
    ap.add_argument("--show", action="store_true", help="print the articles with roles")
    args = ap.parse_args(argv)
    if not NER.is_dir():
        sys.exit(f"needs ../shared/data/ner beside the checkout ({NER})")
    sys.path.insert(0, str(ROOT))
    from extract import build_nlp, extract_articles
    from extract.article import Article

    splits = ("dev", "test") if args.held_out else ("train", "dev", "test")
    arts = [Article(doc_id=d, text=t) for d, t in pseudo_articles(args.dataset, splits)]
    recs = list(extract_articles(arts, nlp=build_nlp()))
    with_roles = [r for r in recs if r.to_dict().get("organizations")]
    if args.show:
        for r in with_roles:
            d = r.to_dict()
            print(r.doc_id, [(o.get("name"), o.get("role")) for o in d["organizations"]])
    givers = sum(any(o.get("role") == "giver" for o in r.to_dict()["organizations"]) for r in with_roles)
    print(f"pseudo-articles: {len(recs)}  with roles: {len(with_roles)}  with a giver: {givers}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
