"""The live index folder: opened, checked, written in place and rebuilt.

Layout of `index_dir`: `state.json` names the live folder `ix-<n>`, which holds the Whoosh
files (tier 1) and `pages.sqlite3` (tier 2). Writes go to both tiers in one batch: the
concordance transaction stays open until Whoosh has committed, and `state.json` records
the generation only after both did (see state.py for crash behaviour).

Locks: `_write` serialises writers; `_lock` guards the live handles and is held by
searches and by in-place writes. A rebuild holds `_lock` only to swap folders, so the old
index keeps answering searches while the new one is built.

`SearchEngine` (engine.py) is this folder plus what searching it keeps in memory; whatever it
keeps is forgotten (`_forget`) whenever the handles change.
"""

from __future__ import annotations

import gc
import logging
import sqlite3
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path

from whoosh import index as windex
from whoosh.searching import Searcher

from ...errors import IndexUnavailable
from ...folder.files import remove_tree_in
from ...model import Progress, no_progress
from ..api import IndexDocument
from ..schema import SCHEMA_VERSION, index_schema
from ..scoring import CachedBM25F
from . import writing
from .analysed import AnalysedSource, analyse_source
from .concordance import Concordance
from .state import IndexState, StateFile, read_state, write_state

log = logging.getLogger(__name__)

PAGES_DB = "pages.sqlite3"
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


class LiveIndex:
    def __init__(self, index_dir: Path, *, procs: int = 2) -> None:
        self.index_dir = Path(index_dir)
        # accepted for callers of the old multi-process writer; writing is one process
        # now (writing.writer says why)
        self.procs = max(int(procs), 1)
        self._lock = threading.RLock()
        self._write = threading.RLock()
        self._state: StateFile | None = None
        self._ix: windex.Index | None = None
        self._conc: Concordance | None = None
        self._searcher: Searcher | None = None
        self._broken = False

    def _forget(self) -> None:
        """Drop what was kept in memory about the index: its handles changed."""

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
        self._forget()

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
        self._forget()

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
