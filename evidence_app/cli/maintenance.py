"""Command-line verbs for bundles, backups and restore."""

from __future__ import annotations

import argparse
import dataclasses
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output import TextProgress, emit

if TYPE_CHECKING:
    from ..library.facade import Library






def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def cmd_bundle(lib: Library, args: argparse.Namespace) -> int:
    cancel = threading.Event()
    try:
        if args.bundle_command == "export":
            exported = lib.bundles.export_bundle(args.out, countries=args.country, risks=args.risk,
                                         progress=TextProgress(), cancel=cancel)
            lines = [f"wrote {exported.path} ({_mb(exported.size)}): {exported.sources} "
                     f"sources, {exported.pages} pages, {exported.excerpts} excerpts, "
                     f"{exported.risk_types} added risk types"]
            lines += [f"  left out: {s}" for s in exported.skipped]
            emit(args, dataclasses.asdict(exported), "\n".join(lines))
            return 0
        imported = lib.bundles.import_bundle(args.file, progress=TextProgress(), cancel=cancel)
    except KeyboardInterrupt:
        cancel.set()
        raise
    lines = [f"added {len(imported.added)} sources, {len(imported.merged)} already here; "
             f"{imported.tags_added} tags and {imported.excerpts_added} excerpts added"]
    if imported.files_restored:
        lines.append(f"{imported.files_restored} missing original files restored")
    if imported.risk_types_added:
        lines.append("risk types added: " + ", ".join(imported.risk_types_added))
    if imported.agreements:
        lines += ["agreement records:"] + [f"  {a.line()}" for a in imported.agreements]
        held = [a for a in imported.agreements if a.record is not None]
        if held and getattr(args, "replace_edited_agreements", False):
            for change in held:
                assert change.record is not None
                lib.agreements.accept_agreement(change.record)
                lines.append(f"  {change.agreement_id}: your edited record replaced by the "
                             "bundle's, as asked")
        elif held:
            lines.append("  (--replace-edited-agreements takes the bundle's newer records)")
    if imported.conflicts:
        lines.append(f"{len(imported.conflicts)} metadata differences (kept as they are here):")
        lines += [f"  source {c.source_id} {c.field}: here {c.local!r}, bundle {c.bundle!r}"
                  for c in imported.conflicts]
    lines += [f"  left out: {s}" for s in imported.skipped]
    lines += [f"  page text: {note}" for note in imported.text_notes]
    emit(args, dataclasses.asdict(imported), "\n".join(lines))
    return 0


def cmd_backup(lib: Library, args: argparse.Namespace) -> int:
    info = lib.backups.backup()
    emit(args, dataclasses.asdict(info), f"backed up to {info.path} ({_mb(info.size)})")
    return 0


def cmd_backups(lib: Library, args: argparse.Namespace) -> int:
    found = lib.backups.backups()
    lines = [f"{b.created}  {b.kind:<24} {_mb(b.size):>9}  {b.name}" for b in found]
    emit(args, [dataclasses.asdict(b) for b in found], "\n".join(lines) or "no backups yet")
    return 0


def cmd_restore(lib: Library, args: argparse.Namespace) -> int:
    result = lib.backups.restore(args.backup, progress=TextProgress())
    lines = [f"restored {result.restored}: {result.sources} sources",
             f"the library as it was before is in {result.safety_backup.path}"]
    if result.missing_files:
        lines.append(f"{result.missing_files} sources have no original file here; "
                     "`check` lists them")
    emit(args, dataclasses.asdict(result), "\n".join(lines))
    return 0


def register(sub: Any, add: Any) -> None:
    """Add bundle and backup commands to the `evidence-cli` parser."""
    del sub
    p = add("bundle", cmd_bundle, "share sources with another library (one .evbundle file)")
    bsub = p.add_subparsers(dest="bundle_command", required=True)
    b = bsub.add_parser("export", help="write sources, files, tags and excerpts (never cases)")
    b.add_argument("out", type=Path, metavar="OUT.evbundle")
    b.add_argument("--country", action="append", default=[], metavar="CC",
                   help="only sources tagged with this country (repeat for any of several)")
    b.add_argument("--risk", action="append", default=[], metavar="SLUG",
                   help="only sources tagged with this risk type (repeat for any of several)")
    b = bsub.add_parser("import", help="check a bundle and merge it into this library")
    b.add_argument("file", type=Path, metavar="FILE.evbundle")
    b.add_argument("--replace-edited-agreements", action="store_true",
                   help="take the bundle's newer agreement records even where you edited yours")
    add("backup", cmd_backup, "back up the library database now")
    add("backups", cmd_backups, "list backups, newest first")
    p = add("restore", cmd_restore, "put a backup of the database back (the index is rebuilt)")
    p.add_argument("backup", help="a backup's file name (see `backups`) or path")
