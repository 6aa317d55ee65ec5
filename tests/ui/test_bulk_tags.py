"""Automatic tags in the GUI: marked in the sources table and the metadata dialog, and the
bulk actions (accept suggested tags, clear automatic tags) with Edit ▸ Undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QToolButton

from evidence_app.library.facade import Library
from evidence_app.ui.library_view import bulk_tags
from evidence_app.ui.library_view.metadata_dialog import MetadataDialog
from evidence_app.ui.library_view.sources_table import COL_COUNTRIES, COL_TITLE, RecordRole
from evidence_app.ui.main_window import MainWindow

TEXT = "{0}: gangs extort bus drivers. {0} police. {0} courts. Pandillas threaten women.\n"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "lib")
    paths = []
    for name in ("honduras", "belize", "notes"):
        path = tmp_path / f"{name}.txt"
        text = ("Field notes\n" + TEXT.format("Guatemala") if name == "notes"
                else TEXT.format(name.title()))
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    lib.import_files(paths, workers=0)
    try:
        yield lib
    finally:
        lib.close()


@pytest.fixture
def window(qtbot, library: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(library, owns_library=False)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    return win


def _countries_cell(window: MainWindow, source_id: int) -> tuple[str, str]:
    model = window.sources_table.model
    row = next(i for i, s in enumerate(model.rows) if s.id == source_id)
    index = model.index(row, COL_COUNTRIES)
    return model.data(index), model.data(index, Qt.ItemDataRole.ToolTipRole)


def _select(window: MainWindow, ids: list[int]) -> None:
    table = window.sources_table
    selection = table.view.selectionModel()
    selection.clearSelection()
    for row in range(table.proxy.rowCount()):
        index = table.proxy.index(row, COL_TITLE)
        if index.data(RecordRole).id in ids:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)


def test_automatic_countries_are_marked_in_the_sources_table(window: MainWindow,
                                                             library: Library) -> None:
    honduras = next(s for s in library.catalog.sources() if s.original_name == "honduras.txt")
    text, tip = _countries_cell(window, honduras.id)
    assert text == "Honduras (auto)"
    assert "applied automatically at import" in tip


def test_clear_automatic_tags_on_the_selection_then_undo(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                         library: Library) -> None:
    by_name = {s.original_name: s.id for s in library.catalog.sources()}
    _select(window, [by_name["honduras.txt"], by_name["belize.txt"]])
    assert sorted(window.sources_table.selected_source_ids()) == sorted(
        [by_name["honduras.txt"], by_name["belize.txt"]])
    with qtbot.waitSignal(window.library_changed):
        window.library_menu.clear_auto_action.trigger()
    assert library.catalog.source(by_name["honduras.txt"]).countries == ()
    assert library.catalog.source(by_name["belize.txt"]).countries == ()
    assert "Cleared 2 automatic tags from 2 sources" in window.statusBar().currentMessage()
    assert _countries_cell(window, by_name["honduras.txt"])[0] == ""
    with qtbot.waitSignal(window.library_changed):
        window.window_undo.undo()
    assert library.catalog.source(by_name["honduras.txt"]).auto_countries == ("HN",)
    with qtbot.waitSignal(window.library_changed):
        window.window_undo.redo()
    assert library.catalog.source(by_name["honduras.txt"]).countries == ()


def test_accept_suggested_tags_from_the_table_with_progress(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                            library: Library,
                                                            monkeypatch) -> None:
    monkeypatch.setattr(bulk_tags, "PROGRESS_FROM", 1)  # a progress dialog even for three
    ids = [s.id for s in library.catalog.sources()]
    notes = next(s for s in library.catalog.sources() if s.original_name == "notes.txt")
    assert notes.countries == ()  # not clear at import
    with qtbot.waitSignal(window.library_changed):
        window.sources_table.bulk_tags_requested.emit(bulk_tags.ACCEPT, ids)
    notes = library.catalog.source(notes.id)
    assert "GT" in notes.countries and notes.auto_countries == ()
    assert "gang_violence" in notes.risks
    assert all(not s.auto_countries for s in library.catalog.sources())
    assert "Accepted" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.library_changed):
        window.window_undo.undo()
    assert library.catalog.source(notes.id).countries == ()


def test_metadata_dialog_marks_automatic_tags_and_confirming_makes_them_yours(
    qtbot, library: Library  # type: ignore[no-untyped-def]
) -> None:
    honduras = next(s for s in library.catalog.sources() if s.original_name == "honduras.txt")
    dialog = MetadataDialog(library, honduras.id)
    qtbot.addWidget(dialog)
    picker = dialog.countries
    assert "Honduras (auto)" in picker.selected_label.text()
    chips = [w for w in picker.auto_box.findChildren(QToolButton)
             if w.property("auto_code") == "HN" and not w.isHidden()]
    assert len(chips) == 1 and "Click to keep it" in chips[0].toolTip()
    chips[0].click()
    assert "(auto)" not in picker.selected_label.text()
    with qtbot.waitSignal(dialog.changed):
        dialog.save()
    assert library.catalog.source(honduras.id).auto_countries == ()
    assert library.catalog.source(honduras.id).countries == ("HN",)


def test_the_context_menu_offers_the_bulk_actions_for_the_selection(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    by_name = {s.original_name: s for s in library.catalog.sources()}
    _select(window, [by_name["honduras.txt"].id, by_name["notes.txt"].id])
    menu = window.sources_table.context_menu(by_name["honduras.txt"])
    actions = {a.text(): a for a in menu.actions()}
    assert "Accept suggested tags (2 sources)" in actions
    clear = actions["Clear automatic tags (2 sources)"]
    assert clear.isEnabled()  # Honduras has an automatic country
    with qtbot.waitSignal(window.library_changed):
        clear.trigger()
    assert library.catalog.source(by_name["honduras.txt"].id).countries == ()
    assert library.catalog.source(by_name["belize.txt"].id).auto_countries == (
        "BZ",
    )  # not selected
    _select(window, [by_name["honduras.txt"].id, by_name["notes.txt"].id])
    menu = window.sources_table.context_menu(by_name["notes.txt"])
    assert not {a.text(): a for a in menu.actions()}[
        "Clear automatic tags (2 sources)"].isEnabled()
