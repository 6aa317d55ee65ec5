"""SQL for countries and risk types: seeded from resources/taxonomy, editable by the user."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from ..errors import NotFound
from ..model import Country, RiskType


def _row_to_country(row: dict[str, Any]) -> Country:
    return Country(
        code=row["code"],
        name_en=row["name_en"],
        name_es=row["name_es"],
        aca_status=row["aca_status"],
        aca_signed=row["aca_signed"],
        aca_in_force=row["aca_in_force"],
        aca_ended=row["aca_ended"],
        notes=row["notes"],
        names=tuple(json.loads(row["names"] or "[]")),
    )


def _row_to_risk(row: dict[str, Any]) -> RiskType:
    return RiskType(
        slug=row["slug"],
        label_en=row["label_en"],
        label_es=row["label_es"],
        description=row["description"],
        legal_element=row["legal_element"],
        parent=row["parent"],
        keywords=tuple(json.loads(row["keywords"] or "[]")),
        hidden=bool(row["hidden"]),
        user_defined=bool(row["user_defined"]),
    )


class TaxonomyRows:
    """The part `store.taxonomy`: countries and risk types."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def sync_taxonomy(self, countries: Sequence[Country], risks: Sequence[RiskType]) -> None:
        """Add shipped entries and refresh those the user has not edited."""
        with self.db.atomic():
            for c in countries:
                self.db.execute(
                    "INSERT INTO countries (code, name_en, name_es, aca_status, aca_signed, "
                    "aca_in_force, aca_ended, notes, names) VALUES (?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT(code) DO UPDATE SET name_en = excluded.name_en, "
                    "name_es = excluded.name_es, aca_status = excluded.aca_status, "
                    "aca_signed = excluded.aca_signed, aca_in_force = excluded.aca_in_force, "
                    "aca_ended = excluded.aca_ended, notes = excluded.notes, "
                    "names = excluded.names WHERE countries.user_edited = 0",
                    [c.code, c.name_en, c.name_es, c.aca_status, c.aca_signed, c.aca_in_force,
                     c.aca_ended, c.notes, json.dumps(list(c.names), ensure_ascii=False)],
                )
            for position, r in enumerate(risks):
                self.db.execute(
                    "INSERT INTO risk_types (slug, label_en, label_es, description, legal_element, "
                    "parent, keywords, position) VALUES (?,?,?,?,?,?,?,?) "
                    "ON CONFLICT(slug) DO UPDATE SET label_en = excluded.label_en, "
                    "label_es = excluded.label_es, description = excluded.description, "
                    "legal_element = excluded.legal_element, parent = excluded.parent, "
                    "keywords = excluded.keywords, position = excluded.position "
                    "WHERE risk_types.user_edited = 0",
                    [r.slug, r.label_en, r.label_es, r.description, r.legal_element, r.parent,
                     json.dumps(list(r.keywords), ensure_ascii=False), position],
                )

    def list_countries(self) -> list[Country]:
        rows = self.db.query("SELECT * FROM countries ORDER BY name_en")
        return [_row_to_country(r) for r in rows]

    def get_country(self, code: str) -> Country:
        rows = list(self.db.query("SELECT * FROM countries WHERE code = ?", [code]))
        if not rows:
            raise NotFound("country", code)
        return _row_to_country(rows[0])

    def update_country(self, code: str, fields: dict[str, Any]) -> None:
        allowed = {"name_en", "name_es", "aca_status", "aca_signed", "aca_in_force", "aca_ended",
                   "notes"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self.db.atomic():
            self.get_country(code)
            if fields:
                sets = ", ".join(f"{k} = ?" for k in fields)
                self.db.execute(
                    f"UPDATE countries SET {sets}, user_edited = 1 WHERE code = ?",
                    [*fields.values(), code],
                )

    def list_risk_types(self, include_hidden: bool = True) -> list[RiskType]:
        sql = "SELECT * FROM risk_types"
        if not include_hidden:
            sql += " WHERE hidden = 0"
        return [_row_to_risk(r) for r in self.db.query(sql + " ORDER BY position, slug")]

    def get_risk_type(self, slug: str) -> RiskType:
        rows = list(self.db.query("SELECT * FROM risk_types WHERE slug = ?", [slug]))
        if not rows:
            raise NotFound("risk type", slug)
        return _row_to_risk(rows[0])

    def insert_risk_type(self, risk: RiskType) -> None:
        position = self.db.execute("SELECT coalesce(max(position), 0) + 1 FROM risk_types")
        self.db.execute(
            "INSERT INTO risk_types (slug, label_en, label_es, description, legal_element, parent, "
            "keywords, hidden, user_defined, user_edited, position) "
            "VALUES (?,?,?,?,?,?,?,?,1,1,?)",
            [risk.slug, risk.label_en, risk.label_es, risk.description, risk.legal_element,
             risk.parent, json.dumps(list(risk.keywords), ensure_ascii=False), int(risk.hidden),
             position.fetchone()[0]],
        )

    def update_risk_type(self, slug: str, fields: dict[str, Any]) -> None:
        allowed = {"label_en", "label_es", "description", "legal_element", "parent", "keywords",
                   "hidden"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        values = dict(fields)
        if "keywords" in values:
            values["keywords"] = json.dumps(list(values["keywords"]), ensure_ascii=False)
        if "hidden" in values:
            values["hidden"] = int(bool(values["hidden"]))
        with self.db.atomic():
            self.get_risk_type(slug)
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                self.db.execute(
                    f"UPDATE risk_types SET {sets}, user_edited = 1 WHERE slug = ?",
                    [*values.values(), slug],
                )
