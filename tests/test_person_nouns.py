"""pe(N)- agent nouns by morphology: the prefix must leave a KBBI root (Sastrawi's root list)."""
import pytest

from extract.components.person_nouns import root_of_agent


@pytest.mark.parametrize("word, root", [
    ("pemahat", "pahat"),      # pem- with the root's p dropped
    ("penabuh", "tabuh"),      # pen- with t dropped
    ("pengupas", "kupas"),     # peng- with k dropped
    ("pengolah", "olah"),      # peng- before a vowel
    ("penyadap", "sadap"),     # peny- with s dropped
    ("penjahit", "jahit"),     # pen- before j
    ("pembatik", "batik"),     # pem- before b
    ("peternak", "ternak"),    # pe- before t (ter- roots)
    ("pelajar", "ajar"),       # pel-
    ("penenun", "tenun"),
])
def test_agent_nouns(word, root):
    assert root_of_agent(word) == root


@pytest.mark.parametrize("word", [
    "pelatihan", "pengolahan", "pendidikan",   # process nouns: -an after the root
    "pesan", "peta", "pelangi",                # roots themselves
    "pemda", "pemkab",                         # abbreviations
    "perusahaan", "sopir", "bidan", "alumni",  # not pe(N)- + root
    "pe-olah", "pen",                          # not words
])
def test_not_agent_nouns(word):
    assert root_of_agent(word) is None
