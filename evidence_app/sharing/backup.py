"""Rolling backups of the library database in `backups/`.

A backup is one SQLite file made with SQLite's backup API (a consistent snapshot even while
others read), named `library-<UTC time>-<kind>.sqlite3`. Kinds: `daily` (made at open when
the newest one is a day old), `manual`, `before-restore`, and `before-<migration>` (made by
store/connection.py before a schema upgrade). The newest `keep` of each kind are kept.
Only the database is backed up: original files are content-addressed and never rewritten,
and the search index is rebuilt from the database.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InvalidValue, LibraryTooNew, NotFound
from ..model.sharing import BackupInfo

# The result type lives in model/; named here too for library/maintenance.py
from ..model.sharing import RestoreResult as RestoreResult

if TYPE_CHECKING:
    from ..store import Store
    from ..store.upkeep import DatabaseFacts

DEFAULT_KEEP = 7
DAILY = timedelta(days=1)
_NAME = re.compile(r"^library-(\d{8}T\d{6})(?:-(\d+))?-([a-z0-9_-]+)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S"


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match or not path.is_file():
        return None
    created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return BackupInfo(
        path=str(path),
        name=path.name,
        created=created.isoformat(timespec="seconds"),
        kind=match.group(3),
        size=path.stat().st_size,
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """Newest first."""
    if not folder.is_dir():
        return []
    found = [b for b in (_parse(p) for p in folder.iterdir()) if b is not None]
    return sorted(found, key=lambda b: (b.created, b.name), reverse=True)


def make_backup(store: Store, folder: Path, kind: str, now: datetime | None = None) -> BackupInfo:
    now = now or datetime.now(UTC)
    stamp = now.strftime(_STAMP)
    path = folder / f"library-{stamp}-{kind}.sqlite3"
    n = 1
    while path.exists():  # two backups in one second
        n += 1
        path = folder / f"library-{stamp}-{n}-{kind}.sqlite3"
    store.backup(path)
    path.chmod(0o600)
    info = _parse(path)
    assert info is not None
    return info


def daily_due(folder: Path, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    daily = [b for b in list_backups(folder) if b.kind == "daily"]
    return not daily or now - datetime.fromisoformat(daily[0].created) >= DAILY


def _group(kind: str) -> str:
    return "before-migration" if kind.startswith("before-") and kind != "before-restore" else kind


def rotate(folder: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Remove all but the newest `keep` backups of each kind; returns what was removed."""
    seen: dict[str, int] = {}
    removed = []
    for backup in list_backups(folder):
        group = _group(backup.kind)
        seen[group] = seen.get(group, 0) + 1
        if seen[group] > max(keep, 1):
            Path(backup.path).unlink(missing_ok=True)
            removed.append(Path(backup.path))
    return removed


def find_backup(folder: Path, name: str | Path) -> Path:
    """A backup by path, or by name (or unique prefix of a name) inside `folder`."""
    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate.resolve()
    matches = [b for b in list_backups(folder) if b.name.startswith(str(name))]
    if len(matches) == 1:
        return Path(matches[0].path)
    if not matches:
        raise NotFound("backup", str(name))
    raise InvalidValue("backup", str(name), f"matches {len(matches)} backups; give the full name")


def verify_backup(path: Path, facts: DatabaseFacts, known_migrations: set[str]) -> None:
    """Refuse a file that is not a sound library database, or one made by a newer version."""
    if {"sources", "pages", "excerpts", "meta"} - facts.tables:
        raise InvalidValue("backup", path.name, "is not an Evidence Library database")
    if facts.problems:
        raise InvalidValue("backup", path.name, f"is damaged: {list(facts.problems)[:3]}")
    unknown = facts.migrations - known_migrations
    if unknown:
        raise LibraryTooNew(str(path), f"made by a newer version (migrations {sorted(unknown)})")
