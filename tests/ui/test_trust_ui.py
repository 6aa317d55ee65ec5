"""Bundles and backups in the GUI, and the window noticing another program's changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from evidence_app.library.facade import Library
from evidence_app.model import Changes
from evidence_app.ui.dialogs.backup_dialog import BackupsDialog
from evidence_app.ui.dialogs.bundle_dialog import BundleExportDialog, BundleImportDialog
from evidence_app.ui.main_window import MainWindow


def _tick(widget, code: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(widget.count()):
        if widget.item(i).data(Qt.ItemDataRole.UserRole + 1) == code:
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{code} is not in the list")


def test_export_then_import_a_bundle(qtbot, ui_library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BundleExportDialog(ui_library)
    qtbot.addWidget(dialog)
    _tick(dialog.countries, "HN")
    dialog.path_edit.setText(str(tmp_path / "hn"))
    dialog.start()
    assert dialog.outcome is not None and dialog.outcome.sources == 1
    assert (tmp_path / "hn.evbundle").is_file()
    with Library.open(tmp_path / "other") as other:
        importer = BundleImportDialog(other, tmp_path / "hn.evbundle")
        qtbot.addWidget(importer)
        with qtbot.waitSignal(importer.changed) as changed:
            importer.start()
        assert isinstance(changed.args[0], Changes) and changed.args[0].sources
        assert importer.outcome is not None and len(importer.outcome.added) == 1
        assert "Added 1 sources" in importer.summary.text()
        assert other.catalog.stats()["sources"] == 1


def test_a_refused_bundle_is_explained(qtbot, ui_library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.evbundle"
    bad.write_bytes(b"this is not a zip file")
    dialog = BundleImportDialog(ui_library, bad)
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.outcome is None and dialog.error is not None
    assert "not an Evidence Library bundle" in dialog.summary.text()
    assert "Nothing in your library was changed" in dialog.summary.text()


def test_back_up_and_restore(qtbot, ui_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(ui_library)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    kinds = [dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())]
    assert "Made by you" in kinds
    source = ui_library.catalog.sources()[0]
    ui_library.catalog.edit_source(source.id, title="Changed later")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.changed):
        dialog.restore_selected()
    assert ui_library.catalog.source(source.id).title == source.title
    assert "Before a restore" in [dialog.tree.topLevelItem(i).text(1)
                                  for i in range(dialog.tree.topLevelItemCount())]


def test_library_menu_offers_bundles_and_backups(qtbot, ui_library: Library) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(window)
    menu = window.library_menu
    menu._update_trust_actions()
    for action in (menu.export_bundle_action, menu.import_bundle_action, menu.backup_action,
                   menu.restore_action):
        assert action.isEnabled() and action.text()
    dialog = menu.show_backups()
    assert isinstance(dialog, BackupsDialog)
    dialog.close()
    menu.back_up_now()
    assert ui_library.backups.backups()
    window.close()


def test_the_window_notices_another_programs_changes(qtbot, ui_library: Library,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    window = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(window)
    assert window.watch_timer.isActive()
    assert window.check_other_writers() is False
    path = tmp_path / "guatemala.txt"
    path.write_text("Informe Guatemala\n\nLas pandillas amenazaron a los deportados.",
                    encoding="utf-8")
    with Library.open(ui_library.folder) as cli:
        cli.import_files([path], workers=0)
    with qtbot.waitSignal(window.library_changed):
        assert window.check_other_writers() is True
    assert window.check_other_writers() is False
    assert "2 sources" in window.counts_label.text()
    window.close()
