from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything imports Qt: no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
# EVIDENCE_TEST_CORPUS (or EVIDENCE_CORPUS) points elsewhere than ../shared/corpus at the corpus.
CORPUS = Path(os.environ.get("EVIDENCE_TEST_CORPUS") or os.environ.get("EVIDENCE_CORPUS")
              or REPO.parent / "shared" / "corpus")


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"test corpus not found at {CORPUS}")
    return CORPUS
