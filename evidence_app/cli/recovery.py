"""What `evidence-cli` does when the library database is damaged: name it, say what to do,
and run the verbs that work without it (`backups`, `restore`, `check --repair`)."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from ..errors import DatabaseDamaged
from ..library.facade import Library
from .output import TextProgress, emit


def advice(exc: DatabaseDamaged) -> str:
    return (f"evidence-cli: the library database {exc.path} is damaged: {exc.reason}.\n"
            "  `evidence-cli check --repair` recovers it: the damaged file is kept aside, "
            "the newest sound backup is\n  restored, what can be read from the damaged file is "
            "added, and every original in files/ is\n  imported again. "
            "`evidence-cli backups` lists the backups; `evidence-cli restore NAME` puts one "
            "back.")


def _report_lines(report: object) -> list[str]:
    data = dataclasses.asdict(report)  # type: ignore[call-overload]
    lines = [f"recovered: {data['sources']} sources"]
    if data["damaged_file"]:
        lines.append(f"the damaged database is kept as {data['damaged_file']}")
    lines.append(f"  damage: {data['reason']}")
    lines.append(f"  started from backup: {data['backup'] or 'none (no sound backup)'}"
                 + (f" of {data['backup_created']}" if data["backup_created"] else ""))
    lines.append(f"  salvaged from the damaged file: {data['salvage']}"
                 + "".join(f", {n} {t}" for t, n in data["salvaged"]))
    if "reimported" in data:
        lines.append(f"  originals in files/ imported again: {data['reimported']}")
    if data["not_recovered"]:
        lines.append("could not be recovered:")
        lines += [f"  - {what}" for what in data["not_recovered"]]
    return lines


def handle_damaged(folder: Path, args: argparse.Namespace, exc: DatabaseDamaged) -> int:
    """The verbs that work on a damaged library; anything else gets the advice."""
    if args.command == "backups":
        found = Library.backups_at(folder)
        lines = [f"{b.created}  {b.kind:<24} {b.size / 1e6:8.1f} MB  {b.name}" for b in found]
        emit(args, [dataclasses.asdict(b) for b in found], "\n".join(lines) or "no backups yet")
        return 0
    if args.command == "restore":
        report = Library.recover(folder, backup=args.backup, salvage=False, reimport=False,
                                 progress=TextProgress())
    elif args.command == "check" and args.repair:
        report = Library.recover(folder, progress=TextProgress())
    else:
        print(advice(exc), file=sys.stderr)
        return 2
    emit(args, dataclasses.asdict(report), "\n".join(_report_lines(report)))
    return 0
