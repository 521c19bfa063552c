"""Name leftovers of round s29 (docs/names_s29.md): church bodies, a council's acronym with the press's short
region, the Islamic non-formal school after "dan". Clauses written for these tests (real-looking Indonesian, real
regions, churches and companies; people invented), each table with negatives."""
from __future__ import annotations

import pytest

from tests.phrases import Names

# a congregation's council named by its class noun alone ("Majelis Jemaat") is every congregation's: no body of its
# own; with the congregation's name after it, it is one
CHURCH_COUNCILS = [
    Names("Ketua Majelis Jemaat GPM Hutumuri, Pdt. Yohanis Latuheru, berterima kasih atas bantuan Bank Maluku Malut.",
          ["Majelis Jemaat GPM Hutumuri", "Bank Maluku Malut"]),
    Names("Bank Papua menyerahkan bantuan kepada Majelis Jemaat Efata Sentani untuk pembangunan pastori.",
          ["Bank Papua", "Majelis Jemaat Efata Sentani"]),
    # negatives: the class noun alone, after a title or as a receiver
    Names("Ketua Majelis Jemaat, Pdt. Yohanis Latuheru, berterima kasih atas bantuan Bank Maluku Malut.",
          ["Bank Maluku Malut"]),
    Names("Bank NTT menyerahkan bantuan CSR kepada Majelis Jemaat untuk renovasi gedung kebaktian di Desa Oekabiti.",
          ["Bank NTT"]),
    Names("Warga dan majelis jemaat bergotong royong membersihkan gereja.", []),
]


@pytest.mark.parametrize("case", CHURCH_COUNCILS, ids=lambda c: c.text[:50])
def test_names_s29(nlp, case):
    assert [o.text for o in nlp(case.text)._.organizations_all] == case.names
