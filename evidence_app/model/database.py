"""Plain data the store returns about the library database itself: what a backup file
holds, stored text that is not valid UTF-8, and what a salvage of a damaged file read back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class DatabaseFacts:
    """What a backup file holds, read without changing it."""

    tables: frozenset[str]
    migrations: frozenset[str]
    problems: tuple[str, ...]  # from PRAGMA quick_check; empty when sound
    sources: int


@dataclass(frozen=True)
class BadText:
    """One stored value that is not valid UTF-8."""

    table: str
    key: tuple[int, ...]
    column: str
    offset: int  # of the first bad byte

    @property
    def source_id(self) -> int | None:
        return self.key[0] if self.table in ("pages", "sources") else None


@dataclass
class Salvage:
    path: Path | None  # a sound database holding what could be read; None: nothing
    method: str  # "sqlite3 .recover", "row by row", or why nothing could be read
    read_errors: int = 0  # places where reading stopped (row by row)


@dataclass
class MergeResult:
    added: dict[str, int] = field(default_factory=dict)
    refused: dict[str, list[str]] = field(default_factory=dict)  # table -> row descriptions
    unplaced: int = 0  # rows .recover found but could not tie to a table
    # Sources kept whose pages were damaged: their pages must be read again from files/.
    reread: list[tuple[int, str]] = field(default_factory=list)  # (source id, sha256)
