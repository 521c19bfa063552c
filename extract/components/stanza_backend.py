"""Optional stanza backend for roles (``pip install 'warta[stanza]'``, then the Indonesian models).

With ``--backend stanza`` the pipeline gets one more component, ``warta_stanza_subjects``, before
``warta_roles``: stanza parses each sentence that holds a giver verb (rules/roles.toml ``[after]``),
and the subject (``nsubj``) of such a verb is recorded as character spans in
``doc._.giver_subjects``. ``warta_roles`` then treats an organisation inside such a subject as the
subject of the verb even when it stands far from it ("PT X, melalui program CSR yang telah berjalan
sejak 2019, kembali menyalurkan ...").

stanza pulls in PyTorch, so it is not a core dependency. Nothing is ever downloaded here: with stanza
or its Indonesian models absent, ``check_stanza()`` raises ``BackendError`` with a one-line message
saying how to install them.
"""
from __future__ import annotations

import os
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from rules import load_rules

if not Doc.has_extension("giver_subjects"):
    Doc.set_extension("giver_subjects", default=None)

INSTALL = ("pip install 'warta[stanza]' && python -c \"import stanza; stanza.download('id')\" "
           "(or set STANZA_RESOURCES_DIR to a folder that holds the 'id' models)")


class BackendError(RuntimeError):
    """The stanza backend cannot run; the message says how to install what is missing."""


def resources_dir() -> Path:
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def check_stanza() -> None:
    """Raise BackendError (one line) unless stanza and its Indonesian models are installed locally."""
    try:
        import stanza  # noqa: F401
    except ImportError:
        raise BackendError(f"the stanza backend needs stanza, which is not installed: {INSTALL}") from None
    if not (resources_dir() / "id").is_dir():
        raise BackendError(f"stanza's Indonesian models are not in {resources_dir()}: {INSTALL}")


@Language.factory("warta_stanza_subjects", assigns=["doc._.giver_subjects"], default_config={"rules": "roles"})
def make_stanza_subjects(nlp: Language, name: str, rules: str) -> "StanzaSubjects":
    return StanzaSubjects(load_rules(rules))


class StanzaSubjects:
    def __init__(self, rules: dict):
        check_stanza()
        import stanza

        self.verbs = {v for v in rules["after"] if " " not in v}
        self.parser = stanza.Pipeline("id", processors="tokenize,pos,lemma,depparse", dir=str(resources_dir()),
                                      download_method=None, verbose=False)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for sent in doc.sents:
            if not any(t.lower_ in self.verbs for t in sent):
                continue
            parsed = self.parser(sent.text)
            for s in parsed.sentences:
                for word in s.words:
                    if word.deprel.startswith("nsubj") and s.words[word.head - 1].text.lower() in self.verbs:
                        start, end = self.subtree(s, word)
                        spans.append((sent.start_char + start, sent.start_char + end))
        doc._.giver_subjects = spans
        return doc

    @staticmethod
    def subtree(sentence, head) -> tuple[int, int]:
        """Character offsets (in the sentence) of the phrase headed by ``head``."""
        ids = {head.id}
        changed = True
        while changed:
            changed = False
            for w in sentence.words:
                if w.head in ids and w.id not in ids and w.deprel not in ("punct", "appos", "acl"):
                    ids.add(w.id)
                    changed = True
        tokens = [w.parent for w in sentence.words if w.id in ids]
        return min(t.start_char for t in tokens), max(t.end_char for t in tokens)
