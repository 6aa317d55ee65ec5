"""Plain sentences for the errors the case verbs raise (A-number, dates, pages, e-mail...).

Everything else goes to `describe_error`, so the general messages stay in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evidence_app import errors

from ..errors import describe_error

translate = QCoreApplication.translate


def a_number_message() -> str:
    return translate(
        "CaseErrors", "An A-number has 8 or 9 digits, for example A 012-345-678."
    )


def date_message() -> str:
    return translate("CaseErrors", "Write the date as YYYY-MM-DD, for example 2026-03-15.")


def email_message() -> str:
    return translate("CaseErrors", "Enter an e-mail address such as name@example.org.")


def pages_message() -> str:
    return translate(
        "CaseErrors",
        "Write page numbers and ranges separated by commas, for example 3-5, 9. Pages count "
        "from 1 to the last page of the source.",
    )


def describe_case_error(exc: BaseException) -> str:
    if isinstance(exc, errors.InvalidValue):
        field = exc.field
        if field == "a_number":
            return a_number_message()
        if field in ("hearing_date", "service_date"):
            return date_message()
        if field == "filer_email":
            return email_message()
        if field == "pages":
            return pages_message()
        if field == "case":
            return translate(
                "CaseErrors", "The case has no exhibits yet. Add sources or excerpts first."
            )
        if field == "excerpts":
            return translate("CaseErrors", "Select at least one excerpt.")
        if field == "out":
            return translate("CaseErrors", "Save the summary as a .pdf or a .csv file.")
    return describe_error(exc)
