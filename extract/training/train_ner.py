"""Train warta's small CPU NER (PER / ORG / LOC) on the shared Indonesian NER data.

Rebuild the committed model with::

    python -m extract.training.train_ner --data ../shared/data/ner --out models/ner

The data lives outside the repo (``/work/shared/data/ner``, see its README.md for sources,
licences and caveats); only the trained model is committed.  The steps are:

1. read each ``{train,dev,test}.conll`` (``token<TAB>IOB2-tag``, blank line between
   sentences) and convert it to spaCy ``Doc`` objects
   (``Doc(nlp.vocab, words=...)`` + ``biluo_tags_to_spans(doc, iob_to_biluo(tags))``);
2. combine the sets (see ``build_corpora`` for the choices and why) and write DocBins to a
   temporary directory;
3. train with spaCy's own API (``init_nlp`` + ``spacy.training.loop.train``, as ``spacy train``) from the committed config
   ``models/ner.cfg`` (blank ``id``, pipeline ``["ner"]`` with its own internal tok2vec);
4. copy ``model-best`` to ``--out`` as a plain loadable pipeline (no training cruft) and
   write entity-level P/R/F1 per type on each data set's test split to ``EVAL.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable, Sequence

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as train_loop
from spacy.vocab import Vocab

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = REPO / "models" / "ner.cfg"
LABELS = ("PER", "ORG", "LOC")
DATASETS = ("idner-news-2k", "nergrit", "nerp")
# NERP has no ORG class; its extra types are not part of warta's label set.
NERP_LABELS = ("PER", "LOC")
NERP_EXTRA = ("IND", "EVT", "FNB")

Sentence = tuple[list[str], list[str]]


# --------------------------------------------------------------------------- reading


def parse_conll(text: str) -> list[Sentence]:
    """Parse ``token<TAB>tag`` lines, one blank line after each sentence."""
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.rstrip("\r")
        if not line.strip():
            if words:
                sents.append((words, tags))
                words, tags = [], []
            continue
        try:
            word, tag = line.split("\t")
        except ValueError:
            raise ValueError(f"line {lineno}: expected 'token<TAB>tag', got {line!r}") from None
        words.append(word)
        tags.append(tag)
    if words:
        sents.append((words, tags))
    return sents


def read_conll(path: Path) -> list[Sentence]:
    return parse_conll(Path(path).read_text(encoding="utf-8"))


def sentence_to_doc(
    vocab: Vocab,
    words: Sequence[str],
    tags: Sequence[str],
    *,
    keep: Iterable[str] = LABELS,
    missing: Iterable[str] = (),
) -> Doc:
    """IOB2 tags -> Doc with ``doc.ents``.

    Spans whose label is in ``keep`` become entities; spans whose label is in ``missing``
    are marked as unannotated (spaCy's "-": no loss either way in training, ignored by the
    scorer); every other span and every ``O`` token is "outside".
    """
    keep, missing = set(keep), set(missing)
    doc = Doc(vocab, words=list(words))
    spans = biluo_tags_to_spans(doc, iob_to_biluo(list(tags)))
    doc.set_ents(
        [s for s in spans if s.label_ in keep],
        missing=[s for s in spans if s.label_ in missing],
        default="outside",
    )
    return doc


def read_overlap(path: Path) -> dict[str, set[int]]:
    """NERP sentence indices (per NERP split) that are lower-cased idner-news-2k sentences."""
    out: dict[str, set[int]] = {"train": set(), "dev": set(), "test": set()}
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            nerp_split, nerp_idx, _idner_split, _idner_idx = line.split("\t")
            out[nerp_split].add(int(nerp_idx))
    return out


def load_split(
    data_dir: Path, dataset: str, split: str, vocab: Vocab, *, for_training: bool = True
) -> list[Doc]:
    """Docs for one split of one data set, with warta's label set.

    For NERP only PER and LOC are kept.  In training its IND spans (companies, media,
    brands) are marked *missing* rather than O: in warta's scheme most of them are ORG, so
    teaching the model that "pertamina"/"yamaha" are not entities would hurt exactly the
    CSR-company ORGs we need.  EVT/FNB (events, food) are not PER/ORG/LOC, so they are O.
    For evaluation IND/EVT/FNB are O (they are not PER/LOC in NERP's own scheme).
    """
    sents = read_conll(Path(data_dir) / dataset / f"{split}.conll")
    if dataset != "nerp":
        return [sentence_to_doc(vocab, w, t, keep=LABELS) for w, t in sents]
    missing = ("IND",) if for_training else ()
    return [sentence_to_doc(vocab, w, t, keep=NERP_LABELS, missing=missing) for w, t in sents]


def build_corpora(
    data_dir: Path, vocab: Vocab, *, use_nerp: bool = True
) -> tuple[list[Doc], list[Doc]]:
    """Training and development docs.

    * idner-news-2k (cased news, MIT) and NERGrit (cased, mostly encyclopedic,
      Apache-2.0) both use PER/ORG/LOC and are used as they are.
    * NERP (lower-case news, no ORG) adds 6.7k sentences of PER/LOC news supervision and
      makes the model less dependent on capitalisation.  Every NERP sentence listed in
      ``nerp/overlap_with_idner-news-2k.tsv`` is dropped (not only those matching the
      idner test split): the ones matching idner test/dev would leak into evaluation and
      model selection, and the ones matching idner train are lower-cased duplicates whose
      parties/ministries are O in NERP but ORG in idner, i.e. contradictory supervision.
      NERP's own dev split is not used for model selection: without ORG labels it would
      reward not predicting ORG.  Whether NERP helps at all was measured
      (``use_nerp=False``); see models/NER.md.
    * Development (model selection, ``model-best``) = idner-news-2k dev + NERGrit dev.
    """
    train: list[Doc] = []
    dev: list[Doc] = []
    for ds in ("idner-news-2k", "nergrit"):
        train += load_split(data_dir, ds, "train", vocab)
        dev += load_split(data_dir, ds, "dev", vocab)
    if use_nerp:
        drop = read_overlap(Path(data_dir) / "nerp" / "overlap_with_idner-news-2k.tsv")
        nerp = load_split(data_dir, "nerp", "train", vocab)
        train += [d for i, d in enumerate(nerp) if i not in drop["train"]]
    return train, dev


# --------------------------------------------------------------------------- evaluation


def _score(nlp: Language, golds: list[Doc], keep: Iterable[str] | None) -> dict:
    """Strict entity P/R/F1 on the data set's own tokens (extract/training/ner_eval.py: first token, last
    token and type must all be right, as seqeval's strict mode counts)."""
    from extract.training.ner_eval import doc_spans, strict_prf, tag_tokens

    labels = sorted(keep) if keep is not None else sorted(LABELS)
    pairs = [(doc_spans(g, labels), doc_spans(tag_tokens(nlp, g), labels)) for g in golds]
    return strict_prf(pairs, labels) | {"sentences": len(golds), "scoring": "strict, own tokens"}


def evaluate(nlp: Language, data_dir: Path, split: str = "test") -> dict:
    """Entity-level P/R/F1 per type on each data set's ``split``, strictly on its own tokens.

    For NERP only PER and LOC are comparable: predictions of other labels are dropped and
    NERP's IND/EVT/FNB spans count as O.  ``nerp-no-idner`` is the same NERP split without
    the sentences that are lower-cased copies of idner-news-2k train/dev sentences (which
    the model saw with case), i.e. without that leakage.
    """
    data_dir = Path(data_dir)
    out = {}
    for ds in DATASETS:
        golds = load_split(data_dir, ds, split, nlp.vocab, for_training=False)
        out[ds] = _score(nlp, golds, NERP_LABELS if ds == "nerp" else None)
        if ds == "nerp":
            rows = (data_dir / "nerp" / "overlap_with_idner-news-2k.tsv").read_text().splitlines()
            seen = {
                int(r.split("\t")[1])
                for r in rows[1:]
                if r.strip() and r.split("\t")[0] == split and r.split("\t")[2] in ("train", "dev")
            }
            kept = [g for i, g in enumerate(golds) if i not in seen]
            out["nerp-no-idner"] = _score(nlp, kept, NERP_LABELS)
    return out


def article_texts(data_dir: Path, tokens_per_text: int = 350) -> list[str]:
    """idner-news-2k + NERGrit dev sentences, concatenated into ~article-sized texts."""
    texts: list[str] = []
    cur: list[str] = []
    for ds in ("idner-news-2k", "nergrit"):
        for words, _tags in read_conll(Path(data_dir) / ds / "dev.conll"):
            cur += words
            if len(cur) >= tokens_per_text:
                texts.append(" ".join(cur))
                cur = []
    if cur:
        texts.append(" ".join(cur))
    return texts


def measure_speed(nlp: Language, texts: list[str], *, batch_size: int = 64, rounds: int = 3) -> dict:
    """Throughput of ``nlp.pipe`` (tokenizer + NER) in this one process; best of ``rounds``.

    ``tokens_per_cpu_s`` divides by this process's CPU time, so it is the speed of one
    core and is not distorted by other jobs on a shared machine; ``tokens_per_s`` is
    wall-clock.  (spaCy/thinc run single-threaded here, so the two agree on an idle box.)
    """
    list(nlp.pipe(texts[:batch_size], batch_size=batch_size))  # warm-up
    best_wall = best_cpu = float("inf")
    n_tokens = 0
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        n_tokens = sum(len(d) for d in nlp.pipe(texts, batch_size=batch_size))
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    per_cpu_s = n_tokens / best_cpu
    return {
        "texts": len(texts),
        "tokens": n_tokens,
        "batch_size": batch_size,
        "tokens_per_cpu_s": round(per_cpu_s),
        "tokens_per_s": round(n_tokens / best_wall),
        "articles_per_cpu_s_at_350_tokens": round(per_cpu_s / 350, 1),
    }


def measure_load_time(model_dir: Path, rounds: int = 3) -> dict:
    """``spacy.load(model_dir)`` in a fresh interpreter (spaCy already imported); best of
    ``rounds``, wall-clock and CPU seconds.  Most of it is the ``id`` tokenizer's ~16k
    special cases, which spaCy builds twice per load (from the config, then from disk)."""
    code = (
        "import time, spacy, sys\n"
        "w, c = time.perf_counter(), time.process_time(); spacy.load(sys.argv[1])\n"
        "print(time.perf_counter() - w, time.process_time() - c)\n"
    )
    wall, cpu = [], []
    for _ in range(rounds):
        r = subprocess.run(
            [sys.executable, "-c", code, str(model_dir)], capture_output=True, text=True, check=True
        )
        w, c = r.stdout.strip().splitlines()[-1].split()
        wall.append(float(w))
        cpu.append(float(c))
    return {"wall_s": round(min(wall), 2), "cpu_s": round(min(cpu), 2)}


def dir_size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file()) / 1e6, 2)


# --------------------------------------------------------------------------- training


def _write_docbin(docs: list[Doc], path: Path) -> None:
    DocBin(docs=docs, store_user_data=False).to_disk(path)


MODEL_META = {
    "name": "warta_ner",
    "version": "0.1.0",
    "description": (
        "Small CPU NER (PER/ORG/LOC) for Indonesian news, trained by extract/training/train_ner.py "
        "from models/ner.cfg; see models/NER.md"
    ),
    "license": (
        "derived from idner-news-2k (MIT) and NERGrit + NERP (Apache-2.0 via IndoNLU; "
        "NusaCrowd lists NERP as CC-BY-SA-4.0); see models/NER.md"
    ),
    "sources": [
        {"name": "idner-news-2k", "url": "https://github.com/khairunnisaor/idner-news-2k", "license": "MIT"},
        {"name": "NERGrit (IndoNLU)", "url": "https://github.com/IndoNLP/indonlu", "license": "Apache-2.0"},
        {"name": "NERP (IndoNLU)", "url": "https://github.com/IndoNLP/indonlu",
         "license": "Apache-2.0 (NusaCrowd lists CC-BY-SA-4.0)"},
    ],
}


def _publish(model_best: Path, out_dir: Path) -> Language:
    """Save ``model-best`` as a clean pipeline at ``out_dir``.

    The pipeline is rebuilt from model-best's config (with the temporary DocBin paths
    nulled) and gets model-best's ``ner`` weights, labels and meta.  Its vocab is fresh, so
    ``vocab/strings.json`` holds only the `id` language defaults, not the ~35k word types
    of the training data.  The NER features are hashes, so predictions are identical, and
    the model is ~0.5 MB smaller.
    """
    cfg = spacy.util.load_config(model_best / "config.cfg", interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=False, validate=True)
    nlp.get_pipe("ner").from_disk(model_best / "ner", exclude=["vocab"])
    nlp.meta.update(srsly.read_json(model_best / "meta.json"))
    nlp.meta.update(MODEL_META)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    nlp.to_disk(out_dir)
    return nlp


def train_ner(
    data_dir: Path,
    out_dir: Path,
    *,
    max_steps: int | None = None,
    seed: int = 0,
    config: Path = DEFAULT_CONFIG,
    use_nerp: bool = True,
    overrides: dict | None = None,
    run_eval: bool = True,
    bench: bool = True,
    domain: bool = False,
    domain_repeat: int = 2,
    domain_fold: int | None = None,
) -> dict:
    """Convert the data, train from ``config``, save model-best to ``out_dir``, evaluate.

    ``max_steps=None`` keeps the config's value.  ``overrides`` are extra dotted config
    overrides (e.g. ``{"components.ner.model.tok2vec.encode.width": 96}``).  Returns a dict
    with the dev score, the test scores per data set (also written to
    ``out_dir/EVAL.json``), size, load time and speed.
    """
    data_dir, out_dir = Path(data_dir).resolve(), Path(out_dir).resolve()
    # A plain Vocab is enough to build the DocBins (they store only words, spaces and
    # entities) and avoids building the `id` tokenizer's ~16k special cases once more.
    vocab = Vocab()
    train_docs, dev_docs = build_corpora(data_dir, vocab, use_nerp=use_nerp)
    domain_stats: dict = {}
    if domain:
        # In-domain sentences: the fit articles' gold names projected onto their text
        # (extract/training/domain_ner.py), ``domain_repeat`` times; the validation split is never read.
        from extract.training.domain_ner import domain_docs

        in_domain = domain_docs(vocab, fold=domain_fold, stats=domain_stats)
        train_docs = train_docs + in_domain * domain_repeat
    ov = {"system.seed": seed, **(overrides or {})}
    if max_steps is not None:
        ov["training.max_steps"] = max_steps
    t0, c0 = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory(prefix="warta-ner-") as tmp:
        tmp = Path(tmp)
        _write_docbin(train_docs, tmp / "train.spacy")
        _write_docbin(dev_docs, tmp / "dev.spacy")
        ov["paths.train"] = str(tmp / "train.spacy")
        ov["paths.dev"] = str(tmp / "dev.spacy")
        # What `spacy train` does: build + initialize from the config, then spaCy's loop,
        # which keeps the best checkpoint on the dev set as model-best.
        cfg = spacy.util.load_config(config, overrides=ov, interpolate=False)
        nlp = init_nlp(cfg, use_gpu=-1)
        (tmp / "output").mkdir()
        train_loop(nlp, tmp / "output", use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)
        best = tmp / "output" / "model-best"
        dev_score = json.loads((best / "meta.json").read_text())["performance"]
        nlp = _publish(best, out_dir)
    if domain:  # say in the model's meta that it also learnt from the fit articles' projected gold
        meta = srsly.read_json(out_dir / "meta.json")
        meta["description"] += (" + in-domain sentences: the fit articles' gold organisations and locations"
                                " projected onto their text (extract/training/domain_ner.py)")
        srsly.write_json(out_dir / "meta.json", meta)
        nlp.meta.update(meta)
    result: dict = {
        "config": str(Path(config).resolve().relative_to(REPO)) if Path(config).resolve().is_relative_to(REPO) else str(config),
        "overrides": {k: v for k, v in ov.items() if not k.startswith("paths.")},
        "use_nerp": use_nerp,
        **({"domain": {"repeat": domain_repeat, "held_out_fold": domain_fold, **domain_stats}} if domain else {}),
        "train_sentences": len(train_docs),
        "dev_sentences": len(dev_docs),
        "train_seconds": round(time.perf_counter() - t0, 1),
        "train_cpu_seconds": round(time.process_time() - c0, 1),
        "dev": {k: v for k, v in dev_score.items() if k.startswith("ents")},
        "spacy_version": spacy.__version__,
    }
    return evaluate_model(out_dir, data_dir, result, nlp=nlp, run_eval=run_eval, bench=bench)


def evaluate_model(
    model_dir: Path,
    data_dir: Path,
    result: dict | None = None,
    *,
    nlp: Language | None = None,
    run_eval: bool = True,
    bench: bool = True,
) -> dict:
    """Score a saved model on every test split, measure size/load time/speed and (re)write
    ``model_dir/EVAL.json`` (keeping the training part of an existing one)."""
    model_dir, data_dir = Path(model_dir).resolve(), Path(data_dir).resolve()
    eval_path = model_dir / "EVAL.json"
    if result is None:
        result = json.loads(eval_path.read_text()) if eval_path.exists() else {}
    if nlp is None:
        nlp = spacy.load(model_dir)
    if run_eval:
        result["test"] = evaluate(nlp, data_dir, "test")
    if bench:
        result["size_mb"] = dir_size_mb(model_dir)  # before EVAL.json is (re)written
        result["load_time"] = measure_load_time(model_dir)
        result["speed"] = measure_speed(nlp, article_texts(data_dir), rounds=5)
    eval_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the shared data dir (…/shared/data/ner)")
    ap.add_argument("--out", type=Path, required=True, help="output pipeline dir, e.g. models/ner")
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--max-steps", type=int, default=None, help="default: the config's training.max_steps")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-nerp", action="store_true", help="train on idner-news-2k + NERGrit only")
    ap.add_argument("--domain", action="store_true",
                    help="add the fit articles' projected gold ORG/LOC sentences (extract/training/domain_ner.py)")
    ap.add_argument("--domain-repeat", type=int, default=2, help="times the in-domain sentences are repeated")
    ap.add_argument("--domain-fold", type=int, default=None,
                    help="hold this fold (0-4) of the fit articles out of training (the in-domain cross-check)")
    ap.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE",
        help="extra config override, e.g. components.ner.model.tok2vec.encode.width=96 (JSON value)",
    )
    ap.add_argument("--eval-only", action="store_true", help="only re-score/benchmark the model at --out")
    ap.add_argument("--no-bench", action="store_true", help="skip size/load-time/speed measurement")
    args = ap.parse_args(argv)
    overrides = {}
    for kv in args.set:
        k, v = kv.split("=", 1)
        try:
            overrides[k] = json.loads(v)
        except json.JSONDecodeError:
            overrides[k] = v
    if args.eval_only:
        res = evaluate_model(args.out, args.data, bench=not args.no_bench)
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return 0
    res = train_ner(
        args.data, args.out, max_steps=args.max_steps, seed=args.seed, config=args.config,
        use_nerp=not args.no_nerp, overrides=overrides, bench=not args.no_bench,
        domain=args.domain, domain_repeat=args.domain_repeat, domain_fold=args.domain_fold,
    )
    print(json.dumps(res, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
