"""Many `import_files` calls as one import: `with library.bulk_import(): ...`.

A script that imports a collection file by file, or country by country (tags differ per
call), paid per call for what a single call pays once: starting the extraction workers
(about 0.1 s), and a Whoosh segment of its own, written and later merged again in pure
Python (about 0.9 s for one or two reports: each term of a source is a block of its own,
so most of the cost is per term, not per posting). Inside the block the calls share one
pool of workers, and the search index is written in batches of
`importer.INDEX_BATCH_SOURCES` sources across calls; the rest when the block ends.

What stays: every file is still read in a worker with time and memory limits, and each
source is committed to SQLite before the index hears of it. Until its batch is written a
source is in the library but not found by a search (nor by a search in another process);
a crash in between leaves the index behind the store, and the next open catches it up
from the store's index log (`Library.index.catch_up_index`), as after any interrupted write.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ImportFailed
from ..ingest.pool import ExtractionPool, Result
from .importer import file_problem
from .worker import extract_analysed, extract_checked

if TYPE_CHECKING:
    from ..model import Country, RiskType
    from ..search.api import IndexDocument
    from ..search.index.analysed import AnalysedSource
    from ..store import Store

WORKERS = 2


class BulkImport:
    """The state one bulk block shares between its import calls (one thread).

    While a call waits for its workers, the sources stored before and not yet indexed are
    analysed for the index one at a time (`analyse_next`, read back from the store as the
    index would read them): the analysis is most of an index write's pure-Python work, and
    it then overlaps with the extraction instead of following it.
    """

    def __init__(
        self,
        store: Store,
        analyse: Callable[[IndexDocument], AnalysedSource],
        ahead: Sequence[Path] = (),
        read_headings: Callable[[list[int]], object] | None = None,
        workers: int = WORKERS,
    ) -> None:
        self.thread = threading.get_ident()
        self.store = store
        self.analyse = analyse
        # The workers analyse each file's pages for the index too (import_worker.py).
        self.pool = ExtractionPool(workers=workers, function=extract_analysed)
        # Files announced ahead are read in that order, a few files ahead of the calls
        # (ExtractionPool.imap's look-ahead), while the calls store and index.
        self._stream: Generator[tuple[Path, Result], None, None] | None = None
        # The checks before reading a file, once per file of the block: the read-ahead
        # stream and the call that imports the file share them (check).
        self._checked: dict[str, ImportFailed | OSError | None] = {}
        if ahead:
            self._stream = self.pool.imap(
                ((Path(p), None) for p in ahead if self.check(Path(p)) is None), None,
                self.analyse_next)
        self._early: dict[str, Result] = {}
        self.taxonomy: tuple[list[Country], list[RiskType]] | None = None  # importer.py
        self.pending: list[int] = []
        self.pending_pages = 0
        self.ready: dict[int, AnalysedSource] = {}
        self._tried: set[int] = set()
        # HTML sources whose section headings are still to be read (Library.starter.read_headings)
        self.headings: list[int] = []
        self.headed: set[int] = set()  # sources whose headings their worker read
        self._read_headings = read_headings

    def check(self, path: Path) -> ImportFailed | OSError | None:
        """`ingest.check_file` of a file of this block, run once however often asked: by
        the read-ahead (a file failing it is not read) and by the importer before hashing
        (which reports the failure). None when the file may be read."""
        key = str(path)
        if key not in self._checked:
            self._checked[key] = file_problem(path)
        return self._checked[key]

    def analyse_next(self) -> bool:
        """Analyse one pending source not analysed yet, else read one source's section
        headings; False when there is nothing to do."""
        todo = next((sid for sid in self.pending
                     if sid not in self._tried and sid not in self.ready), None)
        if todo is None:
            if self.headings and self._read_headings is not None:
                self._read_headings([self.headings.pop(0)])
                return True
            return False
        self._tried.add(todo)
        for doc in self.store.sources.iter_index_documents([todo]):
            self.ready[doc.source_id] = self.analyse(doc)
        return True

    def analysed(self, source_id: int, analysis: AnalysedSource | None) -> None:
        """A stored source's analysis, made by the worker that read its file."""
        if analysis is not None:
            self.ready[source_id] = analysis

    def add(self, source_ids: list[int], pages: int) -> None:
        self.pending += source_ids
        self.pending_pages += pages

    def flush(self, reindex: Callable[[list[int], dict[int, AnalysedSource]], None]) -> None:
        """Write every pending source to the index (`reindex`: library.index.reindex),
        with the analyses made meanwhile."""
        ids, self.pending, self.pending_pages = self.pending, [], 0
        try:
            reindex(ids, self.ready)
        finally:
            self.ready.clear()
            self._tried.clear()

    def extract(
        self, items: list[tuple[Path, str | None]], cancel: threading.Event | None
    ) -> Generator[tuple[Path, Result], None, None]:
        """One call's files, as `ExtractionPool.imap` gives them: from the read-ahead
        stream when the block announced them all, else from the block's workers (or, while
        the stream holds those, from workers of the call's own)."""
        if self._stream is None:
            yield from self.pool.imap(items, cancel, self.analyse_next)
            return
        for path, password in items:
            if cancel is not None and cancel.is_set():
                return
            key = str(path)
            while password is None and key not in self._early:
                got = next(self._stream, None)
                if got is None:
                    break
                self._early[str(got[0])] = got[1]
            if password is None and key in self._early:
                yield path, self._early.pop(key)
                continue
            # not announced, or with a password
            with ExtractionPool(workers=1, function=extract_checked) as own:
                yield from own.imap([(path, password)], cancel)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()  # kills workers still reading files nobody will take
        self._early.clear()
        self.pool.close()
