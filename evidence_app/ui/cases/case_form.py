"""The details of a case: who, which court, who files, the translator, service, the countries
at issue and the packet title (the fields are in case_fields.py). Checked as the user types;
saved through the writer pool."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app.errors import InvalidValue
from evidence_app.library.cases import normalise_a_number
from evidence_app.model import Changes
from evidence_app.model.cases import DEFAULT_PACKET_TITLE, Case

from ..tasks import run_in_background
from ..widgets.tag_picker import TagPicker
from .case_errors import a_number_message, date_message, describe_case_error, email_message
from .case_fields import COMBOS, DATES, LINES, TEXTS, CaseFields

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

TWO_COLUMNS = 900  # pixels


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

        content = CaseFields(self)
        self.fields = content
        self.lines, self.texts, self.combos, self.dates = (
            content.lines, content.texts, content.combos, content.dates)
        self.messages, self.labels, self.groups = content.messages, content.labels, content.groups
        self.pro_se, self.representative = content.pro_se, content.representative
        self.countries_box, self.countries_hint = content.countries_box, content.countries_hint
        self.screen_fields, self.columns = content.screen_fields, content.columns
        self.countries: TagPicker | None = None
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

    def retranslate(self) -> None:
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
                  (*LINES, *TEXTS, *COMBOS, *DATES, "filer_kind")}
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
            library.cases.edit_case(case_id, countries=countries, **values)
            return library.cases.case(case_id)

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
