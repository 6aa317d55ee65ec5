"""The GUI's words for a full disk and for a library name that points outside it."""

from __future__ import annotations

from evidence_app.errors import DamagedFile, DiskFull, NoRoom, UnsafePath
from evidence_app.model import ImportFailure
from evidence_app.ui.errors import describe_error, describe_import_failure


def test_full_disk_is_said_with_the_free_space_and_the_place() -> None:
    text = describe_error(DiskFull("/media/stick/Library", 5_000_000))
    assert "disk is full" in text and "5 MB" in text and "/media/stick/Library" in text
    failure = ImportFailure("/in/informe.pdf", "disk_full", "disk full (0 MB free at /lib)")
    assert "disk is full" in describe_error(failure)
    assert "disk is full" in describe_error(NoRoom("/in/informe.pdf", "disk full"))


def test_unsafe_name_is_said_without_a_traceback() -> None:
    text = describe_error(UnsafePath("/lib", "../files", "not a plain name"))
    assert "../files" in text and "outside" in text


def test_latin1_file_names_keep_their_letters_in_the_gui() -> None:
    import os

    name = os.fsdecode(b"/stick/Jos\xe9.pdf")  # what a Latin-1 name becomes in Python
    assert "José.pdf" in describe_import_failure(ImportFailure(name, "damaged", "x"))
    assert "José.pdf" in describe_error(DamagedFile(name, "x"))
