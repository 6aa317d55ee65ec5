"""The one front door. The GUI and the CLI call these verbs and nothing below them."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from .. import taxonomy
from ..agreements.data import shipped_agreements
from ..errors import DiskFull, InvalidValue, LibraryLocked, NotFound
from ..folder import files as lib_folder
from ..folder.locking import LibraryLock, writes
from ..importing.bulk import BulkImport
from ..importing.importer import Importer
from ..ingest.text_clean import clean_text as _clean_text
from ..labelling.suggest import suggest_tags
from ..model import (
    KINDS,
    Changes,
    CheckReport,
    ImportReport,
    Page,
    Progress,
    SearchQuery,
    SearchResult,
    Source,
    Suggestions,
    no_progress,
)
from ..search import SearchEngine
from ..search.api import StoreTexts
from ..search.index.analysed import AnalysedSource
from ..search.process import Searches
from ..store import SOURCE_FIELDS, Store
from ..store.health import named_damage
from ..upkeep.recovery import refuse_damaged
from ..upkeep.recovery import stale_work_folders as stale_recovery_folders
from .agreements import AgreementsMixin
from .cases import CasesMixin
from .citations import CitationChecksMixin
from .excerpts import ExcerptsMixin
from .index_upkeep import IndexUpkeep
from .legal_index import LegalIndexMixin
from .maintenance import MaintenanceMixin
from .numbering import NumberingMixin
from .ocr import OcrMixin
from .passages import PassageRisksMixin
from .recovery import RecoveryMixin
from .starter import StarterMixin
from .stores import Stores
from .tag_origins import TagOriginsMixin
from .taxonomy_edits import Taxonomy
from .translations import TranslationsMixin
from .watch import ChangeWatch, Writing, lock_for_upkeep, open_unlocked

log = logging.getLogger(__name__)

DB_NAME = lib_folder.DB_NAME
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Library(CasesMixin, ExcerptsMixin, MaintenanceMixin,
              OcrMixin, StarterMixin, CitationChecksMixin, TranslationsMixin, RecoveryMixin,
              TagOriginsMixin, LegalIndexMixin, NumberingMixin, AgreementsMixin, PassageRisksMixin):
    """A library folder: library.sqlite3 (truth), files/ (originals), index/ (derived)."""

    def __init__(
        self, folder: Path, store: Store, lock: LibraryLock, *, upkeep: bool = True
    ) -> None:
        self.folder = folder
        self.store = store
        self._lock = lock
        self._bulk: BulkImport | None = None
        self.stores = Stores(store, folder / DB_NAME)
        db_path = folder / DB_NAME
        # Only a writer may sweep the index folder: another process may be building in it.
        self.engine = SearchEngine.open(
            folder / lib_folder.INDEX,
            StoreTexts(self.stores.reader, lambda: named_damage(db_path)),
            taxonomy.load_thesaurus(), sweep=upkeep,
        )
        self.watch = ChangeWatch(folder, lock, self._index_on_disk)
        self._writing = Writing(lock, folder, self.watch)  # type: ignore[method-assign]
        self.index = IndexUpkeep(self.stores, self.engine, self._writing)
        # The named parts; until every caller names its part, old verbs reach them here.
        self.taxonomy = Taxonomy(self.stores, self._writing)
        self.searches = Searches(
            engine=self.engine, sources=lambda ids: self.stores.reader().list_sources(ids),
            holder_elsewhere=lock.holder_elsewhere, folder=folder,
            open_store=partial(open_unlocked, allow_pending=True),
        )
        self._parts: list[object] = [self.index, self.watch, self.taxonomy, self.searches]

    def __getattr__(self, name: str) -> Any:
        # TEMPORARY while the mixins become parts: `library.verb` finds the part's verb.
        for part in self.__dict__.get("_parts", ()):
            if hasattr(type(part), name) and not name.startswith("_"):
                return getattr(part, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _index_on_disk(self) -> tuple[int, str] | None:
        disk = self.engine.disk_state()
        return (disk.generation, disk.active) if disk else None

    # ---------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        folder: Path | str,
        *,
        create: bool = True,
        lock_wait: float = 2.0,
        progress: Progress = no_progress,
        search_in_child: bool = False,
    ) -> Library:
        """`search_in_child`: searches run in a child process (the window's library, see
        search/process.py); else in this one (the CLI, scripts, tests)."""
        folder = Path(folder).expanduser().resolve()
        try:
            library = cls._open(folder, create, lock_wait, progress)
        except (OSError, sqlite3.OperationalError) as exc:
            full = lib_folder.as_disk_full(exc, folder)
            if full is not None:
                raise full from exc
            raise
        if search_in_child:
            library.searches.start_child()
        return library

    @classmethod
    def _open(
        cls, folder: Path, create: bool, lock_wait: float, progress: Progress
    ) -> Library:
        if not folder.exists():
            if not create:
                raise NotFound("library", str(folder))
            folder.mkdir(parents=True, mode=0o700)
        lib_folder.ensure_layout(folder)
        lock = LibraryLock(folder, wait=lock_wait)
        db_path = folder / DB_NAME
        try:
            with named_damage(db_path):  # DatabaseDamaged for SQLite's "malformed" and kin
                refuse_damaged(folder, db_path)
                upkeep = lock_for_upkeep(lock, db_path, lock_wait)
                try:
                    return cls._open_locked(folder, lock, upkeep, progress)
                finally:
                    if upkeep and lock.held():
                        lock.release()
        except BaseException:
            lock.close()
            raise

    @classmethod
    def _open_locked(
        cls, folder: Path, lock: LibraryLock, upkeep: bool, progress: Progress
    ) -> Library:
        """Holding the lock: migrate, sync the taxonomy, back up, catch the index up, sweep.
        Not holding it (another program is writing): that program did all this itself."""
        db_path = folder / DB_NAME
        new = not db_path.exists()
        store = Store.open(db_path, folder / "backups") if upkeep else open_unlocked(db_path)
        try:
            if new:
                os.chmod(db_path, 0o600)
            if upkeep:
                try:
                    store.sync_taxonomy(taxonomy.load_countries(), taxonomy.load_risk_types())
                    store.sync_agreements(shipped_agreements())
                except sqlite3.OperationalError as exc:
                    if lib_folder.as_disk_full(exc, folder) is None:
                        raise
                    log.warning("taxonomy not refreshed: the disk is full")
            library = cls(folder, store, lock, upkeep=upkeep)
        except BaseException:
            store.close()
            raise
        if upkeep:
            try:
                library._open_upkeep(progress)
            except BaseException:
                library._close_parts()
                raise
        return library

    def _open_upkeep(self, progress: Progress) -> None:
        started = time.time()
        # On a full disk the library opens all the same, for reading; the log says why.
        try:
            self.auto_backup()
        except DiskFull as exc:
            log.warning("daily backup skipped: %s", exc)
        try:
            self.index.catch_up_index(progress)
        except DiskFull as exc:
            log.warning("search index not brought up to date: %s", exc)
        # copies and backups that were killed (older than this open: not of one running now)
        lib_folder.sweep_partial_files(self.folder, before=started)
        # a bundle import or a recovery that was killed
        for work in [*self.stale_work_folders(), *stale_recovery_folders(self.folder)]:
            lib_folder.remove_tree_in(self.folder, work.name)

    def close(self) -> None:
        try:
            self._close_parts()
        finally:
            self._lock.close()

    def _close_parts(self) -> None:
        try:
            self.searches.close()  # the search child, if searches ran in one
            self.engine.close()
        finally:
            self.stores.close_readers()
            self.watch.close()
            self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _reader(self) -> Store:
        return self.stores.reader()

    # ---------------------------------------------------------------- index upkeep
    def _reindex(
        self, source_ids: Sequence[int], ready: dict[int, AnalysedSource] | None = None
    ) -> None:
        self.index.reindex(source_ids, ready)

    def _unindex(self, source_ids: Sequence[int]) -> None:
        self.index.unindex(source_ids)

    # ---------------------------------------------------------------- import
    @contextmanager
    def bulk_import(self, ahead: Sequence[Path | str] = ()) -> Iterator[None]:
        """Import calls made inside the block (on this thread) share their extraction
        workers, and the index is written in batches across them, the rest at the end:
        see bulk_import.py (a source is searchable once its batch is written). `ahead`:
        the files the calls will import, in that order, read a few files ahead."""
        if self._bulk is not None:
            yield
            return
        bulk = self._bulk = BulkImport(self.store, self.engine.analyse,
                                       [Path(p) for p in ahead], self.read_headings)
        try:
            yield
        finally:
            self._bulk = None
            try:
                if bulk.pending:
                    bulk.flush(self._reindex)
                if bulk.headings:
                    self.read_headings(bulk.headings)
            finally:
                bulk.close()

    def _bulk_here(self) -> BulkImport | None:
        bulk = self._bulk
        return bulk if bulk is not None and bulk.thread == threading.get_ident() else None

    @writes("importing files")
    def import_files(
        self,
        paths: Sequence[Path | str],
        *,
        countries: Sequence[str] = (),
        risks: Sequence[str] = (),
        password: str | None = None,
        auto_tag: bool = False,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
        workers: int | None = None,
    ) -> ImportReport:
        countries = self._valid_countries(countries)
        risks = self._valid_risks(risks)
        importer = Importer(self, countries, risks, password, auto_tag)
        report = importer.run([Path(p) for p in paths], progress, cancel, workers)
        # Section headings of saved web pages, read from the stored original (a few ms each).
        pages = [s.id for s in report.imported if s.format == "html"]
        bulk = self._bulk_here()
        if pages and bulk is not None:
            # read while a later call waits for its workers, or at the end; most were read
            # by the worker that read the file (import_worker.py)
            bulk.headings += [sid for sid in pages if sid not in bulk.headed]
        elif pages:
            self.read_headings(pages)
        return report

    # ---------------------------------------------------------------- sources
    def sources(self, ids: Sequence[int] | None = None) -> list[Source]:
        return self._reader().list_sources(ids)

    def source(self, source_id: int) -> Source:
        return self._reader().get_source(source_id)

    def pages(self, source_id: int) -> list[Page]:
        return self._reader().pages(source_id)

    def page(self, source_id: int, page_no: int) -> Page:
        return self._reader().page(source_id, page_no)

    def file_path(self, source: Source) -> Path:
        """The original file, computed from its hash (never from what the row names)."""
        return lib_folder.original_path(self.folder, source)

    # TEMPORARY while the mixins become parts
    def _valid_countries(self, codes: Iterable[str]) -> list[str]:
        return self.taxonomy.valid_countries(codes)

    def _valid_risks(self, slugs: Iterable[str]) -> list[str]:
        return self.taxonomy.valid_risks(slugs)

    @writes("editing a source")
    def edit_source(self, source_id: int, **fields: Any) -> Changes:
        unknown = set(fields) - set(SOURCE_FIELDS)
        if unknown:
            raise InvalidValue("field", sorted(unknown), "not an editable source field")
        clean = {k: _clean_text(str(v)) for k, v in fields.items() if v is not None}
        for key in ("published", "accessed"):
            if clean.get(key) and not _DATE.match(clean[key]):
                raise InvalidValue(key, clean[key], "use YYYY, YYYY-MM or YYYY-MM-DD")
        if clean.get("kind") and clean["kind"] not in KINDS:
            raise InvalidValue("kind", clean["kind"], f"one of {', '.join(KINDS)}")
        self.store.update_source(source_id, clean)
        self._reindex([source_id])
        return Changes(sources=True)

    @writes("tagging a source")
    def tag(
        self,
        source_id: int,
        *,
        countries: Sequence[str] = (),
        risks: Sequence[str] = (),
        remove_countries: Sequence[str] = (),
        remove_risks: Sequence[str] = (),
    ) -> Changes:
        self.store.change_source_tags(
            source_id,
            self._valid_countries(countries),
            [c.upper() for c in remove_countries],
            self._valid_risks(risks),
            list(remove_risks),
        )
        self._reindex([source_id])
        return Changes(tags=True, sources=True)

    def suggest_tags(self, source_id: int) -> Suggestions:
        reader = self._reader()
        # The title often names the country the body only mentions once or twice.
        source = reader.get_source(source_id)
        name = Path(source.original_name).stem.replace("_", " ").replace("-", " ")
        texts = [source.title, name, *(p.text for p in reader.pages(source_id))]
        return suggest_tags(
            texts, self.countries(), self.risk_types(include_hidden=False)
        )

    @writes("deleting a source")
    def delete_source(self, source_id: int, *, with_excerpts: bool = False) -> Changes:
        """Remove a source. Its stored file goes too; excerpts must be removed first or with it."""
        used_by = self.cases_using_source(source_id)
        if used_by:
            raise InvalidValue("source", source_id, f"is an exhibit in cases {used_by}")
        excerpts = self.store.list_excerpts(source_id=source_id)
        if excerpts and not with_excerpts:
            raise InvalidValue("source", source_id, f"has {len(excerpts)} excerpts")
        for excerpt in excerpts:
            self.store.delete_excerpt(excerpt.id)
        translation = self.store.get_translation(source_id)
        source = self.store.delete_source(source_id)
        if translation is not None:
            self._drop_file(translation)
        self._unindex([source_id])
        if self.store.source_id_by_sha(source.sha256) is None:
            # Paths from the hash, whatever the row named (a crafted database must not
            # reach outside files/).
            lib_folder.remove_source_files(self.folder, source.sha256, source.format,
                                           source.stored_file)
        return Changes(sources=True, excerpts=bool(excerpts))

    # ---------------------------------------------------------------- search
    def search(self, query: SearchQuery | str) -> SearchResult:
        """The main verb of the `searches` part (browsing, paging, the search child)."""
        return self.searches.search(query)

    # ---------------------------------------------------------------- upkeep
    def stats(self) -> dict[str, int]:
        reader = self._reader()
        return {
            "sources": reader.count_sources(),
            "pages": reader.count_pages(),
            "excerpts": reader.count_excerpts(),
        }

    def check(self, *, repair: bool = False, progress: Progress = no_progress) -> CheckReport:
        from ..upkeep.checking import run_check

        with named_damage(self.folder / DB_NAME):
            return run_check(self, repair=repair, progress=progress)


__all__ = ["Library", "LibraryLocked"]
