"""SQL for cases, exhibits and packet page maps (private data: never exported in bundles)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from ..errors import NotFound
from ..model.cases import CASE_FIELDS, Case, Exhibit
from .sources import now_iso

_CASE_SELECT = """
SELECT c.*,
  (SELECT group_concat(code, ',') FROM
      (SELECT code FROM case_countries WHERE case_id = c.id ORDER BY position)) AS country_list
FROM cases c
"""

_EXHIBIT_SELECT = """
SELECT x.*, s.title AS source_title,
  (SELECT group_concat(excerpt_id, ',') FROM
      (SELECT excerpt_id FROM exhibit_excerpts WHERE exhibit_id = x.id ORDER BY position))
      AS excerpt_list
FROM exhibits x JOIN sources s ON s.id = x.source_id
"""


def _row_to_case(row: dict[str, Any]) -> Case:
    values: dict[str, Any] = {name: row[name] for name in CASE_FIELDS}
    values["unaccompanied"] = bool(values["unaccompanied"])
    return Case(
        id=row["id"],
        countries=tuple(row["country_list"].split(",")) if row["country_list"] else (),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        **values,
    )


def _row_to_exhibit(row: dict[str, Any]) -> Exhibit:
    excerpts = row["excerpt_list"]
    return Exhibit(
        id=row["id"],
        case_id=row["case_id"],
        position=row["position"],
        source_id=row["source_id"],
        scope=row["scope"],
        page_ranges=row["page_ranges"],
        lettered=bool(row["lettered"]),
        excerpt_ids=tuple(int(i) for i in excerpts.split(",")) if excerpts else (),
        source_title=row["source_title"],
        created_at=row["created_at"],
    )


class CaseRows:
    """The part `store.cases`: cases, exhibits, their options and packet page maps."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -------------------------------------------------------------- cases
    def insert_case(self, fields: dict[str, Any], countries: Sequence[str]) -> int:
        unknown = set(fields) - set(CASE_FIELDS)
        if unknown:
            raise ValueError(f"not case fields: {sorted(unknown)}")
        stamp = now_iso()
        names = list(fields)
        with self.db.atomic():
            cursor = self.db.execute(
                f"INSERT INTO cases ({', '.join([*names, 'created_at', 'updated_at'])}) "
                f"VALUES ({', '.join('?' * (len(names) + 2))})",
                [*fields.values(), stamp, stamp],
            )
            case_id = int(cursor.lastrowid or 0)
            self._set_case_countries(case_id, countries)
        return case_id

    def _set_case_countries(self, case_id: int, countries: Iterable[str]) -> None:
        self.db.execute("DELETE FROM case_countries WHERE case_id = ?", [case_id])
        for position, code in enumerate(dict.fromkeys(countries), start=1):
            self.db.execute(
                "INSERT INTO case_countries (case_id, code, position) VALUES (?, ?, ?)",
                [case_id, code, position],
            )

    def update_case(
        self, case_id: int, fields: dict[str, Any], countries: Sequence[str] | None
    ) -> None:
        unknown = set(fields) - set(CASE_FIELDS)
        if unknown:
            raise ValueError(f"not case fields: {sorted(unknown)}")
        with self.db.atomic():
            self.get_case(case_id)
            sets = "".join(f"{name} = ?, " for name in fields)
            self.db.execute(
                f"UPDATE cases SET {sets}updated_at = ? WHERE id = ?",
                [*fields.values(), now_iso(), case_id],
            )
            if countries is not None:
                self._set_case_countries(case_id, countries)

    def get_case(self, case_id: int) -> Case:
        rows = list(self.db.query(_CASE_SELECT + " WHERE c.id = ?", [case_id]))
        if not rows:
            raise NotFound("case", case_id)
        return _row_to_case(rows[0])

    def list_cases(self) -> list[Case]:
        return [_row_to_case(r) for r in self.db.query(_CASE_SELECT + " ORDER BY c.id")]

    def delete_case(self, case_id: int) -> None:
        with self.db.atomic():
            self.get_case(case_id)
            self.db.execute("DELETE FROM cases WHERE id = ?", [case_id])

    def touch_case(self, case_id: int) -> None:
        self.db.execute("UPDATE cases SET updated_at = ? WHERE id = ?", [now_iso(), case_id])

    # -------------------------------------------------------------- exhibits
    def list_exhibits(self, case_id: int) -> list[Exhibit]:
        return [
            _row_to_exhibit(r)
            for r in self.db.query(
                _EXHIBIT_SELECT + " WHERE x.case_id = ? ORDER BY x.position, x.id", [case_id]
            )
        ]

    def get_exhibit(self, exhibit_id: int) -> Exhibit:
        rows = list(self.db.query(_EXHIBIT_SELECT + " WHERE x.id = ?", [exhibit_id]))
        if not rows:
            raise NotFound("exhibit", exhibit_id)
        return _row_to_exhibit(rows[0])

    def insert_exhibit(
        self,
        case_id: int,
        source_id: int,
        scope: str,
        page_ranges: str,
        lettered: bool,
        excerpt_ids: Sequence[int] = (),
    ) -> int:
        with self.db.atomic():
            self.get_case(case_id)
            position = self.db.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM exhibits WHERE case_id = ?",
                [case_id],
            ).fetchone()[0]
            cursor = self.db.execute(
                "INSERT INTO exhibits (case_id, position, source_id, scope, page_ranges, lettered, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [case_id, position, source_id, scope, page_ranges, int(lettered), now_iso()],
            )
            exhibit_id = int(cursor.lastrowid or 0)
            self._append_exhibit_excerpts(exhibit_id, excerpt_ids)
            self.touch_case(case_id)
        return exhibit_id

    def _append_exhibit_excerpts(self, exhibit_id: int, excerpt_ids: Sequence[int]) -> None:
        start = self.db.execute(
            "SELECT coalesce(max(position), 0) FROM exhibit_excerpts WHERE exhibit_id = ?",
            [exhibit_id],
        ).fetchone()[0]
        for offset, excerpt_id in enumerate(excerpt_ids, start=1):
            self.db.execute(
                "INSERT OR IGNORE INTO exhibit_excerpts (exhibit_id, excerpt_id, position) "
                "VALUES (?, ?, ?)",
                [exhibit_id, excerpt_id, start + offset],
            )

    def add_exhibit_excerpts(self, exhibit_id: int, excerpt_ids: Sequence[int]) -> None:
        with self.db.atomic():
            exhibit = self.get_exhibit(exhibit_id)
            self._append_exhibit_excerpts(exhibit_id, excerpt_ids)
            self.touch_case(exhibit.case_id)

    def remove_exhibit_excerpts(self, exhibit_id: int, excerpt_ids: Sequence[int]) -> None:
        with self.db.atomic():
            exhibit = self.get_exhibit(exhibit_id)
            for excerpt_id in excerpt_ids:
                self.db.execute(
                    "DELETE FROM exhibit_excerpts WHERE exhibit_id = ? AND excerpt_id = ?",
                    [exhibit_id, excerpt_id],
                )
            self.touch_case(exhibit.case_id)

    def update_exhibit(self, exhibit_id: int, scope: str, page_ranges: str, lettered: bool) -> None:
        with self.db.atomic():
            exhibit = self.get_exhibit(exhibit_id)
            self.db.execute(
                "UPDATE exhibits SET scope = ?, page_ranges = ?, lettered = ? WHERE id = ?",
                [scope, page_ranges, int(lettered), exhibit_id],
            )
            self.touch_case(exhibit.case_id)

    def move_exhibit(self, exhibit_id: int, position: int) -> None:
        """Put an exhibit at a 1-based position; the others keep their relative order."""
        with self.db.atomic():
            exhibit = self.get_exhibit(exhibit_id)
            ids = [e.id for e in self.list_exhibits(exhibit.case_id) if e.id != exhibit_id]
            position = max(1, min(position, len(ids) + 1))
            ids.insert(position - 1, exhibit_id)
            self._renumber(ids)
            self.touch_case(exhibit.case_id)

    def _renumber(self, ids: Sequence[int]) -> None:
        for position, exhibit_id in enumerate(ids, start=1):
            self.db.execute(
                "UPDATE exhibits SET position = ? WHERE id = ?", [position, exhibit_id]
            )

    def delete_exhibit(self, exhibit_id: int) -> Exhibit:
        with self.db.atomic():
            exhibit = self.get_exhibit(exhibit_id)
            self.db.execute("DELETE FROM exhibits WHERE id = ?", [exhibit_id])
            self._renumber([e.id for e in self.list_exhibits(exhibit.case_id)])
            self.touch_case(exhibit.case_id)
        return exhibit

    def cases_using_source(self, source_id: int) -> list[int]:
        return [
            r["case_id"]
            for r in self.db.query(
                "SELECT DISTINCT case_id FROM exhibits WHERE source_id = ? ORDER BY case_id",
                [source_id],
            )
        ]

    # -------------------------------------------------------------- coverage
    def coverage_counts(
        self, countries: Sequence[str], case_id: int | None
    ) -> list[tuple[str, str, int]]:
        """(country, legal element or "", distinct excerpts) for excerpts tagged with the
        countries: those of the case's exhibits, or the whole library when case_id is None."""
        if not countries:
            return []
        marks = ",".join("?" * len(countries))
        params: list[Any] = list(countries)
        scope = ""
        if case_id is not None:
            scope = (
                " AND ec.excerpt_id IN (SELECT xe.excerpt_id FROM exhibit_excerpts xe "
                "JOIN exhibits x ON x.id = xe.exhibit_id WHERE x.case_id = ?)"
            )
            params.append(case_id)
        sql = (
            "SELECT ec.code AS code, coalesce(rt.legal_element, '') AS element, "
            "count(DISTINCT ec.excerpt_id) AS n FROM excerpt_countries ec "
            "LEFT JOIN excerpt_risks er ON er.excerpt_id = ec.excerpt_id "
            "LEFT JOIN risk_types rt ON rt.slug = er.slug "
            f"WHERE ec.code IN ({marks}){scope} GROUP BY ec.code, element"
        )
        return [(r["code"], r["element"], r["n"]) for r in self.db.query(sql, params)]

    # -------------------------------------------------------------- packet page maps
    def save_packet_build(
        self, case_id: int, fingerprint: str, total_pages: int, page_map: dict[str, Any]
    ) -> None:
        self.db.execute(
            "INSERT INTO packet_builds (case_id, built_at, fingerprint, total_pages, page_map) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET "
            "built_at = excluded.built_at, fingerprint = excluded.fingerprint, "
            "total_pages = excluded.total_pages, page_map = excluded.page_map",
            [case_id, now_iso(), fingerprint, total_pages, json.dumps(page_map)],
        )

    def packet_build(self, case_id: int) -> tuple[str, int, dict[str, Any]] | None:
        """(fingerprint, total pages, page map) of the last packet built, or None."""
        rows = list(
            self.db.query(
                "SELECT fingerprint, total_pages, page_map FROM packet_builds WHERE case_id = ?",
                [case_id],
            )
        )
        if not rows:
            return None
        row = rows[0]
        return row["fingerprint"], row["total_pages"], json.loads(row["page_map"])

    # -------------------------------------------------------------- options
    def exhibit_numbering(self, case_id: int) -> str:
        """How the case's exhibits are labelled."""
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
