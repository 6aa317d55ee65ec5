"""Validating what the user types into a case: A-numbers, dates, page ranges."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..errors import InvalidValue
from ..model.cases import CASE_FIELDS, DEFAULT_PACKET_TITLE, FILER_KINDS

_A_NUMBER = re.compile(r"^\s*A?\s*[-#:.]?\s*([\d][\d\s.-]*)$", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RANGE = re.compile(r"^\s*(\d+)\s*(?:[-\u2013]\s*(\d+))?\s*$")
_DATE_FIELDS = ("hearing_date", "service_date", "entry_date")


def normalise_a_number(value: str) -> str:
    """Digits of an A-number ("A 123-456-789", "A#12345678", "123456789"); "" stays ""."""
    if not value.strip():
        return ""
    match = _A_NUMBER.match(value)
    digits = re.sub(r"\D", "", match.group(1)) if match else ""
    if len(digits) not in (8, 9):
        raise InvalidValue("a_number", "(hidden)", "an A-number has 8 or 9 digits")
    return digits


def parse_page_ranges(text: str, page_count: int) -> list[int]:
    """"3-5,9" -> [3, 4, 5, 9]; pages are positions in the source, 1-based."""
    pages: list[int] = []
    for piece in text.split(","):
        if not piece.strip():
            continue
        match = _RANGE.match(piece)
        if not match:
            raise InvalidValue("pages", text, "use page numbers and ranges like 3-5,9")
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if first < 1 or last < first or (page_count and last > page_count):
            raise InvalidValue("pages", text, f"pages run from 1 to {page_count}")
        pages += range(first, last + 1)
    if not pages:
        raise InvalidValue("pages", text, "no page given")
    return sorted(set(pages))


def format_page_ranges(pages: Iterable[int]) -> str:
    ordered = sorted(set(pages))
    out: list[str] = []
    start = prev = None
    for page in [*ordered, None]:
        if page is not None and prev is not None and page == prev + 1:
            prev = page
            continue
        if start is not None:
            out.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = page
    return ",".join(out)


def clean_text(value: Any) -> str:
    text = str(value)
    # lone surrogates (undecodable command-line bytes) cannot be stored: drop them too
    return "".join(
        ch for ch in text
        if ch in "\n\t" or ch >= " " and ch != "\x7f" and not "\ud800" <= ch <= "\udfff"
    ).strip()


def clean_case_fields(fields: dict[str, Any]) -> dict[str, str]:
    """Validated, cleaned values of case fields; errors never echo a name or A-number."""
    unknown = set(fields) - set(CASE_FIELDS)
    if unknown:
        raise InvalidValue("field", sorted(unknown), "not a case field")
    clean = {k: clean_text(v) for k, v in fields.items()
             if v is not None and k != "unaccompanied"}
    if fields.get("unaccompanied") is not None:
        clean["unaccompanied"] = "1" if fields["unaccompanied"] in (True, 1, "1") else "0"
    if clean.get("nationality"):
        clean["nationality"] = clean["nationality"].upper()
    if "a_number" in clean:
        clean["a_number"] = normalise_a_number(clean["a_number"])
    for key in _DATE_FIELDS:
        if clean.get(key):
            try:
                date.fromisoformat(clean[key])
            except ValueError:
                raise InvalidValue(key, clean[key], "use YYYY-MM-DD") from None
            if not _ISO_DAY.match(clean[key]):
                raise InvalidValue(key, clean[key], "use YYYY-MM-DD")
    if "filer_kind" in clean and clean["filer_kind"] not in FILER_KINDS:
        raise InvalidValue("filer_kind", clean["filer_kind"], "pro_se or representative")
    if clean.get("filer_email") and "@" not in clean["filer_email"]:
        raise InvalidValue("filer_email", "(hidden)", "not an e-mail address")
    if "packet_title" in clean and not clean["packet_title"]:
        clean["packet_title"] = DEFAULT_PACKET_TITLE
    return clean
