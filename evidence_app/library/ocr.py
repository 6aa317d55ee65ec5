"""`library.ocr`: OCR of scanned sources (a part of Library; coordinates, owns no SQL).

OCRmyPDF writes a searchable copy of the stored PDF beside it under files/ (the
original and its hash stay: they are what was imported). The copy's text replaces the
pages that had none; pages that already had text keep it, so excerpts on them keep
their offsets. Then the source is indexed again and no longer needs OCR.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import Cancelled, EvidenceError, OcrFailed, OcrUnavailable
from ..folder import files as lib_folder
from ..ingest.pdf import MIN_PAGE_CHARS, extract_pdf
from ..labelling.passage_risks import LabelPages
from ..model import Changes, Progress, Source, no_progress
from ..text_clean import valid_text
from ..upkeep import ocr
from .stores import Stores
from .watch import Writing

log = logging.getLogger(__name__)

SAVE_WAIT = 120.0  # seconds to wait for another writer before giving up on saving


class Ocr:
    """`library.ocr`."""

    def __init__(
        self,
        *,
        stores: Stores,
        writing: Writing,
        folder: Path,
        reindex: Callable[[Sequence[int]], None],
        label: LabelPages,
    ) -> None:
        self._stores = stores
        self._writing = writing
        self._folder = folder
        self._reindex = reindex
        self._label = label

    def ocr_status(self, search_path: str | None = None) -> ocr.OcrStatus:
        """Which OCR tools are installed; `search_path` replaces PATH (tests hide tools)."""
        return ocr.find_tools(search_path)

    def ocr_available(self, search_path: str | None = None) -> tuple[bool, str]:
        """(True, note) when OCR can run; else (False, what to install, as commands)."""
        status = self.ocr_status(search_path)
        return status.available, status.message

    def sources_needing_ocr(self) -> list[Source]:
        return [s for s in self._stores.reader().sources.list_sources() if s.needs_ocr]

    def ocr_file_path(self, source: Source) -> Path | None:
        """The searchable copy OCR made of a scanned source, if there is one."""
        if not source.ocr_file:
            return None
        path = lib_folder.ocr_file(self._folder, source.sha256)  # from the hash, not the row
        return path if path is not None and path.is_file() else None

    def ocr_sources(
        self,
        ids: Sequence[int] | None = None,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
        *,
        force: bool = False,
        search_path: str | None = None,
    ) -> ocr.OcrReport:
        """OCR these sources (None: every source that needs OCR), one after another.

        A source that does not need OCR is skipped unless `force`. Progress counts pages.
        Raises OcrUnavailable (with what to install) before doing anything.
        """
        status = self.ocr_status(search_path)
        if not status.available or status.tools is None:
            raise OcrUnavailable(status.missing)
        sources = (self.sources_needing_ocr() if ids is None
                   else self._stores.reader().sources.list_sources(list(ids)))
        found = {s.id for s in sources}
        failed = [ocr.OcrOutcome(i, "", False, message="no such source")
                  for i in (ids or ()) if i not in found]
        todo = [s for s in sources if s.needs_ocr or force]
        done: list[ocr.OcrOutcome] = []
        skipped = [ocr.OcrOutcome(s.id, s.title, True, s.page_count, s.page_count,
                                  "already has text: not OCR'd")
                   for s in sources if not (s.needs_ocr or force)]
        total = sum(max(1, s.page_count) for s in todo)
        before = 0
        cancelled = False
        for source in todo:
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            pages = max(1, source.page_count)
            progress(before, total, source.title)

            def page_progress(n: int, _of: int, start: int = before, title: str = source.title
                              ) -> None:
                progress(start + n, total, title)

            try:
                done.append(self._ocr_one(source, status.tools, cancel, page_progress))
            except Cancelled:
                cancelled = True
                break
            except (EvidenceError, OSError) as exc:  # e.g. OcrFailed, ImportFailed, NotFound
                log.warning("OCR of source %s failed: %s", source.id, exc)
                detail = getattr(exc, "detail", "") or str(exc)
                failed.append(ocr.OcrOutcome(source.id, source.title, False, pages,
                                             message=detail))
            before += pages
        progress(total if not cancelled else before, total, "")
        return ocr.OcrReport(
            done=tuple(done + skipped),
            failed=tuple(failed),
            cancelled=cancelled,
            changes=Changes(sources=bool(done), index=bool(done)),
        )

    def _ocr_one(
        self,
        source: Source,
        tools: ocr.OcrTools,
        cancel: threading.Event | None,
        progress: ocr.PageProgress,
    ) -> ocr.OcrOutcome:
        original = lib_folder.source_file(self._folder, source.sha256, source.format,
                                          source.stored_file)
        if source.format != "pdf" or not source.stored_file:
            raise OcrFailed(source.original_name, "only PDF files can be OCR'd")
        target = lib_folder.ocr_file(self._folder, source.sha256)
        if original is None or target is None or not original.is_file():
            raise OcrFailed(source.original_name, "the stored file is missing")
        relative = lib_folder.stored_relative(source.sha256, lib_folder.OCR_SUFFIX)
        with lib_folder.written_whole(target) as partial:
            ocr.run_ocrmypdf(tools, original, partial, pages=source.page_count,
                             cancel=cancel, progress=progress)
            pages, gained = self._merge_pages(source, partial)
            if not gained:
                raise OcrFailed(source.original_name, "no text was recognised on its pages")
        try:
            # The write lock only now, not while OCRmyPDF runs (minutes); waiting longer than
            # usual for it, so that minutes of OCR are not lost to a short write elsewhere.
            with self._writing("saving OCR text", wait=SAVE_WAIT):
                pages = [(no, valid_text(label), valid_text(text)) for no, label, text in pages]
                store = self._stores.writer
                store.sources.replace_pages(source.id, pages, ocr_file=relative, needs_ocr=False)
                self._label(source.id, store.taxonomy.list_risk_types(False), None)
                self._reindex([source.id])
        except BaseException:
            now = self._stores.reader().sources.get_source(source.id)
            if not source.ocr_file and now.ocr_file != relative:
                target.unlink(missing_ok=True)
            raise
        with_text = sum(1 for _, _, text in pages if _visible(text) >= MIN_PAGE_CHARS)
        return ocr.OcrOutcome(source.id, source.title, True, len(pages), with_text,
                              f"text found on {gained} page(s) that had none")

    def _merge_pages(self, source: Source, ocr_pdf: Path) -> tuple[list[tuple[int, str, str]],
                                                                   int]:
        """Old pages with text stay as they were; the others take the OCR'd text."""
        old = self._stores.reader().sources.pages(source.id)
        new = extract_pdf(ocr_pdf).pages
        if len(new) != len(old):
            raise OcrFailed(source.original_name,
                            f"the OCR'd copy has {len(new)} pages, not {len(old)}")
        merged: list[tuple[int, str, str]] = []
        gained = 0
        # Without page labels the pinpoints were PDF page numbers; with the text now read,
        # the numbers printed on the pages (found by extract_pdf) can be cited instead.
        relabel = all(p.label == str(p.page_no) for p in old)
        for before, after in zip(old, new, strict=True):
            label = after.label if relabel else before.label
            if _visible(before.text) >= MIN_PAGE_CHARS:
                merged.append((before.page_no, label, before.text))
                continue
            if _visible(after.text) >= MIN_PAGE_CHARS:
                gained += 1
            merged.append((before.page_no, label, after.text))
        return merged, gained


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())
