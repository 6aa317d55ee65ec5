"""The Cases tab: the case form with its checks, "Add to case" from the sources table, the
results and the excerpts panel, reordering exhibits, the coverage grid, the packet preview
and the exports (packet, summary, citations)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMessageBox

from evidence_app.library.facade import Library
from evidence_app.model import Excerpt
from evidence_app.ui.cases.add_to_case import AddToCaseDialog
from evidence_app.ui.cases.case_errors import a_number_message, date_message
from evidence_app.ui.cases.cases_view import CasesView
from evidence_app.ui.cases.coverage_view import GapRole
from evidence_app.ui.cases.exhibits_model import COL_CURRENT, MIME, drop_position
from evidence_app.ui.cases.export.export_dialog import ExportDialog, default_file_name
from evidence_app.ui.main_window import MainWindow

GUATEMALA = (
    "Guatemala 2024 report\n\n"
    "Criminal groups forcibly recruited children in Guatemala City.\n\n"
    "The asylum office had four officers for the whole country."
)


@pytest.fixture
def window(qtbot, ui_library: Library, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "guatemala_2024.txt"
    path.write_text(GUATEMALA, encoding="utf-8")
    report = ui_library.import_files([path], workers=0)
    ui_library.catalog.tag(report.imported[0].id, countries=["GT"])
    win = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def source_id(library: Library, word: str) -> int:
    return next(s.id for s in library.catalog.sources() if word in s.title)


def clip(library: Library, source: int, quote: str, **tags: list[str]) -> Excerpt:
    text = library.catalog.page(source, 1).text
    start = text.index(quote)
    return library.excerpts.add_excerpt(source, 1, start, start + len(quote), **tags)


def new_case(window: MainWindow, name: str = "Zoraida Quispe") -> int:
    view = window.cases_view
    view.new_case(applicant_name=name, countries=["HN", "GT"])
    case_id = view.current_case_id()
    assert case_id is not None
    return case_id


def add_from_dialog(window: MainWindow, case_id: int, lettered: bool = False) -> None:
    dialog = window.case_actions.dialog
    assert isinstance(dialog, AddToCaseDialog)
    dialog.set_case(case_id)
    dialog.lettered_check.setChecked(lettered)
    dialog.accept()
    assert not dialog.isVisible()


def test_form_checks_the_a_number_and_dates_then_saves(window: MainWindow) -> None:
    library = window.library
    assert library is not None
    window.case_actions.cases_action.trigger()
    assert window.tabs.currentWidget() is window.cases_view
    view = window.cases_view
    assert view.stack.currentWidget() is view.empty  # no case yet: the explanation
    view.new_action.trigger()
    case = view.current_case()
    assert case is not None and view.form.case is not None
    assert view.tabs.currentWidget() is view.form

    form = view.form
    assert form.lines["applicant_name"].nextInFocusChain() is form.lines["a_number"]
    form.lines["applicant_name"].setText("Zoraida Quispe Mamani")
    form.lines["a_number"].setText("A 123-45")
    assert form.messages["a_number"].message == a_number_message()
    assert not form.messages["a_number"].isHidden()
    assert not form.save_button.isEnabled()
    assert not form.save()
    form.lines["a_number"].setText("A 123-456-789")
    assert form.messages["a_number"].message == ""
    form.dates["hearing_date"].setText("2026-13-40")
    assert form.messages["hearing_date"].message == date_message()
    assert not form.save_button.isEnabled()
    form.dates["hearing_date"].setText("2026-03-16")
    form.combos["hearing_type"].setEditText("Individual (merits)")
    form.representative.setChecked(True)
    form.lines["filer_name"].setText("Ana Ruiz, Esq.")
    form.lines["filer_eoir_id"].setText("AB123456")
    form.lines["translator_name"].setText("Luis Pérez")
    form.combos["service_on"].setEditText("DHS/ICE Office of the Principal Legal Advisor")
    assert form.countries is not None
    form.countries.add("HN")
    form.countries.add("GT")
    assert form.is_dirty() and form.save_button.isEnabled()
    form.save_button.click()

    saved = library.cases.case(case.id)
    assert saved.applicant_name == "Zoraida Quispe Mamani"
    assert saved.a_number == "123456789"
    assert saved.hearing_date == "2026-03-16"
    assert saved.filer_kind == "representative"
    assert saved.filer_eoir_id == "AB123456"
    assert saved.translator_name == "Luis Pérez"
    assert set(saved.countries) == {"HN", "GT"}
    assert not form.is_dirty()
    assert form.lines["a_number"].text() == "A 123-456-789"
    assert "Zoraida Quispe Mamani" in view.title.text()
    assert view.model.rowCount() == 1


def test_add_to_case_from_sources_table_results_and_excerpts(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    library = window.library
    assert library is not None
    case_id = new_case(window)
    honduras, guatemala = source_id(library, "Honduras"), source_id(library, "Guatemala")

    # the sources table: select a row and use the "Add to case…" action
    assert window.center.currentWidget() is window.sources_table
    assert window.sources_table.select_source(honduras)
    window.case_actions.add_action.trigger()
    add_from_dialog(window, case_id)
    exhibits = library.cases.exhibits(case_id)
    assert [(e.source_id, e.scope, e.label) for e in exhibits] == [(honduras, "whole", "1")]
    assert "Tab 1" in window.statusBar().currentMessage()

    # a search result's page, through the results' request signal
    window.results.add_to_case_requested.emit(guatemala, 1)
    dialog = window.case_actions.dialog
    assert isinstance(dialog, AddToCaseDialog)
    dialog.set_case(case_id)
    assert dialog.note.isHidden()  # Guatemala is not in the case yet
    dialog.accept()
    assert library.cases.exhibits(case_id)[-1].scope == "pages"

    # excerpts: select them in the panel and add them; they form an excerpt exhibit
    first = clip(library, guatemala, "forcibly recruited children", countries=["GT"])
    second = clip(library, guatemala, "four officers", countries=["GT"])
    window.excerpts_dock.show()
    window.excerpts_panel.refresh()
    panel = window.excerpts_panel
    panel.table.selectAll()
    assert {e.id for e in panel.selected()} == {first.id, second.id}
    panel.add_to_case_requested.emit([e.id for e in panel.selected()])
    add_from_dialog(window, case_id, lettered=True)
    exhibits = library.cases.exhibits(case_id)
    assert len(exhibits) == 3
    lettered = exhibits[-1]
    assert lettered.lettered and lettered.label == "A" and lettered.scope == "excerpts"
    assert set(lettered.excerpt_ids) == {first.id, second.id}

    # the Cases tab shows all three, with their excerpt counts
    view = window.cases_view
    assert view.current_case_id() == case_id
    model = view.exhibits.model
    assert model.rowCount() == 3
    assert [model.index(r, 0).data() for r in range(3)] == ["1", "2", "A"]
    assert model.index(2, 4).data() == "2"
    assert "Exhibits (3)" in view.tabs.tabText(1).replace("&", "")


def test_a_new_case_can_be_made_from_the_add_dialog(window: MainWindow) -> None:
    library = window.library
    assert library is not None
    window.sources_table.add_to_case_requested.emit(source_id(library, "Honduras"))
    dialog = window.case_actions.dialog
    assert isinstance(dialog, AddToCaseDialog)
    assert dialog.new_radio.isChecked()  # no case yet
    dialog.set_new_case("María José Ñañez")
    dialog.accept()
    cases = library.cases.cases()
    assert [c.applicant_name for c in cases] == ["María José Ñañez"]
    assert len(library.cases.exhibits(cases[0].id)) == 1
    assert window.cases_view.current_case_id() == cases[0].id


def test_reorder_by_drag_and_by_keys(window: MainWindow) -> None:
    library = window.library
    assert library is not None
    case_id = new_case(window)
    honduras, guatemala = source_id(library, "Honduras"), source_id(library, "Guatemala")
    first = library.cases.add_exhibit(case_id, honduras)
    second = library.cases.add_exhibit(case_id, guatemala)
    view = window.cases_view
    view.refresh()
    model = view.exhibits.model
    assert [e.id for e in model.rows] == [first.id, second.id]

    # a drop of the second row above the first asks the library to move it
    mime = QMimeData()
    mime.setData(MIME, QByteArray(str(second.id).encode()))
    assert model.mimeTypes() == [MIME]
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [e.id for e in library.cases.exhibits(case_id)] == [second.id, first.id]
    assert [e.id for e in model.rows] == [second.id, first.id]
    assert [e.label for e in model.rows] == ["1", "2"]

    # Ctrl+Down moves the selected exhibit back down
    view.exhibits.select_exhibit(second.id)
    view.exhibits.down_action.trigger()
    assert [e.id for e in library.cases.exhibits(case_id)] == [first.id, second.id]
    assert view.exhibits.selected() is not None
    assert view.exhibits.selected().id == second.id  # type: ignore[union-attr]

    # pages and the lettered flag
    view.exhibits.set_pages(first.id, "1")
    assert library.cases.exhibit(first.id).scope == "pages"
    view.exhibits.select_exhibit(first.id)
    view.exhibits.lettered_action.trigger()
    assert library.cases.exhibit(first.id).lettered
    view.exhibits.select_exhibit(second.id)
    view.exhibits.remove_action.trigger()
    assert [e.id for e in library.cases.exhibits(case_id)] == [first.id]


def test_drop_position_counts_from_one() -> None:
    assert drop_position(1, 0, 3) == 1  # second row dropped above the first
    assert drop_position(0, 3, 3) == 3  # first row dropped at the end
    assert drop_position(0, 2, 3) == 2
    assert drop_position(2, 2, 3) == 3


def test_coverage_grid_counts_and_marks_gaps(window: MainWindow) -> None:
    library = window.library
    assert library is not None
    case_id = new_case(window)
    honduras = source_id(library, "Honduras")
    excerpt = clip(library, honduras, "Gangs such as MS-13", countries=["HN"],
                   risks=["gang_violence"])
    library.cases.add_excerpts_exhibit(case_id, [excerpt.id])
    view = window.cases_view
    view.refresh()
    view.tabs.setCurrentWidget(view.coverage)
    model = view.coverage.model
    countries = list(model.countries())
    assert countries == ["HN", "GT"]
    persecution = next(r for r, (slug, _) in enumerate(model.rows) if slug == "persecution")
    hn, gt = countries.index("HN"), countries.index("GT")
    assert model.index(persecution, hn).data() == "1"
    assert not model.index(persecution, hn).data(GapRole)
    assert model.index(persecution, gt).data() == "Gap"
    assert model.index(persecution, gt).data(GapRole)
    assert model.index(persecution, gt).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.headerData(hn, Qt.Orientation.Horizontal) == "Honduras"
    assert model.gaps() == len(model.rows[:-1]) * 2 - 1
    assert "gaps" in view.coverage.summary.text()

    # the whole library counts an excerpt the case does not use
    clip(library, source_id(library, "Guatemala"), "four officers", countries=["GT"],
         risks=["asylum_capacity"])
    view.coverage.scope_combo.setCurrentIndex(view.coverage.scope_combo.findData("library"))
    procedure = next(r for r, (slug, _) in enumerate(model.rows)
                     if slug == "full_and_fair_procedure")
    assert model.index(procedure, gt).data() == "1"
    view.coverage.scope_combo.setCurrentIndex(view.coverage.scope_combo.findData("case"))
    assert model.index(procedure, gt).data() == "Gap"


def test_preview_shows_page_thumbnails(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    assert library is not None
    case_id = new_case(window)
    library.cases.add_exhibit(case_id, source_id(library, "Honduras"))
    view = window.cases_view
    view.refresh()
    window.case_actions.show_cases()
    assert view.preview.page_count() == 0
    view.tabs.setCurrentWidget(view.preview)  # showing the tab builds the preview
    qtbot.waitUntil(lambda: view.preview.page_count() > 0)
    preview = view.preview
    assert preview.result is not None
    assert preview.page_count() == preview.result.total_pages
    pixmap = preview.model.data(preview.model.index(0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QPixmap) and not pixmap.isNull()
    assert "pages" in preview.status.text()
    # a change to the case makes the preview out of date; shown, it is built again
    library.cases.add_exhibit(case_id, source_id(library, "Guatemala"))
    before = preview.result.total_pages
    view.refresh()
    qtbot.waitUntil(lambda: preview.result is not None and preview.result.total_pages > before)


def test_export_packet_summary_and_citations(
    qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    library = window.library
    assert library is not None
    case_id = new_case(window, "Zoraida Quispe Mamani")
    honduras, guatemala = source_id(library, "Honduras"), source_id(library, "Guatemala")
    library.cases.add_exhibit(case_id, honduras)
    excerpt = clip(library, guatemala, "four officers", countries=["GT"],
                   risks=["asylum_capacity"])
    library.cases.add_excerpts_exhibit(case_id, [excerpt.id])
    library.cases.edit_case(case_id, service_on="DHS/ICE OPLA", service_method="ECAS",
                      service_date="2026-03-01", a_number="A 123-456-789",
                      court_location="Houston, TX")
    view = window.cases_view
    view.refresh()
    assert view.packet_action.isEnabled()

    dialog = view.export_packet()
    assert isinstance(dialog, ExportDialog)
    assert dialog.limit_spin.value() == 25
    assert dialog.service_check.isChecked()  # the case names whom to serve
    assert Path(dialog.path_edit.text()).name == "Quispe_Mamani_country_conditions.pdf"
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    dialog.path_edit.setText(str(out))
    assert dialog.export()
    assert dialog.pages.currentWidget() is dialog.result_page
    result = dialog.result_
    assert result is not None and not result.cancelled
    assert out.is_file()
    assert dialog.parts_tree.topLevelItemCount() == 1
    assert dialog.parts_tree.topLevelItem(0).text(0) == "packet.pdf"  # type: ignore[union-attr]
    assert not dialog.open_folder_button.isHidden()
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == result.total_pages > 0
    titles = [str(item.title) for item in reader.outline if not isinstance(item, list)]
    assert any(t.startswith("Tab 1: Honduras 2024 report") for t in titles), titles
    assert any(t.startswith("Tab 2: Guatemala 2024 report") for t in titles), titles
    assert "CERTIFICATE OF SERVICE" in (reader.pages[-1].extract_text() or "")
    dialog.close()

    summary = tmp_path / "summary.csv"
    assert view.export_summary(summary)
    with summary.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert any("four officers" in cell for row in rows for cell in row)
    assert "summary.csv" in view.exports.last_message

    citations = tmp_path / "citations.json"
    assert view.export_citations(citations)
    items = json.loads(citations.read_text(encoding="utf-8"))
    assert len(items) == 2
    text = tmp_path / "citations.txt"
    assert view.export_citations(text)
    assert text.read_text(encoding="utf-8").count("Tab ") == 2


def test_export_without_exhibits_and_default_names(window: MainWindow) -> None:
    library = window.library
    assert library is not None
    new_case(window)
    view = window.cases_view
    assert not view.packet_action.isEnabled()
    case = view.current_case()
    assert case is not None
    assert default_file_name(case) == "Zoraida_Quispe_country_conditions.pdf"
    assert default_file_name(library.cases.new_case()) == "country_conditions_packet.pdf"


def test_delete_case_asks_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = window.library
    assert library is not None
    case_id = new_case(window)
    library.cases.add_exhibit(case_id, source_id(library, "Honduras"))
    view = window.cases_view
    view.refresh()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    view.delete_action.trigger()
    assert [c.id for c in library.cases.cases()] == [case_id]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_action.trigger()
    assert library.cases.cases() == []
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.empty
    assert library.catalog.stats()["sources"] == 2  # the sources stay


def test_cases_view_alone_and_without_library(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = CasesView()
    qtbot.addWidget(view)
    view.set_library(None)
    assert not view.new_action.isEnabled()
    assert view.stack.currentWidget() is view.empty


def test_old_sources_get_a_warning_naming_the_newer_edition(
    window: MainWindow, tmp_path: Path
) -> None:
    library = window.library
    assert library is not None
    ids = {}
    for year in (2019, 2024):
        path = tmp_path / f"hn{year}.txt"
        path.write_text(f"{year} Country Report: Honduras\n\nGangs extorted drivers.",
                        encoding="utf-8")
        ids[year] = library.import_files([path], workers=0).imported[0].id
        library.catalog.edit_source(ids[year], title=f"{year} Country Report: Honduras",
                            publisher="Example Watch", published=str(year))
        library.catalog.tag(ids[year], countries=["HN"])
    case_id = new_case(window)
    library.cases.add_exhibit(case_id, ids[2019])
    window.cases_view.refresh()
    model = window.cases_view.exhibits.model
    tip = model.index(0, COL_CURRENT).data(Qt.ItemDataRole.ToolTipRole)
    assert "2024 Country Report: Honduras" in tip
    assert model.index(0, COL_CURRENT).data(Qt.ItemDataRole.DecorationRole) is not None
