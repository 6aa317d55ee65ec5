"""Path attacks and a full disk, for the trust report (and tests/core/test_trust_paths.py).

Path attacks: a library folder handed over with a hostile `index/state.json`, planted
symlinks or a crafted database. Each runs on a fresh small library, through the facade;
"nothing lost" means every file outside the library is as it was, and the library still
holds its database, its original files and answers its searches.

A full disk: a library on a small tmpfs (needs root to mount; skipped otherwise) filled to
the last byte, then each verb through the command line as a separate program; the row
says what it printed. Then space is freed and the library must open, pass `check` and
search again.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from evidence_app.errors import EvidenceError
from evidence_app.library.facade import Library

if TYPE_CHECKING:
    from .report import Report

TEXT = ("Gang violence against returned deportees in Honduras remains widespread. Police "
        "protection is limited and impunity for extortion is common. ")
SOURCES = 2


@dataclass
class Row:
    attack: str
    outcome: str  # "handled", "refused: ..." or "CRASH"
    nothing_lost: bool
    traceback: str = ""

    def cells(self) -> list[object]:
        return [self.attack, self.outcome, "yes" if self.nothing_lost else "**NO**",
                self.traceback.strip().splitlines()[-1][:100] if self.traceback else "none"]


# ---------------------------------------------------------------- small libraries
def make_library(where: Path, n: int = SOURCES, size: int = 1) -> Path:
    """A library of `n` text sources of about `size` KB each, in `where/lib`."""
    inbox = where / "in"
    inbox.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = inbox / f"report{i}.txt"
        words = [f"{w}{(i * 7919 + k) % 997}" for k, w in enumerate((TEXT * size * 8).split())]
        path.write_text(TEXT + f"Report {i}. " + " ".join(words), encoding="utf-8")
        paths.append(path)
    with Library.open(where / "lib") as lib:
        lib.import_files(paths, workers=0)
    return where / "lib"


def tree(folder: Path) -> dict[str, bytes]:
    """Files (not links) under `folder`, with their bytes."""
    found: dict[str, bytes] = {}
    if folder.is_dir():
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def library_intact(lib_dir: Path, originals: dict[str, bytes], sources: int = SOURCES) -> bool:
    """Database and original files still there; the library opens, checks and searches."""
    if any((lib_dir / rel).read_bytes() != data if (lib_dir / rel).is_file() else True
           for rel, data in originals.items()):
        return False
    with Library.open(lib_dir) as lib:
        return (len(lib.catalog.sources()) == sources and lib.check(repair=True).ok
                and len(lib.search("deportees").sources) == sources)


def originals_of(lib_dir: Path) -> dict[str, bytes]:
    return {k: v for k, v in tree(lib_dir).items() if k.startswith("files/")}


def craft(db: Path, column: str, value: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        unique = " || id" if column == "sha256" else ""  # hashes are unique
        conn.execute(f"UPDATE sources SET {column} = ?{unique}", [value])  # noqa: S608
    conn.close()


# ---------------------------------------------------------------- path attacks
def _state(active: object) -> Callable[[Path, Path], None]:
    def plant(lib: Path, outside: Path) -> None:
        value = str(outside) if active == "OUTSIDE" else active
        (lib / "index" / "state.json").write_text(
            json.dumps({"schema_version": 1, "generation": 1, "active": value}))
    return plant


def _ix_link(lib: Path, outside: Path) -> None:
    (lib / "index" / "ix-9").symlink_to(outside, target_is_directory=True)
    _state("ix-9")(lib, outside)


def _state_link(lib: Path, outside: Path) -> None:
    (lib / "index" / "state.json").unlink()
    (lib / "index" / "state.json").symlink_to(outside / "victim.txt")


def _tmp_link(lib: Path, outside: Path) -> None:
    (lib / "index" / "state.json.tmp").symlink_to(outside / "victim.txt")
    _state("..")(lib, outside)  # forces a rebuild, which writes state.json


def _lock_link(lib: Path, outside: Path) -> None:
    (lib / "library.lock").unlink(missing_ok=True)
    (lib / "library.lock").symlink_to(outside / "victim.txt")


def _index_link(lib: Path, outside: Path) -> None:
    shutil.rmtree(lib / "index")
    (lib / "index").symlink_to(outside, target_is_directory=True)


def _index_file(lib: Path, outside: Path) -> None:
    shutil.rmtree(lib / "index")
    (lib / "index").write_text("not a folder")


def _row(column: str, value: str) -> Callable[[Path, Path], None]:
    def plant(lib: Path, outside: Path) -> None:
        craft(lib / "library.sqlite3", column,
              value.replace("OUTSIDE", str(outside)))
    return plant


def _bucket_link(lib: Path, outside: Path) -> None:
    for bucket in list((lib / "files").iterdir()):
        for stored in bucket.iterdir():
            shutil.copy(stored, outside / stored.name)
        shutil.rmtree(bucket)
        bucket.symlink_to(outside, target_is_directory=True)


PATH_ATTACKS: dict[str, Callable[[Path, Path], None]] = {
    'state.json "active": ".." (was: deleted the whole library)': _state(".."),
    'state.json "active": "../files" (was: deleted every original)': _state("../files"),
    'state.json "active": "../backups"': _state("../backups"),
    "state.json names an absolute folder outside the library": _state("OUTSIDE"),
    'state.json "active" is not a string': _state(["ix-1"]),
    "state.json names ix-9, a symlink to a folder outside": _ix_link,
    "state.json is a symlink to a file outside": _state_link,
    "state.json.tmp is a symlink to a file outside, then a rebuild": _tmp_link,
    "library.lock is a symlink to a file outside": _lock_link,
    "index/ is a symlink to a folder outside": _index_link,
    "index is a regular file": _index_file,
    "database row: stored_file `../decoy/victim.txt`, then the source deleted (was: "
    "deleted it)": _row("stored_file", "../decoy/victim.txt"),
    "database row: stored_file an absolute path outside, then deleted":
        _row("stored_file", "OUTSIDE/victim.txt"),
    "database row: ocr_file `../../victim.txt`, then deleted":
        _row("ocr_file", "../../victim.txt"),
    "database row: sha256 `../../decoy/victim`, then deleted": _row("sha256", "../../x/victim"),
    "files/<xx> is a symlink to a folder outside, then deleted": _bucket_link,
}


def path_attack(tmp: Path, name: str, plant: Callable[[Path, Path], None]) -> Row:
    where = tmp / f"attack-{abs(hash(name))}"
    lib_dir = make_library(where)
    outside = where / "outside"
    (outside / "ix-1").mkdir(parents=True)
    (outside / "victim.txt").write_text("precious, outside the library")
    (outside / "ix-1" / "keep.txt").write_text("precious too")
    (where / "decoy").mkdir()
    (where / "decoy" / "victim.txt").write_text("precious decoy")
    originals = originals_of(lib_dir)
    plant(lib_dir, outside)
    before = {d: tree(where / d) for d in ("outside", "decoy")}
    deleting = "deleted" in name
    try:
        with Library.open(lib_dir) as lib:
            lib.search("deportees")
            lib.check()
            lib.index.rebuild_index()
            if deleting:
                for source in lib.catalog.sources():
                    lib.catalog.delete_source(source.id)
        outcome = "handled"
    except EvidenceError as exc:
        outcome = f"refused: {exc}"[:100]
    except Exception:
        return Row(name, "CRASH", False, traceback.format_exc())
    after = {d: tree(where / d) for d in ("outside", "decoy")}
    lost = {k: v for k, v in before.items() if {n: after[k].get(n) for n in v} != v}
    if deleting:
        # its own stored files went (they may sit outside only in the symlinked bucket case)
        intact = not lost
    else:
        try:
            intact = not lost and library_intact(lib_dir, originals)
        except Exception:
            return Row(name, outcome, False, traceback.format_exc())
    return Row(name, outcome, intact)


def restore_attack(tmp: Path) -> Row:
    name = "restore of a crafted backup (stored_file `../decoy/victim.txt`), then deleted"
    where = tmp / "attack-restore"
    lib_dir = make_library(where)
    (where / "decoy").mkdir()
    (where / "decoy" / "victim.txt").write_text("precious decoy")
    try:
        with Library.open(lib_dir) as lib:
            backup = Path(lib.backups.backup().path)
        crafted = where / "crafted.sqlite3"
        shutil.copy(backup, crafted)
        craft(crafted, "stored_file", "../decoy/victim.txt")
        with Library.open(lib_dir) as lib:
            lib.backups.restore(crafted)
            ok = lib.check().ok
            for source in lib.catalog.sources():
                lib.catalog.delete_source(source.id)
    except EvidenceError as exc:
        return Row(name, f"refused: {exc}"[:100],
                   (where / "decoy" / "victim.txt").is_file())
    except Exception:
        return Row(name, "CRASH", False, traceback.format_exc())
    return Row(name, "handled" + ("" if ok else " (check failed)"),
               (where / "decoy" / "victim.txt").read_text() == "precious decoy")


def path_rows(tmp: Path) -> list[Row]:
    rows = [path_attack(tmp, name, plant) for name, plant in PATH_ATTACKS.items()]
    return [*rows, restore_attack(tmp)]


# ---------------------------------------------------------------- a full disk
@contextlib.contextmanager
def small_disk(folder: Path, megabytes: int) -> Iterator[bool]:
    """A tmpfs of `megabytes` at `folder` (True), or nothing (False) where mounting is not
    allowed (not root, or in a container without the right)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs",
                               str(folder)], capture_output=True, timeout=20)
        mounted = done.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        mounted = False
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill the disk, leaving about `leave` bytes."""
    filler = disk / "filler"
    with open(filler, "ab") as handle:
        block = b"\0" * (1 << 16)
        while True:
            free = shutil.disk_usage(disk).free
            if free <= leave:
                break
            try:
                handle.write(block[: max(min(len(block), free - leave), 1)])
                handle.flush()
            except OSError:
                break
    return filler


def cli(lib_dir: Path, *args: str) -> tuple[int, str, str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run([sys.executable, "-m", "evidence_app.cli.main", "--library", str(lib_dir),
                           *args], capture_output=True, text=True, timeout=300, env=env)
    return done.returncode, done.stdout, done.stderr


def said(code: int, out: str, err: str) -> str:
    """What a person reads: the error, the failed files, or the first line of the answer."""
    lines = [ln.strip() for ln in out.splitlines() if ln.strip()]
    errors = [ln.strip() for ln in err.splitlines() if ln.startswith("evidence-cli:")]
    failed = [ln for ln in lines if ln.startswith("x ")]
    shown = errors[-1:] or failed[:1] or lines[:1] or ["(nothing)"]
    return f"exit {code}: {shown[0][:100]}"


def full_disk_rows(tmp: Path) -> tuple[list[Row], str]:
    """Rows per verb on a full disk; the second value says why there are none."""
    disk = tmp / "small-disk"
    rows: list[Row] = []
    with small_disk(disk, 24) as mounted:
        if not mounted:
            return [], "skipped: a small tmpfs cannot be mounted here (needs root)"
        lib_dir = make_library(disk, n=SOURCES, size=8)
        originals = originals_of(lib_dir)
        newcomer = disk / "in" / "newcomer.txt"
        newcomer.write_text(TEXT * 3000, encoding="utf-8")
        batch = []
        for i in range(6):
            path = disk / "in" / f"batch{i}.txt"
            path.write_text(f"{i} " + TEXT * 4000, encoding="utf-8")
            batch.append(path)
        with Library.open(lib_dir) as lib:
            case = lib.cases.new_case(applicant_name="Full Disk Test", countries=["HN"])
            lib.cases.add_exhibit(case.id, lib.catalog.sources()[0].id)
        filler = fill(disk, leave=0)
        verbs: list[tuple[str, list[str]]] = [
            ("sources", ["sources"]), ("check", ["check"]),
            ("search", ["search", "deportees"]), ("show", ["show", "1"]),
            ("backups", ["backups"]), ("backup", ["backup"]),
            ("import", ["import", str(newcomer)]),
            ("excerpt add", ["excerpt", "add", "1", "1", "Gang violence"]),
            ("tag", ["tag", "1", "--country", "HN"]),
            ("rebuild-index", ["rebuild-index"]),
            ("packet build", ["packet", "build", str(case.id), "--out", str(disk / "p.pdf"),
                              "--allow-blank-cover"]),
            ("bundle export", ["bundle", "export", str(disk / "x.evbundle")]),
            ("check --repair", ["check", "--repair"]),
        ]
        for verb, args in verbs:
            code, out, err = cli(lib_dir, *args)
            rows.append(Row(f"`{verb}` on a full disk (0 bytes free)", said(code, out, err),
                            True, err if "Traceback" in err + out else ""))
        # an import that fills the disk on the way
        filler.unlink()
        fill(disk, leave=2_500_000)
        code, out, err = cli(lib_dir, "import", *map(str, batch))
        imported = sum(1 for ln in out.splitlines() if ln.startswith("  + "))
        rows.append(Row("`import` of 6 files of 0.6 MB with 2.5 MB free",
                        f"{imported} imported, then {said(code, out, err)}", True,
                        err if "Traceback" in err + out else ""))
        parts = list(disk.rglob("*.part"))
        rows.append(Row("`.part` files left after all of the above", str(len(parts)),
                        not parts))
        # Room for one index but not two: a broken index is rebuilt in place.
        (disk / "filler").unlink()
        with Library.open(lib_dir) as lib:
            lib.search("deportees")  # caught up while there is room
        index = sum(p.stat().st_size for p in (lib_dir / "index").rglob("*") if p.is_file())
        # as after an index write that the full disk stopped halfway
        state = lib_dir / "index" / "state.json"
        state.write_text(state.read_text().replace('"dirty": false', '"dirty": true'))
        fill(disk, leave=int(index * 0.9))
        code, out, err = cli(lib_dir, "search", "deportees")
        rows.append(Row(f"a broken index ({index / 1e6:.1f} MB) with room for 0.9 of it "
                        "(was: no open until there was room for two): `search` rebuilds it "
                        "in place", said(code, out, err), code == 0 and " p. " in out,
                        err if "Traceback" in err + out else ""))
        (disk / "filler").unlink()
        try:
            intact = library_intact(lib_dir, originals, SOURCES + imported)
            rows.append(Row("space freed: the library opens, `check --repair` is OK, searches "
                            "find every source", "handled", intact))
        except Exception:
            rows.append(Row("space freed: open, check, search", "CRASH", False,
                            traceback.format_exc()))
        for row in rows:
            row.nothing_lost = row.nothing_lost and rows[-1].nothing_lost
    return rows, ""


def section(r: Report, tmp: Path) -> int:
    """Add the section to the report; returns the number of tracebacks."""
    r.section("7. Paths and a full disk")
    r.say("path attacks")
    rows = path_rows(tmp / "paths")
    r.table(["path attack", "outcome", "nothing lost", "traceback"], [x.cells() for x in rows])
    r.say("a full disk")
    disk_rows, why = full_disk_rows(tmp / "disk")
    r.add("")
    if disk_rows:
        r.table(["verb", "what it said", "nothing lost", "traceback"],
                [x.cells() for x in disk_rows])
    else:
        r.add(f"Full disk: {why}.")
    every = rows + disk_rows
    crashes = sum(bool(x.traceback) or x.outcome == "CRASH" for x in every)
    lost = sum(not x.nothing_lost for x in every)
    r.add("", f"**{len(every)} path and full-disk cases: {crashes} tracebacks, {lost} with "
              "anything lost.**")
    return crashes


__all__ = ["PATH_ATTACKS", "Row", "full_disk_rows", "path_rows", "section"]
