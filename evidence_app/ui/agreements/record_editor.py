"""The agreement record as JSON (the shipped files' shape), for the user's corrections:
opened from the agreement form's "Advanced: edit as JSON…" button."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.agreements.data import agreement_to_dict
from evidence_app.model.agreements import Agreement
from evidence_app.ui.errors import describe_error
from evidence_app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class AgreementEditDialog(QDialog):
    """The record as JSON (the shipped files' shape), checked field by field on save."""

    def __init__(self, library: Library, agreement: Agreement,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.agreement_id = agreement.id
        self.setWindowTitle(self.tr("Edit the agreement record"))
        hint = QLabel(self.tr(
            "Each fact names one of the sources listed under \"sources\". Write \"unknown\": "
            "true where the sources say nothing. Dates: YYYY-MM-DD, YYYY-MM or YYYY."), self)
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(json.dumps(agreement_to_dict(agreement), ensure_ascii=False,
                                          indent=2))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 620)

    def save(self) -> None:
        library, ident, text = self.library, self.agreement_id, self.text.toPlainText()
        run_in_background(lambda: library.agreements.edit_agreement(ident, text),
                          on_done=lambda _changes: self._saved(), on_error=self._failed,
                          writer=True)

    def _saved(self) -> None:
        if shiboken6.isValid(self):
            self.accept()

    def _failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            self.error.setText(describe_error(exc))
