"""SQL for excerpts and their tags."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from ..errors import NotFound
from ..ingest.paragraphs import paragraph_pinpoint
from ..model import Excerpt
from .sources import now_iso, split_list

_EXCERPT_SELECT = """
SELECT e.*, p.label AS cite_label, s.title AS source_title,
  CASE WHEN p.label LIKE '¶%' THEN substr(p.text, 1, e.char_end) END AS passage_head,
  (SELECT group_concat(code, ',') FROM
      (SELECT code FROM excerpt_countries WHERE excerpt_id = e.id ORDER BY code)) AS country_list,
  (SELECT group_concat(slug, ',') FROM
      (SELECT slug FROM excerpt_risks WHERE excerpt_id = e.id ORDER BY slug)) AS risk_list
FROM excerpts e
JOIN sources s ON s.id = e.source_id
LEFT JOIN pages p ON p.source_id = e.source_id AND p.page_no = e.page_no
"""


def _row_to_excerpt(row: dict[str, Any]) -> Excerpt:
    return Excerpt(
        id=row["id"],
        source_id=row["source_id"],
        page_no=row["page_no"],
        start=row["char_start"],
        end=row["char_end"],
        quote=row["quote"],
        # A web page's passage "¶ 1–16" is ours; the quote's own paragraph is citable.
        cite_label=paragraph_pinpoint(
            row["cite_label"] or str(row["page_no"]),
            row["passage_head"] or "",
            row["char_start"],
            row["char_end"],
        ),
        note=row["note"],
        countries=split_list(row["country_list"]),
        risks=split_list(row["risk_list"]),
        created_at=row["created_at"],
        source_title=row["source_title"],
        translation=row.get("translation") or "",
        print_note=bool(row.get("print_note")),
    )


class ExcerptRows:
    """The part `store.excerpts`: excerpts and their tags."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def insert_excerpt(
        self,
        source_id: int,
        page_no: int,
        start: int,
        end: int,
        quote: str,
        note: str,
        countries: Iterable[str],
        risks: Iterable[str],
        excerpt_id: int | None = None,
        created_at: str | None = None,
        translation: str = "",
        print_note: bool = False,
    ) -> int:
        stamp = now_iso()
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO excerpts (id, source_id, page_no, char_start, char_end, quote, note, "
                "created_at, updated_at, translation, print_note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [excerpt_id, source_id, page_no, start, end, quote, note, created_at or stamp,
                 stamp, translation, int(print_note)],
            )
            new_id = int(cursor.lastrowid or 0)
            self._set_excerpt_tags(new_id, countries, risks)
        return new_id

    def _set_excerpt_tags(
        self, excerpt_id: int, countries: Iterable[str], risks: Iterable[str]
    ) -> None:
        self.db.execute("DELETE FROM excerpt_countries WHERE excerpt_id = ?", [excerpt_id])
        self.db.execute("DELETE FROM excerpt_risks WHERE excerpt_id = ?", [excerpt_id])
        for code in dict.fromkeys(countries):
            self.db.execute(
                "INSERT INTO excerpt_countries (excerpt_id, code) VALUES (?, ?)", [excerpt_id, code]
            )
        for slug in dict.fromkeys(risks):
            self.db.execute(
                "INSERT INTO excerpt_risks (excerpt_id, slug) VALUES (?, ?)", [excerpt_id, slug]
            )

    def get_excerpt(self, excerpt_id: int) -> Excerpt:
        rows = list(self.db.query(_EXCERPT_SELECT + " WHERE e.id = ?", [excerpt_id]))
        if not rows:
            raise NotFound("excerpt", excerpt_id)
        return _row_to_excerpt(rows[0])

    def list_excerpts(
        self,
        countries: Sequence[str] = (),
        risks: Sequence[str] = (),
        source_id: int | None = None,
        ids: Sequence[int] | None = None,
    ) -> list[Excerpt]:
        where: list[str] = []
        params: list[object] = []
        if countries:
            marks = ",".join("?" * len(countries))
            where.append(
                f"e.id IN (SELECT excerpt_id FROM excerpt_countries WHERE code IN ({marks}))"
            )
            params += list(countries)
        if risks:
            marks = ",".join("?" * len(risks))
            where.append(f"e.id IN (SELECT excerpt_id FROM excerpt_risks WHERE slug IN ({marks}))")
            params += list(risks)
        if source_id is not None:
            where.append("e.source_id = ?")
            params.append(source_id)
        if ids is not None:
            where.append(f"e.id IN ({','.join('?' * len(ids))})" if ids else "0")
            params += list(ids)
        sql = _EXCERPT_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY e.source_id, e.page_no, e.char_start, e.id"
        return [_row_to_excerpt(r) for r in self.db.query(sql, params)]

    def update_excerpt(
        self,
        excerpt_id: int,
        note: str | None = None,
        countries: Iterable[str] | None = None,
        risks: Iterable[str] | None = None,
        translation: str | None = None,
        print_note: bool | None = None,
    ) -> None:
        with self.db.atomic():
            current = self.get_excerpt(excerpt_id)
            if note is not None:
                self.db.execute(
                    "UPDATE excerpts SET note = ?, updated_at = ? WHERE id = ?",
                    [note, now_iso(), excerpt_id],
                )
            if translation is not None:
                self.db.execute(
                    "UPDATE excerpts SET translation = ?, updated_at = ? WHERE id = ?",
                    [translation, now_iso(), excerpt_id],
                )
            if print_note is not None:
                self.db.execute(
                    "UPDATE excerpts SET print_note = ?, updated_at = ? WHERE id = ?",
                    [int(print_note), now_iso(), excerpt_id],
                )
            if countries is not None or risks is not None:
                self._set_excerpt_tags(
                    excerpt_id,
                    current.countries if countries is None else countries,
                    current.risks if risks is None else risks,
                )

    def delete_excerpt(self, excerpt_id: int) -> Excerpt:
        with self.db.atomic():
            excerpt = self.get_excerpt(excerpt_id)
            links = tuple(
                (int(exhibit), int(position))
                for exhibit, position in self.db.execute(
                    "SELECT exhibit_id, position FROM exhibit_excerpts WHERE excerpt_id = ? "
                    "ORDER BY exhibit_id",
                    [excerpt_id],
                )
            )
            self.db.execute("DELETE FROM excerpts WHERE id = ?", [excerpt_id])
        return replace(excerpt, exhibit_links=links)

    def relink_excerpt(self, excerpt_id: int, links: Iterable[tuple[int, int]]) -> None:
        """Back into the exhibits it was in, those that still exist, at its old place."""
        with self.db.atomic():
            for exhibit_id, position in links:
                self.db.execute(
                    "INSERT OR IGNORE INTO exhibit_excerpts (exhibit_id, excerpt_id, position) "
                    "SELECT id, ?, ? FROM exhibits WHERE id = ?",
                    [excerpt_id, position, exhibit_id],
                )

    def count_excerpts(self, source_id: int | None = None) -> int:
        if source_id is None:
            return int(self.db.execute("SELECT count(*) FROM excerpts").fetchone()[0])
        return int(
            self.db.execute(
                "SELECT count(*) FROM excerpts WHERE source_id = ?", [source_id]
            ).fetchone()[0]
        )

    def excerpt_exists(self, source_id: int, page_no: int, start: int, end: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM excerpts WHERE source_id = ? AND page_no = ? AND char_start = ? "
            "AND char_end = ? LIMIT 1",
            [source_id, page_no, start, end],
        ).fetchone()
        return row is not None
