"""The form that edits an agreement record: facts with their sources, errors next to the
field, saving through the library (the case's screen follows) and restoring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.library.facade import Library
from evidence_app.ui.agreements.form import AgreementForm
from evidence_app.ui.agreements.page import AgreementPage


def _cap_finding(library: Library, case_id: int):  # type: ignore[no-untyped-def]
    screen = library.agreements.screen_case(case_id)
    country = next(c for c in screen.countries if c.country == "HN")
    return next(f for f in country.findings if f.kind == "cap" and f.agreement_id == "hn-2025")


def test_editing_the_cap_and_its_source_changes_the_record_and_the_screen(
        qtbot: QtBot, ui_library: Library) -> None:
    case = ui_library.cases.new_case(applicant_name="R", countries=["HN"], nationality="VE",
                               entry_date="2024-03-02")
    assert _cap_finding(ui_library, case.id).number == 10
    form = AgreementForm(ui_library, ui_library.agreements.agreement("hn-2025"))
    qtbot.addWidget(form)
    cap = form.editors["cap"]
    assert cap.number is not None and cap.number.value() == 10
    assert cap.source.currentData() == "hn_press"
    cap.number.setValue(12)
    cap.words.setText("12 people a month, as the new press release says.")
    key = form.add_source({"title": "Press release of the Honduran foreign ministry",
                           "publisher": "Cancillería de Honduras", "date": "2026-02-01",
                           "url": "https://example.org/hn", "official": True})
    cap.source.setCurrentIndex(cap.source.findData(key))  # the new source is in every combo
    assert form.editors["discretion"].source.findData(key) > 0
    criminal = form.editors["excludes_criminal_records"]
    assert criminal.unknown.isChecked() and not criminal.words.isEnabled()
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClick(cap.words, Qt.Key.Key_Return)  # Enter saves
    assert form.saved
    saved = ui_library.agreements.agreement("hn-2025")
    assert saved.cap.number == 12 and saved.user_edited
    assert saved.source(saved.cap.source) is not None
    assert saved.source(saved.cap.source).title.startswith("Press release")  # type: ignore[union-attr]
    assert saved.transferable.countries == ui_library.agreements.shipped_agreement(
        "hn-2025").transferable.countries  # type: ignore[union-attr]
    finding = _cap_finding(ui_library, case.id)
    assert finding.number == 12 and "new press release" in finding.words
    assert finding.source is not None and finding.source.official


def test_a_bad_date_shows_its_error_and_saves_nothing(qtbot: QtBot, ui_library: Library) -> None:
    form = AgreementForm(ui_library, ui_library.agreements.agreement("hn-2025"))
    qtbot.addWidget(form)
    signed = form.editors["signed"]
    assert signed.date is not None
    signed.date.setText("10 March 2025")
    form.editors["cap"].number.setValue(99)  # type: ignore[union-attr]
    form.save()
    assert not form.saved
    assert "YYYY-MM-DD" in signed.error.text() and not signed.error.isHidden()
    assert "Signed" in form.error.text()
    assert ui_library.agreements.agreement("hn-2025").origin == "shipped"
    assert ui_library.agreements.agreement("hn-2025").cap.number == 10
    signed.date.setText("2025-03-10")
    words = form.editors["discretion"].words
    words.setText("")
    form.save()
    assert "plain words" in form.editors["discretion"].error.text()
    assert signed.error.text() == ""
    assert ui_library.agreements.agreement("hn-2025").origin == "shipped"


def test_nationalities_picker_and_restore(qtbot: QtBot, ui_library: Library) -> None:
    page = AgreementPage(ui_library, "ug-2025")
    qtbot.addWidget(page)
    form = AgreementForm(ui_library, page.agreement, page)
    qtbot.addWidget(form)
    excluded = form.editors["excluded_nationalities"]
    assert excluded.countries is not None
    excluded.unknown.setChecked(False)
    excluded.words.setText("Not Venezuelans.")
    excluded.source.setCurrentIndex(1)
    excluded.countries.set_codes({"VE"})
    flag = form.editors["excludes_criminal_records"].flag
    assert flag is not None and flag.currentData() is True
    form.save()
    assert form.saved
    assert ui_library.agreements.agreement("ug-2025").excluded_nationalities.countries == ("VE",)
    page.reload()
    assert page.restore_button.isEnabled() and "Edited by you" in page.status.text()
    page.restore()
    assert ui_library.agreements.agreement("ug-2025").origin == "shipped"
    assert "VE" not in ui_library.agreements.agreement("ug-2025").excluded_nationalities.countries


def test_new_source_from_a_facts_combo_and_ctrl_s(qtbot: QtBot, ui_library: Library,
                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import evidence_app.ui.agreements.form as agreement_form
    from evidence_app.ui.agreements.fact_editor import NEW_SOURCE, SourceDialog

    bad = SourceDialog({"title": "", "url": "ftp://x"})
    qtbot.addWidget(bad)
    bad.check()
    assert "https://" in bad.error.text() and bad.result() == 0
    bad.url.clear()
    bad.check()
    assert "title" in bad.error.text() and bad.result() == 0

    class Filled(SourceDialog):
        def exec(self) -> int:
            self.title.setText("Eagle Online report")
            self.date.setText("2025-08")
            return 1

    monkeypatch.setattr(agreement_form, "SourceDialog", Filled)
    form = AgreementForm(ui_library, ui_library.agreements.agreement("hn-2025"))
    qtbot.addWidget(form)
    discretion = form.editors["discretion"]
    last = discretion.source.findData(NEW_SOURCE)
    discretion.source.setCurrentIndex(last)
    discretion.source.activated.emit(last)  # the user picks "New source…"
    assert discretion.source.currentText() == "Eagle Online report"
    assert form.source_list.count() == 6
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    discretion.words.setFocus()
    qtbot.keyClick(discretion.words, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.saved
    saved = ui_library.agreements.agreement("hn-2025")
    assert saved.source(saved.discretion.source).title == "Eagle Online report"  # type: ignore[union-attr]


def test_the_page_edits_through_the_form_and_esc_cancels(
        qtbot: QtBot, ui_library: Library, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import evidence_app.ui.agreements.form as agreement_form

    form = AgreementForm(ui_library, ui_library.agreements.agreement("hn-2025"))
    qtbot.addWidget(form)
    form.editors["cap"].number.setValue(50)  # type: ignore[union-attr]
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClick(form.editors["cap"].words, Qt.Key.Key_Escape)
    assert not form.isVisible() and not form.saved
    assert ui_library.agreements.agreement("hn-2025").cap.number == 10

    def run(self: AgreementForm) -> int:
        self.editors["cap"].number.setValue(20)  # type: ignore[union-attr]
        self.save()
        return 1 if self.saved else 0

    monkeypatch.setattr(agreement_form.AgreementForm, "exec", run)
    page = AgreementPage(ui_library, "hn-2025")
    qtbot.addWidget(page)
    page.edit()
    assert ui_library.agreements.agreement("hn-2025").cap.number == 20
    assert "Saved" in page.message.text() and "Edited by you" in page.status.text()
    assert page.agreement.cap.number == 20 and page.restore_button.isEnabled()
