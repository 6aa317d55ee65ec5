"""Command-line verbs for agreement records (`agreements`, `agreements show ID`) and the
screen of a case (`case screen CASE_ID`). The facts are shown with their sources and dates;
they are not legal advice."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..agreements.data import agreement_to_dict
from ..model.agreements import Agreement, AgreementFact, CaseScreen, FactSource
from .output import emit, record_id

if TYPE_CHECKING:
    from ..library.facade import Library

NOT_ADVICE = ("These records summarise public sources, each shown with its date; they are "
              "not legal advice. Check each source before relying on it.")
_LABELS = {
    "status": "status", "signed": "signed", "in_force": "in force", "suspended": "suspended",
    "federal_register": "Federal Register", "transferable": "who may be transferred",
    "excluded_nationalities": "excluded nationalities",
    "excludes_unaccompanied_children": "unaccompanied children",
    "excludes_criminal_records": "criminal records", "entry_date_rule": "entry-date rule",
    "cap": "cap", "discretion": "receiving country's discretion", "note": "note",
}


def source_line(source: FactSource | None) -> str:
    if source is None:
        return "source: none in the record"
    kind = "official text" if source.official else "report"
    parts = [source.title, source.publisher, source.date or "date unknown"]
    if source.url and source.url != "unknown":
        parts.append(source.url)
    return f"source ({kind}): " + ", ".join(p for p in parts if p)


def _fact_text(agreement: Agreement, name: str, fact: AgreementFact) -> list[str]:
    label = _LABELS.get(name, name)
    if not fact.known:
        return [f"  {label}: unknown"]
    return [f"  {label}: {fact.words}", f"      {source_line(agreement.source(fact.source))}"]


def agreement_text(a: Agreement) -> str:
    edited = ", edited by you" if a.user_edited else ""
    lines = [f"{a.id}  {a.name_en}  [{a.status.value} as of {a.status.as_of}; "
             f"record from {a.origin}{edited}]"]
    for name, fact in a.facts():
        lines += _fact_text(a, name, fact)
    lines.append(NOT_ADVICE)
    return "\n".join(lines)


def agreement_json(a: Agreement) -> dict[str, Any]:
    return {**agreement_to_dict(a), "origin": a.origin, "user_edited": a.user_edited,
            "updated_at": a.updated_at}


def cmd_agreements(lib: Library, args: argparse.Namespace) -> int:
    if getattr(args, "agreements_command", None) == "show":
        agreement = lib.agreements.agreement(args.agreement_id)
        emit(args, agreement_json(agreement), agreement_text(agreement))
        return 0
    records = lib.agreements.agreements(args.country or "")
    lines = [f"{a.id:<8} {a.country}  {a.status.value:<16} as of {a.status.as_of:<10}  "
             f"{a.name_en}" + (" (edited)" if a.user_edited else "") for a in records]
    emit(args, [agreement_json(a) for a in records],
         "\n".join(lines + [NOT_ADVICE]) if lines else "no agreement records")
    return 0


def screen_text(screen: CaseScreen) -> str:
    lines = [f"screen of case {screen.case_id}: nationality {screen.nationality or 'unknown'}, "
             f"entry {screen.entry_date or 'unknown'}, "
             f"unaccompanied child: {'yes' if screen.unaccompanied else 'no'}"]
    if screen.missing:
        lines.append(f"  ! the case does not give: {', '.join(screen.missing)}")
    marks = {"outside": "OUTSIDE", "check": "check", "within": "within"}
    for country in screen.countries:
        lines.append(f"{country.country}:")
        for a in country.agreements:
            lines.append(f"  agreement {a.id}: {a.status.value} as of {a.status.as_of}")
        for f in country.findings:
            lines.append(f"  [{marks[f.outcome]}] {f.kind}: {f.words}"
                         + (f" ({f.detail})" if f.detail else ""))
            lines.append(f"      {source_line(f.source)}")
        if country.agreement_exhibits:
            lines.append(f"  exhibits about the agreement: Tab "
                         f"{', '.join(country.agreement_exhibits)}")
        lines.append("  evidence per legal element (case excerpts + agreement terms / library):")
        for slug, _label in screen.elements:
            n = country.evidence(slug)
            lines.append(f"    {slug:<26} {n:>3} / {country.library_counts.get(slug, 0):>3}"
                         + ("   gap" if not n else ""))
    lines.append(NOT_ADVICE)
    return "\n".join(lines)


def cmd_case_screen(lib: Library, args: argparse.Namespace) -> int:
    screen = lib.agreements.screen_case(args.case_id)
    emit(args, screen, screen_text(screen))
    return 0


def _json_option(p: argparse.ArgumentParser) -> None:
    # also after the verb; SUPPRESS keeps a global --json from being reset to False
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help="machine-readable output")


def register(sub: Any, add: Any) -> None:
    del sub
    p = add("agreements", cmd_agreements,
            "agreement records (ACAs): terms with their sources; not legal advice")
    _json_option(p)
    p.add_argument("--country", metavar="CC", help="only this country's agreements")
    asub = p.add_subparsers(dest="agreements_command")
    s = asub.add_parser("show", help="one agreement with every fact and its source")
    s.add_argument("agreement_id")
    _json_option(s)


def register_screen(csub: Any) -> None:
    """`case screen CASE_ID`: added to the case subcommands by cli_cases.register."""
    c = csub.add_parser("screen", help="screen the case against the agreements of the "
                                       "countries DHS names")
    c.add_argument("case_id", type=record_id)
    _json_option(c)
    c.set_defaults(handler=cmd_case_screen)
