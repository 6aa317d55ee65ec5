"""Background work for the GUI: one helper, callbacks on the GUI thread.

Writes go through one single-thread pool so they never overlap; reads use the global pool.
The core function gets `progress(done, total, label)` and `cancel` (a threading.Event).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_writer_pool: QThreadPool | None = None
_live: set[Job] = set()

# Tests set this to run jobs synchronously on the calling thread (like Picard's FakeThreadPool).
SYNCHRONOUS = False


def writer_pool() -> QThreadPool:
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setMaxThreadCount(1)
    return _writer_pool


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)


class Job(QRunnable):
    """A unit of background work. `cancel()` asks the core function to stop between items."""

    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.with_progress = with_progress
        self.cancel_event = threading.Event()
        self.signals = _Signals()

    def cancel(self) -> None:
        self.cancel_event.set()

    def _progress(self, done: int, total: int, label: str) -> None:
        self.signals.progress.emit(done, total, label)

    @Slot()
    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(progress=self._progress, cancel=self.cancel_event)
            else:
                result = self.fn()
        except Exception as exc:  # delivered to on_error on the GUI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    *,
    writer: bool = False,
) -> Job:
    """Run fn off the GUI thread. With `progress`, fn is called as fn(progress=…, cancel=…)."""
    job = Job(fn, with_progress=progress is not None)
    _live.add(job)

    def finished(*_: object) -> None:
        _live.discard(job)

    if on_done is not None:
        job.signals.done.connect(on_done)
    if on_error is not None:
        job.signals.failed.connect(lambda exc, tb: on_error(exc))
    else:
        job.signals.failed.connect(_report_unhandled)
    if progress is not None:
        job.signals.progress.connect(progress)
    job.signals.done.connect(finished)
    job.signals.failed.connect(finished)
    if SYNCHRONOUS:
        job.run()
    else:
        (writer_pool() if writer else QThreadPool.globalInstance()).start(job)
    return job


def _report_unhandled(exc: Exception, tb: str) -> None:
    import logging

    logging.getLogger(__name__).error("background task failed: %s\n%s", exc, tb)


def wait_for_all(msecs: int = 30000) -> None:
    """Used at shutdown: let running writes finish before the library closes."""
    writer_pool().waitForDone(msecs)
    QThreadPool.globalInstance().waitForDone(msecs)
