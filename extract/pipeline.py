"""The whole extraction, top to bottom: one spaCy pipeline built in one place.

Each component writes one Doc extension; the record builder (extract/record.py)
turns the Doc into a Record. Components declare ``assigns``/``requires`` so
``nlp.analyze_pipes()`` checks the order.
"""
from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

# Importing the modules registers their factories.
from extract.components import (  # noqa: F401
    amounts, beneficiaries, dates, entity_stage, locations, non_givers, organizations, programs, roles, sectors,
    sentences,
)
from extract.components.language import make_language
from extract.components.ner import load_ner
from extract.components.org_model import model_path as org_model_path
from extract.components.partner_filter import setting as partner_filter_setting

from extract.version import EXTRACTOR_VERSION  # noqa: F401  (re-exported)

# Context the engine sets on each Doc before the components run.
for _name in ("article_date",):  # ISO date of the article from its metadata, if any
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def build_nlp(ner: bool = True, gazetteers: Iterable[str] = (), backend: str = "spacy",
              org_model: bool = True, partner_filter: bool | None = None) -> Language:
    """The pipeline. ``ner=False``: rules only. ``gazetteers``: the analyst's organisation lists.
    ``org_model=False``: the rules' roles only, without the learned role model.
    ``partner_filter``: the learned keep/drop filter of partners (None: the WARTA_PARTNER_FILTER setting).
    ``backend="stanza"``: stanza's parse helps the roles (optional extra; fails clearly if absent)."""
    if backend == "stanza":
        from extract.components.stanza_backend import check_stanza

        check_stanza()
    trained = load_ner() if ner else None
    nlp = make_language()                    # spaCy Indonesian: lean start-up, linear time on hostile text
    nlp.add_pipe("warta_numeral_stops")      # "PTPN V." at a sentence end: the full stop is the sentence's
    nlp.add_pipe("warta_sentencizer", name="sentencizer")  # sentences: the evidence context of every value
    nlp.add_pipe("warta_amounts")            # Rp + number + scale word -> value, currency
    nlp.add_pipe("warta_dates")              # event dates, DMY, year from the article's own date
    nlp.add_pipe("warta_beneficiaries")      # number + unit cue; counts of things excluded
    if trained is not None:
        if "tok2vec" in trained.pipe_names:  # a model whose ner listens to a shared tok2vec
            nlp.add_pipe("tok2vec", source=trained)
        nlp.add_pipe("ner", source=trained)  # the small trained NER shipped with warta (PER/ORG/LOC)
    nlp.add_pipe("warta_programs")           # programme names (doc._.programs): orgs and places skip them
    nlp.add_pipe("warta_organizations",      # heads, gazetteer, acronyms, NER -> one id per organisation
                 config={"gazetteers": [str(p) for p in gazetteers]})
    nlp.add_pipe("warta_locations")          # places: Kemendagri gazetteer, cue words, datelines; not inside orgs
    if backend == "stanza":
        nlp.add_pipe("warta_stanza_subjects")  # stanza's parse: subjects of giver verbs
    nlp.add_pipe("warta_roles")              # giver vs partner, from cue words near each mention
    if org_model and org_model_path():       # learned giver/partner/none over the rules' roles (models/org_roles.json)
        nlp.add_pipe("warta_org_model", config={"path": str(org_model_path())})
    nlp.add_pipe("warta_non_givers")         # a body only asked for, a meeting's host: no giver (docs/negatives_s29.md)
    nlp.add_pipe("warta_giver_markets")      # the giver's own customers ("BSG ... melayani 420.000 nasabah"): no reach
    nlp.add_pipe("warta_entities",           # one id across articles: gazetteer id, parent, unit; names cleaned
                 config={"gazetteers": [str(p) for p in gazetteers]})
    filter_path = partner_filter_setting(partner_filter)
    if filter_path:                          # learned keep/drop of the rules' partners (models/partner_filter.json)
        nlp.add_pipe("warta_partner_filter", config={"path": str(filter_path)})
    nlp.add_pipe("warta_sectors")            # sector labels (small trained textcat + cue words); sums tied to a sector
    return nlp
