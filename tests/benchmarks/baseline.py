"""SQLite FTS5 over the same pages, one row per page: the yardstick every figure is set
against. The same layout, over pages pre-analysed by the app's analyzer, holds the exhaustive
reference (reference.py).

One FTS5 table plus a plain `meta` table (document, page, country, risk, language, length in
analysed terms) joined on rowid for filters and facets. Ranking is FTS5's bm25().
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from evidence_app.search.analysis import EN, ES, analyse

from .queries import BenchQuery

BASELINE_TOKENIZER = "porter unicode61 remove_diacritics 2"
TOP = 20
BATCH = 500

Row = tuple[int, str, int, str, str, str, str]  # rowid, doc, page_no, lang, country, risk, text


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    return con


def create(con: sqlite3.Connection, tokenizer: str) -> None:
    con.executescript(
        "CREATE TABLE meta (id INTEGER PRIMARY KEY, doc TEXT, page_no INTEGER,"
        " country TEXT, risk TEXT, lang TEXT, length INTEGER);"
        f"CREATE VIRTUAL TABLE pages USING fts5(text, tokenize=\"{tokenizer}\");"
    )


def insert(
    con: sqlite3.Connection, rows: Iterable[Row], analysed: bool = False
) -> tuple[int, float]:
    """Insert pages in batches, one transaction each; returns (pages, seconds inserting)."""
    n = 0
    spent = 0.0
    batch: list[Row] = []

    def flush() -> float:
        if analysed:
            terms = [analyse(r[6], ES if r[3] == "es" else EN) for r in batch]
            texts = [(r[0], " ".join(t)) for r, t in zip(batch, terms, strict=True)]
            lengths: list[int | None] = [len(t) for t in terms]
        else:
            texts = [(r[0], r[6]) for r in batch]
            lengths = [None] * len(batch)
        t0 = time.perf_counter()
        with con:
            con.executemany("INSERT INTO meta VALUES (?,?,?,?,?,?,?)",
                            [(r[0], r[1], r[2], r[4], r[5], r[3], n)
                             for r, n in zip(batch, lengths, strict=True)])
            con.executemany("INSERT INTO pages (rowid, text) VALUES (?,?)", texts)
        return time.perf_counter() - t0

    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            spent += flush()
            n += len(batch)
            batch = []
    if batch:
        spent += flush()
        n += len(batch)
    return n, spent


def filters(q: BenchQuery) -> tuple[str, list[str]]:
    sql, args = "", []
    if q.countries:
        sql += f" AND m.country IN ({','.join('?' * len(q.countries))})"
        args += list(q.countries)
    if q.risks:
        sql += f" AND m.risk IN ({','.join('?' * len(q.risks))})"
        args += list(q.risks)
    return sql, args


@dataclass(frozen=True)
class Hit:
    rowid: int
    score: float  # -bm25: higher is better
    snippet: str = ""


def search(con: sqlite3.Connection, q: BenchQuery) -> tuple[list[Hit], dict[str, dict[str, int]]]:
    """Top pages with a snippet each, and facet counts (documents per country and risk)
    when the query asks for them: what a results screen needs."""
    where, args = filters(q)
    match = q.fts_match()
    top = con.execute(
        "SELECT pages.rowid, -bm25(pages) FROM pages JOIN meta m ON m.id = pages.rowid"
        f" WHERE pages MATCH ?{where} ORDER BY bm25(pages) LIMIT {TOP}",
        [match, *args],
    ).fetchall()
    # Snippets only for the rows shown: computing them in the ranking query would make
    # SQLite build one for every matching page before sorting.
    hits = []
    for rowid, score in top:
        row = con.execute(
            "SELECT snippet(pages, 0, '[', ']', '…', 16) FROM pages"
            " WHERE pages MATCH ? AND rowid = ?", (match, rowid),
        ).fetchone()
        hits.append(Hit(rowid, score, row[0] if row else ""))
    facets: dict[str, dict[str, int]] = {}
    if q.facets:
        for column in ("country", "risk"):
            facets[column] = dict(con.execute(
                f"SELECT m.{column}, count(DISTINCT m.doc) FROM pages JOIN meta m"
                f" ON m.id = pages.rowid WHERE pages MATCH ?{where} GROUP BY m.{column}",
                [match, *args],
            ).fetchall())
    return hits, facets


def index_bytes(con: sqlite3.Connection) -> dict[str, int]:
    """Bytes of the FTS5 index proper (shadow tables other than the stored text) and in all."""
    rows = dict(con.execute(
        "SELECT name, sum(pgsize) FROM dbstat GROUP BY name"
    ).fetchall())
    index = sum(v for k, v in rows.items() if k.startswith("pages_") and k != "pages_content")
    return {"index": index, "text": rows.get("pages_content", 0), "total": sum(rows.values())}
