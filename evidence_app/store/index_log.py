"""The store generation and the index log: every change to a source's text or tags bumps
the generation and logs the source, so the derived search index can catch up."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils


class IndexLog:
    """The part `store.index_log`; handed to the parts that change sources."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def generation(self) -> int:
        rows = list(self.db.query("SELECT value FROM meta WHERE key = 'generation'"))
        return int(rows[0]["value"]) if rows else 0

    def bump(self, source_ids: Iterable[int], op: str = "put") -> int:
        """Inside a transaction: next store generation, logged per source for index catch-up."""
        gen = self.generation() + 1
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES ('generation', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [str(gen)],
        )
        for source_id in source_ids:
            self.db.execute(
                "INSERT INTO index_log (generation, source_id, op) VALUES (?, ?, ?)",
                [gen, source_id, op],
            )
        return gen

    def changes_since(self, generation: int) -> tuple[set[int], set[int]] | None:
        """(sources to put, sources to delete) since a generation; None when the log is short."""
        rows = list(
            self.db.query(
                "SELECT source_id, op FROM index_log WHERE generation > ? ORDER BY generation",
                [generation],
            )
        )
        oldest = list(self.db.query("SELECT min(generation) AS g FROM index_log"))[0]["g"]
        if generation > 0 and oldest is not None and oldest > generation + 1:
            return None
        put: set[int] = set()
        delete: set[int] = set()
        for row in rows:
            if row["op"] == "put":
                put.add(row["source_id"])
                delete.discard(row["source_id"])
            else:
                delete.add(row["source_id"])
                put.discard(row["source_id"])
        return put, delete

    def trim_index_log(self, up_to_generation: int) -> None:
        """The index has caught up to this generation; older log rows are no longer needed."""
        self.db.execute("DELETE FROM index_log WHERE generation <= ?", [up_to_generation])
