"""Citation list of a case: CSL-JSON (what Zotero imports) and plain text."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from ..model import Source
from ..model.cases import Exhibit
from .citation import format_citation, is_web_page, last_visited, personal_author, tab_title

# Our source kinds -> CSL item types (https://docs.citationstyles.org/en/stable/specification.html)
CSL_TYPES = {
    "government_report": "report",
    "ngo_report": "report",
    "un_document": "report",
    "news": "article-newspaper",
    "court_decision": "legal_case",
    "testimony": "interview",
    "academic": "article-journal",
}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_parts(iso: str) -> dict[str, list[list[int]]] | None:
    match = _DATE.match(iso.strip())
    if not match:
        return None
    parts = [int(p) for p in match.groups() if p]
    return {"date-parts": [parts]}


def csl_type(source: Source) -> str:
    if source.kind in CSL_TYPES:
        return CSL_TYPES[source.kind]
    return "webpage" if is_web_page(source) else "document"


def csl_item(source: Source, note: str = "") -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": f"source-{source.id}",
        "type": csl_type(source),
        "title": " ".join(source.title.split()) or source.original_name,
    }
    person = personal_author(source)
    if person:
        item["author"] = [{"literal": person}]
    elif source.publisher.strip():
        item["author"] = [{"literal": " ".join(source.publisher.split())}]
    if source.publisher.strip():
        item["publisher"] = " ".join(source.publisher.split())
    issued = date_parts(source.published)
    if issued:
        item["issued"] = issued
    if source.url:
        item["URL"] = source.url
        accessed = date_parts(last_visited(source))
        if accessed:
            item["accessed"] = accessed
    if source.language:
        item["language"] = source.language
    if source.page_count and source.format == "pdf":
        item["number-of-pages"] = source.page_count
    if note:
        item["note"] = note
    return item


def csl_json(exhibits: Sequence[Exhibit], sources: dict[int, Source]) -> str:
    items: dict[int, dict[str, Any]] = {}
    for exhibit in exhibits:
        source = sources[exhibit.source_id]
        if source.id in items:
            items[source.id]["note"] += f"; {tab_title(exhibit.label)}"
        else:
            items[source.id] = csl_item(source, tab_title(exhibit.label))
    return json.dumps(list(items.values()), ensure_ascii=False, indent=2)


def text_list(exhibits: Sequence[Exhibit], sources: dict[int, Source]) -> str:
    return "\n".join(
        f"{tab_title(e.label)}. {format_citation(sources[e.source_id])}" for e in exhibits
    )
