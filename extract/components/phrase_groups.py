"""Several PhraseMatchers over the same token attribute, run as one over a whole Doc.

A PhraseMatcher's call walks every token of the Doc whatever its phrases (about 10 microseconds an
article here), so a component that asks eight matchers about the whole Doc pays eight walks. ``PhraseGroups``
holds the phrases of every group in one matcher, walks the Doc once (the matches kept in
``doc.user_data``), and ``group(name)`` is a callable that stands for that group's own matcher:
``group(name)(doc)`` gives what ``matcher(doc)`` gave, the same (key, start, end) triples in the same order.

The order holds because a PhraseMatcher reports its matches start by start, and at one start end by end,
whatever other phrases it holds; only matches of one span under two keys come in the order of the
matcher's hash map, which another group's keys may change (the roles read such matches kind by kind, so
their order among kinds does not matter there). Spans (``matcher(doc[a:b])``) are not served: keep a
matcher of its own for them.
"""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

Matches = list[tuple[int, int, int]]


class PhraseGroups:
    def __init__(self, vocab: Vocab, name: str, attr: str = "LOWER"):
        """``name``: the ``doc.user_data`` key's tail (one per instance in a pipeline)."""
        self.matcher = PhraseMatcher(vocab, attr=attr)
        self.strings = vocab.strings
        self.key = f"warta_phrases_{name}"
        self.labels: dict[int, tuple[str, int]] = {}  # the matcher's label -> (group, the group's own key)
        self.names: list[str] = []

    def add(self, group: str, key: str, docs: Iterable[Doc]) -> None:
        """``matcher.add(key, docs)`` of the group's own matcher."""
        label = f"{group}\x1f{key}"
        self.matcher.add(label, list(docs))
        self.labels[self.strings.add(label)] = (group, self.strings.add(key))
        if group not in self.names:
            self.names.append(group)

    def matches(self, doc: Doc) -> dict[str, Matches]:
        """Every group's matches over the Doc, found once per Doc."""
        found = doc.user_data.get(self.key)
        if found is None:
            found = {g: [] for g in self.names}
            labels = self.labels
            for label, s, e in self.matcher(doc):
                group, key = labels[label]
                found[group].append((key, s, e))
            doc.user_data[self.key] = found
        return found

    def group(self, name: str) -> Callable[[Doc], Matches]:
        """The stand-in for the group's own matcher, called on a whole Doc."""
        def call(doc: Doc) -> Matches:
            return list(self.matches(doc)[name])
        return call
