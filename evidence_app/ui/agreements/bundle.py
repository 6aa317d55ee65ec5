"""The bundle import report's agreement records: what changed, and a button that takes the
bundle's newer records where the user's edited ones were kept (never without asking)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget

from evidence_app.model import Changes
from evidence_app.model.sharing import BundleImport

from ..errors import describe_error
from ..tasks import run_in_background

if TYPE_CHECKING:
    from collections.abc import Callable

    from evidence_app.library.facade import Library


class AgreementReport(QObject):
    """Adds the agreement lines to the report tree; shows `button` when records were held."""

    def __init__(self, library: Library, details: QTreeWidget, parent: QWidget,
                 announce: Callable[[Changes], None]) -> None:
        super().__init__(parent)
        self.library = library
        self.details = details
        self.parent_widget = parent
        self.announce = announce
        self.button = QPushButton(self.tr("Use the bundle's newer agreement records"), parent)
        self.button.setToolTip(self.tr(
            "Replace the agreement records you edited with the bundle's newer ones"))
        self.button.hide()
        self.button.clicked.connect(self.take_held)
        self.held: list = []

    def show(self, result: BundleImport) -> None:
        if not result.agreements:
            return
        group = QTreeWidgetItem(self.details, [self.tr("Agreement records"),
                                               str(len(result.agreements))])
        words = {
            "added": self.tr("added"), "updated": self.tr("updated (newer as-of date)"),
            "held": self.tr("yours kept: you edited it; the bundle's is newer"),
            "kept": self.tr("kept: the bundle's is not newer"),
            "skipped": self.tr("left out: unknown country"),
        }
        for change in result.agreements:
            QTreeWidgetItem(group, [change.agreement_id, words.get(change.what, change.what)])
        self.held = [c.record for c in result.agreements if c.record is not None]
        self.button.setVisible(bool(self.held))

    def take_held(self) -> None:
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Agreement records"),
            self.tr("Replace %n agreement records you edited with the bundle's newer ones?",
                    "", len(self.held)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        library, held = self.library, list(self.held)

        def write() -> Changes:
            for record in held:
                library.agreements.accept_agreement(record)
            return Changes(taxonomy=True)

        def done(changes: Changes) -> None:
            if shiboken6.isValid(self.button):
                self.button.hide()
                self.held = []
                self.announce(changes)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self.button):
                self.button.setToolTip(describe_error(exc))

        run_in_background(write, on_done=done, on_error=failed, writer=True)
