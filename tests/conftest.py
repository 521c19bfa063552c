"""Shared fixtures. Tests that need ../shared (the development set, the NER data,
the contract's scorer) skip with a reason when it is absent, so a fresh clone passes."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.register_assert_rewrite("tests.phrases")  # assert_roles' failures show both lists

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test with a reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared development data beside the checkout), which is absent")
    return path


def article_texts() -> list[str]:
    """The texts of corpus/ and ../shared/corpus-dev (skips without ../shared): for the tests that check a fast
    path against the slow one on every article."""
    folders = [CORPUS / "articles", need_shared("corpus-dev", "articles")]
    return [p.read_text("utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]


@pytest.fixture(scope="session")
def nlp():
    from extract import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()


def ingest_texts(texts: dict[str, str], tmp_path: Path) -> Path:
    """Write each text to ``<doc_id>.txt`` in a new folder, ingest the folder into a new store and
    return the store's path; fails the test if any article fails."""
    from extract.storage.ingest import ingest

    folder = tmp_path / "articles"
    folder.mkdir()
    for doc_id, text in texts.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "warta.sqlite"
    stats = ingest([folder], db)
    assert stats.failed == 0, stats
    return db
