"""SQL for library bundles: choosing what to export, one snapshot to read it from, one
transaction to merge it in. Cases, exhibits and packet builds are never read here: they do
not travel."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlite_utils


class BundlesMixin:
    db: sqlite_utils.Database

    def source_ids_tagged(self, countries: Sequence[str], risks: Sequence[str]) -> list[int]:
        """Sources with any of the countries and any of the risks (an empty list: no filter)."""
        where: list[str] = []
        params: list[str] = []
        if countries:
            marks = ",".join("?" * len(countries))
            where.append(f"id IN (SELECT source_id FROM source_countries WHERE code IN ({marks}))")
            params += list(countries)
        if risks:
            marks = ",".join("?" * len(risks))
            where.append(f"id IN (SELECT source_id FROM source_risks WHERE slug IN ({marks}))")
            params += list(risks)
        sql = "SELECT id FROM sources" + (" WHERE " + " AND ".join(where) if where else "")
        return [r["id"] for r in self.db.query(sql + " ORDER BY id", params)]

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees one committed state, whatever other writers do meanwhile."""
        if self.db.conn.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("ROLLBACK")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing; store methods called inside nest as savepoints."""
        with self.db.atomic():
            yield

    def excerpt_exists(self, source_id: int, page_no: int, start: int, end: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM excerpts WHERE source_id = ? AND page_no = ? AND char_start = ? "
            "AND char_end = ? LIMIT 1",
            [source_id, page_no, start, end],
        ).fetchone()
        return row is not None

    def set_stored_file(self, source_id: int, stored_file: str) -> None:
        """A bundle brought back the original of a source whose file was missing here."""
        self.db.execute(
            "UPDATE sources SET stored_file = ? WHERE id = ?", [stored_file, source_id]
        )
