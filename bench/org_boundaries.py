"""Where organisation names begin and end, on real text no rule was written on.

    python bench/org_boundaries.py                  # rules only, every split of idner-news-2k and nergrit
    python bench/org_boundaries.py --ner            # with the trained NER, test splits only (it trained on train)
    python bench/org_boundaries.py --examples 8     # more examples per error class
    python bench/org_boundaries.py --json           # the figures as JSON

Data: the human ORG annotation of ../shared/data/ner (idner-news-2k: news; nergrit: encyclopedic text;
both cased; nerp has no ORG and is lower case, so it is left out). Each CoNLL sentence is detokenised
(spaces dropped before ``, . ; : ! ? % )`` and after ``(``) with the character offsets of every token kept,
so a gold ORG span is a character span of the text warta reads. Each sentence is one document; the
pipeline runs up to ``warta_organizations`` (the finding step, before roles: ``doc._.organizations``),
and every mention is compared with the gold ORG spans. Nothing is written anywhere.

Figures:

- strict: exact character span, precision / recall / F1 over mentions;
- strict + conventions: the same where a difference of annotation convention is not counted (below);
- boundary share: of warta's mentions that overlap a gold ORG span, the share with exact boundaries
  (conventions applied);
- error classes (each with a few examples): ``too long`` (split by what is glued on: a person, a title,
  a place, a date, an organisation head, other words), ``too short`` (cut before a word of the name; the
  word it stopped at is counted), ``merged`` (one mention over two gold spans), ``shifted`` (overlaps but
  crosses a boundary on both sides), ``missed`` (no mention overlaps the gold span), and mentions over no
  gold ORG at all (``no gold ORG``; what the annotation labels there, if anything).

Conventions treated as equivalent (warta's contract, ../shared/contract/ANNOTATION.md and
../shared/corpus-dev/ANNOTATION_NOTES.md, names an organisation "at its fullest", with its legal form,
acronym, region and unit; the scorer strips legal and administrative words):

1. legal words at either end (PT, Tbk, Persero, CV, ...): stripped on both sides before comparing;
2. a parenthesised acronym after the name (``Komisi Pemilihan Umum (KPU)``): warta keeps it in the name,
   the annotation makes it a span of its own or leaves it out; the mention matches the name and the acronym;
3. a region, the country or a branch after the name (``Dinas Pendidikan Kabupaten Bogor``, ``MPR Republik
   Indonesia``, ``BRI Cabang Medan``): part
   of the name in the contract (units are one entity with their organisation), often a LOC span or left
   out in the annotation; a village, district or hamlet (``Desa``, ``Kecamatan``, ``Dusun``) is not a
   region of a body's name and stays an error;
4. a chapter level before the name, short or written out (``DPP``, ``Dewan Pimpinan Daerah (DPD)``,
   ``Pengurus Besar``): warta's contract names the chapter (``PC GP Ansor Batubara``), the annotation
   starts at the party;
5. a lower-case descriptor before the name (``kelompok Al-Qaeda``, ``lembaga DPR``): warta keeps it
   (``komunitas Pemuda Kreatif Lombok Tengah``, docs/organizations.md), the annotation does not;
6. a unit or organ written before its organisation (``Fakultas Kehutanan UGM``, ``Dewan Pembina Partai
   Demokrat``), which the annotation makes two spans or only the parent: one entity in the contract
   ("Branches and units of one organisation are one entity").
Each is counted apart (``conventions applied``), so the reader can undo any of them.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NER_DATA = SHARED / "data" / "ner"
DATASETS = ("idner-news-2k", "nergrit")
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")"}
NO_SPACE_AFTER = {"("}
# chapter levels written out (rules/organizations.toml `levels` holds their short forms: DPP, DPD, PB, PW, PC)
LONG_LEVELS = ["Dewan Pimpinan Pusat", "Dewan Pimpinan Daerah", "Dewan Pimpinan Wilayah", "Dewan Pimpinan Cabang",
               "Pengurus Besar", "Pengurus Pusat", "Pengurus Wilayah", "Pengurus Cabang", "Markas Besar", "Mabes"]


@dataclass
class Sentence:
    text: str
    tokens: list[tuple[int, int]]  # character span of each token
    tags: list[str]
    spans: dict[str, list[tuple[int, int]]]  # label -> character spans


def read_conll(path: Path) -> list[Sentence]:
    out, toks = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            tok, tag = line.split("\t")[:2] if "\t" in line else line.split()[:2]
            toks.append((tok, tag))
        elif toks:
            out.append(build(toks))
            toks = []
    return out


def build(toks: list[tuple[str, str]]) -> Sentence:
    """Detokenise, keeping every token's character span, and read the IOB2 spans as character spans."""
    text, offs = "", []
    for i, (tok, _) in enumerate(toks):
        if i and tok not in NO_SPACE_BEFORE and toks[i - 1][0] not in NO_SPACE_AFTER:
            text += " "
        offs.append((len(text), len(text) + len(tok)))
        text += tok
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    cur = None
    for i, (_, tag) in enumerate(toks + [("", "O")]):
        if cur and not (tag.startswith("I-") and tag[2:] == cur[0]):
            spans[cur[0]].append((offs[cur[1]][0], offs[i - 1][1]))
            cur = None
        if tag.startswith("B-") or (tag.startswith("I-") and cur is None):
            cur = (tag[2:], i)
    return Sentence(text, offs, [t for _, t in toks], dict(spans))


class Conventions:
    """The annotation differences not counted as errors (see the module's docstring)."""

    def __init__(self):
        sys.path.insert(0, str(ROOT))
        from extract.components.organizations import load_place_names
        from rules import load_rules

        rules = load_rules("organizations")
        words = rules["words"]
        self.legal = {w.lower().strip("().") for w in rules["legal"]}
        self.levels = set(rules["levels"])
        self.units = [u.split() for u in rules["units"]]
        self.places = load_place_names(tuple(words["short_places"]))
        self.region_cues = {"Kabupaten", "Kab", "Kota", "Provinsi", "Prov", "Kab."}
        self.after_place = set(words["after_place"])
        self.titles = {t.lower() for t in rules["ner"]["titles"]}
        self.not_name = set(words["not_name"])
        self.heads = set(rules["heads"])
        self.long_levels = [lv.split() for lv in LONG_LEVELS]

    def core(self, text: str) -> str:
        """Lower case, punctuation and legal words off (as the contract's scorer does)."""
        ws = [w for w in re.sub(r"[^\w\s-]", " ", text.lower()).split() if w not in self.legal]
        return " ".join(ws)

    def is_region_tail(self, words: list[str]) -> bool:
        """``Kabupaten Bogor``, ``Jawa Barat``, ``Cabang Medan``, ``(KPU)``: a tail that is part of a name
        in warta's contract."""
        if not words:
            return True
        if words[0] == "(":  # a parenthesised acronym, perhaps followed by more tail
            close = words.index(")") if ")" in words else -1
            return close > 0 and close <= 3 and self.is_region_tail(words[close + 1:])
        for u in self.units:
            if words[:len(u)] == u:
                return True
        if words in (["Republik", "Indonesia"], ["RI"]):
            return True  # the country of a national body: "Majelis Permusyawaratan Rakyat Republik Indonesia"
        rest = words[1:] if words[0] in self.region_cues else words
        place = " ".join(w for w in rest)
        return bool(rest) and (place in self.places or (
            " ".join(rest[:-1]) in self.places and rest[-1] in self.after_place))

    def leading(self, words: list[str]) -> str | None:
        """Why words before a gold span are part of the name in warta's contract, or None."""
        if not self.core(" ".join(words)):
            return "legal words"
        if all(w.islower() for w in words):
            return "descriptor before"  # "kelompok Al-Qaeda", "lembaga DPR"
        if (len(words) == 1 and words[0] in self.levels) or any(
                words[:len(lv)] == lv for lv in self.long_levels):
            return "chapter level"  # "DPP Partai Golkar", "Dewan Pimpinan Daerah (DPD) Golkar"
        if words[0] in self.heads or " ".join(words[:2]) in self.heads:
            return "unit or organ before"  # "Fakultas Kehutanan UGM", "Dewan Pembina Partai Demokrat"
        return None


def tokens_in(sent: Sentence, a: int, b: int) -> list[int]:
    return [i for i, (s, e) in enumerate(sent.tokens) if s >= a and e <= b]


def words_between(sent: Sentence, a: int, b: int) -> list[str]:
    return [sent.text[s:e] for s, e in sent.tokens if s >= a and e <= b]


def extra_class(sent: Sentence, a: int, b: int, conv: Conventions) -> str:
    """What a too long mention has glued on in [a, b)."""
    words = words_between(sent, a, b)
    alpha = [w for w in words if any(c.isalpha() for c in w)]
    if not alpha:
        return "punctuation"
    for label, name in (("PER", "person"), ("LOC", "place")):
        if any(s < b and e > a for s, e in sent.spans.get(label, [])):
            return name
    if any(w.lower() in conv.titles for w in words):
        return "title"
    if any(w in conv.not_name for w in words) or any(re.fullmatch(r"\d{4}|\d{1,2}/\d{1,2}(/\d{2,4})?", w) for w in words):
        return "date or headline word"
    if any(w in conv.heads for w in words):
        return "another head"
    if any(sent.text[s:e] in conv.places for s, e in sent.tokens if s >= a and e <= b):
        return "place"
    return "other words"


def evaluate(docs: list[tuple[Sentence, list[tuple[int, int, str]]]], conv: Conventions) -> dict:
    c = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for sent, mentions in docs:
        gold = sorted(set(sent.spans.get("ORG", [])))
        c["gold"] += len(gold)
        c["pred"] += len(mentions)
        gold_set = set(gold)
        matched_gold: set[tuple[int, int]] = set()
        conv_hits = 0
        for a, b, kind in mentions:
            text = sent.text[a:b]
            if (a, b) in gold_set:
                c["strict_tp"] += 1
            over = [g for g in gold if g[0] < b and g[1] > a]
            if not over:
                lab = next((lab for lab, sp in sent.spans.items() if any(s < b and e > a for s, e in sp)), None)
                cls = f"no gold ORG ({lab or 'O'})"
                c["cls:" + cls] += 1
                examples[cls].append(f"[{text}]  | {context(sent, a, b)}")
                continue
            c["overlapping"] += 1
            ok, covered, used = judge(sent, a, b, over, conv)
            if ok:
                for u in used:
                    c["conv:" + u] += 1
                c["exact_conv"] += 1
                conv_hits += 1
                matched_gold.update(covered)
                continue
            g = over[0]
            chained = all(sent.text[e:s].strip() in {"", "("} for (_, e), (s, _) in zip(over, over[1:]))
            if chained:  # an acronym or a unit and its parent: read as one gold span
                g = (over[0][0], max(e for _, e in over))
            if len(over) > 1 and not chained:
                cls = "merged"
            elif a <= g[0] and g[1] <= b:
                pieces = []
                if a < g[0] and conv.leading(words_between(sent, a, g[0])) is None:
                    pieces.append("before: " + extra_class(sent, a, g[0], conv))
                if g[1] < b:
                    pieces.append("after: " + extra_class(sent, g[1], b, conv))
                cls = "too long, " + (" + ".join(pieces) or "conventions only")
            elif g[0] <= a and b <= g[1]:
                cut = []
                if g[0] < a:
                    cut.append("start")
                if b < g[1]:
                    nxt = words_between(sent, b, g[1])
                    cut.append("end before " + shape(nxt[0]) if nxt else "end")
                cls = "too short, " + " + ".join(cut)
            else:
                cls = "shifted"
            c["cls:" + cls] += 1
            golds = " / ".join(sent.text[s:e] for s, e in over)
            examples[cls].append(f"[{text}] gold [{golds}]  | {context(sent, a, b)}")
        for g in gold:
            if g in matched_gold:
                continue
            if not any(g[0] < b and g[1] > a for a, b, _ in mentions):
                c["cls:missed"] += 1
                examples["missed"].append(f"gold [{sent.text[g[0]:g[1]]}]  | {context(sent, *g)}")
        c["conv_tp_gold"] += len(matched_gold)
        c["conv_tp_pred"] += conv_hits
    return {"counts": dict(c), "examples": dict(examples)}


def judge(sent: Sentence, a: int, b: int, over: list[tuple[int, int]], conv: Conventions):
    """Whether mention [a, b) matches the gold spans it overlaps under the conventions: (ok, the gold spans it
    covers, the conventions used)."""
    used: list[str] = []
    g = over[0]
    rest_gold = over[1:]
    if g[0] < a:  # the mention starts inside the gold span: only legal words may be missing
        if conv.core(" ".join(words_between(sent, g[0], a))):
            return False, [], []
        used.append("legal words")
    if a < g[0]:
        pre = words_between(sent, a, g[0])
        why = conv.leading(pre)
        if why is None:
            return False, [], []
        used.append(why)
    if b < g[1]:
        if conv.core(" ".join(words_between(sent, b, g[1]))):
            return False, [], []
        used.append("legal words")
    end = g[1]
    for s, e in rest_gold:  # further gold spans inside: an acronym in parentheses, or a unit and its parent
        between = sent.text[end:s]
        if between.strip() not in {"", "("}:
            if not conv.is_region_tail(words_between(sent, end, s)):
                return False, [], []
        used.append("acronym" if between.strip() == "(" else "unit and parent")
        end = max(end, e)
    tail = words_between(sent, end, b) if end < b else []
    if tail and tail[0] == ")":
        tail = tail[1:]
    if tail and conv.core(" ".join(tail)):
        if not conv.is_region_tail(tail):
            return False, [], []
        used.append("acronym" if tail[0] == "(" else "region or unit after")
    if (a, b) != g and not used:
        used.append("legal words")
    return True, [g] + rest_gold, used


def shape(word: str) -> str:
    if word in "(),.;:-/&":
        return f"'{word}'"
    if word[:1].isupper():
        return "a capitalised word"
    if word[:1].isdigit():
        return "a number"
    return "a lower-case word"


def context(sent: Sentence, a: int, b: int, width: int = 45) -> str:
    lo, hi = max(0, a - width), min(len(sent.text), b + width)
    return ("…" if lo else "") + sent.text[lo:a] + "⟦" + sent.text[a:b] + "⟧" + sent.text[b:hi] + ("…" if hi < len(sent.text) else "")


def run(nlp, sents: list[Sentence]) -> list[tuple[Sentence, list[tuple[int, int, str]]]]:
    after = nlp.pipe_names[nlp.pipe_names.index("warta_organizations") + 1:]
    out = []
    with nlp.select_pipes(disable=after):
        for sent, doc in zip(sents, nlp.pipe(s.text for s in sents)):
            ms = sorted({(o.start, o.end, o.kind or "") for o in doc._.organizations or []})
            out.append((sent, ms))
    return out


def prf(tp_pred: int, tp_gold: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp_pred / pred if pred else 0.0
    r = tp_gold / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, res: dict, n_examples: int) -> None:
    c = res["counts"]
    sp, sr, sf = prf(c.get("strict_tp", 0), c.get("strict_tp", 0), c["pred"], c["gold"])
    cp, cr, cf = prf(c.get("conv_tp_pred", 0), c.get("conv_tp_gold", 0), c["pred"], c["gold"])
    share = c.get("exact_conv", 0) / c["overlapping"] if c.get("overlapping") else 0.0
    print(f"\n== {name}: {c['gold']} gold ORG spans, {c['pred']} warta mentions")
    print(f"   strict exact span        P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    print(f"   strict + conventions     P {cp:.3f}  R {cr:.3f}  F1 {cf:.3f}")
    print(f"   overlapping a gold span: {c.get('overlapping', 0)}, exact boundaries {share:.3f}")
    convs = ", ".join(f"{k[5:]} {v}" for k, v in sorted(c.items()) if k.startswith("conv:"))
    print(f"   conventions applied (not counted as errors): {convs or 'none'}")
    classes = sorted(((k[4:], v) for k, v in c.items() if k.startswith("cls:")), key=lambda kv: -kv[1])
    main = Counter()
    for cls, v in classes:
        main[cls.split(",")[0].split(" (")[0]] += v
    print("   by class: " + ", ".join(f"{k} {v}" for k, v in main.most_common()))
    for cls, v in classes:
        print(f"   {v:5d}  {cls}")
        for ex in res["examples"].get(cls, [])[:n_examples]:
            print(f"            {ex}")


def summary(res: dict) -> dict:
    c = res["counts"]
    sp, sr, sf = prf(c.get("strict_tp", 0), c.get("strict_tp", 0), c["pred"], c["gold"])
    cp, cr, cf = prf(c.get("conv_tp_pred", 0), c.get("conv_tp_gold", 0), c["pred"], c["gold"])
    share = c.get("exact_conv", 0) / c["overlapping"] if c.get("overlapping") else 0.0
    classes = {k[4:]: v for k, v in c.items() if k.startswith("cls:")}
    convs = {k[5:]: v for k, v in c.items() if k.startswith("conv:")}
    return {"conventions_applied": convs, "gold": c["gold"], "pred": c["pred"], "strict": [round(x, 3) for x in (sp, sr, sf)],
            "conventions": [round(x, 3) for x in (cp, cr, cf)], "overlapping": c.get("overlapping", 0),
            "exact_share": round(share, 3), "classes": classes}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner", action="store_true", help="with the trained NER (test splits only)")
    ap.add_argument("--splits", help="comma-separated splits (default: all without --ner, test with it)")
    ap.add_argument("--examples", type=int, default=3, help="examples per error class")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not NER_DATA.is_dir():
        print(f"skipped: needs ../shared/data/ner beside the checkout ({NER_DATA})")
        return 0
    splits = args.splits.split(",") if args.splits else (["test"] if args.ner else ["train", "dev", "test"])
    if args.ner and set(splits) - {"test"}:
        sys.exit("the trained NER learned from the train splits (and was tuned on dev): use --splits test with --ner")
    sys.path.insert(0, str(ROOT))
    from extract import build_nlp

    nlp = build_nlp(ner=args.ner, org_model=False)
    if args.ner and "ner" not in nlp.pipe_names:
        sys.exit("no trained NER found (models/ner or $WARTA_NER_MODEL)")
    conv = Conventions()
    out = {}
    for ds in DATASETS:
        sents = [s for sp in splits for s in read_conll(NER_DATA / ds / f"{sp}.conll")]
        res = evaluate(run(nlp, sents), conv)
        out[ds] = res
    pooled = {"counts": Counter(), "examples": defaultdict(list)}
    for res in out.values():
        pooled["counts"].update(res["counts"])
        for k, v in res["examples"].items():
            pooled["examples"][k] += v
    out["pooled"] = pooled
    mode = ("rules + NER" if args.ner else "rules only") + ", splits " + "+".join(splits)
    if args.json:
        print(json.dumps({"mode": mode, **{k: summary(v) for k, v in out.items()}}, ensure_ascii=False))
        return 0
    print(f"organisation boundaries, {mode}")
    for name, res in out.items():
        report(name, res, args.examples if name != "pooled" else 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
