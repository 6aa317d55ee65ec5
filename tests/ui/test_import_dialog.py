"""The import dialog over real corpus files: report reasons, password retry, cancel, details."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem

from evidence_app.library.facade import Library
from evidence_app.model import ImportReport
from evidence_app.ui.dialogs.import_dialog import (
    PAGE_PROGRESS,
    PAGE_REPORT,
    PAGE_SETUP,
    ImportDialog,
)
from evidence_app.ui.errors import import_reason

ENCRYPTED = "malformed/pdfminer_encryption_rc4-40.pdf"  # password "baz"
DAMAGED = "malformed/huridocs_error_5_bytes.pdf"
HTML = "html/statedept_hrr_2024_guatemala.html"


@pytest.fixture(autouse=True)
def warnings_said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    return said


@pytest.fixture
def batch(corpus: Path, tmp_path: Path) -> list[Path]:
    empty = tmp_path / "notes.txt"
    empty.write_bytes(b"")
    return [corpus / ENCRYPTED, empty, corpus / DAMAGED, corpus / HTML]


def run(qtbot, dialog: ImportDialog) -> ImportReport:
    with qtbot.waitSignal(dialog.finished_import, timeout=120_000) as signal:
        dialog.start()
    return signal.args[0]


def rows(dialog: ImportDialog) -> dict[str, str]:
    """File name -> "what happened" text, over every group of the report."""
    found: dict[str, str] = {}
    root = dialog.report_tree.invisibleRootItem()
    for g in range(root.childCount()):
        group: QTreeWidgetItem = root.child(g)
        for i in range(group.childCount()):
            found[group.child(i).text(0)] = group.child(i).text(1)
    return found


def test_setup_page_lists_paths_and_needs_at_least_one(qtbot, ui_library, batch) -> None:
    dialog = ImportDialog(ui_library, batch)
    qtbot.addWidget(dialog)
    assert dialog.stack.currentIndex() == PAGE_SETUP
    assert dialog.paths() == batch
    dialog.add_path(batch[0])  # the same path twice is listed once
    assert len(dialog.paths()) == 4
    dialog.path_list.selectAll()
    dialog.remove_selected_paths()
    assert dialog.paths() == [] and not dialog.import_button.isEnabled()
    dialog.start()  # nothing to do: stays on the first page
    assert dialog.stack.currentIndex() == PAGE_SETUP


def test_report_names_each_failure_with_a_plain_reason(qtbot, ui_library, batch) -> None:
    dialog = ImportDialog(ui_library, batch)
    qtbot.addWidget(dialog)
    report = run(qtbot, dialog)
    assert dialog.stack.currentIndex() == PAGE_REPORT
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert reasons == {
        "pdfminer_encryption_rc4-40.pdf": "encrypted",
        "notes.txt": "empty",
        "huridocs_error_5_bytes.pdf": "damaged",
    }
    [imported] = report.imported
    assert imported.original_name == "statedept_hrr_2024_guatemala.html"
    shown = rows(dialog)
    assert shown["pdfminer_encryption_rc4-40.pdf"] == import_reason("encrypted")
    assert shown["notes.txt"] == import_reason("empty")
    assert shown["huridocs_error_5_bytes.pdf"] == import_reason("damaged")
    assert shown["statedept_hrr_2024_guatemala.html"] == imported.title
    assert "Could not import: 3" in dialog.summary.text()
    assert list(dialog.password_buttons()) == [str(batch[0])]


def test_password_action_imports_the_encrypted_pdf(qtbot, ui_library, batch, monkeypatch) -> None:
    dialog = ImportDialog(ui_library, batch)
    qtbot.addWidget(dialog)
    run(qtbot, dialog)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "ask_password", lambda path: asked.append(path) or "baz")
    button = dialog.password_buttons()[str(batch[0])]
    with qtbot.waitSignal(dialog.finished_import, timeout=60_000) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [str(batch[0])]
    retry = signal.args[0]
    assert [s.original_name for s in retry.imported] == ["pdfminer_encryption_rc4-40.pdf"]
    assert dialog.report is not None
    assert {Path(f.path).name for f in dialog.report.failed} == {
        "notes.txt", "huridocs_error_5_bytes.pdf"
    }
    assert len(dialog.report.imported) == 2
    assert not dialog.password_buttons()
    assert ui_library.catalog.stats()["sources"] == 3  # the fixture's, the web page, the PDF


def test_wrong_password_says_so_and_keeps_the_failure(
    qtbot, ui_library, batch, warnings_said
) -> None:
    dialog = ImportDialog(ui_library, batch)
    qtbot.addWidget(dialog)
    run(qtbot, dialog)
    with qtbot.assertNotEmitted(dialog.finished_import):
        dialog.import_with_password(str(batch[0]), "not-the-password")
    assert warnings_said and "pdfminer_encryption_rc4-40.pdf" in warnings_said[-1]
    assert str(batch[0]) in dialog.password_buttons()


def test_batch_tags_and_the_clear_country_reach_the_library(qtbot, ui_library, corpus) -> None:
    dialog = ImportDialog(ui_library, [corpus / HTML])
    qtbot.addWidget(dialog)
    dialog.countries.set_selected(["SV"])
    dialog.risks.set_selected(["returnees"])
    report = run(qtbot, dialog)
    source = ui_library.catalog.source(report.imported[0].id)
    assert "SV" in source.countries and "returnees" in source.risks
    assert "GT" in source.countries  # clear from the text: a report on Guatemala


def test_cancel_stops_between_files(qtbot, ui_library, corpus) -> None:
    files = [corpus / "html" / name for name in (
        "statedept_hrr_2024_belize.html", "statedept_hrr_2024_ecuador.html",
        "statedept_hrr_2024_paraguay.html",
    )]
    dialog = ImportDialog(ui_library, files)
    qtbot.addWidget(dialog)
    original = dialog._progress

    def progress_then_cancel(done: int, total: int, label: str) -> None:
        original(done, total, label)
        assert dialog.stack.currentIndex() == PAGE_PROGRESS
        dialog.cancel()

    dialog._progress = progress_then_cancel  # type: ignore[method-assign]
    report = run(qtbot, dialog)
    assert report.cancelled
    assert len(report.imported) < len(files)
    assert "cancelled" in dialog.summary.text()


def test_edit_details_opens_the_metadata_dialog_for_each_source(
    qtbot, ui_library: Library, corpus
) -> None:
    files = [corpus / HTML, corpus / "html" / "statedept_hrr_2024_uganda.html"]
    dialog = ImportDialog(ui_library, files)
    qtbot.addWidget(dialog)
    report = run(qtbot, dialog)
    dialog.edit_details()
    first = dialog.metadata_dialog
    assert first is not None and first.source.id == report.imported[0].id
    assert "1 of 2" in first.windowTitle()
    first.notes_edit.setPlainText("checked")
    with qtbot.waitSignal(dialog.changed):
        first.save()
    second = dialog.metadata_dialog
    assert second is not None and second is not first
    assert second.source.id == report.imported[1].id
    second.reject()  # Cancel ends the round
    assert ui_library.catalog.source(report.imported[0].id).notes == "checked"


def test_the_dialog_imports_in_one_bulk_block(qtbot, ui_library, corpus, monkeypatch) -> None:
    """The faster path (bulk_import.py): analysis for the index while the workers read."""
    import evidence_app.importing.importer as importer

    seen: list[bool] = []
    original = importer.Importer.run

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(self.bulk is not None)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(importer.Importer, "run", spy)
    dialog = ImportDialog(ui_library, [corpus / HTML])
    qtbot.addWidget(dialog)
    report = run(qtbot, dialog)
    assert seen == [True] and len(report.imported) == 1
    assert ui_library.index.index_is_current()  # the block's last batch is written when it ends
    assert ui_library.search("Guatemala").sources
