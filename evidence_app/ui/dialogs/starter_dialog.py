"""Adding the starter library (the State Department reports shipped with the app) from the
start page or the Library menu: a progress dialog with Cancel, the work in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from evidence_app.errors import Cancelled, EvidenceError

from .. import tasks
from ..errors import describe_error

if TYPE_CHECKING:
    from evidence_app.library.facade import Library
    from evidence_app.library.starter import StarterResult


class StarterRun(QObject):
    """One "add the starter" run. Emits `changed(Changes)` when sources were added and
    `finished(StarterResult | None)` at the end (None when it failed or was cancelled)."""

    changed = Signal(object)
    finished = Signal(object)

    def __init__(
        self, library: Library, parent: QWidget | None, include_removed: bool = False
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.parent_widget = parent
        self.include_removed = include_removed
        self.result: StarterResult | None = None
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Starter library"))
        self.progress.setLabelText(self.tr("Adding the State Department reports…"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.job: tasks.Job | None = None

    def start(self) -> None:
        self.progress.show()
        self.job = tasks.run_in_background(
            self._work,
            on_done=self._done,
            on_error=self._failed,
            progress=self._progressed,
            writer=True,
        )
        self.progress.canceled.connect(self.job.cancel)

    def _work(self, progress: Any, cancel: Any) -> StarterResult:
        return self.library.starter.add_starter(
            include_removed=self.include_removed, progress=progress, cancel=cancel
        )

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _done(self, result: StarterResult) -> None:
        self.progress.close()
        self.result = result
        if any(result.changes.astuple()):
            self.changed.emit(result.changes)
        message = self.tr("Added {added} reports to the library.").format(added=len(result.added))
        if not result.added:
            message = self.tr("The starter reports are already in the library.")
        status = getattr(self.parent_widget, "statusBar", None)
        if callable(status):
            status().showMessage(message, 8000)
        self.finished.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.progress.close()
        if not isinstance(exc, Cancelled):
            QMessageBox.warning(self.parent_widget, self.tr("Starter library"), describe_error(exc))
        self.finished.emit(None)


def add_starter(
    library: Library,
    parent: QWidget | None,
    *,
    ask: bool = True,
    announce: Callable[[Any], None] | None = None,
) -> StarterRun | None:
    """Start adding the starter. With `ask`, first say what is new and, when the user removed
    some starter reports before, whether to bring them back. None: nothing to do."""
    try:
        info = library.starter.starter_info()
    except EvidenceError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("StarterRun", "Starter library"), describe_error(exc)
        )
        return None
    include_removed = False
    if ask and info.removed:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("StarterRun", "Starter library"),
            QCoreApplication.translate(
                "StarterRun",
                "You removed {count} of the starter reports from this library. Bring them "
                "back too?",
            ).format(count=len(info.removed)),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        include_removed = answer == QMessageBox.StandardButton.Yes
    if ask and not info.new and not include_removed:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("StarterRun", "Starter library"),
            QCoreApplication.translate(
                "StarterRun",
                "{present} of the {total} starter reports are in the library: nothing new to add.",
            ).format(present=len(info.present), total=info.total),
        )
        return None
    run = StarterRun(library, parent, include_removed)
    if announce is not None:
        run.changed.connect(announce)  # before start: in tests the work finishes inside it
    run.start()
    return run
