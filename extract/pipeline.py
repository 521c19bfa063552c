"""The whole extraction, top to bottom: one spaCy pipeline built in one place.

Each component writes one Doc extension; the record builder (extract/record.py)
turns the Doc into a Record. Components declare ``assigns``/``requires`` so
``nlp.analyze_pipes()`` checks the order.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract.guards import harden_tokenizer

# Importing the modules registers their factories.
from extract import amounts, beneficiaries, dates, locations, organizations, roles  # noqa: F401

EXTRACTOR_VERSION = "0.1.0"

# Context the engine sets on each Doc before the components run.
for _name in ("article_date",):  # ISO date of the article from its metadata, if any
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def build_nlp() -> Language:
    nlp = spacy.blank("id")
    harden_tokenizer(nlp)                    # linear time on runs of punctuation (extract/guards.py)
    nlp.add_pipe("sentencizer")              # sentences: the evidence context of every value
    nlp.add_pipe("warta_amounts")            # Rp + number + scale word -> value, currency
    nlp.add_pipe("warta_dates")              # event dates, DMY, year from the article's own date
    nlp.add_pipe("warta_beneficiaries")      # number + unit cue; counts of things excluded
    nlp.add_pipe("warta_locations")          # places: cue words, datelines, gazetteer
    nlp.add_pipe("warta_organizations")      # legal forms and heads -> organisation mentions
    nlp.add_pipe("warta_roles")              # giver vs partner, from cue words near each mention
    return nlp
