"""The contract between the facade and the search engine (tier 1 Whoosh + tier 2 concordance)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable


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
    """The TextStore and LabelStore search reads, over a library database: `reader()` gives
    the calling thread's Store (the facade's per-thread readers, or the search child's one
    connection); `damage()` names a damaged library database as such, so that search does
    not blame its index for it. The one definition for the facade and the search child."""

    def __init__(self, reader: Callable[[], Any],
                 damage: Callable[[], AbstractContextManager[object]]) -> None:
        self._reader = reader
        self._damage = damage

    def page_texts(self, source_id: int, page_nos: Sequence[int]) -> dict[int, tuple[str, str]]:
        with self._damage():
            texts: dict[int, tuple[str, str]] = self._reader().page_texts(source_id, page_nos)
        return texts

    def source_titles(self, source_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        with self._damage():
            titles: dict[int, tuple[str, str]] = self._reader().source_titles(source_ids)
        return titles

    def iter_index_documents(
        self, source_ids: Iterable[int] | None = None
    ) -> Iterable[IndexDocument]:
        docs: Iterable[IndexDocument] = self._reader().iter_index_documents(source_ids)
        return docs

    def count_sources(self) -> int:
        return int(self._reader().count_sources())

    def page_risks_version(self) -> int:
        with self._damage():
            return int(self._reader().page_risks_version())

    def page_risk_rows(self) -> list[tuple[str, int, int]]:
        with self._damage():
            rows: list[tuple[str, int, int]] = self._reader().page_risk_rows()
        return rows
