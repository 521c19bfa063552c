"""Is a word an agent noun (a person who does something), by Indonesian morphology?

Indonesian forms the doer of an action with the prefix pe(N)- on a root: ``pahat`` -> ``pemahat`` (carver),
``tabuh`` -> ``penabuh`` (drummer), ``olah`` -> ``pengolah`` (processor), ``sadap`` -> ``penyadap`` (tapper),
``ternak`` -> ``peternak``, ``ajar`` -> ``pelajar``. The nasal of the prefix takes the place of the root's
first sound (pem- before b/f/v and for a dropped p, pen- before d/c/j/z and for a dropped t, peng- before
vowels, g, h, kh and for a dropped k, peny- for a dropped s; pe- before l, m, n, r, w, y, ny, ng), and ``per-``
/ ``pel-`` are older variants (``petani``, ``pelajar``). The roots are the 29,932 KBBI root words that the
Sastrawi stemmer ships (its ``kata-dasar.txt``), so a word is an agent noun only when stripping the prefix
leaves a real root: ``pemahat`` -> ``pahat`` is, ``pemda`` is not.

The same prefix also makes instruments (``pemanas`` heater, ``pengering`` dryer); morphology cannot tell the two
apart, so callers pair this test with a context that counts people and keep a list of instrument words
(rules/beneficiaries.toml ``not_agents``). Words that end in ``-an`` after the root (``pelatihan``, ``pengolahan``:
the process, not the doer) never pass, since the whole remainder must be the root.
"""
from __future__ import annotations

import importlib.resources
from functools import lru_cache


@lru_cache(maxsize=1)
def roots() -> frozenset[str]:
    """KBBI root words, as the Sastrawi stemmer ships them (MIT licence)."""
    path = importlib.resources.files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt"
    return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").split() if w.strip())


# prefix as written -> first letters a root may have after it ("" = the root keeps its first letter and begins
# with one of the letters listed; a letter after ":" = the root's dropped first letter)
_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("peny", (":s",)),
    ("peng", ("a", "i", "u", "e", "o", "g", "h", "kh", ":k")),
    ("pem", ("b", "f", "v", ":p")),
    ("pen", ("d", "c", "j", "z", "sy", ":t")),
    ("per", ("",)),
    ("pel", ("",)),
    ("pe", ("l", "m", "n", "r", "w", "y", "t", "k", "s", "p", "d", "c", "j", "b", "g", "h")),
)


@lru_cache(maxsize=4096)
def root_of_agent(word: str) -> str | None:
    """The root of a pe(N)- agent noun, or None: ``pemahat`` -> ``pahat``, ``pengolah`` -> ``olah``."""
    w = word.lower()
    if len(w) < 6 or not w.isalpha() or w in roots():
        # a word that is itself a root ("pesan", "peta", "pelangi") is no derived noun
        return None
    known = roots()
    for prefix, starts in _FORMS:
        if not w.startswith(prefix):
            continue
        rest = w[len(prefix):]
        for s in starts:
            if s.startswith(":"):
                cand = s[1:] + rest
                if rest[:1] in "aiueo" and len(cand) >= 3 and cand in known:
                    return cand
            elif rest.startswith(s) and len(rest) >= 3 and rest in known:
                return rest
    return None


def is_agent_noun(word: str) -> bool:
    return root_of_agent(word) is not None
