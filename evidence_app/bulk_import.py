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
from the store's index log (`Library.catch_up_index`), as after any interrupted write.
"""

from __future__ import annotations

import threading

from .ingest.pool import ExtractionPool

WORKERS = 2


class BulkImport:
    """The state one bulk block shares between its import calls (one thread)."""

    def __init__(self, workers: int = WORKERS) -> None:
        self.thread = threading.get_ident()
        self.pool = ExtractionPool(workers=workers)
        self.pending: list[int] = []
        self.pending_pages = 0

    def add(self, source_ids: list[int], pages: int) -> None:
        self.pending += source_ids
        self.pending_pages += pages

    def take(self) -> list[int]:
        ids, self.pending, self.pending_pages = self.pending, [], 0
        return ids

    def close(self) -> None:
        self.pool.close()
