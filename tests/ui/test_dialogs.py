"""Tag picker, metadata, excerpt, taxonomy and preferences dialogs, and the start page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from evidence_app.library.facade import Library
from evidence_app.model import Changes, TagSuggestion
from evidence_app.ui.dialogs.preferences_dialog import PreferencesDialog
from evidence_app.ui.dialogs.taxonomy_dialog import TaxonomyDialog, slug_from_label
from evidence_app.ui.library_view.metadata_dialog import MetadataDialog, valid_date
from evidence_app.ui.reader.excerpt_dialog import ExcerptDialog, cite_text
from evidence_app.ui.start_page import StartPage
from evidence_app.ui.widgets.tag_picker import TagPicker

ACA = {"BZ", "EC", "GT", "HN", "PY", "UG", "SV"}


@pytest.fixture
def source_id(ui_library: Library) -> int:
    return ui_library.catalog.sources()[0].id


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal box would block the test; record what it would have said instead."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    return said


# ---------------------------------------------------------------- tag picker
def test_country_picker_lists_aca_countries_first_and_round_trips(qtbot, ui_library) -> None:
    picker = TagPicker(ui_library, "countries")
    qtbot.addWidget(picker)
    first_group = picker.tree.topLevelItem(0)
    codes = {first_group.child(i).data(0, Qt.ItemDataRole.UserRole + 1)
             for i in range(first_group.childCount())}
    assert codes == ACA
    assert "ACA" in first_group.text(0)
    picker.set_selected(["hn", "MX"])
    assert picker.selected() == ["HN", "MX"]
    assert "Honduras" in picker.selected_label.text()


def test_picker_search_ignores_case_and_accents(qtbot, ui_library) -> None:
    picker = TagPicker(ui_library, "countries")
    qtbot.addWidget(picker)
    picker.filter_edit.setText("méxico")
    visible = [code for code, item in picker._items.items() if not item.isHidden()]
    assert visible == ["MX"]
    picker.filter_edit.setText("")
    assert not picker._items["BZ"].isHidden()


def test_suggestion_chip_adds_the_tag_with_one_click(qtbot, ui_library) -> None:
    picker = TagPicker(ui_library, "countries")
    qtbot.addWidget(picker)
    picker.set_selected(["HN"])
    picker.set_suggestions([TagSuggestion("HN", 5), TagSuggestion("GT", 2)])
    chips = picker.suggestion_buttons()
    assert [c.property("tag_code") for c in chips] == ["GT"]  # HN is already chosen
    with qtbot.waitSignal(picker.selection_changed):
        qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert picker.selected() == ["GT", "HN"]
    assert not picker.suggestion_buttons()


def test_set_selected_does_not_emit(qtbot, ui_library) -> None:
    picker = TagPicker(ui_library, "risks")
    qtbot.addWidget(picker)
    with qtbot.assertNotEmitted(picker.selection_changed):
        picker.set_selected(["gang_violence"])
    assert picker.selected() == ["gang_violence"]


def test_risk_picker_groups_by_legal_element_and_keeps_hidden_tags(qtbot, ui_library) -> None:
    ui_library.taxonomy.edit_risk_type("religion", hidden=True)
    picker = TagPicker(ui_library, "risks")
    qtbot.addWidget(picker)
    groups = [picker.tree.topLevelItem(i).text(0) for i in range(picker.tree.topLevelItemCount())]
    assert groups[:2] == ["Risk of persecution", "Risk of torture"]
    assert "religion" not in picker._items
    picker.set_selected(["religion", "gang_violence"])
    assert set(picker.selected()) == {"religion", "gang_violence"}
    picker.remove("religion")
    assert picker.selected() == ["gang_violence"]


# ---------------------------------------------------------------- metadata dialog
def test_valid_date_accepts_partial_dates_only_when_real() -> None:
    assert all(valid_date(d) for d in ("", "2024", "2024-02", "2024-02-29"))
    assert not any(valid_date(d) for d in ("2023-02-29", "2024-13", "24", "March 2024"))


def test_metadata_dialog_rejects_bad_dates_with_a_clear_message(qtbot, ui_library, source_id):
    dialog = MetadataDialog(ui_library, source_id)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    dialog.edits["published"].setText("March 2024")
    assert not save.isEnabled()
    assert "YYYY-MM-DD" in dialog.date_message()
    dialog.edits["published"].setText("2024-03")
    assert save.isEnabled() and dialog.date_message() == ""


def test_metadata_dialog_saves_fields_and_tags(qtbot, ui_library, source_id) -> None:
    dialog = MetadataDialog(ui_library, source_id)
    qtbot.addWidget(dialog)
    assert dialog.countries.selected() == ["HN"]
    dialog.edits["title"].setText("Honduras: Human Rights Report 2024")
    dialog.edits["publisher"].setText("U.S. Department of State")
    dialog.edits["published"].setText("2024-04-22")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("government_report"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.countries.set_selected(["HN", "GT"])
    dialog.risks.set_selected(["gang_violence"])
    with qtbot.waitSignal(dialog.changed) as signal:
        dialog.save()
    changes = signal.args[0]
    assert isinstance(changes, Changes) and changes.sources and changes.tags
    source = ui_library.catalog.source(source_id)
    assert source.title == "Honduras: Human Rights Report 2024"
    assert source.published == "2024-04-22"
    assert source.kind == "government_report"
    assert set(source.countries) == {"HN", "GT"}
    assert source.risks == ("gang_violence",)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_metadata_dialog_offers_suggestions_from_the_text(qtbot, ui_library, source_id) -> None:
    dialog = MetadataDialog(ui_library, source_id)
    qtbot.addWidget(dialog)
    chips = {c.property("tag_code"): c for c in dialog.risks.suggestion_buttons()}
    assert "gang_violence" in chips
    chip = chips["gang_violence"]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert "gang_violence" in dialog.risks.selected()


def test_metadata_dialog_without_changes_writes_nothing(qtbot, ui_library, source_id) -> None:
    dialog = MetadataDialog(ui_library, source_id)
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.save()
    assert dialog.pending_fields() == {}


# ---------------------------------------------------------------- excerpt dialog
def test_new_excerpt_shows_cite_and_saves_with_source_tags(qtbot, ui_library, source_id) -> None:
    page = ui_library.catalog.pages(source_id)[0]
    start = page.text.index("Gangs")
    end = page.text.index("Sula.") + len("Sula.")
    quote = page.text[start:end]
    dialog = ExcerptDialog(
        ui_library, None, source_id=source_id, page_no=page.page_no, start=start, end=end,
        quote=quote,
    )
    qtbot.addWidget(dialog)
    title = ui_library.catalog.source(source_id).title
    # the quote's own paragraph (the title is ¶ 1), not the passage
    assert ui_library.excerpts.pinpoint(source_id, page.page_no, start, end) == "¶ 2"
    assert dialog.citation == cite_text(title, "¶ 2")
    assert dialog.citation.startswith(title)
    assert dialog.countries.selected() == ["HN"]
    dialog.note_edit.setPlainText("Extortion of bus drivers")
    dialog.risks.set_selected(["gang_violence"])
    with qtbot.waitSignal(dialog.changed) as signal:
        dialog.save()
    assert signal.args[0].excerpts
    [excerpt] = ui_library.excerpts.excerpts()
    assert excerpt.quote == quote
    assert excerpt.note == "Extortion of bus drivers"
    assert excerpt.countries == ("HN",) and excerpt.risks == ("gang_violence",)
    assert dialog.excerpt is not None and dialog.excerpt.id == excerpt.id


def test_edit_excerpt_changes_note_and_tags(qtbot, ui_library, source_id) -> None:
    excerpt = ui_library.excerpts.add_excerpt(source_id, 1, 0, 20, note="first")
    dialog = ExcerptDialog.edit(ui_library, excerpt)
    qtbot.addWidget(dialog)
    assert dialog.note_edit.toPlainText() == "first"
    assert dialog.quote_view.toPlainText() == excerpt.quote
    dialog.note_edit.setPlainText("second")
    dialog.countries.set_selected(["HN", "SV"])
    with qtbot.waitSignal(dialog.changed):
        dialog.save()
    saved = ui_library.excerpts.excerpt(excerpt.id)
    assert saved.note == "second" and set(saved.countries) == {"HN", "SV"}


def test_cite_text_uses_paragraph_labels_as_they_are() -> None:
    assert cite_text("Report", "7") == "Report, p. 7"
    assert cite_text("Report", "¶ 3–5") == "Report, ¶ 3–5"


# ---------------------------------------------------------------- taxonomy dialog
def test_slug_is_derived_from_the_english_label() -> None:
    assert slug_from_label("Violence against street vendors") == "violence_against_street_vendors"
    assert slug_from_label("Niños y niñas") == "ninos_y_ninas"
    assert slug_from_label("Children", taken={"children"}) == "children_2"
    assert slug_from_label("2025 crackdown").startswith("risk_2025")


def test_taxonomy_dialog_adds_a_risk_type(qtbot, ui_library) -> None:
    dialog = TaxonomyDialog(ui_library)
    qtbot.addWidget(dialog)
    dialog.new_risk_type()
    dialog.label_en.setText("Violence against street vendors")
    assert dialog.slug_label.text() == "violence_against_street_vendors"
    dialog.label_es.setText("Violencia contra vendedores ambulantes")
    dialog.element_combo.setCurrentIndex(dialog.element_combo.findData("persecution"))
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData("persecution"))
    dialog.keywords.setPlainText("street vendors\n  Vendedores Ambulantes \n\n")
    with qtbot.waitSignal(dialog.changed) as signal:
        dialog.save_risk_type()
    assert signal.args[0].taxonomy
    risk = next(
        r for r in ui_library.taxonomy.risk_types() if r.slug == "violence_against_street_vendors"
    )
    assert risk.label_es == "Violencia contra vendedores ambulantes"
    assert risk.parent == "persecution" and risk.legal_element == "persecution"
    assert risk.keywords == ("street vendors", "vendedores ambulantes")
    assert dialog.current_slug == "violence_against_street_vendors"


def test_taxonomy_dialog_renames_and_hides(qtbot, ui_library) -> None:
    dialog = TaxonomyDialog(ui_library)
    qtbot.addWidget(dialog)
    dialog.select_risk("religion")
    assert dialog.label_en.text()
    dialog.label_en.setText("Religion or belief")
    with qtbot.waitSignal(dialog.changed):
        dialog.save_risk_type()
    assert next(r for r in ui_library.taxonomy.risk_types() if r.slug == "religion").label_en == (
        "Religion or belief"
    )
    with qtbot.waitSignal(dialog.changed):
        dialog.toggle_hidden()
    assert next(r for r in ui_library.taxonomy.risk_types() if r.slug == "religion").hidden
    assert "religion" not in {r.slug for r in ui_library.taxonomy.risk_types(include_hidden=False)}
    with qtbot.waitSignal(dialog.changed):
        dialog.toggle_hidden()
    assert not next(r for r in ui_library.taxonomy.risk_types() if r.slug == "religion").hidden


def test_taxonomy_dialog_refuses_an_empty_label(qtbot, ui_library) -> None:
    dialog = TaxonomyDialog(ui_library)
    qtbot.addWidget(dialog)
    dialog.new_risk_type()
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.save_risk_type()
    assert "English label" in dialog.error_message


def test_taxonomy_dialog_edits_a_country(qtbot, ui_library) -> None:
    dialog = TaxonomyDialog(ui_library)
    qtbot.addWidget(dialog)
    tab = dialog.countries_tab
    assert tab.country_model.rows[0].is_aca  # ACA countries come first
    tab.select_country("SV")
    assert tab.current_country().code == "SV"
    tab.date_edits["aca_signed"].setText("2019-09-20")
    tab.country_notes.setPlainText("Signed 20 September 2019; never implemented.")
    with qtbot.waitSignal(dialog.changed):  # the tab's signal reaches the dialog's
        tab.save_country()
    country = ui_library.taxonomy.country("SV")
    assert country.aca_signed == "2019-09-20"
    assert country.notes == "Signed 20 September 2019; never implemented."
    tab.select_country("SV")
    tab.date_edits["aca_ended"].setText("sometime")
    with qtbot.assertNotEmitted(tab.changed):
        tab.save_country()
    assert "YYYY-MM-DD" in tab.error_message


def test_country_filter_finds_spanish_names(qtbot, ui_library) -> None:
    dialog = TaxonomyDialog(ui_library)
    qtbot.addWidget(dialog)
    tab = dialog.countries_tab
    tab.country_filter.setText("belice")
    assert tab.country_proxy.rowCount() == 1
    tab.country_filter.clear()
    tab.agreements_check.setChecked(True)
    proxy = tab.country_proxy
    shown = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert ACA <= shown and "FR" not in shown


# ---------------------------------------------------------------- preferences, start page
def test_preferences_store_the_language_and_announce_it(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language() == "system"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    with qtbot.waitSignal(dialog.language_changed) as signal:
        dialog.accept()
    assert signal.args == ["es"]
    assert QSettings().value("Preferences/language") == "es"
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language() == "es"
    with qtbot.assertNotEmitted(again.language_changed):
        again.accept()


def test_start_page_explains_and_offers_two_actions(qtbot) -> None:
    page = StartPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.import_requested):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.open_requested):
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    text = page.aca_text.text()
    for country in ("Belize", "Ecuador", "Guatemala", "Honduras", "Paraguay", "Uganda"):
        assert country in text
    assert "El Salvador" in text and "ended" in text
    assert "risk" in page.tags_text.text().lower()
    assert page.styleSheet() == ""  # colours come from the palette, light or dark
