"""Whoosh's write lock ("write lock held", issue 12): a failed index write must not leave
its writer holding the lock, or the next batch of a bulk import fails with LockError."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_store import DocStore as FakeStore
from whoosh.index import LockError

from evidence_app.model import SearchQuery
from evidence_app.search import IndexDocument, SearchEngine
from evidence_app.search.index import writing
from evidence_app.search.index.concordance import Concordance


def doc(sid: int, text: str) -> IndexDocument:
    return IndexDocument(
        source_id=sid, title=f"Report {sid}", publisher="", author="", language="en",
        kind="news", published="2020", countries=("HN",), risks=(), pages=((1, text),),
    )


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[SearchEngine]:
    store = FakeStore([doc(1, "Gangs extorted bus drivers.")])
    eng = SearchEngine.open(tmp_path / "index", store, procs=1)
    eng.rebuild(store.iter_index_documents(), store.count_sources(), generation=1)
    yield eng
    eng.close()


def found(engine: SearchEngine, text: str) -> set[int]:
    return {s.source_id for s in engine.search(SearchQuery(text=text)).sources}


def test_a_batch_failing_as_it_begins_releases_the_write_lock(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race, made deterministic: the page concordance is busy ("database is locked")
    just when a batch begins. The Whoosh writer was already taken and was never cancelled;
    while the error's traceback lived (a caller logging it and rebuilding, or here
    pytest's excinfo) every later batch met "write lock held"."""
    begin = Concordance.begin
    calls = {"n": 0}

    def busy_once(self: Concordance) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite3.OperationalError("database is locked")
        begin(self)

    monkeypatch.setattr(Concordance, "begin", busy_once)
    gc.disable()  # nothing collects the lost writer behind our back
    try:
        with pytest.raises(sqlite3.OperationalError) as first:
            engine.add([doc(2, "Floods displaced families.")], generation=2)
        assert engine.state().healthy  # nothing written, not left dirty
        # the next batch, with the first error's traceback still alive
        assert engine.add([doc(3, "Deportees were threatened.")], generation=3) == 1
        assert first.value is not None
    finally:
        gc.enable()
    assert found(engine, "deportees") == {3} and found(engine, "floods") == set()


def test_a_lost_writer_in_a_reference_cycle_no_longer_blocks_the_next_one(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer nobody closed, kept alive only by a reference cycle, holds the lock until
    the garbage collector runs: writer() collects and tries again instead of failing."""
    monkeypatch.setattr(writing, "LOCK_WAIT", 2.0)
    assert engine._ix is not None
    gc.disable()
    try:
        lost = writing.writer(engine._ix)
        lost.cycle = lost  # type: ignore[attr-defined]
        del lost
        assert engine.add([doc(4, "Journalists were threatened.")], generation=2) == 1
    finally:
        gc.enable()
    assert found(engine, "journalists") == {4}


def test_a_writer_really_held_still_fails_after_the_wait(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writing, "LOCK_WAIT", 0.2)
    assert engine._ix is not None
    held = writing.writer(engine._ix)
    try:
        with pytest.raises(LockError):
            writing.writer(engine._ix)
    finally:
        writing.abandon(held)
    writing.abandon(writing.writer(engine._ix))  # released: free again


def test_abandon_releases_the_lock_even_when_cancel_fails(
    engine: SearchEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writing, "LOCK_WAIT", 0.2)
    assert engine._ix is not None
    w = writing.writer(engine._ix)

    def broken() -> None:
        raise OSError("segment half closed")

    monkeypatch.setattr(w, "cancel", broken)
    with pytest.raises(OSError):
        writing.abandon(w)
    writing.abandon(writing.writer(engine._ix))
