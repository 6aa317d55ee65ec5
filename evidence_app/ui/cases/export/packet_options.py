"""Two options of the export dialog for a brief opposing pretermission: the index of the
evidence by legal element (in the packet, or alone via "Export it alone…") and how exhibits
are labelled (the respondent's own documents lettered, country conditions numbered)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.errors import EvidenceError

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class PacketOptions(QWidget):
    """`export_alone_button` is wired by the dialog (it reports in its own message line)."""

    def __init__(self, library: Library, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legal_index_check = QCheckBox(self)
        self.legal_index_check.setChecked(_legal_index_default(library, case_id))
        self.export_alone_button = QPushButton(self)
        # The standalone index's headings: English for the court, Spanish for the helper.
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("", "en")
        self.language_combo.addItem("", "es")
        self.language_label.setBuddy(self.language_combo)
        self.numbering = _numbering(library, case_id)  # as saved with the case
        self.numbering_check = QCheckBox(self)
        self.numbering_check.setChecked(self.numbering != "sequential")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.legal_index_check, 1)
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo)
        row.addWidget(self.export_alone_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.numbering_check)
        self.retranslate()

    def retranslate(self) -> None:
        self.legal_index_check.setText(self.tr("Add an index of the evidence by &legal element"))
        self.legal_index_check.setToolTip(self.tr(
            "After the index of exhibits: for each country and legal element (persecution, "
            "torture, refoulement, fair procedure, caps, nationality exclusions), the first "
            "words of each clipped passage with its exhibit and packet page (“Ex. 4 at 37”)."))
        self.export_alone_button.setText(self.tr("Export it alone…"))
        self.export_alone_button.setToolTip(self.tr(
            "Save the index by legal element as a Word document or PDF, to paste into a "
            "brief. Its packet pages are those of the last packet you built, or of a fresh "
            "layout when the case changed since."))
        self.language_label.setText(self.tr("Exported alone, &headings in:"))
        self.language_combo.setItemText(0, self.tr("English (to file in court)"))
        self.language_combo.setItemText(1, self.tr("Spanish (for your own use)"))
        self.language_combo.setToolTip(self.tr(
            "The language of the headings of the index you export alone. Court filings are "
            "in English; a Spanish copy helps you and the respondent read it. The quotes stay "
            "as they are."))
        self.numbering_check.setText(self.tr(
            "Letter the respondent's own documents (A, B, C), &number country conditions "
            "(1, 2, 3)"))
        self.numbering_check.setToolTip(self.tr(
            "Exhibits marked applicant-specific get lettered tabs, as practitioners file "
            "them. Untick to number every exhibit in one sequence. This is saved with the "
            "case."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def legal_index(self) -> bool:
        return self.legal_index_check.isChecked()

    @property
    def index_language(self) -> str:
        """The standalone index's language: "en" (the default) or "es"."""
        return str(self.language_combo.currentData() or "en")

    @property
    def chosen_numbering(self) -> str:
        return "convention" if self.numbering_check.isChecked() else "sequential"


def _numbering(library: Library, case_id: int) -> str:
    try:
        return library.cases.exhibit_numbering(case_id)
    except EvidenceError:  # e.g. the case was deleted meanwhile
        return "convention"


def _legal_index_default(library: Library, case_id: int) -> bool:
    try:
        return library.packets.legal_index_default(case_id)
    except EvidenceError:
        return False
