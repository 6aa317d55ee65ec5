"""Tier 1's BM25F with the field lengths of every source read once per searcher.

Whoosh's BM25F reads a document's field length from its column store for every term it
scores (about 5 µs each): on the real library that was a quarter of matching a phrase's
words over 1,500 sources. The lengths of a few thousand sources are read once, when a
searcher first scores a field, and kept with it; the scores are the same numbers.
"""

from __future__ import annotations

from typing import Any

from whoosh.scoring import BM25F, BM25FScorer


class CachedBM25F(BM25F):  # type: ignore[misc]
    """Use one per searcher: the cache belongs to its (segment) searchers."""

    def __init__(self) -> None:
        super().__init__()
        # id(segment searcher), field -> (that searcher, kept alive so the id stays its
        # own; lengths by document number)
        self._lengths: dict[tuple[int, str], tuple[Any, list[float]]] = {}

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf)
        if isinstance(scorer, BM25FScorer):
            scorer.dfl = self.lengths(searcher, fieldname).__getitem__
        return scorer

    def lengths(self, searcher: Any, fieldname: str) -> list[float]:
        """The field's length in every document of a (segment) searcher, by number."""
        key = (id(searcher), fieldname)
        found = self._lengths.get(key)
        if found is None or found[0] is not searcher:
            length = searcher.doc_field_length
            lengths = [length(d, fieldname, 1) for d in range(searcher.reader().doc_count_all())]
            found = self._lengths[key] = (searcher, lengths)
        return found[1]

    def b_of(self, fieldname: str) -> float:
        """B as BM25F.scorer picks it for the field."""
        return float(self._field_B.get(fieldname, self.B))
