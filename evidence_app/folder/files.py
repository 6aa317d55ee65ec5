"""The library folder: its names, and every path the app writes or deletes inside it.

A library folder holds `library.sqlite3` (the truth), `files/` (original files, named by
their SHA-256), `index/` (derived search index), `backups/` and the lock file. Paths that
are written or deleted are computed here, and each step is checked to be a plain child of
the expected folder: no `..`, no absolute path, no separator where one name is expected,
no symlink. A stored file's path comes from its hash (and a checked extension), never from
what a database row or a state file says, so a crafted library cannot make a delete reach
outside it.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DiskFull, UnsafePath

if TYPE_CHECKING:
    from ..model import Source

log = logging.getLogger(__name__)

DB_NAME = "library.sqlite3"
FILES = "files"
INDEX = "index"
BACKUPS = "backups"
LOCK_NAME = "library.lock"
PARTIAL_SUFFIX = ".part"
OCR_SUFFIX = ".ocr.pdf"
SUBFOLDERS = (FILES, INDEX, BACKUPS)
# A stored original's extension, by the format ingest/ detected
EXTENSIONS = {"pdf": ".pdf", "html": ".html", "text": ".txt", "docx": ".docx"}

_SHA = re.compile(r"^[0-9a-f]{64}$")
_EXT = re.compile(r"^\.[a-z0-9]{1,8}$")
_BAD_NAMES = {"", ".", ".."}


def is_library(folder: Path) -> bool:
    """A library folder: the database and files/ beside it."""
    return (folder / DB_NAME).is_file() and (folder / FILES).is_dir()


# ---------------------------------------------------------------- checked names
def is_plain_name(name: object) -> bool:
    """One path component: not empty, not `.`/`..`, no separator, no NUL."""
    return (
        isinstance(name, str)
        and name not in _BAD_NAMES
        and "/" not in name
        and "\\" not in name
        and "\0" not in name
        and not os.path.isabs(name)
        and not (len(name) >= 2 and name[1] == ":")  # a Windows drive
    )


def safe_child(parent: Path, name: str) -> Path:
    """`parent / name`, refused (UnsafePath) unless `name` is one plain name and the
    result, if it exists, is not a symlink."""
    if not is_plain_name(name):
        raise UnsafePath(str(parent), str(name), "not a plain name")
    path = parent / name
    if path.is_symlink():
        raise UnsafePath(str(parent), name, "a symbolic link")
    return path


def is_safe_child(parent: Path, name: str) -> bool:
    try:
        safe_child(parent, name)
    except UnsafePath:
        return False
    return True


# ---------------------------------------------------------------- stored files
def valid_sha(sha: object) -> bool:
    return isinstance(sha, str) and bool(_SHA.match(sha))


def stored_suffixes(fmt: str, recorded: str = "") -> list[str]:
    """Extensions a source's stored file may have: the one its format gives, then the
    recorded file's own extension if it is a plain one (".pdf"); never more than a
    checked extension comes from the row."""
    found = [EXTENSIONS[fmt]] if fmt in EXTENSIONS else []
    suffix = Path(recorded.replace("\\", "/")).suffix.lower() if recorded else ""
    if _EXT.match(suffix) and suffix not in found:
        found.append(suffix)
    return found or [""]


def stored_suffix(fmt: str, recorded: str = "") -> str:
    return stored_suffixes(fmt, recorded)[0]


def stored_relative(sha: str, suffix: str) -> str:
    """`files/ab/abcdef....pdf`: the only shape a stored file's path has."""
    if not valid_sha(sha):
        raise UnsafePath(FILES, str(sha)[:80], "not a SHA-256")
    if suffix and not (_EXT.match(suffix) or suffix == OCR_SUFFIX):
        raise UnsafePath(FILES, suffix[:40], "not a file extension")
    return f"{FILES}/{sha[:2]}/{sha}{suffix}"


def stored_path(folder: Path, sha: str, suffix: str) -> Path:
    """The stored file of `sha` (which need not exist), each step checked."""
    relative = stored_relative(sha, suffix)
    files = safe_child(folder, FILES)
    return safe_child(safe_child(files, sha[:2]), relative.rsplit("/", 1)[1])


def source_file(folder: Path, sha: str, fmt: str, recorded: str = "") -> Path | None:
    """A source's original file computed from its hash (the first that exists of its
    possible extensions); None when the hash is not one."""
    try:
        paths = [stored_path(folder, sha, s) for s in stored_suffixes(fmt, recorded)]
    except UnsafePath as exc:
        log.warning("refused a stored-file path: %s", exc)
        return None
    return next((p for p in paths if p.is_file()), paths[0])


def original_path(folder: Path, source: Source) -> Path:
    """A source's original file, computed from its hash (never from what the row names); an
    impossible hash gives a path that is never there, so callers say "missing"."""
    path = source_file(folder, source.sha256, source.format, source.stored_file)
    return path if path is not None else folder / FILES / "-"


def remove_source_files(folder: Path, sha: str, fmt: str, recorded: str = "") -> None:
    """Delete a source's stored file and its OCR'd copy: paths from the hash only."""
    for suffix in [*stored_suffixes(fmt, recorded), OCR_SUFFIX]:
        remove_stored(folder, sha, suffix)


def ocr_file(folder: Path, sha: str) -> Path | None:
    """The OCR'd copy of a scanned PDF, beside its original."""
    try:
        return stored_path(folder, sha, OCR_SUFFIX)
    except UnsafePath as exc:
        log.warning("refused an OCR-file path: %s", exc)
        return None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def partial_of(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_SUFFIX)


def create_private(path: Path) -> int:
    """A new file only its owner can read (0600 from the start); replaces a leftover."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    if hasattr(os, "O_NOFOLLOW"):
        flags |= os.O_NOFOLLOW
    fd = os.open(path, flags, 0o600)
    os.chmod(path, 0o600)
    return fd


@contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """The one way a file is written whole or not at all: the caller writes the yielded
    `<target>.part`; when the block ends without an error it is flushed to disk (fsync),
    made private (0600) and renamed over `target`. On an error, or when the caller removed
    the partial file (a cancelled export), nothing is left and `target` is untouched.
    A `.part` left by a killed program is swept at the next open (sweep_partial_files)."""
    partial = partial_of(target)
    try:
        yield partial
        if partial.exists():
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.chmod(partial, 0o600)
            os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def put_file(folder: Path, source: Path, sha: str, suffix: str) -> str:
    """Copy `source` in as the stored file of `sha` (written_whole: a `.part` copy, fsync,
    rename); returns its path relative to the library. A failed copy leaves nothing."""
    target = stored_path(folder, sha, suffix)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with written_whole(target) as partial, open(source, "rb") as src, \
                os.fdopen(create_private(partial), "wb") as dst:
            for block in iter(lambda: src.read(1 << 20), b""):
                dst.write(block)
    return stored_relative(sha, suffix)


def place_file(folder: Path, source: Path, sha: str, suffix: str) -> Path:
    """Move an already checked file (a bundle member) in as the stored file of `sha`."""
    target = stored_path(folder, sha, suffix)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.replace(source, target)
    os.chmod(target, 0o600)
    return target


def remove_stored(folder: Path, sha: str, suffix: str) -> None:
    """Delete the stored file of `sha` (nothing else, whatever a row says)."""
    try:
        stored_path(folder, sha, suffix).unlink(missing_ok=True)
    except UnsafePath as exc:
        log.warning("not deleting: %s", exc)


# ---------------------------------------------------------------- leftovers
def partial_files(folder: Path) -> Iterator[Path]:
    """Interrupted copies: `files/*/*.part` and `backups/*.part` (regular files only)."""
    files = folder / FILES
    if files.is_dir() and not files.is_symlink():
        for sub in files.iterdir():
            if sub.is_dir() and not sub.is_symlink():
                yield from (p for p in sub.glob("*" + PARTIAL_SUFFIX) if _regular(p))
    backups = folder / BACKUPS
    if backups.is_dir() and not backups.is_symlink():
        yield from (p for p in backups.glob("*" + PARTIAL_SUFFIX) if _regular(p))


def _regular(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def stale_partial_files(folder: Path, before: float | None = None) -> list[Path]:
    """Partial files last written before `before` (a time.time(); default: now): those of
    a copy or backup that was killed, not of one running now."""
    before = time.time() if before is None else before
    stale = []
    for path in partial_files(folder):
        try:
            if path.stat().st_mtime < before:
                stale.append(path)
        except OSError:
            continue
    return sorted(stale)


def sweep_partial_files(folder: Path, before: float | None = None) -> list[Path]:
    """Remove stale partial files; returns them."""
    removed = []
    for path in stale_partial_files(folder, before):
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("could not remove %s: %s", path.name, exc.strerror)
    return removed


def remove_tree_in(parent: Path, name: str) -> bool:
    """Remove the folder `parent/name`, only if `name` is a plain name of a real folder
    directly inside `parent`; False (nothing removed) otherwise. A symlink of that name
    is removed itself, never what it points to."""
    if is_plain_name(name) and (parent / name).is_symlink():
        (parent / name).unlink()
        return True
    try:
        path = safe_child(parent, name)
    except UnsafePath as exc:
        log.warning("not removing: %s", exc)
        return False
    if not path.is_dir():
        return False
    shutil.rmtree(path, ignore_errors=True)
    return True


# ---------------------------------------------------------------- the full disk
def free_bytes(path: Path) -> int:
    for candidate in (path, *path.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return -1


NO_ROOM_BYTES = 4_000_000


def no_room(path: Path) -> bool:
    """Less free space at `path` than a database needs to open for writing."""
    return 0 <= free_bytes(path) < NO_ROOM_BYTES


def is_disk_full(exc: BaseException) -> bool:
    """An OSError ENOSPC/EDQUOT, or SQLite's "disk is full" (or an error caused by one)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 8:
        if isinstance(current, OSError) and current.errno in (
            errno.ENOSPC, getattr(errno, "EDQUOT", -1)
        ):
            return True
        if "disk is full" in str(current) and type(current).__module__ == "sqlite3":
            return True
        current, seen = current.__cause__ or current.__context__, seen + 1
    return False


def as_disk_full(exc: BaseException, folder: Path) -> DiskFull | None:
    """The DiskFull to raise for a failed write: ENOSPC, SQLite's "disk is full", or any
    write error (a database opened read-only for want of room) with no room left."""
    if is_disk_full(exc):
        return disk_full(folder)
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return None  # a read-only stick or disc also shows 0 bytes free
    if isinstance(exc, (OSError, sqlite3.OperationalError)) and no_room(folder):
        if "readonly" in str(exc) and not _writable(folder):
            return None
        return disk_full(folder)
    return None


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def disk_full(folder: Path) -> DiskFull:
    free = free_bytes(folder)
    return DiskFull(str(folder), free)


def ensure_layout(folder: Path) -> None:
    """Make files/, index/ and backups/ (0700). An `index` that is a file or a symlink is
    derived data in the wrong shape: it is replaced by an empty folder (a symlink is
    removed, never what it points to), and the index is rebuilt."""
    for sub in SUBFOLDERS:
        path = folder / sub
        if sub == INDEX and (path.is_symlink() or (path.exists() and not path.is_dir())):
            log.warning("the index folder was not a folder; making a new one")
            path.unlink()
        if path.is_symlink():
            raise UnsafePath(str(folder), sub, "a symbolic link; a library keeps its files "
                                               "inside its own folder")
        if path.exists() and not path.is_dir():
            raise UnsafePath(str(folder), sub, "not a folder")
        path.mkdir(exist_ok=True, mode=0o700)
