"""Coordinates an import: hash, extract (in worker processes), store, index in batches."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import ingest
from .errors import EmptyFile, FileTooLarge, ImportFailed, UnsupportedFile
from .ingest.pool import ExtractionPool
from .model import (
    Changes,
    ExtractedDocument,
    ImportFailure,
    ImportReport,
    Progress,
    Source,
)

if TYPE_CHECKING:
    from .library import Library

log = logging.getLogger(__name__)

EXTENSIONS = {"pdf": ".pdf", "html": ".html", "text": ".txt", "docx": ".docx"}
INDEX_BATCH_SOURCES = 50
INDEX_BATCH_PAGES = 4000
PARTIAL_SUFFIX = ".part"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def expand_paths(paths: list[Path]) -> Iterator[Path]:
    """Files as given; folders recursively in name order, hidden files skipped.

    A library folder met on the way is skipped: its files are already sources or derived.
    """
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                if "library.sqlite3" in files and (Path(root) / "files").is_dir():
                    dirs[:] = []
                    continue
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def _printable_name(path: Path) -> str:
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _name_words(path: Path) -> str:
    """A file name as words: `statedept_hrr_2024_honduras.txt` -> `statedept hrr 2024 honduras`."""
    stem = Path(_printable_name(path)).stem
    return " ".join(stem.replace("_", " ").replace("-", " ").split())


class Importer:
    def __init__(
        self,
        library: Library,
        countries: list[str],
        risks: list[str],
        password: str | None,
        auto_tag: bool,
    ) -> None:
        self.library = library
        self.store = library.store
        self.countries = countries
        self.risks = risks
        self.password = password
        self.auto_tag = auto_tag
        self.imported: list[Source] = []
        self.duplicates: list[tuple[str, int]] = []
        self.failed: list[ImportFailure] = []
        self._pending_index: list[int] = []
        self._pending_pages = 0

    @staticmethod
    def remove_partial_files(files_dir: Path) -> None:
        """A copy interrupted by a crash leaves a .part file; it was never referenced."""
        for partial in files_dir.glob(f"*/*{PARTIAL_SUFFIX}"):
            partial.unlink(missing_ok=True)

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
            progress(done, total, path.name)
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
        with ExtractionPool(workers=workers) as pool:
            items = ((path, self.password) for path, _ in todo)
            for path, result in pool.imap(items, cancel):
                done += 1
                progress(done, total, path.name)
                if isinstance(result, ImportFailed):
                    self._fail(path, result)
                    continue
                self._store(path, hashes[path], result)
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
        """Size, existence and duplicate checks before any parsing. Returns the hash to import."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            self._fail(path, UnsupportedFile(str(path), f"cannot read: {exc.strerror}"))
            return None
        if not path.is_file():
            self._fail(path, UnsupportedFile(str(path), "not a regular file"))
            return None
        if size == 0:
            self._fail(path, EmptyFile(str(path), "the file is empty (0 bytes)"))
            return None
        if size > ingest.MAX_BYTES:
            self._fail(path, FileTooLarge(str(path), size, ingest.MAX_BYTES))
            return None
        try:
            sha = sha256_file(path)
        except OSError as exc:
            self._fail(path, UnsupportedFile(str(path), f"cannot read: {exc.strerror}"))
            return None
        existing = self.store.source_id_by_sha(sha)
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
        relative = f"files/{sha[:2]}/{sha}{EXTENSIONS.get(fmt, '')}"
        target = self.library.folder / relative
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + PARTIAL_SUFFIX)
            with open(path, "rb") as src, open(partial, "wb") as dst:
                for block in iter(lambda: src.read(1 << 20), b""):
                    dst.write(block)
                dst.flush()
                os.fsync(dst.fileno())
            os.chmod(partial, 0o600)
            partial.replace(target)
        return relative

    def _store(self, path: Path, sha: str, doc: ExtractedDocument) -> None:
        relative = ""
        try:
            relative = self._store_file(path, sha, doc.format)
            countries, risks = list(self.countries), list(self.risks)
            if self.auto_tag:
                from .suggest import suggest_tags

                found = suggest_tags(
                    [doc.title, _name_words(path), *(p.text for p in doc.pages)],
                    self.library.countries(),
                    self.library.risk_types(include_hidden=False),
                )
                # Reports mention neighbours often; only the dominant country is applied unasked.
                countries += [s.code for s in found.countries[:1] if s.code not in countries]
                risks += [s.code for s in found.risks if s.code not in risks]
            fields = {
                "sha256": sha,
                "title": doc.title or _name_words(path),
                "publisher": doc.publisher,
                "author": doc.author,
                "published": doc.published,
                "url": doc.url,
                "language": doc.language,
                "kind": doc.kind,
                "format": doc.format,
                # Names with undecodable bytes (old USB sticks) keep a readable form.
                "original_name": _printable_name(path),
                "stored_file": relative,
                "needs_ocr": doc.needs_ocr,
            }
            pages = [(p.page_no, p.label, p.text) for p in doc.pages]
            source_id = self.store.insert_source(fields, pages, countries, risks)
        except OSError as exc:
            # Disk full or unwritable: the transaction rolled back; drop the copy too.
            if relative and self.store.source_id_by_sha(sha) is None:
                (self.library.folder / relative).unlink(missing_ok=True)
            self._fail(path, ImportFailed(str(path), f"could not store: {exc}"))
            return
        except Exception as exc:
            if relative and self.store.source_id_by_sha(sha) is None:
                (self.library.folder / relative).unlink(missing_ok=True)
            log.exception("storing %s failed", path.name)
            self._fail(path, ImportFailed(str(path), f"could not store: {exc}"))
            return
        self.imported.append(self.store.get_source(source_id))
        self._pending_index.append(source_id)
        self._pending_pages += len(pages)

    def _flush_index(self) -> None:
        if not self._pending_index:
            return
        ids, self._pending_index, self._pending_pages = self._pending_index, [], 0
        self.library._reindex(ids)
