"""One writer per library: a lock file held open for the life of a Library."""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path
from typing import IO

from .errors import LibraryLocked

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class LibraryLock:
    """Held by the process that may write; a second process waits `wait` seconds, then fails."""

    def __init__(self, folder: Path, wait: float = 2.0) -> None:
        self.path = folder / "library.lock"
        self._handle: IO[str] | None = None
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
        deadline = time.monotonic() + wait
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                handle.seek(0)
                holder = handle.read().strip()
                handle.close()
                raise LibraryLocked(str(folder), holder)
            time.sleep(0.05)
        handle.seek(0)
        handle.truncate()
        # Who holds it, so the next one can say so. No case data here.
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                self._handle.seek(0)
                self._handle.truncate()
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None
