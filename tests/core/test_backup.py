"""Rolling backups of the database: daily at open, before migrations, on demand; restore."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from evidence_app.errors import InvalidValue, LibraryTooNew
from evidence_app.library.facade import Library
from evidence_app.sharing import backup
from evidence_app.store.connection import build_migrations, connect, migration_files

TEXT = "Honduras report\n\nGangs extorted deportees.\n\nPolice abuses were reported."


def _library_with_a_source(folder: Path, tmp_path: Path) -> Library:
    lib = Library.open(folder)
    path = tmp_path / "hn.txt"
    path.write_text(TEXT, encoding="utf-8")
    lib.import_files([path], workers=0)
    return lib


def test_daily_backup_at_open_once_a_day(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        assert lib.backups.backups() == []  # nothing to back up in an empty library yet
        (tmp_path / "hn.txt").write_text(TEXT, encoding="utf-8")
        lib.import_files([tmp_path / "hn.txt"], workers=0)
    with Library.open(folder) as lib:
        daily = [b for b in lib.backups.backups() if b.kind == "daily"]
    assert len(daily) == 1
    with Library.open(folder) as lib:
        assert [b.kind for b in lib.backups.backups()] == ["daily"]
    older = Path(daily[0].path).with_name("library-20000101T000000-daily.sqlite3")
    Path(daily[0].path).rename(older)  # a day (and more) has passed
    with Library.open(folder) as lib:
        assert [b.name for b in lib.backups.backups()][1:] == [older.name]


def test_backups_are_single_private_files_of_a_consistent_database(tmp_path: Path) -> None:
    with _library_with_a_source(tmp_path / "lib", tmp_path) as lib:
        info = lib.backups.backup()
        path = Path(info.path)
        assert path.stat().st_mode & 0o077 == 0
        assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
        conn.close()
        assert not list(path.parent.glob("*-wal"))


def test_rotation_keeps_the_newest_of_each_kind(tmp_path: Path) -> None:
    with _library_with_a_source(tmp_path / "lib", tmp_path) as lib:
        start = datetime(2024, 1, 1, tzinfo=UTC)
        for day in range(10):
            backup.make_backup(
                lib.store, lib.backups.backups_dir, "daily", start + timedelta(days=day)
            )
        for hour in range(3):
            backup.make_backup(
                lib.store, lib.backups.backups_dir, "manual", start + timedelta(hours=hour)
            )
        removed = backup.rotate(lib.backups.backups_dir, keep=7)
        left = lib.backups.backups()
    kinds = [b.kind for b in left]
    assert len(removed) == 3 and kinds.count("daily") == 7 and kinds.count("manual") == 3
    assert min(b.created for b in left if b.kind == "daily").startswith("2024-01-04")


def test_restore_puts_the_backup_back_and_rebuilds_the_index(tmp_path: Path) -> None:
    with _library_with_a_source(tmp_path / "lib", tmp_path) as lib:
        source = lib.catalog.sources()[0]
        saved = lib.backups.backup()
        lib.catalog.edit_source(source.id, title="Changed after the backup")
        lib.taxonomy.add_risk_type("land_defenders", "Land defenders")
        other = tmp_path / "sv.txt"
        other.write_text("El Salvador report\n\nMass detention under the state of exception.",
                         encoding="utf-8")
        lib.import_files([other], workers=0)
        with Library.open(lib.folder) as reader:  # another program with the library open
            assert len(reader.search("detention").sources) == 1
            result = lib.backups.restore(saved.name)
            assert reader.search("detention").sources == ()
            assert reader.catalog.source(source.id).title == source.title
        assert result.sources == 1 and result.missing_files == 0
        assert lib.catalog.source(source.id).title == source.title
        assert all(r.slug != "land_defenders" for r in lib.taxonomy.risk_types())
        assert len(lib.search("deportees").sources) == 1
        assert lib.search("detention").sources == ()
        assert lib.index.index_is_current()
        report = lib.check()
        assert report.ok  # the file of the source added later stays, unused: a notice
        assert [p.kind for p in report.problems] == ["unreferenced_file"]
        # the restore can be undone
        lib.backups.restore(result.safety_backup.path)
        assert lib.catalog.source(source.id).title == "Changed after the backup"
        assert len(lib.search("detention").sources) == 1


def test_restore_refuses_what_is_not_a_sound_backup(tmp_path: Path) -> None:
    with _library_with_a_source(tmp_path / "lib", tmp_path) as lib:
        junk = lib.backups.backups_dir / "library-20240101T000000-manual.sqlite3"
        junk.write_bytes(b"not a database" * 100)
        with pytest.raises(InvalidValue):
            lib.backups.restore(junk.name)
        newer = Path(lib.backups.backup().path)
        conn = sqlite3.connect(newer)
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('evidence_library', '9999_future', '2099-01-01')")
        conn.commit()
        conn.close()
        with pytest.raises(LibraryTooNew):
            lib.backups.restore(newer)
        other = tmp_path / "x.sqlite3"
        sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
        with pytest.raises(InvalidValue):
            lib.backups.restore(other)
        assert lib.catalog.stats()["sources"] == 1 and lib.check().ok


def test_a_pending_migration_is_preceded_by_a_backup(tmp_path: Path) -> None:
    old = tmp_path / "old-migrations"
    old.mkdir()
    shutil.copy(migration_files()[0], old)
    folder = tmp_path / "lib"
    folder.mkdir()
    db = connect(folder / "library.sqlite3")
    build_migrations(old).apply(db)
    db.conn.close()
    with Library.open(folder) as lib:
        kinds = [b.kind for b in lib.backups.backups()]
    assert kinds and all(k.startswith("before-") for k in kinds)
