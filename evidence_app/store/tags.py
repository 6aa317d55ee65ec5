"""SQL for the country and risk tags of sources, and where each came from: 'user' (a
person) or 'auto' (the app, at import)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlite_utils

from ..errors import NotFound
from .index_log import IndexLog


class SourceTags:
    """The part `store.tags`."""

    def __init__(self, db: sqlite_utils.Database, index_log: IndexLog) -> None:
        self.db = db
        self._index_log = index_log

    def _require_source(self, source_id: int) -> None:
        if self.db.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is None:
            raise NotFound("source", source_id)

    # -------------------------------------------------------------- writing
    def add_tags(
        self,
        source_id: int,
        countries: Iterable[str],
        risks: Iterable[str],
        origin: str = "user",
    ) -> None:
        """Add tags with an origin (inside the caller's transaction; no generation bump).
        A person's tag ('user') also claims an automatic one already there; an automatic
        tag never demotes the person's."""
        for table, column, values in (
            ("source_countries", "code", countries),
            ("source_risks", "slug", risks),
        ):
            for value in values:
                self.db.execute(
                    f"INSERT INTO {table} (source_id, {column}, origin) VALUES (?, ?, ?) "
                    f"ON CONFLICT(source_id, {column}) DO UPDATE SET origin = 'user' "
                    "WHERE excluded.origin = 'user'",
                    [source_id, value, origin],
                )

    def change_source_tags(
        self,
        source_id: int,
        add_countries: Iterable[str] = (),
        remove_countries: Iterable[str] = (),
        add_risks: Iterable[str] = (),
        remove_risks: Iterable[str] = (),
        origin: str = "user",
    ) -> None:
        with self.db.atomic():
            self._require_source(source_id)
            self.add_tags(source_id, add_countries, add_risks, origin)
            for code in remove_countries:
                self.db.execute(
                    "DELETE FROM source_countries WHERE source_id = ? AND code = ?",
                    [source_id, code],
                )
            for slug in remove_risks:
                self.db.execute(
                    "DELETE FROM source_risks WHERE source_id = ? AND slug = ?", [source_id, slug]
                )
            self._index_log.bump([source_id])

    def set_tag_origins(
        self,
        source_id: int,
        countries: dict[str, str],
        risks: dict[str, str],
    ) -> None:
        """Put one source's tags back exactly as given ({tag: origin}), e.g. for undo."""
        with self.db.atomic():
            self._require_source(source_id)
            self.db.execute("DELETE FROM source_countries WHERE source_id = ?", [source_id])
            self.db.execute("DELETE FROM source_risks WHERE source_id = ?", [source_id])
            for code, origin in countries.items():
                self.add_tags(source_id, [code], (), origin)
            for slug, origin in risks.items():
                self.add_tags(source_id, (), [slug], origin)
            self._index_log.bump([source_id])

    # -------------------------------------------------------------- reading
    def tag_origins(self, source_id: int) -> dict[str, dict[str, str]]:
        """{"countries": {code: origin}, "risks": {slug: origin}} of one source."""
        return {
            "countries": {
                r["code"]: r["origin"]
                for r in self.db.query(
                    "SELECT code, origin FROM source_countries WHERE source_id = ?", [source_id]
                )
            },
            "risks": {
                r["slug"]: r["origin"]
                for r in self.db.query(
                    "SELECT slug, origin FROM source_risks WHERE source_id = ?", [source_id]
                )
            },
        }

    def sources_with_auto_tags(self) -> list[int]:
        return [
            r["source_id"]
            for r in self.db.query(
                "SELECT source_id FROM source_countries WHERE origin = 'auto' UNION "
                "SELECT source_id FROM source_risks WHERE origin = 'auto' ORDER BY source_id"
            )
        ]

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
