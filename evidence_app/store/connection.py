"""Opening the library database and applying numbered migrations from db/migrations/."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from ..errors import LibraryTooNew
from ..folder.files import no_room
from ..folder.paths import migrations_dir

log = logging.getLogger(__name__)

MIGRATION_SET = "evidence_library"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_files(folder: Path | None = None) -> list[Path]:
    folder = folder or migrations_dir()
    files = sorted(p for p in folder.glob("*.sql") if _MIGRATION_NAME.match(p.name))
    if not files:
        raise FileNotFoundError(f"no migrations in {folder}")
    return files


def split_statements(script: str) -> list[str]:
    """Split a script into statements; executescript() would commit mid-migration."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not current.strip().startswith("--"):
        raise ValueError(f"incomplete SQL statement at end of migration: {current[:80]!r}")
    return statements


def migration_names(folder: Path | None = None) -> set[str]:
    """Names of the migrations this version knows (as build_migrations registers them)."""
    return {p.stem for p in migration_files(folder)}


def build_migrations(folder: Path | None = None) -> sqlite_utils.Migrations:
    migrations = sqlite_utils.Migrations(MIGRATION_SET)
    for path in migration_files(folder):
        statements = split_statements(path.read_text(encoding="utf-8"))

        def apply(db: sqlite_utils.Database, statements: list[str] = statements) -> None:
            for statement in statements:
                db.execute(statement)

        migrations(name=path.stem)(apply)
    return migrations


def read_text(value: bytes) -> str:
    return value.decode("utf-8", "replace")


def connect(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0, check_same_thread=False)
    # Text that is not valid UTF-8 (a crafted or damaged database) reads with U+FFFD in place
    # of the bad bytes instead of failing every verb that reads it; `check` finds and repairs
    # it (store/text_checks.py).
    conn.text_factory = read_text
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        db = sqlite_utils.Database(conn)
        if str(path) != ":memory:":
            db.enable_wal()
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.OperationalError:
        conn.close()
        if str(path) != ":memory:" and Path(path).is_file() and no_room(Path(path).parent):
            return connect_for_reading(Path(path))
        raise
    return db


def connect_for_reading(path: Path) -> sqlite_utils.Database:
    """On a full disk SQLite cannot make the shared-memory file WAL mode reads through:
    read the database file as it is (the last checkpoint), without writing anything.
    Any write then fails, and the facade says "the disk is full"."""
    log.warning("the disk is full: reading %s without writing", path.name)
    conn = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True,
                           isolation_level=None, check_same_thread=False)
    conn.text_factory = read_text
    conn.execute("PRAGMA foreign_keys = ON")
    return sqlite_utils.Database(conn)


def backup_database(db: sqlite_utils.Database, dest: Path) -> Path:
    """Copy a consistent snapshot with SQLite's backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    tmp.unlink(missing_ok=True)
    # Private from the first byte (SQLite would create it with the umask's mode).
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     0o600))
    try:
        target = sqlite3.connect(str(tmp))
        try:
            db.conn.backup(target)
            # The copy inherits WAL mode from the live file; a backup is one self-contained file.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        tmp.replace(dest)
    except BaseException:
        # a full disk or a kill: no half backup left behind
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return dest


def open_database(path: Path, backups: Path | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate. Backs up first when an existing db needs migrating."""
    existed = path.exists() and path.stat().st_size > 0
    db = connect(path)
    migrations = build_migrations()
    known = migration_names()
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - known
    if unknown:
        db.conn.close()
        raise LibraryTooNew(str(path), f"made by a newer version (migrations {sorted(unknown)})")
    pending = migrations.pending(db)
    if pending and existed and backups is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        backup_database(db, backups / f"library-{stamp}-before-{pending[0].name}.sqlite3")
    migrations.apply(db)
    return db


def schema_sql(db: sqlite_utils.Database) -> str:
    """The schema as reviewable text (db/schema.sql is kept equal to this by a test)."""
    rows = db.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "AND name != '_sqlite_migrations' ORDER BY type DESC, name"
    ).fetchall()
    return "".join(f"{row[0].strip()};\n\n" for row in rows).rstrip() + "\n"
