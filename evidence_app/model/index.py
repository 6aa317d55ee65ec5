"""What the search index is given about one source: built from the store, read by search."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IndexDocument:
    """Everything the index needs about one source. Built by the facade from the store."""

    source_id: int
    title: str
    publisher: str
    author: str
    language: str  # "en", "es", other code or ""; picks the analyzer
    kind: str
    published: str  # ISO date, "YYYY" or "YYYY-MM" or ""
    countries: tuple[str, ...]
    risks: tuple[str, ...]
    pages: tuple[tuple[int, str], ...]  # (page_no, text)
