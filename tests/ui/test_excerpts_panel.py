"""The excerpts panel: listing, filters, open at page, edit, copy, delete and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from evidence_app.library.facade import Library
from evidence_app.model import Excerpt
from evidence_app.ui.library_view.excerpts_panel import COL_NOTE, ExcerptsPanel


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)


@pytest.fixture
def excerpts(ui_library: Library) -> list[Excerpt]:
    source = ui_library.catalog.sources()[0]
    text = ui_library.catalog.pages(source.id)[0].text

    def clip(phrase: str, **kwargs: object) -> Excerpt:
        start = text.index(phrase)
        return ui_library.excerpts.add_excerpt(
            source.id, 1, start, start + len(phrase), **kwargs  # type: ignore[arg-type]
        )

    return [
        clip("extorted bus drivers", note="extortion", risks=["gang_violence"]),
        clip("threats from gangs", countries=["HN", "GT"], risks=["returnees"]),
        clip("extrajudicial killings", note="police", risks=["state_violence_impunity"]),
    ]


@pytest.fixture
def panel(qtbot, ui_library: Library, excerpts: list[Excerpt]) -> ExcerptsPanel:
    widget = ExcerptsPanel(ui_library)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    return widget


def ids(panel: ExcerptsPanel) -> set[int]:
    return {e.id for e in panel.visible_excerpts()}


def test_panel_lists_every_excerpt(panel, excerpts) -> None:
    assert ids(panel) == {e.id for e in excerpts}
    assert not panel.empty_label.isVisibleTo(panel)


def test_filters_by_country_risk_and_words(panel, excerpts) -> None:
    countries = [panel.country_combo.itemData(i) for i in range(panel.country_combo.count())]
    assert countries[0] == "" and set(countries[1:]) == {"HN", "GT"}
    panel.set_filters(country="GT")
    assert ids(panel) == {excerpts[1].id}
    panel.set_filters(risk="state_violence_impunity")
    assert ids(panel) == {excerpts[2].id}
    panel.set_filters(text="EXTORTION")  # the note matches, case-insensitively
    assert ids(panel) == {excerpts[0].id}
    panel.set_filters()
    assert len(ids(panel)) == 3


def test_enter_and_double_click_open_the_source_page(qtbot, panel, excerpts) -> None:
    panel.select_excerpt(excerpts[0].id)
    with qtbot.waitSignal(panel.open_excerpt) as signal:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert signal.args == [excerpts[0].source_id, excerpts[0].page_no]
    index = panel.table.currentIndex()
    rect = panel.table.visualRect(index)
    viewport = panel.table.viewport()
    with qtbot.waitSignal(panel.open_excerpt):
        # Qt 6 item views only report a double click on the index that was pressed first.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def test_delete_then_undo_restores_the_same_excerpt(qtbot, panel, ui_library, excerpts) -> None:
    panel.select_excerpt(excerpts[1].id)
    with qtbot.waitSignal(panel.changed):
        panel.delete_selected()
    assert excerpts[1].id not in {e.id for e in ui_library.excerpts.excerpts()}
    assert excerpts[1].id not in ids(panel)
    assert panel.undo_action.isEnabled()
    with qtbot.waitSignal(panel.changed):
        panel.undo_action.trigger()
    restored = ui_library.excerpts.excerpt(excerpts[1].id)
    assert restored.quote == excerpts[1].quote
    assert set(restored.countries) == {"HN", "GT"}
    assert excerpts[1].id in ids(panel)
    with qtbot.waitSignal(panel.changed):
        panel.redo_action.trigger()
    assert excerpts[1].id not in {e.id for e in ui_library.excerpts.excerpts()}


def test_delete_key_and_ctrl_z(qtbot, panel, ui_library, excerpts) -> None:
    panel.select_excerpt(excerpts[0].id)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(ui_library.excerpts.excerpts()) == 2
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(ui_library.excerpts.excerpts()) == 3


def test_copy_puts_quote_and_citation_on_the_clipboard(panel, ui_library, excerpts) -> None:
    panel.select_excerpt(excerpts[2].id)
    text = panel.copy_selected()
    title = ui_library.catalog.source(excerpts[2].source_id).title
    assert "extrajudicial killings" in text and title in text
    assert QGuiApplication.clipboard().text() == text


def test_edit_opens_the_excerpt_dialog_and_refreshes(qtbot, panel, ui_library, excerpts) -> None:
    panel.select_excerpt(excerpts[0].id)
    dialog = panel.edit_selected()
    assert dialog is not None and dialog.note_edit.toPlainText() == "extortion"
    dialog.note_edit.setPlainText("extortion of transport workers")
    with qtbot.waitSignal(panel.changed):
        dialog.save()
    assert ui_library.excerpts.excerpt(excerpts[0].id).note == "extortion of transport workers"
    notes = {panel.proxy.index(r, COL_NOTE).data() for r in range(panel.proxy.rowCount())}
    assert "extortion of transport workers" in notes


def test_set_library_none_empties_the_panel(panel) -> None:
    panel.set_library(None)
    assert panel.visible_excerpts() == []
    assert panel.empty_label.isVisibleTo(panel)
    assert not panel.undo_action.isEnabled()


def test_context_menu_offers_the_verbs(panel, excerpts) -> None:
    panel.select_excerpt(excerpts[0].id)
    assert all(a.isEnabled() for a in (panel.open_action, panel.edit_action, panel.copy_action,
                                       panel.delete_action))
