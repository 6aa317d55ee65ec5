"""Writing both tiers: each source analysed once, and tier 1's Whoosh segments merged.

Every batch written becomes a segment, and every segment costs each search about a
millisecond at 80,000 pages (terms are looked up segment by segment), so segments must be
merged; but merging rewrites postings in pure Python, which costs as much as writing them.
Whoosh's own policy (MERGE_SMALL) counts documents, and our documents are whole sources
of 20 to 300 pages: it merged a batch of fifty large sources as readily as fifty tiny
ones, and adding one report could rewrite half the index (40 s at 80,000 pages).

`merge_tiers` counts bytes instead: segments fall in tiers of TIER× size, and a tier is
merged into one segment when it holds TIER segments. A library then holds at most
TIER - 1 segments per tier. Segments past MERGE_MAX_BYTES are left alone: a merge costs
about as much as writing the postings again (a merge of six import batches took 60-90 s
at 80,000 pages), so an import rewrites each posting at most about once, and a library of
300,000 pages keeps a dozen or so large segments (a search pays well under a millisecond
for each). `SearchEngine.optimize()` merges everything into one, when there is time.
"""

from __future__ import annotations

import gc
import math
import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from whoosh import index as windex
from whoosh.index import LockError
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from ...errors import Cancelled
from ...model import Progress
from ..api import IndexDocument
from ..schema import IndexCodec, whoosh_fields
from .analysed import AnalysedSource, analyse_source
from .concordance import Concordance

# Whoosh's estimate of its posting pool before it sorts a run out to a temporary file; the
# Python objects behind it take about a quarter more.
WRITER_MB = 128
TIER = 6
FLOOR_BYTES = 2 << 20  # segments below this are all in the lowest tier
MERGE_MAX_BYTES = 64 << 20  # segments this large are not merged automatically
REBUILD_BATCH = 200  # sources per segment in a rebuild
LOCK_WAIT = 5.0  # seconds a new writer waits for Whoosh's write lock (see writer())


def writer(ix: windex.Index) -> SegmentWriter:
    """One process, always. Whoosh's procs>1 writer forks, and the GUI imports from a
    worker thread: fork in a threaded process can deadlock. Analysis happens once, outside
    Whoosh (analysed.py), which leaves the single writer fast enough.

    compound=False: whoosh-reloaded reads a file inside a compound segment through
    BytesIO(mmap), a full copy in memory, so every reader (the searcher, the writer's own
    for deletions, a health check) held a copy of the whole index: 700 MB at 80,000 pages.
    Plain segment files are read in place, and searches are no slower.

    Whoosh's write lock is a file lock (flock) per writer object, taken at once or never
    (timeout 0), and released only by commit(), cancel() or the writer's lock being
    garbage-collected: a writer left behind by an error, alive in a traceback or a
    reference cycle, made the next batch fail with LockError ("write lock held") until the
    collector happened to run. Writers are always closed (`abandon`); here, in case one
    still lingers, a held lock makes us collect garbage and try again for LOCK_WAIT
    seconds. The library's own write lock keeps other programs out, so nobody else
    legitimately holds this one."""
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            return SegmentWriter(ix, limitmb=WRITER_MB, codec=IndexCodec(), compound=False)
        except LockError:
            if time.monotonic() >= deadline:
                raise
            gc.collect()
            time.sleep(0.05)


def abandon(writer: SegmentWriter) -> None:
    """Cancel a writer after an error, and release its lock even when cancel() fails
    (a half-closed segment): otherwise the lock stays held as long as the writer lives."""
    try:
        if not writer.is_closed:
            writer.cancel()
    finally:
        lock = writer.writelock
        if lock is not None and lock.fd is not None:
            lock.release()


def merge_all(ix: windex.Index) -> None:
    """Merge every segment into one (commit(optimize=True)); the writer is closed either way."""
    w = writer(ix)
    try:
        w.commit(optimize=True)
    except BaseException:
        abandon(w)
        raise


def segment_bytes(storage: Any, segment: Any) -> int:
    return sum(storage.file_length(name) for name in segment.list_files(storage))


def tier_of(size: int) -> int:
    return 0 if size <= FLOOR_BYTES else int(math.log(size / FLOOR_BYTES, TIER)) + 1


def merge_tiers(writer: SegmentWriter, segments: list[Any]) -> list[Any]:
    """A Whoosh merge policy (commit(mergetype=...)): merge the lowest tier that holds TIER
    segments, with every smaller segment, into the segment being written (segments past
    MERGE_MAX_BYTES never take part)."""
    tiers: dict[int, list[Any]] = defaultdict(list)
    for seg in segments:
        size = segment_bytes(writer.storage, seg)
        if size < MERGE_MAX_BYTES:
            tiers[tier_of(size)].append(seg)
    chosen: list[Any] = []
    for tier in sorted(tiers):
        chosen += tiers[tier]
        if len(tiers[tier]) >= TIER:
            break
    else:
        return segments
    for seg in chosen:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [seg for seg in segments if seg not in chosen]


def write_docs(
    writer: SegmentWriter,
    conc: Concordance,
    docs: Iterable[IndexDocument],
    total: int,
    progress: Progress,
    cancel: threading.Event | None,
    *,
    replace: bool,
    seen: set[int] | None = None,
    ready: dict[int, AnalysedSource] | None = None,
) -> int:
    """Analyse each source once and give it to both tiers; returns how many were written.
    A source repeated in `docs` (or already in `seen`) is written once. `ready`: sources
    analysed beforehand (from the same pages), used and removed instead."""
    seen = set() if seen is None else seen
    before = len(seen)
    for doc in docs:
        if cancel is not None and cancel.is_set():
            raise Cancelled("index update cancelled")
        if doc.source_id in seen:
            continue
        seen.add(doc.source_id)
        analysed = ready.pop(doc.source_id, None) if ready else None
        if analysed is None:
            analysed = analyse_source(doc.source_id, doc.language, doc.pages)
        if replace:
            writer.delete_by_term("id", doc.source_id)
        writer.add_document(**whoosh_fields(doc, analysed))
        conc.add_source(analysed)
        progress(len(seen), total, doc.title)
    return len(seen) - before
