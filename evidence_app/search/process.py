"""Where searches run: `Searches` (the part `library.searches`) and the search child.

The one door for searches: the GUI and the CLI ask `Searches`, and it decides where the
search runs. A library opened for the window searches in a child process; one opened by the
CLI or a test searches in this one, through the same calls. Browsing (a search with no text)
filters and counts the library's sources with the search's own filter and facet code
(filters.py), so both agree: countries in any case, dates compared as dates, facet counts
drill-down.

Why a child: Whoosh is pure Python: a search run on a thread of the GUI process holds the GIL
for tens of milliseconds at a time, and the window cannot paint or take a key press meanwhile
(the GUI latency benchmark measured the event loop stalling 70-110 ms at 80,000 pages). A child
process searches on the other core instead; the GUI thread's worker only waits on a pipe.

The child opens the library read-only, as a second program would (with the `open_store` the
facade gives it, no index sweep), and follows the parent's writes the way any reader does
(SearchEngine.follow_other_writers, before each search). If it dies it is started again once;
if that fails too the caller gets IndexUnavailable.
"""

from __future__ import annotations

import logging
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import EvidenceError, IndexUnavailable, InvalidValue
from ..ingest.pool import process_context
from ..model import BrowsePage, SearchPage, SearchQuery, SearchResult, Source, SourceHit
from .api import StoreTexts
from .engine import BEING_UPDATED, NOT_READY, SearchEngine
from .filters import Filters, PassageLabels, SourceFacts, count_facets
from .query import QueryError

log = logging.getLogger(__name__)

STOP_WAIT = 2.0  # seconds a stopping child gets before it is terminated
# opens the library database read-only, without migrating (run in the child: a module-level
# function or a functools.partial of one, so that it can be sent to the child)
StoreOpener = Callable[[Path], Any]
# names a damaged library database as such (store.health.named_damage), for the child
DamageNamer = Callable[[Path], AbstractContextManager[object]]


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
        name_damage: DamageNamer,
    ) -> None:
        self._engine = engine
        self._sources = sources
        self._holder_elsewhere = holder_elsewhere
        self._folder = folder
        self._open_store = open_store
        self._name_damage = name_damage
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
                self.child = SearchProcess(self._folder, self._open_store, self._name_damage)
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
        one answer. The sources are read here, not in the child: this process's readers
        have them cached (browsing reads them all), the child's connection has not."""
        result = self.search(query)
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


class SearchProcess:
    """`search(query)` like Library.search, answered by a child process. Thread-safe: one
    search at a time (the GUI drops stale answers anyway)."""

    def __init__(self, folder: Path | str, open_store: StoreOpener,
                 name_damage: DamageNamer) -> None:
        self.folder = Path(folder)
        self._open_store = open_store
        self._name_damage = name_damage
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._proc: Any = None
        self._aborted = False
        self._start()

    def _start(self) -> None:
        context = process_context()
        parent, child = context.Pipe()
        proc = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(str(self.folder), child, self._open_store, self._name_damage),
            name="evidence-search", daemon=True)
        proc.start()
        child.close()
        self._conn, self._proc = parent, proc

    def search(self, query: SearchQuery) -> SearchResult:
        with self._lock:
            self._aborted = False
            for attempt in (1, 2):
                if self._conn is None or self._proc is None or not self._proc.is_alive():
                    self._stop()
                    self._start()
                assert self._conn is not None
                try:
                    self._conn.send(query)
                    kind, payload = self._conn.recv()
                    break
                except (EOFError, OSError) as exc:
                    self._stop()
                    if self._aborted:  # stopped on purpose: this search is not tried again
                        self._aborted = False
                        raise IndexUnavailable("the search took too long and was stopped") \
                            from exc
                    log.warning("search process stopped (%s); starting it again", exc)
                    if attempt == 2:
                        raise IndexUnavailable("the search process stopped") from exc
        if kind == "error":
            raise payload
        result: SearchResult = payload
        return result

    def abort(self) -> bool:
        """Kill the child in the middle of a search that never returns (called from another
        thread than the one waiting). The waiting search raises IndexUnavailable at once; the
        next search starts a new child. False when no child was running."""
        proc = self._proc
        if proc is None or not proc.is_alive():
            return False
        self._aborted = True
        proc.kill()
        return True

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        conn, proc = self._conn, self._proc
        self._conn = self._proc = None
        if conn is not None:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
            conn.close()
        if proc is not None:
            proc.join(STOP_WAIT)
            if proc.is_alive():
                proc.terminate()
                proc.join(STOP_WAIT)

    def __enter__(self) -> SearchProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(folder: str, conn: Connection, open_store: StoreOpener,
           named_damage: DamageNamer) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    from .. import taxonomy
    from ..folder.files import DB_NAME, INDEX

    db_path = Path(folder) / DB_NAME
    engine: SearchEngine | None = None
    store: Any = None
    failure: Exception | None = None
    try:
        with named_damage(db_path):
            store = open_store(db_path)
        engine = SearchEngine.open(Path(folder) / INDEX,
                                   StoreTexts(lambda: store.sources, lambda: store.passage_risks,
                                              lambda: named_damage(db_path)),
                                   taxonomy.load_thesaurus(), sweep=False)
    except EvidenceError as exc:  # every search reports it
        failure = exc
    except Exception as exc:  # noqa: BLE001 - e.g. sqlite3: no library in that folder
        failure = IndexUnavailable(f"the library cannot be read: {exc}")
    if engine is not None and not conn.poll():
        _warm(engine)
    while True:
        try:
            query = conn.recv()
        except (EOFError, OSError):
            return
        if query is None:
            return
        try:
            if engine is None:
                raise failure or IndexUnavailable("the search index could not be opened")
            conn.send(("ok", _explained(engine.search(query), folder)))
        except Exception as exc:  # noqa: BLE001 - the parent raises it
            conn.send(("error", _transferable(exc)))


WARM_QUERY = "violence OR violencia"


def listed_sources(result: SearchResult, read: Callable[[list[int]], list[Source]]
                   ) -> dict[int, Source]:
    """{id: Source} of the sources a result lists (its source hits and best passages)."""
    ids = [hit.source_id for hit in result.sources]
    ids += [p.source_id for p in result.passages if p.source_id not in ids]
    return {s.id: s for s in read(ids)} if ids else {}


def _explained(result: Any, folder: str) -> Any:
    """"Not ready" while another program writes the index means "wait", not "rebuild"."""
    if getattr(result, "error", "") != NOT_READY:
        return result
    from ..folder.locking import LibraryLock

    try:
        probe = LibraryLock(Path(folder))
    except OSError:
        return result
    try:
        holder = probe.holder_elsewhere()
    finally:
        probe.close()
    return replace(result, error=BEING_UPDATED.format(holder=holder)) if holder else result


def _warm(engine: Any) -> None:
    """One search before the user's first: it reads the index's tables into the caches
    (the first search of a fresh window took 160-180 ms on 80,000 pages, later ones 60)."""
    try:
        engine.search(SearchQuery(text=WARM_QUERY, limit=5, passages=5))
    except Exception:  # noqa: BLE001 - the user's own search will report any real problem
        log.debug("warm-up search failed", exc_info=True)


def _transferable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - e.g. an exception class with a custom __init__
        return IndexUnavailable(f"{type(exc).__name__}: {exc}")
    return exc
