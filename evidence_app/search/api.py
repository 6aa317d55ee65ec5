"""The contract between the facade and the search engine (tier 1 Whoosh + tier 2 concordance)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
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


class StoreTexts:
    """The TextStore and LabelStore search reads, over a library database: `sources()` and
    `labels()` give the calling thread's readers (the facade's per-thread store, or the search
    child's one connection); `damage()` names a damaged library database as such, so that
    search does not blame its index for it. The one definition for the facade and the child."""

    def __init__(self, sources: Callable[[], TextStore], labels: Callable[[], LabelStore],
                 damage: Callable[[], AbstractContextManager[object]]) -> None:
        self._sources = sources
        self._labels = labels
        self._damage = damage

    def page_texts(self, source_id: int, page_nos: Sequence[int]) -> dict[int, tuple[str, str]]:
        with self._damage():
            return self._sources().page_texts(source_id, page_nos)

    def source_titles(self, source_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        with self._damage():
            return self._sources().source_titles(source_ids)

    def iter_index_documents(
        self, source_ids: Iterable[int] | None = None
    ) -> Iterable[IndexDocument]:
        return self._sources().iter_index_documents(source_ids)

    def count_sources(self) -> int:
        return self._sources().count_sources()

    def page_risks_version(self) -> int:
        with self._damage():
            return self._labels().page_risks_version()

    def page_risk_rows(self) -> Iterable[tuple[str, int, int]]:
        with self._damage():
            return self._labels().page_risk_rows()
