"""`evidence-cli packet legal-index`: the index of the evidence by legal element, alone."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output import emit, plural, record_id

if TYPE_CHECKING:
    from ..library.facade import Library


def cmd_legal_index(lib: Library, args: argparse.Namespace) -> int:
    result = lib.packets.legal_index(args.case_id, args.out, language=args.lang,
                             compute_layout=not args.no_layout)
    emit(args, result, f"{result.path}: {plural(len(result.entries), 'line')}. {result.note}")
    return 0


def register_packet_verbs(psub: Any) -> None:
    """Add `legal-index` beside `packet build` (its own handler overrides the packet one)."""
    p = psub.add_parser(
        "legal-index",
        help="index of the evidence by legal element (PDF or DOCX), for pasting into a brief")
    p.set_defaults(handler=cmd_legal_index)
    p.add_argument("case_id", type=record_id)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.docx")
    p.add_argument("--lang", choices=("en", "es"), default="en",
                   help="language of the headings (the packet itself is in English)")
    p.add_argument("--no-layout", action="store_true",
                   help="leave packet pages out instead of laying the packet out when no "
                        "packet of the case as it is now was built")
