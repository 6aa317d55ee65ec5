"""Recovering a library whose database is damaged (`check --repair`, the GUI's Recover).

The damaged file is never deleted: it is renamed `library.sqlite3.damaged-<UTC time>` (its
write-ahead log beside it) and stays in the library folder. The new database starts from
the newest backup that passes SQLite's integrity_check (or empty, when there is none), is
brought to this version's schema, and gains every row that can be salvaged from the damaged
file and that the backup lacks (store/salvage.py). The facade then imports again every
original in files/ that no source holds, rebuilds the index and reports what could not be
recovered. Work happens in a scratch folder and a `.recovering` file inside the library;
the new database replaces nothing until it is complete.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import taxonomy
from ..errors import DatabaseDamaged, InvalidValue, LibraryTooNew
from ..folder import files as lib_folder
from ..folder.files import (
    BACKUPS,
    DB_NAME,
    FILES,
    OCR_SUFFIX,
    PARTIAL_SUFFIX,
    source_file,
    valid_sha,
)
from ..model import ImportReport, Progress
from ..model.upkeep import RecoveryReport
from ..sharing.backup import BackupInfo, find_backup, list_backups, verify_backup
from ..store import Store
from ..store.connection import connect
from ..store.health import check_problems, file_is_sound, header_problem
from ..store.salvage import MergeResult, merge_salvage, salvage
from ..store.upkeep import database_facts, known_migrations

if TYPE_CHECKING:
    from ..store import Store

    ImportFiles = Callable[..., ImportReport]

DAMAGED_INFIX = ".damaged-"
WORK_PREFIX = ".recover-"
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass
class NewDatabase:
    """Phase one: the database file put in place, before the library is opened."""

    damaged_file: Path | None
    reason: str
    backup: BackupInfo | None
    salvage: str
    merged: MergeResult
    skipped_backups: list[str]


def damaged_reason(db_path: Path) -> str:
    """Why the database at db_path counts as damaged ("" when SQLite finds it sound)."""
    if not db_path.exists():
        return "the database file is missing"
    if db_path.stat().st_size == 0:
        return "the database file is empty (0 bytes)"
    problem = header_problem(db_path)
    if problem:
        return problem
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        problems = check_problems(conn)
    finally:
        conn.close()
    return "; ".join(problems[:3])


def set_aside(db_path: Path, now: datetime | None = None) -> Path | None:
    """Rename the database (and its -wal/-shm) to `<name>.damaged-<time>`; never deletes."""
    if not db_path.exists():
        return None
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S")
    aside = db_path.with_name(f"{db_path.name}{DAMAGED_INFIX}{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.name}{DAMAGED_INFIX}{stamp}-{n}")
    os.replace(db_path, aside)
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    return aside


def damaged_files(folder: Path) -> list[Path]:
    """Damaged databases set aside by earlier recoveries, oldest first."""
    return sorted(p for p in folder.glob(f"{DB_NAME}{DAMAGED_INFIX}*")
                  if not p.name.endswith(SIDE_FILES))


def sound_backup(backups: Path, skipped: list[str]) -> BackupInfo | None:
    """The newest backup that passes integrity_check and this version can open."""
    for info in list_backups(backups):
        path = Path(info.path)
        try:
            if not file_is_sound(path):
                skipped.append(f"{info.name}: damaged too")
                continue
            verify_backup(path, database_facts(path), known_migrations())
        except (InvalidValue, LibraryTooNew, sqlite3.DatabaseError) as exc:
            skipped.append(f"{info.name}: {exc}")
            continue
        return info
    return None


def _chosen_backup(backups: Path, name: str) -> BackupInfo | None:
    path = find_backup(backups, name)
    if not file_is_sound(path):
        raise InvalidValue("backup", path.name, "is damaged too (integrity_check fails)")
    verify_backup(path, database_facts(path), known_migrations())
    for info in list_backups(path.parent):
        if Path(info.path) == path:
            return info
    return BackupInfo(str(path), path.name, "", "chosen", path.stat().st_size)


def build_new_database(
    folder: Path, *, backup_name: str | None = None, salvage_rows: bool = True
) -> NewDatabase:
    """Phase one, holding the library's lock: build a sound database (from a backup, plus
    rows salvaged from a copy of the damaged file) beside the damaged one, then set the
    damaged one aside and put the new one in its place: two renames, so that a crash
    never leaves the library without a database file."""
    db_path = folder / DB_NAME
    backups = folder / BACKUPS
    skipped: list[str] = []
    backup = (_chosen_backup(backups, backup_name) if backup_name
              else sound_backup(backups, skipped))
    reason = damaged_reason(db_path) or "SQLite reported it damaged while in use"
    exists = db_path.exists()
    earlier = damaged_files(folder)
    # A recovery stopped after setting the file aside: salvage from that file.
    damaged = db_path if exists or not earlier else earlier[-1]
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=folder))
    try:
        fresh = work / "new.sqlite3"
        if backup is not None:
            shutil.copyfile(backup.path, fresh)
        store = Store.open(fresh)
        try:
            store.taxonomy.sync_taxonomy(taxonomy.load_countries(), taxonomy.load_risk_types())
            merged, how = MergeResult(), "nothing to salvage: there was no database file"
            if damaged.exists() and not salvage_rows:
                how = "not attempted (a backup was restored)"
            elif damaged.exists() and damaged.stat().st_size == 0:
                how = "nothing to salvage: the file was empty"
            elif damaged.exists():
                found = salvage(damaged, work)
                how = found.method
                if found.path is not None:
                    held_here = frozenset(p.name.split(".", 1)[0]
                                          for p in lacking_originals(folder, set()))
                    merged = merge_salvage(store.db.conn, found.path, held_here)
        finally:
            store.close()
        _prepare(fresh)
        aside = set_aside(db_path)
        os.replace(fresh, db_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return NewDatabase(aside, reason, backup, how, merged, skipped)


def _prepare(fresh: Path) -> None:
    """One self-contained file (no WAL beside it), readable by its owner only."""
    conn = connect(fresh).conn
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    os.chmod(fresh, 0o600)


def stale_work_folders(folder: Path) -> list[Path]:
    return list(folder.glob(WORK_PREFIX + "*"))


def lacking_originals(folder: Path, held: set[str]) -> list[Path]:
    """Originals in files/ whose hash (the file name) no source holds. OCR copies and
    interrupted copies are not originals."""
    out = []
    for path in sorted((folder / FILES).glob("*/*")):
        name = path.name
        if (not path.is_file() or path.is_symlink() or name.endswith(OCR_SUFFIX)
                or name.endswith(PARTIAL_SUFFIX)):
            continue
        sha = name.split(".", 1)[0]
        if valid_sha(sha) and sha not in held:
            out.append(path)
    return out


def _original(folder: Path, sha: str, fmt: str, recorded: str, ocr_file: str) -> Path | None:
    """The file a source's pages came from, found by its hash (never by a path a database
    row names): the OCR'd copy when the source has one, else the original."""
    if ocr_file:
        ocr = lib_folder.ocr_file(folder, sha)
        if ocr is not None and ocr.is_file():
            return ocr
    path = source_file(folder, sha, fmt, recorded)
    if path is not None and not path.is_file():
        # a row that names no extension (a salvaged one): any stored original of that hash
        found = sorted(p for p in path.parent.glob(f"{sha}.*")
                       if not p.name.endswith((OCR_SUFFIX, PARTIAL_SUFFIX)))
        path = found[0] if found else None
    return path if path is not None and path.is_file() else None


def reread_pages(store: Store, folder: Path, sources: list[tuple[int, str]]) -> list[str]:
    """Read again, from files/, the pages of salvaged sources whose pages were damaged;
    returns what failed."""
    from ..ingest.pool import ExtractionPool
    from ..model import ExtractedDocument

    failed: list[str] = []
    if not sources:
        return failed
    jobs: dict[Path, tuple[int, str]] = {}
    for source_id, sha in sources:
        source = store.sources.get_source(source_id)
        ocr_file = source.ocr_file
        path = _original(folder, sha, source.format, source.stored_file, ocr_file)
        if path is None:
            failed.append(f"source {source_id}: its original is missing; its pages are lost")
        else:
            jobs[path] = (source_id, ocr_file if path.name.endswith(OCR_SUFFIX) else "")
    with ExtractionPool(workers=1) as pool:
        for path, doc in pool.imap((p, None) for p in jobs):
            source_id, ocr_file = jobs[path]
            if not isinstance(doc, ExtractedDocument):
                failed.append(f"source {source_id}: its pages could not be read again "
                              f"({getattr(doc, 'detail', '') or doc})")
                continue
            store.sources.replace_pages(
                source_id, [(p.page_no, p.label, p.text) for p in doc.pages],
                ocr_file=ocr_file, needs_ocr=doc.needs_ocr and not ocr_file)
    return failed


def link_for_import(originals: list[Path], work: Path) -> list[Path]:
    """Hard links (copies where links fail) in a scratch folder, so that an import that
    fails half way can never remove an original from files/."""
    out = []
    for path in originals:
        link = work / path.name
        try:
            os.link(path, link)
        except OSError:
            shutil.copy2(path, link)
        out.append(link)
    return out


def put_back(originals: list[Path], links: list[Path]) -> None:
    for path, link in zip(originals, links, strict=True):
        if not path.exists() and link.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            os.link(link, path)


def refuse_damaged(folder: Path, db_path: Path) -> None:
    """Cheap checks before SQLite opens the file: an overwritten header, a file cut off, or
    a file emptied to 0 bytes in a library that has backups or originals (SQLite would
    take that for a new, empty library)."""
    try:
        size = db_path.stat().st_size
    except OSError:
        if damaged_files(folder):  # a recovery stopped between its two renames
            raise DatabaseDamaged(str(db_path), "the database file is missing") from None
        return
    if size == 0:
        if any((folder / BACKUPS).glob("*.sqlite3")) or any((folder / FILES).glob("*/*")):
            raise DatabaseDamaged(str(db_path), "the database file is empty (0 bytes)")
        return
    problem = header_problem(db_path)
    if problem:
        raise DatabaseDamaged(str(db_path), problem)


def finish(
    built: NewDatabase,
    *,
    store: Store,
    folder: Path,
    import_files: ImportFiles,
    rebuild_index: Callable[[Progress], object],
    reimport: bool,
    progress: Progress,
) -> RecoveryReport:
    """Phase two, in the opened library (its writer `store`, its `import_files` and
    `rebuild_index` verbs): import lacking originals again, rebuild the index, and say
    what could not be recovered."""
    lost = [f"{table}: {what}" for table, rows in built.merged.refused.items()
            for what in rows]
    if built.merged.unplaced:
        lost.append(f"{built.merged.unplaced} salvaged rows belong to no known table")
    lost += [f"backup {why}" for why in built.skipped_backups]
    lost += reread_pages(store, folder, built.merged.reread)
    reimported = 0
    if reimport:
        held = {s.sha256 for s in store.sources.list_sources()}
        originals = lacking_originals(folder, held)
        work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=folder))
        try:
            links = link_for_import(originals, work)
            report = import_files(links, progress=progress)
            put_back(originals, links)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        reimported = len(report.imported)
        lost += [f"files/{Path(f.path).name}: {f.message}" for f in report.failed]
    rebuild_index(progress)
    if built.damaged_file is not None:
        since = (f"made after the backup of {built.backup.created[:16].replace('T', ' ')} UTC"
                 if built.backup else "(there was no sound backup)")
        lost.append(f"excerpts, cases, tags and edits {since} are back only as far as the "
                    f"damaged file could be read ({built.salvage}); compare with your work")
    return RecoveryReport(
        damaged_file=str(built.damaged_file or ""),
        reason=built.reason,
        backup=built.backup.name if built.backup else "",
        backup_created=built.backup.created if built.backup else "",
        salvage=built.salvage,
        salvaged=tuple(sorted(built.merged.added.items())),
        reimported=reimported,
        not_recovered=tuple(lost),
        sources=store.sources.count_sources(),
    )
