"""Command line: label passages with risk types (`evidence-cli label`)."""

from __future__ import annotations

import argparse
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .output import TextProgress, emit

if TYPE_CHECKING:
    from ..library.facade import Library


def cmd_label(lib: Library, args: argparse.Namespace) -> int:
    ids = [s.id for s in lib.catalog.sources()] if args.all else (args.source_id or None)
    todo = len(ids) if ids is not None else len(lib.passages.sources_to_label())
    lib.passages.label_passages(ids, progress=TextProgress(), cancel=threading.Event())
    emit(args, {"labelled": todo}, f"labelled the passages of {todo} source(s)")
    return 0


def register(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("label", cmd_label, "label passages with risk types (sources not yet labelled with "
            "the current taxonomy; the GUI does this in the background)")
    p.add_argument("source_id", type=int, nargs="*", help="only these sources")
    p.add_argument("--all", action="store_true", help="every source, labelled or not")
