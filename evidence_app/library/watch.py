"""Several programs on one library: the write lock as parts take it, noticing what other
programs changed, and opening while another program holds the lock.

Only writes take the library's lock (`Writing`, and the `@writes` verbs); reads use SQLite's
WAL snapshots and never wait. A program that opens the library while another one writes
skips the open-time upkeep (the writer did it) unless the database must first be created or
migrated. `data_version` and `changed_elsewhere` let a window notice what
other programs changed, cheaply, by polling.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import LibraryLocked, LibraryTooNew
from ..folder.files import DB_NAME, as_disk_full
from ..folder.locking import LibraryLock
from ..store import Store
from ..store.connection import connect

DiskState = Callable[[], "tuple[int, str] | None"]  # the index on disk: generation, segment


class ChangeWatch:
    """`library.watch`: what other programs did to this library."""

    def __init__(self, folder: Path, lock: LibraryLock, index_state: DiskState) -> None:
        self._folder = folder
        self._lock = lock
        self._index_state = index_state  # (generation, active segment) of the index on disk
        self._watch_lock = threading.Lock()
        self._watch: Store | None = None
        self._seen_version: tuple[int, int, str] | None = None
        self._seen_version = self.data_version()  # changes from now on are news

    def close(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None

    def data_version(self) -> tuple[int, int, str]:
        """Cheap: changes whenever any process commits to the library database or updates
        the search index. Compare two values; the numbers mean nothing on their own."""
        with self._watch_lock:
            if self._watch is None:
                self._watch = Store(connect(self._folder / DB_NAME))
            version = self._watch.data_version()
        disk = self._index_state()
        return version, disk[0] if disk else -1, disk[1] if disk else ""

    def saw_own_write(self) -> None:
        """What this process wrote is not news to it: only others' writes are."""
        self._seen_version = self.data_version()

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


class Writing:
    """The write lock as a part takes it: `with writing("doing what"):` (re-entrant).
    Another writer waits `wait` seconds (the library's lock_wait) and then gets
    LibraryLocked naming this one; a full disk becomes DiskFull with the free space."""

    def __init__(self, lock: LibraryLock, folder: Path, watch: ChangeWatch) -> None:
        self._lock = lock
        self._folder = folder
        self._watch = watch

    @contextmanager
    def __call__(self, doing: str, wait: float | None = None) -> Iterator[None]:
        with self._lock.hold(doing, wait):
            try:
                yield
            except (OSError, sqlite3.OperationalError) as exc:
                full = as_disk_full(exc, self._folder)
                if full is not None:
                    raise full from exc
                raise
            finally:
                self._watch.saw_own_write()

    def holder_elsewhere(self) -> str:
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
            if not store.upkeep.migration_status()[0]:
                return False
        finally:
            store.close()
    lock.acquire("opening the library", wait=wait)
    return True


def open_unlocked(db_path: Path, allow_pending: bool = False) -> Store:
    """The database as it is, without migrating: another program holds the write lock."""
    store = Store(connect(db_path))
    try:
        pending, unknown = store.upkeep.migration_status()
        if unknown:
            raise LibraryTooNew(str(db_path), f"made by a newer version (migrations {unknown})")
        if pending and not allow_pending:
            raise LibraryLocked(str(db_path.parent), "another program, upgrading the library")
    except BaseException:
        store.close()
        raise
    return store
