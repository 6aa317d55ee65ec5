"""Searching from the main window: debounce, stale answers, facets, paging, Enter opens."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery
from evidence_app.ui import tasks
from evidence_app.ui.library_view import results_delegate, search_controller
from evidence_app.ui.library_view.results_models import MORE, KindRole, RecordRole
from evidence_app.ui.library_view.results_view import FLAT, GROUPED
from evidence_app.ui.main_window import MainWindow

GUATEMALA = (
    "Guatemala 2023 report\n\n"
    "Deportees returning to Guatemala City were threatened by gangs who demanded payments.\n\n"
    "Indigenous communities reported land disputes."
)


def add_text(library: Library, folder: Path, name: str, text: str, **tags: Any) -> int:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    source = library.import_files([path], workers=0).imported[0]
    if tags:
        library.catalog.tag(source.id, **tags)
    return source.id


@pytest.fixture
def two_countries(ui_library: Library, tmp_path: Path) -> Library:
    add_text(ui_library, tmp_path, "guatemala.txt", GUATEMALA, countries=["GT"])
    return ui_library


@pytest.fixture
def window(qtbot, two_countries: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(two_countries, owns_library=False)
    qtbot.addWidget(win)
    win.show()
    return win


def search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.controller.result_ready, timeout=5000):
        qtbot.keyClicks(window.search_box.edit, text)


def test_typing_searches_once_after_the_pause(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.controller.request_id
    search(qtbot, window, "gangs deportees")
    # eleven key presses, one search: the debounce waited for the typing to stop
    assert window.controller.request_id == before + 1
    assert window.controller.query.text == "gangs deportees"
    assert window.center.currentWidget() is window.results
    titles = {hit.title for hit in window.results.grouped_model.source_hits()}
    assert len(titles) == 2
    assert "2 sources match" in window.results.summary.text()


def test_facets_count_and_filter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "gangs")
    countries = window.facets.sections["countries"]
    assert countries.order[:2] and set(countries.order) >= {"HN", "GT"}
    assert countries.rows["HN"].count == 1 and countries.rows["GT"].count == 1
    assert countries.rows["HN"].is_aca and countries.rows["HN"].badge.text() == "ACA"
    assert countries.rows["HN"].check.full_text == "Honduras"
    with qtbot.waitSignal(window.controller.result_ready):
        countries.rows["HN"].check.click()
    assert window.controller.query.countries == ("HN",)
    hits = window.results.grouped_model.source_hits()
    assert len(hits) == 1 and "Honduras" in window.reader.title.text() + hits[0].title
    with qtbot.waitSignal(window.controller.result_ready):
        window.facets.clear_selection()
    assert len(window.results.grouped_model.source_hits()) == 2


def test_aca_countries_come_first(window: MainWindow) -> None:
    window.facets.set_counts({"countries": {"MX": 9, "HN": 1, "GT": 2}})
    assert window.facets.sections["countries"].order == ["GT", "HN", "MX"]


def test_country_names_follow_the_ui_language(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.ui import i18n

    monkeypatch.setattr(i18n, "_current", "es")
    window.facets.set_counts({"countries": {"MX": 1}})
    assert window.facets.sections["countries"].rows["MX"].check.full_text == "México"


def test_browse_without_query_filters_the_sources_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.center.currentWidget() is window.sources_table
    assert window.sources_table.model.rowCount() == 2
    with qtbot.waitSignal(window.controller.browse_ready):
        window.facets.sections["countries"].rows["GT"].check.click()
    assert window.sources_table.model.rowCount() == 1
    assert window.sources_table.model.rows[0].countries == ("GT",)


def test_stale_answers_are_dropped(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pending: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def hold(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Any = None, progress: Any = None, *, writer: bool = False) -> None:
        assert on_done is not None
        pending.append((fn, on_done))

    monkeypatch.setattr(search_controller.tasks, "run_in_background", hold)
    window.controller.run(SearchQuery(text="police"))
    window.controller.run(SearchQuery(text="indigenous"))
    (old_fn, old_done), (new_fn, new_done) = pending
    new_done(new_fn())
    old_done(old_fn())  # the slow, older answer arrives last
    titles = [hit.title for hit in window.results.grouped_model.source_hits()]
    assert titles and all("Guatemala" in t for t in titles)


def test_enter_opens_the_current_result(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "deportees")
    tree = window.results.tree
    first_source = window.results.grouped_model.index(0, 0)
    passage = window.results.grouped_model.index(0, 0, first_source)
    tree.setFocus()
    tree.setCurrentIndex(passage)
    hit = passage.data(RecordRole)
    window.reader.clear()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.reader.source is not None and window.reader.source.id == hit.source_id
    page = window.reader.page()
    assert page is not None and page.page_no == hit.page_no
    page_text = page.text
    marked = [page_text[s.start:s.end].lower() for s in window.reader.highlighted_spans()]
    assert "deportees" in marked


def test_flat_list_and_sort(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "gangs")
    window.results.set_mode(FLAT)
    assert window.results.stack.currentWidget() is window.results.list
    assert window.results.passages_model.rowCount() >= 2
    with qtbot.waitSignal(window.controller.result_ready):
        window.results.sort_combo.setCurrentIndex(window.results.sort_combo.findData("date"))
    assert window.controller.query.sort == "date"
    window.results.set_mode(GROUPED)
    assert window.results.stack.currentWidget() is window.results.tree


def test_best_passages_are_asked_for_only_when_their_list_is_shown(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """The grouped view does not show the flat list's passages, and they are half the cost
    of a phrase search: the query asks for them once the list is switched to."""
    window.results.set_mode(GROUPED)
    search(qtbot, window, "gangs")
    assert window.controller.query.passages == 0
    assert window.results.passages_model.rowCount() == 0
    assert window.results.grouped_model.rowCount() >= 2
    window.results.set_mode(FLAT)  # searches again, with passages
    assert window.controller.query.passages > 0
    assert window.results.passages_model.rowCount() >= 2
    before = window.controller.request_id
    window.results.set_mode(GROUPED)  # has what it needs
    window.results.set_mode(FLAT)  # and so does the flat list now
    assert window.controller.request_id == before


@pytest.mark.parametrize("mode", [GROUPED, FLAT])
def test_new_results_open_the_reader_once(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """Emptying the list for new results must not walk the current row through every old
    row (QStandardItemModel.clear does, and each step opened a source in the reader: half a
    second per search with 50 passages)."""
    window.results.set_mode(mode)
    search(qtbot, window, "gangs")
    window.results.select_first()
    opened: list[int] = []
    show_source = window.reader.show_source
    monkeypatch.setattr(window.reader, "show_source",
                        lambda *a, **k: opened.append(a[0]) or show_source(*a, **k))
    window.search_box.edit.clear()
    search(qtbot, window, "deportees")
    qtbot.wait(50)
    assert len(opened) <= 1, opened


@pytest.fixture
def many_sources(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "many")
    folder = tmp_path / "files"
    folder.mkdir()
    paths = []
    for number in range(27):
        path = folder / f"report_{number:02d}.txt"
        path.write_text(f"Report {number}\n\nGang violence case number {number} in the capital.",
                        encoding="utf-8")
        paths.append(path)
    long_report = folder / "long_report.txt"
    long_report.write_text("\n\n".join(
        f"Section {n}. Gang members threatened families. " + "Filler words here. " * 140
        for n in range(9)), encoding="utf-8")
    paths.append(long_report)
    library.import_files(paths, workers=0)
    try:
        yield library
    finally:
        library.close()


def test_scrolling_to_the_bottom_loads_more_and_more_pages_expand(qtbot, many_sources) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(many_sources, owns_library=False)
    qtbot.addWidget(win)
    win.resize(900, 500)
    win.show()
    appended: list[bool] = []
    win.controller.result_ready.connect(lambda page: appended.append(page.appended))
    with qtbot.waitSignal(win.controller.result_ready):
        win.search_box.set_text("gang")
    model = win.results.grouped_model
    qtbot.waitUntil(lambda: model.rowCount() == 28 or win.results.has_more)
    while win.results.has_more:
        bar = win.results.tree.verticalScrollBar()
        with qtbot.waitSignal(win.controller.result_ready):
            bar.setValue(bar.maximum())
    assert model.rowCount() == 28
    assert appended[0] is False and appended.count(True) >= 1  # later pages came by offset
    assert win.controller.loaded_sources == 28
    assert len({hit.source_id for hit in model.source_hits()}) == 28

    row = next(r for r in range(model.rowCount())
               if model.item(r).data(RecordRole).matched_pages > 3)
    item = model.item(row)
    more = item.child(item.rowCount() - 1)
    assert more.data(KindRole) == MORE
    shown_before = item.rowCount()
    with qtbot.waitSignal(win.controller.source_expanded):
        win.results.tree.activated.emit(more.index())
    item = model.item(row)
    assert item.rowCount() > shown_before
    assert item.child(item.rowCount() - 1).data(KindRole) != MORE
    assert tasks.runner().synchronous


def grouped_rows(qtbot, window: MainWindow) -> tuple[Any, Any, list[Any]]:  # type: ignore[no-untyped-def]
    """Search "gangs" in a 700x600 window: the tree, its delegate and every row's index."""
    window.resize(700, 600)
    search(qtbot, window, "gangs")
    tree = window.results.tree
    model = window.results.grouped_model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    rows += [model.index(c, 0, parent) for parent in rows for c in range(model.rowCount(parent))]
    return tree, tree.itemDelegate(), rows


def test_shown_rows_are_as_tall_as_their_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Rows start with an estimated height; once painted they take their real one, so no
    snippet is cut off and no row leaves a gap."""
    tree, delegate, rows = grouped_rows(qtbot, window)
    qtbot.waitUntil(lambda: all(tree.visualRect(i).height() > 0 for i in rows))
    tree.viewport().repaint()
    qtbot.wait(50)  # the relayout the paint asked for
    for index in rows:
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        doc = delegate._document(option, index, False)
        assert abs(tree.visualRect(index).height() - (int(doc.size().height()) + 2)) <= 1, (
            index.data())


def test_a_paint_lays_out_few_new_rows_and_the_rest_follow(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A paint stops laying out new rows past its time budget (they are drawn as plain
    text) and the next turn of the event loop paints them properly: here with no budget
    at all, one new row a paint, until every visible row has its layout."""
    monkeypatch.setattr(results_delegate, "LAYOUT_BUDGET_S", 0.0)
    tree, delegate, rows = grouped_rows(qtbot, window)
    visible = [i for i in rows if tree.visualRect(i).intersects(tree.viewport().rect())]
    assert len(visible) >= 3
    tree.clearSelection()
    qtbot.wait(20)
    delegate._docs.clear()
    made = []
    document = delegate._document
    monkeypatch.setattr(delegate, "_document", lambda *a: made.append(a) or document(*a))
    delegate._next_turn()  # a fresh turn of the event loop
    tree.viewport().repaint()
    assert len(made) == 1  # the first new row; the others drawn as plain text
    qtbot.waitUntil(lambda: len(delegate._docs) >= len(visible))
    assert len(made) == len(delegate._docs)
