"""SQL for agreement records: seeded from resources/agreements, editable by the user,
updatable from library bundles; and the library sources linked to an agreement."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from ..agreements.data import AgreementInvalid, read_record, record_json
from ..errors import NotFound
from ..model.agreements import Agreement
from .sources import now_iso

log = logging.getLogger(__name__)


def _row_to_agreement(row: dict[str, Any]) -> Agreement:
    record = read_record(row["record"], f"agreement {row['id']}")
    return replace(record, origin=row["origin"], user_edited=bool(row["user_edited"]),
                   updated_at=row["updated_at"])


class AgreementRows:
    """The part `store.agreements`: agreement records and their linked sources."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def sync_agreements(self, shipped: Sequence[Agreement]) -> None:
        """Add shipped records; refresh those the user has not edited, unless a bundle brought
        a record with a later as-of date."""
        with self.db.atomic():
            for a in shipped:
                self.db.execute(
                    "INSERT INTO agreements (id, country, record, as_of, origin, updated_at) "
                    "VALUES (?, ?, ?, ?, 'shipped', ?) ON CONFLICT(id) DO UPDATE SET "
                    "country = excluded.country, record = excluded.record, "
                    "as_of = excluded.as_of, origin = 'shipped', updated_at = excluded.updated_at "
                    "WHERE agreements.user_edited = 0 AND agreements.record <> excluded.record "
                    "AND (agreements.origin = 'shipped' OR agreements.as_of < excluded.as_of)",
                    [a.id, a.country, record_json(a), a.status.as_of, now_iso()],
                )

    def list_agreements(self) -> list[Agreement]:
        """Every record that reads as valid; a damaged one is left out (and logged by id)."""
        out = []
        for row in self.db.query("SELECT * FROM agreements ORDER BY country, as_of DESC, id"):
            try:
                out.append(_row_to_agreement(row))
            except AgreementInvalid as exc:
                log.warning("agreement record %s left out: %s", row["id"], exc.problem)
        return out

    def get_agreement(self, agreement_id: str) -> Agreement:
        rows = list(self.db.query("SELECT * FROM agreements WHERE id = ?", [agreement_id]))
        if not rows:
            raise NotFound("agreement", agreement_id)
        return _row_to_agreement(rows[0])

    def put_agreement(self, agreement: Agreement, origin: str, user_edited: bool) -> None:
        """Insert or replace a record (the user's edit, a bundle's record, a restore)."""
        self.db.execute(
            "INSERT INTO agreements (id, country, record, as_of, origin, user_edited, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "country = excluded.country, record = excluded.record, as_of = excluded.as_of, "
            "origin = excluded.origin, user_edited = excluded.user_edited, "
            "updated_at = excluded.updated_at",
            [agreement.id, agreement.country, record_json(agreement), agreement.status.as_of,
             origin, int(user_edited), now_iso()],
        )

    # ------------------------------------------------------------ linked sources
    def link_agreement_source(self, agreement_id: str, source_id: int, linked: bool) -> None:
        with self.db.atomic():
            self.get_agreement(agreement_id)
            if linked:
                self.db.execute(
                    "INSERT OR IGNORE INTO agreement_sources (agreement_id, source_id) "
                    "VALUES (?, ?)", [agreement_id, source_id])
            else:
                self.db.execute(
                    "DELETE FROM agreement_sources WHERE agreement_id = ? AND source_id = ?",
                    [agreement_id, source_id])

    def agreement_source_links(self) -> dict[str, tuple[int, ...]]:
        """Agreement id -> ids of the library sources the user linked to it."""
        links: dict[str, list[int]] = {}
        for row in self.db.query(
            "SELECT agreement_id, source_id FROM agreement_sources ORDER BY agreement_id, "
            "source_id"
        ):
            links.setdefault(row["agreement_id"], []).append(row["source_id"])
        return {k: tuple(v) for k, v in links.items()}
