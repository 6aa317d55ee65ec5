"""Widgets of the agreement form (agreement_form.py): one fact with its source and its typed
slots, a checkable country list, and the "Source…" sub-form. Each fact editor turns itself
back into the record's JSON form; agreement_data.py validates the whole record on save."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evidence_app.agreements.data import fact_to_dict
from evidence_app.model import Country
from evidence_app.model.agreements import STATUSES, AgreementFact
from evidence_app.ui.agreements.labels import fact_label, status_label, translate
from evidence_app.ui.labels import country_name

NEW_SOURCE = "\x00new"  # the source combos' "New source…" entry
DATE_FIELDS = {"signed": "date", "in_force": "date", "suspended": "date",
               "federal_register": "date", "entry_date_rule": "on_or_after"}
COUNTRY_FIELDS = ("transferable", "excluded_nationalities")
FLAG_FIELDS = ("excludes_unaccompanied_children", "excludes_criminal_records")
PERIODS = ("", "month", "year", "total")
ERROR_STYLE = "QLabel { color: #b00020; }"


def _date_edit(parent: QWidget, text: str) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setPlaceholderText(translate("AgreementForm", "YYYY-MM-DD, YYYY-MM, YYYY or unknown"))
    edit.setMaximumWidth(300)
    return edit


def problem_text(where: str, problem: str) -> str:
    """agreement_data.py's problem, in the window's language, for the field `where`."""
    if problem.startswith("use YYYY"):
        return translate("AgreementForm", "Write the date as YYYY-MM-DD, YYYY-MM or YYYY (for "
                                          "example 2025-03-10), or unknown.")
    if problem == "the status needs an as-of date":
        return translate("AgreementForm", "The status needs the date it describes (as of).")
    if problem == "is empty" and where.endswith(".words"):
        return translate("AgreementForm", "Write the fact in plain words, as the source "
                                          "states it, or tick \"Unknown\".")
    if problem == "is empty" and where.endswith(".source"):
        return translate("AgreementForm", "Choose the source of this fact.")
    if problem == "is empty" and where.endswith(".title"):
        return translate("AgreementForm", "A source needs a title.")
    if problem == "is empty":
        return translate("AgreementForm", "This cannot be empty.")
    if problem.startswith("an address starts"):
        return translate("AgreementForm", "An address starts with https:// (or leave it empty).")
    if problem.startswith("longer than"):
        return translate("AgreementForm", "Too long: at most 2000 characters.")
    if problem.endswith("is not a two-letter country code"):
        return translate("AgreementForm", "Use two-letter country codes.")
    return problem


class CountryPicker(QWidget):
    """The countries as a checkable list with a filter; `codes()` the ticked ones."""

    def __init__(self, countries: list[Country], chosen: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("AgreementForm", "Filter countries…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(150)
        names = {c.code: country_name(c) for c in countries}
        for code in chosen:  # a code the library does not list still shows
            names.setdefault(code, code)
        # The ticked ones first, so what the record says shows without scrolling.
        for code, name in sorted(names.items(),
                                 key=lambda item: (item[0] not in chosen, item[1].casefold())):
            item = QListWidgetItem(f"{name} ({code})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen
                               else Qt.CheckState.Unchecked)
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def codes(self) -> list[str]:
        return [str(self.list.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: set[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


class SourceDialog(QDialog):
    """The "Source…" sub-form: title, publisher, date, address, official text or report."""

    def __init__(self, raw: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        raw = raw or {}
        self.setWindowTitle(self.tr("Source of a fact"))
        self.title = QLineEdit(str(raw.get("title", "")), self)
        self.publisher = QLineEdit(str(raw.get("publisher", "")), self)
        self.date = _date_edit(self, str(raw.get("date", "")))
        self.url = QLineEdit(str(raw.get("url", "")), self)
        self.url.setPlaceholderText("https://…")
        self.official = QCheckBox(self.tr("The agreement's official text (or the government's "
                                          "publication of it)"), self)
        self.official.setChecked(bool(raw.get("official", False)))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Publisher:"), self.publisher)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow("", self.official)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 240)

    def raw(self) -> dict[str, Any]:
        return {"title": self.title.text().strip(), "publisher": self.publisher.text().strip(),
                "date": self.date.text().strip(), "url": self.url.text().strip(),
                "official": self.official.isChecked()}

    def check(self) -> None:
        from evidence_app.agreements.data import AgreementInvalid, parse_source

        try:
            parse_source("new", self.raw(), "form")
        except AgreementInvalid as exc:
            self.error.setText(problem_text(exc.where, exc.problem))
            return
        self.accept()


class FactEditor(QGroupBox):
    """One fact: unknown, or its words, its source and the slots its kind has."""

    source_chosen = Signal(object)  # the combo, when "New source…" is picked

    def __init__(self, name: str, fact: AgreementFact, countries: list[Country],
                 title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title or fact_label(name), parent)
        self.name = name
        self.original = fact_to_dict(fact) if fact.known else {}
        form = QFormLayout(self)
        self.unknown = QCheckBox(self.tr("Unknown: the sources say nothing"), self)
        self.unknown.setChecked(not fact.known)
        if name != "status":
            form.addRow("", self.unknown)
        else:  # a record always states its status
            self.unknown.hide()
        self.words = QLineEdit(fact.words, self)
        self.words.setPlaceholderText(self.tr("The fact in plain words, as the source states it"))
        form.addRow(self.tr("In words:"), self.words)
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Source"))
        self.source.activated.connect(self._source_activated)
        self._source_key = fact.source
        form.addRow(self.tr("Source:"), self.source)
        self.value: QComboBox | None = None
        self.as_of: QLineEdit | None = None
        self.date: QLineEdit | None = None
        self.citation: QLineEdit | None = None
        self.countries: CountryPicker | None = None
        self.regions: QLineEdit | None = None
        self.condition: QLineEdit | None = None
        self.flag: QComboBox | None = None
        self.number: QSpinBox | None = None
        self.period: QComboBox | None = None
        if name == "status":
            self.value = QComboBox(self)
            for status in STATUSES:
                self.value.addItem(status_label(status), status)
            self.value.setCurrentIndex(max(0, self.value.findData(fact.value)))
            self.as_of = _date_edit(self, fact.as_of)
            form.insertRow(0, self.tr("Status:"), self.value)
            form.insertRow(1, self.tr("As of:"), self.as_of)
            QWidget.setTabOrder(self.value, self.as_of)
            QWidget.setTabOrder(self.as_of, self.words)
        if name == "federal_register":
            self.citation = QLineEdit(fact.citation, self)
            self.citation.setPlaceholderText(self.tr("e.g. 90 FR 12345, or unknown"))
            form.addRow(self.tr("Citation:"), self.citation)
        if name in DATE_FIELDS:
            slot = DATE_FIELDS[name]
            self.date = _date_edit(self, getattr(fact, slot))
            label = self.tr("Entries on or after:") if slot == "on_or_after" else self.tr("Date:")
            form.addRow(label, self.date)
        if name in COUNTRY_FIELDS:
            self.countries = CountryPicker(countries, fact.countries, self)
            self.regions = QLineEdit(", ".join(fact.regions), self)
            self.regions.setPlaceholderText(self.tr("Regions in words, separated by commas"))
            self.condition = QLineEdit(fact.condition, self)
            form.addRow(self.tr("Nationalities:"), self.countries)
            form.addRow(self.tr("Regions:"), self.regions)
            form.addRow(self.tr("Condition:"), self.condition)
        if name in FLAG_FIELDS:
            self.flag = QComboBox(self)
            self.flag.addItem(self.tr("Yes, excluded"), True)
            self.flag.addItem(self.tr("No, not excluded"), False)
            self.flag.addItem(self.tr("Unknown"), None)
            self.flag.setCurrentIndex(max(0, self.flag.findData(fact.flag)))
            form.addRow(self.tr("Excluded:"), self.flag)
        if name == "cap":
            self.number = QSpinBox(self)
            self.number.setRange(-1, 10_000_000)
            self.number.setSpecialValueText(self.tr("no number"))
            self.number.setValue(-1 if fact.number is None else fact.number)
            self.number.setMaximumWidth(220)
            self.period = QComboBox(self)
            words = (self.tr("—"), self.tr("a month"), self.tr("a year"), self.tr("in total"))
            for period, label in zip(PERIODS, words, strict=True):
                self.period.addItem(label, period)
            self.period.setCurrentIndex(max(0, self.period.findData(fact.period)))
            self.period.setMaximumWidth(220)
            form.addRow(self.tr("How many people:"), self.number)
            form.addRow(self.tr("Per:"), self.period)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form.addRow(self.error)
        self.unknown.toggled.connect(self._known_changed)
        self._known_changed(self.unknown.isChecked())

    def _known_changed(self, unknown: bool) -> None:
        for child in self.findChildren(QWidget):
            if child not in (self.unknown, self.error) and child.parent() is self:
                child.setEnabled(not unknown or self.name == "status")

    def set_sources(self, sources: list[tuple[str, str]]) -> None:
        """(key, title) of the record's sources, then "New source…"."""
        key = self.source_key()
        self.source.clear()
        self.source.addItem(self.tr("(choose a source)"), "")
        for source_key, title in sources:
            self.source.addItem(title, source_key)
        self.source.addItem(self.tr("New source…"), NEW_SOURCE)
        self.source.setCurrentIndex(max(0, self.source.findData(key)))

    def source_key(self) -> str:
        data = self.source.currentData()
        if self.source.count() and data != NEW_SOURCE:
            self._source_key = str(data or "")
        return self._source_key

    def choose_source(self, key: str) -> None:
        self._source_key = key
        self.source.setCurrentIndex(max(0, self.source.findData(key)))

    def _source_activated(self, _index: int) -> None:
        if self.source.currentData() == NEW_SOURCE:
            self.source.setCurrentIndex(max(0, self.source.findData(self._source_key)))
            self.source_chosen.emit(self)
        else:
            self._source_key = str(self.source.currentData() or "")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def to_raw(self) -> dict[str, Any]:
        """The fact's JSON form; slots the form does not show are kept as they were."""
        if self.unknown.isChecked() and self.name != "status":
            return {"unknown": True}
        raw: dict[str, Any] = dict(self.original)
        raw.pop("unknown", None)
        raw["words"] = self.words.text().strip()
        raw["source"] = self.source_key()
        if self.value is not None and self.as_of is not None:
            raw["value"] = self.value.currentData()
            raw["as_of"] = self.as_of.text().strip()
        if self.citation is not None:
            raw["citation"] = self.citation.text().strip()
        if self.date is not None:
            raw[DATE_FIELDS[self.name]] = self.date.text().strip()
        if self.countries is not None and self.regions is not None and self.condition is not None:
            raw["countries"] = self.countries.codes()
            raw["regions"] = [r.strip() for r in self.regions.text().split(",") if r.strip()]
            raw["condition"] = self.condition.text().strip()
        if self.flag is not None:
            raw.pop("value", None)  # the shipped files may carry the flag as "value"
            raw["flag"] = self.flag.currentData()
        if self.number is not None and self.period is not None:
            raw["number"] = None if self.number.value() < 0 else self.number.value()
            raw["period"] = self.period.currentData()
        return raw
