"""SQL for backups, restore and `check`: what a maintenance verb asks of the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from ..model.database import DatabaseFacts
from .connection import MIGRATION_SET, build_migrations, migration_names

__all__ = ["DatabaseFacts", "UpkeepRows", "database_facts", "known_migrations",
           "pending_migrations"]


def _open_backup(path: Path) -> sqlite3.Connection:
    # immutable: a backup is never written while read, and reading it creates no -wal/-shm
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def pending_migrations(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in build_migrations().pending(db)]


def database_facts(path: Path) -> DatabaseFacts:
    """What a backup file holds, read without changing it. Raises sqlite3.DatabaseError for
    a file that is not a database."""
    conn = _open_backup(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        check = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        migrations: set[str] = set()
        if "_sqlite_migrations" in tables:
            migrations = {
                r[0] for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                    [MIGRATION_SET],
                )
            }
        sources = (
            conn.execute("SELECT count(*) FROM sources").fetchone()[0]
            if "sources" in tables else 0
        )
        return DatabaseFacts(
            frozenset(tables), frozenset(migrations), tuple(c for c in check if c != "ok"),
            int(sources),
        )
    finally:
        conn.close()


def known_migrations() -> set[str]:
    return migration_names()


class UpkeepRows:
    """The part `store.upkeep`: restore, migrations and what `check` asks of the database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def has_data(self) -> bool:
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM excerpts) "
            "+ (SELECT count(*) FROM cases)"
        ).fetchone()
        return bool(row[0])

    # -------------------------------------------------------------- restore
    def restore_from(self, path: Path) -> None:
        """Replace the whole database with a backup, through SQLite's backup API, so other
        connections see the change as one commit."""
        source = _open_backup(path)
        try:
            source.backup(self.db.conn)
        finally:
            source.close()

    def migration_status(self) -> tuple[list[str], list[str]]:
        """(pending migrations, applied ones this version does not know)."""
        migrations = build_migrations()
        applied = {m.name for m in migrations.applied(self.db)}
        unknown = sorted(applied - migration_names())
        return [m.name for m in migrations.pending(self.db)], unknown

    def migrate(self) -> None:
        build_migrations().apply(self.db)

    # -------------------------------------------------------------- check
    def page_count_mismatches(self) -> list[tuple[int, int, int]]:
        """(source id, page_count recorded, pages stored) where they differ."""
        rows = self.db.execute(
            "SELECT s.id, s.page_count, (SELECT count(*) FROM pages p WHERE p.source_id = s.id) "
            "AS n FROM sources s WHERE s.page_count != n ORDER BY s.id"
        ).fetchall()
        return [(int(r[0]), int(r[1]), int(r[2])) for r in rows]

    def sources_without_pages(self) -> list[int]:
        return [
            int(r[0]) for r in self.db.execute(
                "SELECT id FROM sources WHERE NOT EXISTS "
                "(SELECT 1 FROM pages WHERE source_id = sources.id) ORDER BY id"
            ).fetchall()
        ]

    def fix_page_count(self, source_id: int) -> None:
        self.db.execute(
            "UPDATE sources SET page_count = (SELECT count(*) FROM pages WHERE source_id = ?) "
            "WHERE id = ?",
            [source_id, source_id],
        )

    def orphan_pages(self) -> int:
        return int(
            self.db.execute(
                "SELECT count(*) FROM pages WHERE source_id NOT IN (SELECT id FROM sources)"
            ).fetchone()[0]
        )

    def delete_orphan_pages(self) -> int:
        cursor = self.db.execute(
            "DELETE FROM pages WHERE source_id NOT IN (SELECT id FROM sources)"
        )
        return int(cursor.rowcount or 0)

    def excerpt_problems(self) -> list[tuple[int, str]]:
        """Excerpts whose page is gone or whose quote no longer matches the page text."""
        out: list[tuple[int, str]] = []
        for row in self.db.execute(
            "SELECT e.id, e.char_start, e.char_end, e.quote, p.text FROM excerpts e "
            "LEFT JOIN pages p ON p.source_id = e.source_id AND p.page_no = e.page_no "
            "ORDER BY e.id"
        ):
            excerpt_id, start, end, quote, text = row
            if text is None:
                out.append((int(excerpt_id), "its page is missing"))
            elif not (0 <= start < end <= len(text)):
                out.append((int(excerpt_id), "its character range is outside the page"))
            elif text[start:end] != quote:
                out.append((int(excerpt_id), "its quote differs from the page text"))
        return out
