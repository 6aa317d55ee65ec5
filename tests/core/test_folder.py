"""The library folder (folder.py): no path from a library file reaches outside it.

A library handed over on a USB stick may carry a hostile `index/state.json` or a crafted
database; opening it, rebuilding its index, deleting a source or restoring a backup must
delete nothing outside the folder each path belongs in.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from evidence_app.errors import UnsafePath
from evidence_app.folder import files as lib_folder
from evidence_app.library.facade import Library
from evidence_app.search.index.state import read_state

TEXT = (
    "Gang violence against returned deportees in Honduras remains widespread. "
    "Police protection is limited and impunity for extortion is common."
)


def write(folder: Path, name: str, text: str = TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def make_library(tmp_path: Path, n: int = 2) -> Path:
    lib_dir = tmp_path / "lib"
    paths = [write(tmp_path / "in", f"doc{i}.txt", f"{TEXT} Report number {i}.") for i in range(n)]
    with Library.open(lib_dir) as lib:
        report = lib.import_files(paths, workers=0)
        assert len(report.imported) == n
    return lib_dir


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every regular file under `folder` except the derived index and the lock note."""
    found = {}
    for path in folder.rglob("*"):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and not rel.startswith("index/") and rel != "library.lock" and (
            not rel.startswith("library.sqlite3")
        ):
            found[rel] = path.read_bytes()
    return found


# ---------------------------------------------------------------- names
@pytest.mark.parametrize("name", ["", ".", "..", "../x", "a/b", "a\\b", "/etc", "x\0y"])
def test_safe_child_refuses_anything_but_a_plain_name(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnsafePath):
        lib_folder.safe_child(tmp_path, name)


def test_safe_child_refuses_a_symlink(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "out")
    with pytest.raises(UnsafePath):
        lib_folder.safe_child(tmp_path, "link")
    assert lib_folder.safe_child(tmp_path, "out") == tmp_path / "out"


def test_stored_paths_come_from_the_hash(tmp_path: Path) -> None:
    sha = "ab" + "0" * 62
    assert lib_folder.stored_relative(sha, ".pdf") == f"files/ab/{sha}.pdf"
    assert lib_folder.stored_path(tmp_path, sha, ".pdf") == tmp_path / "files" / "ab" / (
        sha + ".pdf")
    for bad in ("../../etc/passwd", "AB" + "0" * 62, "ab" * 20, ""):
        with pytest.raises(UnsafePath):
            lib_folder.stored_path(tmp_path, bad, ".pdf")
    with pytest.raises(UnsafePath):
        lib_folder.stored_path(tmp_path, sha, "/../../x")
    # a row's extension is used only when it is a plain one
    assert lib_folder.stored_suffixes("", "../decoy/victim.txt") == [".txt"]
    assert lib_folder.stored_suffixes("", "files/ab/x.p/df") == [""]
    assert lib_folder.stored_suffixes("pdf", "/etc/passwd") == [".pdf"]


def test_put_file_is_private_and_leaves_no_partial(tmp_path: Path) -> None:
    src = write(tmp_path, "a.txt")
    sha = lib_folder.sha256_file(src)
    relative = lib_folder.put_file(tmp_path / "lib", src, sha, ".txt")
    stored = tmp_path / "lib" / relative
    assert stored.read_bytes() == src.read_bytes()
    assert stored.stat().st_mode & 0o777 == 0o600
    assert not list((tmp_path / "lib").rglob("*.part"))


def test_written_whole_replaces_the_target_or_leaves_it_as_it_was(tmp_path: Path) -> None:
    """The one `.part` + fsync + rename (put_file, the OCR'd copy, a bundle export)."""
    target = write(tmp_path, "out.bin", "old")
    with pytest.raises(RuntimeError), lib_folder.written_whole(target) as partial:
        partial.write_text("half")
        raise RuntimeError("killed half way")
    assert target.read_text() == "old" and not lib_folder.partial_of(target).exists()
    with lib_folder.written_whole(target) as partial:
        partial.write_text("cancelled")
        partial.unlink()  # the writer gave up: nothing is committed
    assert target.read_text() == "old"
    with lib_folder.written_whole(target) as partial:
        partial.write_text("new")
    assert target.read_text() == "new" and target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_library_folder_is_known_by_its_database_and_files(tmp_path: Path) -> None:
    assert not lib_folder.is_library(tmp_path)
    Library.open(tmp_path / "lib").close()
    assert lib_folder.is_library(tmp_path / "lib")
    (tmp_path / "lib" / lib_folder.DB_NAME).unlink()
    assert not lib_folder.is_library(tmp_path / "lib")


# ---------------------------------------------------------------- D1: state.json
def _hostile_states(tmp_path: Path, lib_dir: Path) -> dict[str, object]:
    outside = tmp_path / "outside"
    (outside / "ix-1").mkdir(parents=True, exist_ok=True)
    write(outside, "precious.txt", "not the library's")
    write(outside / "ix-1", "keep.txt", "not the library's either")
    (lib_dir / "index" / "ix-9").symlink_to(outside, target_is_directory=True)
    return {
        "dotdot": "..",
        "files": "../files",
        "absolute": str(outside),
        "symlink": "ix-9",
        "backups": "../backups",
        "not a string": ["ix-1"],
    }


@pytest.mark.parametrize("case", ["dotdot", "files", "absolute", "symlink", "backups",
                                  "not a string"])
def test_hostile_state_json_deletes_nothing_outside_index(tmp_path: Path, case: str) -> None:
    lib_dir = make_library(tmp_path)
    active = _hostile_states(tmp_path, lib_dir)[case]
    before = snapshot(lib_dir)
    outside_before = snapshot(tmp_path / "outside")
    (lib_dir / "index" / "state.json").write_text(
        json.dumps({"schema_version": 1, "generation": 1, "active": active}), encoding="utf-8")
    assert read_state(lib_dir / "index") is None  # treated as missing
    with Library.open(lib_dir) as lib:
        assert len(lib.search("deportees").sources) == 2
        assert lib.check().ok
        lib.index.rebuild_index()
        assert len(lib.search("deportees").sources) == 2
    after = snapshot(lib_dir)
    assert {k: after.get(k) for k in before} == before  # (plus the day's backup)
    assert snapshot(tmp_path / "outside") == outside_before
    assert (tmp_path / "outside" / "ix-1" / "keep.txt").is_file()
    assert (lib_dir / "library.sqlite3").is_file()


def test_state_json_symlink_is_not_followed(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path)
    victim = write(tmp_path / "outside", "victim.json", "precious")
    state = lib_dir / "index" / "state.json"
    state.unlink()
    state.symlink_to(victim)
    (lib_dir / "index" / "state.json.tmp").symlink_to(tmp_path / "outside" / "victim2.json")
    with Library.open(lib_dir) as lib:
        assert len(lib.search("deportees").sources) == 2
    assert victim.read_text() == "precious"
    assert not (tmp_path / "outside" / "victim2.json").exists()


def test_lock_file_symlink_is_not_written_through(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path)
    victim = write(tmp_path / "outside", "victim.txt", "precious")
    (lib_dir / "library.lock").unlink()
    (lib_dir / "library.lock").symlink_to(victim)
    with Library.open(lib_dir) as lib:
        lib.catalog.tag(lib.catalog.sources()[0].id, countries=["HN"])
    assert victim.read_text() == "precious"


def test_symlinked_index_folder_is_replaced_not_followed(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path)
    outside = tmp_path / "outside"
    write(outside / "ix-1", "keep.txt", "x")
    import shutil

    shutil.rmtree(lib_dir / "index")
    (lib_dir / "index").symlink_to(outside, target_is_directory=True)
    with Library.open(lib_dir) as lib:
        assert len(lib.search("deportees").sources) == 2
    assert (outside / "ix-1" / "keep.txt").is_file()
    assert not (lib_dir / "index").is_symlink()


# ---------------------------------------------------------------- D2: crafted rows
def _craft(db: Path, column: str, value: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(f"UPDATE sources SET {column} = ?", [value])  # noqa: S608 - test data
    conn.close()


@pytest.mark.parametrize("crafted", ["../decoy/victim.txt", "ABSOLUTE",
                                     "files/../../decoy/victim.txt"])
def test_deleting_a_crafted_source_touches_only_its_hashed_file(
    tmp_path: Path, crafted: str
) -> None:
    lib_dir = make_library(tmp_path, n=1)
    victim = write(tmp_path / "decoy", "victim.txt", "precious")
    with Library.open(lib_dir) as lib:
        source = lib.catalog.sources()[0]
        stored = lib.catalog.file_path(source)
        assert stored.is_file()
    value = str(victim) if crafted == "ABSOLUTE" else crafted
    _craft(lib_dir / "library.sqlite3", "stored_file", value)
    _craft(lib_dir / "library.sqlite3", "ocr_file", value)
    with Library.open(lib_dir) as lib:
        source = lib.catalog.sources()[0]
        assert lib.catalog.file_path(source) == stored  # from the hash, not the row
        assert lib.ocr.ocr_file_path(source) is None
        lib.catalog.delete_source(source.id)
    assert victim.read_text() == "precious"
    assert not stored.exists()


def test_crafted_hash_deletes_nothing(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path, n=1)
    victim = write(tmp_path / "decoy", "victim.txt", "precious")
    _craft(lib_dir / "library.sqlite3", "sha256", "../../decoy/victim")
    _craft(lib_dir / "library.sqlite3", "stored_file", "../decoy/victim.txt")
    with Library.open(lib_dir) as lib:
        report = lib.check()
        assert not report.ok  # the file is reported missing, nothing read outside
        lib.catalog.delete_source(lib.catalog.sources()[0].id)
    assert victim.read_text() == "precious"


def test_restoring_a_crafted_backup_is_harmless(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path, n=1)
    victim = write(tmp_path / "decoy", "victim.txt", "precious")
    with Library.open(lib_dir) as lib:
        backup = Path(lib.backups.backup().path)
        stored = lib.catalog.file_path(lib.catalog.sources()[0])
    crafted = tmp_path / "crafted.sqlite3"
    crafted.write_bytes(backup.read_bytes())
    _craft(crafted, "stored_file", "../decoy/victim.txt")
    with Library.open(lib_dir) as lib:
        result = lib.backups.restore(crafted)
        assert result.sources == 1 and result.missing_files == 0
        report = lib.check()
        assert report.ok and [p.kind for p in report.problems] == ["stored_path"]
        assert lib.check(repair=True).problems[0].repaired
        assert lib.catalog.sources()[0].stored_file == stored.relative_to(lib_dir).as_posix()
        assert lib.check().problems == ()
        lib.catalog.delete_source(lib.catalog.sources()[0].id)
    assert victim.read_text() == "precious"
    assert not stored.exists()


# ---------------------------------------------------------------- partial files
def test_stale_partial_files_are_swept_by_check_and_open(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path, n=1)
    old = [write(lib_dir / "backups", "library-x.sqlite3.part", "half"),
           write(lib_dir / "files" / "ab", "ab12.pdf.part", "half")]
    for path in old:
        os.utime(path, (1_000_000, 1_000_000))
    with Library.open(lib_dir) as lib:
        assert not any(p.exists() for p in old)  # open swept them
        for path in old:
            write(path.parent, path.name, "half")
            os.utime(path, (1_000_000, 1_000_000))
        report = lib.check()
        assert report.ok, report.problems
        assert [p.repaired for p in report.problems if p.kind == "partial_file"] == [True, True]
    assert not any(p.exists() for p in old)


def test_partial_file_being_written_now_is_kept(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path, n=1)
    fresh = write(lib_dir / "backups", "library-y.sqlite3.part", "half")
    future = fresh.stat().st_mtime + 3600
    os.utime(fresh, (future, future))
    with Library.open(lib_dir) as lib:
        assert lib.check().ok
    assert fresh.exists()


def test_a_valid_state_is_read_and_a_file_named_like_an_index_is_not(tmp_path: Path) -> None:
    index = tmp_path / "index"
    (index / "ix-3").mkdir(parents=True)
    (index / "ix-4").write_text("a file")
    for active, expected in (("ix-3", True), ("ix-4", False), ("ix-5", False),
                             ("ix-3/..", False), ("IX-3", False)):
        (index / "state.json").write_text(json.dumps(
            {"schema_version": 1, "generation": 7, "active": active}))
        state = read_state(index)
        assert (state is not None) == expected, active
        if state is not None:
            assert state.generation == 7


def test_files_that_is_not_a_folder_is_refused_in_words(tmp_path: Path) -> None:
    lib_dir = make_library(tmp_path, n=1)
    import shutil

    shutil.rmtree(lib_dir / "files")
    (lib_dir / "files").write_text("not a folder")
    with pytest.raises(UnsafePath):
        Library.open(lib_dir)
    assert (lib_dir / "files").read_text() == "not a folder"


def test_a_read_only_error_is_not_called_a_full_disk(tmp_path: Path) -> None:
    import errno

    denied = PermissionError(errno.EACCES, "Permission denied")
    assert lib_folder.as_disk_full(denied, tmp_path) is None
    full = OSError(errno.ENOSPC, "No space left on device")
    assert "the disk is full (" in str(lib_folder.as_disk_full(full, tmp_path))
    assert lib_folder.as_disk_full(sqlite3.OperationalError("database or disk is full"),
                                   tmp_path) is not None
