"""warta's sentencizer gives spaCy's sentence starts, token for token, reading arrays instead of Tokens."""
from __future__ import annotations

import pytest
from spacy.pipeline import Sentencizer

from extract.components.language import make_language
from extract.components.sentences import ArraySentencizer

TEXTS = [
    "PT Bank Mandiri (Persero) Tbk. menyalurkan bantuan Rp 1,2 miliar. Bantuan diterima warga Desa Sukamaju.",
    "Apa kabar?! Baik... Program TJSL \"Bina Desa\" berjalan. (Foto: ANTARA) Selesai",
    "Bupati Garut berkata: \"Terima kasih!\" Lalu ia pergi.\n\nBaca juga: CSR Pertamina di Riau.",
    "Tanpa titik di akhir kalimat ini",
    "",
    "...",
    "Rp500 juta. 20 UMKM. 3.000 warga; dan 1.5 ton beras! Selesai? Ya.",
    "Kata Dirut PTBA. — Sebuah catatan。Kalimat kedua！Ketiga",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_sentence_starts_as_spacy(text):
    nlp = make_language()
    ours, spacys = ArraySentencizer("s"), Sentencizer("s")
    a, b = ours(nlp.make_doc(text)), spacys(nlp.make_doc(text))
    assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b]
    assert [s.text for s in a.sents] == [s.text for s in b.sents]


def test_splits_after_sentence_marks_only():
    nlp = make_language()
    doc = ArraySentencizer("s")(nlp.make_doc("Bantuan Rp 1,2 miliar diserahkan. Warga senang!! Terima kasih"))
    assert [s.text for s in doc.sents] == ["Bantuan Rp 1,2 miliar diserahkan.", "Warga senang!!", "Terima kasih"]


def test_pipeline_uses_it_under_spacys_name():
    import extract

    nlp = extract.build_nlp(ner=False)
    assert isinstance(nlp.get_pipe("sentencizer"), ArraySentencizer)
