"""The GUI names a damaged database and offers to recover it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from evidence_app.errors import DatabaseDamaged
from evidence_app.library.facade import Library
from evidence_app.ui.dialogs import recovery_dialog
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
    assert "damaged" in text and "recover" in text.lower()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: self.defaultButton())
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, message: shown.append(message))
    assert recovery_dialog.offer_recovery(raised.value, folder, None)
    assert "1 sources" in shown[0] and "damaged database is kept" in shown[0]
    with Library.open(folder) as lib:
        assert len(lib.catalog.sources()) == 1


def test_library_menu_checks_and_recovers_a_damaged_table(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage found while the library is open (a bad table): Library ▸ Check the database
    and recover it… closes it, recovers and opens it again."""
    import sqlite3

    from evidence_app.ui.main_window import MainWindow

    folder = tmp_path / "lib"
    note = tmp_path / "note.txt"
    note.write_text("Gang violence in Honduras forces families to flee. " * 10, encoding="utf-8")
    library = Library.open(folder)
    library.import_files([note])
    library.backups.backup()
    window = MainWindow(library)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: self.defaultButton())
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, message: shown.append(message))
    menu = window.library_menu
    assert not menu.recover_database()  # sound: nothing to do
    assert shown == ["The library database is sound."]

    db = folder / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'pages'").fetchone()[0]
    conn.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\x0d\xff\xff\xff" * (size // 4))
    assert menu.recover_database()
    assert "1 sources" in shown[-1]
    assert window.library is not None and len(window.library.catalog.sources()) == 1
    assert window.library.check().ok
    window.close_library()
