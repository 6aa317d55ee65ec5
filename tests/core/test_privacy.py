"""Privacy: the library folder is its owner's only, logs hold no case data, and nothing in
the app opens a network connection."""

from __future__ import annotations

import logging
import socket
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # tests.trust is shared with the report command
    sys.path.insert(0, str(REPO))

from evidence_app.errors import EvidenceError  # noqa: E402
from evidence_app.library.facade import Library  # noqa: E402
from tests.trust.network import NetworkAttempt, no_network  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
NAME = "Zelda Quintanilla-Ortiz"
A_NUMBER = "209876543"
TEXT = ("Honduras report\n\nGangs such as MS-13 extorted bus drivers in San Pedro Sula.\n\n"
        "Returned deportees faced threats from gangs after arriving at the airport.")


def _private(mode: int) -> bool:
    return mode & 0o077 == 0


def test_library_files_are_readable_by_their_owner_only(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "hn.txt"
    path.write_text(TEXT, encoding="utf-8")
    source = library.import_files([path], workers=0).imported[0]
    backup = library.backups.backup()
    bundle = library.bundles.export_bundle(tmp_path / "out.evbundle")
    for item in (library.folder, library.folder / "library.sqlite3", library.folder / "files",
                 library.folder / "backups", library.catalog.file_path(source),
                 library.folder / "library.lock", Path(backup.path), Path(bundle.path)):
        assert _private(item.stat().st_mode), item


def test_logs_and_lock_holder_carry_no_case_data(
    library: Library, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "hn.txt"
    path.write_text(TEXT, encoding="utf-8")
    caplog.set_level(logging.DEBUG)
    holders: list[str] = []
    original = library.store.cases.update_case

    def spy(*args: object, **kwargs: object) -> None:
        holders.append((library.folder / "library.lock").read_text(encoding="utf-8"))
        original(*args, **kwargs)  # type: ignore[arg-type]

    library.store.cases.update_case = spy  # type: ignore[method-assign]
    source = library.import_files([path], workers=0).imported[0]
    page = library.catalog.pages(source.id)[0]
    start = page.text.index("extorted bus drivers")
    excerpt = library.excerpts.add_excerpt(source.id, page.page_no, start, start + 20)
    case = library.cases.new_case(applicant_name=NAME, a_number=A_NUMBER, countries=["HN"],
                            court_location="Houston", hearing_date="2031-03-04")
    library.cases.edit_case(case.id, judge="Judge Ruiz", notes=f"{NAME} fears MS-13")
    for bad in ({"hearing_date": "not a date"}, {"filer_email": NAME},
                {"a_number": NAME}, {"applicant_name": NAME, "filer_kind": "bad"}):
        with pytest.raises(EvidenceError) as info:
            library.cases.edit_case(case.id, **bad)
        assert NAME not in str(info.value) and A_NUMBER not in str(info.value)
    library.cases.add_exhibit(case.id, source.id)
    library.cases.add_excerpts_exhibit(case.id, [excerpt.id], lettered=True)
    library.cases.coverage(case.id)
    library.cases.citations(case.id, "text")
    library.packets.build_packet(case.id, tmp_path / "packet.pdf")
    library.packets.evidence_summary(case.id, tmp_path / "summary.csv")
    library.check()
    library.cases.delete_case(case.id)
    assert any("editing a case" in r.getMessage() for r in caplog.records), \
        "the capture is not working"
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in (NAME, "Quintanilla", A_NUMBER, "209-876-543"):
        assert secret not in logged
        assert all(secret not in holder for holder in holders)
    assert holders and all("editing a case" in h for h in holders)


def test_the_network_guard_sees_an_attempt() -> None:
    with no_network() as attempts:
        with pytest.raises(NetworkAttempt):
            socket.create_connection(("192.0.2.1", 80), timeout=0.01)
    assert attempts


def test_no_network_across_import_search_packet_and_bundles(tmp_path: Path) -> None:
    html = CORPUS / "html"
    if not html.is_dir():
        pytest.skip(f"test corpus not found at {CORPUS}")
    pages = sorted(html.glob("*.html"))  # State Department pages with remote scripts, fonts
    with no_network() as attempts:
        with Library.open(tmp_path / "a") as lib:
            report = lib.import_files(pages, workers=0, auto_tag=True)
            assert report.imported and not report.failed
            result = lib.search("gangs OR pandillas")
            assert result.sources
            source = lib.catalog.sources()[0]
            case = lib.cases.new_case(applicant_name=NAME, countries=["HN"])
            lib.cases.add_exhibit(case.id, source.id, pages="1")
            lib.packets.build_packet(case.id, tmp_path / "packet.pdf")
            lib.bundles.export_bundle(tmp_path / "all.evbundle")
        with Library.open(tmp_path / "b") as other:
            other.bundles.import_bundle(tmp_path / "all.evbundle")
            assert other.search("gangs OR pandillas").sources
            assert other.check().ok
    assert attempts == []


def test_no_network_adding_the_starter_library_and_searching_it(tmp_path: Path) -> None:
    """A fresh library on a laptop with no internet: the shipped reports, searchable."""
    with no_network() as attempts:
        with Library.open(tmp_path / "fresh") as lib:
            result = lib.starter.add_starter(countries=["HN"], since=2022)
            assert len(result.added) == 3
            assert lib.search('"protection of refugees"').sources
            assert all(s.countries == ("HN",) for s in lib.catalog.sources())
    assert attempts == []
