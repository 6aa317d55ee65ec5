"""Tier 2: the page concordance, a small derived SQLite file owned by search.

One row per (source, term) holds the pages the term occurs on and how often, packed as
(page, count) pairs of 16-bit integers. The key starts with the source, so a source's
rows are written as one sorted run at the end of the table (import appends instead of
inserting all over the tree, which is what made the concordance slow at 80,000 pages) and
a source is deleted as one range; a search reads its (source, term) pairs by key. Page
lengths of a source are one packed row too. Page-level statistics for BM25 are exact:
`terms.df` is the number of pages (over the whole library) containing a term; changes to
it are summed in memory over a batch and written once per term at commit. `forms` maps
the surface forms met at import to their terms, per analyzer, so that a search can find
its words on a page with one regex. `seq` is the positional index of every page
(sequences.py: which pages hold a phrase or a proximity clause, across the library; a
source whose pages it holds has `sources.seq` = 1). `pairs` holds each source's filter of
adjacent terms (pairs.py), which lets a phrase search skip pages where its words are never
side by side (used where the positional index cannot answer); an index written before it
existed has no rows there and phrases are checked on the text.
The file is disposable: a rebuild writes a new one.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import rshift
from pathlib import Path

from ...folder.files import no_room
from .. import sequences
from .analysed import AnalysedSource

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    source_id INTEGER PRIMARY KEY, lang TEXT NOT NULL, pages BLOB NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS postings (
    source_id INTEGER NOT NULL, term TEXT NOT NULL, npages INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (source_id, term)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pairs (source_id INTEGER PRIMARY KEY, bloom BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS forms (
    lang TEXT NOT NULL, term TEXT NOT NULL, form TEXT NOT NULL, PRIMARY KEY (lang, term, form)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta VALUES ('pages', 0), ('tokens', 0);
""" + sequences.TABLE_SQL + ";\n"

_BIG = sys.byteorder == "big"
_SQL_VARS = 900  # below SQLite's oldest default limit of 999 host parameters


def pack(flat: Sequence[int]) -> bytes:
    """[page, n, page, n, ...] -> bytes: a type code, then the integers little-endian."""
    try:
        arr = array("H", flat)
    except OverflowError:  # a page number past 65535 or below 0
        arr = array("q", flat)
    if _BIG:
        arr.byteswap()
    return arr.typecode.encode() + arr.tobytes()


def unpack_array(blob: bytes) -> array[int]:
    """The [page, n, page, n, ...] of a packed row."""
    arr = array(chr(blob[0]))
    arr.frombytes(blob[1:])
    if _BIG:
        arr.byteswap()
    return arr


def unpack_dict(blob: bytes) -> dict[int, int]:
    """The {page: n} of a packed row."""
    arr = unpack_array(blob)
    return dict(zip(arr[0::2], arr[1::2], strict=True))


def unpack(blob: bytes) -> list[tuple[int, int]]:
    return list(unpack_dict(blob).items())


class SourcePages:
    """What tier 2 knows of one source: its analyzer and the length of each page (decoded
    on first use: a search looks at hundreds of sources and ranks the pages of a few)."""

    __slots__ = ("source_id", "lang", "_packed", "_lengths", "sequenced")

    def __init__(self, source_id: int, lang: str, packed: bytes, sequenced: bool = False
                 ) -> None:
        self.source_id = source_id
        self.lang = lang
        self.sequenced = sequenced  # its pages are in the positional index
        self._packed = packed
        self._lengths: dict[int, int] | None = None

    @property
    def lengths(self) -> dict[int, int]:
        """page_no -> indexed tokens."""
        if self._lengths is None:
            self._lengths = unpack_dict(self._packed)
        return self._lengths

    def shortest(self) -> int:
        return min(unpack_array(self._packed)[1::2], default=0)


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
            self.db.execute("PRAGMA cache_size=-16000")  # 16 MB: the tree tops stay cached
            self.db.executescript(_SCHEMA)
        except sqlite3.Error:
            self.db.close()
            if not (path.is_file() and no_room(path.parent)):
                raise
            # A full disk: no room for WAL's shared-memory file; search from the file as is.
            self.db = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True,
                                      check_same_thread=False, isolation_level=None)
        self._stats: Stats | None = None
        self._reset_pending()

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ writing
    def _reset_pending(self) -> None:
        self._df: dict[str, int] = {}
        self._forms: set[tuple[str, str, str]] = set()
        self._pages = self._tokens = 0

    def begin(self) -> None:
        self._reset_pending()
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self._flush()
        self.db.execute("COMMIT")
        self._stats = None

    def rollback(self) -> None:
        self._reset_pending()
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self._stats = None

    def _flush(self) -> None:
        """Write the batch's summed changes to document frequencies, forms and totals."""
        if self._df:
            self.db.executemany(
                "INSERT INTO terms VALUES (?, ?) "
                "ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
                sorted(self._df.items()),
            )
            gone = [(t,) for t, n in self._df.items() if n < 0]
            self.db.executemany("DELETE FROM terms WHERE term = ? AND df <= 0", gone)
        if self._forms:
            self.db.executemany("INSERT OR IGNORE INTO forms VALUES (?, ?, ?)",
                                sorted(self._forms))
        if self._pages or self._tokens:
            self.db.executemany(
                "UPDATE meta SET value = value + ? WHERE key = ?",
                ((self._pages, "pages"), (self._tokens, "tokens")),
            )
        self._reset_pending()

    def add_source(self, source: AnalysedSource) -> None:
        """Index one analysed source (inside begin/commit); replaces an earlier version."""
        sid = source.source_id
        self.delete_source(sid)
        flat_lengths = [x for pair in source.lengths for x in pair]
        rows = [(sequences.rowid(sid, page), k, t) for page, k, t in source.streams]
        sequenced = all(r[0] is not None for r in rows) and len(rows) == len(source.lengths)
        self.db.execute("INSERT INTO sources VALUES (?, ?, ?, ?)",
                        (sid, source.lang, pack(flat_lengths), int(sequenced)))
        if sequenced and rows:
            self.db.executemany("INSERT INTO seq (rowid, k, t) VALUES (?, ?, ?)", rows)
            self.db.execute("INSERT INTO seqtext VALUES (?, ?)",
                            (sid, sequences.pack_rows(rows)))  # type: ignore[arg-type]
        terms = sorted(source.postings)
        postings = source.postings
        if source.pairs:
            self.db.execute("INSERT INTO pairs VALUES (?, ?)", (sid, source.pairs))
        self.db.executemany(
            "INSERT INTO postings VALUES (?, ?, ?, ?)",
            [(sid, t, len(postings[t]) >> 1, pack(postings[t])) for t in terms],
        )
        df = self._df
        for t in terms:
            df[t] = df.get(t, 0) + (len(postings[t]) >> 1)
        lang = source.lang
        self._forms.update((lang, t, form) for form, t in source.forms.items())
        self._pages += len(source.lengths)
        self._tokens += source.tokens

    def delete_source(self, source_id: int) -> None:
        row = self.db.execute(
            "SELECT pages FROM sources WHERE source_id = ?", (source_id,)
        ).fetchone()
        if row is None:
            return
        lengths = unpack(row[0])
        df = self._df
        for npages, term in self.db.execute(
            "SELECT npages, term FROM postings WHERE source_id = ?", (source_id,)
        ):
            df[term] = df.get(term, 0) - npages
        self.db.execute("DELETE FROM postings WHERE source_id = ?", (source_id,))
        self.db.execute("DELETE FROM pairs WHERE source_id = ?", (source_id,))
        kept = self.db.execute("SELECT data FROM seqtext WHERE source_id = ?",
                               (source_id,)).fetchone()
        if kept is not None:
            self.db.executemany("INSERT INTO seq (seq, rowid, k, t) VALUES ('delete', ?, ?, ?)",
                                sequences.unpack_rows(kept[0]))
            self.db.execute("DELETE FROM seqtext WHERE source_id = ?", (source_id,))
        self.db.execute("DELETE FROM sources WHERE source_id = ?", (source_id,))
        self._pages -= len(lengths)
        self._tokens -= sum(n for _, n in lengths)

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
            for sid, lang, blob, seq in self.db.execute(
                "SELECT source_id, lang, pages, seq FROM sources"
                f" WHERE source_id IN ({_marks(chunk)})",
                chunk,
            ):
                out[sid] = SourcePages(sid, lang, blob, bool(seq))
        return out

    def postings(
        self, terms: Sequence[str], source_ids: Sequence[int]
    ) -> dict[tuple[str, int], dict[int, int]]:
        """{(term, source_id): {page_no: occurrences}} for the pairs that exist."""
        return {k: unpack_dict(v) for k, v in self.packed_postings(terms, source_ids).items()}

    def packed_postings(
        self, terms: Sequence[str], source_ids: Sequence[int]
    ) -> dict[tuple[str, int], bytes]:
        """The same, still packed (see unpack_array): a search decodes only what it reads."""
        out: dict[tuple[str, int], bytes] = {}
        terms = list(dict.fromkeys(terms))
        if not terms or not source_ids:
            return out
        for tchunk in _chunks(terms, _SQL_VARS // 2):
            for chunk in _chunks(source_ids, _SQL_VARS - len(tchunk)):
                sql = (
                    "SELECT term, source_id, data FROM postings"
                    f" WHERE source_id IN ({_marks(chunk)}) AND term IN ({_marks(tchunk)})"
                )
                for term, sid, blob in self.db.execute(sql, [*chunk, *tchunk]):
                    out[(term, sid)] = blob
        return out

    def sequence_pages(self, match: str) -> sequences.RowPages:
        """{source_id: pages} of the positional index's rows matching an FTS5 query
        (sequences.match_of)."""
        return sequences.RowPages(chain.from_iterable(self.db.execute(
            "SELECT rowid FROM seq WHERE seq MATCH ? ORDER BY rowid", (match,))))

    def sequence_rows(self, match: str) -> set[int]:
        """The rows (sequences.rowid) of the positional index matching an FTS5 query."""
        return set(chain.from_iterable(self.db.execute(
            "SELECT rowid FROM seq WHERE seq MATCH ?", (match,))))

    def sequence_sources(self, match: str) -> set[int]:
        """The sources with a page matching an FTS5 query over the positional index."""
        return set(map(rshift, chain.from_iterable(self.db.execute(
            "SELECT rowid FROM seq WHERE seq MATCH ?", (match,))), repeat(sequences.PAGE_BITS)))

    def unsequenced(self) -> set[int]:
        """Sources whose pages the positional index does not hold (page numbers too large
        for it); none normally."""
        return {r[0] for r in self.db.execute("SELECT source_id FROM sources WHERE seq = 0")}

    def pair_filter(self, source_id: int) -> bytes | None:
        """The source's filter of adjacent terms (see pairs.py), None without one."""
        try:
            row = self.db.execute(
                "SELECT bloom FROM pairs WHERE source_id = ?", (source_id,)
            ).fetchone()
        except sqlite3.OperationalError:  # an index from before the table, opened read-only
            return None
        return row[0] if row else None

    def doc_freqs(self, terms: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in _chunks(list(dict.fromkeys(terms)), _SQL_VARS):
            sql = f"SELECT term, df FROM terms WHERE term IN ({_marks(chunk)})"
            out.update(self.db.execute(sql, chunk).fetchall())
        return out

    def forms(self, lang: str, terms: Iterable[str]) -> dict[str, str]:
        """{surface form: term} of every form met at import whose term is in `terms`."""
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(set(terms)), _SQL_VARS - 1):
            sql = f"SELECT form, term FROM forms WHERE lang = ? AND term IN ({_marks(chunk)})"
            out.update(self.db.execute(sql, [lang, *chunk]).fetchall())
        return out

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


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _chunks(values: Iterable[int | str], size: int = 800) -> Iterable[list]:  # type: ignore[type-arg]
    values = list(values)
    size = max(size, 50)
    for i in range(0, len(values), size):
        yield values[i : i + size]
