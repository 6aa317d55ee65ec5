"""`Library.bulk_import()`: many import calls sharing workers and index batches."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

import evidence_app.importing.importer as importer
from evidence_app.library.facade import Library
from evidence_app.library.index_upkeep import IndexUpkeep
from evidence_app.library.starter import Starter
from evidence_app.model import SearchQuery

REPO = Path(__file__).resolve().parents[2]
# ../shared/starter beside the checkout (or beside the worktrees' folder), as test_starter.py
SAVED = next((p / "shared" / "starter" / "statedept_hrr" for p in (REPO.parent, REPO.parent.parent)
              if (p / "shared" / "starter" / "statedept_hrr").is_dir()),
             REPO.parent / "shared" / "starter" / "statedept_hrr")
WORDS = ["extortion", "deportees", "torture", "smuggling"]


def _workers() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "evidence-extract"]


def _notes(folder: Path) -> list[Path]:
    paths = []
    for word in WORDS:
        path = folder / f"{word}.txt"
        path.write_text(f"A report on {word} in Honduras.\n\nThe police do not protect "
                        f"people from {word}.", encoding="utf-8")
        paths.append(path)
    return paths


def _found(lib: Library, word: str) -> int:
    return len(lib.search(SearchQuery(text=word)).sources)


def test_bulk_calls_share_workers_and_index_once_at_the_end(tmp_path: Path) -> None:
    paths = _notes(tmp_path)
    with Library.open(tmp_path / "lib") as lib:
        with lib.bulk_import():
            pids: set[int | None] = set()
            for path in paths:
                report = lib.import_files([path])
                assert len(report.imported) == 1
                pids |= {p.pid for p in _workers()}
            # stored and committed, not yet in the index
            assert lib.catalog.stats()["sources"] == len(paths)
            assert _found(lib, "torture") == 0 and not lib.index.index_is_current()
        assert len(pids) <= 2  # the same workers served every call
        assert _workers() == []  # and they are gone when the block ends
        assert [_found(lib, w) for w in WORDS] == [1, 1, 1, 1]
        assert lib.index.index_is_current()


def test_bulk_writes_whole_batches_across_calls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "INDEX_BATCH_SOURCES", 2)
    paths = _notes(tmp_path)
    with Library.open(tmp_path / "lib") as lib, lib.bulk_import():
        lib.import_files([paths[0]])
        assert _found(lib, WORDS[0]) == 0
        lib.import_files([paths[1]])
        assert [_found(lib, w) for w in WORDS[:2]] == [1, 1]  # a batch of two written
        lib.import_files([paths[2]])
        assert _found(lib, WORDS[2]) == 0


def test_sources_left_unindexed_are_caught_up_from_the_store(tmp_path: Path) -> None:
    """What a crash inside the block would leave: the store ahead of the index, which the
    store's index log brings up to date (as on the next open)."""
    paths = _notes(tmp_path)
    with Library.open(tmp_path / "lib") as lib, lib.bulk_import():
        lib.import_files(paths[:2])
        assert _found(lib, WORDS[0]) == 0
        lib.index.catch_up_index()
        assert [_found(lib, w) for w in WORDS[:2]] == [1, 1]
        assert lib.index.index_is_current()


def test_an_error_in_the_block_still_indexes_what_was_stored(tmp_path: Path) -> None:
    paths = _notes(tmp_path)
    with Library.open(tmp_path / "lib") as lib:
        with pytest.raises(RuntimeError), lib.bulk_import():
            lib.import_files(paths[:1])
            raise RuntimeError("the script failed")
        assert _found(lib, WORDS[0]) == 1 and lib.index.index_is_current()


def test_the_pool_runs_the_callers_work_while_it_waits(tmp_path: Path) -> None:
    from evidence_app.ingest.pool import ExtractionPool
    from evidence_app.model import ExtractedDocument

    [note] = _notes(tmp_path)[:1]
    calls: list[int] = []

    def idle() -> bool:
        calls.append(1)
        return len(calls) < 3  # three pieces of work, then nothing left

    with ExtractionPool(workers=1) as pool:
        [(path, result)] = list(pool.imap([(note, None)], None, idle))
    assert path == note and isinstance(result, ExtractedDocument)
    assert 1 <= len(calls) <= 4


def _hits(lib: Library, query: str) -> list[tuple[int, int, float]]:
    return [(s.source_id, s.matched_pages, round(s.score, 6)) for s in lib.search(query).sources]


def test_bulk_index_equals_one_call_index(tmp_path: Path) -> None:
    """Analyses made while waiting give the same index as analysis at write time."""
    paths = _notes(tmp_path)
    queries = [*WORDS, '"police do not protect"', "honduras", "people AND torture"]
    with Library.open(tmp_path / "one") as lib:
        lib.import_files(paths)
        expected = [_hits(lib, q) for q in queries]
    with Library.open(tmp_path / "bulk") as lib:
        with lib.bulk_import():
            for path in paths:
                lib.import_files([path])
        got = [_hits(lib, q) for q in queries]
    assert got == expected


def test_files_announced_ahead_are_imported_by_their_own_calls(tmp_path: Path) -> None:
    paths = _notes(tmp_path)
    extra = tmp_path / "extra.txt"
    extra.write_text("Not announced: asylum hearings in Guatemala.", encoding="utf-8")
    with Library.open(tmp_path / "lib") as lib:
        with lib.bulk_import(ahead=paths):
            titles = []
            for path in [paths[0], extra, *paths[1:], paths[2]]:  # the last one again
                report = lib.import_files([path])
                titles += [s.original_name for s in report.imported]
        assert titles == [p.name for p in [paths[0], extra, *paths[1:]]]
        assert [_found(lib, w) for w in [*WORDS, "asylum"]] == [1, 1, 1, 1, 1]
        assert _workers() == []


def test_a_block_left_early_stops_its_read_ahead(tmp_path: Path) -> None:
    paths = _notes(tmp_path)
    with Library.open(tmp_path / "lib") as lib:
        with lib.bulk_import(ahead=paths):
            lib.import_files(paths[:1])
        assert _workers() == [] and lib.catalog.stats()["sources"] == 1
        assert _found(lib, WORDS[0]) == 1


def test_section_headings_of_saved_pages_are_read_in_a_block(tmp_path: Path) -> None:
    if not SAVED.is_dir():
        pytest.skip(f"the saved State Department pages are not at {SAVED}")
    pages = [SAVED / "2024" / "uganda.html", *sorted((SAVED / "2023").glob("*.html"))[:2]]
    with Library.open(tmp_path / "lib") as lib:
        with lib.bulk_import(ahead=pages):
            ids = [lib.import_files([p]).imported[0].id for p in pages]
        rows = [lib.starter.headings(sid) for sid in ids]
    assert all(rows) and rows[0][0].heading == "EXECUTIVE SUMMARY"


def test_the_workers_analysis_equals_the_analysis_of_the_stored_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """import_worker.py: the index gets from the workers exactly what it would compute from
    the store, and nothing is analysed again in the main process."""
    from evidence_app.search.engine import SearchEngine

    paths = _notes(tmp_path)
    spanish = tmp_path / "informe.txt"
    spanish.write_text("Informe sobre la extorsión de las pandillas en Honduras. " * 5,
                       encoding="utf-8")
    given: list[dict[int, object]] = []
    reindex = IndexUpkeep.reindex

    def spy(self: IndexUpkeep, ids: list[int], ready: dict[int, object] | None = None
            ) -> None:
        given.append(dict(ready or {}))
        reindex(self, ids, ready)  # type: ignore[arg-type]

    monkeypatch.setattr(IndexUpkeep, "reindex", spy)
    analysed_here: list[int] = []
    analyse = SearchEngine.analyse

    def counted(doc: object) -> object:
        analysed_here.append(1)
        return analyse(doc)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchEngine, "analyse", staticmethod(counted))
    with Library.open(tmp_path / "lib") as lib:
        with lib.bulk_import(ahead=[*paths, spanish]):
            for path in [*paths, spanish]:
                lib.import_files([path])
        [ready] = given
        docs = list(lib.store.sources.iter_index_documents(None))
        assert sorted(ready) == sorted(d.source_id for d in docs) and len(docs) == 5
        for doc in docs:
            assert ready[doc.source_id] == analyse(doc)
        assert {ready[d.source_id].lang for d in docs} == {"en", "es"}  # type: ignore[attr-defined]
        assert analysed_here == []
        assert _found(lib, "pandillas") == 1


def test_section_headings_read_by_the_workers_equal_those_read_from_the_stored_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not SAVED.is_dir():
        pytest.skip(f"the saved State Department pages are not at {SAVED}")
    pages = sorted((SAVED / "2024").glob("*.html"))[:3]
    asked: list[list[int]] = []
    read = Starter.read_headings

    def spy(self: Starter, ids: list[int]) -> int:
        asked.append(list(ids))
        return read(self, ids)

    monkeypatch.setattr(Starter, "read_headings", spy)
    with Library.open(tmp_path / "lib") as lib:
        with lib.bulk_import(ahead=pages):
            ids = [lib.import_files([p]).imported[0].id for p in pages]
        assert asked == []  # every page's headings came with its worker's result
        from_workers = [lib.starter.headings(sid) for sid in ids]
        assert all(from_workers)
        lib.starter.read_headings(ids)  # again, from the stored originals
        assert [lib.starter.headings(sid) for sid in ids] == from_workers


def test_a_huge_text_is_analysed_by_the_main_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import evidence_app.importing.worker as import_worker

    monkeypatch.setattr(import_worker, "MAX_ANALYSED_CHARS", 10)
    [note] = _notes(tmp_path)[:1]
    document = import_worker.extract_analysed(note)
    assert not isinstance(document, import_worker.AnalysedDocument)
    with Library.open(tmp_path / "lib") as lib:
        with lib.bulk_import():
            lib.import_files([note], workers=0)
        assert _found(lib, WORDS[0]) == 1
