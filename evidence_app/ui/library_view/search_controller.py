"""Runs searches off the GUI thread and drops stale answers.

Every new search bumps a request counter; an answer whose counter is not the latest is thrown
away, so a slow search for "gan" can never overwrite the results for "gang". Loading the next
page of sources reuses the current counter, so it is dropped too if the user has typed since.
With no query text the window browses: the sources are filtered and counted here, in the
background, from `Library.catalog.sources()`.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from evidence_app.model import SearchQuery, SearchResult, Source, SourceHit
from evidence_app.search.process import SearchProcess

from .. import tasks
from ..errors import describe_error

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

log = logging.getLogger(__name__)

MAX_EXPANDED_PAGES = 60
SLOW_MS = 3000  # a search still running after this says "Still searching…"
TIMEOUT_MS = 20000  # and after this is stopped, and the search process started again


@dataclass(frozen=True)
class ResultPage:
    """A search answer with the sources' metadata, fetched in the same background job."""

    result: SearchResult
    sources: dict[int, Source] = field(default_factory=dict)
    appended: bool = False


@dataclass(frozen=True)
class BrowsePage:
    sources: tuple[Source, ...]
    facets: dict[str, dict[str, int]]
    # {source_id: {slug: passages}}: risk types are passage-level (see risks_of)
    risk_counts: dict[int, dict[str, int]] = field(default_factory=dict)


def risks_of(source: Source, counts: dict[int, dict[str, int]]) -> dict[str, int]:
    """{slug: passages} of a source: its passage labels; a source without any falls back
    on its own tags, every page counting (as search does, search/filters.PassageLabels)."""
    if source.id in counts:
        return counts[source.id]
    return dict.fromkeys(source.risks, source.page_count)


def year_of(source: Source) -> str:
    return source.published[:4] if source.published[:4].isdigit() else ""


def browse_facets(
    sources: Iterable[Source], risk_counts: dict[int, dict[str, int]] | None = None
) -> dict[str, dict[str, int]]:
    """Facet counts of sources; with `risk_counts`, the risk facet counts passages."""
    counters: dict[str, Counter[str]] = {
        name: Counter() for name in ("countries", "risks", "kinds", "languages", "years")
    }
    for source in sources:
        counters["countries"].update(source.countries)
        if risk_counts is None:
            counters["risks"].update(source.risks)
        else:
            counters["risks"].update(risks_of(source, risk_counts))
        if source.kind:
            counters["kinds"][source.kind] += 1
        if source.language:
            counters["languages"][source.language] += 1
        if year_of(source):
            counters["years"][year_of(source)] += 1
    return {name: dict(counter) for name, counter in counters.items()}


def matches_filters(
    source: Source, query: SearchQuery, risks: Iterable[str] | None = None
) -> bool:
    """`risks`: the source's risk types when not its own tags (its passages')."""
    if query.countries and not set(query.countries) & set(source.countries):
        return False
    if query.risks and not set(query.risks) & set(source.risks if risks is None else risks):
        return False
    if query.kinds and source.kind not in query.kinds:
        return False
    if query.languages and source.language not in query.languages:
        return False
    year = year_of(source)
    if query.since and (not year or source.published < query.since):
        return False
    return not (query.until and (not year or source.published[: len(query.until)] > query.until))


def browse(library: Library, query: SearchQuery) -> BrowsePage:
    """All sources narrowed by the facet filters; counts are over the filtered set."""
    everything = library.catalog.sources()
    counts = library.passages.passage_risk_counts()
    chosen = tuple(s for s in everything if matches_filters(s, query, risks_of(s, counts)))
    return BrowsePage(chosen, browse_facets(chosen, counts), counts)


class SearchController(QObject):
    searching = Signal()
    result_ready = Signal(object)  # ResultPage
    browse_ready = Signal(object)  # BrowsePage
    source_expanded = Signal(object)  # SourceHit with more pages
    failed = Signal(str)
    still_searching = Signal(str)  # a search is slow: what to tell the user

    def __init__(self, library: Library | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._process: SearchProcess | None = None
        self._start_process()
        self.request_id = 0
        self.query = SearchQuery()
        self.loaded_sources = 0
        self.total_sources = 0
        self._loading_more = False
        # one search in a thousand may never return (a stuck child): say so, then recover
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.timeout.connect(self._slow)
        self._timeout_timer = QTimer(self)
        self._timeout_timer.setSingleShot(True)
        self._timeout_timer.timeout.connect(self._timed_out)
        self._watched = -1  # the request the timers watch

    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.request_id += 1
        self._start_process()

    def _start_process(self) -> None:
        """Searches of this library run in a child process (search_process says why); tests,
        which run jobs synchronously, search in-process."""
        old, self._process = self._process, None
        if old is not None:
            old.close()
        if self.library is not None and not tasks.runner().synchronous:
            try:
                self._process = SearchProcess(self.library.folder)
            except OSError as exc:  # no processes left: search in this one
                log.warning("no search process: %s", exc)

    def close(self) -> None:
        if self._process is not None:
            self._process.close()
            self._process = None

    def _searcher(self, library: Library) -> Callable[[SearchQuery], SearchResult]:
        process = self._process
        return process.search if process is not None else library.search

    # ---------------------------------------------------------------- requests
    def run(self, query: SearchQuery) -> int:
        """Start a new search (or browse when the text is empty); returns its request id."""
        self.request_id += 1
        request = self.request_id
        self.query = replace(query, offset=0)
        self._loading_more = False
        library = self.library
        if library is None:
            return request
        self.searching.emit()
        searched = self.query
        search = self._searcher(library)
        if not query.text.strip():
            tasks.run_in_background(
                lambda: browse(library, searched),
                on_done=lambda page: self._deliver_browse(request, page),
                on_error=lambda exc: self._fail(request, exc),
            )
            return request
        self._watch(request)
        tasks.run_in_background(
            lambda: self._search(library, search, searched, appended=False),
            on_done=lambda page: self._deliver(request, page),
            on_error=lambda exc: self._fail(request, exc),
        )
        return request

    # ---------------------------------------------------------------- slow searches
    def _watch(self, request: int) -> None:
        self._watched = request
        self._slow_timer.start(SLOW_MS)
        self._timeout_timer.start(TIMEOUT_MS)

    def _unwatch(self, request: int) -> None:
        if request == self._watched:
            self._watched = -1
            self._slow_timer.stop()
            self._timeout_timer.stop()

    def _slow(self) -> None:
        if self._watched == self.request_id:
            self.still_searching.emit(self.tr("Still searching…"))

    def _timed_out(self) -> None:
        """The search has not returned: stop its process (the next search starts a new one)
        and say so; its answer, if it ever comes, is dropped."""
        if self._watched != self.request_id:
            return
        process = self._process
        if process is None or not process.abort():
            self.still_searching.emit(self.tr("Still searching… this search is taking long."))
            return
        self.request_id += 1
        self._watched = -1
        self.failed.emit(self.tr(
            "The search took more than %n seconds and was stopped; the search was restarted. "
            "Search again, perhaps with fewer or more precise words.", "", TIMEOUT_MS // 1000))

    def has_more(self) -> bool:
        return bool(self.query.text.strip()) and self.loaded_sources < self.total_sources

    def load_more(self) -> bool:
        """Fetch the next page of sources for the current query; False when nothing to do."""
        library = self.library
        if library is None or self._loading_more or not self.has_more():
            return False
        self._loading_more = True
        request = self.request_id
        query = replace(self.query, offset=self.loaded_sources)
        search = self._searcher(library)
        tasks.run_in_background(
            lambda: self._search(library, search, query, appended=True),
            on_done=lambda page: self._deliver(request, page),
            on_error=lambda exc: self._fail(request, exc),
        )
        return True

    def expand_source(self, position: int, source_id: int) -> None:
        """More pages of one source: the same query narrowed to that source's rank."""
        library = self.library
        if library is None:
            return
        request = self.request_id
        query = replace(
            self.query, offset=position, limit=1, pages_per_source=MAX_EXPANDED_PAGES
        )

        search = self._searcher(library)

        def fetch() -> SourceHit | None:
            result = search(query)
            for hit in result.sources:
                if hit.source_id == source_id:
                    return hit
            return None

        def done(hit: SourceHit | None) -> None:
            if request == self.request_id and hit is not None:
                self.source_expanded.emit(hit)

        tasks.run_in_background(fetch, on_done=done, on_error=lambda e: self._fail(request, e))

    # ---------------------------------------------------------------- answers
    @staticmethod
    def _search(library: Library, search: Callable[[SearchQuery], SearchResult],
                query: SearchQuery, appended: bool) -> ResultPage:
        result = search(query)
        ids = [hit.source_id for hit in result.sources]
        ids += [p.source_id for p in result.passages if p.source_id not in ids]
        sources = {s.id: s for s in library.catalog.sources(ids)} if ids else {}
        return ResultPage(result, sources, appended)

    def _deliver(self, request: int, page: ResultPage) -> None:
        self._unwatch(request)
        if request != self.request_id:
            return
        if page.appended:
            self._loading_more = False
            self.loaded_sources += len(page.result.sources)
        else:
            self.loaded_sources = len(page.result.sources)
        self.total_sources = max(page.result.total_sources, self.loaded_sources)
        if page.appended and not page.result.sources:
            self.total_sources = self.loaded_sources  # the estimate was high: stop asking
        self.result_ready.emit(page)

    def _deliver_browse(self, request: int, page: BrowsePage) -> None:
        if request != self.request_id:
            return
        self.loaded_sources = self.total_sources = len(page.sources)
        self.browse_ready.emit(page)

    def _fail(self, request: int, exc: Exception) -> None:
        self._unwatch(request)
        if request != self.request_id:
            return
        self._loading_more = False
        self.failed.emit(describe_error(exc))
