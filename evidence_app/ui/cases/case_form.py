"""The details of a case: who, which court, who files, the translator, service, the countries
at issue and the packet title. Checked as the user types; saved through the writer pool.

Hearing types, service methods and whom to serve are offered in English on purpose: they are
printed on the English cover page and certificate, whatever language the window speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app.errors import InvalidValue
from evidence_app.library.cases import normalise_a_number
from evidence_app.model import Changes
from evidence_app.model.cases import DEFAULT_PACKET_TITLE, Case

from ..tasks import run_in_background
from ..widgets.form_widgets import DateField, FieldMessage
from ..widgets.tag_picker import TagPicker
from .case_errors import a_number_message, date_message, describe_case_error, email_message
from .screen_fields import ScreenFields

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

HEARING_TYPES = ("Master calendar", "Individual (merits)", "Bond")
SERVICE_ON = ("DHS/ICE Office of the Principal Legal Advisor",)
SERVICE_METHODS = ("ECAS electronic service", "First-class mail", "Hand delivery")

_LINES = ("applicant_name", "court_location", "judge", "filer_name", "filer_phone",
          "filer_email", "filer_eoir_id", "translator_name", "translator_phone", "packet_title")
_TEXTS = ("filer_address", "translator_address", "notes")
_COMBOS = ("hearing_type", "service_on", "service_method")
_DATES = ("hearing_date", "service_date")
TWO_COLUMNS = 900  # pixels


def _combo(items: tuple[str, ...], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItems(("", *items))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def _text_box(parent: QWidget, lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class CaseForm(QWidget):
    """Signals: `saved(Changes)` after a successful save, `dirty_changed(bool)`."""

    saved = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, library: Library | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.case: Case | None = None
        self._loaded: dict[str, object] = {}
        self._loading = False
        self._dirty = False
        self.error_message = ""

        content = QWidget(self)
        self.lines = {key: QLineEdit(content) for key in _LINES}
        self.lines["a_number"] = QLineEdit(content)
        self.lines["a_number"].setPlaceholderText("A 012-345-678")
        self.lines["filer_email"].setPlaceholderText("name@example.org")
        self.texts = {key: _text_box(content) for key in _TEXTS}
        self.combos = {
            "hearing_type": _combo(HEARING_TYPES, content),
            "service_on": _combo(SERVICE_ON, content),
            "service_method": _combo(SERVICE_METHODS, content),
        }
        self.dates = {key: DateField(content) for key in _DATES}
        self.messages = {key: FieldMessage(content) for key in
                         ("a_number", "hearing_date", "service_date", "filer_email")}
        self.pro_se = QRadioButton(content)
        self.representative = QRadioButton(content)
        self.filer_group = QButtonGroup(self)
        self.filer_group.addButton(self.pro_se)
        self.filer_group.addButton(self.representative)
        self.pro_se.setChecked(True)
        self.countries_box = QVBoxLayout()
        self.countries: TagPicker | None = None
        self.countries_hint = QLabel(content)
        self.countries_hint.setWordWrap(True)

        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        left, right = QVBoxLayout(), QVBoxLayout()
        self._group(content, left, "applicant", ["applicant_name", "a_number"])
        self._group(content, left, "hearing",
                    ["court_location", "judge", "hearing_date", "hearing_type"])
        filer = self._group(content, left, "filer", [])
        kinds = QHBoxLayout()
        kinds.addWidget(self.pro_se)
        kinds.addWidget(self.representative)
        kinds.addStretch(1)
        filer.addRow(kinds)
        for key in ("filer_name", "filer_address", "filer_phone", "filer_email",
                    "filer_eoir_id"):
            self._row(content, filer, key)
        self._group(content, left, "packet", ["packet_title", "notes"])
        left.addStretch(1)
        countries = QGroupBox(content)
        self.groups["countries"] = countries
        box_layout = QVBoxLayout(countries)
        box_layout.addWidget(self.countries_hint)
        box_layout.addLayout(self.countries_box, 1)
        countries.setMinimumHeight(240)
        right.addWidget(countries, 1)
        self.screen_fields = ScreenFields(content)
        right.addWidget(self.screen_fields)
        self._group(content, right, "translator",
                    ["translator_name", "translator_address", "translator_phone"])
        self._group(content, right, "service", ["service_on", "service_method", "service_date"])
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.revert_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        # The button's text sets its own mnemonic shortcut (Alt+S) and would replace a
        # shortcut given to it: Ctrl+S is a shortcut of the form, live wherever focus is in it.
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self._save_by_key)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

        for edit in self.lines.values():
            edit.textChanged.connect(self._changed)
        for box in self.texts.values():
            box.textChanged.connect(self._changed)
        for combo in self.combos.values():
            combo.editTextChanged.connect(self._changed)
        for field in self.dates.values():
            field.text_changed.connect(self._changed)
        self.pro_se.toggled.connect(self._changed)
        self.screen_fields.changed.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.load(self.case))
        self.set_library(library)
        self.retranslate()
        self.load(None)

    # ---------------------------------------------------------------- building
    def _group(self, content: QWidget, column: QVBoxLayout, key: str,
               rows: list[str]) -> QFormLayout:
        box = QGroupBox(content)
        self.groups[key] = box
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for row in rows:
            self._row(content, form, row)
        column.addWidget(box)
        return form

    def _row(self, content: QWidget, form: QFormLayout, key: str) -> None:
        widget: QWidget = (self.lines.get(key) or self.texts.get(key) or self.combos.get(key)
                           or self.dates[key])
        label = QLabel(content)
        label.setBuddy(widget.focusProxy() or widget)
        self.labels[key] = label
        form.addRow(label, widget)
        if key in self.messages:
            form.addRow("", self.messages[key])

    def _label_texts(self) -> dict[str, str]:
        return {
            "applicant_name": self.tr("&Name:"),
            "a_number": self.tr("&A-number:"),
            "court_location": self.tr("&Court:"),
            "judge": self.tr("&Judge:"),
            "hearing_date": self.tr("Hearing &date:"),
            "hearing_type": self.tr("Hearing &type:"),
            "filer_name": self.tr("Na&me:"),
            "filer_address": self.tr("Address:"),
            "filer_phone": self.tr("Phone:"),
            "filer_email": self.tr("E-mail:"),
            "filer_eoir_id": self.tr("EOIR ID:"),
            "translator_name": self.tr("Name:"),
            "translator_address": self.tr("Address:"),
            "translator_phone": self.tr("Phone:"),
            "service_on": self.tr("Served on:"),
            "service_method": self.tr("How:"),
            "service_date": self.tr("Date:"),
            "packet_title": self.tr("&Title:"),
            "notes": self.tr("Notes:"),
        }

    def retranslate(self) -> None:
        for key, text in self._label_texts().items():
            self.labels[key].setText(text)
            widget = self.lines.get(key) or self.texts.get(key) or self.combos.get(key)
            (widget or self.dates[key]).setAccessibleName(text.replace("&", "").rstrip(":"))
        for key, title in (
            ("applicant", self.tr("Applicant (respondent)")),
            ("hearing", self.tr("Hearing")),
            ("filer", self.tr("Filed by")),
            ("countries", self.tr("ACA countries at issue")),
            ("translator", self.tr("Translator (for the translation certificate)")),
            ("service", self.tr("Certificate of service")),
            ("packet", self.tr("Packet")),
        ):
            self.groups[key].setTitle(title)
        self.pro_se.setText(self.tr("Pro se (the applicant)"))
        self.pro_se.setToolTip(self.tr("The applicant files without a representative"))
        self.representative.setText(self.tr("Attorney or accredited representative"))
        self.representative.setToolTip(
            self.tr("An attorney or accredited representative files; give the EOIR ID"))
        self.lines["packet_title"].setPlaceholderText(DEFAULT_PACKET_TITLE)
        self.countries_hint.setText(self.tr(
            "The countries the applicant may be sent to. The coverage grid checks the "
            "evidence for each of them."))
        tip = self.tr("Printed in English on the cover page and certificates")
        for combo in self.combos.values():
            combo.setToolTip(tip)
        self.revert_button.setText(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Undo the changes made since the last save"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the case details (%1)").replace(
            "%1", self.save_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        # two columns need about 900 pixels; narrower (a 1024-pixel window) the columns stack
        # and the form scrolls down, instead of cutting the right column off
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= TWO_COLUMNS
                     else QBoxLayout.Direction.TopToBottom)
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
        super().resizeEvent(event)

    # ---------------------------------------------------------------- data
    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.screen_fields.set_library(library)
        if self.countries is not None:
            self.countries.hide()
            self.countries.deleteLater()
            self.countries = None
        if library is not None:
            self.countries = TagPicker(library, "countries", self)
            self.countries.selection_changed.connect(self._changed)
            self.countries_box.addWidget(self.countries)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab follows the columns as they are read, not the order widgets were made."""
        order: list[QWidget] = [
            self.lines["applicant_name"], self.lines["a_number"], self.lines["court_location"],
            self.lines["judge"], self.dates["hearing_date"].edit,
            self.dates["hearing_date"].button, self.combos["hearing_type"], self.pro_se,
            self.representative, self.lines["filer_name"], self.texts["filer_address"],
            self.lines["filer_phone"], self.lines["filer_email"], self.lines["filer_eoir_id"],
            self.lines["packet_title"], self.texts["notes"],
        ]
        if self.countries is not None:
            order += [self.countries.filter_edit, self.countries.tree]
        order += [self.screen_fields.nationality, self.screen_fields.entry_date.edit,
                  self.screen_fields.entry_date.button, self.screen_fields.unaccompanied]
        order += [
            self.lines["translator_name"], self.texts["translator_address"],
            self.lines["translator_phone"], self.combos["service_on"],
            self.combos["service_method"], self.dates["service_date"].edit,
            self.dates["service_date"].button, self.revert_button, self.save_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def load(self, case: Case | None) -> None:
        self.case = case
        self._loading = True
        try:
            values = self._case_values(case) if case is not None else {}
            for key, edit in self.lines.items():
                edit.setText(str(values.get(key, "")))
            for key, box in self.texts.items():
                box.setPlainText(str(values.get(key, "")))
            for key, combo in self.combos.items():
                combo.setEditText(str(values.get(key, "")))
            for key, field in self.dates.items():
                field.setText(str(values.get(key, "")))
            rep = values.get("filer_kind") == "representative"
            (self.representative if rep else self.pro_se).setChecked(True)
            if self.countries is not None:
                self.countries.set_selected(case.countries if case is not None else ())
            self.screen_fields.load(case)
        finally:
            self._loading = False
        self.setEnabled(case is not None)
        self._loaded = self.values() if case is not None else {}
        self.error_message = ""
        self._changed()

    @staticmethod
    def _case_values(case: Case) -> dict[str, str]:
        values = {key: str(getattr(case, key)) for key in
                  (*_LINES, *_TEXTS, *_COMBOS, *_DATES, "filer_kind")}
        values["a_number"] = case.a_number_display
        if values["packet_title"] == DEFAULT_PACKET_TITLE:
            values["packet_title"] = ""  # shown as the placeholder; saved back as the default
        return values

    def values(self) -> dict[str, object]:
        """The fields as edit_case takes them, plus "countries"."""
        values: dict[str, object] = {key: edit.text().strip() for key, edit in
                                     self.lines.items()}
        values.update({key: box.toPlainText().strip() for key, box in self.texts.items()})
        values.update({key: c.currentText().strip() for key, c in self.combos.items()})
        values.update({key: field.text() for key, field in self.dates.items()})
        values["filer_kind"] = "representative" if self.representative.isChecked() else "pro_se"
        values["countries"] = tuple(self.countries.selected()) if self.countries else ()
        values.update(self.screen_fields.values())
        return values

    def is_dirty(self) -> bool:
        return self._dirty

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        self.lines["filer_eoir_id"].setEnabled(self.representative.isChecked())
        dirty = self.case is not None and self.values() != self._loaded
        valid = self._validate()
        self.save_button.setEnabled(dirty and valid)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _validate(self) -> bool:
        """Show a message under each field that cannot be saved; True when all are fine."""
        problems = {key: "" for key in self.messages}
        try:
            normalise_a_number(self.lines["a_number"].text())
        except InvalidValue:
            problems["a_number"] = a_number_message()
        for key, field in self.dates.items():
            if not field.is_valid():
                problems[key] = date_message()
        email = self.lines["filer_email"].text().strip()
        if email and "@" not in email:
            problems["filer_email"] = email_message()
        for key, text in problems.items():
            self.messages[key].show_message(text)
        valid = self.screen_fields.validate(date_message()) and not any(problems.values())
        if self.error_message:
            self.status.setText(self.error_message)
        elif not valid:
            self.status.setText(self.tr("Correct the marked fields to save the case."))
        elif self._dirty or (self.case is not None and self.values() != self._loaded):
            self.status.setText(self.tr("Unsaved changes"))
        else:
            self.status.setText("")
        return valid

    def is_valid(self) -> bool:
        return self._validate()

    # ---------------------------------------------------------------- saving
    def save(self) -> bool:
        """Start saving; False when there is nothing to save or a field must be fixed."""
        library, case = self.library, self.case
        if library is None or case is None or not self._validate():
            return False
        values = self.values()
        countries = list(values.pop("countries"))  # type: ignore[call-overload]
        case_id = case.id

        def write() -> Case:
            library.edit_case(case_id, countries=countries, **values)
            return library.case(case_id)

        def done(saved: Case) -> None:
            if not shiboken6.isValid(self):
                return
            if self.case is not None and self.case.id == saved.id:
                self.load(saved)
            self.saved.emit(Changes(cases=True))

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self.error_message = describe_case_error(exc)
                self._validate()

        self.error_message = ""
        run_in_background(write, on_done=done, on_error=failed, writer=True)
        return True

    def _save_by_key(self) -> None:
        if self._dirty:
            self.save()  # an invalid field keeps its message and the case is not saved

    def focus_name(self) -> None:
        self.lines["applicant_name"].setFocus(Qt.FocusReason.OtherFocusReason)
