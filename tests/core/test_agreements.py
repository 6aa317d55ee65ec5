"""Agreement records (resources/agreements), their store, the screen of a case and the CLI."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from evidence_app import taxonomy
from evidence_app.agreements.data import (
    AgreementInvalid,
    aca_status_for,
    agreement_to_dict,
    parse_agreement,
    shipped_agreements,
)
from evidence_app.cli.main import main as cli
from evidence_app.errors import InvalidValue, NotFound
from evidence_app.library.facade import Library
from evidence_app.model.agreements import FACT_FIELDS, CaseScreen, CountryScreen, Finding

SHIPPED_IDS = {"gt-2019", "hn-2019", "sv-2019", "hn-2025", "gt-2025", "ug-2025", "py-2025",
               "ec-2025", "bz-2025"}


def _country(screen: CaseScreen, code: str) -> CountryScreen:
    return next(c for c in screen.countries if c.country == code)


def _finding(country: CountryScreen, kind: str) -> Finding:
    return next(f for f in country.findings if f.kind == kind)


# ---------------------------------------------------------------- the shipped data
def test_shipped_records_are_valid_and_every_fact_has_a_source() -> None:
    records = shipped_agreements()
    assert {a.id for a in records} == SHIPPED_IDS
    for a in records:
        assert a.parties == ("US", a.country)
        assert a.status.as_of
        for name, fact in a.facts():
            if fact.known:
                source = a.source(fact.source)
                assert source is not None, (a.id, name)
                assert source.title and source.publisher and source.date, (a.id, name)
        # the JSON form round-trips
        assert parse_agreement(agreement_to_dict(a), "test") == a


def test_official_texts_are_only_the_federal_register_notices() -> None:
    for a in shipped_agreements():
        for source in a.sources:
            assert source.official == source.publisher.startswith("Federal Register"), source


def test_countries_aca_status_agrees_with_the_records() -> None:
    countries = {c.code: c for c in taxonomy.load_countries()}
    records = shipped_agreements()
    for code in {a.country for a in records}:
        mine = [a for a in records if a.country == code]
        assert countries[code].aca_status == aca_status_for(mine), code


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"id": "../etc"}, "id"),
        ({"country": "Honduras"}, "country"),
        ({"format": 2}, "format"),
        ({"cap": {"words": "10 a month", "source": "nowhere", "number": 10}}, "cap.source"),
        ({"cap": {"words": "x", "source": "tcdw", "number": -1}}, "cap.number"),
        ({"cap": {"words": "x", "source": "tcdw", "number": True}}, "cap.number"),
        ({"status": {"words": "x", "source": "tcdw", "value": "great", "as_of": "2026-01"}},
         "status.value"),
        ({"status": {"words": "x", "source": "tcdw", "value": "in_force"}}, "status.as_of"),
        ({"signed": {"words": "x", "source": "tcdw", "date": "10 March 2025"}}, "signed.date"),
        ({"transferable": {"words": "x", "source": "tcdw", "countries": ["VEN"]}},
         "transferable.countries"),
        ({"discretion": {"words": "x" * 5000, "source": "tcdw"}}, "discretion.words"),
        ({"extra": 1}, "record"),
        ({"sources": {"tcdw": {"title": "t", "url": "javascript:alert(1)"}}}, "sources.tcdw.url"),
        ({"notes": [{"words": "x", "source": "tcdw"}] * 51}, "notes"),
    ],
)
def test_invalid_records_name_the_field(change: dict[str, object], where: str) -> None:
    raw = agreement_to_dict(next(a for a in shipped_agreements() if a.id == "hn-2025"))
    raw.update(change)
    with pytest.raises(AgreementInvalid) as caught:
        parse_agreement(raw, "bad.json")
    assert caught.value.where == where
    assert str(caught.value).startswith("bad.json: ")


# ---------------------------------------------------------------- the library's copy
def test_library_seeds_records_and_keeps_user_edits(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        assert {a.id for a in lib.agreements.agreements()} == SHIPPED_IDS
        assert [a.id for a in lib.agreements.agreements("hn")] == ["hn-2025", "hn-2019"]
        hn = lib.agreements.agreement("hn-2025")
        assert hn.origin == "shipped" and not hn.user_edited
        edited = replace(hn, cap=replace(hn.cap, number=12, words="12 a month"))
        lib.agreements.edit_agreement("hn-2025", edited)
        with pytest.raises(InvalidValue):
            lib.agreements.edit_agreement("hn-2025", replace(edited, id="hn-2026"))
        with pytest.raises(InvalidValue):
            lib.agreements.edit_agreement("hn-2025", "{not json")
        with pytest.raises(NotFound):
            lib.agreements.agreement("zz-2030")
    with Library.open(folder) as lib:  # reopening syncs the shipped records again
        kept = lib.agreements.agreement("hn-2025")
        assert kept.cap.number == 12 and kept.user_edited and kept.origin == "user"
        lib.agreements.restore_agreement("hn-2025")
        back = lib.agreements.agreement("hn-2025")
        assert back.cap.number == 10 and not back.user_edited and back.origin == "shipped"


# ---------------------------------------------------------------- the screen
def test_venezuelan_respondent_with_honduras_and_uganda_named(library: Library) -> None:
    """Done when (issue 15): built from the shipped data, with sources."""
    case = library.cases.new_case(applicant_name="R", nationality="VE", entry_date="2024-03-02",
                            countries=["HN", "UG"])
    screen = library.agreements.screen_case(case.id)
    assert [c.country for c in screen.countries] == ["HN", "UG"]
    honduras = _country(screen, "HN")
    assert [a.id for a in honduras.agreements] == ["hn-2025"]  # the suspended 2019 one is not
    covered = _finding(honduras, "nationality_covered")
    assert "Spanish-speaking Latin American" in covered.words
    assert covered.outcome == "within" and covered.source is not None
    assert covered.source.publisher.startswith("Third Country Deportation Watch")
    cap = _finding(honduras, "cap")
    assert (cap.number, cap.period) == (10, "month")
    assert cap.source is not None and "La Prensa" in cap.source.publisher
    assert not cap.source.official and cap.source.date == "2025-07"
    uganda = _country(screen, "UG")
    crime = _finding(uganda, "criminal_records")
    child = _finding(uganda, "unaccompanied_child")
    assert "criminal records" in crime.words and "unaccompanied minors" in child.words
    for finding in (crime, child):
        assert finding.source is not None and finding.source.publisher == "Eagle Online (Uganda)"
    status = _finding(uganda, "status")
    assert status.detail == "signed as of 2025-09-03"
    assert screen.missing == ()


def test_terms_that_put_the_respondent_outside(library: Library) -> None:
    case = library.cases.new_case(nationality="HN", entry_date="2019-06-01", unaccompanied=True,
                            countries=["HN", "GT", "BZ", "PE"])
    screen = library.agreements.screen_case(case.id)
    honduras = _country(screen, "HN")
    assert _finding(honduras, "nationality_not_covered").outcome == "outside"
    assert _finding(honduras, "entry_before_rule").outcome == "outside"
    assert _finding(honduras, "unaccompanied_child").outcome == "outside"
    guatemala = _country(screen, "GT")
    assert [a.id for a in guatemala.agreements] == ["gt-2025"]
    assert _finding(guatemala, "nationality_covered").outcome == "within"  # Central American
    belize = _country(screen, "BZ")
    assert _finding(belize, "nationality_preference").outcome == "within"
    assert _finding(belize, "cap").number == 10
    assert _finding(_country(screen, "PE"), "no_agreement").outcome == "check"
    # an El Salvador-only case: its one agreement is suspended
    only_sv = library.cases.new_case(nationality="SV", countries=["SV"])
    salvador = _country(library.agreements.screen_case(only_sv.id), "SV")
    assert _finding(salvador, "status").outcome == "outside"
    assert _finding(salvador, "own_national").outcome == "outside"


def test_screen_says_what_the_case_leaves_blank(library: Library) -> None:
    case = library.cases.new_case(countries=["UG"])
    screen = library.agreements.screen_case(case.id)
    assert screen.missing == ("nationality", "entry_date")
    uganda = _country(screen, "UG")
    assert _finding(uganda, "entry_before_rule").outcome == "check"
    assert not [f for f in uganda.findings if f.kind.startswith("nationality")]


def test_agreement_exhibit_fills_the_cap_and_nationality_rows(
    library: Library, tmp_path: Path
) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text("Agreement between the United States and Honduras\n\n" + "Article 1. " * 50,
                      encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("A report on Honduras\n\n" + "Text. " * 80, encoding="utf-8")
    report = library.import_files([notice, other], workers=0)
    ids = {Path(s.original_name).stem: s.id for s in report.imported}
    library.catalog.edit_source(
        ids["other"], url="https://www.hrw.org/"
    )  # a bare site: not about it
    case = library.cases.new_case(nationality="VE", countries=["HN"])
    library.cases.add_exhibit(case.id, ids["other"])
    honduras = _country(library.agreements.screen_case(case.id), "HN")
    assert honduras.agreement_terms == {} and honduras.agreement_exhibits == ()
    assert "numerical_cap" in honduras.gaps(("numerical_cap", "nationality_exclusion"))
    # by address: the CGRS page the record cites
    library.catalog.edit_source(ids["other"], url="https://cgrs.uclawsf.edu/en/pretermission/")
    honduras = _country(library.agreements.screen_case(case.id), "HN")
    assert honduras.agreement_exhibits == ("1",)
    assert honduras.evidence("numerical_cap") == 1
    assert honduras.evidence("nationality_exclusion") == 2  # who is covered, who is excluded
    assert honduras.gaps(("numerical_cap", "nationality_exclusion")) == []
    # linked by the user from the agreement's page
    library.cases.add_exhibit(case.id, ids["notice"])
    library.agreements.link_agreement_source("hn-2025", ids["notice"])
    assert library.agreements.agreement_links() == {"hn-2025": (ids["notice"],)}
    assert _country(library.agreements.screen_case(case.id), "HN").agreement_exhibits == ("1", "2")
    library.agreements.link_agreement_source("hn-2025", ids["notice"], linked=False)
    assert library.agreements.agreement_links() == {}


def test_screen_fields_are_private(library: Library, caplog: pytest.LogCaptureFixture,
                                   tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG)
    case = library.cases.new_case(nationality="VE", entry_date="2023-08-17", countries=["HN"])
    library.agreements.screen_case(case.id)
    with pytest.raises(InvalidValue):
        library.cases.edit_case(case.id, entry_date="17/08/2023")
    with pytest.raises(InvalidValue):
        library.cases.edit_case(case.id, nationality="Venezuela")
    assert "2023-08-17" not in caplog.text
    out = tmp_path / "lib.evbundle"
    library.bundles.export_bundle(out)
    import zipfile

    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            assert b"2023-08-17" not in zf.read(name), name


# ---------------------------------------------------------------- command line
def test_cli_agreements_and_case_screen(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(library.folder)
    library.close()

    def run(*argv: str) -> str:
        capsys.readouterr()
        assert cli(["--library", folder, *argv]) == 0
        return capsys.readouterr().out

    listing = run("agreements")
    assert "hn-2025" in listing and "not legal advice" in listing
    records = json.loads(run("agreements", "--json"))
    assert {r["id"] for r in records} == SHIPPED_IDS
    assert json.loads(run("--json", "agreements", "--country", "ug"))[0]["id"] == "ug-2025"
    shown = run("agreements", "show", "hn-2025")
    assert "10 people a month" in shown and "La Prensa" in shown and "cap:" in shown
    record = json.loads(run("agreements", "show", "ug-2025", "--json"))
    assert record["excludes_criminal_records"]["flag"] is True
    assert set(FACT_FIELDS) <= set(record)
    out = run("case", "new", "--nationality", "ve", "--entry-date", "2024-03-02",
              "--country", "HN", "--country", "UG")
    assert "nationality: VE" in out
    run("case", "edit", "1", "--unaccompanied")
    screen = json.loads(run("case", "screen", "1", "--json"))
    assert screen["unaccompanied"] is True
    kinds = {(c["country"], f["kind"], f["outcome"]) for c in screen["countries"]
             for f in c["findings"]}
    assert ("UG", "unaccompanied_child", "outside") in kinds
    assert ("HN", "cap", "check") in kinds
    text = run("case", "screen", "1")
    assert "[OUTSIDE] unaccompanied_child" in text and "Eagle Online" in text
    capsys.readouterr()
    assert cli(["--library", folder, "case", "edit", "1", "--nationality", "XX"]) == 2
    assert "country" in capsys.readouterr().err
    assert cli(["--library", folder, "agreements", "show", "nope"]) == 2


def test_a_damaged_stored_record_is_left_out(library: Library) -> None:
    library.store.db.execute("UPDATE agreements SET record = '{' WHERE id = 'py-2025'")
    assert "py-2025" not in {a.id for a in library.agreements.agreements()}
    assert len(library.agreements.agreements()) == len(SHIPPED_IDS) - 1
