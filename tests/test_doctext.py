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


def _piped(text):
    from extract.components.sentences import ArraySentencizer

    nlp = make_language()
    return ArraySentencizer("s")(nlp.make_doc(text))


@pytest.mark.parametrize("text", PHRASES + ["Warga Desa Sukamaju senang. Bantuan tiba!\n\nBaca juga: BRI-Link, 2024."])
def test_token_table_is_the_tokens_attributes(text):
    from extract.components.doctext import token_table

    doc = _piped(text)
    t = token_table(doc)
    assert token_table(doc) is t
    assert [(t.text[i], t.lower[i], t.idx[i], t.space[i], t.alpha[i], t.digit[i], t.sent_start[i])
            for i in range(len(doc))] == [
        (k.text, k.lower_, k.idx, bool(k.whitespace_), k.is_alpha, k.is_digit, bool(k.is_sent_start))
        for k in doc]
    for i in range(len(doc)):
        sent = doc[i:i + 1].sent
        assert t.sentence(i) == (sent.start, sent.end)


@pytest.mark.parametrize("text", PHRASES + ["Warga Desa Sukamaju senang. Bantuan tiba!\n\nBaca juga: BRI-Link, 2024.",
                                    "Satu. Dua. Tiga"])
def test_sentences_are_the_docs_sentences(text):
    from extract.components.doctext import TokenTable

    doc = _piped(text)
    sents = TokenTable(doc).sentences()
    assert sents == ([(s.start, s.end) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(doc))])
    assert len(sents) > 1 or not text.startswith(("Warga", "Satu"))  # the test meets sentence starts
    unsplit = make_language().make_doc(text)  # before the sentencizer: the whole Doc, as doc[:]
    assert TokenTable(unsplit).sentences() == ([(0, len(unsplit))] if len(unsplit) else [])


def test_entity_spans_are_the_docs_entities_read_once():
    from spacy.tokens import Span

    from extract.components.doctext import entity_spans

    doc = _piped("Direktur Budi Santoso dari PT Bank Rakyat Indonesia berkunjung ke Kabupaten Garut.")
    doc.ents = [Span(doc, 1, 3, label="PER"), Span(doc, 4, 8, label="ORG"), Span(doc, 10, 12, label="LOC")]
    got = entity_spans(doc)
    assert got == [(e.start, e.end, e.label_, e.start_char, e.end_char) for e in doc.ents]
    assert [doc.text[a:b] for _, _, _, a, b in got] == ["Budi Santoso", "PT Bank Rakyat Indonesia", "Kabupaten Garut"]
    assert entity_spans(doc) is got


@pytest.mark.parametrize("text", PHRASES + ["Kantor  Bupati\n\nKabupaten Garut (Jawa Barat) ."])
def test_span_text_is_the_spans_text(text):
    from extract.components.doctext import span_text

    doc = _piped(text)
    n = len(doc)
    for a in range(n + 2):
        for b in range(n + 2):
            assert span_text(doc, a, b) == doc[a:b].text, (a, b)


def test_sentence_starts_read_once_after_the_sentencizer():
    """numbers.sentence_starts: the sentences' character starts, kept on the Doc once it has sentences (the counts
    and dates ask it per mention)."""
    from extract.components.numbers import sentence_starts

    text = "Warga Desa Sukamaju senang. Bantuan 20 paket tiba!\n\nBaca juga: BRI-Link, 2024."
    unsplit = make_language().make_doc(text)
    assert sentence_starts(unsplit) == [0] and sentence_starts(unsplit) is not sentence_starts(unsplit)
    doc = _piped(text)
    starts = sentence_starts(doc)
    assert starts == [s.start_char for s in doc.sents] and len(starts) > 1
    assert sentence_starts(doc) is starts
