from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app.library.facade import Library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "lib")
    try:
        yield lib
    finally:
        lib.close()
