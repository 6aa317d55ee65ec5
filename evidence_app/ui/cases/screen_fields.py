"""The case form's "Screen against the agreements" group: the respondent's nationality, date
of entry and arrival as an unaccompanied child. Private case data: it stays in the library."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from evidence_app.model.cases import Case

from ..labels import country_name
from ..widgets.form_widgets import DateField, FieldMessage

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class ScreenFields(QGroupBox):
    """Signal `changed()` whenever a field changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nationality = QComboBox(self)
        self.nationality.setEditable(False)
        self.entry_date = DateField(self)
        self.entry_message = FieldMessage(self)
        self.unaccompanied = QCheckBox(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.nationality_label = QLabel(self)
        self.nationality_label.setBuddy(self.nationality)
        self.entry_label = QLabel(self)
        self.entry_label.setBuddy(self.entry_date.edit)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.hint)
        form.addRow(self.nationality_label, self.nationality)
        form.addRow(self.entry_label, self.entry_date)
        form.addRow("", self.entry_message)
        form.addRow("", self.unaccompanied)
        self.nationality.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.entry_date.text_changed.connect(lambda _t: self.changed.emit())
        self.unaccompanied.toggled.connect(lambda _b: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Screen against the agreements"))
        self.hint.setText(self.tr(
            "Used only for the screen of this case (Screen tab); never shared in a bundle."))
        self.nationality_label.setText(self.tr("Nationa&lity:"))
        self.nationality.setAccessibleName(self.tr("Nationality"))
        self.entry_label.setText(self.tr("Date of &entry:"))
        self.entry_date.setAccessibleName(self.tr("Date of entry to the United States"))
        self.entry_date.setToolTip(self.tr("Date of entry to the United States, YYYY-MM-DD"))
        self.unaccompanied.setText(self.tr("Arrived as an &unaccompanied child"))
        if self.nationality.count():
            self.nationality.setItemText(0, self.tr("Not known"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_library(self, library: Library | None) -> None:
        current = self.nationality.currentData()
        self.nationality.blockSignals(True)
        self.nationality.clear()
        self.nationality.addItem(self.tr("Not known"), "")
        if library is not None:
            countries = sorted(
                library.taxonomy.countries(), key=lambda c: country_name(c).casefold()
            )
            for country in countries:
                self.nationality.addItem(f"{country_name(country)} ({country.code})",
                                         country.code)
        self.nationality.setCurrentIndex(max(0, self.nationality.findData(current or "")))
        self.nationality.blockSignals(False)

    def load(self, case: Case | None) -> None:
        code = case.nationality if case is not None else ""
        self.nationality.setCurrentIndex(max(0, self.nationality.findData(code)))
        self.entry_date.setText(case.entry_date if case is not None else "")
        self.unaccompanied.setChecked(bool(case is not None and case.unaccompanied))

    def values(self) -> dict[str, object]:
        return {"nationality": str(self.nationality.currentData() or ""),
                "entry_date": self.entry_date.text(),
                "unaccompanied": self.unaccompanied.isChecked()}

    def validate(self, message: str) -> bool:
        valid = self.entry_date.is_valid()
        self.entry_message.show_message("" if valid else message)
        return valid
