"""The main window: start page, clipping, import by drag and drop, index bar, languages,
remembered layout, switching libraries, and the app's start-up."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from evidence_app import app as app_module
from evidence_app.folder.locking import LibraryLock
from evidence_app.library.facade import Library
from evidence_app.model import Changes
from evidence_app.ui import i18n
from evidence_app.ui.dialogs.import_dialog import ImportDialog
from evidence_app.ui.library_view.results_view import FLAT
from evidence_app.ui.main_window import MainWindow
from evidence_app.ui.reader.excerpt_dialog import ExcerptDialog
from evidence_app.ui.widgets import scrollbars


@pytest.fixture
def window(qtbot, ui_library: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_empty_library_shows_the_start_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Library.open(tmp_path / "empty") as library:
        win = MainWindow(library, owns_library=False)
        qtbot.addWidget(win)
        assert win.body.currentWidget() is win.start_page
        assert "0 sources" in win.counts_label.text()
        win.close()


def test_library_window_shows_counts_and_the_sources(window: MainWindow) -> None:
    assert window.body.currentWidget() is window.library_area
    assert window.counts_label.text().startswith("1 sources · ")
    assert window.sources_table.model.rowCount() == 1
    assert window.index_bar.isHidden()
    assert "lib" in window.windowTitle()


def test_the_panes_scroll_bars_are_the_cheap_flat_ones(window: MainWindow) -> None:
    """Fusion's scroll bars cost ~2 ms a paint, three a window repaint; the flat ones a
    tenth of it (see ui/scrollbars.py). The panes that change with every search have them."""
    for pane in (window.results.tree, window.results.list, window.reader.text,
                 window.sources_table.view, window.facets):
        for bar in (pane.verticalScrollBar(), pane.horizontalScrollBar()):
            assert bar.styleSheet() == scrollbars.STYLE, pane


def test_ctrl_f_focuses_the_search_box(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sources_table.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.edit.hasFocus()


def test_ctrl_k_clips_the_exact_selection(qtbot, window: MainWindow, ui_library: Library) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.controller.result_ready):
        qtbot.keyClicks(window.search_box.edit, "deportees")
    hit = window.results.grouped_model.source_hits()[0].pages[0]
    window.results.hit_activated.emit(hit.source_id, hit.page_no)
    page = ui_library.catalog.page(hit.source_id, hit.page_no)
    assert "deportees" in [page.text[s.start:s.end].lower()
                           for s in window.reader.highlighted_spans()]
    quote = "Returned deportees faced threats from gangs"
    start = page.text.index(quote)
    window.reader.select_range(start, start + len(quote))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.reader.clip_requested):
        qtbot.keyClick(window.reader.text, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.source_actions.excerpt_dialog
    assert isinstance(dialog, ExcerptDialog)
    assert dialog.quote == quote
    with qtbot.waitSignal(window.library_changed) as changed:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert changed.args[0].excerpts
    (excerpt,) = ui_library.excerpts.excerpts()
    assert excerpt.quote == quote == page.text[excerpt.start:excerpt.end]
    assert (excerpt.start, excerpt.end, excerpt.page_no) == (start, start + len(quote),
                                                             hit.page_no)
    assert excerpt.countries == ("HN",)  # the source's tags, pre-filled
    assert "1 excerpts" in window.counts_label.text()


def test_clip_without_a_selection_explains_in_the_status_bar(window: MainWindow) -> None:
    window.show_hit(window.sources_table.model.rows[0].id, 0)
    window.actions_.clip_action.trigger()
    assert "Select some text" in window.statusBar().currentMessage()


def _drop(window: MainWindow, paths: list[Path]) -> tuple[bool, Any]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    return enter.isAccepted(), getattr(window, "import_dialog", None)


def test_dropping_files_and_folders_opens_the_import(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "uganda.txt").write_text("Uganda report\n\nRefoulement risks.", "utf-8")
    single = tmp_path / "belize.txt"
    single.write_text("Belize report\n\nGang violence in Belize City.", "utf-8")
    accepted, dialog = _drop(window, [folder, single])
    assert accepted and isinstance(dialog, ImportDialog)
    assert sorted(p.name for p in dialog.paths()) == ["belize.txt", "drop"]
    with qtbot.waitSignal(window.library_changed):
        dialog.start()
    assert dialog.report is not None and len(dialog.report.imported) == 2
    assert window.sources_table.model.rowCount() == 3
    assert window.counts_label.text().startswith("3 sources")


def test_stale_index_bar_rebuilds_in_the_background(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                   ui_library: Library, monkeypatch) -> None:
    stale = [True]
    rebuild = ui_library.index.rebuild_index
    steps: list[tuple[int, int]] = []

    def rebuild_and_mark(progress: Any = None, cancel: Any = None) -> Changes:
        def spy(done: int, total: int, label: str) -> None:
            steps.append((done, total))
            progress(done, total, label)

        changes = rebuild(progress=spy, cancel=cancel)
        stale[0] = False
        return changes

    monkeypatch.setattr(ui_library.index, "index_is_current", lambda: not stale[0])
    monkeypatch.setattr(ui_library.index, "rebuild_index", rebuild_and_mark)
    window.set_library(ui_library)
    assert window.index_bar.isVisible()
    with qtbot.waitSignal(window.index_bar.rebuilt):
        window.index_bar.rebuild_button.click()
    assert window.index_bar.isHidden()
    assert steps, "progress reached the bar"


def test_switching_language_uses_the_translators(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "evidence_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="es_ES">\n'
        "<context><name>ResultsView</name><message><source>By source</source>"
        "<translation>Por fuente</translation></message></context>\n"
        "<context><name>MainActions</name><message><source>&amp;File</source>"
        "<translation>&amp;Archivo</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    import subprocess

    subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "evidence_es.qm")],
                   check=True, capture_output=True)
    app = QApplication.instance()
    assert app is not None
    try:
        assert i18n.install_translators(app, "es", folder=tmp_path) == "es"
        assert i18n.current_language() == "es"
        # LanguageChange events are posted: each widget re-applies its texts when they arrive
        qtbot.waitUntil(lambda: window.results.grouped_button.text() == "Por fuente")
        assert window.actions_.file_menu.title() == "&Archivo"
        # Qt's own strings come from qtbase_es.qm
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        window.facets.set_counts({"countries": {"MX": 1}})
        assert window.facets.sections["countries"].rows["MX"].check.full_text == "México"
    finally:
        assert i18n.install_translators(app, "en") == "en"
    qtbot.waitUntil(lambda: window.results.grouped_button.text() == "By source")


def test_the_shipped_spanish_translation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    if not (i18n.i18n_dir() / "evidence_es.qm").is_file():
        pytest.skip("resources/i18n/evidence_es.qm is not built yet")
    app = QApplication.instance()
    assert app is not None
    try:
        i18n.install_translators(app, "es")
        qtbot.waitUntil(lambda: window.actions_.file_menu.title() != "&File")
    finally:
        i18n.install_translators(app, "en")


def test_layout_is_remembered(qtbot, window: MainWindow, ui_library: Library) -> None:  # type: ignore[no-untyped-def]
    window.resize(760, 560)  # inside the offscreen screen, so geometry is restored as is
    window.splitter.setSizes([200, 250, 300])
    sizes = window.splitter.sizes()
    window.results.set_mode(FLAT)
    window.close()
    settings = QSettings()
    assert settings.value("MainWindow/library") == str(ui_library.folder)
    assert settings.value("ResultsView/mode") == FLAT
    again = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes
    assert again.results.mode() == FLAT


def test_opening_another_library_and_a_locked_one(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warnings.append(text))
    assert window.open_library(tmp_path / "second")
    assert window.library is not None and window.library.folder.name == "second"
    assert window.body.currentWidget() is window.start_page
    # An open library can be opened again (writes wait their turn); a library another
    # program is still creating cannot.
    (tmp_path / "busy").mkdir()
    lock = LibraryLock(tmp_path / "busy")
    with lock.hold("creating the library"):
        assert not window.open_library(tmp_path / "busy")
    lock.close()
    assert "Another program is saving" in warnings[0]
    assert window.library.folder.name == "second"
    window.close()  # the window opened "second", so it closes it
    with Library.open(tmp_path / "second"):
        pass


def test_deleting_a_source_asks_first(qtbot, window: MainWindow, ui_library: Library,  # type: ignore[no-untyped-def]
                                      monkeypatch) -> None:
    source_id = ui_library.catalog.sources()[0].id
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    window.source_actions.delete_source(source_id)
    assert ui_library.catalog.stats()["sources"] == 1
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.library_changed):
        window.source_actions.delete_source(source_id)
    assert ui_library.catalog.stats()["sources"] == 0
    assert window.body.currentWidget() is window.start_page


def test_app_explains_a_locked_library(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    folder = tmp_path / "held"
    folder.mkdir()
    lock = LibraryLock(folder)  # another program, still creating this library
    with lock.hold("creating the library"):
        assert app_module.open_with_dialogs(folder) is None
    lock.close()
    assert "Another program is saving" in shown[0]
    assert app_module.parse_args(["--library", str(folder)]).library == folder
    assert app_module.initial_library_dir(folder) == folder


def test_importing_corpus_files_through_the_window(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  corpus: Path, ui_library: Library) -> None:
    wanted = [
        corpus / "text" / "statedept_hrr_2024_guatemala.txt",
        corpus / "html" / "statedept_hrr_2024_uganda.html",
        corpus / "pdf" / "un_general_assembly_A_INF_76_1.pdf",
        corpus / "malformed" / "pdfminer_encryption_aes-128.pdf",
    ]
    paths = [p for p in wanted if p.is_file()]
    if len(paths) < 3:
        pytest.skip("expected corpus files are missing")
    with qtbot.waitSignal(window.library_changed, timeout=60000):
        dialog = window.actions_.import_paths(paths, start=True)
    assert isinstance(dialog, ImportDialog) and dialog.report is not None
    report = dialog.report
    assert len(report.imported) == len(paths) - 1
    assert [f.reason for f in report.failed] == ["encrypted"]
    assert window.sources_table.model.rowCount() == 1 + len(report.imported)
    dialog.close()
    with qtbot.waitSignal(window.controller.result_ready):
        window.search_box.set_text("General Assembly")
    pdf_hit = next(h for h in window.results.grouped_model.source_hits()
                   if ui_library.catalog.source(h.source_id).format == "pdf")
    window.show_hit(pdf_hit.source_id, pdf_hit.pages[0].page_no)
    assert window.reader.mode_actions["original"].isEnabled()
