"""Options of a case kept beside its details: how its exhibits are labelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import NotFound
from .sources import now_iso

if TYPE_CHECKING:
    import sqlite_utils


class CaseOptionsMixin:
    if TYPE_CHECKING:
        db: sqlite_utils.Database

    def exhibit_numbering(self, case_id: int) -> str:
        rows = list(self.db.query("SELECT exhibit_numbering FROM cases WHERE id = ?", [case_id]))
        if not rows:
            raise NotFound("case", case_id)
        return str(rows[0]["exhibit_numbering"])

    def set_exhibit_numbering(self, case_id: int, numbering: str) -> None:
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE cases SET exhibit_numbering = ?, updated_at = ? WHERE id = ?",
                [numbering, now_iso(), case_id])
        if cursor.rowcount == 0:
            raise NotFound("case", case_id)
