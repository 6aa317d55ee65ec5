"""Command-line verbs for cases, packets, summaries, citations and coverage."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..citing.origins import describe_gaps
from ..errors import TranslationMissing
from ..model.cases import COVER_FIELD_NAMES, Case, Exhibit, missing_cover_fields
from .agreements import register_screen
from .legal_index import register_packet_verbs
from .output import TextProgress, count, emit, plural, record_id
from .translations import missing_translation_message, report_missing

if TYPE_CHECKING:
    from ..library.facade import Library

# option name -> case field
_CASE_OPTIONS = {
    "name": "applicant_name",
    "a_number": "a_number",
    "court": "court_location",
    "judge": "judge",
    "hearing_date": "hearing_date",
    "hearing_type": "hearing_type",
    "filer_kind": "filer_kind",
    "filer_name": "filer_name",
    "filer_address": "filer_address",
    "filer_phone": "filer_phone",
    "filer_email": "filer_email",
    "filer_eoir_id": "filer_eoir_id",
    "translator_name": "translator_name",
    "translator_address": "translator_address",
    "translator_phone": "translator_phone",
    "service_on": "service_on",
    "service_method": "service_method",
    "service_date": "service_date",
    "title": "packet_title",
    "notes": "notes",
    "nationality": "nationality",
    "entry_date": "entry_date",
}








def _case_text(case: Case) -> str:
    lines = [f"case {case.id}: {case.applicant_name or '(no name)'}"]
    for field in ("a_number_display", "court_location", "judge", "hearing_date", "hearing_type",
                  "filer_kind", "filer_name", "filer_address", "filer_phone", "filer_email",
                  "filer_eoir_id", "translator_name", "translator_address", "translator_phone",
                  "service_on", "service_method", "service_date", "packet_title", "notes",
                  "nationality", "entry_date"):
        value = getattr(case, field)
        if value:
            lines.append(f"  {field.replace('_display', '')}: {value}")
    if case.unaccompanied:
        lines.append("  arrived as an unaccompanied child: yes")
    lines.append(f"  countries: {' '.join(case.countries) or '-'}")
    return "\n".join(lines)


def _exhibit_line(e: Exhibit) -> str:
    what = {"whole": "whole source", "pages": f"pages {e.page_ranges}",
            "excerpts": "excerpts"}[e.scope]
    count = len(e.excerpt_ids)
    excerpts = f", {count} excerpt{'s' if count != 1 else ''}" if count else ""
    return f"  Tab {e.label:<3} (exhibit {e.id}) source {e.source_id}: {e.source_title[:60]} " \
           f"[{what}{excerpts}]"


def _case_fields(args: argparse.Namespace) -> dict[str, Any]:
    fields = {field: getattr(args, option) for option, field in _CASE_OPTIONS.items()
              if getattr(args, option) is not None}
    if args.unaccompanied is not None:
        fields["unaccompanied"] = args.unaccompanied
    return fields


# ------------------------------------------------------------------- handlers
def cmd_case(lib: Library, args: argparse.Namespace) -> int:
    command = args.case_command
    if command == "new":
        case = lib.cases.new_case(countries=args.country, **_case_fields(args))
        emit(args, case, _case_text(case))
    elif command == "edit":
        countries = args.country if args.country else None
        lib.cases.edit_case(args.case_id, countries=countries, **_case_fields(args))
        case = lib.cases.case(args.case_id)
        emit(args, case, _case_text(case))
    elif command == "show":
        case = lib.cases.case(args.case_id)
        exhibits = lib.cases.exhibits(args.case_id)
        warnings = lib.cases.currency_warnings(args.case_id, years=args.years)
        text = _case_text(case) + "\nexhibits:\n" + (
            "\n".join(_exhibit_line(e) for e in exhibits) or "  none")
        for w in warnings:
            text += (f"\n  ! Tab {w.label}: source published {w.published}, "
                     f"{w.age_years} years old")
            if w.newer_source_id:
                text += f"; newer: source {w.newer_source_id} {w.newer_title} ({w.newer_published})"
        emit(args, {"case": case, "exhibits": exhibits, "currency_warnings": warnings}, text)
    elif command == "list":
        cases = lib.cases.cases()
        lines = [f"{c.id:>4}  {c.applicant_name or '(no name)'}  {c.a_number_display}  "
                 f"{' '.join(c.countries)}  {c.hearing_date}" for c in cases]
        emit(args, cases, "\n".join(lines) or "no cases yet")
    elif command == "delete":
        lib.cases.delete_case(args.case_id)
        emit(args, {"deleted": args.case_id}, f"deleted case {args.case_id}")
    elif command == "add-exhibit":
        exhibit = lib.cases.add_exhibit(args.case_id, args.source_id, pages=args.pages,
                                  lettered=args.letter)
        emit(args, exhibit, _exhibit_line(exhibit).strip())
    elif command == "add-excerpt":
        exhibits = lib.cases.add_excerpts_exhibit(
            args.case_id, args.excerpt_ids, lettered=args.letter
        )
        emit(args, exhibits, "\n".join(_exhibit_line(e).strip() for e in exhibits))
    elif command == "move-exhibit":
        lib.cases.move_exhibit(args.exhibit_id, args.position)
        exhibit = lib.cases.exhibit(args.exhibit_id)
        emit(args, exhibit, _exhibit_line(exhibit).strip())
    elif command == "remove-exhibit":
        lib.cases.remove_exhibit(args.exhibit_id)
        emit(args, {"removed": args.exhibit_id}, f"removed exhibit {args.exhibit_id}")
    return 0


def _print_citation_checks(lib: Library, case_id: int) -> None:
    """Exhibits whose citation is still a guess, before the build (on stderr, so --json
    output stays one document)."""
    checks = lib.cases.citation_checks(case_id)
    if not checks:
        return
    print(f"{len(checks)} exhibit(s) with a citation to check "
          "(correct them with `edit SOURCE_ID`):", file=sys.stderr)
    for check in checks:
        print(f"  Tab {check.label} (source {check.source_id}, {check.title[:60]}): "
              f"{describe_gaps(check.gaps)}", file=sys.stderr)


def cmd_packet(lib: Library, args: argparse.Namespace) -> int:
    missing = missing_cover_fields(lib.cases.case(args.case_id))
    if missing and not args.allow_blank_cover:
        names = ", ".join(COVER_FIELD_NAMES[key] for key in missing)
        print(f"evidence-cli packet build: case {args.case_id} has no {names} for the cover "
              f"page; fill them in (evidence-cli case edit) or pass --allow-blank-cover",
              file=sys.stderr)
        return 2
    if args.numbering:
        lib.cases.set_exhibit_numbering(args.case_id, args.numbering)
    _print_citation_checks(lib, args.case_id)
    cancel = threading.Event()
    if args.translations_to_follow:
        report_missing(lib, args.case_id)
    try:
        result = lib.packets.build_packet(
            args.case_id, args.out,
            max_bytes=int(args.max_mb * 1_000_000) if args.max_mb else None,
            service=args.service, translations=args.translations,
            translations_to_follow=args.translations_to_follow,
            legal_index=args.legal_index, progress=TextProgress(), cancel=cancel,
        )
    except TranslationMissing as exc:
        print(missing_translation_message(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        cancel.set()
        raise
    lines = [f"{p.path}: pages {p.first_page}-{p.last_page}, {p.size / 1e6:.2f} MB"
             for p in result.parts]
    lines.append(f"{plural(result.total_pages, 'page')}, {plural(len(result.index), 'exhibit')}, "
                 f"{plural(result.highlights, 'highlight')}")
    lines += [f"Tab {r.label:<3} pages {r.pages:<10} part {r.part_label}" for r in result.index]
    if result.legal_index_pages:
        first, last = result.legal_index_pages
        lines.append(f"index by legal element: pages {first}-{last}")
    lines += [f"warning: {w}" for w in result.warnings]
    emit(args, result, "\n".join(lines))
    # ECAS refuses a file over the limit: say so in the exit status, not only in words.
    over = args.max_mb and any(p.size > args.max_mb * 1_000_000 for p in result.parts)
    return 1 if over else 0


def cmd_summary(lib: Library, args: argparse.Namespace) -> int:
    result = lib.packets.evidence_summary(args.case_id, args.out, compute_layout=not args.no_layout)
    emit(args, result, f"{result.path}: {plural(len(result.rows), 'row')}. {result.note}")
    return 0


def cmd_citations(lib: Library, args: argparse.Namespace) -> int:
    text = lib.cases.citations(args.case_id, args.format)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
        if args.json:  # the file is the output; --json says where it went
            emit(args, {"path": str(args.out), "format": args.format}, "")
    elif args.json and args.format == "text":  # one citation a line -> a list of them
        emit(args, text.splitlines(), text)
    else:
        print(text)  # CSL-JSON is JSON already
    return 0


def cmd_coverage(lib: Library, args: argparse.Namespace) -> int:
    matrix = lib.cases.coverage(args.case_id, args.scope)
    if args.json:
        data = {
            "scope": matrix.scope,
            "countries": list(matrix.countries),
            "elements": [slug for slug, _ in matrix.elements],
            "counts": {c: {e: matrix.count(c, e) for e, _ in matrix.elements}
                       for c in matrix.countries},
            "untagged": matrix.untagged,
            "gaps": [list(g) for g in matrix.gaps()],
        }
        print(json.dumps(data, indent=2))
        return 0
    slugs = [slug for slug, _ in matrix.elements]
    width = max([len(s) for s in slugs] + [7])
    lines = [f"{'':<4}" + "".join(f"{c:>5}" for c in matrix.countries)]
    for slug in slugs:
        lines.append(f"{slug:<{width}}"[:width] + "".join(
            f"{matrix.count(c, slug):>5}" for c in matrix.countries))
    lines[0] = f"{'':<{width}}" + lines[0][4:]
    lines.append(f"{'(none)':<{width}}" + "".join(
        f"{matrix.untagged.get(c, 0):>5}" for c in matrix.countries))
    gaps = matrix.gaps()
    lines.append(f"{plural(len(gaps), 'gap')} ({matrix.scope} excerpts)")
    print("\n".join(lines))
    return 0


# ------------------------------------------------------------------- parser
def _case_options(p: argparse.ArgumentParser) -> None:
    for option in _CASE_OPTIONS:
        if option in ("nationality", "entry_date"):
            p.add_argument("--" + option.replace("_", "-"), dest=option,
                           metavar="CC" if option == "nationality" else "YYYY-MM-DD",
                           help="the respondent's " + option.replace("_", " ")
                           + " (private, for the screen)")
        elif option == "filer_kind":
            p.add_argument("--filer-kind", dest=option, choices=("pro_se", "representative"))
        else:
            p.add_argument("--" + option.replace("_", "-"), dest=option)
    p.add_argument("--country", action="append", default=[], metavar="CC",
                   help="ACA country DHS names (repeat); on edit, replaces the list")
    p.add_argument("--unaccompanied", action=argparse.BooleanOptionalAction, default=None,
                   help="the respondent arrived as an unaccompanied child")


def register(sub: Any, add: Any) -> None:
    """Add case commands to the `evidence-cli` parser. `add(name, handler, help)` -> subparser."""
    del sub
    p = add("case", cmd_case, "cases and their exhibits (private data, stays local)")
    csub = p.add_subparsers(dest="case_command", required=True)
    c = csub.add_parser("new", help="create a case")
    _case_options(c)
    c = csub.add_parser("edit", help="change a case")
    c.add_argument("case_id", type=record_id)
    _case_options(c)
    c = csub.add_parser("show", help="a case, its exhibits and currency warnings")
    c.add_argument("case_id", type=record_id)
    c.add_argument("--years", type=count, default=3, help="flag sources older than this")
    csub.add_parser("list", help="list cases")
    c = csub.add_parser("delete", help="delete a case and its exhibits")
    c.add_argument("case_id", type=record_id)
    register_screen(csub)
    c = csub.add_parser("add-exhibit", help="add a whole source or some of its pages")
    c.add_argument("case_id", type=record_id)
    c.add_argument("source_id", type=record_id)
    c.add_argument("--pages", help="page positions, e.g. 3-5,9")
    c.add_argument("--letter", action="store_true", help="applicant-specific (tab A, B, …)")
    c = csub.add_parser("add-excerpt", help="add excerpts (grouped by source into exhibits)")
    c.add_argument("case_id", type=record_id)
    c.add_argument("excerpt_ids", type=record_id, nargs="+")
    c.add_argument("--letter", action="store_true", help="applicant-specific (tab A, B, …)")
    c = csub.add_parser("move-exhibit", help="move an exhibit to a position (1 = first)")
    c.add_argument("exhibit_id", type=record_id)
    c.add_argument("position", type=record_id)
    c = csub.add_parser("remove-exhibit", help="remove an exhibit from its case")
    c.add_argument("exhibit_id", type=record_id)

    p = add("packet", cmd_packet, "build the court packet PDF of a case")
    psub = p.add_subparsers(dest="packet_command", required=True)
    b = psub.add_parser("build", help="build the packet")
    b.add_argument("case_id", type=record_id)
    b.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    b.add_argument("--max-mb", type=float, default=25.0,
                   help="split into _PartN files of at most this many MB (1 MB = 1,000,000 "
                        "bytes, as ECAS counts; 0: never); exit status 1 when a part is over")
    b.add_argument("--service", action="store_true", help="add a certificate of service")
    b.add_argument("--allow-blank-cover", action="store_true",
                   help="build even when the case has no name, A-number or court for the cover")
    b.add_argument("--translations", action=argparse.BooleanOptionalAction, default=True,
                   help="certificate of translation after each translated exhibit")
    b.add_argument("--translations-to-follow", action="store_true",
                   help="build even when exhibits not in English have no English translation; "
                        "the index marks them \"translation to follow\"")
    b.add_argument("--legal-index", action=argparse.BooleanOptionalAction, default=None,
                   help="index of the evidence by legal element after the index of exhibits "
                        "(default: when some excerpt is tagged with a legal element)")
    b.add_argument("--numbering", choices=("convention", "sequential"),
                   help="convention: the respondent's own documents (case add-exhibit "
                        "--letter) lettered A, B, C, country conditions numbered 1, 2, 3; "
                        "sequential: every exhibit numbered. Saved with the case")
    register_packet_verbs(psub)

    p = add("summary", cmd_summary, "evidence summary of a case (PDF or CSV)")
    p.add_argument("case_id", type=record_id)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    p.add_argument("--no-layout", action="store_true",
                   help="leave packet pages blank instead of laying the packet out")

    p = add("citations", cmd_citations, "citation list of a case")
    p.add_argument("case_id", type=record_id)
    p.add_argument("--format", choices=("csl-json", "text"), default="csl-json")
    p.add_argument("--out", type=Path, default=None)

    p = add("coverage", cmd_coverage, "countries x legal elements: excerpt counts and gaps")
    p.add_argument("case_id", type=record_id)
    p.add_argument("--scope", choices=("case", "library"), default="case")
