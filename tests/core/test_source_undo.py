"""Deleting a source can be undone: record, pages, tags, stored file, excerpts, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.errors import InvalidValue
from evidence_app.library.catalog import UNDO_DIR
from evidence_app.library.facade import Library

TEXT = "Honduras report\n\nGangs extorted returned deportees in San Pedro Sula."


def test_a_deleted_source_comes_back_whole(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "hn.txt"
    path.write_text(TEXT, encoding="utf-8")
    source = library.import_files([path], workers=0).imported[0]
    library.catalog.tag(source.id, countries=["HN"], risks=["gang_violence"])
    library.catalog.edit_source(source.id, publisher="U.S. Dep't of State", published="2024-04-22")
    source = library.catalog.source(source.id)
    page = library.catalog.page(source.id, 1)
    start = page.text.index("Gangs")
    excerpt = library.excerpts.add_excerpt(source.id, 1, start, start + 20, note="key passage")
    stored = library.folder / source.stored_file
    assert stored.is_file()

    deleted = library.catalog.delete_source_undoably(source.id, with_excerpts=True)
    assert library.catalog.stats()["sources"] == 0 and not stored.exists()
    assert not library.search("extorted").sources
    assert (library.folder / UNDO_DIR).is_dir()

    new_id, changes = library.catalog.restore_source(deleted)
    assert changes.sources and changes.excerpts
    back = library.catalog.source(new_id)
    for field in ("title", "publisher", "published", "sha256", "stored_file", "countries",
                  "risks", "page_count", "original_name"):
        assert getattr(back, field) == getattr(source, field), field
    assert stored.is_file()
    assert library.catalog.page(new_id, 1).text == page.text
    restored = library.excerpts.excerpts(source_id=new_id)
    assert [(e.id, e.quote, e.note) for e in restored] == [(excerpt.id, excerpt.quote,
                                                             "key passage")]
    assert [h.source_id for h in library.search("extorted").sources] == [new_id]
    library.catalog.forget_deleted()
    assert not (library.folder / UNDO_DIR).exists()


def test_a_refused_delete_keeps_nothing(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "hn.txt"
    path.write_text(TEXT, encoding="utf-8")
    source = library.import_files([path], workers=0).imported[0]
    start = library.catalog.page(source.id, 1).text.index("Gangs")
    library.excerpts.add_excerpt(source.id, 1, start, start + 5)
    with pytest.raises(InvalidValue):
        library.catalog.delete_source_undoably(source.id)  # it has excerpts
    assert library.catalog.source(source.id).stored_file
    assert not any((library.folder / UNDO_DIR).glob("*"))
