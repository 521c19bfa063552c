"""doctext: the Doc's text, token texts and lower-case words, read once per Doc and equal to spaCy's own."""
import pytest

from extract.components.doctext import doc_text, lower_words, token_texts
from extract.components.language import make_language

PHRASES = [
    "",
    "PT Bank Rakyat Indonesia (Persero) Tbk menyalurkan bantuan CSR ke Desa Kemiren.",
    "Pemkab BANYUWANGI dan PT.Bank Sumut: 15 UMKM binaan, Rp 1,5 miliar.",
    "İzmir ŞEHİR Dinas-Dinas",  # a lower case longer than the upper (İ -> i̇)
]


@pytest.mark.parametrize("text", PHRASES)
def test_lower_words_are_the_tokens_lower_forms(text):
    doc = make_language().make_doc(text)
    assert lower_words(doc) == [t.lower_ for t in doc]
    assert doc_text(doc) == doc.text


def test_lower_words_are_built_once_per_doc():
    nlp = make_language()
    doc = nlp.make_doc("Bantuan TJSL untuk Kelompok Tani")
    first = lower_words(doc)
    assert lower_words(doc) is first
    other = nlp.make_doc("Bantuan TJSL untuk Kelompok Tani")
    assert lower_words(other) is not first and lower_words(other) == first


@pytest.mark.parametrize("text", PHRASES)
def test_token_texts_are_the_tokens_texts(text):
    doc = make_language().make_doc(text)
    assert token_texts(doc) == [t.text for t in doc]
