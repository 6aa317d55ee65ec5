"""Searching in a child process (what the GUI does): same answers, the parent's new imports
found, a dead child replaced, errors as the in-process search gives them."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from evidence_app.errors import named_damage
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery
from evidence_app.search import process as search_process
from evidence_app.search.process import SearchProcess


def search_child(folder: Path) -> SearchProcess:
    """A search child as the facade starts one (library.searches.start_child)."""
    from functools import partial

    from evidence_app.library.watch import open_unlocked

    return SearchProcess(folder, partial(open_unlocked, allow_pending=True), named_damage)

HONDURAS = ("Honduras report\n\nReturned deportees were extorted by gangs in San Pedro Sula.\n\n"
            "The police did not investigate most killings.")
GUATEMALA = "Guatemala report\n\nIndigenous women faced violence; deportees were threatened."


def add(library: Library, folder: Path, name: str, text: str) -> int:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return library.import_files([path], workers=0).imported[0].id


def shape(result: object) -> list[tuple[int, tuple[int, ...]]]:
    return [(hit.source_id, tuple(p.page_no for p in hit.pages))
            for hit in result.sources]  # type: ignore[attr-defined]


def test_child_answers_like_the_library_and_follows_its_writes(library: Library,
                                                              tmp_path: Path) -> None:
    hn = add(library, tmp_path, "hn.txt", HONDURAS)
    with search_child(library.folder) as child:
        for text in ("deportees", '"San Pedro Sula"', "gangs AND police", "extort*"):
            query = SearchQuery(text=text, passages=10)
            assert shape(child.search(query)) == shape(library.search(query)), text
        gt = add(library, tmp_path, "gt.txt", GUATEMALA)  # the parent writes, the child sees
        found = child.search(SearchQuery(text="deportees"))
        assert {h.source_id for h in found.sources} == {hn, gt}
        bad = child.search(SearchQuery(text='"unclosed'))
        assert bad.error == library.search(SearchQuery(text='"unclosed')).error


def test_a_killed_child_is_started_again(library: Library, tmp_path: Path) -> None:
    add(library, tmp_path, "hn.txt", HONDURAS)
    with search_child(library.folder) as child:
        assert child.search(SearchQuery(text="gangs")).sources
        assert child._proc is not None
        os.kill(child._proc.pid, signal.SIGKILL)
        child._proc.join(5)
        assert child.search(SearchQuery(text="gangs")).sources


def test_a_folder_that_is_no_library_gives_an_error_not_a_hang(tmp_path: Path) -> None:
    from evidence_app.errors import EvidenceError

    with search_child(tmp_path / "nothing") as child, pytest.raises(EvidenceError):
        child.search(SearchQuery(text="gangs"))


def test_the_warm_up_search_runs_the_real_engine_and_never_raises(library: Library) -> None:
    asked: list[SearchQuery] = []

    class Engine:
        def search(self, query: SearchQuery) -> None:
            asked.append(query)
            raise RuntimeError("a damaged index: the user's own search reports it")

    search_process._warm(Engine())
    assert [q.text for q in asked] == [search_process.WARM_QUERY]
    found = library.search(SearchQuery(text=search_process.WARM_QUERY))
    assert not found.error  # the query itself is valid syntax
