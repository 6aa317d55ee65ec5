"""The library database. Every SQL statement against library.sqlite3 lives in this package."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from .agreements import AgreementsStoreMixin
from .bundles import BundlesMixin
from .case_options import CaseOptionsMixin
from .cases import CasesStoreMixin
from .connection import backup_database, open_database, schema_sql
from .editions import EditionsMixin
from .excerpts import ExcerptsMixin
from .page_risks import PageRisksMixin
from .sources import SOURCE_FIELDS, SourcesMixin
from .tag_origins import TagOriginsMixin
from .taxonomy import TaxonomyMixin
from .translations import TranslationsMixin
from .upkeep import UpkeepMixin

__all__ = ["SOURCE_FIELDS", "Store", "schema_sql"]


class Store(
    SourcesMixin, ExcerptsMixin, TaxonomyMixin, CasesStoreMixin, BundlesMixin, UpkeepMixin,
    EditionsMixin,
    TranslationsMixin, TagOriginsMixin, CaseOptionsMixin, AgreementsStoreMixin, PageRisksMixin,
):
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: Path, backups: Path | None = None) -> Store:
        return cls(open_database(path, backups))

    def backup(self, dest: Path) -> Path:
        return backup_database(self.db, dest)

    def integrity_problems(self, quick: bool = False) -> list[str]:
        """SQLite's integrity_check (quick_check: without comparing indexes to tables), then
        foreign keys (not with quick)."""
        rows = self.db.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}")
        problems = [r[0] for r in rows.fetchall() if r[0] != "ok"]
        if quick:
            return problems
        problems += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in self.db.execute("PRAGMA foreign_key_check").fetchall()
        ]
        return problems

    def orphan_pages(self) -> int:
        return int(
            self.db.execute(
                "SELECT count(*) FROM pages WHERE source_id NOT IN (SELECT id FROM sources)"
            ).fetchone()[0]
        )

    def close(self) -> None:
        self.db.conn.close()
