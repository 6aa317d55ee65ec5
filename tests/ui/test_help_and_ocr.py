"""Help ▸ Guide (F1, English and Spanish), File ▸ OCR scanned sources… (with the install
message when the tools are hidden), and portable settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from evidence_app import app as app_module
from evidence_app.library.facade import Library
from evidence_app.ui import i18n
from evidence_app.ui.dialogs.guide_dialog import GuideDialog, guide_path
from evidence_app.ui.dialogs.ocr_dialog import OcrDialog
from evidence_app.ui.main_window import MainWindow

SCAN = "pdf/scan_image_only_english.pdf"


@pytest.fixture
def window(qtbot, ui_library: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(win)
    win.show()
    return win


# ---------------------------------------------------------------- guide
def test_f1_opens_the_guide_with_the_not_legal_advice_notice(window: MainWindow) -> None:
    actions = window.actions_
    assert actions.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert actions.guide_action in actions.help_menu.actions()
    dialog = actions.show_guide()
    assert isinstance(dialog, GuideDialog)
    text = dialog.browser.toPlainText()
    assert "This is not legal advice" in text
    for words in ("Asylum Cooperative Agreement", "full and fair", "cap", "nationalities",
                  "Ctrl+K", "Export packet"):
        assert words in text
    dialog.close()


def test_guide_follows_the_interface_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert app is not None
    try:
        i18n.install_translators(app, "es")
        dialog = GuideDialog()
        qtbot.addWidget(dialog)
        text = dialog.browser.toPlainText()
        assert "Esto no es asesoría legal" in text
        assert "procedimiento de asilo completo y justo" in text
        assert dialog.windowTitle() != "Guide: Evidence Library for helpers"
        i18n.install_translators(app, "en")
        qtbot.waitUntil(lambda: "This is not legal advice" in dialog.browser.toPlainText())
    finally:
        i18n.install_translators(app, "en")


def test_guide_links_stay_inside_the_guide(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    before = dialog.browser.toHtml()
    dialog.browser.anchorClicked.emit(QUrl("#export"))
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert dialog.browser.toHtml() == before  # same document: nothing was loaded
    assert guide_path("fr") == guide_path("en")


# ---------------------------------------------------------------- OCR
def test_ocr_dialog_says_what_to_install_when_tools_are_missing(
    qtbot, ui_library: Library, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    dialog = OcrDialog(ui_library, search_path=str(empty))
    qtbot.addWidget(dialog)
    dialog.show()
    commands = dialog.commands.toPlainText()
    assert "apt-get install tesseract-ocr tesseract-ocr-spa" in commands
    assert "pip install ocrmypdf" in commands
    assert "Tesseract" in dialog.intro.text() and "OCRmyPDF" in dialog.intro.text()
    assert dialog.commands.isVisible() and not dialog.start_button.isVisible()


def test_ocr_action_ocrs_a_scanned_source(
    qtbot, window: MainWindow, corpus: Path  # type: ignore[no-untyped-def]
) -> None:
    library = window.library
    assert library is not None
    available, message = library.ocr.ocr_available()
    if not available:
        pytest.skip(f"OCR tools not installed: {message}")
    source_id = library.import_files([corpus / SCAN], workers=0).imported[0].id
    assert window.actions_.ocr_action.isEnabled()
    dialog = window.actions_.ocr_sources()
    assert isinstance(dialog, OcrDialog)
    assert dialog.sources.count() == 1
    assert dialog.sources.item(0).checkState() == Qt.CheckState.Checked
    assert dialog.start_button.isEnabled()
    with qtbot.waitSignal(window.library_changed, timeout=120000):
        dialog.start()
    assert dialog.report is not None and not dialog.report.failed
    assert "1 source can now be searched." in dialog.result_label.text()
    assert not library.catalog.source(source_id).needs_ocr
    assert "No source needs OCR" in dialog.intro.text()
    dialog.close()


# ---------------------------------------------------------------- portable settings
def test_portable_settings_go_to_an_ini_file_beside_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "EvidenceLibraryData" / "settings"
    monkeypatch.setattr(app_module, "settings_dir", lambda: folder)
    app_module.configure_settings()
    QSettings().setValue("MainWindow/test", 1)
    QSettings().sync()
    assert Path(QSettings().fileName()).is_relative_to(folder)
    assert Path(QSettings().fileName()).is_file()


def test_library_option_wins_over_the_remembered_one(tmp_path: Path) -> None:
    QSettings().setValue("MainWindow/library", str(tmp_path))
    (tmp_path / "library.sqlite3").touch()
    assert app_module.initial_library_dir(tmp_path / "chosen") == tmp_path / "chosen"
    assert app_module.initial_library_dir(None) == tmp_path
