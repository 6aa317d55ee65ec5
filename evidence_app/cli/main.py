"""`evidence-cli`: the command line, over the Library facade only."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from ..citing.origins import citation_gaps, describe_gaps, describe_origin
from ..errors import DatabaseDamaged, EvidenceError, named_damage
from ..folder.files import disk_full, is_disk_full
from ..folder.paths import default_library_dir
from ..library.facade import DB_NAME, Library
from ..model import KINDS, SearchQuery, Source
from .agreements import register as register_agreement_commands
from .cases import register as register_case_commands
from .labels import register as register_label_commands
from .maintenance import register as register_maintenance_commands
from .ocr import register as register_ocr_commands
from .options import VerbParser, add_top_options
from .options import resolve as resolve_options
from .output import SafeStream, TextProgress, count, emit, plural, record_id, undecodable_argument
from .starter import register as register_starter_commands
from .tags import tag_many, usage
from .translations import register_translation_commands

Handler = Callable[[Library, argparse.Namespace], int]


def _tag_words(s: Source) -> list[str]:
    """Tags as words; those the app applied at import marked "(auto)": "HN(auto)"."""
    auto = {*s.auto_countries, *s.auto_risks}
    return [f"{tag}(auto)" if tag in auto else tag for tag in (*s.countries, *s.risks)]


def _source_line(s: Source) -> str:
    tags = " ".join(_tag_words(s))
    date = s.published or "n.d."
    flag = " [needs OCR]" if s.needs_ocr else ""
    flag += " [text from bundle, unverified]" if s.text_unverified else ""
    return f"{s.id:>5}  {s.title[:70]}  ({s.publisher or '?'}, {date}) {s.page_count}p {tags}{flag}"


# ------------------------------------------------------------------- commands
def cmd_import(lib: Library, args: argparse.Namespace) -> int:
    cancel = threading.Event()
    try:
        # One bulk block: the index is analysed while the workers read (bulk_import.py).
        with lib.bulk_import():
            report = lib.import_files(
                args.paths,
                countries=args.country,
                risks=args.risk,
                password=args.password,
                auto_tag=args.auto_tag,
                progress=TextProgress(),
                cancel=cancel,
            )
    except KeyboardInterrupt:
        cancel.set()
        raise
    lines = [f"imported {len(report.imported)}, already in library {len(report.duplicates)}, "
             f"failed {len(report.failed)}"]
    lines += [f"  + {s.id}: {s.title} ({plural(s.page_count, 'page')})" for s in report.imported]
    lines += [f"  ! {s.original_name}: no text layer (needs OCR)" for s in report.needs_ocr]
    lines += [f"  x {f.path}: {f.reason}: {f.message}" for f in report.failed]
    emit(args, dataclasses.asdict(report), "\n".join(lines))
    return 1 if report.failed else 0


def cmd_sources(lib: Library, args: argparse.Namespace) -> int:
    sources = lib.catalog.sources()
    emit(args, [dataclasses.asdict(s) for s in sources],
          "\n".join(_source_line(s) for s in sources) or "no sources yet")
    return 0


def cmd_show(lib: Library, args: argparse.Namespace) -> int:
    source = lib.catalog.source(args.source_id)
    pages = lib.catalog.pages(args.source_id) if args.pages else []
    data = dataclasses.asdict(source)
    if args.pages:
        data["pages"] = [dataclasses.asdict(p) for p in pages]
    text = "\n".join(f"{k}: {v}" for k, v in dataclasses.asdict(source).items()
                     if k != "origins")
    if source.auto_countries or source.auto_risks:
        text += "\ntags applied automatically at import: " + ", ".join(
            [*source.auto_countries, *source.auto_risks])
    text += "\nwhere from: " + "; ".join(
        f"{field} {describe_origin(code)}" for field, code in source.origins)
    gaps = citation_gaps(source)
    if gaps:
        text += f"\ncitation to check: {describe_gaps(gaps)}"
    translation = lib.translations.translation(source.id)
    if translation is not None:
        data["translation"] = translation.original_name
        text += f"\ntranslation: {translation.original_name} ({translation.format})"
    for page in pages:
        text += f"\n\n--- page {page.page_no} (cite {page.label}) ---\n{page.text}"
    emit(args, data, text)
    return 0


def cmd_edit(lib: Library, args: argparse.Namespace) -> int:
    fields = {k: getattr(args, k) for k in ("title", "publisher", "author", "published", "url",
                                            "accessed", "language", "kind", "notes")}
    lib.catalog.edit_source(args.source_id, **{k: v for k, v in fields.items() if v is not None})
    source = lib.catalog.source(args.source_id)
    emit(args, dataclasses.asdict(source), _source_line(source))
    return 0


def cmd_tag(lib: Library, args: argparse.Namespace) -> int:
    ids: list[int] = list(args.source_ids)
    edits = args.country or args.risk or args.remove_country or args.remove_risk
    bulk = args.accept_suggestions or args.clear_auto
    if args.all and ids:
        return usage("tag: give source ids or --all, not both")
    if bulk:
        if edits or (args.accept_suggestions and args.clear_auto):
            return usage("tag: --accept-suggestions and --clear-auto go alone")
        if not ids and not args.all:
            return usage("tag: give source ids or --all")
        return tag_many(lib, args, ids or None, _source_line)
    if args.all or len(ids) != 1:
        return usage("tag: give one source id (or use --accept-suggestions/--clear-auto)")
    lib.catalog.tag(ids[0], countries=args.country, risks=args.risk,
            remove_countries=args.remove_country, remove_risks=args.remove_risk)
    source = lib.catalog.source(ids[0])
    emit(args, dataclasses.asdict(source), _source_line(source))
    return 0


def cmd_suggest(lib: Library, args: argparse.Namespace) -> int:
    found = lib.catalog.suggest_tags(args.source_id)
    text = "countries: " + ", ".join(f"{s.code} ({s.score:g})" for s in found.countries)
    text += "\nrisks: " + ", ".join(f"{s.code} ({s.score:g})" for s in found.risks)
    emit(args, dataclasses.asdict(found), text)
    return 0


def cmd_search(lib: Library, args: argparse.Namespace) -> int:
    query = SearchQuery(
        text=args.query,
        countries=tuple(c.upper() for c in args.country),
        risks=tuple(args.risk),
        kinds=tuple(args.kind),
        languages=tuple(args.language),
        since=args.since or "",
        until=args.until or "",
        related=args.related,
        sort=args.sort,
        limit=args.limit,
        passages=args.limit,
    )
    result = lib.search(query)
    if result.error:
        print(f"search: {result.error}", file=sys.stderr)
        return 2
    if args.by_source:
        data: Any = [dataclasses.asdict(s) for s in result.sources]
        lines = []
        for s in result.sources:
            matched = plural(s.matched_pages, "page matches", "pages match")
            lines.append(f"{s.source_id:>5}  {s.title}  ({matched})")
            lines += [f"         p. {p.cite_label}: {p.snippet}" for p in s.pages]
    else:
        data = [dataclasses.asdict(p) for p in result.passages]
        lines = [f"{p.source_id:>5} p. {p.cite_label:<8} {p.score:6.2f}  {p.title[:50]}\n"
                 f"         {p.snippet}" for p in result.passages]
    emit(args, data, "\n".join(lines) or "no matches")
    return 0


def cmd_excerpt(lib: Library, args: argparse.Namespace) -> int:
    if args.excerpt_command == "add":
        excerpt = lib.excerpts.add_excerpt_by_quote(
            args.source_id, args.page_label, args.quote, note=args.note or "",
            countries=args.country or None, risks=args.risk or None,
            translation=args.translation or "", print_note=bool(args.print_note),
        )
        emit(args, dataclasses.asdict(excerpt),
              f"excerpt {excerpt.id}: p. {excerpt.cite_label} \u201c{excerpt.quote}\u201d")
    elif args.excerpt_command == "edit":
        lib.excerpts.edit_excerpt(args.excerpt_id, note=args.note, translation=args.translation,
                         print_note=args.print_note)
        excerpt = lib.excerpts.excerpt(args.excerpt_id)
        emit(args, dataclasses.asdict(excerpt),
             f"excerpt {excerpt.id}: p. {excerpt.cite_label} \u201c{excerpt.quote}\u201d"
             + (f"\n  English: \u201c{excerpt.translation}\u201d" if excerpt.translation else "")
             + ("\n  note printed in the packet" if excerpt.print_note else ""))
    else:
        excerpt = lib.excerpts.delete_excerpt(args.excerpt_id)
        emit(args, dataclasses.asdict(excerpt), f"deleted excerpt {excerpt.id}")
    return 0


def cmd_excerpts(lib: Library, args: argparse.Namespace) -> int:
    excerpts = lib.excerpts.excerpts(countries=args.country, risks=args.risk, source_id=args.source)
    lines = [f"{e.id:>5}  {e.source_title[:40]} p. {e.cite_label}: \u201c{e.quote[:80]}\u201d "
             f"{' '.join([*e.countries, *e.risks])}"
             + (f"\n         English: \u201c{e.translation[:80]}\u201d" if e.translation else "")
             for e in excerpts]
    emit(args, [dataclasses.asdict(e) for e in excerpts], "\n".join(lines) or "no excerpts")
    return 0


def cmd_taxonomy(lib: Library, args: argparse.Namespace) -> int:
    countries = [c for c in lib.taxonomy.countries() if c.aca_status or args.all]
    risks = lib.taxonomy.risk_types()
    lines = ["Countries:"] + [f"  {c.code}  {c.name_en} / {c.name_es}  {c.aca_status}"
                              for c in countries]
    lines += ["Risk types:"] + [f"  {r.slug:<32} {r.label_en} / {r.label_es}  [{r.legal_element}]"
                                + (" (hidden)" if r.hidden else "") for r in risks]
    emit(args, {"countries": [dataclasses.asdict(c) for c in countries],
                 "risk_types": [dataclasses.asdict(r) for r in risks]}, "\n".join(lines))
    return 0


def cmd_rebuild(lib: Library, args: argparse.Namespace) -> int:
    lib.index.rebuild_index(progress=TextProgress())
    emit(
        args,
        {"ok": True, **lib.catalog.stats()},
        "index rebuilt: " + json.dumps(lib.catalog.stats()),
    )
    return 0


def cmd_check(lib: Library, args: argparse.Namespace) -> int:
    report = lib.check(repair=args.repair, progress=TextProgress())
    lines = [f"{'OK' if report.ok else 'PROBLEMS'}: {report.sources} sources, {report.pages} "
             f"pages, {report.files_checked} files checked"]
    lines += [f"  {p.kind}: {p.detail}{' (repaired)' if p.repaired else ''}"
              for p in report.problems]
    emit(args, dataclasses.asdict(report), "\n".join(lines))
    return 0 if report.ok else 1


# ------------------------------------------------------------------- parser
def _translation_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--translation", metavar="TEXT",
                        help="English translation of the quote (printed under it in packets)")
    parser.add_argument("--print-note", action=argparse.BooleanOptionalAction, default=None,
                        help="print the note in packets (notes are private by default)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evidence-cli", description="Evidence Library",
        epilog="--library DIR and --json may come before or after the command.")
    add_top_options(parser)
    parser.add_argument("--version", action="version", version=__version__)
    # every verb's parser (and its sub-verbs') takes --json and --library too: cli_options
    sub = parser.add_subparsers(dest="command", required=True, parser_class=VerbParser)

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("import", cmd_import, "import files and folders")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--country", action="append", default=[], metavar="CC")
    p.add_argument("--risk", action="append", default=[], metavar="SLUG")
    p.add_argument("--password", default=None, help="password for encrypted PDFs")
    p.add_argument("--auto-tag", action="store_true",
                   help="kept for old scripts: a clear country is applied anyway, "
                        "risk types are labelled on passages")
    add("sources", cmd_sources, "list sources")
    p = add("show", cmd_show, "show one source")
    p.add_argument("source_id", type=record_id)
    p.add_argument("--pages", action="store_true", help="print page texts too")
    p = add("edit", cmd_edit, "correct a source's metadata")
    p.add_argument("source_id", type=record_id)
    for name in ("title", "publisher", "author", "published", "url", "accessed", "language",
                 "notes"):
        p.add_argument(f"--{name}")
    p.add_argument("--kind", choices=KINDS)
    p = add("tag", cmd_tag, "tag a source with countries and risk types, or accept the "
                            "suggested tags / clear the automatic ones of many")
    p.add_argument("source_ids", nargs="*", type=record_id, metavar="SOURCE_ID")
    p.add_argument("--accept-suggestions", action="store_true",
                   help="add the suggested countries and risk types as your tags")
    p.add_argument("--clear-auto", action="store_true",
                   help="remove the tags the app applied at import")
    p.add_argument("--all", action="store_true", help="every source (with the two above)")
    p.add_argument("--country", action="append", default=[], metavar="CC")
    p.add_argument("--risk", action="append", default=[], metavar="SLUG")
    p.add_argument("--remove-country", action="append", default=[], metavar="CC")
    p.add_argument("--remove-risk", action="append", default=[], metavar="SLUG")
    p = add("suggest", cmd_suggest, "suggest tags for a source")
    p.add_argument("source_id", type=record_id)
    p = add("search", cmd_search, "search passages")
    p.add_argument("query")
    p.add_argument("--country", action="append", default=[], metavar="CC")
    p.add_argument("--risk", action="append", default=[], metavar="SLUG")
    p.add_argument("--kind", action="append", default=[], choices=KINDS)
    p.add_argument("--language", action="append", default=[], metavar="LANG")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    p.add_argument("--related", action="store_true", help="also search related terms (en/es)")
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--limit", type=count, default=20)
    p.add_argument("--by-source", action="store_true", help="group results by source")
    p = add("excerpt", cmd_excerpt, "add, edit or delete an excerpt")
    esub = p.add_subparsers(dest="excerpt_command", required=True)
    e = esub.add_parser("add")
    e.add_argument("source_id", type=record_id)
    e.add_argument("page_label")
    e.add_argument("quote")
    e.add_argument("--note")
    e.add_argument("--country", action="append", default=[], metavar="CC")
    e.add_argument("--risk", action="append", default=[], metavar="SLUG")
    _translation_options(e)
    e = esub.add_parser("edit", help="change an excerpt's note, translation or note printing")
    e.add_argument("excerpt_id", type=int)
    e.add_argument("--note")
    _translation_options(e)
    e = esub.add_parser("delete")
    e.add_argument("excerpt_id", type=record_id)
    p = add("excerpts", cmd_excerpts, "list excerpts")
    p.add_argument("--country", action="append", default=[], metavar="CC")
    p.add_argument("--risk", action="append", default=[], metavar="SLUG")
    p.add_argument("--source", type=record_id, default=None)
    p = add("taxonomy", cmd_taxonomy, "list countries and risk types")
    p.add_argument("--all", action="store_true", help="every country, not only ACA-related")
    add("rebuild-index", cmd_rebuild, "rebuild the search index from the database")
    p = add("check", cmd_check, "verify files, database and index")
    p.add_argument("--repair", action="store_true", help="rebuild what can be rebuilt")
    register_case_commands(sub, add)
    register_agreement_commands(sub, add)
    register_label_commands(sub, add)
    register_maintenance_commands(sub, add)
    register_ocr_commands(sub, add)
    register_starter_commands(sub, add)
    register_translation_commands(sub, add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Names and texts from files are printed as text, never as terminal commands.
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = resolve_options(parser, parser.parse_args(argv))
    bad = undecodable_argument(args, paths=frozenset({"backup"}))
    if bad:
        print(f"evidence-cli: {bad}", file=sys.stderr)
        return 2
    folder = args.library or default_library_dir()
    try:
        # a bad table may show only in the middle of a verb
        with named_damage(Path(folder).expanduser() / DB_NAME), \
                Library.open(folder, progress=TextProgress()) as lib:
            return int(args.handler(lib, args))
    except DatabaseDamaged as exc:
        from .recovery import handle_damaged

        try:
            return handle_damaged(Path(folder).expanduser(), args, exc)
        except EvidenceError as inner:
            print(f"evidence-cli: {inner}", file=sys.stderr)
            return 2
    except EvidenceError as exc:
        print(f"evidence-cli: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        if not is_disk_full(exc):
            raise
        # e.g. a packet or bundle written outside the library, onto a full disk
        where = Path(exc.filename).parent if exc.filename else Path(folder)
        print(f"evidence-cli: {disk_full(where)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("evidence-cli: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
