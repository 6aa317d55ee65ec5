"""Tier 1: the Whoosh schema (one document per source) and the document builder."""

from __future__ import annotations

from typing import Any

from whoosh import fields

from .analysis import EN, ES, lang_key, whoosh_analyzer
from .api import IndexDocument

# Bump when the schema, the analyzers or the concordance layout change: an index written
# by another version is then reported unhealthy and rebuilt.
SCHEMA_VERSION = 1

TEXT = {EN: "text_en", ES: "text_es"}
TITLE = {EN: "title_en", ES: "title_es"}
TITLE_BOOST = 2.0


def index_schema() -> fields.Schema:
    en = whoosh_analyzer(EN)
    es = whoosh_analyzer(ES)
    return fields.Schema(
        id=fields.NUMERIC(int, bits=64, stored=True, unique=True, signed=True),
        text_en=fields.TEXT(analyzer=en, phrase=True),
        text_es=fields.TEXT(analyzer=es, phrase=True),
        title_en=fields.TEXT(analyzer=en),
        title_es=fields.TEXT(analyzer=es),
        publisher=fields.TEXT(analyzer=en),
        # which analyzer the body went through: lets a query word that is a stop word
        # in one language stay neutral for that language's sources
        lang=fields.ID(),
        countries=fields.KEYWORD(stored=True, lowercase=True, commas=True, scorable=False),
        risks=fields.KEYWORD(stored=True, lowercase=True, commas=True, scorable=False),
        kind=fields.ID(stored=True),
        language=fields.ID(stored=True),
        year=fields.NUMERIC(int, stored=True),
        published=fields.ID(stored=True, sortable=True),
    )


def year_of(published: str) -> int | None:
    head = (published or "")[:4]
    return int(head) if len(head) == 4 and head.isdigit() else None


def whoosh_fields(doc: IndexDocument) -> dict[str, Any]:
    """The field values Whoosh stores and indexes for one source."""
    key = lang_key(doc.language)
    body = "\n\n".join(text for _, text in sorted(doc.pages, key=lambda p: p[0]))
    values: dict[str, Any] = {
        "id": doc.source_id,
        TEXT[key]: body,
        TITLE[key]: doc.title or "",
        "publisher": " ".join(x for x in (doc.publisher, doc.author) if x),
        "lang": key,
        "countries": ",".join(c.strip().lower() for c in doc.countries if c.strip()),
        "risks": ",".join(r.strip().lower() for r in doc.risks if r.strip()),
        "kind": (doc.kind or "").strip().lower(),
        "language": (doc.language or "").strip().lower(),
        "published": (doc.published or "").strip(),
    }
    year = year_of(doc.published)
    if year is not None:
        values["year"] = year
    return {k: v for k, v in values.items() if v != ""}
