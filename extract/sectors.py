"""placeholder"""
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("sectors"):
    Doc.set_extension("sectors", default=None)


@Language.factory("warta_sectors", assigns=["doc._.sectors"])
def make_sectors(nlp, name):
    return lambda doc: doc
