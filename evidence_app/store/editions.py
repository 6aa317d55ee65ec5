"""SQL for series and editions, page section headings, and the starter sources received."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

import sqlite_utils

from ..model import PageHeadingRow


class EditionRows:
    """The part `store.editions`: series and editions, page headings, starter sources."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -------------------------------------------------------------- series
    def set_series(self, source_id: int, series: str, edition: str) -> None:
        self.db.execute("UPDATE sources SET series = ?, edition = ? WHERE id = ?",
                        [series, edition, source_id])

    def series_source_ids(self, series: str) -> list[int]:
        """Sources of a series, oldest edition first."""
        if not series:
            return []
        return [r["id"] for r in self.db.query(
            "SELECT id FROM sources WHERE series = ? ORDER BY edition, published, id", [series])]

    # -------------------------------------------------------------- headings
    def replace_page_headings(
        self, source_id: int, pages: dict[int, Sequence[tuple[int, str, int]]]
    ) -> None:
        """All headings of a source: {page_no: [(level, heading, start), …]}."""
        with self.db.atomic():
            self.db.execute("DELETE FROM page_headings WHERE source_id = ?", [source_id])
            self.db.conn.executemany(
                "INSERT INTO page_headings (source_id, page_no, position, level, heading, start)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(source_id, page_no, position, level, heading, start)
                 for page_no, rows in pages.items()
                 for position, (level, heading, start) in enumerate(rows)],
            )

    def page_headings(self, source_id: int, page_nos: Iterable[int] | None = None) -> list[
        PageHeadingRow
    ]:
        sql = ("SELECT page_no, level, heading, start FROM page_headings WHERE source_id = ?")
        args: list[object] = [source_id]
        if page_nos is not None:
            wanted = list(page_nos)
            sql += f" AND page_no IN ({','.join('?' * len(wanted))})"
            args += wanted
        sql += " ORDER BY page_no, position"
        return [PageHeadingRow(r["page_no"], r["level"], r["heading"], r["start"])
                for r in self.db.query(sql, args)]

    # -------------------------------------------------------------- starter
    def starter_received(self) -> dict[str, int]:
        """sha256 → starter version, for every starter source this library received."""
        return {r["sha256"]: r["starter_version"]
                for r in self.db.query("SELECT sha256, starter_version FROM starter_sources")}

    def record_starter(self, shas: Iterable[str], version: int) -> None:
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        self.db.conn.executemany(
            "INSERT INTO starter_sources (sha256, starter_version, added_at) VALUES (?, ?, ?) "
            "ON CONFLICT(sha256) DO NOTHING",
            [(sha, version, stamp) for sha in shas],
        )
