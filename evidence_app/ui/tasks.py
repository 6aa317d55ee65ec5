"""Background work for the GUI: one helper, callbacks on the GUI thread.

Writes go through one single-thread pool so they never overlap; reads use a shared pool.
The core function gets `progress(done, total, label)` and `cancel` (a threading.Event).

The work runs on plain Python threads and its answers come back through one long-lived
QObject on the GUI thread (queued signals). The first design, a QRunnable with a QObject of
signals per job, lost answers in some runs ("RuntimeError: Signal source has been deleted"
when a garbage collection ran just as the job started): one relay that lives as long as the
app has nothing of the kind to lose.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

_readers: ThreadPoolExecutor | None = None
_writer: ThreadPoolExecutor | None = None
_running: set[Future[None]] = set()
_lock = threading.Lock()


def _pool(writer: bool) -> ThreadPoolExecutor:
    global _readers, _writer
    with _lock:
        if writer:
            if _writer is None:
                _writer = ThreadPoolExecutor(1, thread_name_prefix="evidence-writer")
            return _writer
        if _readers is None:
            _readers = ThreadPoolExecutor(max(2, os.cpu_count() or 2),
                                          thread_name_prefix="evidence-reader")
        return _readers


class Job:
    """A unit of background work. `cancel()` asks the core function to stop between items."""

    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        self.fn = fn
        self.with_progress = with_progress
        self.cancel_event = threading.Event()
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[Exception], None] | None = None
        self.on_progress: Callable[[int, int, str], None] | None = None

    def cancel(self) -> None:
        self.cancel_event.set()

    def _progress(self, done: int, total: int, label: str) -> None:
        _relay().progress.emit(self, done, total, label)

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(progress=self._progress, cancel=self.cancel_event)
            else:
                result = self.fn()
        except Exception as exc:  # delivered to on_error on the GUI thread
            _relay().failed.emit(self, exc, traceback.format_exc())
        else:
            _relay().done.emit(self, result)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from worker threads reach it queued."""

    done = Signal(object, object)
    failed = Signal(object, object, str)
    progress = Signal(object, int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._done)
        self.failed.connect(self._failed)
        self.progress.connect(self._progress)

    def _done(self, job: Job, result: object) -> None:
        if job.on_done is not None:
            job.on_done(result)

    def _failed(self, job: Job, exc: Exception, tb: str) -> None:
        if job.on_error is not None:
            job.on_error(exc)
        else:
            _report_unhandled(exc, tb)

    def _progress(self, job: Job, done: int, total: int, label: str) -> None:
        if job.on_progress is not None:
            job.on_progress(done, total, label)


_relay_object: _Relay | None = None


def _relay() -> _Relay:
    global _relay_object
    if _relay_object is None:
        _relay_object = _Relay()
        app = QCoreApplication.instance()
        if app is not None and _relay_object.thread() is not app.thread():
            _relay_object.moveToThread(app.thread())
    return _relay_object


class TaskRunner:
    """Runs GUI work in the background: writes on one thread, reads on a shared pool, answers
    back on the GUI thread. The app gives one to its window (`MainWindow(runner=...)`)."""

    synchronous = False

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        *,
        writer: bool = False,
    ) -> Job:
        """Run fn off the GUI thread. With `progress`, fn is called as fn(progress=…, cancel=…)."""
        job = Job(fn, with_progress=progress is not None)
        job.on_done, job.on_error, job.on_progress = on_done, on_error, progress
        _relay()  # made on the GUI thread, before any worker needs it
        future = _pool(writer).submit(job.run)
        with _lock:
            _running.add(future)
        future.add_done_callback(_forget)
        return job

    def soon(self, fn: Callable[[], Any]) -> None:
        """Run fn on the GUI thread once the events already waiting (a repaint) are handled:
        long GUI work split in two never freezes the window for the sum of both halves."""
        # not 0 ms: that is a queued call, run in the same batch as the waiting repaint
        QTimer.singleShot(1, fn)


class SynchronousRunner(TaskRunner):
    """Runs each job at once on the calling thread, so tests and screenshots need no waiting
    (like Picard's FakeThreadPool)."""

    synchronous = True

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        *,
        writer: bool = False,
    ) -> Job:
        job = Job(fn, with_progress=progress is not None)
        job.on_done, job.on_error, job.on_progress = on_done, on_error, progress
        _run_now(job)
        return job

    def soon(self, fn: Callable[[], Any]) -> None:
        fn()


_runner: TaskRunner = TaskRunner()


def use(runner: TaskRunner) -> TaskRunner:
    """Make `runner` the one every panel's background work goes through; returns the one it
    replaces (tests put it back)."""
    global _runner
    previous, _runner = _runner, runner
    return previous


def runner() -> TaskRunner:
    return _runner


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    *,
    writer: bool = False,
) -> Job:
    """Run fn off the GUI thread through the runner in use (see TaskRunner.run)."""
    return _runner.run(fn, on_done, on_error, progress, writer=writer)


def _run_now(job: Job) -> None:
    def progress(done: int, total: int, label: str) -> None:
        if job.on_progress is not None:
            job.on_progress(done, total, label)

    try:
        if job.with_progress:
            result = job.fn(progress=progress, cancel=job.cancel_event)
        else:
            result = job.fn()
    except Exception as exc:
        if job.on_error is not None:
            job.on_error(exc)
        else:
            _report_unhandled(exc, traceback.format_exc())
    else:
        if job.on_done is not None:
            job.on_done(result)


def _forget(future: Future[None]) -> None:
    with _lock:
        _running.discard(future)


def favour_gui_thread() -> None:
    """Searches run in Python threads that hold the GIL; the GUI thread waits for it at each
    Qt call it makes, up to the switch interval each time (5 ms by default). A shorter one
    keeps painting results and typing smooth while a search or an import runs. Set once at
    app start-up (app.py), not by a window."""
    sys.setswitchinterval(0.0005)


def settle_garbage_collector() -> None:
    """Once the window is up. Its objects (modules, classes, widgets) live as long as the app,
    and a full collection walking them again froze the window 50-80 ms (about 90,000 objects,
    many of them Qt wrappers); frozen, a full collection takes a millisecond or two."""
    gc.collect()
    gc.freeze()


def soon(fn: Callable[[], Any]) -> None:
    """Through the runner in use (see TaskRunner.soon)."""
    _runner.soon(fn)


def _report_unhandled(exc: Exception, tb: str) -> None:
    logging.getLogger(__name__).error("background task failed: %s\n%s", exc, tb)


def wait_for_all(msecs: int = 30000) -> None:
    """Used at shutdown: let running writes finish before the library closes."""
    with _lock:
        running = list(_running)
    wait_futures(running, timeout=msecs / 1000)
