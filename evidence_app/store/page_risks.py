"""SQL for passage-level risk types (page_risks) and which sources have been labelled."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import sqlite_utils

_VERSION_KEY = "page_risks_version"


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


class PassageRiskRows:
    """The part `store.passage_risks`: passage-level risk labels."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def page_risks_version(self) -> int:
        """Changes whenever any passage label changes (search caches its summary by it)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [_VERSION_KEY]).fetchone()
        return int(row[0]) if row else 0

    def _bump_page_risks(self) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET "
            "value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)", [_VERSION_KEY])

    def replace_page_risks(
        self, source_id: int, labels: Mapping[int, Mapping[str, float]], taxonomy: str
    ) -> None:
        """All passage labels of a source ({page_no: {slug: score}}), recorded as made with
        `taxonomy`. Slugs the library does not know are left out."""
        with self.db.atomic():
            known = {r[0] for r in self.db.execute("SELECT slug FROM risk_types")}
            self.db.execute("DELETE FROM page_risks WHERE source_id = ?", [source_id])
            self.db.conn.executemany(
                "INSERT INTO page_risks (source_id, page_no, slug, score) VALUES (?, ?, ?, ?)",
                [(source_id, page_no, slug, float(score))
                 for page_no, found in labels.items() for slug, score in found.items()
                 if slug in known])
            self.db.execute(
                "INSERT INTO page_risk_sources (source_id, taxonomy) VALUES (?, ?) "
                "ON CONFLICT(source_id) DO UPDATE SET taxonomy = excluded.taxonomy",
                [source_id, taxonomy])
            self._bump_page_risks()

    def page_risks(
        self, source_id: int, page_nos: Iterable[int] | None = None
    ) -> dict[int, dict[str, float]]:
        """{page_no: {slug: score}} of one source (pages without labels left out)."""
        sql = "SELECT page_no, slug, score FROM page_risks WHERE source_id = ?"
        args: list[object] = [source_id]
        if page_nos is not None:
            wanted = list(page_nos)
            sql += f" AND page_no IN ({_marks(wanted)})"
            args += wanted
        out: dict[int, dict[str, float]] = {}
        for page_no, slug, score in self.db.execute(sql + " ORDER BY page_no, slug", args):
            out.setdefault(int(page_no), {})[str(slug)] = float(score)
        return out

    def sources_to_label(self, taxonomy: str) -> list[int]:
        """Sources never labelled, or labelled with another taxonomy, oldest first."""
        return [int(r[0]) for r in self.db.execute(
            "SELECT s.id FROM sources s LEFT JOIN page_risk_sources l ON l.source_id = s.id "
            "WHERE l.taxonomy IS NULL OR l.taxonomy <> ? ORDER BY s.id", [taxonomy])]

    def page_risk_rows(self) -> list[tuple[str, int, int]]:
        """(slug, source_id, page_no) of every passage label."""
        return [(str(a), int(b), int(c)) for a, b, c in self.db.execute(
            "SELECT slug, source_id, page_no FROM page_risks")]

    def passage_risk_counts(self) -> dict[int, dict[str, int]]:
        """{source_id: {slug: labelled passages}} over the whole library."""
        out: dict[int, dict[str, int]] = {}
        for sid, slug, n in self.db.execute(
                "SELECT source_id, slug, count(*) FROM page_risks GROUP BY slug, source_id"):
            out.setdefault(int(sid), {})[str(slug)] = int(n)
        return out

    def risk_pages(self, slugs: Iterable[str]) -> dict[int, set[int]]:
        """{source_id: pages labelled with any of the slugs}."""
        wanted = sorted(set(slugs))
        out: dict[int, set[int]] = {}
        if not wanted:
            return out
        for sid, page_no in self.db.execute(
                f"SELECT source_id, page_no FROM page_risks WHERE slug IN ({_marks(wanted)})",
                wanted):
            out.setdefault(int(sid), set()).add(int(page_no))
        return out

    def passage_risk_union(self, source_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """{source_id: slugs of its passages' labels, sorted}."""
        out: dict[int, list[str]] = {}
        ids = list(source_ids)
        for start in range(0, len(ids), 800):
            chunk = ids[start:start + 800]
            for sid, slug in self.db.execute(
                    f"SELECT DISTINCT source_id, slug FROM page_risks "
                    f"WHERE source_id IN ({_marks(chunk)}) ORDER BY source_id, slug", chunk):
                out.setdefault(int(sid), []).append(str(slug))
        return {sid: tuple(slugs) for sid, slugs in out.items()}
