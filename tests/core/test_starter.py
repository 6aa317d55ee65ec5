"""The starter library: the shipped State Department reports, added offline in one step."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from evidence_app.cli.main import main as cli_main
from evidence_app.library.facade import Library
from evidence_app.library.starter import read_starter, starter_bundle_path
from evidence_app.model import SearchQuery
from evidence_app.sharing.bundle import MANIFEST, SOURCES

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
from tests.trust.network import no_network  # noqa: E402

# ../shared/starter beside the checkout (or beside the worktrees' folder), see its PROVENANCE.md
SAVED = next((p / "shared" / "starter" / "statedept_hrr" for p in (REPO.parent, REPO.parent.parent)
              if (p / "shared" / "starter" / "statedept_hrr").is_dir()),
             REPO.parent / "shared" / "starter" / "statedept_hrr")
ACA_AND_APPROACHED = {"BZ", "EC", "SV", "GT", "HN", "MX", "PA", "PY", "UG"}
PUBLISHER = "U.S. Department of State"


def _records(bundle: Path) -> list[dict[str, object]]:
    with zipfile.ZipFile(bundle) as zf:
        return [json.loads(line) for line in zf.read(SOURCES).decode("utf-8").splitlines()
                if line.strip()]


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """A fresh library with the whole starter added, with no network."""
    lib = Library.open(tmp_path_factory.mktemp("starter") / "lib")
    try:
        with no_network() as attempts:
            result = lib.starter.add_starter()
            lib.search("gangs")
        assert attempts == []
        assert len(result.added) == 81 and result.headings == 81
        yield lib
    finally:
        lib.close()


def test_the_shipped_starter_is_small_and_lists_81_reports() -> None:
    path = starter_bundle_path()
    assert path.is_file()
    assert path.stat().st_size < 8_000_000
    version, entries = read_starter(path)
    assert version >= 1 and len(entries) == 81
    assert {e.country for e in entries} == ACA_AND_APPROACHED
    assert {e.year for e in entries} == set(range(2016, 2025))


@pytest.mark.slow  # the 81-report library
def test_one_step_gives_81_tagged_searchable_sources(full: Library) -> None:
    sources = full.catalog.sources()
    assert len(sources) == 81
    for source in sources:
        assert len(source.countries) == 1 and source.countries[0] in ACA_AND_APPROACHED
        assert source.publisher == PUBLISHER
        assert source.kind == "government_report" and source.language == "en"
        assert source.series == f"us-dos-hrr:{source.countries[0]}"
        assert source.title.startswith(f"{source.edition} Country Reports on Human Rights")
        assert source.url.startswith("https://www.state.gov/reports/")
        assert source.format == "html" and full.catalog.file_path(source).is_file()
    found = full.search(SearchQuery(text='"protection of refugees"', countries=("HN",),
                                    since="2020", until="2022"))
    assert found.sources and not found.error
    years = {full.catalog.source(s.source_id).published[:4] for s in found.sources}
    assert years <= {"2020", "2021", "2022"} and len(found.sources) == 3
    assert all(full.catalog.source(s.source_id).countries == ("HN",) for s in found.sources)
    assert full.check().ok


@pytest.mark.slow  # the 81-report library
def test_passages_carry_their_section_headings(full: Library) -> None:
    honduras = next(s for s in full.catalog.sources() if s.series == "us-dos-hrr:HN"
                    and s.edition == "2023")
    phrase = "had a nascent system to provide legal protection to refugees"
    page = next(p for p in full.catalog.pages(honduras.id) if phrase in p.text)
    headings = full.starter.headings(honduras.id, [page.page_no])
    assert any(h.heading == "e. Protection of Refugees" and h.level == 2 for h in headings)
    assert any(h.heading.startswith("Section 2.") and h.level == 1 for h in headings)
    for h in headings:  # a heading starting on the page is where the page says
        if h.start >= 0:
            assert page.text[h.start:].startswith(h.heading.split(". ", 1)[0])
    first = full.starter.headings(honduras.id, [1])
    assert first[0].heading == "EXECUTIVE SUMMARY" and first[0].start == 0


@pytest.mark.slow  # the 81-report library
def test_editions_and_newer_edition(full: Library) -> None:
    from evidence_app.packet.currency import CountryNames, newer_edition

    hn = {s.edition: s for s in full.catalog.sources() if s.series == "us-dos-hrr:HN"}
    assert sorted(hn) == [str(y) for y in range(2016, 2025)]
    editions = full.starter.editions(hn["2019"].id)
    assert [e.edition for e in editions] == sorted(hn)
    newest = full.starter.newer_edition(hn["2019"].id)
    assert newest is not None and newest.id == hn["2024"].id
    assert full.starter.newer_edition(hn["2024"].id) is None
    everything = full.catalog.sources()
    found = newer_edition(hn["2023"], everything, CountryNames({}))
    assert found is not None and found.id == hn["2024"].id
    assert newer_edition(hn["2024"], everything, CountryNames({})) is None


@pytest.mark.slow  # the 81-report library
def test_a_young_edition_warns_when_a_newer_one_is_here(full: Library) -> None:
    from evidence_app.model.cases import Exhibit
    from evidence_app.packet.currency import currency_warnings

    hn = {s.edition: s for s in full.catalog.sources() if s.series == "us-dos-hrr:HN"}
    exhibit = Exhibit(id=1, case_id=1, source_id=hn["2023"].id, position=1, scope="whole",
                      label="1")
    warnings = currency_warnings([exhibit], {hn["2023"].id: hn["2023"]}, full.catalog.sources(),
                                 date(2025, 6, 1), {})
    assert len(warnings) == 1 and warnings[0].newer_source_id == hn["2024"].id


def test_twice_adds_nothing_removed_stay_removed_unless_asked(library: Library) -> None:
    first = library.starter.add_starter(countries=["HN", "gt"], since=2022)
    assert len(first.added) == 6
    assert {c for s in library.catalog.sources() for c in s.countries} == {"HN", "GT"}
    again = library.starter.add_starter(countries=["HN", "GT"], since=2022)
    assert again.added == () and again.already == 6
    gone = library.catalog.sources()[0]
    library.catalog.delete_source(gone.id)
    info = library.starter.starter_info()
    assert len(info.removed) == 1 and info.new == 75
    assert library.starter.add_starter(countries=["HN", "GT"]).removed_skipped == 1
    assert gone.sha256 not in {s.sha256 for s in library.catalog.sources()}
    back = library.starter.add_starter(countries=["HN", "GT"], include_removed=True)
    assert len(back.added) == 1
    assert library.catalog.source(back.added[0]).series == gone.series


def _subset(bundle: Path, out: Path, country: str, version: int) -> None:
    """A smaller, older starter: the reports of one country, as an earlier app shipped."""
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        records = [r for r in _records(bundle) if country in r["countries"]]  # type: ignore[operator]
        data = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
        keep = {str(r["file"]) for r in records} | {"taxonomy.json"}
        members = {k: v for k, v in manifest["members"].items() if k in keep}
        members[SOURCES] = hashlib.sha256(data).hexdigest()
        manifest["members"] = members
        manifest["counts"]["sources"] = len(records)
        manifest["starter"] = {
            "version": version, "name": "older",
            "sources": [e for e in manifest["starter"]["sources"] if e["country"] == country]}
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name in keep:
                dst.writestr(name, zf.read(name))
            dst.writestr(SOURCES, data)
            dst.writestr(MANIFEST, json.dumps(manifest))


def test_a_newer_starter_adds_only_what_is_new(library: Library, tmp_path: Path) -> None:
    older = tmp_path / "older.evbundle"
    _subset(starter_bundle_path(), older, "PY", version=1)
    assert len(library.starter.add_starter(path=older).added) == 9
    removed = library.catalog.sources()[3]
    library.catalog.delete_source(removed.id)
    newer = library.starter.add_starter(countries=["PY", "BZ"])  # the shipped one: more countries
    assert len(newer.added) == 9 and newer.already == 8 and newer.removed_skipped == 1
    assert {s.countries for s in library.catalog.sources()} == {("PY",), ("BZ",)}


def test_cli_starter_adds_with_filters_and_says_what(tmp_path: Path, capsys:
                                                    pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "lib")
    assert cli_main(["--library", folder, "--json", "starter", "--country", "SV",
                     "--since", "2023"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["added"]) == 2 and out["already"] == 0
    assert cli_main(["--library", folder, "starter", "--country", "SV", "--since", "2023"]) == 0
    assert "added 0 reports, already in the library 2" in capsys.readouterr().out
    assert cli_main(["--library", folder, "starter", "--info"]) == 0
    assert "81 reports" in capsys.readouterr().out
    assert cli_main(["--library", folder, "editions", str(out["added"][0])]) == 0
    assert "2024" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli_main(["--library", folder, "starter", "--since", "twenty"])


# ---------------------------------------------------------------- against the saved pages
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')
_PUBLISHED = re.compile(r'"datePublished":"(\d{4}-\d{2}-\d{2})')


def test_every_starter_source_matches_its_saved_page() -> None:
    if not SAVED.is_dir():
        pytest.skip(f"the saved State Department pages are not at {SAVED}")
    saved = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in SAVED.glob("*/*.html")}
    records = _records(starter_bundle_path())
    assert len(records) == 81
    assert {str(r["sha256"]) for r in records} == set(saved)  # every page, byte for byte
    for record in records:
        page = saved[str(record["sha256"])]
        html = page.read_text(encoding="utf-8")
        year = int(page.parent.name)
        h1 = _H1.search(html)
        canonical = _CANONICAL.search(html)
        assert h1 and canonical
        title = " ".join(re.sub(r"<[^>]+>", " ", h1.group(1)).split())
        if "Country Reports" not in title:  # 2023 Mexico: the name is in the breadcrumb
            title = f"{year} Country Reports on Human Rights Practices: {title}"
            assert f'"name":"{year} Country Reports on Human Rights Practices"' in html
        assert record["title"] == title, page
        assert title.startswith(f"{year} Country Reports on Human Rights Practices: ")
        assert record["publisher"] == PUBLISHER
        assert record["url"] == canonical.group(1)
        assert record["edition"] == str(year)
        published = _PUBLISHED.search(html)
        if published:  # a report for year N is published in N+1
            assert record["published"] == published.group(1), page
        assert str(record["published"]).startswith(str(year + 1)), page


def test_an_imported_saved_page_gets_its_section_headings(library: Library) -> None:
    if not SAVED.is_dir():
        pytest.skip(f"the saved State Department pages are not at {SAVED}")
    report = library.import_files([SAVED / "2024" / "uganda.html"], workers=0)
    source = report.imported[0]
    rows = library.starter.headings(source.id)
    assert rows and rows[0].heading == "EXECUTIVE SUMMARY"
    assert any(r.heading == "c. Protection to Refugees" for r in rows)
