"""Damaged library databases: each kind of damage, then what a user would do (any verb, then
`backups`, then `check --repair`), and what came back. Shared by tests/core/test_recovery.py
and the trust report. (Index damage is measured elsewhere.)"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evidence_app.cli.main import main as cli
from evidence_app.library.facade import Library
from evidence_app.upkeep.recovery import damaged_files

TEXTS = [
    f"Report {n}: gang violence in Honduras, police abuses in Guatemala and threats to "
    f"returned deportees in El Salvador, paragraph {n}. " * 30
    for n in range(8)
]
QUOTE = "gang violence in Honduras"


def overwrite_header(db: Path) -> None:
    with open(db, "r+b") as f:
        f.write(b"\xde\xad\xbe\xef" * 25)


def cut_in_half(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def empty_file(db: Path) -> None:
    db.write_bytes(b"")


def _break_table(db: Path, table: str) -> None:
    conn = sqlite3.connect(db)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\x0d\xff\xff\xff" * (size // 4))


def scattered_garbage(db: Path) -> None:
    """Every 7th page after the first overwritten (a failing disk)."""
    conn = sqlite3.connect(db)
    size, count = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
    conn.close()
    with open(db, "r+b") as f:
        for page in range(2, count, 7):
            f.seek(page * size)
            f.write(b"\xa5" * size)


DAMAGES: dict[str, Callable[[Path], None]] = {
    "header overwritten": overwrite_header,
    "file cut in half": cut_in_half,
    "zero-length database": empty_file,
    "bad table (pages)": lambda db: _break_table(db, "pages"),
    "bad table (sources)": lambda db: _break_table(db, "sources"),
    "bad table (excerpts)": lambda db: _break_table(db, "excerpts"),
    "scattered garbage pages": scattered_garbage,
}


@dataclass
class DamageOutcome:
    kind: str
    named: bool = False  # a verb said the database is damaged and what to do
    backups_listed: bool = False
    recovered: bool = False  # check --repair succeeded and the library opens and checks OK
    at_backup: int = 0
    at_backup_kept: int = 0
    originals: int = 0
    originals_held: int = 0
    excerpt_kept: bool = False  # the excerpt made after the backup
    damaged_kept: bool = False
    tracebacks: list[str] = field(default_factory=list)


def _run(argv: list[str], out: DamageOutcome) -> tuple[int, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = cli(argv)
    except BaseException:  # noqa: BLE001 - what the report counts
        out.tracebacks.append(f"{' '.join(argv[2:])}: {traceback.format_exc(limit=3)}")
        return 99, ""
    text = stdout.getvalue() + stderr.getvalue()
    if "Traceback" in text:
        out.tracebacks.append(f"{' '.join(argv[2:])}: {text[-300:]}")
    return code, text


def _library(folder: Path, inbox: Path) -> tuple[set[str], set[str]]:
    inbox.mkdir(parents=True)
    paths = []
    for n, text in enumerate(TEXTS):
        path = inbox / f"report-{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    half = len(paths) // 2
    with Library.open(folder) as lib:
        lib.import_files(paths[:half])
        lib.backups.backup()
        at_backup = {s.sha256 for s in lib.catalog.sources()}
        lib.import_files(paths[half:])
        later = next(s for s in lib.catalog.sources() if s.sha256 not in at_backup)
        lib.excerpts.add_excerpt_by_quote(later.id, "1", QUOTE)
        every = {s.sha256 for s in lib.catalog.sources()}
    return at_backup, every


def trial(tmp: Path, kind: str) -> DamageOutcome:
    out = DamageOutcome(kind)
    folder = tmp / "lib"
    at_backup, every = _library(folder, tmp / "inbox")
    out.at_backup, out.originals = len(at_backup), len(every)
    DAMAGES[kind](folder / "library.sqlite3")
    lib = ["--library", str(folder)]
    texts = [_run([*lib, verb], out) for verb in ("sources", "check")]
    texts.append(_run([*lib, "search", "Honduras"], out))
    out.named = any(code != 0 and "damaged" in text and "--repair" in text
                    for code, text in texts)
    code, text = _run([*lib, "backups"], out)
    out.backups_listed = code == 0 and "manual" in text
    code, text = _run([*lib, "check", "--repair"], out)
    try:
        with Library.open(folder) as opened:
            held = {s.sha256 for s in opened.catalog.sources()}
            out.recovered = code == 0 and opened.check().ok
            out.excerpt_kept = any(e.quote == QUOTE for e in opened.excerpts.excerpts())
    except Exception:  # noqa: BLE001 - what the report counts
        out.tracebacks.append(f"open after repair: {traceback.format_exc(limit=3)}")
        held = set()
    out.at_backup_kept = len(held & at_backup)
    out.originals_held = len(held & every)
    out.damaged_kept = bool(damaged_files(folder))
    return out


def run_all(tmp: Path) -> list[DamageOutcome]:
    outcomes = []
    for n, kind in enumerate(DAMAGES):
        outcomes.append(trial(tmp / f"damage-{n}", kind))
    return outcomes


def rows(outcomes: list[DamageOutcome]) -> list[list[object]]:
    return [[o.kind, "yes" if o.named else "NO", "yes" if o.backups_listed else "NO",
             "yes" if o.recovered else "NO", f"{o.at_backup_kept}/{o.at_backup}",
             f"{o.originals_held}/{o.originals}", "yes" if o.excerpt_kept else "no",
             "yes" if o.damaged_kept else "NO", len(o.tracebacks)] for o in outcomes]


HEAD = ["damage", "named, with what to do", "`backups` works", "recovered by `check --repair`",
        "sources at the backup kept", "originals in files/ held", "excerpt made after the "
        "backup kept", "damaged file kept aside", "tracebacks"]
