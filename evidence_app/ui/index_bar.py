"""The bar shown when the search index is behind the library, with its Rebuild button and
progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from evidence_app.model import Changes

from . import tasks
from .errors import describe_error

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class IndexBar(QFrame):
    """Shown when the search index is behind the library; rebuilds it with progress."""

    rebuilt = Signal(object)  # Changes
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.rebuild_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.rebuild_button)
        layout.addWidget(self.cancel_button)
        self.rebuild_button.clicked.connect(self.rebuild)
        self.cancel_button.clicked.connect(self.cancel)
        self.library: Library | None = None
        self.job: tasks.Job | None = None
        self.retranslate()
        self._set_running(False)
        self.hide()

    def retranslate(self) -> None:
        if self.job is None:
            self.label.setText(self.tr(
                "The search index is out of date, so some sources may be missing from "
                "results. Rebuilding it takes a moment and runs in the background."))
        self.rebuild_button.setText(self.tr("Rebuild index"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def check(self, library: Library | None) -> bool:
        """Show the bar if the index is stale; True when it is current."""
        self.library = library
        current = library is None or library.index.index_is_current()
        if self.job is None:
            self.setVisible(not current)
        return current

    def on_library_changed(self, _changes: Changes) -> None:
        self.check(self.library)

    def is_running(self) -> bool:
        return self.job is not None

    def rebuild(self) -> None:
        library = self.library
        if library is None or self.job is not None:
            return
        self.show()
        self._set_running(True)
        self.label.setText(self.tr("Rebuilding the search index…"))
        self.job = tasks.run_in_background(
            lambda progress, cancel: library.index.rebuild_index(progress=progress, cancel=cancel),
            on_done=self._done,
            on_error=self._error,
            progress=self._progress,
            writer=True,
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _done(self, changes: object) -> None:
        self.job = None
        self._set_running(False)
        self.retranslate()
        self.check(self.library)
        self.rebuilt.emit(changes if isinstance(changes, Changes) else Changes(index=True))

    def _error(self, exc: Exception) -> None:
        self.job = None
        self._set_running(False)
        self.label.setText(describe_error(exc))
        self.show()
        self.failed.emit(describe_error(exc))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.rebuild_button.setVisible(not running)
        if running:
            self.progress.setRange(0, 0)
