"""`library.recovery`, and recovering a damaged library database (Library.recover and
Library.backups_at call these): backups and recovery work without opening the damaged
file. Coordinates; owns no SQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NotFound
from ..folder.files import BACKUPS, DB_NAME
from ..folder.locking import LibraryLock
from ..model import Progress, no_progress
from ..sharing.backup import BackupInfo, list_backups
from ..upkeep import recovery
from ..upkeep.recovery import RecoveryReport

if TYPE_CHECKING:
    from .facade import Library


class Recovery:
    """`library.recovery`: how sound the open library's database is."""

    def __init__(self, *, folder: Path) -> None:
        self._folder = folder

    def database_damage(self) -> str:
        """Why SQLite finds the library database damaged; "" when it is sound (quick_check:
        reads the whole file, a few seconds for a large library)."""
        return recovery.damaged_reason(self._folder / DB_NAME)


def backups_at(folder: Path | str) -> list[BackupInfo]:
    """Backups of a library's database, newest first, without opening it (for a library
    whose database is damaged)."""
    return list_backups(Path(folder).expanduser().resolve() / BACKUPS)


def recover(
    folder: Path | str,
    open_locked: Callable[[Path, LibraryLock], Library],
    *,
    backup: str | None = None,
    salvage: bool = True,
    reimport: bool = True,
    lock_wait: float = 2.0,
    progress: Progress = no_progress,
) -> RecoveryReport:
    """Recover a damaged database (see upkeep/recovery.py): set it aside, start again from
    the newest sound backup (or `backup`), add what can be salvaged, import again the
    originals in files/ it lacks, rebuild the index. Never deletes the damaged file.
    `open_locked` opens the library holding `lock`, without the open-time upkeep."""
    folder = Path(folder).expanduser().resolve()
    if not folder.is_dir():
        raise NotFound("library", str(folder))
    lock = LibraryLock(folder, wait=lock_wait)
    try:
        lock.acquire("recovering the database")
        built = recovery.build_new_database(folder, backup_name=backup, salvage_rows=salvage)
        # Without the open-time upkeep: the new database is migrated and its taxonomy
        # synced already, and its index is rebuilt once, at the end of the recovery.
        library = open_locked(folder, lock)
    except BaseException:
        lock.close()
        raise
    try:
        return recovery.finish(
            built, store=library.store, folder=folder, import_files=library.import_files,
            rebuild_index=library.index.rebuild_index, reimport=reimport, progress=progress,
        )
    finally:
        lock.release()
        library.close()
