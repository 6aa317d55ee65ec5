"""SQL for sources, pages and their tags."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from ..citing.origins import dumps as dump_origins
from ..citing.origins import loads as load_origins
from ..errors import NotFound
from ..model import Page, Source
from ..model.index import IndexDocument
from .index_log import IndexLog
from .tags import SourceTags

SOURCE_FIELDS = (
    "title",
    "publisher",
    "author",
    "published",
    "url",
    "accessed",
    "language",
    "kind",
    "notes",
)

_SOURCE_SELECT = """
SELECT s.*,
  (SELECT group_concat(code, ',') FROM
      (SELECT code FROM source_countries WHERE source_id = s.id ORDER BY code)) AS country_list,
  (SELECT group_concat(slug, ',') FROM
      (SELECT slug FROM source_risks WHERE source_id = s.id ORDER BY slug)) AS risk_list,
  (SELECT group_concat(code, ',') FROM
      (SELECT code FROM source_countries WHERE source_id = s.id AND origin = 'auto'
       ORDER BY code)) AS auto_country_list,
  (SELECT group_concat(slug, ',') FROM
      (SELECT slug FROM source_risks WHERE source_id = s.id AND origin = 'auto'
       ORDER BY slug)) AS auto_risk_list
FROM sources s
"""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def split_list(value: str | None) -> tuple[str, ...]:
    return tuple(value.split(",")) if value else ()


def row_to_source(row: dict[str, Any]) -> Source:
    return Source(
        id=row["id"],
        sha256=row["sha256"],
        title=row["title"],
        publisher=row["publisher"],
        author=row["author"],
        published=row["published"],
        url=row["url"],
        accessed=row["accessed"],
        language=row["language"],
        kind=row["kind"],
        format=row["format"],
        original_name=row["original_name"],
        stored_file=row["stored_file"],
        page_count=row["page_count"],
        added_at=row["added_at"],
        notes=row["notes"],
        needs_ocr=bool(row["needs_ocr"]),
        countries=split_list(row.get("country_list")),
        risks=split_list(row.get("risk_list")),
        auto_countries=split_list(row.get("auto_country_list")),
        auto_risks=split_list(row.get("auto_risk_list")),
        ocr_file=row.get("ocr_file") or "",
        series=row.get("series") or "",
        edition=row.get("edition") or "",
        origins=load_origins(row.get("field_origins")),
        text_unverified=bool(row.get("text_unverified") or 0),
    )


class SourceRows:
    """The part `store.sources`: sources and their pages."""

    def __init__(self, db: sqlite_utils.Database, index_log: IndexLog, tags: SourceTags) -> None:
        self.db = db
        self._index_log = index_log
        self._tags = tags

    # -------------------------------------------------------------- reading
    def source_id_by_sha(self, sha256: str) -> int | None:
        rows = list(self.db.query("SELECT id FROM sources WHERE sha256 = ?", [sha256]))
        return rows[0]["id"] if rows else None

    def get_source(self, source_id: int) -> Source:
        rows = list(self.db.query(_SOURCE_SELECT + " WHERE s.id = ?", [source_id]))
        if not rows:
            raise NotFound("source", source_id)
        return row_to_source(rows[0])

    def list_sources(self, ids: Sequence[int] | None = None) -> list[Source]:
        if ids is None:
            rows = self.db.query(_SOURCE_SELECT + " ORDER BY s.id")
        else:
            marks = ",".join("?" * len(ids))
            rows = self.db.query(_SOURCE_SELECT + f" WHERE s.id IN ({marks})", list(ids))
        return [row_to_source(r) for r in rows]

    def count_sources(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM sources").fetchone()[0])

    def count_pages(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM pages").fetchone()[0])

    def pages(self, source_id: int) -> list[Page]:
        return [
            Page(source_id, r["page_no"], r["label"], r["text"])
            for r in self.db.query(
                "SELECT page_no, label, text FROM pages WHERE source_id = ? ORDER BY page_no",
                [source_id],
            )
        ]

    def page(self, source_id: int, page_no: int) -> Page:
        rows = list(
            self.db.query(
                "SELECT label, text FROM pages WHERE source_id = ? AND page_no = ?",
                [source_id, page_no],
            )
        )
        if not rows:
            raise NotFound("page", f"{source_id}/{page_no}")
        return Page(source_id, page_no, rows[0]["label"], rows[0]["text"])

    def page_nos_by_label(self, source_id: int, label: str) -> list[int]:
        return [
            r["page_no"]
            for r in self.db.query(
                "SELECT page_no FROM pages WHERE source_id = ? AND label = ? ORDER BY page_no",
                [source_id, label],
            )
        ]

    # TextStore protocol (search reads page text only through these)
    def page_texts(self, source_id: int, page_nos: Sequence[int]) -> dict[int, tuple[str, str]]:
        if not page_nos:
            return {}
        marks = ",".join("?" * len(page_nos))
        return {
            r["page_no"]: (r["label"], r["text"])
            for r in self.db.query(
                f"SELECT page_no, label, text FROM pages WHERE source_id = ? "
                f"AND page_no IN ({marks})",
                [source_id, *page_nos],
            )
        }

    def source_titles(self, source_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {}
        ids = list(source_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(
                f"SELECT id, title, published FROM sources WHERE id IN ({marks})", chunk
            ):
                out[r["id"]] = (r["title"], r["published"])
        return out

    def iter_index_documents(
        self, source_ids: Iterable[int] | None = None
    ) -> Iterator[IndexDocument]:
        ids = (
            [r["id"] for r in self.db.query("SELECT id FROM sources ORDER BY id")]
            if source_ids is None
            else sorted(source_ids)
        )
        for source_id in ids:
            try:
                source = self.get_source(source_id)
            except NotFound:
                continue
            pages = tuple(
                (r["page_no"], r["text"])
                for r in self.db.query(
                    "SELECT page_no, text FROM pages WHERE source_id = ? ORDER BY page_no",
                    [source_id],
                )
            )
            yield IndexDocument(
                source_id=source.id,
                title=source.title,
                publisher=source.publisher,
                author=source.author,
                language=source.language,
                kind=source.kind,
                published=source.published,
                countries=source.countries,
                risks=source.risks,
                pages=pages,
            )

    # -------------------------------------------------------------- writing
    def insert_source(
        self,
        fields: dict[str, Any],
        pages: Sequence[tuple[int, str, str]],
        countries: Iterable[str] = (),
        risks: Iterable[str] = (),
        auto_countries: Iterable[str] = (),
        auto_risks: Iterable[str] = (),
    ) -> int:
        """One transaction: the source, all its pages and tags, or nothing. `countries` and
        `risks` are the person's ('user'); `auto_*` the app's ('auto'), unless also given as
        the person's."""
        stamp = now_iso()
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO sources (sha256, title, publisher, author, published, url, accessed, "
                "language, kind, format, original_name, stored_file, page_count, added_at, "
                "updated_at, notes, needs_ocr, field_origins, text_unverified) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    fields["sha256"],
                    fields.get("title", ""),
                    fields.get("publisher", ""),
                    fields.get("author", ""),
                    fields.get("published", ""),
                    fields.get("url", ""),
                    fields.get("accessed", ""),
                    fields.get("language", ""),
                    fields.get("kind", ""),
                    fields.get("format", ""),
                    fields.get("original_name", ""),
                    fields.get("stored_file", ""),
                    len(pages),
                    stamp,
                    stamp,
                    fields.get("notes", ""),
                    int(bool(fields.get("needs_ocr", False))),
                    dump_origins(fields.get("origins") or {}),
                    int(bool(fields.get("text_unverified", False))),
                ],
            )
            source_id = int(cursor.lastrowid or 0)
            self.db.conn.executemany(
                "INSERT INTO pages (source_id, page_no, label, text) VALUES (?, ?, ?, ?)",
                [(source_id, no, label, text) for no, label, text in pages],
            )
            self._tags.add_tags(source_id, countries, risks)
            self._tags.add_tags(source_id, auto_countries, auto_risks, origin="auto")
            self._index_log.bump([source_id])
        return source_id

    def update_source(
        self, source_id: int, fields: dict[str, Any], origin: str = "user"
    ) -> None:
        """Write fields; each one's origin becomes `origin` ("user": the person set it)."""
        unknown = set(fields) - set(SOURCE_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if not fields:
            return
        with self.db.atomic():
            origins = dict(self.get_source(source_id).origins)
            for name in fields:
                origins[name] = origin
            assignments = ", ".join(f"{name} = ?" for name in fields)
            self.db.execute(
                f"UPDATE sources SET {assignments}, field_origins = ?, updated_at = ? "
                "WHERE id = ?",
                [*fields.values(), dump_origins(origins), now_iso(), source_id],
            )
            self._index_log.bump([source_id])

    def replace_pages(
        self,
        source_id: int,
        pages: Sequence[tuple[int, str, str]],
        *,
        ocr_file: str,
        needs_ocr: bool = False,
    ) -> None:
        """One transaction: new page texts (page_no, label, text) and the OCR'd copy's path."""
        with self.db.atomic():
            self.get_source(source_id)
            self.db.execute("DELETE FROM pages WHERE source_id = ?", [source_id])
            self.db.conn.executemany(
                "INSERT INTO pages (source_id, page_no, label, text) VALUES (?, ?, ?, ?)",
                [(source_id, no, label, text) for no, label, text in pages],
            )
            self.db.execute(
                "UPDATE sources SET ocr_file = ?, needs_ocr = ?, page_count = ?, updated_at = ?, "
                "text_unverified = 0 WHERE id = ?",
                [ocr_file, int(needs_ocr), len(pages), now_iso(), source_id],
            )
            self._index_log.bump([source_id])

    def delete_source(self, source_id: int) -> Source:
        with self.db.atomic():
            source = self.get_source(source_id)
            self.db.execute("DELETE FROM sources WHERE id = ?", [source_id])
            self._index_log.bump([source_id], op="delete")
        return source

    def stored_files(self) -> list[tuple[int, str, str]]:
        return [
            (r["id"], r["sha256"], r["stored_file"])
            for r in self.db.query("SELECT id, sha256, stored_file FROM sources ORDER BY id")
        ]

    def set_stored_file(self, source_id: int, stored_file: str) -> None:
        """A bundle brought back the original of a source whose file was missing here."""
        self.db.execute(
            "UPDATE sources SET stored_file = ? WHERE id = ?", [stored_file, source_id]
        )
