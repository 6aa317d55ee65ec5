"""Issue 18: no lost work (Ctrl+S saves the case form; leaving unsaved case details asks
Save / Discard / Cancel) and nothing hidden in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QToolBar

from evidence_app.library.facade import Library
from evidence_app.model import Changes
from evidence_app.ui import unsaved
from evidence_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ui_library: Library) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.cases_view.form.load(None)  # typing left by a test must not hold the window open
    win.close()  # while the library is still open


def answer(monkeypatch: pytest.MonkeyPatch, reply: str) -> list[bool]:
    """Answer the unsaved-changes question with `reply`; returns the can_save of each ask."""
    asked: list[bool] = []

    def ask(_parent: object, _title: str, can_save: bool) -> str:
        asked.append(can_save)
        return reply

    monkeypatch.setattr(unsaved, "ask_unsaved_case", ask)
    return asked


def cases_with_typing(window: MainWindow) -> tuple[int, int]:
    library = window.library
    assert library is not None
    first = library.cases.new_case(applicant_name="Zoraida Quispe").id
    second = library.cases.new_case(applicant_name="Luis Mamani").id
    view = window.cases_view
    window.tabs.setCurrentWidget(view)
    view.refresh(select=first)
    assert view.current_case_id() == first
    view.form.lines["judge"].setText("Judge Rivera")
    assert view.form.is_dirty()
    return first, second


def test_ctrl_s_saves_the_case_form(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    assert library is not None
    first, _ = cases_with_typing(window)
    form = window.cases_view.form
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    form.lines["judge"].setFocus()
    qtbot.keyClick(form.lines["judge"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert library.cases.case(first).judge == "Judge Rivera"
    assert not form.is_dirty()
    assert "Ctrl+S" in form.save_button.toolTip()


def test_switching_cases_asks_and_cancel_stays(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = window.library
    assert library is not None
    first, second = cases_with_typing(window)
    view = window.cases_view
    asked = answer(monkeypatch, unsaved.CANCEL)
    view.select_case(second)
    assert asked == [True]
    assert view.current_case_id() == first
    assert view.form.lines["judge"].text() == "Judge Rivera"

    answer(monkeypatch, unsaved.DISCARD)
    view.select_case(second)
    assert view.current_case_id() == second
    assert library.cases.case(first).judge == ""

    view.select_case(first)
    view.form.lines["judge"].setText("Judge Rivera")
    answer(monkeypatch, unsaved.SAVE)
    view.select_case(second)
    assert view.current_case_id() == second
    assert library.cases.case(first).judge == "Judge Rivera"


def test_invalid_details_offer_no_save(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, second = cases_with_typing(window)
    view = window.cases_view
    view.form.lines["a_number"].setText("A 12")
    asked = answer(monkeypatch, unsaved.CANCEL)
    view.select_case(second)
    assert asked == [False]
    assert view.current_case_id() != second


def test_closing_with_unsaved_details_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = window.library
    assert library is not None
    first, _ = cases_with_typing(window)
    asked = answer(monkeypatch, unsaved.CANCEL)
    event = QCloseEvent()
    window.closeEvent(event)
    assert asked == [True] and not event.isAccepted()
    assert window.library is library  # still open, still editing
    assert window.cases_view.form.lines["judge"].text() == "Judge Rivera"

    answer(monkeypatch, unsaved.SAVE)
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted()
    assert library.cases.case(first).judge == "Judge Rivera"


def test_opening_another_library_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cases_with_typing(window)
    library = window.library
    asked = answer(monkeypatch, unsaved.CANCEL)
    assert not window.open_library(tmp_path / "other")
    assert asked == [True] and window.library is library


def test_export_names_blank_cover_fields_and_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from evidence_app.ui.cases.export import cover_check
    from evidence_app.ui.cases.export.export_dialog import ExportDialog

    library = window.library
    assert library is not None
    case = library.cases.new_case(applicant_name="Zoraida Quispe", countries=["HN"])
    library.cases.add_exhibit(case.id, library.catalog.sources()[0].id)
    view = window.cases_view
    window.tabs.setCurrentWidget(view)
    view.refresh(select=case.id)
    dialog = view.export_packet()
    assert isinstance(dialog, ExportDialog)
    out = tmp_path / "packet.pdf"
    dialog.path_edit.setText(str(out))
    asked: list[tuple[str, ...]] = []

    def refuse(_parent: object, missing: tuple[str, ...]) -> bool:
        asked.append(missing)
        return False

    monkeypatch.setattr(cover_check, "ask_blank_cover", refuse)
    assert not dialog.export()
    assert asked == [("a_number", "court_location")]
    assert not out.exists()
    assert cover_check.cover_field_names(asked[0]) == ["the A-number", "the court"]

    monkeypatch.setattr(cover_check, "ask_blank_cover", lambda *_a: True)
    assert dialog.export()
    assert out.exists()
    dialog.close()

    # a complete cover is not asked about
    library.cases.edit_case(case.id, a_number="A 123-456-789", court_location="Houston, TX")
    monkeypatch.setattr(cover_check, "ask_blank_cover",
                        lambda *_a: pytest.fail("asked about a complete cover"))
    out.unlink()
    monkeypatch.setattr("evidence_app.ui.cases.export.export_dialog.confirm_overwrite",
                        lambda *_a: True)
    dialog = view.export_packet()
    assert dialog is not None
    dialog.path_edit.setText(str(out))
    assert dialog.export()
    dialog.close()


def hidden_actions(bar: QToolBar) -> list[str]:
    """Actions of a toolbar not shown as a whole button inside it (moved to the "»" overflow
    menu, or cut at its edge)."""
    hidden = []
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if action.isVisible() and not action.isSeparator() and not (
            widget is not None and widget.isVisible()
            and bar.rect().contains(widget.geometry())
        ):
            hidden.append(action.text() or str(widget))
    return hidden


def test_toolbars_fit_1024_in_spanish(
    qtbot, ui_library: Library  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QApplication

    from evidence_app.ui.i18n import install_translators

    app = QApplication.instance()
    install_translators(app, "es")
    try:
        win = MainWindow(ui_library, owns_library=False)
        qtbot.addWidget(win)
        win.resize(1024, 768)
        win.show()
        qtbot.waitExposed(win)
        source = ui_library.catalog.sources()[0]
        win.show_hit(source.id, 1)
        assert not win.grab().isNull()  # a real paint and layout, as on screen
        assert win.reader.clip_action.text() == "Recortar"
        assert win.cases_view.form.dates["hearing_date"].edit.placeholderText() == "AAAA-MM-DD"
        for bar in (win.reader.toolbar, win.reader.view_toolbar, win.actions_.toolbar):
            assert hidden_actions(bar) == [], bar.objectName()
        for widget in (win.reader.toolbars, win.search_box):
            assert widget.isVisible()
        # the whole reader toolbar lies inside the reader
        reader = win.reader
        for bar in (reader.toolbar, reader.view_toolbar):
            right = bar.mapTo(reader, bar.rect().topRight()).x()
            assert right <= reader.width(), (bar, right, reader.width())
        box = win.search_box  # the words, the history button and "Related terms" side by side
        assert box.edit.geometry().right() < box.related.geometry().left()
        assert box.related.geometry().right() <= box.width()
        # the results' count has room for the longest Spanish count
        win.search_box.set_text("deportees")
        summary = win.results.summary
        summary.setText("29 fuentes coinciden, 20 mostradas")
        assert not win.grab().isNull()
        width = summary.fontMetrics().horizontalAdvance(summary.text())
        assert width <= summary.contentsRect().width(), (width, summary.contentsRect())
        win.close()
    finally:
        install_translators(app, "en")


def test_scanned_pdf_is_marked_and_the_reader_offers_original_and_ocr(
    window: MainWindow, tmp_path: Path
) -> None:
    from reportlab.pdfgen import canvas

    from evidence_app.ui.dialogs.ocr_dialog import OcrDialog
    from evidence_app.ui.library_view.sources_table import COL_TITLE
    from evidence_app.ui.reader.panel import ORIGINAL

    library = window.library
    assert library is not None
    scan = tmp_path / "scanned_letter.pdf"
    page = canvas.Canvas(str(scan))
    page.rect(100, 100, 300, 400, fill=1)  # a page of ink and no text, as a scan has
    page.save()
    source = library.import_files([scan], workers=0).imported[0]
    assert source.needs_ocr
    window.run_search()
    table = window.sources_table
    assert table.select_source(source.id)
    index = table.view.currentIndex().siblingAtColumn(COL_TITLE)
    assert "needs OCR" in index.data()
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Scanned" in index.data(Qt.ItemDataRole.ToolTipRole)

    window.show_hit(source.id, 0)
    notice = window.reader.scan_notice
    assert notice.isVisible()
    assert window.reader.mode() == ORIGINAL  # the page itself, not an empty text pane
    window.reader.set_mode("text", remember=False)
    notice.original_button.click()
    assert window.reader.mode() == ORIGINAL
    opened: list[object] = []
    window.actions_.ocr_sources = lambda: opened.append(OcrDialog)  # type: ignore[method-assign]
    notice.ocr_button.click()
    assert opened == [OcrDialog]

    other = next(s for s in library.catalog.sources() if not s.needs_ocr)
    window.show_hit(other.id, 0)
    assert not notice.isVisible()
    assert window.reader.mode() == "text"  # the preferred mode, not the scan's


def test_escape_clears_the_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    box = window.search_box
    box.set_text("gangs")
    window.run_search()
    assert window.center.currentWidget() is window.results
    box.edit.setFocus()
    qtbot.keyClick(box.edit, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert window.center.currentWidget() is window.sources_table


def test_sources_table_tells_titles_apart(window: MainWindow) -> None:
    from evidence_app.ui.library_view.sources_table import COL_COUNTRIES, COL_DATE, COL_TITLE

    view = window.sources_table.view
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    header = view.horizontalHeader()
    assert [header.logicalIndex(i) for i in range(3)] == [COL_TITLE, COL_COUNTRIES, COL_DATE]
    # at 1280 pixels the Countries column is on screen
    right = header.sectionViewportPosition(COL_COUNTRIES) + header.sectionSize(COL_COUNTRIES)
    assert right <= view.viewport().width()


class StuckSearchProcess:
    """Stands in for a search process whose search never returns until aborted."""

    def __init__(self) -> None:
        import threading

        self.release = threading.Event()
        self.aborted = False

    def search(self, query: object) -> object:
        from evidence_app.errors import IndexUnavailable

        self.release.wait(30)
        raise IndexUnavailable("the search took too long and was stopped")

    def abort(self) -> bool:
        self.aborted = True
        self.release.set()
        return True

    def close(self) -> None:
        self.release.set()


def test_a_stuck_search_says_still_searching_then_restarts(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from evidence_app.ui import tasks
    from evidence_app.ui.library_view import search_controller

    monkeypatch.setattr(search_controller, "SLOW_MS", 100)
    monkeypatch.setattr(search_controller, "TIMEOUT_MS", 1000)
    synchronous = tasks.use(tasks.TaskRunner())  # the search runs on a worker thread
    stuck = StuckSearchProcess()
    controller = window.controller
    assert window.library is not None
    searches = window.library.searches
    searches.child = stuck  # type: ignore[assignment]
    try:
        window.search_box.set_text("gangs")
        window.run_search()
        summary = window.results.summary
        qtbot.waitUntil(lambda: summary.text() == "Still searching…", timeout=3000)
        assert not stuck.aborted
        qtbot.waitUntil(lambda: stuck.aborted, timeout=5000)
        assert "was stopped" in window.results.message.text()
        assert "restarted" in window.results.message.text()
        tasks.wait_for_all()
        qtbot.wait(50)  # the aborted search's late error is dropped, not shown
        assert "restarted" in window.results.message.text()
    finally:
        stuck.release.set()
        searches.child = None
    tasks.use(synchronous)
    assert window.run_search() == controller.request_id  # searching works again
    assert window.results.summary.text() == "1 source matches"


def test_first_run_is_tidy(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyle

    empty = Library.open(tmp_path / "empty")
    try:
        win = MainWindow(empty, owns_library=False)
        qtbot.addWidget(win)
        win.show()
        assert win.body.currentWidget() is win.start_page
        assert win.actions_.import_files_action.isEnabled()
        assert not win.actions_.clip_action.isEnabled()
        assert not win.case_actions.add_action.isEnabled()
        assert not win.search_box.isEnabled()
        assert "0 sources" not in win.statusBar().currentMessage()
        assert "0 sources" in win.counts_label.text()  # said once, on the right

        def image(icon: object) -> object:
            return icon.pixmap(16, 16).toImage()  # type: ignore[attr-defined]

        style = win.style()
        save = style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
        folder = style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder)
        assert image(win.actions_.clip_action.icon()) != image(save)
        assert image(win.reader.clip_action.icon()) != image(save)
        for icon in (win.case_actions.add_action.icon(), win.reader.clip_action.icon()):
            assert not icon.pixmap(16, 16).isNull()  # the bundled SVG is drawn
        assert image(win.case_actions.add_action.icon()) != image(folder)
        assert image(win.case_actions.add_action.icon()) != image(
            win.actions_.import_files_action.icon())
        win.close()
    finally:
        empty.close()


def test_browsing_does_not_repeat_the_source_count(window: MainWindow) -> None:
    window.run_search()
    assert window.statusBar().currentMessage() == ""
    assert "1 sources" in window.counts_label.text() or "1 source" in window.counts_label.text()


def test_excerpts_panel_stays_with_the_library_tab(window: MainWindow) -> None:
    dock = window.excerpts_dock
    window.actions_.excerpts_action.trigger()
    assert dock.isVisible()
    window.case_actions.show_cases()
    assert not dock.isVisible()  # the case form keeps its height
    window.case_actions.show_cases(False)
    assert dock.isVisible()  # back as it was
    dock.hide()
    window.case_actions.show_cases()
    window.case_actions.show_cases(False)
    assert not dock.isVisible()
    window.case_actions.show_cases()
    window.actions_.excerpts_action.trigger()  # asked for on the Cases tab: shown there
    assert dock.isVisible()


def test_preferences_are_under_edit_as_the_readme_says(window: MainWindow) -> None:
    actions = window.actions_
    assert actions.preferences_action in actions.edit_menu.actions()
    assert actions.preferences_action not in actions.file_menu.actions()
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "Edit ▸ Preferences" in readme and "File ▸ Preferences" not in readme


def test_risk_descriptions_follow_the_language(ui_library: Library) -> None:
    from evidence_app.ui.labels import risk_description_text

    torture = next(r for r in ui_library.taxonomy.risk_types() if r.slug == "torture")
    assert risk_description_text(torture, "es").startswith("Tortura o tratos crueles")
    assert risk_description_text(torture, "en").startswith("Torture or cruel")


def test_edit_undo_brings_back_a_deleted_source_and_a_removed_exhibit(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    library = window.library
    assert library is not None
    source = library.catalog.sources()[0]
    undo = window.window_undo
    assert undo.undo_action in window.actions_.edit_menu.actions()
    assert not undo.undo_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.source_actions.delete_source(source.id)
    assert library.catalog.stats()["sources"] == 0
    assert undo.undo_action.isEnabled() and source.title in undo.undo_action.text()
    undo.undo_action.trigger()
    back = library.catalog.sources()
    assert [s.title for s in back] == [source.title] and back[0].countries == ("HN",)
    assert library.search("deportees").sources
    undo.redo_action.trigger()
    assert library.catalog.stats()["sources"] == 0
    undo.undo_action.trigger()
    restored = library.catalog.sources()[0]

    case = library.cases.new_case(applicant_name="Zoraida Quispe", countries=["HN"])
    first = library.cases.add_exhibit(case.id, restored.id, pages="1")
    library.cases.add_exhibit(case.id, restored.id)
    view = window.cases_view
    window.tabs.setCurrentWidget(view)
    view.refresh(select=case.id)
    view.exhibits.select_exhibit(first.id)
    view.exhibits.remove_selected()
    assert [e.page_ranges for e in library.cases.exhibits(case.id)] == [""]
    assert "Tab 1" in undo.undo_action.text()
    undo.undo_action.trigger()
    again = library.cases.exhibits(case.id)
    assert [(e.label, e.page_ranges) for e in again] == [("1", "1"), ("2", "")]


def test_ctrl_z_in_the_excerpts_panel_undoes_the_panel_delete(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    library = window.library
    assert library is not None
    source = library.catalog.sources()[0]
    text = library.catalog.page(source.id, 1).text
    start = text.index("extorted")
    excerpt = library.excerpts.add_excerpt(source.id, 1, start, start + 8)
    window.announce(Changes(excerpts=True))
    window.actions_.excerpts_action.trigger()
    panel = window.excerpts_panel
    panel.select_excerpt(excerpt.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert library.excerpts.excerpts() == []
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.id for e in library.excerpts.excerpts()] == [excerpt.id]


def test_copy_citation_from_the_results(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    library = window.library
    assert library is not None
    source = library.catalog.sources()[0]
    library.catalog.edit_source(source.id, publisher="U.S. Dep't of State", published="2024-04-22")
    text = window.extras.copy_citation(source.id, 1)
    assert QApplication.clipboard().text() == text
    assert "Honduras 2024 report ¶ 1" in text and "(Apr. 22, 2024)" in text
    assert "¶" not in window.extras.copy_citation(source.id, 0)  # the whole source


def test_a_coverage_gap_searches_the_library(window: MainWindow) -> None:
    from evidence_app.ui.cases.coverage_view import GapRole

    library = window.library
    assert library is not None
    case = library.cases.new_case(applicant_name="Zoraida Quispe", countries=["HN"])
    library.cases.add_exhibit(case.id, library.catalog.sources()[0].id)
    view = window.cases_view
    window.tabs.setCurrentWidget(view)
    view.refresh(select=case.id)
    coverage = view.coverage
    model = coverage.model
    row = next(r for r, (slug, _l) in enumerate(model.rows) if slug == "persecution")
    index = model.index(row, 0)
    assert index.data(GapRole)
    coverage._clicked(index)
    assert window.tabs.currentWidget() is window.splitter
    assert window.facets.selection()["countries"] == ("HN",)
    query = window.search_box.text()
    assert "persecution" in query and " OR " in query
    assert window.controller.query.countries == ("HN",)


def test_the_reader_clears_when_a_search_finds_nothing(window: MainWindow) -> None:
    window.search_box.set_text("deportees")
    window.results.select_first()
    source = window.library.catalog.sources()[0]  # type: ignore[union-attr]
    window.show_hit(source.id, 1)
    assert window.reader.source is not None
    window.search_box.set_text("zzzznothing")
    assert window.reader.source is None


def test_recent_and_saved_searches(window: MainWindow) -> None:
    history = window.search_history
    window.facets.set_checked("countries", "HN")
    window.search_box.set_text("deportees")
    window.search_box.set_text("gangs")
    recent = history.recent()
    assert [s["text"] for s in recent] == ["gangs", "deportees"]
    assert recent[0]["filters"] == {"countries": ["HN"]}
    assert history.save_current("Honduras gangs")
    window.facets.clear_selection()
    window.search_box.set_text("police")
    saved = history.saved()
    assert [s["name"] for s in saved] == ["Honduras gangs"]
    history.run(saved[0])
    assert window.search_box.text() == "gangs"
    assert window.controller.query.countries == ("HN",)
    history._fill_menu()
    texts = [a.text() for a in history.menu.actions()]
    assert "Honduras gangs" in texts and any(t.startswith("police") for t in texts)
    history.clear_recent()
    assert history.recent() == []


def test_clipped_passages_are_marked_in_the_reader(window: MainWindow) -> None:
    library = window.library
    assert library is not None
    source = library.catalog.sources()[0]
    window.show_hit(source.id, 1)
    reader = window.reader
    before = len(reader.text.extraSelections())
    text = library.catalog.page(source.id, 1).text
    start = text.index("extorted")
    library.excerpts.add_excerpt(source.id, 1, start, start + 8)
    window.announce(Changes(excerpts=True))
    marks = reader.text.extraSelections()
    assert len(marks) == before + 1
    assert marks[0].cursor.selectedText() == "extorted"
