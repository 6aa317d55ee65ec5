"""Command-line verbs for the starter library and editions:
`evidence-cli starter [--country CC …] [--since YEAR] [--until YEAR] [--include-removed]
[--info]` and `evidence-cli editions SOURCE_ID`."""

from __future__ import annotations

import argparse
import dataclasses
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .output import TextProgress, emit

if TYPE_CHECKING:
    from ..library.facade import Library


def cmd_starter(lib: Library, args: argparse.Namespace) -> int:
    info = lib.starter.starter_info()
    low, high = info.years
    if args.info:
        text = (f"starter library v{info.version}: {info.total} reports "
                f"({', '.join(info.countries)}; {low}\u2013{high}); in this library "
                f"{len(info.present)}, removed {len(info.removed)}, new {info.new}")
        emit(args, {"version": info.version, "total": info.total,
                    "countries": list(info.countries), "years": [low, high],
                    "present": len(info.present), "removed": len(info.removed),
                    "new": info.new}, text)
        return 0
    cancel = threading.Event()
    try:
        result = lib.starter.add_starter(countries=args.country, since=args.since, until=args.until,
                                 include_removed=args.include_removed,
                                 progress=TextProgress(), cancel=cancel)
    except KeyboardInterrupt:
        cancel.set()
        raise
    lines = [f"added {len(result.added)} reports, already in the library {result.already}"]
    if result.removed_skipped:
        lines.append(f"left out {result.removed_skipped} that were removed from this library "
                     "(--include-removed brings them back)")
    added = lib.catalog.sources(list(result.added)) if result.added else []
    lines += [f"  + {s.id}: {s.title} ({s.page_count} passages) {' '.join(s.countries)}"
              for s in added]
    data = {"added": list(result.added), "already": result.already,
            "removed_skipped": result.removed_skipped, "headings": result.headings}
    emit(args, data, "\n".join(lines))
    return 0


def cmd_editions(lib: Library, args: argparse.Namespace) -> int:
    editions = lib.starter.editions(args.source_id)
    lines = [f"{'*' if s.id == args.source_id else ' '} {s.id:>5}  {s.edition or '?'}  "
             f"{s.title}  ({s.published or 'n.d.'})" for s in editions]
    emit(args, [dataclasses.asdict(s) for s in editions],
         "\n".join(lines) or "this source belongs to no series")
    return 0


def _year(value: str) -> int:
    if not (value.isdigit() and len(value) == 4):
        raise argparse.ArgumentTypeError(f"{value!r} is not a year (YYYY)")
    return int(value)


def register(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("starter", cmd_starter, "add the State Department country reports shipped with the "
            "app (no internet needed)")
    p.add_argument("--country", action="append", default=[], metavar="CC",
                   help="only these countries (ISO codes; repeatable)")
    p.add_argument("--since", type=_year, default=None, metavar="YEAR",
                   help="only report years from YEAR on")
    p.add_argument("--until", type=_year, default=None, metavar="YEAR",
                   help="only report years up to YEAR")
    p.add_argument("--include-removed", action="store_true",
                   help="also bring back starter reports removed from this library")
    p.add_argument("--info", action="store_true", help="say what the starter holds; add nothing")
    p = add("editions", cmd_editions, "list the editions of a source's series (other years)")
    p.add_argument("source_id", type=int)
