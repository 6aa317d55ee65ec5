"""Coordinates an import: hash, extract (in worker processes), store, index in batches."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, closing
from pathlib import Path
from typing import TYPE_CHECKING

from .. import ingest
from ..errors import ImportFailed, NoRoom, UnsupportedFile
from ..folder import files as lib_folder
from ..folder.files import EXTENSIONS, PARTIAL_SUFFIX, sha256_file
from ..folder.paths import printable_name
from ..folder.paths import printable_name as _printable_name
from ..ingest import known_reports
from ..ingest.pool import ExtractionPool
from ..labelling.country_evidence import import_tags
from ..labelling.passage_risks import LabelPages
from ..model import (
    Changes,
    Country,
    ExtractedDocument,
    ImportFailure,
    ImportReport,
    Progress,
    RiskType,
    Source,
)
from ..text_clean import valid_text
from .worker import AnalysedDocument, extract_checked

if TYPE_CHECKING:
    from ..search.index.analysed import AnalysedSource
    from ..store import Store
    from .bulk import BulkImport

log = logging.getLogger(__name__)

Reindex = Callable[[Sequence[int], "dict[int, AnalysedSource] | None"], None]
INDEX_BATCH_SOURCES = 50
INDEX_BATCH_PAGES = 4000
__all__ = ["EXTENSIONS", "PARTIAL_SUFFIX", "Importer", "expand_paths", "printable_name",
           "sha256_file"]


def store_file(folder: Path, path: Path, sha: str, fmt: str) -> str:
    """Copy a file into the library's files/ by its hash (folder.put_file: a .part copy,
    fsync, rename). Returns the path relative to the library folder."""
    return lib_folder.put_file(folder, path, sha, EXTENSIONS.get(fmt, ""))


def expand_paths(paths: list[Path]) -> Iterator[Path]:
    """Files as given; folders recursively in name order, hidden files skipped.

    A library folder met on the way is skipped: its files are already sources or derived.
    """
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                if lib_folder.DB_NAME in files and lib_folder.is_library(Path(root)):
                    dirs[:] = []
                    continue
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def _name_words(path: Path) -> str:
    """A file name as words: `statedept_hrr_2024_honduras.txt` -> `statedept hrr 2024 honduras`."""
    stem = Path(_printable_name(path)).stem
    return " ".join(stem.replace("_", " ").replace("-", " ").split())


def _fill_from_file_name(
    fields: dict[str, object], origins: dict[str, str], path: Path
) -> dict[str, str]:
    """Fields the document left empty, from the file name (a known naming scheme such as
    statedept_hrr_2021_guatemala, else the name's words as the title); marked as such so
    the packet build lists them as guesses."""
    words = _name_words(path)
    guesses: dict[str, str] = {"title": words, **known_reports.from_file_name(words)}
    for name, value in guesses.items():
        if not fields.get(name) and value:
            fields[name] = value
            if name != "kind":
                origins[name] = "file_name"
    return origins


def file_problem(path: Path) -> ImportFailed | OSError | None:
    """Why a file may not be read (`ingest.check_file`), or None."""
    try:
        ingest.check_file(path)
    except (ImportFailed, OSError) as exc:
        return exc
    return None


class Importer:
    """One `import_files` call. Collaborators: the writer's `store` and the library
    `folder`; `reindex(ids, ready)` writes sources to the search index; `label` labels a
    stored source's passages; `bulk`, the bulk block this call is part of (bulk.py)."""

    def __init__(
        self,
        *,
        store: Store,
        folder: Path,
        countries: list[str],
        risks: list[str],
        password: str | None,
        auto_tag: bool,
        reindex: Reindex,
        label: LabelPages,
        bulk: BulkImport | None = None,
    ) -> None:
        self.store = store
        self.folder = folder
        self.reindex = reindex
        self.label = label
        self.bulk = bulk
        self.countries = countries
        self.risks = risks
        self.password = password
        self.auto_tag = auto_tag
        self.imported: list[Source] = []
        self.duplicates: list[tuple[str, int]] = []
        self.failed: list[ImportFailure] = []
        self._pending_index: list[int] = []
        self._pending_pages = 0
        self.disk_full = False
        self._taxonomy_read: tuple[list[Country], list[RiskType]] | None = None

    def _fail(self, path: Path, error: ImportFailed) -> None:
        self.failed.append(ImportFailure(str(path), error.code, error.detail or str(error)))

    def run(
        self,
        paths: list[Path],
        progress: Progress,
        cancel: threading.Event | None,
        workers: int | None,
    ) -> ImportReport:
        files = list(expand_paths(paths))
        total = len(files)
        todo: list[tuple[Path, str]] = []
        seen: dict[str, Path] = {}
        for done, path in enumerate(files):
            if cancel is not None and cancel.is_set():
                break
            progress(done, total, _printable_name(path))
            sha = self._precheck(path, seen)
            if sha:
                todo.append((path, sha))
        hashes = dict(todo)
        if workers is None:
            # Always in workers, with time and memory limits: one huge file must not take
            # the app (the GUI's own process) down. Their server starts once per process.
            workers = min(2, len(todo))
        cancelled = cancel is not None and cancel.is_set()
        done = total - len(todo)
        tried: set[Path] = set()
        bulk = self.bulk
        with ExitStack() as stack:
            items = [(path, self.password) for path, _ in todo]
            results: Iterator[tuple[Path, ExtractedDocument | ImportFailed]]
            if bulk is not None:
                # Workers kept between calls, files read ahead (bulk_import.py).
                results = stack.enter_context(closing(bulk.extract(items, cancel)))
            else:
                pool = stack.enter_context(ExtractionPool(workers=workers,
                                                          function=extract_checked))
                results = pool.imap(items, cancel)
            for path, result in results:
                done += 1
                progress(done, total, _printable_name(path))
                tried.add(path)
                if isinstance(result, ImportFailed):
                    self._fail(path, result)
                    continue
                self._store(path, hashes[path], result)
                if self.disk_full:
                    # The rest would fail the same way; what is stored stays.
                    for rest, _ in todo:
                        if rest not in tried:
                            self._fail(rest, NoRoom(str(rest), "not imported: the disk is full"))
                    break
                if (
                    len(self._pending_index) >= INDEX_BATCH_SOURCES
                    or self._pending_pages >= INDEX_BATCH_PAGES
                ):
                    self._flush_index()
        self._flush_index()
        cancelled = cancelled or (cancel is not None and cancel.is_set())
        progress(total, total, "")
        return ImportReport(
            imported=tuple(self.imported),
            duplicates=tuple(self.duplicates),
            failed=tuple(self.failed),
            needs_ocr=tuple(s for s in self.imported if s.needs_ocr),
            cancelled=cancelled,
            changes=Changes(sources=bool(self.imported), tags=bool(self.imported)),
        )

    def _precheck(self, path: Path, seen: dict[str, Path]) -> str | None:
        """Size, existence and duplicate checks before any parsing, the only time they run
        on this file (its worker is told: extract_checked). Returns the hash to import."""
        failed = self.bulk.check(path) if self.bulk is not None else file_problem(path)
        if isinstance(failed, ImportFailed):
            self._fail(path, failed)
            return None
        if isinstance(failed, OSError):
            self._fail(path, UnsupportedFile(str(path), f"cannot read: {failed.strerror}"))
            return None
        try:
            sha = sha256_file(path)
        except OSError as exc:
            self._fail(path, UnsupportedFile(str(path), f"cannot read: {exc.strerror}"))
            return None
        existing = self.store.sources.source_id_by_sha(sha)
        if existing is not None:
            self.duplicates.append((str(path), existing))
            return None
        if sha in seen:
            # The same bytes twice in one batch: the first one wins.
            self.duplicates.append((str(path), -1))
            return None
        seen[sha] = path
        return sha

    def _store_file(self, path: Path, sha: str, fmt: str) -> str:
        return store_file(self.folder, path, sha, fmt)

    def _drop_copy(self, sha: str, fmt: str) -> None:
        if self.store.sources.source_id_by_sha(sha) is None:
            lib_folder.remove_stored(self.folder, sha, EXTENSIONS.get(fmt, ""))

    def _full(self, path: Path, exc: BaseException) -> None:
        self.disk_full = True
        free = lib_folder.free_bytes(self.folder)
        self._fail(path, NoRoom(str(path), f"disk full ({max(free, 0) // 1_000_000} MB free at "
                                           f"{self.folder}); {exc}"))

    def _store(self, path: Path, sha: str, doc: ExtractedDocument) -> None:
        relative = ""
        try:
            relative = self._store_file(path, sha, doc.format)
            countries, risks = list(self.countries), list(self.risks)
            # A clear country always, marked 'auto'. Risk types are not applied to the whole
            # source: its passages are labelled (store_labels below) and stand in where the
            # user set none.
            auto_countries, auto_risks = import_tags(
                doc, _printable_name(path), *self._taxonomy(), suggest_risks=False
            )
            fields = {
                "sha256": sha,
                "title": doc.title,
                "publisher": doc.publisher,
                "author": doc.author,
                "published": doc.published,
                "url": doc.url,
                "accessed": doc.accessed,
                "language": doc.language,
                "kind": doc.kind,
                "format": doc.format,
                # Names with undecodable bytes (old USB sticks) keep a readable form.
                "original_name": _printable_name(path),
                "stored_file": relative,
                "needs_ocr": doc.needs_ocr,
            }
            fields["origins"] = _fill_from_file_name(fields, dict(doc.origins), path)
            # Text from any parser is checked to be storable UTF-8 (lone surrogates: U+FFFD).
            fields = {k: valid_text(v) if isinstance(v, str) else v for k, v in fields.items()}
            pages = [(p.page_no, valid_text(p.label), valid_text(p.text)) for p in doc.pages]
            source_id = self.store.sources.insert_source(fields, pages, countries, risks,
                                                 auto_countries, auto_risks)
            # A saved web page is labelled once its section headings are read: those a
            # worker read just below, else by Library.starter.read_headings after this call.
            if doc.format != "html":
                self.label(source_id, self._taxonomy()[1],
                           [(no, text) for no, _label, text in pages])
        except OSError as exc:
            # Disk full or unwritable: the transaction rolled back; drop the copy too.
            if relative:
                self._drop_copy(sha, doc.format)
            if lib_folder.is_disk_full(exc):
                self._full(path, exc)
                return
            self._fail(path, ImportFailed(str(path), f"could not store: {exc}"))
            return
        except Exception as exc:
            if relative:
                self._drop_copy(sha, doc.format)
            if lib_folder.is_disk_full(exc):
                self._full(path, exc)
                return
            log.exception("storing %s failed", path.name)
            self._fail(path, ImportFailed(str(path), f"could not store: {exc}"))
            return
        bulk = self.bulk
        if bulk is not None and isinstance(doc, AnalysedDocument):
            bulk.analysed(source_id, doc.for_source(source_id))  # from the stored texts
            self._store_headings(source_id, doc, bulk)
        self.imported.append(self.store.sources.get_source(source_id))
        self._pending_index.append(source_id)
        self._pending_pages += len(pages)

    def _store_headings(self, source_id: int, doc: AnalysedDocument, bulk: BulkImport) -> None:
        """Section headings the worker read (an extra: a failure leaves them to be read
        again from the stored file, as without a worker's)."""
        if doc.headings is None:
            return  # not read by the worker: Library.starter.read_headings reads and labels
        try:
            if doc.headings:
                self.store.editions.replace_page_headings(source_id, doc.headings)
            # headings are strong evidence of what a passage is about
            self.label(source_id, self._taxonomy()[1], None)
        except Exception as exc:  # noqa: BLE001 - the source is stored; headings are extra
            # unlabelled pages are labelled in the background (Library.passages.label_passages)
            log.warning("section headings of source %s not stored: %s", source_id, exc)
            return
        bulk.headed.add(source_id)

    def _taxonomy(self) -> tuple[list[Country], list[RiskType]]:
        """Countries and visible risk types for auto-tagging, read once per call (once per
        bulk block: a block's calls see the taxonomy as it was when they began)."""
        bulk = self.bulk
        if bulk is not None and bulk.taxonomy is not None:
            return bulk.taxonomy
        if self._taxonomy_read is None:
            self._taxonomy_read = (self.store.taxonomy.list_countries(),
                                   self.store.taxonomy.list_risk_types(False))
        if bulk is not None:
            bulk.taxonomy = self._taxonomy_read
        return self._taxonomy_read

    def _flush_index(self) -> None:
        if not self._pending_index:
            return
        ids, pages = self._pending_index, self._pending_pages
        self._pending_index, self._pending_pages = [], 0
        bulk = self.bulk
        if bulk is None:
            self.reindex(ids, None)
            return
        # A bulk block writes the index in whole batches across its calls.
        bulk.add(ids, pages)
        if len(bulk.pending) >= INDEX_BATCH_SOURCES or bulk.pending_pages >= INDEX_BATCH_PAGES:
            bulk.flush(self.reindex)
