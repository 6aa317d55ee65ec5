"""The library database as the parts of Library reach it: the writer's connection, and one
reader connection per thread (WAL: a reader sees committed data and never waits)."""

from __future__ import annotations

import threading
from pathlib import Path

from ..store import Store
from ..store.connection import connect


class Stores:
    """Handed to each part of Library instead of the Library itself."""

    def __init__(self, writer: Store, db_path: Path) -> None:
        self.writer = writer
        self.db_path = db_path
        self._local = threading.local()
        self._readers: list[Store] = []
        self._readers_lock = threading.Lock()

    def reader(self) -> Store:
        """The calling thread's reader, opened on first use."""
        reader: Store | None = getattr(self._local, "store", None)
        if reader is None:
            reader = Store(connect(self.db_path))
            self._local.store = reader
            with self._readers_lock:
                self._readers.append(reader)
        return reader

    def close_readers(self) -> None:
        with self._readers_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()
