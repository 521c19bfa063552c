"""The pipeline component ``warta_entities``: organisation entities across articles (extract/components/entities.py).

It runs after ``warta_roles`` and puts on the Doc, for each organisation name, its entity fields
(``doc._.org_entities``), resolved with the same gazetteer lists the organisations were found with;
the record builder applies them to the grouped values (``extract.components.entities.apply``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.entities import Resolver, persons_of, resolver

if not Doc.has_extension("org_entities"):  # value name -> {"id", "canonical", "parent", "kind", "unit", "name"}
    Doc.set_extension("org_entities", default=None)


@Language.factory("warta_entities", assigns=["doc._.org_entities"], requires=["doc._.organizations"],
                  default_config={"gazetteers": []})
def make_entities(nlp: Language, name: str, gazetteers: list[str]) -> "EntityStage":
    return EntityStage(resolver(tuple(gazetteers)))


class EntityStage:
    """Puts on the Doc, for each organisation name, its entity fields (``doc._.org_entities``);
    the record builder applies them (``apply``)."""

    def __init__(self, res: Resolver):
        self.res = res

    def __call__(self, doc: Doc) -> Doc:
        orgs = doc._.organizations or []
        persons = persons_of(doc)
        out: dict[str, dict] = {}
        for o in orgs:
            if o.name not in out:
                out[o.name] = self.res.resolve({"name": o.name, "aliases": list(o.aliases), "kind": o.kind}, persons)
        doc._.org_entities = out
        return doc


