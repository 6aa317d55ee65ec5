"""The library tab's search flow: the query from the search box, the facets and the results
view; the answer shown as results (with text) or the sources table (browsing); a hit opened
in the reader with its search terms.

It is given the widgets and callables it needs, not the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from evidence_app.model import SearchQuery

from .. import tasks
from .results_view import FLAT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QStatusBar

    from evidence_app.library.facade import Library
    from evidence_app.model import BrowsePage

    from ..reader.panel import ReaderPane
    from .facets import FacetPanel
    from .results_view import ResultsView
    from .search_box import SearchBox
    from .search_controller import ResultPage, SearchController
    from .sources_table import SourcesTable

RESULTS_PER_PAGE = 20
PASSAGES = 50


class SearchFlow(QObject):
    """Runs the library tab's searches and shows their answers. `center` shows either the
    results or the sources table; `browse_message(count)` is the status text for a filtered
    browse list."""

    def __init__(
        self,
        *,
        controller: SearchController,
        search_box: SearchBox,
        facets: FacetPanel,
        results: ResultsView,
        sources_table: SourcesTable,
        reader: ReaderPane,
        center: QStackedWidget,
        status: QStatusBar,
        library: Callable[[], Library | None],
        browse_message: Callable[[int], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.search_box = search_box
        self.facets = facets
        self.results = results
        self.sources_table = sources_table
        self.reader = reader
        self.center = center
        self.status = status
        self.library = library
        self.browse_message = browse_message
        self.terms: tuple[str, ...] = ()
        self._connect()

    def _connect(self) -> None:
        self.search_box.search_requested.connect(lambda _t, _r: self.run_search())
        self.facets.filters_changed.connect(self.run_search)
        self.results.sort_changed.connect(lambda _s: self.run_search())
        self.results.mode_changed.connect(self._mode_changed)
        self.results.hit_selected.connect(self.show_hit)
        self.results.hit_activated.connect(lambda s, p: self.show_hit(s, p, focus=True))
        self.results.load_more_requested.connect(self.controller.load_more)
        self.results.more_pages_requested.connect(self.controller.expand_source)
        self.controller.source_expanded.connect(self.results.expand_source)
        self.controller.searching.connect(self.results.show_searching)
        self.controller.result_ready.connect(self._show_results)
        self.controller.browse_ready.connect(self._show_browse)
        self.controller.failed.connect(self._search_failed)
        self.controller.still_searching.connect(self._still_searching)
        self.sources_table.source_selected.connect(lambda sid: self.show_hit(sid, 0))
        self.sources_table.source_activated.connect(lambda sid: self.show_hit(sid, 0, True))

    def current_query(self) -> SearchQuery:
        query = SearchQuery(
            text=self.search_box.text(),
            related=self.search_box.is_related(),
            sort=self.results.sort(),
            limit=RESULTS_PER_PAGE,
            # the flat list's best passages cost a phrase search half its time: asked for
            # only while that list is shown (switching to it searches again)
            passages=PASSAGES if self.results.mode() == FLAT else 0,
        )
        return self.facets.apply_to(query)

    def _mode_changed(self, mode: str) -> None:
        query = self.controller.query
        if mode == FLAT and query.text.strip() and not query.passages:
            self.run_search()

    def run_search(self) -> int:
        query = self.current_query()
        self.center.setCurrentWidget(self.results if query.text else self.sources_table)
        return self.controller.run(query)

    def _show_results(self, page: ResultPage) -> None:
        request = self.controller.request_id
        if not page.appended:
            self.terms = page.result.terms
            # the list first; the facet counts in the next turn of the event loop
            facets = page.result.facets
            def show_counts() -> None:
                if request == self.controller.request_id:
                    self.facets.set_counts(facets)

            tasks.soon(show_counts)
        self.results.set_page(page, self.controller.has_more())
        if not page.appended and page.result.sources:
            # the list first, painted; then the reader opens the first hit
            tasks.soon(lambda: self._open_first_result(request))
        self.status.showMessage(self.results.summary.text(), 4000)

    def _open_first_result(self, request: int) -> None:
        if request == self.controller.request_id:  # not if the user has typed since
            self.results.select_first()

    def _show_browse(self, page: BrowsePage) -> None:
        self.terms = ()
        self.facets.set_counts(page.facets)
        self.sources_table.set_sources(page.sources, page.risk_counts)
        count = len(page.sources)
        library = self.library()
        if library is not None and count < library.catalog.stats()["sources"]:
            # only when filters narrow the list: the whole count is on the right already
            self.status.showMessage(self.browse_message(count), 4000)
        else:
            self.status.clearMessage()

    def _still_searching(self, message: str) -> None:
        self.results.summary.setText(message)
        self.status.showMessage(message)

    def _search_failed(self, message: str) -> None:
        self.results.show_message(message)
        self.status.showMessage(message, 8000)

    def show_hit(self, source_id: int, page_no: int, focus: bool = False) -> None:
        hits = self.results.hits_for_source(source_id) if self.terms else []
        self.reader.ticked_risks = self.current_query().risks
        self.reader.show_source(source_id, page_no, hits, self.terms)
        if focus:
            self.reader.text.setFocus(Qt.FocusReason.OtherFocusReason)
