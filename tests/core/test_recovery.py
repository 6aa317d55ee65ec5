"""A damaged library database: named, kept aside, recovered from backups, salvage and files/."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # tests.trust is shared with the report command
    sys.path.insert(0, str(REPO))

from evidence_app.cli.main import main  # noqa: E402
from evidence_app.errors import DatabaseDamaged  # noqa: E402
from evidence_app.library.facade import Library  # noqa: E402
from evidence_app.upkeep.recovery import damaged_files  # noqa: E402
from tests.trust import damage  # noqa: E402

TEXTS = {
    "asylum.txt": "Gang violence in Honduras forces families to flee. " * 20,
    "courts.txt": "The courts of Guatemala lack capacity for asylum claims. " * 20,
    "police.txt": "Police in El Salvador rarely investigate threats to returnees. " * 20,
    "women.txt": "Femicide rates in Honduras remain among the highest in the region. " * 20,
    "lgbt.txt": "LGBTQI people in Guatemala face attacks and no state protection. " * 20,
}


def _make_library(tmp_path: Path) -> tuple[Path, set[str], set[str]]:
    """A library with a backup holding three sources, then two more sources and an excerpt
    made after the backup. Returns (folder, hashes at the backup, all hashes)."""
    folder = tmp_path / "lib"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = list(TEXTS)
    for name in names:
        (inbox / name).write_text(TEXTS[name], encoding="utf-8")
    with Library.open(folder) as lib:
        lib.import_files([inbox / n for n in names[:3]])
        lib.backups.backup()
        at_backup = {s.sha256 for s in lib.catalog.sources()}
        lib.import_files([inbox / n for n in names[3:]])
        later = next(s for s in lib.catalog.sources() if s.sha256 not in at_backup)
        lib.excerpts.add_excerpt_by_quote(later.id, "1", "Femicide rates in Honduras")
        every = {s.sha256 for s in lib.catalog.sources()}
    assert len(at_backup) == 3 and len(every) == 5
    return folder, at_backup, every


def _cut_in_half(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def _overwrite_header(db: Path) -> None:
    with open(db, "r+b") as f:
        f.write(b"\xde\xad\xbe\xef" * 25)


def _break_table(db: Path, table: str = "pages") -> None:
    """Overwrite the b-tree pages of one table with garbage, leaving the rest readable."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x0d\xff\xff\xff" * (page_size // 4))


def _sources(folder: Path) -> set[str]:
    with Library.open(folder) as lib:
        assert lib.check().ok, lib.check().problems
        assert lib.search("Honduras").passages
        return {s.sha256 for s in lib.catalog.sources()}


@pytest.mark.parametrize("damage", [_cut_in_half, _overwrite_header])
def test_damaged_database_is_named_at_open(tmp_path: Path, damage: object) -> None:
    folder, _, _ = _make_library(tmp_path)
    damage(folder / "library.sqlite3")  # type: ignore[operator]
    with pytest.raises(DatabaseDamaged) as raised:
        Library.open(folder)
    assert raised.value.path.endswith("library.sqlite3") and raised.value.reason


def test_half_database_comes_back_through_cli_check_repair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, at_backup, every = _make_library(tmp_path)
    _cut_in_half(folder / "library.sqlite3")

    assert main(["--library", str(folder), "sources"]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "check --repair" in err and "Traceback" not in err
    assert main(["--library", str(folder), "backups"]) == 0
    assert "manual" in capsys.readouterr().out

    assert main(["--library", str(folder), "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "recovered: 5 sources" in out and "kept as" in out
    assert len(damaged_files(folder)) == 1  # the damaged file is set aside, never deleted
    assert _sources(folder) >= at_backup | every
    assert main(["--library", str(folder), "check"]) == 0


def test_header_damage_recovers_through_library_api(tmp_path: Path) -> None:
    folder, at_backup, every = _make_library(tmp_path)
    _overwrite_header(folder / "library.sqlite3")
    report = Library.recover(folder)
    assert report.backup and report.damaged_file
    assert Path(report.damaged_file).is_file()
    assert report.sources == 5
    assert _sources(folder) == every


def test_bad_table_is_reported_and_recovered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, at_backup, every = _make_library(tmp_path)
    _break_table(folder / "library.sqlite3")
    code = main(["--library", str(folder), "check"])
    captured = capsys.readouterr()
    assert code != 0 and "Traceback" not in captured.err
    assert "damaged" in captured.out + captured.err
    assert main(["--library", str(folder), "check", "--repair"]) == 0
    assert "recovered: 5 sources" in capsys.readouterr().out
    assert _sources(folder) == every
    assert damaged_files(folder)
    with Library.open(folder) as lib:
        # Sources added after the backup keep their row (and excerpt): only their pages were
        # damaged, and those were read again from the originals in files/.
        assert [e.quote for e in lib.excerpts.excerpts()] == ["Femicide rates in Honduras"]
        assert {s.original_name for s in lib.catalog.sources()} == set(TEXTS)


def test_salvage_keeps_excerpts_made_after_the_backup(tmp_path: Path) -> None:
    folder, _, every = _make_library(tmp_path)
    _break_table(folder / "library.sqlite3", "countries")  # pages, sources, excerpts intact
    report = Library.recover(folder)
    assert dict(report.salvaged).get("sources") == 2
    with Library.open(folder) as lib:
        assert {s.sha256 for s in lib.catalog.sources()} == every
        assert [e.quote for e in lib.excerpts.excerpts()] == ["Femicide rates in Honduras"]


def test_zero_length_database_with_backups_is_damage_not_a_new_library(tmp_path: Path) -> None:
    folder, _, every = _make_library(tmp_path)
    (folder / "library.sqlite3").write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        Library.open(folder)
    report = Library.recover(folder)
    assert report.reimported == 2
    assert _sources(folder) == every


def test_restore_works_on_a_damaged_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, at_backup, _ = _make_library(tmp_path)
    _cut_in_half(folder / "library.sqlite3")
    name = Library.backups_at(folder)[0].name
    assert main(["--library", str(folder), "restore", name]) == 0
    capsys.readouterr()
    with Library.open(folder) as lib:
        assert {s.sha256 for s in lib.catalog.sources()} == at_backup
    assert damaged_files(folder)


def test_no_sound_backup_still_reimports_every_original(tmp_path: Path) -> None:
    folder, _, every = _make_library(tmp_path)
    for backup in (folder / "backups").glob("*.sqlite3"):
        _cut_in_half(backup)
    _cut_in_half(folder / "library.sqlite3")
    report = Library.recover(folder)
    assert not report.backup
    assert any("damaged too" in line for line in report.not_recovered)
    assert _sources(folder) == every


@pytest.mark.parametrize("kind", list(damage.DAMAGES))
def test_trust_report_damage_kinds_are_named_and_recovered(tmp_path: Path, kind: str) -> None:
    outcome = damage.trial(tmp_path, kind)
    assert outcome.tracebacks == []
    assert outcome.named and outcome.backups_listed and outcome.recovered
    assert outcome.damaged_kept
    assert outcome.at_backup_kept == outcome.at_backup
    assert outcome.originals_held == outcome.originals


def test_recovery_stopped_between_its_renames_is_not_a_new_library(tmp_path: Path) -> None:
    """Set aside, but the new file not yet in place: the next open must not start empty."""
    folder, _, every = _make_library(tmp_path)
    db = folder / "library.sqlite3"
    _cut_in_half(db)
    db.rename(db.with_name(db.name + ".damaged-20260101T000000"))
    (folder / ".recover-abc").mkdir()  # its scratch folder
    with pytest.raises(DatabaseDamaged, match="missing"):
        Library.open(folder)
    Library.recover(folder)
    assert _sources(folder) == every
    assert not (folder / ".recover-abc").exists()
    assert len(damaged_files(folder)) == 1


@pytest.mark.skipif(not Path("/usr/bin/sqlite3").is_file(), reason="needs the sqlite3 program")
def test_salvage_uses_the_sqlite3_program_when_its_recover_works(tmp_path: Path) -> None:
    """Debian 12's sqlite3 has no sqlite_dbpage, so its .recover fails and salvage reads row
    by row; where .recover works (a stand-in that answers with .dump) it is used."""
    from evidence_app.store.salvage import salvage

    folder, _, _ = _make_library(tmp_path)
    _overwrite_header(folder / "library.sqlite3")
    fake = tmp_path / "sqlite3"
    fake.write_text('#!/bin/sh\nif [ "$2" = ".recover" ]; then exec /usr/bin/sqlite3 "$1" '
                    '.dump; fi\nexec /usr/bin/sqlite3 "$@"\n', encoding="utf-8")
    fake.chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    found = salvage(folder / "library.sqlite3", work, program=str(fake))
    assert found.method == "sqlite3 .recover" and found.path is not None
    conn = sqlite3.connect(found.path)
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 5
    conn.close()
    real = salvage(folder / "library.sqlite3", tmp_path, program="/usr/bin/sqlite3")
    assert real.path is not None  # row by row, whatever the program could do


def test_bad_table_found_after_open_is_named_by_check_and_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Today's daily backup already made, so the library opens; the damage shows when a verb
    reaches the bad table: named as the database's (search must not blame the index)."""
    folder, _, every = _make_library(tmp_path)
    Library.open(folder).close()  # the daily backup, of the sound database
    _break_table(folder / "library.sqlite3")
    with Library.open(folder) as lib, pytest.raises(DatabaseDamaged):
        lib.search("Honduras")
    assert main(["--library", str(folder), "search", "Honduras"]) == 2
    err = capsys.readouterr().err
    assert "library database" in err and "index" not in err.split("damaged")[0]
    assert main(["--library", str(folder), "check"]) != 0
    captured = capsys.readouterr()
    assert "damaged" in captured.out + captured.err
    assert "check --repair" in captured.out + captured.err
    assert main(["--library", str(folder), "check", "--repair"]) == 0
    capsys.readouterr()
    assert _sources(folder) == every
