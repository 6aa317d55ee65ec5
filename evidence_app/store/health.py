"""Is the library database file sound? Cheap checks at open, SQLite's own checks on demand.

A damaged file shows in three ways: a header that is not SQLite's (overwritten), a file
shorter than its header says (cut off, e.g. by a copy that stopped half way), or pages
SQLite reports as malformed when a statement reaches them (a bad table). The first two are
found here without opening the database; the third when SQLite says so, through
`damage_reason`.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from ..errors import damage_reason, named_damage

__all__ = ["MAGIC", "damage_reason", "header_problem", "named_damage"]

MAGIC = b"SQLite format 3\x00"
def header_problem(path: Path) -> str | None:
    """What is wrong with the file's header or length, read without opening it; None when
    it looks sound (or does not exist: a new library)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return None  # decided by the caller: new library, or an emptied one
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as exc:
        return f"cannot read it: {exc.strerror}"
    if len(header) < 100 or not header.startswith(MAGIC):
        return "its header is not an SQLite database header (overwritten or not a database)"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"its header names an impossible page size ({page_size})"
    change, pages, valid_for = (struct.unpack(">I", header[o:o + 4])[0] for o in (24, 28, 92))
    wal = path.with_name(path.name + "-wal")
    wal_used = wal.exists() and wal.stat().st_size > 0
    # With a write-ahead log in use the file may lag behind its header until a checkpoint.
    if pages and change == valid_for and not wal_used and size < pages * page_size:
        return (f"the file is cut off: {size} bytes where its header says "
                f"{pages * page_size}")
    return None


def check_problems(conn: sqlite3.Connection, full: bool = False) -> list[str]:
    """SQLite's quick_check (or integrity_check) findings; a check that cannot even run
    is a finding too."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [str(r[0]) for r in rows if r[0] != "ok"]


def file_is_sound(path: Path) -> bool:
    """A backup that passes integrity_check (read-only: the file is not changed)."""
    if header_problem(path) is not None:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        return not check_problems(conn, full=True)
    finally:
        conn.close()
