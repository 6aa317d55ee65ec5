"""`state.json`: which index folder is live, its schema version and the store generation.

The live index is a folder `ix-<n>` inside the index directory, named by `state.json`.
A rebuild writes a new folder and then replaces `state.json` (write to a temp file,
fsync, os.replace), so a crash leaves either the old or the new index, never a mix.
Writes in place (add/delete) set `dirty` first and clear it when both tiers committed;
an index found dirty at open is unhealthy and gets rebuilt.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

STATE_FILE = "state.json"
_ACTIVE = re.compile(r"^ix-[0-9]{1,9}$")


def valid_active(index_dir: Path, name: str) -> bool:
    """`name` is `ix-<digits>` and a real folder (no symlink) directly inside `index_dir`.
    A state file naming anything else (`..`, `../files`, an absolute path, a link out of
    the library) is treated as missing: the index is rebuilt, nothing outside is touched."""
    if not _ACTIVE.match(name):
        return False
    path = index_dir / name
    return path.is_dir() and not path.is_symlink()


@dataclass(frozen=True)
class IndexState:
    schema_version: int
    generation: int
    healthy: bool


@dataclass(frozen=True)
class StateFile:
    schema_version: int
    generation: int
    active: str  # name of the live index folder
    dirty: bool = False


def read_state(index_dir: Path) -> StateFile | None:
    try:
        path = index_dir / STATE_FILE
        if path.is_symlink():
            return None
        raw = json.loads(path.read_text(encoding="utf-8"))
        state = StateFile(
            schema_version=int(raw["schema_version"]),
            generation=int(raw["generation"]),
            active=str(raw["active"]),
            dirty=bool(raw.get("dirty", False)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
    return state if valid_active(index_dir, state.active) else None


def write_state(index_dir: Path, state: StateFile) -> None:
    path = index_dir / STATE_FILE
    tmp = index_dir / (STATE_FILE + ".tmp")
    tmp.unlink(missing_ok=True)  # never written through: it might be a link planted here
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(asdict(state), f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
