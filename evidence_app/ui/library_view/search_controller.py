"""Runs searches off the GUI thread and drops stale answers.

Every new search bumps a request counter; an answer whose counter is not the latest is thrown
away, so a slow search for "gan" can never overwrite the results for "gang". Loading the next
page of sources reuses the current counter, so it is dropped too if the user has typed since.
With no query text the window browses: `library.searches.browse` filters and counts the
sources with the search's own rules. Where a search runs (a child process for the window's
library) is the library's business: this controller makes the same calls either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from evidence_app.model import BrowsePage, SearchPage, SearchQuery, SearchResult, Source, SourceHit

from .. import tasks
from ..errors import describe_error

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

MAX_EXPANDED_PAGES = 60
SLOW_MS = 3000  # a search still running after this says "Still searching…"
TIMEOUT_MS = 20000  # and after this is stopped, and the search process started again

__all__ = ["BrowsePage", "ResultPage", "SearchController"]


@dataclass(frozen=True)
class ResultPage:
    """A search answer with the sources' metadata, as the library gave them in one answer."""

    result: SearchResult
    sources: dict[int, Source] = field(default_factory=dict)
    appended: bool = False

    @classmethod
    def of(cls, page: SearchPage, appended: bool) -> ResultPage:
        return cls(page.result, page.sources, appended)


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
        searches = library.searches
        if not query.text.strip():
            tasks.run_in_background(
                lambda: searches.browse(searched),
                on_done=lambda page: self._deliver_browse(request, page),
                on_error=lambda exc: self._fail(request, exc),
            )
            return request
        self._watch(request)
        tasks.run_in_background(
            lambda: ResultPage.of(searches.search_page(searched), appended=False),
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
        library = self.library
        if library is None or not library.searches.abort():
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
        searches = library.searches
        tasks.run_in_background(
            lambda: ResultPage.of(searches.search_page(query), appended=True),
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
        query, searches = self.query, library.searches

        def done(hit: SourceHit | None) -> None:
            if request == self.request_id and hit is not None:
                self.source_expanded.emit(hit)

        tasks.run_in_background(
            lambda: searches.more_pages(query, position, source_id, MAX_EXPANDED_PAGES),
            on_done=done, on_error=lambda e: self._fail(request, e))

    # ---------------------------------------------------------------- answers
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
