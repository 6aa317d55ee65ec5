"""The one front door. The GUI and the CLI call these verbs and nothing below them."""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from .. import taxonomy
from ..agreements.data import shipped_agreements
from ..errors import DiskFull, LibraryLocked, NotFound, named_damage
from ..folder import files as lib_folder
from ..folder.locking import LibraryLock, writes
from ..importing.bulk import BulkImport
from ..importing.importer import Importer
from ..labelling.passage_labels import store_labels
from ..model import (
    CheckReport,
    ImportReport,
    Progress,
    SearchQuery,
    SearchResult,
    no_progress,
)
from ..search import SearchEngine
from ..search.api import StoreTexts
from ..search.process import Searches
from ..sharing.backup import BackupInfo
from ..store import Store
from ..upkeep.checking import CheckTools, run_check
from ..upkeep.recovery import RecoveryReport, refuse_damaged
from ..upkeep.recovery import stale_work_folders as stale_recovery_folders
from . import recovery
from .agreements import Agreements
from .cases import Cases
from .catalog import Catalog
from .excerpts import Excerpts
from .index_upkeep import IndexUpkeep
from .maintenance import Backups, Bundles
from .ocr import Ocr
from .packets import Packets
from .passages import Passages
from .recovery import Recovery
from .starter import Starter
from .stores import Stores
from .tag_origins import Tags
from .taxonomy_edits import Taxonomy
from .translations import Translations
from .watch import ChangeWatch, Writing, lock_for_upkeep, open_unlocked

log = logging.getLogger(__name__)

DB_NAME = lib_folder.DB_NAME


class Library:
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
            StoreTexts(lambda: self.stores.reader().sources,
                       lambda: self.stores.reader().passage_risks,
                       lambda: named_damage(db_path)),
            taxonomy.load_thesaurus(), sweep=upkeep,
        )
        self.watch = ChangeWatch(folder, lock, self._index_on_disk)
        self._writing = Writing(lock, folder, self.watch)  # type: ignore[method-assign]
        self.index = IndexUpkeep(self.stores, self.engine, self._writing)
        # The named parts: each is given what it needs, never the Library.
        self.taxonomy = Taxonomy(self.stores, self._writing)
        reindex = self.index.reindex
        # Labels a stored source's passages (the passages part's labeller, on the writer).
        label = functools.partial(store_labels, store)
        self.bundles = Bundles(stores=self.stores, writing=self._writing, folder=folder,
                               taxonomy=self.taxonomy, reindex=reindex, label=label)
        self.backups = Backups(stores=self.stores, writing=self._writing, folder=folder,
                               rebuild_index=self.index.rebuild_index)
        self.ocr = Ocr(stores=self.stores, writing=self._writing, folder=folder,
                       reindex=reindex, label=label)
        self.recovery = Recovery(folder=folder)
        self.starter = Starter(stores=self.stores, writing=self._writing, folder=folder,
                               taxonomy=self.taxonomy, reindex=reindex, label=label)
        self._label = label
        self.cases = Cases(stores=self.stores, writing=self._writing, taxonomy=self.taxonomy)
        self.translations = Translations(stores=self.stores, writing=self._writing,
                                         folder=folder, exhibits=self.cases.exhibits)
        self.packets = Packets(
            stores=self.stores, writing=self._writing, folder=folder, cases=self.cases,
            translations=self.translations, ocr_file_path=self.ocr.ocr_file_path,
        )
        self.agreements = Agreements(stores=self.stores, writing=self._writing,
                                     exhibits=self.cases.exhibits)
        self.excerpts = Excerpts(stores=self.stores, writing=self._writing,
                                 taxonomy=self.taxonomy)
        self.passages = Passages(stores=self.stores, writing=self._writing)
        self.catalog = Catalog(
            stores=self.stores, writing=self._writing, folder=folder, taxonomy=self.taxonomy,
            reindex=self.index.reindex, unindex=self.index.unindex,
            cases_using_source=self.cases.cases_using_source,
            drop_file=self.translations.drop_file,
            restore_excerpt=self.excerpts.restore_excerpt,
        )
        self.tags = Tags(stores=self.stores, writing=self._writing,
                         reindex=self.index.reindex, suggest_tags=self.catalog.suggest_tags)
        self.searches = Searches(
            engine=self.engine, sources=lambda ids: self.stores.reader().sources.list_sources(ids),
            holder_elsewhere=lock.holder_elsewhere, folder=folder,
            open_store=partial(open_unlocked, allow_pending=True), name_damage=named_damage,
        )

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
        store = (Store.open(db_path, folder / lib_folder.BACKUPS) if upkeep
                 else open_unlocked(db_path))
        try:
            if new:
                os.chmod(db_path, 0o600)
            if upkeep:
                try:
                    store.taxonomy.sync_taxonomy(
                        taxonomy.load_countries(), taxonomy.load_risk_types()
                    )
                    store.agreements.sync_agreements(shipped_agreements())
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
            self.backups.auto_backup()
        except DiskFull as exc:
            log.warning("daily backup skipped: %s", exc)
        try:
            self.index.catch_up_index(progress)
        except DiskFull as exc:
            log.warning("search index not brought up to date: %s", exc)
        # copies and backups that were killed (older than this open: not of one running now)
        lib_folder.sweep_partial_files(self.folder, before=started)
        # a bundle import or a recovery that was killed
        for work in [*self.bundles.stale_work_folders(), *stale_recovery_folders(self.folder)]:
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

    @staticmethod
    def warm_up_imports() -> None:
        """Start the extraction workers' server now (seconds), not on the first import."""
        from ..ingest.pool import warm_up

        warm_up()

    # ---------------------------------------------------------------- recovery
    @staticmethod
    def backups_at(folder: Path | str) -> list[BackupInfo]:
        """Backups of a library's database, newest first, without opening it (for a
        library whose database is damaged)."""
        return recovery.backups_at(folder)

    @classmethod
    def recover(
        cls,
        folder: Path | str,
        *,
        backup: str | None = None,
        salvage: bool = True,
        reimport: bool = True,
        lock_wait: float = 2.0,
        progress: Progress = no_progress,
    ) -> RecoveryReport:
        """Recover a damaged database (library/recovery.py): set it aside, start again from
        the newest sound backup (or `backup`), add what can be salvaged, import again the
        originals in files/ it lacks, rebuild the index. Never deletes the damaged file."""
        return recovery.recover(
            folder, lambda path, lock: cls._open_locked(path, lock, False, progress),
            backup=backup, salvage=salvage, reimport=reimport, lock_wait=lock_wait,
            progress=progress,
        )

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
                                       [Path(p) for p in ahead], self.starter.read_headings)
        try:
            yield
        finally:
            self._bulk = None
            try:
                if bulk.pending:
                    bulk.flush(self.index.reindex)
                if bulk.headings:
                    self.starter.read_headings(bulk.headings)
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
        bulk = self._bulk_here()
        importer = Importer(
            store=self.store, folder=self.folder,
            countries=self.taxonomy.valid_countries(countries),
            risks=self.taxonomy.valid_risks(risks), password=password, auto_tag=auto_tag,
            reindex=self.index.reindex, label=self._label, bulk=bulk,
        )
        report = importer.run([Path(p) for p in paths], progress, cancel, workers)
        # Section headings of saved web pages, read from the stored original (a few ms
        # each); a page's passages are labelled then, once, with them.
        pages = [s.id for s in report.imported if s.format == "html"]
        if pages and bulk is not None:
            # read while a later call waits for its workers, or at the end; most were read
            # by the worker that read the file (import_worker.py)
            bulk.headings += [sid for sid in pages if sid not in bulk.headed]
        elif pages:
            self.starter.read_headings(pages)
        return report

    # ---------------------------------------------------------------- search
    def search(self, query: SearchQuery | str) -> SearchResult:
        """The main verb of the `searches` part (browsing, paging, the search child)."""
        return self.searches.search(query)

    # ---------------------------------------------------------------- upkeep
    def check(self, *, repair: bool = False, progress: Progress = no_progress) -> CheckReport:
        tools = CheckTools(
            folder=self.folder, store=self.store, reader=self.stores.reader,
            writing=self._writing, index_is_current=self.index.index_is_current,
            index_problems=self.engine.check, rebuild_index=self.index.rebuild_index,
            reindex=self.index.reindex, work_folders=self.bundles.stale_work_folders,
        )
        with named_damage(self.folder / DB_NAME):
            return run_check(tools, repair=repair, progress=progress)


__all__ = ["Library", "LibraryLocked"]
