"""Command-line verb for OCR: `evidence-cli ocr SOURCE_ID… | --all | --check`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import threading
from typing import TYPE_CHECKING, Any

from ..errors import OcrUnavailable
from .output import TextProgress, emit, record_id

if TYPE_CHECKING:
    from ..library.facade import Library

EXIT_UNAVAILABLE = 3




def cmd_ocr(lib: Library, args: argparse.Namespace) -> int:
    available, message = lib.ocr.ocr_available()
    if args.check:
        emit(args, {"available": available, "message": message}, message)
        return 0 if available else EXIT_UNAVAILABLE
    if not available:
        print(message, file=sys.stderr)
        return EXIT_UNAVAILABLE
    if not args.all and not args.source_ids:
        print("evidence-cli ocr: give SOURCE_ID… or --all", file=sys.stderr)
        return 2
    cancel = threading.Event()
    try:
        report = lib.ocr.ocr_sources(None if args.all else args.source_ids, TextProgress(), cancel,
                                 force=args.force)
    except OcrUnavailable:
        print(message, file=sys.stderr)
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        cancel.set()
        raise
    lines = [f"done {len(report.done)}, failed {len(report.failed)}"
             + (" (cancelled)" if report.cancelled else "")]
    lines += [f"  + {o.source_id}: {o.title} ({o.pages_with_text}/{o.pages} pages with text; "
              f"{o.message})" for o in report.done]
    lines += [f"  x {o.source_id}: {o.title or '?'}: {o.message}" for o in report.failed]
    if args.all and not report.done and not report.failed:
        lines = ["no source needs OCR"]
    emit(args, dataclasses.asdict(report), "\n".join(lines))
    return 1 if report.failed or report.cancelled else 0




def register(sub: Any, add: Any) -> None:
    """Add `ocr` to the `evidence-cli` parser. `add(name, handler, help)` -> subparser."""
    del sub
    p = add("ocr", cmd_ocr, "add a text layer to scanned PDFs (needs Tesseract and OCRmyPDF)")
    p.add_argument("source_ids", type=record_id, nargs="*", metavar="SOURCE_ID")
    p.add_argument("--all", action="store_true", help="every source that needs OCR")
    p.add_argument("--force", action="store_true",
                   help="OCR the given sources even when they already have text")
    p.add_argument("--check", action="store_true",
                   help="only say whether OCR is available and what to install")
