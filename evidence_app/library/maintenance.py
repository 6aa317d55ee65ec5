"""Facade verbs for bundles, backups and restore (a mixin of Library; coordinates, owns no SQL)."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .. import taxonomy
from ..errors import DatabaseDamaged, InvalidValue
from ..folder.files import as_disk_full, remove_tree_in
from ..folder.locking import writes
from ..model import Changes, Progress, Source, no_progress
from ..sharing.backup import (
    DEFAULT_KEEP,
    BackupInfo,
    RestoreResult,
    daily_due,
    find_backup,
    list_backups,
    make_backup,
    rotate,
    verify_backup,
)
from ..sharing.bundle import BundleExport, BundleLimits, export_bundle
from ..sharing.bundle_merge import BundleImport, merge_bundle
from ..sharing.bundle_read import open_bundle
from ..store.upkeep import database_facts, known_migrations

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from ..store import Store
    from .facade import Library

WORK_PREFIX = ".bundle-import-"


class MaintenanceMixin:
    """Library inherits these verbs."""

    backup_keep: int = DEFAULT_KEEP

    if TYPE_CHECKING:
        store: Store
        folder: Path

        def _reader(self) -> Store: ...
        def _writing(
            self, doing: str, wait: float | None = None
        ) -> AbstractContextManager[None]: ...
        def _valid_countries(self, codes: Iterable[str]) -> list[str]: ...
        def _valid_risks(self, slugs: Iterable[str]) -> list[str]: ...
        def file_path(self, source: Source) -> Path: ...
        def _reindex(self, source_ids: Sequence[int]) -> None: ...
        def rebuild_index(
            self, progress: Progress = no_progress, cancel: threading.Event | None = None
        ) -> Changes: ...

    # ---------------------------------------------------------------- bundles
    def export_bundle(
        self,
        out: Path | str,
        *,
        countries: Sequence[str] = (),
        risks: Sequence[str] = (),
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> BundleExport:
        """Sources tagged with any of `countries` and any of `risks` (none given: all), with
        their files, pages, tags and excerpts, and the risk types added here. Reads one
        snapshot, takes no lock: others may keep writing meanwhile."""
        return export_bundle(
            cast("Library", self), Path(out), self._valid_countries(countries),
            self._valid_risks(risks), progress, cancel,
        )

    @writes("importing a bundle")
    def import_bundle(
        self,
        path: Path | str,
        *,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
        limits: BundleLimits | None = None,
        workers: int | None = None,
    ) -> BundleImport:
        """Check every member of the bundle, then merge it in one transaction. Raises
        BundleRejected (nothing changed) for an unsafe, damaged or too new bundle. The page
        text of new sources is extracted from their files in `workers` processes (None: as
        `import_files` chooses; 0: in this thread)."""
        workdir = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=self.folder))
        try:
            bundle = open_bundle(Path(path), workdir, limits, progress, cancel)
            return merge_bundle(cast("Library", self), bundle, progress, cancel, workers)
        finally:
            remove_tree_in(self.folder, workdir.name)

    # ---------------------------------------------------------------- backups
    @property
    def backups_dir(self) -> Path:
        return self.folder / "backups"

    def backups(self) -> list[BackupInfo]:
        """Backups of the database, newest first."""
        return list_backups(self.backups_dir)

    def backup(self) -> BackupInfo:
        """A backup now. Needs no lock: SQLite's backup API copies one committed snapshot."""
        try:
            info = make_backup(self._reader(), self.backups_dir, "manual")
        except (OSError, sqlite3.OperationalError) as exc:
            full = as_disk_full(exc, self.backups_dir)
            if full is not None:  # no half backup is left (backup_database removes it)
                raise full from exc
            raise
        rotate(self.backups_dir, self.backup_keep)
        return info

    def auto_backup(self) -> BackupInfo | None:
        """The daily backup, when the newest is a day old (called at open, under the lock)."""
        if not daily_due(self.backups_dir) or not self.store.has_data():
            return None
        # A damaged database copied into the rotation would push sound backups out of it.
        damage = self.store.integrity_problems(quick=True)
        if damage:
            raise DatabaseDamaged(str(self.folder / "library.sqlite3"), damage[0])
        try:
            info = make_backup(self.store, self.backups_dir, "daily")
        except (OSError, sqlite3.OperationalError) as exc:
            full = as_disk_full(exc, self.backups_dir)
            if full is not None:  # skipped, with a warning; tried again at the next open
                raise full from exc
            raise
        rotate(self.backups_dir, self.backup_keep)
        return info

    @writes("restoring a backup")
    def restore(
        self, backup: Path | str, *, progress: Progress = no_progress
    ) -> RestoreResult:
        """Put a backup's database in place (after backing up the current one), bring it to
        this version's schema and rebuild the index. Original files are not touched: files
        of sources added after the backup stay in files/, unused."""
        path = find_backup(self.backups_dir, backup)
        try:
            facts = database_facts(path)
        except sqlite3.DatabaseError as exc:
            raise InvalidValue("backup", path.name, f"is not a database ({exc})") from exc
        verify_backup(path, facts, known_migrations())
        safety = make_backup(self.store, self.backups_dir, "before-restore")
        try:
            self.store.restore_from(path)
        except sqlite3.DatabaseError as exc:
            raise InvalidValue("backup", path.name, f"could not be restored ({exc})") from exc
        if self.store.migration_status()[0]:
            self.store.migrate()
        self.store.sync_taxonomy(taxonomy.load_countries(), taxonomy.load_risk_types())
        rotate(self.backups_dir, self.backup_keep)
        self.rebuild_index(progress)
        missing = sum(1 for s in self.store.list_sources()
                      if not s.stored_file or not self.file_path(s).is_file())
        return RestoreResult(
            restored=str(path),
            safety_backup=safety,
            sources=self.store.count_sources(),
            missing_files=missing,
            changes=Changes(True, True, True, True, True, True),
        )

    def stale_work_folders(self) -> Iterator[Path]:
        """Folders left by a bundle import that was killed (removed at the next open)."""
        return self.folder.glob(WORK_PREFIX + "*")
