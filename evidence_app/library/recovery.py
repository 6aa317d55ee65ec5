"""Facade verbs for a damaged library database (a mixin of Library; coordinates, owns no
SQL): backups and recovery work without opening the damaged file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NotFound
from ..folder.locking import LibraryLock
from ..model import Progress, no_progress
from ..sharing.backup import BackupInfo, list_backups
from ..upkeep import recovery
from ..upkeep.recovery import DB_NAME, RecoveryReport

if TYPE_CHECKING:
    from .facade import Library


class RecoveryMixin:
    """Library inherits these verbs."""

    if TYPE_CHECKING:
        folder: Path

        @classmethod
        def _open_locked(
            cls, folder: Path, lock: LibraryLock, upkeep: bool, progress: Progress
        ) -> Library: ...

    @staticmethod
    def backups_at(folder: Path | str) -> list[BackupInfo]:
        """Backups of a library's database, newest first, without opening it (for a
        library whose database is damaged)."""
        return list_backups(Path(folder).expanduser().resolve() / "backups")

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
        """Recover a damaged database (see recovery.py): set it aside, start again from the
        newest sound backup (or `backup`), add what can be salvaged, import again the
        originals in files/ it lacks, rebuild the index. Never deletes the damaged file."""
        folder = Path(folder).expanduser().resolve()
        if not folder.is_dir():
            raise NotFound("library", str(folder))
        lock = LibraryLock(folder, wait=lock_wait)
        try:
            lock.acquire("recovering the database")
            built = recovery.build_new_database(folder, backup_name=backup,
                                                salvage_rows=salvage)
            # Without the open-time upkeep: the new database is migrated and its taxonomy
            # synced already, and its index is rebuilt once, at the end of the recovery.
            library = cls._open_locked(folder, lock, False, progress)
        except BaseException:
            lock.close()
            raise
        try:
            return recovery.finish(library, built, reimport, progress)
        finally:
            lock.release()
            library.close()

    def database_damage(self) -> str:
        """Why SQLite finds the library database damaged; "" when it is sound (quick_check:
        reads the whole file, a few seconds for a large library)."""
        return recovery.damaged_reason(self.folder / DB_NAME)
