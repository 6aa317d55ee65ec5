"""Stored text that is not valid UTF-8: finding it for `check`, and writing it back repaired.

SQLite stores whatever bytes it is given as TEXT; a crafted or damaged database can hold
bytes that are not UTF-8. The connection reads them with U+FFFD in their place (connection.
read_text), so no verb crashes; these functions find them by reading the raw bytes.
"""

from __future__ import annotations

import sqlite_utils

from ..model.database import BadText
from .index_log import IndexLog

__all__ = ["TEXT_COLUMNS", "BadText", "TextCheckRows"]

# table -> (key columns, text columns); keys are what a repair writes back to
TEXT_COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pages": (("source_id", "page_no"), ("text", "label")),
    "excerpts": (("id",), ("quote", "note")),
    "sources": (("id",), ("title", "publisher", "author", "url", "language", "kind",
                          "original_name", "notes", "published", "accessed")),
}


class TextCheckRows:
    """The part `store.text_checks`."""

    def __init__(self, db: sqlite_utils.Database, index_log: IndexLog) -> None:
        self.db = db
        self._index_log = index_log

    def invalid_text(self) -> list[BadText]:
        found: list[BadText] = []
        for table, (keys, columns) in TEXT_COLUMNS.items():
            raw = ", ".join(f"CAST({c} AS BLOB)" for c in columns)
            query = f"SELECT {', '.join(keys)}, {raw} FROM {table} ORDER BY {', '.join(keys)}"
            for row in self.db.execute(query):
                key, values = tuple(row[:len(keys)]), row[len(keys):]
                for column, value in zip(columns, values, strict=True):
                    if value is None:
                        continue
                    try:
                        bytes(value).decode("utf-8")
                    except UnicodeDecodeError as exc:
                        found.append(BadText(table, key, column, exc.start))
        return found

    def write_text(self, bad: BadText, text: str) -> None:
        """Replace one bad value (the caller holds the write lock; the index follows through
        the store generation for pages and sources)."""
        keys, columns = TEXT_COLUMNS[bad.table]
        if bad.column not in columns:
            raise ValueError(bad.column)
        where = " AND ".join(f"{k} = ?" for k in keys)
        with self.db.atomic():
            self.db.execute(f"UPDATE {bad.table} SET {bad.column} = ? WHERE {where}",
                            [text, *bad.key])
            if bad.source_id is not None:
                self._index_log.bump([bad.source_id])

    def stored_value(self, bad: BadText) -> str:
        """The value as the connection reads it: bad bytes already replaced by U+FFFD."""
        keys, _ = TEXT_COLUMNS[bad.table]
        where = " AND ".join(f"{k} = ?" for k in keys)
        row = self.db.execute(f"SELECT {bad.column} FROM {bad.table} WHERE {where}",
                              list(bad.key)).fetchone()
        return str(row[0]) if row else ""
