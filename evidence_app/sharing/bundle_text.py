"""Page text of a bundled source comes from its original file, read here, never from the bundle.

A bundle's page text is the sender's say-so: someone can pair a real State Department report
(its hash matches) with invented text. So every new source's original is extracted again, in
the worker pool like an import, and the extracted text is what the library stores. Only where
that is impossible (a scan whose text came from OCR in the sender's library, a format the
extractor cannot read) is the bundle's text kept, marked "from bundle, unverified": the
reader and the packet say so.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ImportFailed
from ..ingest.pool import ExtractionPool, Result
from ..model import ExtractedDocument
from ..text_clean import valid_text

if TYPE_CHECKING:
    from .bundle_read import BundleSource

EXTRACT_TIMEOUT = 60.0
# A page of a scan whose extraction has fewer characters (a stamped page number) has no text.
SCAN_PAGE_CHARS = 20


@dataclass(frozen=True)
class SourceText:
    """What to store for one bundled source, and what to tell the user about it."""

    pages: tuple[tuple[int, str, str], ...]
    needs_ocr: bool
    unverified: bool
    note: str = ""  # for the import report ("" when the bundle's text was the file's)


class Extractions:
    """Extraction results of the bundle's files, in the order they are asked for; the pool
    reads a few files ahead of the merge, so memory holds a few sources, not all."""

    def __init__(self, files: list[Path], cancel: threading.Event | None,
                 workers: int | None = None) -> None:
        if workers is None:
            # As the importer: every file is read in a worker with time and memory limits
            # (a bundle's file is as untrusted as any other), two when there are several.
            workers = 2 if len(files) > 1 else 1
        self._pool = ExtractionPool(workers=workers, timeout=EXTRACT_TIMEOUT)
        self._results: Iterator[tuple[Path, Result]] = self._pool.imap(
            ((path, None) for path in files), cancel)
        self._ahead: dict[Path, Result] = {}

    def get(self, path: Path) -> Result | None:
        """The result for `path` (None if the pool stopped before it: cancelled)."""
        while path not in self._ahead:
            try:
                done, result = next(self._results)
            except StopIteration:
                return None
            self._ahead[done] = result
        return self._ahead.pop(path)

    def close(self) -> None:
        close = getattr(self._results, "close", None)
        if close is not None:
            close()
        self._pool.close()


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def source_text(src: BundleSource, result: Result | None) -> SourceText:
    """The pages to store for a new source: the file's own text wherever it has any."""
    title = src.fields.get("title") or src.sha256[:12]
    bundled = {no: (label, text) for no, label, text in src.pages}
    if not isinstance(result, ExtractedDocument):
        why = result.detail if isinstance(result, ImportFailed) and result.detail else (
            str(result) if result is not None else "not read")
        return SourceText(
            pages=src.pages, needs_ocr=bool(src.fields.get("needs_ocr")), unverified=True,
            note=f"{title}: the text of its pages could not be read from its original file "
                 f"here ({why}); the bundle's text is kept, marked unverified",
        )
    pages: list[tuple[int, str, str]] = []
    kept: list[int] = []
    for page in result.pages:
        text = valid_text(page.text)
        textless = len(text.strip()) < (SCAN_PAGE_CHARS if result.needs_ocr else 1)
        if textless and bundled.get(page.page_no, ("", ""))[1].strip():
            # A scan: the sender's text came from OCR. Keep it, but never as the file's word.
            text = bundled[page.page_no][1]
            kept.append(page.page_no)
        pages.append((page.page_no, valid_text(page.label), text))
    differs = [no for no, label, text in pages
               if no not in kept and not _same(text, bundled.get(no, ("", ""))[1])]
    differs += [no for no in bundled if no not in {p[0] for p in pages}]
    notes = []
    if differs:
        shown = ", ".join(str(no) for no in sorted(differs)[:10])
        more = "…" if len(differs) > 10 else ""
        notes.append(f"{title}: the bundle's text of pages {shown}{more} differs from its "
                     "original file; the text extracted here is kept")
    if kept:
        notes.append(f"{title}: pages {', '.join(str(n) for n in kept[:10])}"
                     f"{'…' if len(kept) > 10 else ''} have no text in the original file "
                     "(a scan); the bundle's text is kept, marked unverified")
    return SourceText(
        pages=tuple(pages),
        needs_ocr=result.needs_ocr and not kept,
        unverified=bool(kept),
        note="; ".join(notes),
    )
