"""What a recovery of a damaged library reports (upkeep/recovery.py makes it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RecoveryReport:
    damaged_file: str  # where the damaged database now is ("" when there was none)
    reason: str
    backup: str  # the backup the new database started from ("" when none was sound)
    backup_created: str
    salvage: str  # how rows were salvaged from the damaged file, or why none were
    salvaged: tuple[tuple[str, int], ...]  # (table, rows added that the backup lacked)
    reimported: int  # originals in files/ imported again
    not_recovered: tuple[str, ...]  # what is lost or needs the user's attention
    sources: int

