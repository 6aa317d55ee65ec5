"""The library database. Every SQL statement against library.sqlite3 lives in this package.

`Store` owns the connection and what concerns the database as a whole (opening, closing,
backup, integrity, snapshots and transactions, the data version); everything else is a
named part given the database (and the index log where it changes sources), like the parts
of Library: `store.sources`, `store.tags`, `store.excerpts`, `store.cases`, ...
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from .agreements import AgreementRows
from .cases import CaseRows
from .connection import backup_database, open_database, schema_sql
from .editions import EditionRows
from .excerpts import ExcerptRows
from .index_log import IndexLog
from .page_risks import PassageRiskRows
from .sources import SOURCE_FIELDS, SourceRows
from .tags import SourceTags
from .taxonomy import TaxonomyRows
from .text_checks import TextCheckRows
from .translations import TranslationRows
from .upkeep import UpkeepRows

__all__ = ["SOURCE_FIELDS", "Store", "schema_sql"]


class Store:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.index_log = IndexLog(db)
        self.tags = SourceTags(db, self.index_log)
        self.sources = SourceRows(db, self.index_log, self.tags)
        self.excerpts = ExcerptRows(db)
        self.cases = CaseRows(db)
        self.taxonomy = TaxonomyRows(db)
        self.agreements = AgreementRows(db)
        self.editions = EditionRows(db)
        self.passage_risks = PassageRiskRows(db)
        self.translations = TranslationRows(db)
        self.text_checks = TextCheckRows(db, self.index_log)
        self.upkeep = UpkeepRows(db)

    @classmethod
    def open(cls, path: Path, backups: Path | None = None) -> Store:
        return cls(open_database(path, backups))

    def close(self) -> None:
        self.db.conn.close()

    def backup(self, dest: Path) -> Path:
        return backup_database(self.db, dest)

    def data_version(self) -> int:
        """Changes when another connection (any process) committed since the last call."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

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
