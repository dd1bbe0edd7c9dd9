"""Shared fixtures: the real spaCy pipeline (loaded once) and ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that need it skip without it."""
    if not (SHARED / "DESIGN.md").is_file():
        pytest.skip("../shared is not beside this checkout (CI has it; a user clone may not)")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The real English pipeline, loaded once per test session."""
    from kg.extract.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return ROOT / "data"
