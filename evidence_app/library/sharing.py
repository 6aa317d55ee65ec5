"""Several programs on one library (a mixin of Library, and opening without the lock).

Only writes take the library's lock (`_writing`, and the `@writes` verbs); reads use
SQLite's WAL snapshots and never wait. A program that opens the library while another one
writes skips the open-time upkeep (the writer did it) unless the database must first be
created or migrated. `data_version` and `changed_elsewhere` let a window notice what other
programs changed, cheaply, by polling.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LibraryLocked, LibraryTooNew
from ..store import Store
from ..store.connection import connect
from .folder import DB_NAME, as_disk_full
from .locking import LibraryLock

if TYPE_CHECKING:
    from ..search import SearchEngine

__all__ = ["DB_NAME", "SharingMixin", "lock_for_upkeep", "open_unlocked"]


class SharingMixin:
    """Library inherits these."""

    if TYPE_CHECKING:
        folder: Path
        engine: SearchEngine
        _lock: LibraryLock

    _watch: Store | None
    _seen_version: tuple[int, int, str] | None
    _watch_lock: threading.Lock

    def _start_watching(self) -> None:
        self._watch_lock = threading.Lock()
        self._watch = None
        self._seen_version = self.data_version()  # changes from now on are news

    def _stop_watching(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None

    @contextmanager
    def _writing(self, doing: str, wait: float | None = None) -> Iterator[None]:
        """Hold the write lock for one verb (re-entrant). Another writer waits `wait`
        seconds (the library's lock_wait) and then gets LibraryLocked naming this one."""
        with self._lock.hold(doing, wait):
            try:
                yield
            except (OSError, sqlite3.OperationalError) as exc:
                full = as_disk_full(exc, self.folder)
                if full is not None:  # a typed error with the free space, not a traceback
                    raise full from exc
                raise
            finally:
                # What this process wrote is not news to it: only others' writes are.
                self._seen_version = self.data_version()

    def data_version(self) -> tuple[int, int, str]:
        """Cheap: changes whenever any process commits to the library database or updates
        the search index. Compare two values; the numbers mean nothing on their own."""
        with self._watch_lock:
            if self._watch is None:
                self._watch = Store(connect(self.folder / DB_NAME))
            version = self._watch.data_version()
        disk = self.engine.disk_state()
        return version, disk.generation if disk else -1, disk.active if disk else ""

    def changed_elsewhere(self) -> bool:
        """True (once) when another program changed the library since this one last wrote
        or asked, and has finished writing. For the GUI to poll every few seconds."""
        if self._lock.holder_elsewhere():
            return False  # not finished yet: ask again later
        try:
            version = self.data_version()
        except sqlite3.OperationalError:  # busy or locked for a moment: ask again later
            return False
        with self._watch_lock:
            changed = self._seen_version is not None and version != self._seen_version
            self._seen_version = version
        return changed

    def writer(self) -> str:
        """Who is writing to the library now ("" when nobody): "pid N on host (doing)"."""
        return self._lock.holder_elsewhere()


def lock_for_upkeep(lock: LibraryLock, db_path: Path, wait: float) -> bool:
    """Take the write lock for open-time upkeep if it is free. If another program holds it,
    open without upkeep, unless the library is new or needs a migration: then wait for it
    (LibraryLocked after `wait` seconds)."""
    try:
        lock.acquire("opening the library", wait=0)
        return True
    except LibraryLocked:
        pass
    if db_path.exists():
        store = open_unlocked(db_path, allow_pending=True)
        try:
            if not store.migration_status()[0]:
                return False
        finally:
            store.close()
    lock.acquire("opening the library", wait=wait)
    return True


def open_unlocked(db_path: Path, allow_pending: bool = False) -> Store:
    """The database as it is, without migrating: another program holds the write lock."""
    store = Store(connect(db_path))
    try:
        pending, unknown = store.migration_status()
        if unknown:
            raise LibraryTooNew(str(db_path), f"made by a newer version (migrations {unknown})")
        if pending and not allow_pending:
            raise LibraryLocked(str(db_path.parent), "another program, upgrading the library")
    except BaseException:
        store.close()
        raise
    return store
