"""SQL for translation files attached to sources (table source_translations)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlite_utils

from ..model import SourceTranslation
from .sources import now_iso


def _row_to_translation(row: dict[str, Any]) -> SourceTranslation:
    return SourceTranslation(
        source_id=row["source_id"],
        sha256=row["sha256"],
        format=row["format"],
        original_name=row["original_name"],
        stored_file=row["stored_file"],
        page_count=row["page_count"],
        text=row["text"],
        added_at=row["added_at"],
    )


class TranslationRows:
    """The part `store.translations`: translation files attached to sources."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def set_translation(
        self,
        source_id: int,
        *,
        sha256: str,
        format: str,
        original_name: str,
        stored_file: str,
        page_count: int,
        text: str,
    ) -> None:
        """Attach (or replace) the translation file of a source."""
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO source_translations (source_id, sha256, format, "
                "original_name, stored_file, page_count, text, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [source_id, sha256, format, original_name, stored_file, page_count, text,
                 now_iso()],
            )

    def get_translation(self, source_id: int) -> SourceTranslation | None:
        rows = list(
            self.db.query("SELECT * FROM source_translations WHERE source_id = ?", [source_id])
        )
        return _row_to_translation(rows[0]) if rows else None

    def list_translations(self, source_ids: Sequence[int] | None = None) -> list[SourceTranslation]:
        sql = "SELECT * FROM source_translations"
        params: list[object] = []
        if source_ids is not None:
            sql += f" WHERE source_id IN ({','.join('?' * len(source_ids))})" if source_ids \
                else " WHERE 0"
            params = list(source_ids)
        return [_row_to_translation(r) for r in self.db.query(sql + " ORDER BY source_id", params)]

    def delete_translation(self, source_id: int) -> SourceTranslation | None:
        with self.db.atomic():
            current = self.get_translation(source_id)
            self.db.execute("DELETE FROM source_translations WHERE source_id = ?", [source_id])
        return current

    def file_in_use(self, stored_file: str) -> bool:
        """Whether a source (original or OCR copy) or a translation still uses this file."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM sources WHERE stored_file = ? OR ocr_file = ?) + "
            "(SELECT count(*) FROM source_translations WHERE stored_file = ?)",
            [stored_file, stored_file, stored_file],
        ).fetchone()
        return bool(row[0])
