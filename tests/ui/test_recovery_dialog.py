"""The GUI names a damaged database and offers to recover it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from evidence_app.errors import DatabaseDamaged
from evidence_app.library import Library
from evidence_app.ui import recovery_dialog
from evidence_app.ui.errors import describe_error


def _damaged_library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    note = tmp_path / "note.txt"
    note.write_text("Gang violence in Honduras forces families to flee. " * 10, encoding="utf-8")
    with Library.open(folder) as lib:
        lib.import_files([note])
    db = folder / "library.sqlite3"
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    return folder


def test_damaged_database_is_offered_for_recovery(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _damaged_library(tmp_path)
    with pytest.raises(DatabaseDamaged) as raised:
        Library.open(folder)
    text = describe_error(raised.value)
    assert "damaged" in text and "Recover" in text

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: self.defaultButton())
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, message: shown.append(message))
    assert recovery_dialog.offer_recovery(raised.value, folder, None)
    assert "1 sources" in shown[0] and "damaged database is kept" in shown[0]
    with Library.open(folder) as lib:
        assert len(lib.sources()) == 1
