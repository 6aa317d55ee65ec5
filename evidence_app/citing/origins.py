"""Where a citation field of a source came from, and which citations are still weak.

An importer records, for each field it fills (title, publisher, author, published, url,
accessed), where the value came from; an edit by the user records "user". The metadata
editor shows the origin next to the field, and a packet build lists the exhibits whose
citation rests on weak guesses (a title made from the file name, a date from the file's
metadata) or lacks a part (no date, no publisher or author).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import PurePath

from ..model import Source
from .citation import is_web_page

# Origin codes, most trusted first, with the English phrase the CLI prints; the GUI has
# its own translated phrases for the same codes (ui/origin_labels.py).
ORIGINS: dict[str, str] = {
    "user": "set by you",
    "jsonld": "from the page's JSON-LD",
    "page_meta": "from the page's meta tags",
    "saved_page": "from the saved page",
    "page_title": "from the page's title",
    "text": "from the text of the first pages",
    "report_year": "from the report's year (published the following year)",
    "known_publisher": "from a known publisher's name or web address",
    "pdf_metadata": "from the PDF's metadata",
    "file_metadata": "from the file's properties",
    "file_name": "from the file name",
    "bundle": "from a shared library bundle",
}
CITATION_FIELDS = ("title", "publisher", "author", "published", "url", "accessed")
# Origins that are guesses a court would not accept unchecked, per field.
WEAK_ORIGINS: dict[str, frozenset[str]] = {
    "title": frozenset({"file_name"}),
    "published": frozenset({"pdf_metadata", "file_metadata", "file_name"}),
}


def describe_origin(code: str) -> str:
    return ORIGINS.get(code, "")


def dumps(origins: Mapping[str, str]) -> str:
    return json.dumps({k: v for k, v in sorted(origins.items()) if v}, sort_keys=True)


def loads(text: str | None) -> tuple[tuple[str, str], ...]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    return tuple(sorted((str(k), str(v)) for k, v in data.items()))


def origin_of(source: Source, field: str) -> str:
    return dict(source.origins).get(field, "")


# Gap codes, with the English phrase the CLI prints (ui/origin_labels.py translates).
GAPS: dict[str, str] = {
    "no_title": "no title",
    "title_from_file_name": "title made from the file name",
    "no_date": "no date",
    "date_from_file": "date taken from the file's metadata, not from the document",
    "date_from_file_name": "date taken from the file name",
    "no_publisher": "no publisher or author",
    "visited_is_import_date": "web page: 'last visited' would be the import date",
}


def citation_gaps(source: Source) -> tuple[str, ...]:
    """Why this source's citation is still a guess or incomplete; () when it is sound."""
    gaps: list[str] = []
    origins = dict(source.origins)
    title_origin = origins.get("title", "")
    if not source.title.strip():
        gaps.append("no_title")
    elif title_origin == "file_name" or (not title_origin and _is_file_name(source)):
        # Sources imported before origins were kept: a title equal to the file name's words.
        gaps.append("title_from_file_name")
    date_origin = origins.get("published", "")
    if not source.published.strip():
        gaps.append("no_date")
    elif date_origin in ("pdf_metadata", "file_metadata"):
        gaps.append("date_from_file")
    elif date_origin == "file_name":
        gaps.append("date_from_file_name")
    if not source.publisher.strip() and not source.author.strip():
        gaps.append("no_publisher")
    if is_web_page(source) and not source.accessed.strip():
        gaps.append("visited_is_import_date")
    return tuple(gaps)


def _is_file_name(source: Source) -> bool:
    stem = PurePath(source.original_name).stem
    words = " ".join(stem.replace("_", " ").replace("-", " ").split())
    return bool(words) and " ".join(source.title.split()).lower() == words.lower()


def describe_gaps(gaps: tuple[str, ...]) -> str:
    return "; ".join(GAPS.get(gap, gap) for gap in gaps)
