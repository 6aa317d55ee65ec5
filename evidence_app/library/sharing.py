"""Opening a library while another program holds its lock.

Only writes take the library's lock (`_writing`, and the `@writes` verbs); reads use
SQLite's WAL snapshots and never wait. A program that opens the library while another one
writes skips the open-time upkeep (the writer did it) unless the database must first be
created or migrated. `data_version` and `changed_elsewhere` let a window notice what other
programs changed, cheaply, by polling.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LibraryLocked, LibraryTooNew
from ..store import Store
from ..store.connection import connect
from .folder import DB_NAME
from .locking import LibraryLock

if TYPE_CHECKING:
    pass

__all__ = ["DB_NAME", "lock_for_upkeep", "open_unlocked"]


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
