"""The exhaustive page-level reference ranking that quality is measured against.

Every page is analysed once with the app's own analyzer (evidence_app.search.analysis: same
tokens, accent folding, stop words, English or Spanish stemming by the document's language)
and stored as its terms in an FTS5 table, so FTS5 can find, over all pages, the ones that
match a query exactly (phrases and NEAR on term positions after stop words are removed).

Scoring, two ways:
  "words"   (headline) pages that match the whole query, scored by BM25 of each distinct
            query term, computed here by brute force from term frequencies (fts5vocab) and
            page lengths: k1 1.2, b 0.75, idf log(1 + (N - n + 0.5) / (n + 0.5)) with page
            counts over the whole library. This is how the app means to rank pages.
  "phrase"  FTS5's bm25(), where a phrase or NEAR group counts as one term (its own
            frequency and idf) and idf is log((N - n + 0.5) / (n + 0.5)).
Term and AND queries differ only by the idf formula.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from evidence_app.search.analysis import EN, ES, query_terms

from .baseline import TOP, Hit, filters
from .queries import BenchQuery

TOKENIZER = "unicode61 remove_diacritics 0 tokenchars '._'"  # terms are space-separated
SCORINGS = ("words", "phrase")
K1, B = 1.2, 0.75


class Reference:
    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path)
        self.con.execute("CREATE VIRTUAL TABLE temp.vi USING fts5vocab(main, pages, 'instance')")
        self.con.execute("CREATE VIRTUAL TABLE temp.vr USING fts5vocab(main, pages, 'row')")
        self.lengths = dict(self.con.execute("SELECT id, length FROM meta"))
        self.langs = dict(self.con.execute("SELECT id, lang FROM meta"))
        self.avg = sum(self.lengths.values()) / max(len(self.lengths), 1)
        self._tf: dict[str, tuple[float, dict[int, int]]] = {}

    def close(self) -> None:
        self.con.close()

    def rowids_by_page(self) -> dict[tuple[str, int], int]:
        return {(doc, page): rowid for rowid, doc, page in
                self.con.execute("SELECT id, doc, page_no FROM meta")}

    # ------------------------------------------------------------ pieces
    def _term(self, term: str) -> tuple[float, dict[int, int]]:
        """(idf, {page: tf}) of an analysed term."""
        if term not in self._tf:
            tf = dict(self.con.execute(
                "SELECT doc, count(*) FROM vi WHERE term = ? GROUP BY doc", (term,)))
            n, total = len(tf), len(self.lengths)
            self._tf[term] = (math.log(1 + (total - n + 0.5) / (n + 0.5)), tf)
        return self._tf[term]

    def _bm25(self, rowid: int, terms: Sequence[str]) -> float:
        norm = K1 * (1 - B + B * self.lengths.get(rowid, 0) / self.avg)
        score = 0.0
        for term in terms:
            idf, tf = self._term(term)
            f = tf.get(rowid, 0)
            if f:
                score += idf * f * (K1 + 1) / (f + norm)
        return score

    def _matching(self, q: BenchQuery, lang: str, rowids: Sequence[int] | None = None
                  ) -> list[int]:
        match = q.ref_match(lang)
        if match is None:
            return []
        where, args = filters(q)
        sql = ("SELECT pages.rowid FROM pages JOIN meta m ON m.id = pages.rowid"
               f" WHERE pages MATCH ? AND m.lang = ?{where}")
        if rowids is not None:
            sql += f" AND pages.rowid IN ({','.join(str(int(r)) for r in rowids)})"
        return [r for (r,) in self.con.execute(sql, [match, lang, *args])]

    @staticmethod
    def _terms(q: BenchQuery, lang: str) -> list[str]:
        key = EN if lang == "en" else ES
        return list(dict.fromkeys(t for part in q.parts for w in part.split()
                                  for t in query_terms(w, key)))

    # ------------------------------------------------------------ rankings
    def top(self, q: BenchQuery, scoring: str = "words", k: int = TOP) -> list[Hit]:
        """The best `k` pages of the whole collection."""
        hits: list[Hit] = []
        for lang in ("en", "es"):
            if scoring == "words":
                terms = self._terms(q, lang)
                hits += [Hit(r, self._bm25(r, terms)) for r in self._matching(q, lang)]
            else:
                hits += self._fts_top(q, lang, k)
        hits.sort(key=lambda h: (-h.score, h.rowid))
        return hits[:k]

    def scores(self, q: BenchQuery, rowids: Sequence[int], scoring: str = "words"
               ) -> dict[int, float]:
        """Reference scores of given pages; 0 for a page that does not match the query."""
        out = dict.fromkeys(rowids, 0.0)
        for lang in ("en", "es"):
            mine = [r for r in rowids if self.langs.get(r) == lang]
            if not mine:
                continue
            if scoring == "words":
                terms = self._terms(q, lang)
                for r in self._matching(q, lang, mine):
                    out[r] = self._bm25(r, terms)
            else:
                match = q.ref_match(lang)
                if match is None:
                    continue
                ids = ",".join(str(int(r)) for r in mine)
                out.update(self.con.execute(
                    "SELECT rowid, -bm25(pages) FROM pages WHERE pages MATCH ?"
                    f" AND rowid IN ({ids})", (match,)))
        return out

    def _fts_top(self, q: BenchQuery, lang: str, k: int) -> list[Hit]:
        match = q.ref_match(lang)
        if match is None:
            return []
        where, args = filters(q)
        return [Hit(r, s) for r, s in self.con.execute(
            "SELECT pages.rowid, -bm25(pages) FROM pages JOIN meta m ON m.id = pages.rowid"
            f" WHERE pages MATCH ? AND m.lang = ?{where} ORDER BY bm25(pages) LIMIT {k}",
            [match, lang, *args],
        )]
