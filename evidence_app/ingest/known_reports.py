"""Series whose citation conventions the importer knows.

The U.S. State Department's Country Reports on Human Rights Practices are named by the
year they report on and published early the following year: "2022 Country Reports on
Human Rights Practices: Honduras" came out on Feb. 22, 2023, and is cited by that
publication ("U.S. Dep't of State, … (2023)"), not by its reporting year.
"""

from __future__ import annotations

import dataclasses
import re

from evidence_app.model import ExtractedDocument

STATE_DEPARTMENT = "U.S. Department of State"
HRR_TITLE = "Country Reports on Human Rights Practices"
_HRR = re.compile(
    r"\b((?:19|20)\d\d) Country Reports? on Human Rights Practices\b"
    r"|\bCountry Reports? on Human Rights Practices (?:for )?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# File names such as statedept_hrr_2021_guatemala.txt or state-dept-hrr-2022-el-salvador.pdf
_HRR_FILE = re.compile(
    r"^(?:u\.?s\.?[ _-]?)?(?:state[ _-]?dep(?:artmen)?t|dos)[ _-]+"
    r"(?:hrr|human[ _-]rights[ _-]report)"
    r"[ _-]+((?:19|20)\d\d)[ _-]+([a-z][a-z _-]*)$",
    re.IGNORECASE,
)


def report_year(title: str) -> int | None:
    match = _HRR.search(title)
    if not match:
        return None
    return int(match.group(1) or match.group(2))


def apply(document: ExtractedDocument) -> ExtractedDocument:
    """A Country Report gets its publisher and its publication year, unless the page
    itself states a publication date in the following year (JSON-LD datePublished)."""
    year = report_year(document.title)
    if year is None:
        return document
    origins = dict(document.origins)
    changes: dict[str, object] = {}
    if document.publisher != STATE_DEPARTMENT:
        changes["publisher"] = STATE_DEPARTMENT
        origins["publisher"] = "known_publisher"
    changes["kind"] = "government_report"
    if document.published[:4] != str(year + 1):
        changes["published"] = str(year + 1)
        origins["published"] = "report_year"
    changes["origins"] = tuple(sorted(origins.items()))
    return dataclasses.replace(document, **changes)  # type: ignore[arg-type]


def from_file_name(words: str) -> dict[str, str]:
    """Citation fields a known file-naming scheme gives ("statedept hrr 2021 guatemala"),
    or {} for any other name. Still guesses: the caller marks them as from the file name."""
    match = _HRR_FILE.match(words.strip())
    if not match:
        return {}
    year = int(match.group(1))
    country = " ".join(part.capitalize() for part in re.split(r"[ _-]+", match.group(2)) if part)
    return {
        "title": f"{year} {HRR_TITLE}: {country}",
        "publisher": STATE_DEPARTMENT,
        "published": str(year + 1),
        "kind": "government_report",
    }
