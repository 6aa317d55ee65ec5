"""Translated words for agreement records and the screen: fact names, statuses, findings,
and a source as one line of HTML. Shared by the agreement page and the case's screen."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from evidence_app.model.agreements import Agreement, FactSource

from ..i18n import current_language

translate = QCoreApplication.translate


def not_advice() -> str:
    return translate(
        "Agreements",
        "These records summarise what public sources say about each agreement, each fact "
        "with its source and date. They are not legal advice: check the sources before "
        "relying on them, and tell the court where a fact comes from.")


def fact_label(name: str) -> str:
    labels = {
        "status": translate("Agreements", "Status"),
        "signed": translate("Agreements", "Signed"),
        "in_force": translate("Agreements", "In force"),
        "suspended": translate("Agreements", "Suspended"),
        "federal_register": translate("Agreements", "Federal Register"),
        "transferable": translate("Agreements", "Who may be transferred"),
        "excluded_nationalities": translate("Agreements", "Nationalities excluded"),
        "excludes_unaccompanied_children": translate("Agreements", "Unaccompanied children"),
        "excludes_criminal_records": translate("Agreements", "People with criminal records"),
        "entry_date_rule": translate("Agreements", "Date of entry"),
        "cap": translate("Agreements", "Numerical cap"),
        "discretion": translate("Agreements", "Receiving country's discretion"),
        "note": translate("Agreements", "Note"),
    }
    return labels.get(name, name)


def status_label(value: str) -> str:
    labels = {
        "in_force": translate("Agreements", "in force"),
        "signed": translate("Agreements", "signed"),
        "not_implemented": translate("Agreements", "not implemented"),
        "not_invoked": translate("Agreements", "not invoked by DHS"),
        "suspended": translate("Agreements", "suspended"),
        "unknown": translate("Agreements", "unknown"),
    }
    return labels.get(value, value)


def origin_label(agreement: Agreement) -> str:
    if agreement.user_edited:
        return translate("Agreements", "Edited by you")
    return {
        "shipped": translate("Agreements", "As shipped with the app"),
        "bundle": translate("Agreements", "From a library bundle"),
        "user": translate("Agreements", "Edited by you"),
    }.get(agreement.origin, agreement.origin)


def finding_label(kind: str) -> str:
    labels = {
        "no_agreement": translate("Agreements", "No agreement record"),
        "status": translate("Agreements", "Status of the agreement"),
        "own_national": translate("Agreements", "National of the country itself"),
        "nationality_excluded": translate("Agreements", "Nationality excluded"),
        "nationality_not_covered": translate("Agreements", "Nationality not covered"),
        "nationality_covered": translate("Agreements", "Nationality covered"),
        "nationality_preference": translate("Agreements", "Stated preference for nationalities"),
        "coverage_unknown": translate("Agreements", "Who is covered is unclear"),
        "unaccompanied_child": translate("Agreements", "Unaccompanied children"),
        "criminal_records": translate("Agreements", "Criminal records"),
        "entry_before_rule": translate("Agreements", "Date of entry"),
        "cap": translate("Agreements", "Numerical cap"),
        "discretion": translate("Agreements", "Receiving country may refuse"),
    }
    return labels.get(kind, kind)


def outcome_label(outcome: str) -> str:
    return {
        "outside": translate("Agreements", "May put the respondent outside the agreement"),
        "check": translate("Agreements", "Check"),
        "within": translate("Agreements", "Term recorded"),
    }.get(outcome, outcome)


OUTCOME_COLOURS = {"outside": "#b00020", "check": "#8a5a00", "within": "#2e6b30"}


def agreement_name(agreement: Agreement) -> str:
    if current_language() == "es" and agreement.name_es:
        return agreement.name_es
    return agreement.name_en


def source_html(source: FactSource | None) -> str:
    if source is None:
        return escape(translate("Agreements", "Source: none in the record"))
    kind = (translate("Agreements", "official text") if source.official
            else translate("Agreements", "report about it"))
    date = source.date if source.date and source.date != "unknown" else translate(
        "Agreements", "date unknown")
    parts = [f"<i>{escape(source.title)}</i>", escape(source.publisher), escape(date)]
    if source.url and source.url != "unknown":
        parts.append(escape(source.url))
    text = ", ".join(p for p in parts if p)
    return escape(translate("Agreements", "Source ({kind}):").format(kind=kind)) + " " + text
