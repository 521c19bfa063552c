"""Name leftovers of round s31 (docs/names_s31.md): a congregation's council written before a known church's name.
Clauses written for these tests (real-looking Indonesian, real banks and churches; people and events invented), with
negatives."""
from __future__ import annotations

import pytest

# "Majelis Jemaat GPM Hative Besar" is the council (majelis) of the congregation "Jemaat GPM Hative Besar": it stands
# for the congregation (as rules/entities.toml unit_councils says), so it is printed as the unit, with the written
# council form kept as the first alias (nam_003, par_052: gold's first form is the congregation)
COUNCIL_BEFORE_CHURCH = [
    ("Bank Maluku Malut menyerahkan bantuan kepada Ketua Majelis Jemaat GPM Hative Besar, Pdt Yance Rumahsoal, untuk "
     "renovasi gedung gereja.", "partners",
     ("Jemaat GPM Hative Besar", "gpm", "Jemaat Hative Besar", "Majelis Jemaat GPM Hative Besar")),
    ("Bank NTT menyerahkan bantuan kepada Majelis Klasis GMIT Amarasi Timur untuk pembangunan gedung pastori.",
     "partners", ("Klasis GMIT Amarasi Timur", "gmit", "Klasis Amarasi Timur", "Majelis Klasis GMIT Amarasi Timur")),
    # negatives: a council of no known church; of the church alone; a place after the church (no unit's own name)
    ("Bank Maluku Malut menyerahkan bantuan kepada Majelis Jemaat GPM untuk perayaan Paskah.", "partners",
     ("Majelis Jemaat GPM", None, None, None)),
    ("Bank NTT menyerahkan bantuan kepada Majelis Jemaat GMIT di Amarasi Timur.", "partners",
     ("Majelis Jemaat GMIT", None, None, None)),
    ("Bank Papua menyerahkan tangki air kepada Majelis Jemaat Efata Sentani di Kabupaten Jayapura.", "partners",
     ("Majelis Jemaat Efata Sentani", None, None, None)),
]


@pytest.mark.parametrize("text,field,expected", COUNCIL_BEFORE_CHURCH, ids=[c[2][0] for c in COUNCIL_BEFORE_CHURCH])
def test_council_before_church_is_its_unit(nlp, text, field, expected):
    from extract.article import Article
    from extract.record import build_record

    rec = build_record(Article("t", text), nlp(text), "test")
    name, eid, unit, alias = expected
    (got,) = [o for o in getattr(rec, field) if "Majelis" in o["name"] or "Majelis" in " ".join(o["aliases"][:1])]
    assert got["name"] == name
    assert got["unit"] == unit
    if eid:
        assert got["id"] == eid
        assert got["aliases"][0] == alias
        assert alias in [e["text"] for e in got["evidence"]]
