"""`check` and `check --repair`: what is found, what is rebuilt, what is only listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.library.facade import Library

TEXTS = {
    "hn.txt": "Honduras report\n\nGangs extorted deportees.\n\nPolice abuses were reported.",
    "gt.txt": "Informe Guatemala\n\nLas pandillas amenazaron.\n\nLa policía no investigó.",
}


@pytest.fixture
def lib(library: Library, tmp_path: Path) -> Library:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    library.import_files([tmp_path / n for n in TEXTS], workers=0)
    return library


def kinds(report: object) -> list[str]:
    return sorted(p.kind for p in report.problems)  # type: ignore[attr-defined]


def test_a_sound_library_passes(lib: Library) -> None:
    report = lib.check()
    assert report.ok and report.problems == () and report.files_checked == 2


def test_a_missing_original_is_listed_never_deleted(lib: Library) -> None:
    source = lib.catalog.sources()[0]
    lib.catalog.file_path(source).unlink()
    report = lib.check(repair=True)
    assert not report.ok and kinds(report) == ["missing_file"]
    assert not report.problems[0].repaired and "import the original again" in \
        report.problems[0].detail
    assert lib.catalog.source(source.id).title == source.title
    assert len(lib.catalog.pages(source.id)) == source.page_count


def test_page_rows_are_checked_against_their_source(lib: Library) -> None:
    source = lib.catalog.sources()[0]
    db = lib.store.db
    db.execute("UPDATE sources SET page_count = page_count + 5 WHERE id = ?", [source.id])
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("INSERT INTO pages (source_id, page_no, label, text) VALUES (999, 1, '1', 'x')")
    db.execute("PRAGMA foreign_keys = ON")
    report = lib.check()
    assert not report.ok
    assert {"page_count", "orphan_page"} <= set(kinds(report))
    repaired = lib.check(repair=True)
    assert all(p.repaired for p in repaired.problems if p.kind in ("page_count", "orphan_page"))
    assert lib.check().ok
    assert lib.catalog.source(source.id).page_count == len(lib.catalog.pages(source.id))


def test_an_excerpt_that_no_longer_matches_is_listed_and_kept(lib: Library) -> None:
    source = lib.catalog.sources()[0]
    page = lib.catalog.pages(source.id)[0]
    excerpt = lib.excerpts.add_excerpt(source.id, page.page_no, 0, 10)
    lib.store.db.execute("UPDATE excerpts SET quote = 'something else' WHERE id = ?",
                         [excerpt.id])
    report = lib.check(repair=True)
    assert kinds(report) == ["excerpt"] and not report.ok
    assert lib.excerpts.excerpt(excerpt.id).quote == "something else"


def test_the_index_is_checked_and_rebuilt(lib: Library) -> None:
    lib.engine.delete([lib.catalog.sources()[0].id])  # the index lost a source the library has
    report = lib.check()
    assert not report.ok and set(kinds(report)) == {"index"}
    repaired = lib.check(repair=True)
    assert repaired.ok and all(p.repaired for p in repaired.problems)
    assert lib.check().ok
    assert len(lib.search("deportees").sources) == 1


def test_leftovers_of_interrupted_imports_are_cleared(lib: Library) -> None:
    part = lib.folder / "files" / "ab" / ("ab" + "0" * 62 + ".pdf.part")
    part.parent.mkdir(exist_ok=True)
    part.write_bytes(b"partial")
    work = lib.folder / ".bundle-import-x1"
    work.mkdir()
    unused = lib.folder / "files" / "ab" / ("ab" + "1" * 62 + ".txt")
    unused.write_text("from an import that never committed")
    report = lib.check()
    assert not report.ok and kinds(report) == ["partial_file", "partial_file",
                                               "unreferenced_file"]
    report = lib.check(repair=True)
    assert report.ok and not part.exists() and not work.exists()
    assert unused.exists()  # never deleted: it may be the only copy of something
    assert kinds(lib.check()) == ["unreferenced_file"] and lib.check().ok


def test_hashing_does_not_hold_the_write_lock(lib: Library) -> None:
    other = Library.open(lib.folder, lock_wait=0)
    wrote = []

    def progress(done: int, total: int, label: str) -> None:
        if label and not wrote:  # while files are being hashed
            other.taxonomy.add_risk_type("land_defenders", "Land defenders")
            wrote.append(label)

    try:
        assert lib.check(progress=progress).ok
    finally:
        other.close()
    assert wrote and any(r.slug == "land_defenders" for r in lib.taxonomy.risk_types())
