"""`library.searches`: searching and browsing the library, in this process or in a child.

The one door for searches: the GUI and the CLI ask this part, and it decides where the search
runs. A library opened for the window searches in a child process (process.py says why);
one opened by the CLI or a test searches here, through the same calls. Browsing (a search
with no text) filters and counts the library's sources with the search's own filter and
facet code (filters.py), so both agree: countries in any case, dates compared as dates, facet
counts drill-down.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import InvalidValue
from ..model import BrowsePage, SearchPage, SearchQuery, SearchResult, Source, SourceHit
from .engine import BEING_UPDATED, NOT_READY, SearchEngine
from .filters import Filters, PassageLabels, SourceFacts, count_facets
from .process import SearchProcess, StoreOpener, listed_sources
from .query import QueryError

log = logging.getLogger(__name__)


class Searches:
    """Collaborators: the search `engine` of this process; `sources(ids)` reads sources
    (all of them for None); `holder_elsewhere()` names another program writing the library
    (or ""); the library `folder` and `open_store`, to start a search child with."""

    def __init__(
        self,
        *,
        engine: SearchEngine,
        sources: Callable[[Sequence[int] | None], list[Source]],
        holder_elsewhere: Callable[[], str | None],
        folder: Path,
        open_store: StoreOpener,
    ) -> None:
        self._engine = engine
        self._sources = sources
        self._holder_elsewhere = holder_elsewhere
        self._folder = folder
        self._open_store = open_store
        self._start = threading.Lock()
        # the search child when searches run in one (see start_child); None: in this process
        self.child: SearchProcess | None = None

    # ---------------------------------------------------------------- where searches run
    def start_child(self) -> bool:
        """From now on search in a child process (the window's library: a search holding
        the GIL here would freeze the window). False when no process could be started:
        searches then run in this one."""
        with self._start:
            if self.child is not None:
                return True
            try:
                self.child = SearchProcess(self._folder, self._open_store)
            except OSError as exc:  # no processes left: search in this one
                log.warning("no search process: %s", exc)
                return False
            return True

    @property
    def in_child(self) -> bool:
        return self.child is not None

    def abort(self) -> bool:
        """Stop a search that never returns: its caller gets IndexUnavailable at once and
        the next search starts a new child. False when searches run in this process (a
        search here cannot be stopped)."""
        child = self.child
        return child is not None and child.abort()

    def close(self) -> None:
        child, self.child = self.child, None
        if child is not None:
            child.close()

    # ---------------------------------------------------------------- searching
    def search(self, query: SearchQuery | str) -> SearchResult:
        if isinstance(query, str):
            query = SearchQuery(text=query)
        child = self.child
        if child is not None:
            return child.search(query)
        return self._here(query)

    def search_page(self, query: SearchQuery) -> SearchPage:
        """The search with the sources it lists (their metadata for the result rows), in
        one answer."""
        child = self.child
        if child is not None:
            return child.search_page(query)
        result = self._here(query)
        return SearchPage(result, listed_sources(result, self._sources))

    def more_pages(self, query: SearchQuery, position: int, source_id: int,
                   pages: int) -> SourceHit | None:
        """Up to `pages` pages of the source at `position` (0-based) of the query's list;
        None when another source is there now."""
        narrowed = replace(query, offset=position, limit=1, pages_per_source=pages, passages=0)
        for hit in self.search(narrowed).sources:
            if hit.source_id == source_id:
                return hit
        return None

    def _here(self, query: SearchQuery) -> SearchResult:
        result = self._engine.search(query)
        if result.error == NOT_READY:
            holder = self._holder_elsewhere()
            if holder:  # not broken: another program is writing it right now
                return SearchResult(query, error=BEING_UPDATED.format(holder=holder))
        return result

    # ---------------------------------------------------------------- browsing
    def browse(self, query: SearchQuery) -> BrowsePage:
        """Every source passing the query's filters (its text is not looked at), in library
        order, with the facet counts of a search with those filters. Needs no index."""
        try:
            filters = Filters.of(query)
        except QueryError as exc:
            raise InvalidValue("date", f"{query.since}..{query.until}", str(exc)) from exc
        return browse_sources(self._sources(None), self._engine.passage_labels(), filters)


def browse_sources(sources: Sequence[Source], labels: PassageLabels | None,
                   filters: Filters) -> BrowsePage:
    """`sources` narrowed by `filters` and counted the way a search counts: risk types are
    passage-level where `labels` has a source's passages (else its own tags, every page
    counting), each facet's counts apply every filter but its own."""
    facts = [SourceFacts.from_source(s) for s in sources]
    if labels is not None:
        sizes = {s.id: s.page_count for s in sources}
        facts = labels.with_passages(facts, lambda ids: {i: sizes.get(i, 0) for i in ids})
    facets, passing = count_facets(facts, filters)
    by_id = {s.id: s for s in sources}
    listed = tuple(by_id[f.source_id] for f in passing)
    counts = {} if labels is None else {
        s.id: labels.counts(s.id) for s in listed if s.id in labels.labelled}
    return BrowsePage(listed, facets, counts)
