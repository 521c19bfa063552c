"""The pipeline component ``warta_entities``: organisation entities across articles (extract/components/entities.py).

It runs after ``warta_roles`` and puts on the Doc, for each organisation name, its entity fields
(``doc._.org_entities``), resolved with the same gazetteer lists the organisations were found with;
the record builder applies them to the grouped values (``extract.components.entities.apply``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.doctext import doc_text
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
        titled = self.titled_keys(doc, orgs) if persons else set()
        levels = self.levels(doc, orgs) if self.res.church_levels else {}
        for o in orgs:
            if o.name not in out:
                value = {"name": o.name, "aliases": list(o.aliases), "kind": o.kind, "titled": o.key() in titled}
                if o.name in levels:
                    value["level"] = levels[o.name]
                out[o.name] = self.res.resolve(value, persons)
        doc._.org_entities = out
        return doc

    def levels(self, doc: Doc, orgs) -> dict[str, str]:
        """For each organisation name, the church level word ("Jemaat", "Ressort") written right before one of its
        mentions ("Pendeta Jemaat GMIM Bukit Moria Kakaskasen"): every mention of the name is that unit, so one name
        keeps one id and unit."""
        text = doc_text(doc)
        out: dict[str, str] = {}
        for o in orgs:
            if o.name not in out and text[o.start:o.end] == o.name:
                level = self.res.level_before(text[max(0, o.start - 12):o.start], o.name)
                if level:
                    out[o.name] = level
        return out

    def titled_keys(self, doc: Doc, orgs) -> set:
        """The keys of the organisations one of whose mentions has an office title right before it
        ("Ketua Kelompok Tani Melati Siti Aminah"): only there may a person follow a body's name unmarked. A
        mention closed by a comma ("Ketua Kelompok Tani Sumber Rejeki Guntung, Suparman") has its holder set off
        after the comma, so its name holds no person and the title does not count."""
        text = doc_text(doc)
        out = set()
        for o in orgs:
            if self.res.title_before(text[max(0, o.start - 40):o.start]) \
                    and not text[o.end:o.end + 2].lstrip().startswith(","):
                out.add(o.key())
        return out


