"""“Add to case…” from the sources table, the results and the excerpts panel: choose a case
(or start one), then the source, page or excerpts become an exhibit (the window's actions
for it are in case_actions.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.errors import EvidenceError
from evidence_app.model.cases import Exhibit

from ..tasks import run_in_background
from .case_errors import describe_case_error
from .cases_model import case_title

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

LAST_CASE_KEY = "AddToCaseDialog/case"


@dataclass(frozen=True)
class Addition:
    """What to add: a whole source, some of its pages, or excerpts."""

    source_id: int | None = None
    pages: tuple[int, ...] = ()
    excerpt_ids: tuple[int, ...] = ()
    description: str = ""


class AddToCaseDialog(QDialog):
    """Signal `added(case_id, [Exhibit])` once the exhibit is written."""

    added = Signal(int, list)

    def __init__(self, library: Library, addition: Addition, preferred: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.addition = addition
        self.error_message = ""
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.existing_radio = QRadioButton(self)
        self.new_radio = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.existing_radio)
        group.addButton(self.new_radio)
        self.case_combo = QComboBox(self)
        self.name_edit = QLineEdit(self)
        self.lettered_check = QCheckBox(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        grid = QGridLayout()
        grid.addWidget(self.existing_radio, 0, 0)
        grid.addWidget(self.case_combo, 0, 1)
        grid.addWidget(self.new_radio, 1, 0)
        grid.addWidget(self.name_edit, 1, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(grid)
        layout.addWidget(self.lettered_check)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        cases = library.cases.cases()
        for case in cases:
            self.case_combo.addItem(case_title(case), case.id)
        last = preferred if preferred is not None else QSettings().value(LAST_CASE_KEY)
        index = self.case_combo.findData(int(last)) if str(last or "").isdigit() else -1
        self.case_combo.setCurrentIndex(max(0, index))
        self.existing_radio.setEnabled(bool(cases))
        self.case_combo.setEnabled(bool(cases))
        (self.existing_radio if cases else self.new_radio).setChecked(True)
        self.case_combo.currentIndexChanged.connect(self._update)
        self.existing_radio.toggled.connect(self._update)
        self.name_edit.textEdited.connect(lambda _t: self.new_radio.setChecked(True))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for first, second in ((self.existing_radio, self.case_combo),
                              (self.case_combo, self.new_radio),
                              (self.new_radio, self.name_edit),
                              (self.name_edit, self.lettered_check)):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self._update()
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add to case"))
        self.what.setText(self.addition.description)
        self.existing_radio.setText(self.tr("&Existing case:"))
        self.new_radio.setText(self.tr("&New case for:"))
        self.name_edit.setPlaceholderText(self.tr("Applicant's name"))
        self.name_edit.setAccessibleName(self.tr("Name of the applicant of the new case"))
        self.case_combo.setAccessibleName(self.tr("Case"))
        self.lettered_check.setText(
            self.tr("&Applicant-specific document (lettered tab: A, B, C…)"))
        self.lettered_check.setToolTip(self.tr(
            "Country-conditions evidence gets numbered tabs; documents about the applicant "
            "get letters"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("&Add"))

    def set_case(self, case_id: int) -> None:
        self.existing_radio.setChecked(True)
        self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(case_id)))

    def set_new_case(self, name: str) -> None:
        self.new_radio.setChecked(True)
        self.name_edit.setText(name)

    def chosen_case(self) -> int | None:
        if self.existing_radio.isChecked() and self.case_combo.currentIndex() >= 0:
            return int(self.case_combo.currentData())
        return None

    def _update(self, *_: object) -> None:
        self.case_combo.setEnabled(self.existing_radio.isChecked())
        case_id = self.chosen_case()
        source_id = self.addition.source_id
        note = ""
        if case_id is not None and source_id is not None and not self.addition.excerpt_ids:
            try:
                same = [e for e in self.library.cases.exhibits(case_id) if e.source_id == source_id]
            except EvidenceError:
                same = []
            if same:
                note = self.tr("This source is already Tab %1 of the case; adding it again "
                               "makes another exhibit.").replace("%1", same[0].label)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def accept(self) -> None:
        library, addition = self.library, self.addition
        case_id = self.chosen_case()
        name = self.name_edit.text().strip()
        lettered = self.lettered_check.isChecked()

        def write() -> tuple[int, list[Exhibit]]:
            target = case_id if case_id is not None else library.cases.new_case(
                applicant_name=name).id
            if addition.excerpt_ids:
                return target, library.cases.add_excerpts_exhibit(
                    target, list(addition.excerpt_ids), lettered=lettered)
            assert addition.source_id is not None
            exhibit = library.cases.add_exhibit(target, addition.source_id,
                                          pages=list(addition.pages) or None, lettered=lettered)
            return target, [exhibit]

        def done(result: tuple[int, list[Exhibit]]) -> None:
            QSettings().setValue(LAST_CASE_KEY, result[0])
            if shiboken6.isValid(self):
                self.added.emit(result[0], result[1])
                super(AddToCaseDialog, self).accept()

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self.error_message = describe_case_error(exc)
                self.note.setText(self.error_message)
                self.note.show()
                self.buttons.setEnabled(True)

        self.buttons.setEnabled(False)
        run_in_background(write, on_done=done, on_error=failed, writer=True)
