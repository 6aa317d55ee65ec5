"""Citation formatting (packet/citation.py) and the citation lists built from it."""

from __future__ import annotations

import json

import pytest

from evidence_app.citing import csl
from evidence_app.citing.citation import (
    abbreviate_institution,
    exhibit_label,
    format_citation,
    format_date,
    format_pinpoints,
)
from evidence_app.model import Source
from evidence_app.model.cases import Exhibit
from evidence_app.packet.fonts import markup


def _source(**fields: object) -> Source:
    values: dict[str, object] = {"id": 1, "sha256": "x" * 64, "title": "T"}
    values.update(fields)
    return Source(**values)  # type: ignore[arg-type]


STATE = _source(
    title="Guatemala 2023 Human Rights Report",
    publisher="U.S. Department of State",
    published="2024",
    url="https://www.state.gov/reports/guatemala",
    accessed="2026-11-20",
    format="html",
    kind="government_report",
    author="jsmith",
)


def test_packet_md_example_state_department() -> None:
    assert format_citation(STATE, "12") == (
        "U.S. Dep't of State, Guatemala 2023 Human Rights Report 12 (2024), "
        "https://www.state.gov/reports/guatemala (last visited Nov. 20, 2026)."
    )


def test_packet_md_example_hrw_pdf_has_no_last_visited() -> None:
    hrw = _source(
        title="World Report 2025: Honduras",
        publisher="Human Rights Watch",
        published="2025-01",
        url="https://www.hrw.org/world-report/2025",
        accessed="2026-11-20",
        format="pdf",
        kind="ngo_report",
    )
    assert format_citation(hrw) == (
        "Human Rights Watch, World Report 2025: Honduras (Jan. 2025), "
        "https://www.hrw.org/world-report/2025."
    )


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("2024", "2024"),
        ("2025-01", "Jan. 2025"),
        ("2024-09", "Sept. 2024"),
        ("2024-06-03", "June 3, 2024"),
        ("2024-13", "2024"),
        ("someday", "someday"),
    ],
)
def test_format_date(iso: str, expected: str) -> None:
    assert format_date(iso) == expected


def test_institutional_abbreviations() -> None:
    assert abbreviate_institution("United States Department of Homeland Security") == (
        "U.S. Dep't of Homeland Security"
    )
    assert abbreviate_institution("International Organization for Migration") == (
        "Int'l Org. for Migration"
    )
    assert abbreviate_institution("Office of the United Nations High Commissioner") == (
        "Office of the U.N. High Comm'r"
    )
    assert abbreviate_institution("Amnesty  International") == "Amnesty Int'l"


def test_personal_author_of_news_leads_and_publisher_joins_the_date() -> None:
    news = _source(title="Deported and killed", author="Sarah Stillman", publisher="The New Yorker",
                   published="2018-01-15", kind="news", format="pdf")
    assert format_citation(news) == (
        "Sarah Stillman, Deported and killed (The New Yorker Jan. 15, 2018)."
    )


def test_paragraph_pinpoint_and_missing_date() -> None:
    text = _source(title="Country report", publisher="Refugees International", format="text")
    assert format_citation(text, "¶ 12–15") == (
        "Refugees Int'l, Country report ¶ 12–15 (n.d.)."
    )


def test_web_page_without_accessed_uses_the_day_it_was_saved() -> None:
    page = _source(title="Page", publisher="X", url="https://x.org", format="html",
                   added_at="2026-03-02T10:00:00+00:00")
    assert format_citation(page).endswith("https://x.org (last visited Mar. 2, 2026).")


def test_markup_escapes_and_italicises() -> None:
    source = _source(title="Rights & <Wrongs>", publisher="A & B")
    text = format_citation(source, markup=markup)
    assert "<i>Rights &amp; &lt;Wrongs&gt;</i>" in text
    assert text.startswith("A &amp; B, ")


def test_exhibit_labels() -> None:
    assert [exhibit_label(n, False) for n in (1, 2, 10)] == ["1", "2", "10"]
    assert [exhibit_label(n, True) for n in (1, 2, 26, 27, 28, 52, 53)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA"
    ]
    with pytest.raises(ValueError):
        exhibit_label(0, True)


def test_pinpoints_with_packet_pages_are_deduplicated() -> None:
    assert format_pinpoints([("p. 12", 45), ("p. 12", 45), ("¶ 7", 50)]) == (
        "Cited at p. 12 (packet p. 45); ¶ 7 (packet p. 50)"
    )
    assert format_pinpoints([]) == ""


def test_csl_json_is_zotero_shaped() -> None:
    exhibits = [
        Exhibit(id=1, case_id=1, position=1, source_id=1, scope="whole", label="1"),
        Exhibit(id=2, case_id=1, position=2, source_id=1, scope="pages", label="2"),
    ]
    items = json.loads(csl.csl_json(exhibits, {1: STATE}))
    assert len(items) == 1
    item = items[0]
    assert item["type"] == "report"
    assert item["title"] == "Guatemala 2023 Human Rights Report"
    assert item["author"] == [{"literal": "U.S. Department of State"}]
    assert item["issued"] == {"date-parts": [[2024]]}
    assert item["accessed"] == {"date-parts": [[2026, 11, 20]]}
    assert item["URL"] == "https://www.state.gov/reports/guatemala"
    assert item["note"] == "Tab 1; Tab 2"


def test_csl_types() -> None:
    assert csl.csl_type(_source(kind="news")) == "article-newspaper"
    assert csl.csl_type(_source(kind="court_decision")) == "legal_case"
    assert csl.csl_type(_source(format="html", url="https://a.b")) == "webpage"
    assert csl.csl_type(_source(format="pdf")) == "document"


def test_text_list_uses_the_same_citations() -> None:
    exhibits = [Exhibit(id=1, case_id=1, position=1, source_id=1, scope="whole", label="A",
                        lettered=True)]
    assert csl.text_list(exhibits, {1: STATE}) == f"Tab A. {format_citation(STATE)}"
