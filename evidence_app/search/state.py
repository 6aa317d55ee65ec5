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
from dataclasses import asdict, dataclass
from pathlib import Path

STATE_FILE = "state.json"


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
        raw = json.loads((index_dir / STATE_FILE).read_text(encoding="utf-8"))
        return StateFile(
            schema_version=int(raw["schema_version"]),
            generation=int(raw["generation"]),
            active=str(raw["active"]),
            dirty=bool(raw.get("dirty", False)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_state(index_dir: Path, state: StateFile) -> None:
    path = index_dir / STATE_FILE
    tmp = index_dir / (STATE_FILE + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(asdict(state), f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
