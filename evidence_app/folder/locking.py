"""One writer per library at a time, held only while writing.

Readers never take the lock: SQLite in WAL mode gives them a consistent snapshot, and the
search engine reopens its index when another process changed it. A writer holds the lock
file for the duration of one verb (`with lock.hold("importing files"): ...`); a second
writer, in this process or another, waits up to `wait` seconds and then gets LibraryLocked
naming the holder ("pid 123 on host (importing files)"). The description says what, never
with which data: no case fields, no file names.
"""

from __future__ import annotations

import functools
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar, cast

from ..errors import LibraryLocked
from .files import LOCK_NAME

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
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


def _write_note(fd: int, note: bytes) -> None:
    os.ftruncate(fd, 0)
    os.write(fd, note)


class LibraryLock:
    """The write lock of one library folder. Re-entrant within a thread; threads of one
    process queue on an in-process lock, processes on the lock file (flock: released by the
    kernel when a holder dies, so a crash never leaves a library locked)."""

    def __init__(self, folder: Path, wait: float = 2.0) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self.wait = wait
        self._threads = threading.RLock()
        self._depth = 0
        self._doing = ""
        if self.path.is_symlink():  # never write through a link planted in a library
            self.path.unlink()
        self._handle: IO[str] | None = open(  # noqa: SIM115 - kept open for the life of a Library
            self.path, "a+", encoding="utf-8"
        )
        try:
            os.chmod(self.path, 0o600)
        except OSError:  # a read-only copy of a library still opens for reading
            pass

    # ------------------------------------------------------------ holding
    @contextmanager
    def hold(self, doing: str, wait: float | None = None) -> Iterator[None]:
        self.acquire(doing, wait)
        try:
            yield
        finally:
            self.release()

    def acquire(self, doing: str, wait: float | None = None) -> None:
        wait = self.wait if wait is None else wait
        got = (self._threads.acquire(timeout=wait) if wait > 0
               else self._threads.acquire(blocking=False))
        if not got:
            raise LibraryLocked(str(self.folder), f"this program ({self._doing or 'writing'})")
        if self._depth > 0:
            self._depth += 1
            return
        try:
            self._lock_file(doing, wait)
        except BaseException:
            self._threads.release()
            raise
        self._depth = 1
        self._doing = doing

    def release(self) -> None:
        """Undo one acquire() of the calling thread."""
        if self._depth <= 0:
            raise RuntimeError("library lock released more often than acquired")
        self._depth -= 1
        try:
            if self._depth == 0:
                self._doing = ""
                handle = self._handle
                if handle is not None:
                    try:
                        os.ftruncate(handle.fileno(), 0)
                    except OSError:
                        log.debug("could not clear the lock note", exc_info=True)
                    _unlock(handle)
        finally:
            self._threads.release()

    def _lock_file(self, doing: str, wait: float) -> None:
        handle = self._handle
        if handle is None:
            raise LibraryLocked(str(self.folder), "nobody: the library is closed")
        deadline = time.monotonic() + wait
        waited = False
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                raise LibraryLocked(str(self.folder), self._read_holder() or "another program")
            if not waited:
                log.info("waiting up to %gs for the library lock (%s)", wait, self._read_holder())
                waited = True
            time.sleep(POLL_SECONDS)
        log.debug("library lock taken for %s", doing)
        # Who holds it, so the next one can say so. No case data here. On a full disk the
        # lock is held all the same, without the note: reading verbs must still work.
        # Written unbuffered (os.write), so a failed write leaves nothing pending.
        note = f"pid {os.getpid()} on {socket.gethostname()} ({doing})\n".encode()
        try:
            _write_note(handle.fileno(), note)
        except OSError as exc:
            log.warning("could not note the lock holder: %s", exc.strerror)

    def _read_holder(self) -> str:
        try:
            with open(self.path, encoding="utf-8") as f:
                return f.read(200).strip()
        except OSError:
            return ""

    # ------------------------------------------------------------ asking
    def held(self) -> bool:
        """True when the calling thread holds the lock (inside a write verb)."""
        if not self._threads.acquire(blocking=False):
            return False
        try:
            return self._depth > 0
        finally:
            self._threads.release()

    def holder_elsewhere(self) -> str:
        """Who is writing now ("" when nobody): another process or another thread."""
        if not self._threads.acquire(blocking=False):
            return f"this program ({self._doing or 'writing'})"
        try:
            if self._depth > 0 or self._handle is None:
                return ""
            # A probe: take and drop the file lock. A writer starting meanwhile just polls.
            if _try_lock(self._handle):
                _unlock(self._handle)
                return ""
            return self._read_holder() or "another program"
        finally:
            self._threads.release()

    def close(self) -> None:
        with self._threads:
            handle, self._handle = self._handle, None
            depth, self._depth = self._depth, 0
            try:
                if handle is not None and depth > 0:
                    handle.seek(0)
                    handle.truncate()
                    _unlock(handle)
            finally:
                if handle is not None:
                    handle.close()
                for _ in range(depth):  # closed while held (an error inside a write)
                    self._threads.release()


F = TypeVar("F", bound=Callable[..., Any])


def writes(doing: str) -> Callable[[F], F]:
    """Mark a Library verb that changes the library: it runs inside `self._writing(doing)`,
    holding the write lock. `doing` says what, for the next writer's LibraryLocked."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def verb(self: Any, *args: Any, **kwargs: Any) -> Any:
            with self._writing(doing):
                return fn(self, *args, **kwargs)

        verb.__writes__ = doing  # type: ignore[attr-defined]
        return cast(F, verb)

    return decorate
