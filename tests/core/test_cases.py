"""Cases, exhibits, coverage, currency warnings, summaries and their CLI, on small files."""

from __future__ import annotations

import csv
import json
import logging
from datetime import date
from pathlib import Path

import pytest

from evidence_app.cli.main import main as cli
from evidence_app.errors import InvalidValue, NotFound
from evidence_app.library.cases import (
    format_page_ranges,
    normalise_a_number,
    parse_page_ranges,
)
from evidence_app.library.facade import Library
from evidence_app.model import Changes, Excerpt
from evidence_app.model.cases import DEFAULT_PACKET_TITLE

NAME = "Zoraida Quispe Mamani"


def long_text(title: str, paragraphs: int = 40) -> str:
    body = [
        f"Paragraph {n}: gangs extorted bus drivers and shop owners in the capital, and the "
        f"police did not investigate the threats reported by residents of district {n}. " * 3
        for n in range(1, paragraphs + 1)
    ]
    return title + "\n\n" + "\n\n".join(body)


def write_text(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def clip(library: Library, source_id: int, quote: str, **tags: list[str]) -> Excerpt:
    """An excerpt of the quote on the source's first page."""
    return library.excerpts.add_excerpt_by_quote(
        source_id, library.catalog.page(source_id, 1).label, quote, **tags
    )


@pytest.fixture
def sources(library: Library, tmp_path: Path) -> dict[str, int]:
    files = {
        "hn2020": ("2020 Country Report: Honduras", "2020"),
        "hn2024": ("2024 Country Report: Honduras", "2024"),
        "gt2025": ("2025 Country Report: Guatemala", "2025"),
    }
    paths = [write_text(tmp_path, f"{key}.txt", long_text(title)) for key, (title, _) in
             files.items()]
    report = library.import_files(paths, workers=0)
    assert not report.failed, report.failed
    ids = {Path(s.original_name).stem: s.id for s in report.imported}
    for key, (title, year) in files.items():
        library.catalog.edit_source(
            ids[key], title=title, publisher="Example Watch", published=year
        )
    library.catalog.tag(ids["hn2020"], countries=["HN"])
    library.catalog.tag(ids["hn2024"], countries=["HN"])
    library.catalog.tag(ids["gt2025"], countries=["GT"])
    return ids


@pytest.fixture
def case_id(library: Library) -> int:
    return library.cases.new_case(applicant_name=NAME, a_number="A 123-456-789",
                            countries=["hn", "GT"]).id


# ---------------------------------------------------------------- cases
@pytest.mark.parametrize(
    ("given", "digits"),
    [("A 123-456-789", "123456789"), ("A#12345678", "12345678"), ("123456789", "123456789"),
     ("a-123 456 789", "123456789"), ("A 012.345.678", "012345678"), ("", "")],
)
def test_a_number_forms(given: str, digits: str) -> None:
    assert normalise_a_number(given) == digits


@pytest.mark.parametrize("bad", ["A 123", "1234567890", "B123456789", "A12345678X"])
def test_bad_a_number_is_rejected_without_echoing_it(bad: str, library: Library) -> None:
    with pytest.raises(InvalidValue) as caught:
        library.cases.new_case(applicant_name=NAME, a_number=bad)
    assert caught.value.field == "a_number"
    assert bad not in str(caught.value)


def test_new_case_defaults_and_display(library: Library, case_id: int) -> None:
    case = library.cases.case(case_id)
    assert case.applicant_name == NAME
    assert case.a_number == "123456789"
    assert case.a_number_display == "A 123-456-789"
    assert case.countries == ("HN", "GT")
    assert case.filer_kind == "pro_se"
    assert case.packet_title == DEFAULT_PACKET_TITLE
    eight = library.cases.new_case(a_number="12345678")
    assert eight.a_number_display == "A 012-345-678"


def test_edit_case_validates_and_saves(library: Library, case_id: int) -> None:
    changes = library.cases.edit_case(
        case_id, judge="Hon. R. Vega", hearing_date="2026-12-01", hearing_type="Master",
        filer_kind="representative", filer_email="rep@example.org", countries=["UG"],
        packet_title="",
    )
    assert changes == Changes(cases=True)
    case = library.cases.case(case_id)
    assert (case.judge, case.hearing_date, case.filer_kind) == ("Hon. R. Vega", "2026-12-01",
                                                                "representative")
    assert case.countries == ("UG",)
    assert case.packet_title == DEFAULT_PACKET_TITLE
    for bad in ({"hearing_date": "12/01/2026"}, {"filer_kind": "friend"},
                {"filer_email": "nobody"}, {"service_date": "2026-02-30"}, {"color": "red"}):
        with pytest.raises(InvalidValue):
            library.cases.edit_case(case_id, **bad)
    with pytest.raises(InvalidValue):
        library.cases.edit_case(case_id, countries=["XX"])


def test_list_and_delete_cases(library: Library, case_id: int) -> None:
    other = library.cases.new_case(applicant_name="Другой")
    assert [c.id for c in library.cases.cases()] == [case_id, other.id]
    assert library.cases.delete_case(case_id) == Changes(cases=True)
    assert [c.id for c in library.cases.cases()] == [other.id]
    with pytest.raises(NotFound):
        library.cases.case(case_id)


# ---------------------------------------------------------------- exhibits
def test_page_ranges() -> None:
    assert parse_page_ranges("3-5, 9", 10) == [3, 4, 5, 9]
    assert parse_page_ranges("9,3\u20134", 10) == [3, 4, 9]
    assert format_page_ranges([9, 3, 4, 5, 1]) == "1,3-5,9"
    for bad in ("", "0", "5-3", "x", "11"):
        with pytest.raises(InvalidValue):
            parse_page_ranges(bad, 10)


def test_exhibits_are_numbered_lettered_and_reordered(
    library: Library, sources: dict[str, int], case_id: int
) -> None:
    first = library.cases.add_exhibit(case_id, sources["hn2024"])
    letter = library.cases.add_exhibit(case_id, sources["gt2025"], lettered=True)
    second = library.cases.add_exhibit(case_id, sources["hn2020"], pages="2-3,1")
    assert (first.label, letter.label, second.label) == ("1", "A", "2")
    assert second.scope == "pages" and second.page_ranges == "1-3"
    assert first.scope == "whole"
    assert library.cases.move_exhibit(second.id, 1) == Changes(cases=True)
    assert [(e.id, e.label) for e in library.cases.exhibits(case_id)] == [
        (second.id, "1"), (first.id, "2"), (letter.id, "A")
    ]
    library.cases.remove_exhibit(second.id)
    assert [(e.id, e.label, e.position) for e in library.cases.exhibits(case_id)] == [
        (first.id, "1", 1), (letter.id, "A", 2)
    ]
    with pytest.raises(InvalidValue):
        library.cases.add_exhibit(case_id, sources["hn2020"], pages="1-999")
    with pytest.raises(NotFound):
        library.cases.add_exhibit(case_id, 9999)
    assert library.cases.cases_using_source(sources["hn2024"]) == [case_id]


def test_excerpts_of_one_source_share_an_exhibit(
    library: Library, sources: dict[str, int], case_id: int
) -> None:
    a = clip(library, sources["hn2024"], "gangs extorted bus drivers")
    b = library.excerpts.add_excerpt_by_quote(
        sources["hn2024"],
        library.catalog.page(sources["hn2024"], 3).label,
        "police did not investigate",
    )
    c = clip(library, sources["gt2025"], "shop owners in the capital")
    made = library.cases.add_excerpts_exhibit(case_id, [a.id, c.id])
    assert [e.source_id for e in made] == [sources["hn2024"], sources["gt2025"]]
    again = library.cases.add_excerpts_exhibit(case_id, [b.id])
    assert again[0].id == made[0].id
    exhibits = library.cases.exhibits(case_id)
    assert len(exhibits) == 2
    assert exhibits[0].excerpt_ids == (a.id, b.id)
    assert exhibits[0].scope == "excerpts"
    library.cases.edit_exhibit(exhibits[0].id, remove_excerpts=[a.id])
    assert library.cases.exhibit(exhibits[0].id).excerpt_ids == (b.id,)
    gone = library.excerpts.delete_excerpt(b.id)
    assert library.cases.exhibit(exhibits[0].id).excerpt_ids == ()
    library.excerpts.restore_excerpt(gone)  # undo: back in the exhibit, at its place
    assert library.cases.exhibit(exhibits[0].id).excerpt_ids == (b.id,)
    gone = library.excerpts.delete_excerpt(b.id)
    library.cases.remove_exhibit(exhibits[0].id)
    assert (
        library.excerpts.restore_excerpt(gone).id == b.id
    )  # the exhibit is gone: just the excerpt
    assert all(b.id not in e.excerpt_ids for e in library.cases.exhibits(case_id))


# ---------------------------------------------------------------- analysis
def test_coverage_counts_case_and_library_excerpts(
    library: Library, sources: dict[str, int], case_id: int
) -> None:
    hn = sources["hn2024"]
    gang = clip(library, hn, "gangs extorted bus drivers",
                                        risks=["gang_violence", "persecution"])
    torture = clip(library, hn, "police did not investigate",
                                           risks=["torture"])
    clip(library, sources["hn2020"], "shop owners", risks=["torture"])
    clip(library, sources["gt2025"], "bus drivers", risks=[])
    library.cases.add_excerpts_exhibit(case_id, [gang.id, torture.id])
    matrix = library.cases.coverage(case_id)
    assert matrix.countries == ("HN", "GT")
    assert [slug for slug, _ in matrix.elements][:2] == ["persecution", "torture"]
    assert matrix.count("HN", "persecution") == 1  # two risk types, one element, one excerpt
    assert matrix.count("HN", "torture") == 1
    assert ("GT", "persecution") in matrix.gaps()
    wide = library.cases.coverage(case_id, scope="library")
    assert wide.count("HN", "torture") == 2
    assert wide.untagged == {"GT": 1}
    with pytest.raises(InvalidValue):
        library.cases.coverage(case_id, scope="world")


def test_currency_warning_points_to_the_newer_edition(
    library: Library, sources: dict[str, int], case_id: int
) -> None:
    old = library.cases.add_exhibit(case_id, sources["hn2020"])
    new = library.cases.add_exhibit(case_id, sources["hn2024"])
    warnings = library.cases.currency_warnings(case_id, today=date(2026, 6, 1))
    assert [w.exhibit_id for w in warnings] == [old.id]
    assert warnings[0].age_years == 6
    assert warnings[0].newer_source_id == sources["hn2024"]  # not the Guatemala report
    assert new.id not in [w.exhibit_id for w in warnings]
    later = library.cases.currency_warnings(case_id, today=date(2028, 6, 1), years=3)
    assert [w.exhibit_id for w in later] == [old.id, new.id]
    assert later[1].newer_source_id is None


def test_citations(library: Library, sources: dict[str, int], case_id: int) -> None:
    library.cases.add_exhibit(case_id, sources["hn2024"])
    library.cases.add_exhibit(case_id, sources["gt2025"], lettered=True)
    text = library.cases.citations(case_id, "text").splitlines()
    assert text == [
        "Tab 1. Example Watch, 2024 Country Report: Honduras (2024).",
        "Tab A. Example Watch, 2025 Country Report: Guatemala (2025).",
    ]
    items = json.loads(library.cases.citations(case_id, "csl-json"))
    assert [i["title"] for i in items] == ["2024 Country Report: Honduras",
                                           "2025 Country Report: Guatemala"]
    with pytest.raises(InvalidValue):
        library.cases.citations(case_id, "bibtex")


def test_summary_pages_none_computed_then_last_build(
    library: Library, sources: dict[str, int], case_id: int, tmp_path: Path
) -> None:
    hn = sources["hn2024"]
    excerpt = clip(library, hn, "gangs extorted bus drivers",
                                           risks=["gang_violence"])
    library.cases.add_excerpts_exhibit(case_id, [excerpt.id])
    blank = library.packets.evidence_summary(case_id, tmp_path / "s.csv", compute_layout=False)
    assert blank.packet_pages == "none" and blank.rows[0].packet_page is None
    computed = library.packets.evidence_summary(case_id, tmp_path / "s.csv")
    assert computed.packet_pages == "computed"
    page = computed.rows[0].packet_page
    assert page is not None and page > 3
    built = library.packets.build_packet(case_id, tmp_path / "packet.pdf")
    assert built.excerpt_pages[excerpt.id] == page
    last = library.packets.evidence_summary(case_id, tmp_path / "s.csv")
    assert last.packet_pages == "last_build"
    with open(tmp_path / "s.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Country", "Risk type", "Tab", "Quote", "Citation", "Packet page",
                       "English translation"]
    assert rows[1][:3] == ["Honduras", "Gang and cartel violence", "1"]
    assert rows[1][3] == "gangs extorted bus drivers"
    # The quote's own paragraph (the title is ¶ 1), not the passage "¶ 1–N".
    assert rows[1][4].startswith("Example Watch, 2024 Country Report: Honduras ¶ 2 ")
    assert rows[1][5] == str(page)
    # A change to the exhibits makes the stored page map stale.
    library.cases.add_exhibit(case_id, sources["hn2020"])
    assert library.packets.evidence_summary(case_id, tmp_path / "s.csv",
                                    compute_layout=False).packet_pages == "none"
    pdf = library.packets.evidence_summary(case_id, tmp_path / "s.pdf")
    assert Path(pdf.path).read_bytes().startswith(b"%PDF")
    with pytest.raises(InvalidValue):
        library.packets.evidence_summary(case_id, tmp_path / "s.docx")


def test_case_data_is_never_logged(
    library: Library, sources: dict[str, int], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    case = library.cases.new_case(applicant_name=NAME, a_number="A 987-654-321", countries=["HN"])
    library.cases.add_exhibit(case.id, sources["hn2024"])
    library.packets.build_packet(case.id, tmp_path / "p.pdf")
    with pytest.raises(InvalidValue):
        library.cases.edit_case(case.id, a_number="A 98")
    assert NAME not in caplog.text
    assert "987" not in caplog.text


# ---------------------------------------------------------------- command line
def test_cli_case_workflow(
    library: Library, sources: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(library.folder)
    excerpt = clip(library, sources["hn2024"], "gangs extorted",
                                           risks=["gang_violence"])
    library.close()  # the CLI opens the library itself

    def run(*argv: str) -> str:
        capsys.readouterr()
        assert cli(["--library", folder, *argv]) == 0
        return capsys.readouterr().out

    out = run("case", "new", "--name", NAME, "--a-number", "A 123-456-789", "--country", "HN",
              "--judge", "Hon. X", "--court", "Houston, TX")
    assert "case 1:" in out and "A 123-456-789" in out
    run("case", "edit", "1", "--hearing-date", "2026-12-01", "--title", "Submission")
    run("case", "add-exhibit", "1", str(sources["hn2020"]), "--pages", "1-2")
    run("case", "add-exhibit", "1", str(sources["gt2025"]), "--letter")
    out = run("case", "add-excerpt", "1", str(excerpt.id))
    assert "Tab 2" in out
    run("case", "move-exhibit", "3", "1")
    shown = json.loads(run("--json", "case", "show", "1"))
    assert [e["label"] for e in shown["exhibits"]] == ["1", "2", "A"]
    assert shown["case"]["packet_title"] == "Submission"
    assert "Hon. X" in run("case", "list") or NAME in run("case", "list")
    out = run("packet", "build", "1", "--out", str(tmp_path / "cli.pdf"), "--service")
    assert "cli.pdf" in out and (tmp_path / "cli.pdf").exists()
    run("summary", "1", "--out", str(tmp_path / "cli.csv"))
    assert (tmp_path / "cli.csv").read_text(encoding="utf-8-sig").startswith("Country")
    assert "Tab 1." in run("citations", "1", "--format", "text")
    run("case", "new", "--country", "HN")  # case 2: nothing for the cover page
    run("case", "add-exhibit", "2", str(sources["hn2020"]))
    capsys.readouterr()
    blank = tmp_path / "blank.pdf"
    assert cli(["--library", folder, "packet", "build", "2", "--out", str(blank)]) == 2
    err = capsys.readouterr().err
    assert "no name, A-number, court" in err and "--allow-blank-cover" in err
    assert not blank.exists()
    run("packet", "build", "2", "--out", str(blank), "--allow-blank-cover")
    assert blank.exists()
    assert json.loads(run("citations", "1"))[0]["type"]
    coverage = json.loads(run("--json", "coverage", "1"))
    assert coverage["counts"]["HN"]["persecution"] == 1
    assert "gaps" in run("coverage", "1", "--scope", "library")
    run("case", "remove-exhibit", "3")
    run("case", "delete", "1")
    run("case", "delete", "2")
    assert "no cases" in run("case", "list")
    assert cli(["--library", folder, "case", "new", "--a-number", "12"]) == 2
