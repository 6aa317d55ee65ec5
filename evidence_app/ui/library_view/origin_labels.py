"""Translated phrases for where a citation field came from and why a citation is weak
(the codes of evidence_app/citing/origins.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def origin_label(code: str) -> str:
    labels = {
        "user": translate("Origins", "set by you"),
        "jsonld": translate("Origins", "from the page's JSON-LD"),
        "page_meta": translate("Origins", "from the page's meta tags"),
        "saved_page": translate("Origins", "from the saved page"),
        "page_title": translate("Origins", "from the page's title"),
        "text": translate("Origins", "from the text of the first pages"),
        "report_year": translate(
            "Origins", "from the report's year (published the following year)"
        ),
        "known_publisher": translate("Origins", "from a known publisher's name or web address"),
        "pdf_metadata": translate("Origins", "from the PDF's metadata"),
        "file_metadata": translate("Origins", "from the file's properties"),
        "file_name": translate("Origins", "from the file name"),
        "bundle": translate("Origins", "from a shared library bundle"),
    }
    return labels.get(code, "")


def gap_label(code: str) -> str:
    labels = {
        "no_title": translate("Origins", "no title"),
        "title_from_file_name": translate("Origins", "title made from the file name"),
        "no_date": translate("Origins", "no date"),
        "date_from_file": translate(
            "Origins", "date taken from the file's metadata, not from the document"
        ),
        "date_from_file_name": translate("Origins", "date taken from the file name"),
        "no_publisher": translate("Origins", "no publisher or author"),
        "visited_is_import_date": translate(
            "Origins", "web page: “last visited” would be the import date"
        ),
    }
    return labels.get(code, code)
