"""The store as the search engine sees it (search/api.py TextStore), over IndexDocuments in
memory, counting the page texts a search reads."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from evidence_app.search import IndexDocument


class FakeStore:
    def __init__(self, docs: Iterable[IndexDocument]) -> None:
        self.docs = {d.source_id: d for d in docs}
        self.read = 0  # page texts handed out

    def page_texts(self, source_id: int, page_nos: Sequence[int]) -> dict[int, tuple[str, str]]:
        self.read += len(page_nos)
        pages = dict(self.docs[source_id].pages) if source_id in self.docs else {}
        return {p: (str(p), pages[p]) for p in page_nos if p in pages}

    def source_titles(self, source_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        return {i: (self.docs[i].title, "") for i in source_ids if i in self.docs}

    def iter_index_documents(self, source_ids: Iterable[int] | None = None
                             ) -> Iterator[IndexDocument]:
        return iter(self.docs.values())

    def count_sources(self) -> int:
        return len(self.docs)


class DocStore:
    """The same over documents that can be replaced (`put`), handing out only the sources
    asked for, with their publication dates: for index tests that update the library."""

    def __init__(self, docs: Iterable[IndexDocument]) -> None:
        self.docs = {d.source_id: d for d in docs}

    def put(self, *docs: IndexDocument) -> None:
        self.docs.update({d.source_id: d for d in docs})

    def page_texts(self, source_id: int, page_nos: Sequence[int]) -> dict[int, tuple[str, str]]:
        d = self.docs.get(source_id)
        pages = dict(d.pages) if d else {}
        return {p: (str(p), pages[p]) for p in page_nos if p in pages}

    def source_titles(self, source_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        return {i: (self.docs[i].title, self.docs[i].published) for i in source_ids
                if i in self.docs}

    def iter_index_documents(self, source_ids: Iterable[int] | None = None
                             ) -> Iterator[IndexDocument]:
        ids = list(self.docs) if source_ids is None else list(source_ids)
        return (self.docs[i] for i in ids if i in self.docs)

    def count_sources(self) -> int:
        return len(self.docs)
