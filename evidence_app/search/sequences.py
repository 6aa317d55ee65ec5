"""Where a phrase or a proximity clause stands, across the whole library: a positional index.

Deciding a phrase on page text (exact.py) is exact but costs about half a millisecond a
source, and a common phrase is held by hundreds of sources (README, Performance). So the
concordance file also holds an SQLite FTS5 table with one row per page and two columns of
the page's words as the analyzer cut them:

- `k`: every token's key (exact.token_key: its index term, or its folded form for a stop
  word or a one-letter word), in order: a phrase's keys standing consecutively here is
  exactly what exact.find_sequence decides on the text.
- `t`: the index terms only, in order: positions as proximity counts them (hits.py), so
  `"a b"~5` is FTS5's NEAR over this column.

Each key is written as one token of [a-z0-9_] (`encode`: plain keys as they are, others
marked and hex-encoded, so that no two keys share a token and FTS5's tokenizer cuts nothing),
which makes FTS5's phrase and NEAR matches the app's own, not an approximation. Where that
cannot be said (a proximity clause repeating a word), the answer is a superset of the pages
and the page text decides as before. The table is derived like the rest of the index: rebuilt
with it, never the truth (the library's SQLite file is).
"""

from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from operator import rshift

from .exact import STOP_MARK, sequence_keys, token_key
from .tree import And, AndMaybe, Node, Not, Or, Phrase, Terms, Word

# rowid of a page: source id above PAGE_BITS, page number below
PAGE_BITS = 20
PAGE_MASK = (1 << PAGE_BITS) - 1

# Contentless: the columns' text is not kept by FTS5 (it was two thirds of the table, 210 MB
# on the real library). Removing a row needs its text again (FTS5's 'delete' command), so
# each source's rows are kept compressed in `seqtext` (about a fifth of the size).
TABLE_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS seq USING fts5("
    "k, t, tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\", "
    "content='', columnsize=0, detail=full);\n"
    "CREATE TABLE IF NOT EXISTS seqtext (source_id INTEGER PRIMARY KEY, data BLOB NOT NULL)"
)


def pack_rows(rows: Sequence[tuple[int, str, str]]) -> bytes:
    """A source's (rowid, k, t) rows, compressed (keys hold no tabs or newlines)."""
    return zlib.compress("\n".join(f"{r}\t{k}\t{t}" for r, k, t in rows).encode(), 6)


def unpack_rows(blob: bytes) -> list[tuple[int, str, str]]:
    out = []
    for line in zlib.decompress(blob).decode().split("\n"):
        r, k, t = line.split("\t")
        out.append((int(r), k, t))
    return out

_PLAIN = re.compile(r"[a-z0-9]+\Z")


def encode(key: str) -> str:
    """One FTS5 token for one key; different keys, different tokens."""
    if _PLAIN.match(key):
        return key
    if key.startswith(STOP_MARK) and _PLAIN.match(key, 1):
        return "_" + key[1:]
    return "__" + key.encode("utf-8").hex()


_ENCODED: dict[str, dict[str, tuple[str, bool]]] = {}
_LIMIT = 200_000


def page_streams(tokens: Iterable[str], lang: str) -> tuple[str, str]:
    """The (k, t) columns of one page, from its tokens as WORD_RE cut them."""
    cache = _ENCODED.setdefault(lang, {})
    if len(cache) > _LIMIT:
        cache.clear()
    keys: list[str] = []
    terms: list[str] = []
    add_key = keys.append
    add_term = terms.append
    get = cache.get
    for token in tokens:
        found = get(token)
        if found is None:
            key = token_key(token, lang)
            found = cache[token] = (encode(key), not key.startswith(STOP_MARK))
        add_key(found[0])
        if found[1]:
            add_term(found[0])
    return " ".join(keys), " ".join(terms)


def rowid(source_id: int, page_no: int) -> int | None:
    """The row of a page; None when its number does not fit (the source is then left out
    of the table and decided on its text)."""
    if 0 <= page_no <= PAGE_MASK and source_id >= 0:
        return (source_id << PAGE_BITS) | page_no
    return None


def _quoted(tokens: Iterable[str]) -> str:
    return " ".join(f'"{t}"' for t in tokens)


def match_of(leaf: Node, lang: str) -> tuple[str, bool] | None:
    """The FTS5 query of a leaf that needs word order or proximity, and whether its answer
    is exact (else a superset of the pages, to be checked on their text); None when the
    leaf needs neither."""
    keys = sequence_keys(leaf, lang)
    if keys:
        return "k : " + '"' + " ".join(encode(k) for k in keys) + '"', True
    if isinstance(leaf, Phrase) and leaf.slop > 1:
        terms = leaf.terms(lang)
        if len(terms) < 2:
            return None
        # hits.match_positions: every term within slop*(k-1) positions; NEAR's N counts
        # the tokens between the first and the last
        near = leaf.slop * (len(terms) - 1) - 1
        exact = len(set(terms)) == len(terms)
        return f"t : NEAR({_quoted(encode(t) for t in terms)}, {near})", exact
    return None


def tree_match(node: Node | None, lang: str) -> str | None:
    """The whole page query as one FTS5 query over the positional index, when it can be
    said exactly (a page matches it exactly when the page matches the tree); else None.
    One query then decides every source of the library at once."""
    if node is None:
        return None
    if isinstance(node, Terms):
        if not node.terms:
            return None
        return "t : (" + " OR ".join(f'"{encode(t)}"' for t in node.terms) + ")"
    if isinstance(node, Word | Phrase):
        found = match_of(node, lang)
        if found is not None:
            return found[0] if found[1] else None
        terms = node.terms(lang)
        if len(terms) != 1 or sequence_keys(node, lang):
            return None
        return f't : "{encode(terms[0])}"'
    if isinstance(node, And):
        pos = [tree_match(c, lang) for c in node.children if not isinstance(c, Not)]
        neg = [tree_match(c.child, lang) for c in node.children if isinstance(c, Not)]
        if not pos or any(p is None for p in pos) or any(n is None for n in neg):
            return None
        out = "(" + " AND ".join(f"({p})" for p in pos) + ")"
        for n in neg:
            out = f"{out} NOT ({n})"
        return f"({out})"
    if isinstance(node, Or):
        parts = [tree_match(c, lang) for c in node.children]
        if not parts or any(p is None for p in parts) or any(isinstance(c, Not)
                                                             for c in node.children):
            return None
        return "(" + " OR ".join(f"({p})" for p in parts) + ")"
    if isinstance(node, AndMaybe):
        return tree_match(node.must, lang)
    return None


class RowPages(Mapping[int, set[int]]):
    """{source_id: pages} of the positional index's rows matching a query, kept as the
    rows in order (read from SQLite in one C-level pass, not one Python step a row): a
    source's pages are cut out of them when asked (a search asks for a few hundred
    sources, while a common phrase matches thousands of pages)."""

    __slots__ = ("_rows", "_sources", "_cut")

    def __init__(self, rows: Iterable[int]) -> None:
        self._rows = array("q", rows)  # in ascending order (ORDER BY rowid)
        self._sources: set[int] | None = None
        self._cut: dict[int, set[int]] = {}

    def _span(self, sid: int) -> tuple[int, int]:
        lo = bisect_left(self._rows, sid << PAGE_BITS)
        return lo, bisect_left(self._rows, (sid + 1) << PAGE_BITS, lo)

    def __getitem__(self, sid: object) -> set[int]:
        found = self._cut.get(sid)  # type: ignore[call-overload]
        if found is None:
            if not isinstance(sid, int) or sid not in self.sources():
                raise KeyError(sid)
            lo, hi = self._span(sid)
            found = self._cut[sid] = {r & PAGE_MASK for r in self._rows[lo:hi]}
        return found

    def __contains__(self, sid: object) -> bool:
        return sid in self.sources()

    def sources(self) -> set[int]:
        if self._sources is None:
            self._sources = set(map(rshift, self._rows, repeat(PAGE_BITS)))
        return self._sources

    def __iter__(self) -> Iterator[int]:
        return iter(sorted(self.sources()))

    def __len__(self) -> int:
        return len(self.sources())
