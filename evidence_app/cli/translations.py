"""Command-line verbs for translations: `evidence-cli translation add|remove|show SOURCE_ID`,
and the message `packet build` gives when exhibits have no English translation."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import TranslationMissing
from .output import emit

if TYPE_CHECKING:
    from ..library.facade import Library


def cmd_translation(lib: Library, args: argparse.Namespace) -> int:
    if args.translation_command == "add":
        found = lib.translations.attach_translation(args.source_id, args.file)
        unit = "page" if found.page_count == 1 else "pages"
        emit(args, found, f"source {found.source_id}: English translation {found.original_name} "
                          f"({found.format}, {found.page_count} {unit}) attached")
    elif args.translation_command == "remove":
        lib.translations.remove_translation(args.source_id)
        emit(args, {"removed": args.source_id},
             f"source {args.source_id}: translation removed")
    else:
        current = lib.translations.translation(args.source_id)
        text = (f"source {args.source_id}: {current.original_name} ({current.format}, "
                f"{current.page_count} pages), attached {current.added_at[:10]}"
                if current else f"source {args.source_id}: no translation attached")
        emit(args, current, text)
    return 0


def missing_translation_message(exc: TranslationMissing) -> str:
    """Why `packet build` refused, and the three ways on."""
    languages = exc.languages or ("",) * len(exc.labels)
    listed = "\n".join(
        f"  Tab {label}" + (f" ({language})" if language else "")
        for label, language in zip(exc.labels, languages, strict=True)
    )
    return (
        "evidence-cli: packet not built: these exhibits are not in English and have no "
        "English translation, so no certificate of translation can be printed for them:\n"
        f"{listed}\n"
        "Attach one (evidence-cli translation add SOURCE_ID FILE), type one for each quote of "
        "an exhibit of excerpts (evidence-cli excerpt edit ID --translation TEXT), or build "
        "anyway with --translations-to-follow (the index marks them \"translation to follow\")."
    )


def report_missing(lib: Library, case_id: int) -> None:
    """With --translations-to-follow: list the exhibits so marked, before building."""
    missing = lib.translations.missing_translations(case_id)
    for exhibit in missing:
        print(f"translation to follow: Tab {exhibit.label} ({exhibit.source_title})",
              file=sys.stderr)


def register_translation_commands(
    sub: Any, add: Callable[[str, Callable[..., int], str], argparse.ArgumentParser]
) -> None:
    p = add("translation", cmd_translation,
            "attach or remove the English translation file of a source")
    tsub = p.add_subparsers(dest="translation_command", required=True)
    t = tsub.add_parser("add", help="attach an English translation (PDF, DOCX or text)")
    t.add_argument("source_id", type=int)
    t.add_argument("file", type=Path)
    t = tsub.add_parser("remove", help="remove the attached translation")
    t.add_argument("source_id", type=int)
    t = tsub.add_parser("show", help="show the attached translation")
    t.add_argument("source_id", type=int)
