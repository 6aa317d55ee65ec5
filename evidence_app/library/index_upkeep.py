"""`library.index`: keeping the derived search index level with the store.

SQLite is committed first, then the index; a failed index write leaves the index stale for
catch-up or rebuilds it, never a wrong answer. The parts that change sources get `reindex`
and `unindex` as their index-update callbacks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

from ..folder import files as lib_folder
from ..folder.locking import writes
from ..model import Changes, Progress, no_progress
from ..search import SearchEngine
from ..search.index.analysed import AnalysedSource
from .stores import Stores
from .watch import Writing

log = logging.getLogger(__name__)


class IndexUpkeep:
    def __init__(self, stores: Stores, engine: SearchEngine, writing: Writing) -> None:
        self._stores = stores
        self._engine = engine
        self._writing = writing

    @writes("updating the search index")
    def catch_up_index(self, progress: Progress = no_progress) -> Changes:
        """Bring the derived index to the store's generation; rebuild when it cannot catch up."""
        store = self._stores.writer
        state = self._engine.state()
        target = store.index_log.generation()
        if not state.healthy:
            self.rebuild_index(progress)
            return Changes(index=True)
        if state.generation == target:
            return Changes()
        delta = (
            store.index_log.changes_since(state.generation) if state.generation < target else None
        )
        if delta is None:
            self.rebuild_index(progress)
            return Changes(index=True)
        put, delete = delta
        if delete:
            self._engine.delete(sorted(delete))
        self._engine.add(
            store.sources.iter_index_documents(put), generation=target, progress=progress
        )
        self._engine.set_generation(target)
        store.index_log.trim_index_log(target)
        return Changes(index=True)

    @writes("rebuilding the search index")
    def rebuild_index(
        self, progress: Progress = no_progress, cancel: threading.Event | None = None
    ) -> Changes:
        store = self._stores.writer
        target = store.index_log.generation()
        self._engine.rebuild(
            store.sources.iter_index_documents,  # read again to rebuild in place if need be
            store.sources.count_sources(),
            generation=target,
            progress=progress,
            cancel=cancel,
        )
        store.index_log.trim_index_log(target)
        return Changes(index=True)

    @writes("updating the search index")
    def reindex(
        self, source_ids: Sequence[int], ready: dict[int, AnalysedSource] | None = None
    ) -> None:
        """Commit SQLite first, then the index; a failure leaves the index stale for catch-up."""
        store = self._stores.writer
        target = store.index_log.generation()
        try:
            self._engine.add(store.sources.iter_index_documents(source_ids), generation=target,
                             ready=ready)
        except Exception as exc:
            if lib_folder.is_disk_full(exc):
                # the library has it; the index catches up once there is room
                log.warning("index update stopped, the disk is full; it catches up later")
                return
            log.exception("index update failed; rebuilding from the store")
            self.rebuild_index()
            return
        store.index_log.trim_index_log(target)

    @writes("updating the search index")
    def unindex(self, source_ids: Sequence[int]) -> None:
        try:
            self._engine.delete(source_ids, generation=self._stores.writer.index_log.generation())
        except Exception as exc:
            if lib_folder.is_disk_full(exc):
                log.warning("index delete stopped, the disk is full; it catches up later")
                return
            log.exception("index delete failed; rebuilding from the store")
            self.rebuild_index()

    def index_is_current(self) -> bool:
        if self._writing.holder_elsewhere():
            return True  # being brought up to date by whoever is writing now
        state = self._engine.state()
        return state.healthy and state.generation == self._stores.writer.index_log.generation()
