"""The NER runs its matrix products through NumPy/OpenBLAS (extract/engines/matmul_ops.py) and finds
the same entities as with thinc's own blis products."""
from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from extract.engines.matmul_ops import MatmulOps
from extract.components.ner import _load, ner_path
from tests.conftest import CORPUS


@pytest.mark.parametrize("trans1,trans2", [(False, False), (True, False), (False, True), (True, True)])
def test_gemm_matches_thinc(trans1, trans2):
    rng = numpy.random.default_rng(0)
    x = rng.random((7, 5) if not trans1 else (5, 7), dtype="float32")
    y = rng.random((5, 3) if not trans2 else (3, 5), dtype="float32")
    want = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = MatmulOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (7, 3) and numpy.allclose(got, want, rtol=1e-5)
    out = numpy.zeros((7, 3), dtype="float32")
    assert MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    assert numpy.allclose(out, want, rtol=1e-5)



def blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]


def test_blas_holds_one_thread_while_a_batch_runs_and_is_given_back():
    """Workers are processes; BLAS threads in each would fight them. A notebook that imports
    warta keeps its own setting outside the batch."""
    from threadpoolctl import threadpool_limits

    from extract.article import Article
    from extract.engines.engine import process_batch
    import extract.pipeline  # noqa: F401  (the Doc extensions process_batch sets)
    from extract.components.language import make_language

    seen = []
    nlp = make_language()
    nlp.add_pipe("sentencizer")
    from spacy.language import Language

    if "warta_test_blas_probe" not in Language.factories:
        Language.component("warta_test_blas_probe", func=lambda doc: seen.append(blas_threads()) or doc)
    nlp.add_pipe("warta_test_blas_probe")
    with threadpool_limits(limits=2, user_api="blas"):
        records = process_batch(nlp, [Article("a1", "PT Pupuk Kaltim menyalurkan Rp 50 juta.")], "t")
        after = blas_threads()
    assert records[0].error is None
    assert seen and all(t == [1] * len(t) for t in seen)
    assert after and all(t == 2 for t in after)


@pytest.fixture(scope="module")
def ner_pair():
    path = ner_path()
    if path is None:
        pytest.skip("no NER model in models/ner (rules-only install)")
    fast = _load(str(path))
    _load.cache_clear()
    slow = _load(str(path))
    _load.cache_clear()
    numpy_ops = NumpyOps()
    for node in slow.get_pipe("ner").model.walk():
        node.ops = numpy_ops
    return fast, slow


def test_loaded_ner_uses_matmul_ops(ner_pair):
    fast, _ = ner_pair
    assert all(isinstance(node.ops, MatmulOps) for node in fast.get_pipe("ner").model.walk())


def test_same_entities_as_blis_on_corpus_articles(ner_pair):
    fast, slow = ner_pair
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "articles").glob("*.txt"))]
    found = 0
    for a, b in zip(fast.pipe(texts), slow.pipe(texts)):
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        found += len(a.ents)
    assert found > 100  # the comparison is over real entities, not empty docs
