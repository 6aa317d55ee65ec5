"""The content parts of Library (excerpts, tags, passages, catalog) are named parts that
take their collaborators, never the Library, and answer through their own names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import evidence_app
from evidence_app.errors import InvalidValue, LibraryLocked
from evidence_app.library.catalog import UNDO_DIR
from evidence_app.library.facade import Library

TEXT = "Honduras report\n\nGangs extorted returned deportees in San Pedro Sula."
PARTS = ("excerpts", "tags", "passages", "catalog")
MODULES = ("excerpts.py", "tag_origins.py", "passages.py", "catalog.py")


@pytest.fixture
def source_id(library: Library, tmp_path: Path) -> int:
    path = tmp_path / "hn.txt"
    path.write_text(TEXT, encoding="utf-8")
    return library.import_files([path], workers=0).imported[0].id


def test_each_part_holds_collaborators_not_the_library(library: Library) -> None:
    for name in PARTS:
        part = getattr(library, name)
        assert not isinstance(part, Library)
        held = [k for k, v in vars(part).items() if isinstance(v, Library)]
        assert held == [], f"library.{name} holds the Library in {held}"


def test_part_modules_import_no_facade_and_use_no_private_names() -> None:
    folder = Path(evidence_app.__file__).parent / "library"
    for module in MODULES:
        tree = ast.parse((folder / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "facade", f"{module} imports the facade"
                assert not any(a.name.startswith("_") for a in node.names), module
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") \
                    and not node.attr.startswith("__"):
                # only the part's own private names: self._x
                assert isinstance(node.value, ast.Name) and node.value.id == "self", (
                    f"{module} uses {ast.unparse(node)}")


def test_the_parts_answer_as_the_old_verbs_did(library: Library, source_id: int) -> None:
    page = library.catalog.page(source_id, 1)
    start = page.text.index("Gangs")
    excerpt = library.excerpts.add_excerpt(source_id, 1, start, start + 5)
    assert library.excerpts.excerpts() == library.excerpts.excerpts() == [excerpt]
    assert library.catalog.sources() == library.catalog.sources()
    assert library.catalog.stats()["excerpts"] == 1
    library.catalog.tag(source_id, countries=["hn"])
    assert dict(library.tags.source_tags(source_id).countries) == {"HN": "user"}
    assert library.passages.sources_to_label() == []


def test_undo_of_a_deletion_holds_the_write_lock(library: Library, source_id: int) -> None:
    other = Library.open(library.folder, lock_wait=0.1)
    try:
        with library._writing("a test holding the lock"):
            with pytest.raises(LibraryLocked):
                other.catalog.delete_source_undoably(source_id)
    finally:
        other.close()
    assert library.catalog.source(source_id).id == source_id
    assert not (library.folder / UNDO_DIR).exists()
    deleted = library.catalog.delete_source_undoably(source_id)
    new_id, _changes = library.catalog.restore_source(deleted)
    assert library.catalog.source(new_id).sha256 == deleted.source.sha256


SPANISH = ("Informe sobre Guatemala\n\n"
           "Las pandillas cometieron extorsión contra los comerciantes y los transportistas. "
           "Las personas deportadas recibieron amenazas de las maras en la capital del país.")


def test_deleting_a_source_asks_the_cases_and_drops_its_translation(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "informe.txt"
    path.write_text(SPANISH, encoding="utf-8")
    source = library.import_files([path], workers=0).imported[0]
    english = tmp_path / "english.txt"
    english.write_text("Report on Guatemala. Gangs extorted merchants and drivers.", "utf-8")
    translation = library.translations.attach_translation(source.id, english)
    assert (library.folder / translation.stored_file).is_file()
    case = library.cases.new_case(applicant_name="Test Person")
    library.cases.add_exhibit(case.id, source.id)
    with pytest.raises(InvalidValue, match="exhibit in cases"):
        library.catalog.delete_source(source.id)
    library.cases.delete_case(case.id)
    library.catalog.delete_source(source.id)
    assert library.catalog.sources() == []
    assert not (library.folder / translation.stored_file).exists()
