"""SearchEngine: the one object the facade talks to. Owns the index folder.

The folder itself (opening, state, writing in place, rebuilding) is index/live.py's
LiveIndex; this is the folder plus what searching it keeps in memory: the stored facts of
every source, the passage labels, the facet totals and the titles, all read again after a
write.
"""

from __future__ import annotations

import logging
import pickle
import sqlite3
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

from whoosh import index as windex

from ..errors import IndexUnavailable
from ..model import SearchQuery, SearchResult, Span
from .api import LabelStore, TextStore
from .filters import FacetTotals, PassageLabels, SourceFacts
from .index.live import LiveIndex
from .query import QueryError, Thesaurus, compile_query
from .results import highlight_spans, run_search

log = logging.getLogger(__name__)

# what reading a damaged index raises
_DAMAGE = (sqlite3.DatabaseError, OSError, windex.IndexError, EOFError, struct.error,
           zlib.error, pickle.UnpicklingError)
NOT_READY = "the search index is not ready; rebuild it"
BEING_UPDATED = ("the search index is being updated by another program ({holder}); "
                 "try again in a moment")


def tier2_width(sources: int) -> int:
    """How many top sources tier 2 ranks the pages of: an eighth of the library, from 200 to
    400. Measured recall@20 against exhaustive page ranking: 200 of 736 sources (80,000
    pages) 0.95; at 300,000 pages (2,894 sources) 200 gave 0.78 and 300 gave 0.86, with
    p95 125 ms (tests/benchmarks, --tier2-curve)."""
    return min(400, max(200, sources // 8))


class SearchEngine(LiveIndex):
    def __init__(
        self,
        index_dir: Path,
        store: TextStore,
        thesaurus: Sequence[tuple[str, ...]] = (),
        *,
        tier2_sources: int | None = None,
        procs: int = 2,
    ) -> None:
        super().__init__(index_dir, procs=procs)
        self.store = store
        self.thesaurus = Thesaurus(thesaurus) if thesaurus else None
        # None: by library size (tier2_width); a number fixes it (tests, the recall curve)
        self.tier2_sources = None if tier2_sources is None else max(int(tier2_sources), 1)
        self._facts: dict[int, SourceFacts] | None = None
        self._labels: tuple[int, PassageLabels] | None = None  # (version, labels)
        # the stored facts with those labels' passage-level risks (PassageLabels.label_all)
        self._labelled: tuple[PassageLabels, dict[int, SourceFacts]] | None = None
        # the facet counts of every source, of the facts searches are given (by identity)
        self._totals: tuple[dict[int, SourceFacts], FacetTotals] | None = None
        self._titles: dict[int, tuple[str, str]] | None = None

    @classmethod
    def open(
        cls,
        index_dir: Path,
        store: TextStore,
        thesaurus: Sequence[tuple[str, ...]] = (),
        *,
        tier2_sources: int | None = None,
        procs: int = 2,
        sweep: bool = True,
    ) -> SearchEngine:
        """`sweep=False` when another process may be writing (see follow_other_writers)."""
        engine = cls(index_dir, store, thesaurus, tier2_sources=tier2_sources, procs=procs)
        engine.index_dir.mkdir(parents=True, exist_ok=True)
        engine._open_live()
        if sweep:
            engine._sweep()
        return engine

    def _forget(self) -> None:
        self._facts = self._titles = None
        self._labelled = self._totals = None

    # ------------------------------------------------------------ reading
    def _source_facts(self) -> dict[int, SourceFacts]:
        """Stored fields of every live source, by Whoosh document number (cached until the
        next write)."""
        if self._facts is None:
            assert self._searcher is not None
            reader = self._searcher.reader()
            self._facts = {n: SourceFacts.from_stored(s) for n, s in reader.iter_docs()}
        return self._facts

    def _passage_labels(self) -> PassageLabels | None:
        """The passage labels from SQLite (the truth), read again when they change; None
        for a store that keeps none (risk types stay source-level)."""
        if not isinstance(self.store, LabelStore):
            return None
        version = self.store.page_risks_version()
        if self._labels is None or self._labels[0] != version:
            self._labels = (version, PassageLabels.of(self.store.page_risk_rows()))
        return self._labels[1]

    def passage_labels(self) -> PassageLabels | None:
        """The library's passage labels as searches use them (read from the store, not the
        index: browsing needs no index). Not under the index lock, which a write holds for
        the length of a batch: the labels are replaced whole, never changed."""
        return self._passage_labels()

    def _search_facts(self) -> tuple[dict[int, SourceFacts], PassageLabels | None]:
        """The stored facts, with passage-level risks when the store keeps passage labels:
        made once per label version and index state (rebuilding them for every matching
        source on every search cost a few ms a search), kept like the stored fields."""
        facts = self._source_facts()
        labels = self._passage_labels()
        if labels is None:
            return facts, None
        if self._labelled is None or self._labelled[0] is not labels:
            conc = self._conc
            assert conc is not None
            self._labelled = (labels, labels.label_all(facts, lambda ids: {
                sid: len(info.lengths) for sid, info in conc.source_pages(ids).items()}))
        return self._labelled[1], labels

    def _all_titles(self) -> dict[int, tuple[str, str]]:
        """(title, published) of every live source, from the store, kept until the next
        write like the stored fields (a title changes only with its source re-indexed): a
        phrase a source's pages lack may be in its title, and reading hundreds of titles
        per search was a tenth of a phrase search."""
        if self._titles is None:
            ids = sorted(f.source_id for f in self._source_facts().values())
            self._titles = self.store.source_titles(ids)
        return self._titles

    def search(self, q: SearchQuery) -> SearchResult:
        """Run a search. Bad query text gives `SearchResult.error`, never an exception;
        a damaged index raises IndexUnavailable (and `state()` turns unhealthy)."""
        with self._lock:
            self.follow_other_writers()
            if not self._usable() or self._searcher is None or self._conc is None:
                return SearchResult(q, error=NOT_READY)
            try:
                facts, labels = self._search_facts()
                if self._totals is None or self._totals[0] is not facts:
                    self._totals = (facts, FacetTotals.of(facts.values()))
                return run_search(
                    q, self._searcher, self._conc, self.store, facts, self.thesaurus,
                    self.tier2_sources or tier2_width(len(facts)), labels,
                    self._all_titles, labelled=labels is not None, totals=self._totals[1],
                )
            except _DAMAGE as exc:
                self._broken = True
                raise IndexUnavailable(f"the search index is damaged: {exc}") from exc

    def highlight(self, text: str, language: str, q: SearchQuery) -> tuple[Span, ...]:
        """Spans of `text` (a page in `language`) that the query's words match, for the
        reader; empty when the query has an error."""
        with self._lock:
            expand = self._conc.terms_with_prefix if self._conc else (lambda p, n: [])
            try:
                compiled = compile_query(q.text, expand, self.thesaurus if q.related else None)
            except QueryError:
                return ()
        return highlight_spans(text, language, compiled)

    def check(self, sample: int = 20) -> list[str]:
        """Problems found: counts that differ from the store, sampled sources missing."""
        with self._lock:
            if not self.state().healthy or self._conc is None:
                return ["the search index is missing, damaged or out of date"]
            try:
                facts = self._source_facts()
            except _DAMAGE as exc:  # e.g. a column file cut to nothing: rebuild it
                self._broken = True
                return [f"the search index is damaged: {exc}"]
            problems = []
            in_store = self.store.count_sources()
            if len(facts) != in_store:
                problems.append(f"index has {len(facts)} sources, library has {in_store}")
            pages = self._conc.count_sources()
            if pages != len(facts):
                problems.append(f"page concordance has {pages} sources, index has {len(facts)}")
            ids = sorted(f.source_id for f in facts.values())
            step = max(len(ids) // max(sample, 1), 1)
            picked = ids[::step][:sample]
            known = set(self.store.source_titles(picked))
            concorded = self._conc.has_sources(picked)
            for sid in picked:
                if sid not in known:
                    problems.append(f"source {sid} is in the index but not in the library")
                if sid not in concorded:
                    problems.append(f"source {sid} has no page concordance")
            return problems
