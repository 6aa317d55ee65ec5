"""`library.bundles` (export and import of bundles) and `library.backups` (backups and
restore): parts of Library; they coordinate and own no SQL."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .. import taxonomy
from ..errors import DatabaseDamaged, InvalidValue
from ..folder.files import BACKUPS, DB_NAME, as_disk_full, original_path, remove_tree_in
from ..folder.locking import writes
from ..labelling.passage_risks import LabelPages
from ..model import Changes, Progress, no_progress
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
from ..sharing.bundle_merge import WORK_PREFIX, BundleImport, merge_bundle, stale_work_folders
from ..sharing.bundle_read import open_bundle
from ..store.upkeep import database_facts, known_migrations
from .stores import Stores
from .taxonomy_edits import Taxonomy
from .watch import Writing

__all__ = ["WORK_PREFIX", "Backups", "Bundles"]

Reindex = Callable[[Sequence[int]], None]
RebuildIndex = Callable[[Progress], object]


class Bundles:
    """`library.bundles`: sources carried between libraries in one verified zip file."""

    def __init__(
        self,
        *,
        stores: Stores,
        writing: Writing,
        folder: Path,
        taxonomy: Taxonomy,
        reindex: Reindex,
        label: LabelPages,
    ) -> None:
        self._stores = stores
        self._writing = writing
        self._folder = folder
        self._taxonomy = taxonomy
        self._reindex = reindex
        self._label = label

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
            self._stores.reader(), self._folder, Path(out),
            self._taxonomy.valid_countries(countries), self._taxonomy.valid_risks(risks),
            progress, cancel,
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
        workdir = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=self._folder))
        try:
            bundle = open_bundle(Path(path), workdir, limits, progress, cancel)
            return merge_bundle(
                self._stores.writer, self._folder, bundle, reindex=self._reindex,
                label=self._label, progress=progress, cancel=cancel, workers=workers,
            )
        finally:
            remove_tree_in(self._folder, workdir.name)

    def stale_work_folders(self) -> Iterator[Path]:
        """Folders left by a bundle import that was killed (removed at the next open)."""
        return stale_work_folders(self._folder)


class Backups:
    """`library.backups`: rolling backups of the database, and restoring one."""

    def __init__(
        self,
        *,
        stores: Stores,
        writing: Writing,
        folder: Path,
        rebuild_index: RebuildIndex,
        keep: int = DEFAULT_KEEP,
    ) -> None:
        self._stores = stores
        self._writing = writing
        self._folder = folder
        self._rebuild_index = rebuild_index
        self.backup_keep = keep

    @property
    def backups_dir(self) -> Path:
        return self._folder / BACKUPS

    def backups(self) -> list[BackupInfo]:
        """Backups of the database, newest first."""
        return list_backups(self.backups_dir)

    def backup(self) -> BackupInfo:
        """A backup now. Needs no lock: SQLite's backup API copies one committed snapshot."""
        try:
            info = make_backup(self._stores.reader(), self.backups_dir, "manual")
        except (OSError, sqlite3.OperationalError) as exc:
            full = as_disk_full(exc, self.backups_dir)
            if full is not None:  # no half backup is left (backup_database removes it)
                raise full from exc
            raise
        rotate(self.backups_dir, self.backup_keep)
        return info

    def auto_backup(self) -> BackupInfo | None:
        """The daily backup, when the newest is a day old (called at open, under the lock)."""
        store = self._stores.writer
        if not daily_due(self.backups_dir) or not store.upkeep.has_data():
            return None
        # A damaged database copied into the rotation would push sound backups out of it.
        damage = store.integrity_problems(quick=True)
        if damage:
            raise DatabaseDamaged(str(self._folder / DB_NAME), damage[0])
        try:
            info = make_backup(store, self.backups_dir, "daily")
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
        store = self._stores.writer
        path = find_backup(self.backups_dir, backup)
        try:
            facts = database_facts(path)
        except sqlite3.DatabaseError as exc:
            raise InvalidValue("backup", path.name, f"is not a database ({exc})") from exc
        verify_backup(path, facts, known_migrations())
        safety = make_backup(store, self.backups_dir, "before-restore")
        try:
            store.upkeep.restore_from(path)
        except sqlite3.DatabaseError as exc:
            raise InvalidValue("backup", path.name, f"could not be restored ({exc})") from exc
        if store.upkeep.migration_status()[0]:
            store.upkeep.migrate()
        store.taxonomy.sync_taxonomy(taxonomy.load_countries(), taxonomy.load_risk_types())
        rotate(self.backups_dir, self.backup_keep)
        self._rebuild_index(progress)
        missing = sum(1 for s in store.sources.list_sources()
                      if not s.stored_file or not original_path(self._folder, s).is_file())
        return RestoreResult(
            restored=str(path),
            safety_backup=safety,
            sources=store.sources.count_sources(),
            missing_files=missing,
            changes=Changes(True, True, True, True, True, True),
        )
