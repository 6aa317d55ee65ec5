"""Background jobs for real (not the synchronous mode the other GUI tests use)."""

from __future__ import annotations

import gc
import threading
import time

import pytest

from evidence_app.ui import tasks


@pytest.fixture(autouse=True)
def real_threads(synchronous_tasks: None) -> None:
    tasks.use(tasks.TaskRunner())  # the conftest fixture puts its runner back afterwards


def wait_until(app: object, condition: object, seconds: float = 10.0) -> None:
    # processEvents with sleeps: QTest.qWait keeps the GIL, so the worker would stand still
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the background job never answered"
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)


def test_answers_arrive_on_the_gui_thread_even_when_the_collector_runs(qapp: object) -> None:
    """A job's answer once got lost when a garbage collection ran while it worked."""
    gui = threading.get_ident()
    answers: list[tuple[int, int]] = []
    progress: list[int] = []

    def work(progress: object, cancel: threading.Event) -> int:
        for i in range(3):
            progress(i + 1, 3, "step")  # type: ignore[operator]
            time.sleep(0.02)
        assert threading.get_ident() != gui
        return 42

    for _ in range(3):
        tasks.run_in_background(
            work,
            on_done=lambda value: answers.append((value, threading.get_ident())),
            progress=lambda done, total, label: progress.append(done),
        )
        gc.collect()
    tasks.run_in_background(lambda: (time.sleep(0.2), 43)[1],
                            on_done=lambda value: answers.append((value, threading.get_ident())))
    gc.collect()
    wait_until(qapp, lambda: len(answers) == 4)
    assert sorted(answers) == [(42, gui)] * 3 + [(43, gui)]
    assert sorted(progress) == [1, 1, 1, 2, 2, 2, 3, 3, 3]


def test_errors_reach_on_error_and_writes_never_overlap(qapp: object) -> None:
    errors: list[str] = []
    inside = threading.Semaphore(1)
    overlaps: list[bool] = []
    finished: list[int] = []

    def write(n: int) -> int:
        overlaps.append(not inside.acquire(blocking=False))
        time.sleep(0.01)
        inside.release()
        return n

    for n in range(5):
        tasks.run_in_background(lambda n=n: write(n), on_done=finished.append, writer=True)
    tasks.run_in_background(lambda: 1 / 0, on_error=lambda exc: errors.append(type(exc).__name__))
    wait_until(qapp, lambda: len(finished) == 5 and errors)
    tasks.wait_for_all()
    assert finished == [0, 1, 2, 3, 4] and not any(overlaps)
    assert errors == ["ZeroDivisionError"]
