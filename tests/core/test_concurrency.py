"""Several programs on one library: readers never wait, writers take turns, and each sees
what the others changed. Two Library objects on one folder stand for two processes (the
lock file's flock works per open file, so they exclude each other just the same); one test
uses a real second process, the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from evidence_app.errors import LibraryLocked
from evidence_app.library.facade import Library

REPO = Path(__file__).resolve().parents[2]
TEXT = ("Honduras report {n}\n\nGangs extorted deportees in district {n}.\n\n"
        "Police abuses were reported. " * 3)
WRITE_PREFIXES = ("add_", "edit_", "delete_", "new_", "move_", "remove_", "restore",
                  "import_", "rebuild_", "catch_up", "tag", "set_", "update_", "ocr_sources")


def write(folder: Path, n: int) -> Path:
    path = folder / f"report_{n}.txt"
    path.write_text(TEXT.format(n=n), encoding="utf-8")
    return path


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Library, Library]]:
    first = Library.open(tmp_path / "lib")
    first.import_files([write(tmp_path, 0)], workers=0)
    second = Library.open(tmp_path / "lib", lock_wait=0.2)
    try:
        yield first, second
    finally:
        second.close()
        first.close()


def _verbs(lib: Library, tmp_path: Path) -> dict[str, Callable[[], Any]]:
    source = lib.catalog.sources()[0]
    page = lib.catalog.pages(source.id)[0]
    bundle = tmp_path / "all.evbundle"
    lib.bundles.export_bundle(bundle)
    backup = lib.backups.backup()
    return {
        "import_files": lambda: lib.import_files([write(tmp_path, 9)], workers=0),
        "edit_source": lambda: lib.catalog.edit_source(source.id, title="x"),
        "tag": lambda: lib.catalog.tag(source.id, countries=["HN"]),
        "delete_source": lambda: lib.catalog.delete_source(source.id),
        "add_excerpt": lambda: lib.excerpts.add_excerpt(source.id, page.page_no, 0, 5),
        "edit_excerpt": lambda: lib.excerpts.edit_excerpt(1, note="x"),
        "delete_excerpt": lambda: lib.excerpts.delete_excerpt(1),
        "edit_country": lambda: lib.taxonomy.edit_country("HN", notes="x"),
        "add_risk_type": lambda: lib.taxonomy.add_risk_type("land_defenders", "Land defenders"),
        "edit_risk_type": lambda: lib.taxonomy.edit_risk_type("gang_violence", label_en="x"),
        "rebuild_index": lib.index.rebuild_index,
        "catch_up_index": lib.index.catch_up_index,
        "new_case": lambda: lib.cases.new_case(applicant_name="x"),
        "edit_case": lambda: lib.cases.edit_case(1, notes="x"),
        "delete_case": lambda: lib.cases.delete_case(1),
        "add_exhibit": lambda: lib.cases.add_exhibit(1, source.id),
        "import_bundle": lambda: lib.bundles.import_bundle(bundle),
        "restore": lambda: lib.backups.restore(backup.path),
        "check": lambda: lib.check(repair=True),
    }


def test_reads_never_wait_and_writes_wait_then_name_the_writer(
    pair: tuple[Library, Library], tmp_path: Path
) -> None:
    first, second = pair
    verbs = _verbs(second, tmp_path)
    with first._writing("importing files"):
        assert second.search("deportees").sources
        assert second.catalog.sources() and second.catalog.stats()["sources"] == 1
        assert second.excerpts.excerpts() == [] and second.cases.cases() == []
        assert second.index.index_is_current()  # being kept up to date by the writer
        assert "importing files" in second.watch.writer()
        for name, verb in verbs.items():
            with pytest.raises(LibraryLocked) as info:
                verb()
            holder = info.value.holder
            assert f"pid {os.getpid()}" in holder and "(importing files)" in holder, name
    assert second.watch.writer() == ""
    second.catalog.tag(second.catalog.sources()[0].id, countries=["HN"])  # free again


def test_every_write_verb_is_marked() -> None:
    """A verb that changes the library takes the write lock (a new one must too)."""
    unmarked = [name for name in dir(Library)
                if name.startswith(WRITE_PREFIXES) and callable(getattr(Library, name))
                and not hasattr(getattr(Library, name), "__writes__")
                # add_excerpt_by_quote calls add_excerpt; ocr_sources locks only around the
                # page replacement, not while OCRmyPDF runs for minutes.
                and name not in ("add_excerpt_by_quote", "ocr_sources")]
    assert unmarked == []


def test_a_waiting_writer_gets_its_turn(pair: tuple[Library, Library]) -> None:
    first, second = pair
    second._lock.wait = 30  # as a GUI would: wait for a long write rather than fail
    held, released = threading.Event(), threading.Event()

    def hold() -> None:
        with first._writing("rebuilding the search index"):
            held.set()
            released.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(10)
    threading.Timer(0.3, released.set).start()
    second.taxonomy.add_risk_type("land_defenders", "Land defenders")  # waits for the lock...
    assert released.is_set()  # ...which it only got after the first writer let go
    thread.join()


def test_each_sees_what_the_other_wrote(pair: tuple[Library, Library], tmp_path: Path) -> None:
    first, second = pair
    assert second.watch.changed_elsewhere() is False
    report = first.import_files([write(tmp_path, 1)], workers=0)
    assert second.watch.changed_elsewhere() is True
    assert second.watch.changed_elsewhere() is False  # once
    assert {h.source_id for h in second.search("district 1").sources} >= {
        report.imported[0].id}
    second.catalog.tag(report.imported[0].id, countries=["GT"])
    assert second.watch.changed_elsewhere() is False  # its own write is no news to it
    assert first.watch.changed_elsewhere() is True
    first.index.rebuild_index()  # a new index folder: the other follows it
    assert second.search('"district 1"').sources
    assert "GT" in first.catalog.source(report.imported[0].id).countries  # beside HN from the title


def test_readers_never_see_a_half_written_source(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    Library.open(folder).close()
    paths = [write(tmp_path, n) for n in range(12)]
    done = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with Library.open(folder) as lib:
                for path in paths:
                    lib.import_files([path], workers=0)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=writer)
    with Library.open(folder) as reader:
        thread.start()
        looks = 0
        while not done.is_set() or looks == 0:
            for source in reader.catalog.sources():
                assert len(reader.catalog.pages(source.id)) == source.page_count > 0
            for hit in reader.search("deportees").sources:
                assert reader.catalog.pages(hit.source_id)
            looks += 1
        thread.join()
        assert not errors
        assert reader.catalog.stats()["sources"] == len(paths)
        assert len(reader.search("deportees", ).sources) == min(len(paths), 20)


def test_the_command_line_searches_while_another_program_writes(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "evidence_app.cli.main", "--library",
                               str(folder), *args], env=env, capture_output=True, text=True,
                              timeout=120)

    with Library.open(folder) as gui:
        gui.import_files([write(tmp_path, 3)], workers=0)
        with gui._writing("importing files"):
            found = cli("search", "deportees")
            tagged = cli("tag", "1", "--country", "HN")
    assert found.returncode == 0 and "district 3" in found.stdout
    assert tagged.returncode == 2 and "(importing files)" in tagged.stderr
    assert cli("tag", "1", "--country", "HN").returncode == 0
