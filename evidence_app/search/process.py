"""Searches in a child process, for the GUI.

Whoosh is pure Python: a search run on a thread of the GUI process holds the GIL for tens of
milliseconds at a time, and the window cannot paint or take a key press meanwhile (the GUI
latency benchmark measured the event loop stalling 70-110 ms at 80,000 pages). A child process
searches on the other core instead; the GUI thread's worker only waits on a pipe.

The child opens the library read-only, as a second program would (sharing.open_unlocked, no
index sweep), and follows the parent's writes the way any reader does
(SearchEngine.follow_other_writers, before each search). If it dies it is started again once;
if that fails too the caller gets IndexUnavailable.
"""

from __future__ import annotations

import logging
import pickle
import signal
import threading
from collections.abc import Iterable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import EvidenceError, IndexUnavailable
from ..ingest.pool import _context
from ..model import SearchQuery, SearchResult
from ..store.health import named_damage

log = logging.getLogger(__name__)

STOP_WAIT = 2.0  # seconds a stopping child gets before it is terminated


class SearchProcess:
    """`search(query)` like Library.search, answered by a child process. Thread-safe: one
    search at a time (the GUI drops stale answers anyway)."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._proc: Any = None
        self._aborted = False
        self._start()

    def _start(self) -> None:
        context = _context()
        parent, child = context.Pipe()
        proc = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(str(self.folder), child),
            name="evidence-search", daemon=True)
        proc.start()
        child.close()
        self._conn, self._proc = parent, proc

    def search(self, query: SearchQuery) -> SearchResult:
        with self._lock:
            self._aborted = False
            for attempt in (1, 2):
                if self._conn is None or self._proc is None or not self._proc.is_alive():
                    self._stop()
                    self._start()
                assert self._conn is not None
                try:
                    self._conn.send(query)
                    kind, payload = self._conn.recv()
                    break
                except (EOFError, OSError) as exc:
                    self._stop()
                    if self._aborted:  # stopped on purpose: this search is not tried again
                        self._aborted = False
                        raise IndexUnavailable("the search took too long and was stopped") \
                            from exc
                    log.warning("search process stopped (%s); starting it again", exc)
                    if attempt == 2:
                        raise IndexUnavailable("the search process stopped") from exc
        if kind == "error":
            raise payload
        result: SearchResult = payload
        return result

    def abort(self) -> bool:
        """Kill the child in the middle of a search that never returns (called from another
        thread than the one waiting). The waiting search raises IndexUnavailable at once; the
        next search starts a new child. False when no child was running."""
        proc = self._proc
        if proc is None or not proc.is_alive():
            return False
        self._aborted = True
        proc.kill()
        return True

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        conn, proc = self._conn, self._proc
        self._conn = self._proc = None
        if conn is not None:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
            conn.close()
        if proc is not None:
            proc.join(STOP_WAIT)
            if proc.is_alive():
                proc.terminate()
                proc.join(STOP_WAIT)

    def __enter__(self) -> SearchProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _StoreView:
    """What the engine reads (the child has one thread and one connection)."""

    def __init__(self, store: Any, db_path: Path) -> None:
        self._store = store
        self._db_path = db_path

    def page_texts(self, source_id: int, page_nos: Sequence[int]) -> dict[int, tuple[str, str]]:
        with named_damage(self._db_path):  # the library database, not the index, is damaged
            texts: dict[int, tuple[str, str]] = self._store.page_texts(source_id, page_nos)
        return texts

    def source_titles(self, source_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        with named_damage(self._db_path):
            titles: dict[int, tuple[str, str]] = self._store.source_titles(source_ids)
        return titles

    def iter_index_documents(self, source_ids: Iterable[int] | None = None) -> Any:
        return self._store.iter_index_documents(source_ids)

    def count_sources(self) -> int:
        return int(self._store.count_sources())

    def page_risks_version(self) -> int:
        with named_damage(self._db_path):
            return int(self._store.page_risks_version())

    def page_risk_rows(self) -> list[tuple[str, int, int]]:
        with named_damage(self._db_path):
            rows: list[tuple[str, int, int]] = self._store.page_risk_rows()
        return rows


def _serve(folder: str, conn: Connection) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    from .. import taxonomy
    from ..folder.files import DB_NAME, INDEX
    from ..library.watch import open_unlocked
    from . import SearchEngine

    engine: SearchEngine | None = None
    failure: Exception | None = None
    try:
        with named_damage(Path(folder) / DB_NAME):
            store = open_unlocked(Path(folder) / DB_NAME, allow_pending=True)
        engine = SearchEngine.open(Path(folder) / INDEX,
                                   _StoreView(store, Path(folder) / DB_NAME),
                                   taxonomy.load_thesaurus(), sweep=False)
    except EvidenceError as exc:  # every search reports it
        failure = exc
    except Exception as exc:  # noqa: BLE001 - e.g. sqlite3: no library in that folder
        failure = IndexUnavailable(f"the library cannot be read: {exc}")
    if engine is not None and not conn.poll():
        _warm(engine)
    while True:
        try:
            query = conn.recv()
        except (EOFError, OSError):
            return
        if query is None:
            return
        try:
            if engine is None:
                raise failure or IndexUnavailable("the search index could not be opened")
            conn.send(("ok", _explained(engine.search(query), folder)))
        except Exception as exc:  # noqa: BLE001 - the parent raises it
            conn.send(("error", _transferable(exc)))


WARM_QUERY = "violence OR violencia"


def _explained(result: Any, folder: str) -> Any:
    """"Not ready" while another program writes the index means "wait", not "rebuild"."""
    from .engine import BEING_UPDATED, NOT_READY

    if getattr(result, "error", "") != NOT_READY:
        return result
    from dataclasses import replace

    from ..folder.locking import LibraryLock

    try:
        probe = LibraryLock(Path(folder))
    except OSError:
        return result
    try:
        holder = probe.holder_elsewhere()
    finally:
        probe.close()
    return replace(result, error=BEING_UPDATED.format(holder=holder)) if holder else result


def _warm(engine: Any) -> None:
    """One search before the user's first: it reads the index's tables into the caches
    (the first search of a fresh window took 160-180 ms on 80,000 pages, later ones 60)."""
    try:
        engine.search(SearchQuery(text=WARM_QUERY, limit=5, passages=5))
    except Exception:  # noqa: BLE001 - the user's own search will report any real problem
        log.debug("warm-up search failed", exc_info=True)


def _transferable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - e.g. an exception class with a custom __init__
        return IndexUnavailable(f"{type(exc).__name__}: {exc}")
    return exc
