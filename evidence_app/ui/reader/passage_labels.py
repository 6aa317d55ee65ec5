"""Labelling passages with risk types in the background.

When a library opens with sources whose passages are not labelled with the current
taxonomy (a library made before passage labels, a bundle, edited keywords), the labels are
made in the background, one source at a time, with progress in the status bar; the window
stays usable and searches see each source's labels as soon as they are written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QStatusBar

from evidence_app.model import Changes

from .. import tasks

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class PassageLabelling(QObject):
    """Runs Library.passages.label_passages in the background when sources need labels."""

    finished = Signal(object)  # Changes

    def __init__(self, status: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.job: tasks.Job | None = None
        self.library: Library | None = None
        self._running = False
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.hide()
        status.addPermanentWidget(self.bar)

    def check(self, library: Library | None) -> bool:
        """Start labelling if the library has sources to label; True when it started."""
        self.library = library
        if library is None or self._running:
            return False
        try:
            todo = library.passages.sources_to_label()
        except Exception:  # noqa: BLE001 - labels are an extra; search still works without
            return False
        if not todo:
            return False
        self.bar.setRange(0, len(todo))
        self.bar.setValue(0)
        self.bar.setToolTip(self.tr("Labelling passages with risk types"))
        self.bar.show()
        self._running = True
        job = tasks.run_in_background(
            library.passages.label_passages, on_done=self._done, on_error=self._failed,
            progress=self._progress, writer=True)
        # (tests run tasks at once: then it has finished already)
        self.job = job if self._running else None
        return True

    def on_library_changed(self, changes: Changes) -> None:
        if changes.taxonomy or changes.sources:
            self.check(self.library)  # edited keywords, a bundle, OCR text

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.showMessage(self.tr("Labelling passages with risk types: {done} of {total} "
                                        "sources").format(done=done, total=total), 2000)

    def _done(self, changes: Any) -> None:
        self.job, self._running = None, False
        self.bar.hide()
        self.finished.emit(changes)

    def _failed(self, _exc: Exception) -> None:
        # cancelled, or the library is being written elsewhere: the rest waits for next time
        self.job, self._running = None, False
        self.bar.hide()
