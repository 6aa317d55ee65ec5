"""Dates in documents: PDF and ISO metadata dates, and dates written in English or Spanish
in a title or on the first page. A guess the user confirms; "" when nothing plausible."""

from __future__ import annotations

import calendar
import datetime as dt
import re

DATE_HEAD_CHARS = 1500
DATE_LINE_CHARS = 60  # a cover's date stands on a short line; prose mentions events

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            (),
            ("january", "jan", "enero"),
            ("february", "feb", "febrero"),
            ("march", "mar", "marzo"),
            ("april", "apr", "abril"),
            ("may", "mayo"),
            ("june", "jun", "junio"),
            ("july", "jul", "julio"),
            ("august", "aug", "agosto"),
            ("september", "sep", "sept", "septiembre", "setiembre"),
            ("october", "oct", "octubre"),
            ("november", "nov", "noviembre"),
            ("december", "dec", "diciembre"),
        )
    )
    for name in names
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"((?:19|20)\d\d)"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?{_YEAR}\b", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.IGNORECASE
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+(?:de\s+|of\s+)?{_YEAR}\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(rf"(?<![\d/.-]){_YEAR}(?![\d/.-]\d)")
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PDF_DATE = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def _iso(year: int, month: int = 0, day: int = 0) -> str:
    """ISO date, year-month or year; "" unless the parts make a plausible date."""
    if not 1900 <= year <= dt.date.today().year + 1:
        return ""
    if not month:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return f"{year:04d}"
    if not day:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_pdf_date(value: str) -> str:
    """'D:20161231184323+01'00'' -> '2016-12-31'; '' for junk like D:00000101."""
    match = _PDF_DATE.match(value or "")
    if not match:
        return ""
    year, month, day = (int(part) if part else 0 for part in match.groups())
    return _iso(year, month, day)


def parse_iso_date(value: str) -> str:
    """'2025-08-12T17:45:42+00:00' -> '2025-08-12'."""
    match = _ISO.match(value or "")
    if not match:
        return ""
    year, month, day = (int(part) if part else 0 for part in match.groups())
    return _iso(year, month, day)


def date_in_text(text: str, *, year_alone: bool = True) -> str:
    """The first full date, else month and year, else (if allowed) year in `text`."""
    found: list[tuple[int, str]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        day, month, year = match.groups()
        found.append((match.start(), _iso(int(year), _MONTHS[month.lower()], int(day))))
    for match in _MONTH_DAY_YEAR.finditer(text):
        month, day, year = match.groups()
        found.append((match.start(), _iso(int(year), _MONTHS[month.lower()], int(day))))
    dated = [(pos, iso) for pos, iso in found if iso]
    if dated:
        return min(dated)[1]
    for match in _MONTH_YEAR.finditer(text):
        month, year = match.groups()
        iso = _iso(int(year), _MONTHS[month.lower()])
        if iso:
            return iso
    if year_alone:
        for match in _YEAR_ONLY.finditer(text):
            iso = _iso(int(match.group(1)))
            if iso:
                return iso
    return ""


def date_on_short_line(text: str) -> str:
    """A full date or month and year standing on a short line near the top."""
    for line in text[:DATE_HEAD_CHARS].splitlines():
        if len(line.strip()) <= DATE_LINE_CHARS:
            found = date_in_text(line, year_alone=False)
            if found:
                return found
    return ""
