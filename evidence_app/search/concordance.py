"""Tier 2: the page concordance, a small derived SQLite file owned by search.

One row per (term, source) holds the pages the term occurs on and how often, packed as
delta-coded page numbers and counts. Page lengths (in indexed tokens) of a source are one
packed row too. Page-level statistics for BM25 are exact, not approximated: `terms.df` is
the number of pages (over the whole library) containing a term, kept up to date on every
add and delete from the per-(term, source) page counts; `meta` holds the page and token
totals. The file is disposable: a rebuild writes a new one.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from .analysis import analyse, lang_key

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    source_id INTEGER PRIMARY KEY, lang TEXT NOT NULL, pages BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS postings (
    term TEXT NOT NULL, source_id INTEGER NOT NULL, npages INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (term, source_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS postings_by_source ON postings (source_id);
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta VALUES ('pages', 0), ('tokens', 0);
"""

_BIG = sys.byteorder == "big"


def pack(pairs: Sequence[tuple[int, int]]) -> bytes:
    """(page_no, n) pairs sorted by page -> bytes; page numbers are delta coded."""
    flat: list[int] = []
    prev = 0
    for page, n in pairs:
        flat.append(page - prev)
        flat.append(n)
        prev = page
    code = "H" if all(0 <= v < 65536 for v in flat) else "q"
    arr = array(code, flat)
    if _BIG:
        arr.byteswap()
    return code.encode() + arr.tobytes()


def unpack(blob: bytes) -> list[tuple[int, int]]:
    arr = array(chr(blob[0]))
    arr.frombytes(blob[1:])
    if _BIG:
        arr.byteswap()
    return list(zip(accumulate(arr[0::2]), arr[1::2], strict=True))


@dataclass(frozen=True)
class SourcePages:
    """What tier 2 knows of one source: its analyzer and the length of each page."""

    source_id: int
    lang: str
    lengths: dict[int, int]  # page_no -> indexed tokens


@dataclass(frozen=True)
class Stats:
    pages: int
    avg_length: float


class Concordance:
    """Read and write `pages.sqlite3`. Not thread-safe: the engine serialises calls."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
        except sqlite3.Error:
            self.db.close()
            raise
        self._stats: Stats | None = None

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ writing
    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self._stats = None

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self._stats = None

    def add_source(self, source_id: int, language: str, pages: Iterable[tuple[int, str]]) -> None:
        """Index one source's pages (inside begin/commit); replaces an earlier version."""
        self.delete_source(source_id)
        key = lang_key(language)
        by_term: dict[str, list[tuple[int, int]]] = {}
        lengths: list[tuple[int, int]] = []
        for page_no, text in merge_pages(pages):
            terms = analyse(text, key)
            lengths.append((page_no, len(terms)))
            for term, n in Counter(terms).items():
                by_term.setdefault(term, []).append((page_no, n))
        self.db.execute(
            "INSERT INTO sources VALUES (?, ?, ?)", (source_id, key, pack(lengths))
        )
        self.db.executemany(
            "INSERT INTO postings VALUES (?, ?, ?, ?)",
            ((t, source_id, len(p), pack(p)) for t, p in by_term.items()),
        )
        self.db.executemany(
            "INSERT INTO terms VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            ((t, len(p)) for t, p in by_term.items()),
        )
        self._bump(len(lengths), sum(n for _, n in lengths))

    def delete_source(self, source_id: int) -> None:
        row = self.db.execute(
            "SELECT pages FROM sources WHERE source_id = ?", (source_id,)
        ).fetchone()
        if row is None:
            return
        lengths = unpack(row[0])
        dfs = self.db.execute(
            "SELECT npages, term FROM postings WHERE source_id = ?", (source_id,)
        ).fetchall()
        self.db.executemany("UPDATE terms SET df = df - ? WHERE term = ?", dfs)
        self.db.executemany(
            "DELETE FROM terms WHERE term = ? AND df <= 0", ((t,) for _, t in dfs)
        )
        self.db.execute("DELETE FROM postings WHERE source_id = ?", (source_id,))
        self.db.execute("DELETE FROM sources WHERE source_id = ?", (source_id,))
        self._bump(-len(lengths), -sum(n for _, n in lengths))

    def _bump(self, pages: int, tokens: int) -> None:
        self.db.executemany(
            "UPDATE meta SET value = value + ? WHERE key = ?",
            ((pages, "pages"), (tokens, "tokens")),
        )

    def optimize(self) -> None:
        self.db.execute("PRAGMA optimize")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ------------------------------------------------------------ reading
    def stats(self) -> Stats:
        if self._stats is None:
            meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
            pages = max(int(meta.get("pages", 0)), 0)
            avg = meta.get("tokens", 0) / pages if pages else 1.0
            self._stats = Stats(pages, max(avg, 1.0))
        return self._stats

    def count_sources(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM sources").fetchone()[0])

    def has_sources(self, source_ids: Sequence[int]) -> set[int]:
        return {
            r[0]
            for chunk in _chunks(source_ids)
            for r in self.db.execute(
                f"SELECT source_id FROM sources WHERE source_id IN ({_marks(chunk)})", chunk
            )
        }

    def source_pages(self, source_ids: Sequence[int]) -> dict[int, SourcePages]:
        out = {}
        for chunk in _chunks(source_ids):
            for sid, lang, blob in self.db.execute(
                f"SELECT source_id, lang, pages FROM sources WHERE source_id IN ({_marks(chunk)})",
                chunk,
            ):
                out[sid] = SourcePages(sid, lang, dict(unpack(blob)))
        return out

    def postings(
        self, terms: Sequence[str], source_ids: Sequence[int]
    ) -> dict[tuple[str, int], dict[int, int]]:
        """{(term, source_id): {page_no: occurrences}} for the pairs that exist."""
        out: dict[tuple[str, int], dict[int, int]] = {}
        if not terms or not source_ids:
            return out
        terms = list(dict.fromkeys(terms))
        for chunk in _chunks(source_ids, 900 - len(terms)):
            sql = (
                f"SELECT term, source_id, data FROM postings WHERE term IN ({_marks(terms)})"
                f" AND source_id IN ({_marks(chunk)})"
            )
            for term, sid, blob in self.db.execute(sql, [*terms, *chunk]):
                out[(term, sid)] = dict(unpack(blob))
        return out

    def doc_freqs(self, terms: Sequence[str]) -> dict[str, int]:
        terms = list(dict.fromkeys(terms))
        if not terms:
            return {}
        sql = f"SELECT term, df FROM terms WHERE term IN ({_marks(terms)})"
        return dict(self.db.execute(sql, terms).fetchall())

    def terms_with_prefix(self, prefix: str, limit: int) -> list[str]:
        """Index terms starting with `prefix`, most frequent first (for wildcards)."""
        rows = self.db.execute(
            "SELECT term FROM terms WHERE term >= ? AND term < ? ORDER BY df DESC LIMIT ?",
            (prefix, prefix + "\U0010ffff", limit),
        )
        return [r[0] for r in rows]

    def check(self) -> list[str]:
        problems = []
        row = self.db.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            problems.append(f"page concordance: {row[0] if row else 'unreadable'}")
        return problems


def merge_pages(pages: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """Pages sorted by number, one entry per number (texts of a repeated number joined)."""
    merged: dict[int, str] = {}
    for page_no, text in pages:
        merged[page_no] = merged[page_no] + "\n" + text if page_no in merged else text
    return sorted(merged.items())


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _chunks(values: Sequence[int], size: int = 800) -> Iterable[list[int]]:
    values = list(values)
    size = max(size, 50)
    for i in range(0, len(values), size):
        yield values[i : i + size]
