"""thinc Ops whose matrix product is NumPy's (OpenBLAS) instead of blis's.

The NER's tok2vec and its parser's input layer are matrix products of a batch's tokens
(thousands of rows) by small weight matrices. On the 2-core AMD EPYC machine warta is
benchmarked on, blis's kernels ran these at about 22-25 GFLOPS and OpenBLAS (the BLAS that
NumPy wheels bundle), on one thread, at 50-70 GFLOPS: the NER took about 1 ms less per
article. The entities are the same on the development set (tests/test_matmul_ops.py).

While a batch runs (``engine.process_batch``), OpenBLAS is held to one thread: warta
parallelises over worker processes (``--workers``), and BLAS threads in each worker would only
fight them for the cores.
"""
from __future__ import annotations

import sys


import numpy
from thinc.api import Model, NumpyOps

BLAS_THREADS = 1


class MatmulOps(NumpyOps):
    """NumpyOps with ``gemm`` done by ``numpy.matmul``; everything else as NumpyOps."""

    name = "numpy"  # thinc and spaCy treat it as the CPU ops they know

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


_CONTROLLER: tuple = (None, -1)  # (ThreadpoolController, len(sys.modules) when it scanned)


def _blas_controller():
    """The BLAS libraries loaded, scanned again only when modules were imported since the last scan
    (SciPy, which datasketch imports on ingest, brings a BLAS of its own)."""
    global _CONTROLLER
    from threadpoolctl import ThreadpoolController

    if _CONTROLLER[1] != len(sys.modules):
        _CONTROLLER = (ThreadpoolController(), len(sys.modules))
    return _CONTROLLER[0]


def one_blas_thread():
    """A context in which BLAS runs on one thread (14 microseconds to enter); the setting before
    it is restored after, so a notebook that imports warta keeps its own BLAS threads."""
    return _blas_controller().limit(limits=BLAS_THREADS, user_api="blas")


def use_matmul_ops(model: Model) -> Model:
    """Give every layer of ``model`` MatmulOps (in place)."""
    ops = MatmulOps()
    for node in model.walk():
        node.ops = ops
    return model
