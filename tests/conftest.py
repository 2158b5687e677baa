"""Shared test fixtures.

Logic tests use the tiny invented knowledge base in tests/fixtures/kb. Tests that need
the project's shared data (../shared: the seed article, the corpus, gold articles) are
skipped with a clear message when it is absent; CI has it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasad.kb import load_kb
from rasad.model import Article, Document
from rasad.pipeline import process

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = ROOT / "tests" / "fixtures" / "kb"
SHARED = ROOT.parent / "shared"

needs_shared = pytest.mark.skipif(not (SHARED / "seed").is_dir(),
                                  reason=f"shared data not found at {SHARED} (it is present in CI)")


@pytest.fixture(scope="session")
def fkb():
    return load_kb(FIXTURE_KB)


@pytest.fixture(scope="session")
def real_kb():
    return load_kb()


@pytest.fixture()
def run(fkb):
    """Process a text with the fixture knowledge base."""
    def _run(text: str, published: str | None = "2021-03-04", kb=None) -> Document:
        pub = dt.date.fromisoformat(published) if published else None
        return process(Article("t", text, pub), kb or fkb)
    return _run
