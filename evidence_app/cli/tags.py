"""`evidence-cli tag` over many sources: accept the suggested tags or clear the automatic
ones (Library.tags.accept_suggestions / clear_auto_tags)."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..model import Source
from .output import TextProgress, emit, plural

if TYPE_CHECKING:
    from ..library.facade import Library


def tag_many(
    lib: Library,
    args: argparse.Namespace,
    ids: list[int] | None,
    source_line: Callable[[Source], str],
) -> int:
    """`tag --accept-suggestions|--clear-auto SOURCE_ID...|--all`, with a text progress bar."""
    cancel = threading.Event()
    verb = lib.tags.accept_suggestions if args.accept_suggestions else lib.tags.clear_auto_tags
    try:
        result = verb(ids, progress=TextProgress(), cancel=cancel)
    except KeyboardInterrupt:
        cancel.set()
        raise
    sources = [lib.catalog.source(source_id) for source_id in result.changed]
    what = "accepted" if args.accept_suggestions else "cleared"
    count_ = result.added if args.accept_suggestions else result.removed
    lines = [f"{what} {plural(count_, 'tag')} on {plural(len(result.changed), 'source')}"]
    lines += [source_line(s) for s in sources]
    data = {"changed": list(result.changed), "added": result.added, "removed": result.removed,
            "cancelled": result.cancelled, "sources": [dataclasses.asdict(s) for s in sources]}
    emit(args, data, "\n".join(lines))
    return 0


def usage(message: str) -> int:
    print(f"evidence-cli: {message}", file=sys.stderr)
    return 2
