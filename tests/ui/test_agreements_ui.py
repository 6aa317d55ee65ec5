"""The agreement page (from the countries list and from a case's screen), the case form's
screen fields, the Screen tab and the agreement terms in the coverage grid."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from evidence_app.library.facade import Library
from evidence_app.ui.agreements.page import AgreementPage
from evidence_app.ui.agreements.record_editor import AgreementEditDialog
from evidence_app.ui.library_view.countries_tab import CountriesTab
from evidence_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ui_library: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_agreement_page_shows_sources_edits_and_restores(qtbot, ui_library: Library) -> None:  # type: ignore[no-untyped-def]
    tab = CountriesTab(ui_library)
    qtbot.addWidget(tab)
    tab.select_country("HN")
    assert tab.agreement_button.isEnabled()
    assert tab.agreement_combo.count() == 2
    assert tab.agreement_combo.currentData() == "hn-2025"
    page = tab.open_agreement()
    assert isinstance(page, AgreementPage)
    text = page.facts.toPlainText()
    assert "10 people a month" in text and "La Prensa" in text and "report about it" in text
    assert "official text" in text  # the Federal Register notice
    assert not page.restore_button.isEnabled()
    editor = AgreementEditDialog(ui_library, page.agreement, page)
    editor.text.setPlainText("{broken")
    editor.save()
    assert editor.error.text() and ui_library.agreements.agreement("hn-2025").origin == "shipped"
    editor.text.setPlainText(_with_cap(ui_library, 12))
    editor.save()
    assert ui_library.agreements.agreement("hn-2025").cap.number == 12
    page.reload()
    assert "Edited by you" in page.status.text() and page.restore_button.isEnabled()
    page.restore()
    assert ui_library.agreements.agreement("hn-2025").cap.number == 10
    assert not page.restore_button.isEnabled()
    page.close()
    tab.select_country("PE")
    assert not tab.agreement_button.isEnabled()
    assert tab.open_agreement() is None


def _with_cap(library: Library, number: int) -> str:
    import json

    from evidence_app.agreements.data import agreement_to_dict

    record = agreement_to_dict(library.agreements.agreement("hn-2025"))
    record["cap"]["number"] = number
    return json.dumps(record)


def test_case_form_screen_fields_and_screen_tab(window: MainWindow, tmp_path: Path) -> None:
    library = window.library
    assert library is not None
    view = window.cases_view
    view.new_case(applicant_name="R", countries=["HN", "UG"])
    case_id = view.current_case_id()
    assert case_id is not None
    form = view.form
    fields = form.screen_fields
    fields.nationality.setCurrentIndex(fields.nationality.findData("VE"))
    fields.entry_date.setText("2024-02-30")
    assert not form.save_button.isEnabled()
    fields.entry_date.setText("2024-03-02")
    fields.unaccompanied.setChecked(True)
    assert form.is_dirty() and form.save_button.isEnabled()
    form.save_button.click()
    saved = library.cases.case(case_id)
    assert (saved.nationality, saved.entry_date, saved.unaccompanied) == (
        "VE", "2024-03-02", True)
    screen = view.screen_panel
    assert screen.case_screen is not None and screen.case_screen.case_id == case_id
    text = screen.browser.toPlainText()
    assert "Spanish-speaking Latin American" in text and "La Prensa" in text
    assert "criminal records" in text and "Eagle Online" in text
    assert "not legal advice" in screen.advice.text()
    assert screen.outside_count() >= 2  # unaccompanied child: Honduras and Uganda
    assert view.tabs.tabText(4).replace("&", "") == "Screen (2 to check)"
    page = view.open_agreement("ug-2025")
    assert page is not None and "Uganda" in page.windowTitle()
    page.close()
    screen.browser.anchorClicked.emit(QUrl("agreement:hn-2025"))


def test_an_exhibit_about_the_agreement_fills_the_grid(window: MainWindow) -> None:
    library = window.library
    assert library is not None
    source = library.catalog.sources()[0]
    view = window.cases_view
    view.new_case(applicant_name="R", countries=["HN"])
    case_id = view.current_case_id()
    assert case_id is not None
    library.cases.add_exhibit(case_id, source.id)
    view.reload_case()
    model = view.coverage.model
    row = next(i for i, (slug, _) in enumerate(model.rows) if slug == "numerical_cap")
    assert model.is_gap(row, 0)
    library.agreements.link_agreement_source("hn-2025", source.id)
    view.reload_case()
    assert not model.is_gap(row, 0)
    assert "agreement" in str(model.data(model.index(row, 0)))
    assert "Tab 1" in view.screen_panel.browser.toPlainText()


def test_bundle_import_report_offers_the_held_records(
    qtbot, ui_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from evidence_app.ui.dialogs.bundle_dialog import BundleImportDialog

    with Library.open(tmp_path / "org") as org:
        hn = org.agreements.agreement("hn-2025")
        org.agreements.edit_agreement(
            "hn-2025", replace(hn, status=replace(hn.status, as_of="2026-06-01"))
        )
        org.bundles.export_bundle(tmp_path / "org.evbundle")
    mine = ui_library.agreements.agreement("hn-2025")
    ui_library.agreements.edit_agreement("hn-2025", replace(mine, discretion=replace(
        mine.discretion, words="Edited here")))
    dialog = BundleImportDialog(ui_library, tmp_path / "org.evbundle")
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.outcome is not None
    texts = [dialog.details.topLevelItem(i).text(0)
             for i in range(dialog.details.topLevelItemCount())]
    assert "Agreement records" in texts
    assert not dialog.agreements.button.isHidden()
    assert ui_library.agreements.agreement("hn-2025").user_edited
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.changed):
        dialog.agreements.button.click()
    assert ui_library.agreements.agreement("hn-2025").status.as_of == "2026-06-01"
    assert dialog.agreements.button.isHidden()
