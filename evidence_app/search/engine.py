"""SearchEngine: the one object the facade talks to. Owns the index folder.

Layout of `index_dir`: `state.json` names the live folder `ix-<n>`, which holds the Whoosh
files (tier 1) and `pages.sqlite3` (tier 2). Writes go to both tiers in one batch: the
concordance transaction stays open until Whoosh has committed, and `state.json` records
the generation only after both did (see state.py for crash behaviour).

Locks: `_write` serialises writers; `_lock` guards the live handles and is held by
searches and by in-place writes. A rebuild holds `_lock` only to swap folders, so the old
index keeps answering searches while the new one is built.
"""

from __future__ import annotations

import gc
import logging
import pickle
import sqlite3
import struct
import threading
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path

from whoosh import index as windex
from whoosh.searching import Searcher

from ..errors import IndexUnavailable
from ..folder.files import remove_tree_in
from ..model import Progress, SearchQuery, SearchResult, Span, no_progress
from .api import IndexDocument, LabelStore, TextStore
from .filters import FacetTotals, PassageLabels, SourceFacts
from .index import writing
from .index.analysed import AnalysedSource, analyse_source
from .index.concordance import Concordance
from .index.state import IndexState, StateFile, read_state, write_state
from .query import QueryError, Thesaurus, compile_query
from .results import highlight_spans, run_search
from .schema import SCHEMA_VERSION, index_schema
from .scoring import CachedBM25F

log = logging.getLogger(__name__)

PAGES_DB = "pages.sqlite3"
# what reading a damaged index raises
_DAMAGE = (sqlite3.DatabaseError, OSError, windex.IndexError, EOFError, struct.error,
           zlib.error, pickle.UnpicklingError)
NOT_READY = "the search index is not ready; rebuild it"
BEING_UPDATED = ("the search index is being updated by another program ({holder}); "
                 "try again in a moment")
_FOLDER = "ix-"


@contextmanager
def _quiet_leaks() -> Iterator[None]:
    """Whoosh leaves segment files open when a damaged segment fails to load; let them be
    closed here, quietly, instead of as ResourceWarnings at some later collection."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            yield
        finally:
            gc.collect()


def tier2_width(sources: int) -> int:
    """How many top sources tier 2 ranks the pages of: an eighth of the library, from 200 to
    400. Measured recall@20 against exhaustive page ranking: 200 of 736 sources (80,000
    pages) 0.95; at 300,000 pages (2,894 sources) 200 gave 0.78 and 300 gave 0.86, with
    p95 125 ms (tests/benchmarks, --tier2-curve)."""
    return min(400, max(200, sources // 8))


class SearchEngine:
    def __init__(
        self,
        index_dir: Path,
        store: TextStore,
        thesaurus: Sequence[tuple[str, ...]] = (),
        *,
        tier2_sources: int | None = None,
        procs: int = 2,
    ) -> None:
        self.index_dir = Path(index_dir)
        self.store = store
        self.thesaurus = Thesaurus(thesaurus) if thesaurus else None
        # None: by library size (tier2_width); a number fixes it (tests, the recall curve)
        self.tier2_sources = None if tier2_sources is None else max(int(tier2_sources), 1)
        # accepted for callers of the old multi-process writer; writing is one process
        # now (writing.writer says why)
        self.procs = max(int(procs), 1)
        self._lock = threading.RLock()
        self._write = threading.RLock()
        self._state: StateFile | None = None
        self._ix: windex.Index | None = None
        self._conc: Concordance | None = None
        self._searcher: Searcher | None = None
        self._facts: dict[int, SourceFacts] | None = None
        self._labels: tuple[int, PassageLabels] | None = None  # (version, labels)
        # the stored facts with those labels' passage-level risks (PassageLabels.label_all)
        self._labelled: tuple[PassageLabels, dict[int, SourceFacts]] | None = None
        # the facet counts of every source, of the facts searches are given (by identity)
        self._totals: tuple[dict[int, SourceFacts], FacetTotals] | None = None
        self._titles: dict[int, tuple[str, str]] | None = None
        self._broken = False

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

    # ------------------------------------------------------------ opening
    def _open_live(self) -> None:
        self._close_handles()
        self._broken = False
        state = read_state(self.index_dir)
        self._state = state
        if state is None or state.schema_version != SCHEMA_VERSION or state.dirty:
            return
        folder = self.index_dir / state.active
        with _quiet_leaks():
            try:
                self._ix = windex.open_dir(str(folder), schema=index_schema())
                self._searcher = self._ix.searcher(weighting=CachedBM25F())
                if not (folder / PAGES_DB).is_file():
                    raise FileNotFoundError(folder / PAGES_DB)
                self._conc = Concordance(folder / PAGES_DB)
                self._conc.count_sources()
            except Exception as exc:  # any damage means "rebuild", never a crash at open
                # a string, not the exception: a kept log record would keep its traceback
                # and with it the files Whoosh left open
                log.warning("search index at %s is unusable: %s", folder, str(exc))
                self._close_handles()

    def _sweep(self) -> None:
        """Remove folders of rebuilds that never finished, or of replaced indexes."""
        active = self._state.active if self._state else None
        for path in list(self.index_dir.glob(_FOLDER + "*")):
            if path.name != active:
                remove_tree_in(self.index_dir, path.name)

    def _close_handles(self) -> None:
        for close in (
            self._searcher.close if self._searcher else None,
            self._conc.close if self._conc else None,
            self._ix.close if self._ix else None,
        ):
            if close is not None:
                try:
                    close()
                except Exception:  # closing a damaged index must not hide the real error
                    log.debug("error closing search index", exc_info=True)
        self._searcher = self._ix = self._conc = None
        self._facts = self._titles = None
        self._labelled = self._totals = None

    def _usable(self) -> bool:
        return self._ix is not None and self._conc is not None and not self._broken

    def _require(self) -> tuple[windex.Index, Concordance, StateFile]:
        if not self._usable() or self._state is None:
            raise IndexUnavailable("the search index needs a rebuild")
        assert self._ix is not None and self._conc is not None
        return self._ix, self._conc, self._state

    # ------------------------------------------------------------ state
    def state(self) -> IndexState:
        with self._lock:
            self.follow_other_writers()
            state = read_state(self.index_dir)
            if state is None:
                return IndexState(SCHEMA_VERSION, -1, False)
            healthy = (
                self._usable()
                and state == self._state
                and state.schema_version == SCHEMA_VERSION
                and not state.dirty
                and self._files_ok(self.index_dir / state.active)
            )
            return IndexState(state.schema_version, state.generation, healthy)

    def _files_ok(self, folder: Path) -> bool:
        with _quiet_leaks():
            return self._try_files(folder)

    def _try_files(self, folder: Path) -> bool:
        try:
            ix = windex.open_dir(str(folder), schema=index_schema())
            try:
                with ix.reader() as reader:
                    reader.doc_count()
            finally:
                ix.close()
            assert self._conc is not None
            self._conc.count_sources()
            return (folder / PAGES_DB).is_file()
        except Exception as exc:
            log.warning("search index at %s is damaged: %s", folder, str(exc))
            return False

    def set_generation(self, generation: int) -> None:
        with self._write, self._lock:
            _, _, state = self._require()
            self._set_state(StateFile(SCHEMA_VERSION, generation, state.active, False))

    def _set_state(self, state: StateFile) -> None:
        write_state(self.index_dir, state)
        self._state = state

    # ------------------------------------------------------------ writing in place
    def add(
        self,
        docs: Iterable[IndexDocument],
        *,
        generation: int | None = None,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
        total: int | None = None,
        ready: dict[int, AnalysedSource] | None = None,
    ) -> int:
        """Add or replace (by source id) sources in one batch; returns how many. `ready`:
        sources already analysed (`analyse`) from the same pages, taken from it as used.

        An iterator is read one document at a time (a catch-up may pass the whole
        library; a source it repeats keeps its first version); of a list, the last version
        of a repeated source wins. `total` is only for progress (default: len(docs))."""
        if isinstance(docs, Sequence):
            docs = list({d.source_id: d for d in docs}.values())
        if total is None:
            total = len(docs) if isinstance(docs, Sized) else 0
        with self._write, self._lock:
            return self._apply(docs, (), generation, progress, cancel, total, ready)

    @staticmethod
    def analyse(doc: IndexDocument) -> AnalysedSource:
        """A source's analysis for both tiers, for `add(ready=...)`: an import can do
        it while it waits for its extraction workers."""
        return analyse_source(doc.source_id, doc.language, doc.pages)

    def delete(self, source_ids: Sequence[int], *, generation: int | None = None) -> None:
        with self._write, self._lock:
            self._apply([], list(source_ids), generation, no_progress, None, 0)

    def _apply(
        self,
        docs: Iterable[IndexDocument],
        deleted: Sequence[int],
        generation: int | None,
        progress: Progress,
        cancel: threading.Event | None,
        total: int,
        ready: dict[int, AnalysedSource] | None = None,
    ) -> int:
        ix, conc, state = self._require()
        new_gen = state.generation if generation is None else generation
        self._set_state(StateFile(SCHEMA_VERSION, state.generation, state.active, True))
        try:
            writer = writing.writer(ix)
        except BaseException:
            self._set_state(state)
            raise
        try:
            conc.begin()  # inside: a failure here must not leave the writer (its lock) open
            for sid in deleted:
                writer.delete_by_term("id", sid)
                conc.delete_source(sid)
            added = writing.write_docs(writer, conc, docs, total, progress, cancel, replace=True,
                                       ready=ready)
            writer.commit(mergetype=writing.merge_tiers)
        except BaseException:
            writing.abandon(writer)
            conc.rollback()
            # nothing was written: the index is as it was
            self._set_state(state)
            raise
        try:
            conc.commit()
        except sqlite3.Error as exc:
            # Whoosh has the batch, the concordance not: leave the state dirty -> rebuild
            self._broken = True
            raise IndexUnavailable(f"page concordance write failed: {exc}") from exc
        self._set_state(StateFile(SCHEMA_VERSION, new_gen, state.active, False))
        self._refresh()
        return added

    def _refresh(self) -> None:
        # A fresh searcher, not Searcher.refresh(): in whoosh-reloaded 2.7.5 the reader
        # reuse behind refresh() keeps replaced segments, so documents appear twice.
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._searcher = self._ix.searcher(weighting=CachedBM25F())
        self._facts = self._titles = None
        self._labelled = self._totals = None

    def optimize(self) -> None:
        with self._write, self._lock:
            ix, conc, _ = self._require()
            writing.merge_all(ix)
            conc.optimize()
            self._refresh()

    # ------------------------------------------------------------ rebuild
    def rebuild(
        self,
        docs: Iterable[IndexDocument] | Callable[[], Iterable[IndexDocument]],
        total: int,
        *,
        generation: int,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> None:
        """Build a complete new index beside the live one and swap it in at the end; when
        the live one is broken or missing, delete it first and build in its place (a full
        disk need not hold two whole indexes)."""
        with self._write:
            if not self._usable() or self._state is None or self._state.dirty:
                # broken, or left mid-write by a failed write: free its space first
                self._drop_all()
            self._rebuild(docs() if callable(docs) else docs, total, generation, progress,
                          cancel)

    def _drop_all(self) -> None:
        """Close and delete every index folder (only `ix-<n>` folders inside index/)."""
        with self._lock:
            self._close_handles()
            self._state = None
            for path in list(self.index_dir.glob(_FOLDER + "*")):
                remove_tree_in(self.index_dir, path.name)

    def _rebuild(
        self,
        docs: Iterable[IndexDocument],
        total: int,
        generation: int,
        progress: Progress,
        cancel: threading.Event | None,
    ) -> None:
        with self._write:
            numbers = [int(p.name[len(_FOLDER):]) for p in self.index_dir.glob(_FOLDER + "*")
                       if p.name[len(_FOLDER):].isdigit()]
            folder = self.index_dir / f"{_FOLDER}{max(numbers, default=0) + 1}"
            remove_tree_in(self.index_dir, folder.name)
            folder.mkdir(parents=True)
            try:
                self._build(folder, docs, total, progress, cancel)
            except BaseException:
                remove_tree_in(self.index_dir, folder.name)
                raise
            with self._lock:
                old = self._state.active if self._state else None
                self._close_handles()
                write_state(self.index_dir, StateFile(SCHEMA_VERSION, generation, folder.name))
                self._open_live()
                if old and old != folder.name:
                    remove_tree_in(self.index_dir, old)

    def _build(
        self,
        folder: Path,
        docs: Iterable[IndexDocument],
        total: int,
        progress: Progress,
        cancel: threading.Event | None,
    ) -> None:
        """Write the new index in batches of REBUILD_BATCH sources, one Whoosh segment and
        one concordance transaction each (the folder is not live yet: partial commits are
        harmless), so memory stays bounded whatever the library's size; then merge."""
        ix = windex.create_in(str(folder), index_schema())
        conc = Concordance(folder / PAGES_DB)
        it = iter(docs)
        batches = 0
        seen: set[int] = set()
        try:
            while True:
                head = next(it, None)
                if head is None:
                    break
                batch = chain([head], islice(it, writing.REBUILD_BATCH - 1))
                writer = writing.writer(ix)
                try:
                    conc.begin()
                    writing.write_docs(writer, conc, batch, total, progress, cancel,
                                       replace=False, seen=seen)
                    writer.commit(merge=False)
                except BaseException:
                    writing.abandon(writer)
                    conc.rollback()
                    raise
                conc.commit()
                batches += 1
            if batches > 1:
                writing.merge_all(ix)
            conc.optimize()
        finally:
            conc.close()
            ix.close()

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
        index: browsing needs no index)."""
        with self._lock:
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

    # ------------------------------------------------------------ other processes
    # Readers take no lock, so another process may write this index meanwhile (the library
    # lets one process write at a time). These two are all that takes care of it.
    def disk_state(self) -> StateFile | None:
        """state.json as it is on disk now: cheap, for polling."""
        return read_state(self.index_dir)

    def follow_other_writers(self) -> bool:
        """Reopen the index if another process committed a change to it since this one
        opened or last wrote it; while it is mid-write (dirty), keep answering from the
        handles already open. True when it reopened."""
        with self._lock:
            state = read_state(self.index_dir)
            if state is None or state.dirty or state == self._state:
                return False
            self._open_live()
            return True

    def close(self) -> None:
        with self._write, self._lock:
            self._close_handles()
