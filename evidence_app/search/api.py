"""The contract between the facade and the search engine (tier 1 Whoosh + tier 2 concordance)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from ..model.index import IndexDocument

__all__ = ["IndexDocument", "LabelStore", "TextStore"]


class TextStore(Protocol):
    """What search may read from SQLite (page text lives only there)."""

    def page_texts(
        self, source_id: int, page_nos: Sequence[int]
    ) -> dict[int, tuple[str, str]]:
        """{page_no: (cite_label, text)} for the pages asked for that exist."""
        ...

    def source_titles(self, source_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """{source_id: (title, published)}."""
        ...

    def iter_index_documents(
        self, source_ids: Iterable[int] | None = None
    ) -> Iterable[IndexDocument]:
        """Documents for the given sources (all sources when None), for rebuild and catch-up."""
        ...

    def count_sources(self) -> int: ...


@runtime_checkable
class LabelStore(Protocol):
    """A store that keeps passage labels (page_risks): search reads them from SQLite."""

    def page_risks_version(self) -> int:
        """Changes whenever a label changes."""
        ...

    def page_risk_rows(self) -> Iterable[tuple[str, int, int]]:
        """(slug, source_id, page_no) of every label."""
        ...
