"""A full disk, a damaged index, a second program, odd file names: clear words, nothing lost.

ENOSPC is simulated by making the write calls raise it (a small tmpfs is used by the
trust report, tests/trust/paths.py, where mounting works).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from evidence_app.cli import main as cli
from evidence_app.errors import DiskFull
from evidence_app.folder import files as lib_folder
from evidence_app.folder import locking
from evidence_app.library.facade import Library
from evidence_app.search.engine import SearchEngine
from evidence_app.store.connection import backup_database

TEXT = (
    "Gang violence against returned deportees in Honduras remains widespread. "
    "Police protection is limited and impunity for extortion is common."
)


def enospc(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def write(folder: Path, name: str | bytes, text: str = TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    raw = os.fsencode(folder) + b"/" + (name if isinstance(name, bytes) else name.encode())
    with open(raw, "wb") as handle:
        handle.write(text.encode())
    return Path(os.fsdecode(raw))


def make_library(tmp_path: Path, n: int = 2) -> Path:
    lib_dir = tmp_path / "lib"
    paths = [write(tmp_path / "in", f"doc{i}.txt", f"{TEXT} Report {i}.") for i in range(n)]
    with Library.open(lib_dir) as lib:
        assert len(lib.import_files(paths, workers=0).imported) == n
    return lib_dir


# ---------------------------------------------------------------- C1: full disk
def test_reading_verbs_work_when_the_lock_note_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib_dir = make_library(tmp_path)
    monkeypatch.setattr(locking, "_write_note", enospc)
    with Library.open(lib_dir) as lib:
        assert len(lib.catalog.sources()) == 2
        assert lib.check().ok
        assert len(lib.search("deportees").sources) == 2
        assert lib.backups.backups() is not None


def test_a_write_on_a_full_disk_is_a_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib_dir = make_library(tmp_path)
    with Library.open(lib_dir) as lib:
        source_id = lib.catalog.sources()[0].id

        def full(*args: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(lib.store.sources, "update_source", full)
        with pytest.raises(DiskFull) as caught:
            lib.catalog.edit_source(source_id, title="x")
        assert "the disk is full (" in str(caught.value)
        assert "MB free at" in str(caught.value)
        monkeypatch.setattr(lib.store.tags, "change_source_tags", enospc)
        with pytest.raises(DiskFull):
            lib.catalog.tag(source_id, countries=["HN"])
        assert lib.catalog.source(source_id).title != "x"


def test_an_import_that_fills_the_disk_stops_with_its_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [write(tmp_path / "in", f"doc{i}.txt", f"{TEXT} Report {i}.") for i in range(3)]
    real_put = lib_folder.put_file
    calls = []

    def put_then_full(*args: object) -> str:
        calls.append(args)
        if len(calls) == 2:
            target = lib_folder.stored_path(*args[:1], *args[2:])  # type: ignore[arg-type]
            lib_folder.partial_of(target).parent.mkdir(parents=True, exist_ok=True)
            enospc()
        return real_put(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(lib_folder, "put_file", put_then_full)
    with Library.open(tmp_path / "lib") as lib:
        report = lib.import_files(paths, workers=0)
        assert [s.original_name for s in report.imported] == ["doc0.txt"]
        assert [(Path(f.path).name, f.reason) for f in report.failed] == [
            ("doc1.txt", "disk_full"), ("doc2.txt", "disk_full")]
        assert "disk full" in report.failed[0].message
        assert len(lib.search("deportees").sources) == 1
        assert lib.check().ok
    assert not list((tmp_path / "lib").rglob("*.part"))


def test_an_import_whose_database_fills_up_keeps_no_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "in", "doc.txt")
    with Library.open(tmp_path / "lib") as lib:
        def full(*args: object, **kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(lib.store.sources, "insert_source", full)
        report = lib.import_files([path], workers=0)
        assert [f.reason for f in report.failed] == ["disk_full"]
    assert not [p for p in (tmp_path / "lib" / "files").rglob("*") if p.is_file()]


def test_an_index_update_on_a_full_disk_catches_up_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "in", "doc.txt")
    with Library.open(tmp_path / "lib") as lib:
        monkeypatch.setattr(lib.engine, "add", enospc)
        monkeypatch.setattr(lib.engine, "rebuild", enospc)
        report = lib.import_files([path], workers=0)
        assert len(report.imported) == 1 and not report.failed
    monkeypatch.undo()
    with Library.open(tmp_path / "lib") as lib:
        assert len(lib.search("deportees").sources) == 1


def test_a_due_backup_that_cannot_fit_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    lib_dir = make_library(tmp_path)
    for backup in (lib_dir / "backups").iterdir():
        backup.unlink()
    from evidence_app.library import maintenance

    monkeypatch.setattr(maintenance, "make_backup", enospc)
    with Library.open(lib_dir) as lib:
        assert len(lib.catalog.sources()) == 2
        with pytest.raises(DiskFull):
            lib.backups.backup()
    assert "daily backup skipped" in caplog.text
    assert not list((lib_dir / "backups").iterdir())


def test_a_backup_that_fails_leaves_no_partial_and_was_private(tmp_path: Path) -> None:
    seen = {}

    class Conn:
        def backup(self, target: sqlite3.Connection) -> None:
            part = tmp_path / "b.sqlite3.part"
            seen["mode"] = part.stat().st_mode & 0o777
            raise sqlite3.OperationalError("database or disk is full")

    class Db:
        conn = Conn()

    with pytest.raises(sqlite3.OperationalError):
        backup_database(Db(), tmp_path / "b.sqlite3")  # type: ignore[arg-type]
    assert seen["mode"] == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_broken_index_is_rebuilt_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib_dir = make_library(tmp_path)
    for col in (lib_dir / "index").glob("ix-*/*.toc"):
        col.write_bytes(b"")
    folders_while_building: list[list[str]] = []
    real_build = SearchEngine._build

    def build(self: SearchEngine, folder: Path, *args: object) -> None:
        folders_while_building.append(sorted(p.name for p in self.index_dir.glob("ix-*")))
        real_build(self, folder, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchEngine, "_build", build)
    with Library.open(lib_dir) as lib:
        assert len(lib.search("deportees").sources) == 2
    assert folders_while_building and all(len(f) == 1 for f in folders_while_building)


# ---------------------------------------------------------------- C3: damaged index
def test_zero_length_column_file_is_reported_and_repaired(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path)
    cols = list((lib_dir / "index").glob("ix-*/*_stored.col"))
    assert cols
    for col in cols:
        col.write_bytes(b"")
    with Library.open(lib_dir) as lib:
        report = lib.check()
        assert not report.ok
        assert [p.kind for p in report.problems] == ["index"]
        repaired = lib.check(repair=True)
        assert repaired.ok, repaired.problems
        assert len(lib.search("deportees").sources) == 2
        assert lib.check().ok


def test_index_that_is_a_file_is_replaced_and_rebuilt(tmp_path: Path) -> None:
    import shutil

    lib_dir = make_library(tmp_path)
    shutil.rmtree(lib_dir / "index")
    (lib_dir / "index").write_text("not a folder")
    with Library.open(lib_dir) as lib:
        assert lib.check(repair=True).ok
        assert len(lib.search("deportees").sources) == 2
    assert (lib_dir / "index").is_dir()


# ---------------------------------------------------------------- U1: a second program
def test_search_during_another_programs_write_says_wait(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path)
    with Library.open(lib_dir) as writer:
        writer._lock.acquire("importing files")
        try:
            state = writer.engine._state
            assert state is not None
            from dataclasses import replace

            writer.engine._set_state(replace(state, dirty=True))  # mid-write
            with Library.open(lib_dir, lock_wait=0.1) as reader:
                result = reader.search("deportees")
            assert result.error
            assert "being updated by another program" in result.error
            assert "importing files" in result.error
            assert "rebuild" not in result.error
            writer.engine._set_state(state)
        finally:
            writer._lock.release()


# ---------------------------------------------------------------- U3: names
def test_cli_prints_escape_sequences_in_names_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = write(tmp_path / "in", "evil\x1b]0;pwned\x07\x1b[2J\u202e.txt")
    lib_dir = str(tmp_path / "lib")
    assert cli.main(["--library", lib_dir, "import", str(evil)]) == 0
    assert cli.main(["--library", lib_dir, "show", "1"]) == 0
    assert cli.main(["--library", lib_dir, "--json", "sources"]) == 0
    out = capsys.readouterr()
    for stream in (out.out, out.err):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    assert "\\x1b]0;pwned" in out.out


def test_latin1_names_keep_their_letters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "in", b"Jos\xe9 informe.txt", "")  # not UTF-8
    path.write_text(TEXT)
    lib_dir = str(tmp_path / "lib")
    assert cli.main(["--library", lib_dir, "import", str(path)]) == 0
    with Library.open(lib_dir) as lib:
        source = lib.catalog.sources()[0]
        assert source.original_name == "José informe.txt"
    empty = write(tmp_path / "in", b"Jos\xe9 vac\xedo.txt", "")
    assert cli.main(["--library", lib_dir, "import", str(empty)]) == 1  # printed, not a crash
    assert cli.main(["--library", lib_dir, "show", "1"]) == 0
    out = capsys.readouterr()
    assert "José vacío.txt" in out.out  # the failed file, named
    assert "original_name: José informe.txt" in out.out


def test_cli_reports_a_full_disk_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lib_dir = make_library(tmp_path)
    from evidence_app.store.sources import SourceRows

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SourceRows, "update_source", full)
    code = cli.main(["--library", str(lib_dir), "edit", "1", "--title", "x"])
    err = capsys.readouterr().err
    assert code == 2
    assert "the disk is full (" in err and "Traceback" not in err
