"""A search that never returns: the GUI aborts the search process, the waiting search raises
at once (no retry of the same query), and the next search gets a new, working child."""

from __future__ import annotations

import threading
import time
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from evidence_app.errors import IndexUnavailable, named_damage
from evidence_app.library.facade import Library
from evidence_app.library.watch import open_unlocked
from evidence_app.model import SearchQuery
from evidence_app.search import process as search_process
from evidence_app.search.process import SearchProcess


def stuck_serve(folder: str, conn: Connection, *opener: object) -> None:
    """A child that takes a query and never answers, as the stuck search did."""
    conn.recv()
    time.sleep(600)


def test_an_aborted_search_raises_and_the_next_one_works(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hn.txt"
    path.write_text("Honduras report\n\nGangs extorted returned deportees.", encoding="utf-8")
    library.import_files([path], workers=0)
    monkeypatch.setattr(search_process, "_serve", stuck_serve)
    with SearchProcess(library.folder, partial(open_unlocked, allow_pending=True),
                       named_damage) as child:
        monkeypatch.undo()  # the next child is a real one
        outcome: list[object] = []

        def wait_for_answer() -> None:
            try:
                outcome.append(child.search(SearchQuery(text="gangs")))
            except IndexUnavailable as exc:
                outcome.append(exc)

        waiting = threading.Thread(target=wait_for_answer)
        waiting.start()
        time.sleep(0.5)
        assert not outcome and waiting.is_alive()  # stuck
        started = time.monotonic()
        assert child.abort()
        waiting.join(10)
        assert not waiting.is_alive() and time.monotonic() - started < 5
        assert isinstance(outcome[0], IndexUnavailable)
        assert "too long" in str(outcome[0])
        assert child.search(SearchQuery(text="gangs")).sources  # a new child answers
    assert not child.abort()  # closed: nothing to stop
