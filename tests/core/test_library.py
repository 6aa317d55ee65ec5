"""The facade end to end on small files made by the test."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from evidence_app.errors import InvalidValue, LibraryLocked, QuoteNotFound
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery

GANG_TEXT = (
    "Honduras country report\n\n"
    "Gangs such as MS-13 extorted bus drivers and small business owners in San Pedro Sula.\n\n"
    "Returned deportees faced threats from gangs after arriving at the airport.\n\n"
    "The police were accused of extrajudicial killings."
)
SPANISH_TEXT = (
    "Informe sobre Guatemala\n\n"
    "Las pandillas cometieron extorsión contra los comerciantes y los transportistas.\n\n"
    "Las personas deportadas recibieron amenazas de las maras en la capital del país."
)


def write_text(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def two_sources(library: Library, tmp_path: Path) -> tuple[int, int]:
    a = write_text(tmp_path, "honduras.txt", GANG_TEXT)
    b = write_text(tmp_path, "guatemala.txt", SPANISH_TEXT)
    report = library.import_files([a, b], workers=0)
    assert not report.failed, report.failed
    ids = {Path(s.original_name).stem: s.id for s in report.imported}
    library.catalog.tag(ids["honduras"], countries=["HN"])
    library.catalog.tag(ids["guatemala"], countries=["gt"])
    return ids["honduras"], ids["guatemala"]


def test_import_twice_keeps_one(library: Library, tmp_path: Path) -> None:
    path = write_text(tmp_path, "a.txt", GANG_TEXT)
    first = library.import_files([path], workers=0)
    second = library.import_files([path, tmp_path / "a.txt"], workers=0)
    assert len(first.imported) == 1
    assert second.imported == ()
    assert [d[1] for d in second.duplicates] == [first.imported[0].id, first.imported[0].id]
    assert library.catalog.stats()["sources"] == 1
    stored = library.catalog.file_path(first.imported[0])
    assert stored.read_bytes() == path.read_bytes()


def test_folder_import_is_recursive_and_reports_failures(library: Library, tmp_path: Path) -> None:
    (tmp_path / "in" / "deep").mkdir(parents=True)
    write_text(tmp_path / "in", "one.txt", GANG_TEXT)
    write_text(tmp_path / "in" / "deep", "two.txt", SPANISH_TEXT)
    (tmp_path / "in" / "empty.pdf").write_bytes(b"")
    (tmp_path / "in" / "junk.bin").write_bytes(bytes(range(256)) * 4)
    seen: list[tuple[int, int]] = []
    report = library.import_files(
        [tmp_path / "in"], progress=lambda d, t, _: seen.append((d, t)), workers=0
    )
    assert len(report.imported) == 2
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert reasons == {"empty.pdf": "empty", "junk.bin": "unsupported"}
    assert seen[-1] == (4, 4)


def test_cancel_stops_between_files(library: Library, tmp_path: Path) -> None:
    paths = [write_text(tmp_path, f"{i}.txt", f"{GANG_TEXT} {i}") for i in range(5)]
    cancel = threading.Event()

    def progress(done: int, total: int, label: str) -> None:
        if done >= 2:
            cancel.set()

    report = library.import_files(paths, progress=progress, cancel=cancel, workers=0)
    assert report.cancelled
    assert len(report.imported) < 5
    assert library.catalog.stats()["sources"] == len(report.imported)


def test_search_phrase_filters_and_facets(library: Library, two_sources: tuple[int, int]) -> None:
    hn, gt = two_sources
    result = library.search(SearchQuery(text='"returned deportees"'))
    assert not result.error
    assert [p.source_id for p in result.passages] == [hn]
    assert "deportees" in result.passages[0].snippet
    both = library.search(SearchQuery(text="extortion OR extorsión"))
    assert {s.source_id for s in both.sources} == {hn, gt}
    assert both.facets["countries"] == {"HN": 1, "GT": 1} or both.facets["countries"] == {
        "hn": 1, "gt": 1}
    only_gt = library.search(SearchQuery(text="extorsion", countries=("GT",)))
    assert [s.source_id for s in only_gt.sources] == [gt]
    related = library.search(SearchQuery(text="gangs", related=True))
    assert {s.source_id for s in related.sources} == {hn, gt}


def test_bad_query_gives_message(library: Library, two_sources: tuple[int, int]) -> None:
    for text in ['"unbalanced', "(gangs", "AND", "title:", "*", "\u202e\x00gangs"]:
        result = library.search(SearchQuery(text=text))
        assert isinstance(result.error, str)


def test_edit_and_tag_reach_the_index(library: Library, two_sources: tuple[int, int]) -> None:
    hn, _ = two_sources
    library.catalog.edit_source(
        hn, title="Honduras 2024", published="2024-03", kind="government_report"
    )
    assert library.catalog.source(hn).title == "Honduras 2024"
    with pytest.raises(InvalidValue):
        library.catalog.edit_source(hn, published="March 2024")
    library.catalog.tag(hn, risks=["gang_violence"] if any(
        r.slug == "gang_violence" for r in library.taxonomy.risk_types()) else [])
    result = library.search(SearchQuery(text="police", since="2024", until="2024-12-31"))
    assert [s.source_id for s in result.sources] == [hn]
    assert library.search(SearchQuery(text="police", since="2025")).sources == ()


def test_excerpts_by_quote_and_undo(library: Library, two_sources: tuple[int, int]) -> None:
    hn, _ = two_sources
    page = library.catalog.pages(hn)[0]
    excerpt = library.excerpts.add_excerpt_by_quote(
        hn, page.label, "returned  deportees faced", note="n"
    )
    assert excerpt.quote == "Returned deportees faced"
    assert excerpt.countries == ("HN",)
    assert page.text[excerpt.start : excerpt.end] == excerpt.quote
    with pytest.raises(QuoteNotFound):
        library.excerpts.add_excerpt_by_quote(hn, page.label, "not on the page")
    assert [e.id for e in library.excerpts.excerpts(countries=["hn"])] == [excerpt.id]
    gone = library.excerpts.delete_excerpt(excerpt.id)
    assert library.excerpts.excerpts() == []
    assert library.excerpts.restore_excerpt(gone) == excerpt
    with pytest.raises(InvalidValue):
        library.catalog.delete_source(hn)
    library.catalog.delete_source(hn, with_excerpts=True)
    assert hn not in {s.source_id for s in library.search(SearchQuery(text="deportees")).sources}


def test_pageless_text_gets_paragraph_labels(
    library: Library, two_sources: tuple[int, int]
) -> None:
    hn, _ = two_sources
    assert library.catalog.pages(hn)[0].label.startswith("\u00b6")


def test_risk_types_can_be_added_renamed_hidden(library: Library) -> None:
    library.taxonomy.add_risk_type("land_defenders", "Land defenders", "Defensores de la tierra",
                          keywords=["land defender", "defensor de la tierra"])
    library.taxonomy.edit_risk_type("land_defenders", label_en="Land and environment defenders")
    library.taxonomy.edit_risk_type("land_defenders", hidden=True)
    risk = next(r for r in library.taxonomy.risk_types() if r.slug == "land_defenders")
    assert (risk.label_en, risk.hidden, risk.user_defined) == (
        "Land and environment defenders", True, True)
    assert all(
        r.slug != "land_defenders" for r in library.taxonomy.risk_types(include_hidden=False)
    )
    with pytest.raises(InvalidValue):
        library.taxonomy.add_risk_type("Bad Slug", "x")


def test_second_writer_gets_library_locked(library: Library) -> None:
    # Opening and reading need no lock; a write while another one is running waits, then fails.
    other = Library.open(library.folder, lock_wait=0.1)
    try:
        with library._writing("testing"), pytest.raises(LibraryLocked) as info:
            other.taxonomy.add_risk_type("land_defenders", "Land defenders")
        assert "pid" in info.value.holder and "(testing)" in info.value.holder
    finally:
        other.close()


def test_stale_index_catches_up_on_open(tmp_path: Path) -> None:
    path = write_text(tmp_path, "a.txt", GANG_TEXT)
    with Library.open(tmp_path / "lib") as lib:
        lib.import_files([path], workers=0)
        # Simulate a crash between the SQLite commit and the index write.
        lib.engine.set_generation(0)
    with Library.open(tmp_path / "lib") as lib:
        assert lib.index.index_is_current()
        assert len(lib.search("deportees").sources) == 1
        assert lib.check().ok


def test_deleted_index_is_rebuilt(tmp_path: Path) -> None:
    import shutil

    path = write_text(tmp_path, "a.txt", GANG_TEXT)
    with Library.open(tmp_path / "lib") as lib:
        lib.import_files([path], workers=0)
    shutil.rmtree(tmp_path / "lib" / "index")
    with Library.open(tmp_path / "lib") as lib:
        assert len(lib.search("deportees").sources) == 1


def test_check_finds_tampered_file(library: Library, two_sources: tuple[int, int]) -> None:
    hn, _ = two_sources
    assert library.check().ok
    library.catalog.file_path(library.catalog.source(hn)).write_text("tampered")
    report = library.check()
    assert not report.ok
    assert [p.kind for p in report.problems] == ["hash_mismatch"]


def test_library_folder_is_private(library: Library) -> None:
    assert library.folder.stat().st_mode & 0o077 == 0
    assert (library.folder / "library.sqlite3").stat().st_mode & 0o077 == 0


def test_import_skips_library_folders_and_odd_names(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "stick"
    folder.mkdir()
    with Library.open(folder / "lib") as lib:
        odd = os.fsencode(folder) + b"/informe_\xff.txt"
        with open(odd, "wb") as handle:
            handle.write(GANG_TEXT.encode())
        report = lib.import_files([folder], workers=0)
        assert not report.failed, report.failed
        # a Latin-1 name keeps its letter (b"\xff" is "ÿ"), not a replacement mark
        assert [s.original_name for s in report.imported] == ["informe_\u00ff.txt"]
