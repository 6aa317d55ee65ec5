"""SQL for where source tags came from: 'user' (a person) or 'auto' (the app, at import)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import sqlite_utils

if TYPE_CHECKING:
    from ..model import Source


class TagOriginsMixin:
    db: sqlite_utils.Database

    if TYPE_CHECKING:

        def get_source(self, source_id: int) -> Source: ...

        def _bump(self, source_ids: Iterable[int], op: str = "put") -> int: ...

        def _add_tags(
            self,
            source_id: int,
            countries: Iterable[str],
            risks: Iterable[str],
            origin: str = "user",
        ) -> None: ...

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

    def set_tag_origins(
        self,
        source_id: int,
        countries: dict[str, str],
        risks: dict[str, str],
    ) -> None:
        """Put one source's tags back exactly as given ({tag: origin}), e.g. for undo."""
        with self.db.atomic():
            self.get_source(source_id)
            self.db.execute("DELETE FROM source_countries WHERE source_id = ?", [source_id])
            self.db.execute("DELETE FROM source_risks WHERE source_id = ?", [source_id])
            for code, origin in countries.items():
                self._add_tags(source_id, [code], (), origin)
            for slug, origin in risks.items():
                self._add_tags(source_id, (), [slug], origin)
            self._bump([source_id])
