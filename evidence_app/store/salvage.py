"""Rows read back from a damaged library database, and put into a recovered one.

Salvage works on a copy of the damaged file (which stays as it was, set aside). SQLite's
own `.recover` (the `sqlite3` program) reads every page it can, even past broken b-tree
pages; without that program each table is read row by row with Python's sqlite3, skipping
over what fails. Merging adds to the recovered database (a sound backup, brought to this
version's schema) only rows it lacks: a source only together with all of its pages, and
everything else only when what it refers to is there. Nothing in the backup is replaced.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path

from ..model.database import MergeResult, Salvage
from .health import MAGIC

__all__ = ["MergeResult", "Salvage", "merge_salvage", "salvage"]

RECOVER_SECONDS = 600.0
# Parents before children, so that foreign keys hold as rows go in. Tables not named here
# (added by later migrations) follow in name order.
MERGE_ORDER = (
    "countries", "risk_types", "sources", "pages", "source_countries", "source_risks",
    "excerpts", "excerpt_countries", "excerpt_risks", "cases", "case_countries", "exhibits",
    "exhibit_excerpts", "packet_builds", "agreements", "agreement_sources",
)
# Bookkeeping that belongs to the recovered database, never taken from the damaged one.
NOT_MERGED = frozenset({"meta", "index_log", "_sqlite_migrations", "lost_and_found"})


def _repair_header(path: Path, overwritten: bool) -> None:
    """Make a copy's header readable: SQLite's defaults in place of an overwritten header
    (the schema and rows behind it are untouched), and the page count of what is really
    there in place of one that promises pages a cut-off file no longer has."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        header = bytearray(f.read(100))
        if len(header) < 100:
            return
        page_size = struct.unpack(">H", header[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        if overwritten or page_size < 512 or page_size & (page_size - 1):
            page_size = 4096
            header[:100] = (
                MAGIC + struct.pack(">HBBBBBB", page_size, 1, 1, 0, 64, 32, 32)
                + struct.pack(">IIIIIIIIIIII", 1, 0, 0, 0, 1, 4, 0, 0, 1, 0, 0, 0)
                + bytes(20) + struct.pack(">II", 1, 3040001)
            )
        counter = header[24:28]
        header[28:32] = struct.pack(">I", size // page_size)
        header[92:96] = counter  # the page count above is valid
        f.seek(0)
        f.write(header)


def _copy_damaged(damaged: Path, work: Path) -> Path:
    copy = work / "damaged.sqlite3"
    shutil.copyfile(damaged, copy)
    for suffix in ("-wal",):
        extra = damaged.with_name(damaged.name + suffix)
        if extra.is_file():
            shutil.copyfile(extra, copy.with_name(copy.name + suffix))
    with open(copy, "rb") as f:
        overwritten = not f.read(16).startswith(MAGIC)
    _repair_header(copy, overwritten)
    return copy


def _recover_with_cli(copy: Path, target: Path, program: str) -> bool:
    """`sqlite3 copy .recover | sqlite3 target`; True when target came out sound."""
    with subprocess.Popen([program, str(copy), ".recover"], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL) as dump:
        try:
            subprocess.run([program, str(target)], stdin=dump.stdout, timeout=RECOVER_SECONDS,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        except subprocess.TimeoutExpired:
            dump.kill()
            return False
        finally:
            if dump.stdout is not None:
                dump.stdout.close()
        dump.wait(RECOVER_SECONDS)
    try:
        conn = sqlite3.connect(target)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return ok and bool(tables - {"lost_and_found"})


def _rows(conn: sqlite3.Connection, table: str) -> Iterator[tuple[object, ...]]:
    """Every readable row, by rowid; after an unreadable stretch, skip ahead until rows
    read again."""
    last = -(2**63)
    step = 1
    while True:
        try:
            cursor = conn.execute(
                f'SELECT rowid, * FROM "{table}" WHERE rowid > ? ORDER BY rowid', [last])
            for row in cursor:
                last = int(row[0])
                step = 1
                yield row[1:]
            return
        except sqlite3.DatabaseError:
            if step > 2**40 or last == -(2**63):
                return
            last += step
            step *= 4


def _recover_row_by_row(copy: Path, target: Path) -> int:
    """Copy what each table gives up into target, with the damaged file's own schema."""
    errors = 0
    source = sqlite3.connect(copy)
    # Lets the schema load even where it names b-trees the damaged file no longer has.
    source.execute("PRAGMA writable_schema = ON")
    out = sqlite3.connect(target)
    try:
        tables = source.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%'").fetchall()
        for name, sql in tables:
            try:
                out.execute(sql)
            except sqlite3.Error:
                errors += 1
                continue
            width = None
            with out:
                for row in _rows(source, name):
                    width = width or len(row)
                    try:
                        out.execute(f'INSERT INTO "{name}" VALUES '
                                    f'({",".join("?" * width)})', row)
                    except sqlite3.Error:
                        errors += 1
    finally:
        source.close()
        out.close()
    return errors


def salvage(damaged: Path, work: Path, program: str | None = None) -> Salvage:
    """What can still be read from `damaged`, as a sound database inside `work`."""
    program = program if program is not None else (shutil.which("sqlite3") or "")
    try:
        copy = _copy_damaged(damaged, work)
    except OSError as exc:
        return Salvage(None, f"the damaged file could not be read ({exc.strerror})")
    target = work / "salvaged.sqlite3"
    if program:
        try:
            if _recover_with_cli(copy, target, program):
                return Salvage(target, "sqlite3 .recover")
        except OSError:
            pass
        target.unlink(missing_ok=True)
    try:
        errors = _recover_row_by_row(copy, target)
    except sqlite3.DatabaseError as exc:
        target.unlink(missing_ok=True)
        return Salvage(None, f"nothing could be read ({exc})")
    return Salvage(target, "row by row", errors)


# ---------------------------------------------------------------------- merging
def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA {schema}.table_info("{table}")')]


def _describe(table: str, cols: list[str], row: tuple[object, ...]) -> str:
    values = dict(zip(cols, row, strict=False))
    if table == "sources":
        return f"source {values.get('id')} ({values.get('original_name') or values.get('title')})"
    if table == "excerpts":
        return f"excerpt {values.get('id')} (source {values.get('source_id')}, " \
               f"page {values.get('page_no')})"
    if table in ("cases", "exhibits"):
        return f"{table[:-1]} {values.get('id')}"
    return f"{table} row"


def _complete_sources(conn: sqlite3.Connection) -> set[int]:
    """Salvaged sources whose every page was salvaged too."""
    rows = conn.execute(
        "SELECT s.id FROM salvage.sources s WHERE s.page_count = "
        "(SELECT count(*) FROM salvage.pages p WHERE p.source_id = s.id)").fetchall()
    return {int(r[0]) for r in rows}


def merge_salvage(
    conn: sqlite3.Connection, salvaged: Path, originals: frozenset[str] = frozenset()
) -> MergeResult:
    """Add the salvaged rows `conn`'s database lacks; one transaction. A source whose
    pages were damaged is kept (with its tags and excerpts) when its original is among
    `originals` (hashes of files in files/); its pages are then to be read again."""
    result = MergeResult()
    conn.execute("ATTACH DATABASE ? AS salvage", [str(salvaged)])
    try:
        theirs = {r[0] for r in conn.execute(
            "SELECT name FROM salvage.sqlite_master WHERE type = 'table'")}
        ours = {r[0] for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table'")}
        if "lost_and_found" in theirs:
            result.unplaced = int(conn.execute(
                "SELECT count(*) FROM salvage.lost_and_found").fetchone()[0])
        tables = [t for t in MERGE_ORDER if t in ours] + sorted(
            ours - set(MERGE_ORDER) - NOT_MERGED)
        tables = [t for t in tables if t in theirs]
        complete: set[int] = set()
        if {"sources", "pages"} <= theirs:
            with contextlib.suppress(sqlite3.DatabaseError):
                complete = _complete_sources(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table in tables:
                _merge_table(conn, table, complete, originals, result)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE salvage")
    return result


def _merge_table(
    conn: sqlite3.Connection,
    table: str,
    complete: set[int],
    originals: frozenset[str],
    result: MergeResult,
) -> None:
    mine = _columns(conn, "main", table)
    cols = [c for c in _columns(conn, "salvage", table) if c in mine]
    if not cols:
        return
    names = ",".join(f'"{c}"' for c in cols)
    insert = f'INSERT OR IGNORE INTO main."{table}" ({names}) VALUES ({",".join("?" * len(cols))})'
    added = 0
    refused: list[str] = []
    new_sources: set[int] = set()
    for row in conn.cursor().execute(f'SELECT {names} FROM salvage."{table}"'):
        values = dict(zip(cols, row, strict=False))
        reread = False
        if table == "sources":
            if values.get("id") not in complete and values.get("sha256") in originals:
                reread = True
            elif values.get("id") not in complete:
                known = conn.execute("SELECT 1 FROM main.sources WHERE id = ? OR sha256 = ?",
                                     [values.get("id"), values.get("sha256")]).fetchone()
                if known is None:
                    refused.append(_describe(table, cols, row) + ": its pages could not be read "
                                   "(imported again from files/ if its original is there; "
                                   "its tags and edits are lost)")
                continue
        elif table == "pages" and values.get("source_id") not in complete:
            continue
        try:
            cursor = conn.execute(insert, row)
        except sqlite3.Error:
            if table not in ("pages", "countries", "risk_types"):
                refused.append(_describe(table, cols, row)
                               + ": what it refers to could not be recovered")
            continue
        if cursor.rowcount:
            added += 1
            if reread:
                result.reread.append((int(values["id"]), str(values["sha256"])))  # type: ignore[call-overload]
            elif table == "sources":
                new_sources.add(int(values["id"]))  # type: ignore[call-overload]
    if table == "sources":
        complete.intersection_update(new_sources)  # pages go in only for sources added here
    if added:
        result.added[table] = added
    if refused:
        result.refused[table] = refused
