"""`evidence-cli import` runs in one `Library.bulk_import()` block, as the dialog does
(tests/ui/test_import_dialog.py), with the per-file report unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import evidence_app.importing.importer as importer
from evidence_app.cli.main import main as cli
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery


@pytest.fixture
def in_block(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For every Importer.run: was it inside a bulk block on its thread?"""
    seen: list[bool] = []
    run = importer.Importer.run

    def spy(self: importer.Importer, *args: Any, **kwargs: Any) -> Any:
        seen.append(self.bulk is not None)
        return run(self, *args, **kwargs)

    monkeypatch.setattr(importer.Importer, "run", spy)
    return seen


def test_cli_import_of_a_folder_runs_in_one_bulk_block(
    tmp_path: Path, in_block: list[bool], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for word in ("extortion", "deportees", "torture"):
        (folder / f"{word}.txt").write_text(f"A report on {word} in Honduras.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    library = tmp_path / "lib"
    Library.open(library).close()
    capsys.readouterr()
    assert cli(["--library", str(library), "import", str(folder)]) == 1  # one file failed
    out = capsys.readouterr().out
    assert in_block == [True]
    assert "imported 3, already in library 0, failed 1" in out
    assert "empty.txt" in out and "empty" in out.split("empty.txt", 1)[1]
    with Library.open(library) as lib:
        # written to the index when the block ended: searchable, nothing left to catch up
        assert lib.index.index_is_current()
        assert len(lib.search(SearchQuery(text="deportees")).sources) == 1
    # the same folder again: every file a duplicate, nothing re-read
    assert cli(["--library", str(library), "import", str(folder)]) == 1
    assert "imported 0, already in library 3, failed 1" in capsys.readouterr().out
