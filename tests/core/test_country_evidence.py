"""Countries applied at import when the evidence is clear (country_evidence.py)."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from evidence_app import ingest
from evidence_app.errors import ImportFailed
from evidence_app.labelling.country_evidence import CountryEvidence, clear_country
from evidence_app.library.facade import Library
from evidence_app.taxonomy import load_countries

COUNTRIES = tuple(load_countries())
REPO = Path(__file__).resolve().parents[2]
SHARED = next((p / "shared" for p in (REPO.parent, REPO.parent.parent)
               if (p / "shared" / "corpus").is_dir()), REPO.parent / "shared")
CORPUS = SHARED / "corpus"
STARTER = SHARED / "starter" / "statedept_hrr"
HRR = "https://www.state.gov/reports/{}-country-reports-on-human-rights-practices/{}/"


def _clear(**kwargs: object) -> CountryEvidence | None:
    return clear_country(COUNTRIES, **kwargs)  # type: ignore[arg-type]


def test_the_title_of_a_country_report_names_its_country() -> None:
    assert _clear(title="2023 Country Reports on Human Rights Practices: Honduras") == (
        CountryEvidence("HN", "title"))
    assert _clear(title="Honduras 2023 Human Rights Report") == CountryEvidence("HN", "title")
    # the part after the colon, not the other countries in parentheses
    assert _clear(title="2016 Country Reports on Human Rights Practices: China (includes "
                        "Tibet, Hong Kong, and Macau)").code == "CN"  # type: ignore[union-attr]
    assert _clear(title="2023 Country Reports on Human Rights Practices: Republic of "
                        "Korea").code == "KR"  # type: ignore[union-attr]


def test_a_title_naming_two_countries_is_not_clear() -> None:
    assert _clear(title="Hondurans deported from Mexico") is None
    assert _clear(title="Gulf of Mexico fisheries") is None


def test_the_canonical_address_names_the_country() -> None:
    assert _clear(url=HRR.format(2023, "el-salvador")) == CountryEvidence("SV", "address")
    assert _clear(url=HRR.format(2016, "cote-divoire")).code == "CI"  # type: ignore[union-attr]
    assert _clear(url=HRR.format(2017, "uraguay")).code == "UY"  # type: ignore[union-attr]
    assert _clear(url=HRR.format(2018, "ghana__trashed")).code == "GH"  # type: ignore[union-attr]
    assert _clear(url=HRR.format(2022, "thebahamas")).code == "BS"  # type: ignore[union-attr]
    assert _clear(url="https://www.hrw.org/world-report/2024/country-chapters/guatemala"
                  ).code == "GT"  # type: ignore[union-attr]
    assert _clear(url="https://example.org/news/honduras-and-mexico") is None


def test_a_file_named_after_a_country() -> None:
    assert _clear(file_name="honduras.html") == CountryEvidence("HN", "file_name")
    assert _clear(file_name="2023/el-salvador.html").code == "SV"  # type: ignore[union-attr]
    assert _clear(file_name="statedept_hrr_2021_guatemala.txt").code == "GT"  # type: ignore[union-attr]
    # a country among other words in a file name is only a suggestion
    assert _clear(file_name="notes_on_guatemala_and_more.pdf") is None


def test_one_country_dominating_the_text() -> None:
    text = "Honduras " * 10 + "Mexico " * 2
    assert _clear(texts=[text]) == CountryEvidence("HN", "text")
    assert _clear(texts=["Honduras " * 7]) is None  # too few mentions
    assert _clear(texts=["Honduras " * 9 + "Mexico " * 2]) is None  # not 5x the next


def test_disagreeing_evidence_is_not_clear_and_strong_evidence_beats_the_text() -> None:
    assert _clear(title="2023 Country Reports on Human Rights Practices: Honduras",
                  url=HRR.format(2023, "guatemala")) is None
    assert _clear(file_name="belize.html", texts=["Guatemala " * 30]) == (
        CountryEvidence("BZ", "file_name"))


def test_import_applies_a_clear_country_as_automatic_without_auto_tag(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "2023"
    folder.mkdir()
    (folder / "honduras.txt").write_text("A report on gangs and prisons.\n", encoding="utf-8")
    (folder / "notes.txt").write_text("Mexico and Guatemala, twice each: Mexico, Guatemala.",
                                      encoding="utf-8")
    report = library.import_files([folder], workers=0)
    by_name = {s.original_name: library.catalog.source(s.id) for s in report.imported}
    assert by_name["honduras.txt"].countries == ("HN",)
    assert by_name["honduras.txt"].auto_countries == ("HN",)
    assert by_name["notes.txt"].countries == ()  # not clear: stays a suggestion
    suggested = library.catalog.suggest_tags(by_name["notes.txt"].id).countries
    assert {s.code for s in suggested} == {"GT", "MX"}


def test_a_country_the_person_gave_stays_theirs(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "honduras.txt"
    path.write_text("A report.\n", encoding="utf-8")
    report = library.import_files([path], countries=["HN"], workers=0)
    source = library.catalog.source(report.imported[0].id)
    assert source.countries == ("HN",) and source.auto_countries == ()


@pytest.mark.skipif(not STARTER.is_dir(), reason=f"starter reports not found at {STARTER}")
def test_every_starter_report_gets_its_country_with_no_click(tmp_path: Path) -> None:
    """/work/shared/starter: the State Department reports of 2016-2024, folder per year.
    One year is imported through the library; every file's evidence is checked."""
    expected = {"belize": "BZ", "ecuador": "EC", "el-salvador": "SV", "guatemala": "GT",
                "honduras": "HN", "mexico": "MX", "panama": "PA", "paraguay": "PY",
                "uganda": "UG"}
    with Library.open(tmp_path / "lib") as lib:
        report = lib.import_files([STARTER / "2023"], workers=0)
        assert report.imported and not report.failed
        for source in report.imported:
            got = lib.catalog.source(source.id)
            want = expected[Path(got.original_name).stem]
            assert got.countries == (want,) and got.auto_countries == (want,), got.title



def test_every_report_of_the_starter_bundle_has_clear_evidence() -> None:
    """The 81 reports of resources/starter (2016-2024) as the importer read them: title,
    address and file name name the same country, the one the bundle was tagged with."""
    bundle = REPO / "resources" / "starter" / "starter.evbundle"
    with zipfile.ZipFile(bundle) as archive:
        records = [json.loads(line) for line in
                   archive.read("sources.jsonl").decode("utf-8").splitlines() if line]
    assert len(records) == 81
    for record in records:
        found = clear_country(COUNTRIES, title=record["title"], url=record["url"],
                              file_name=record["original_name"],
                              texts=[page[2] for page in record["pages"]])
        assert found is not None and [found.code] == record["countries"], record["title"]
        assert found.reason == "address"


def _expected_from_sources_md() -> dict[str, str | None]:
    """file -> the country SOURCES.md's "what it is" names (None: it names none)."""
    out: dict[str, str | None] = {}
    for line in (CORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 8 or not cells[1].startswith("`"):
            continue
        name, what = cells[1].strip("`"), cells[6]
        what = re.sub(r"\([^)]*\)", "", what.replace("U.S.", "United States").replace("-", " "))
        named = _clear(title=what.split(":")[-1]) or _clear(title=what)
        out[name] = named.code if named else None
    return out


# Checked by reading them: SOURCES.md does not name the country, the document does.
KNOWN = {"pdf/iacthr_1991_resolution_provisional_measures_es.pdf": "GT"}  # Caso Chunimá


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"test corpus not found at {CORPUS}")
def test_no_corpus_file_gets_a_wrong_country() -> None:
    expected = {**_expected_from_sources_md(), **KNOWN}
    applied = 0
    for name, want in sorted(expected.items()):
        path = CORPUS / name
        if not path.is_file():
            continue
        try:
            doc = ingest.extract(path, password=None)
        except ImportFailed:
            continue
        found = clear_country(COUNTRIES, title=doc.title, url=doc.url, file_name=path.name,
                              texts=[p.text for p in doc.pages])
        if found is not None:
            applied += 1
            assert found.code == want, (name, found, want)
    assert applied >= 40  # the State Department reports, in html and text
