"""Citations from the best evidence and pinpoints a judge can follow (issue 16, parts 3-4)."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from evidence_app.citing.citation import format_citation
from evidence_app.citing.origins import citation_gaps, origin_of
from evidence_app.cli.main import main as cli
from evidence_app.ingest import extract
from evidence_app.ingest.paragraphs import paragraph_pinpoint
from evidence_app.ingest.printed_pages import candidates, printed_labels
from evidence_app.library.facade import Library


# ---------------------------------------------------------------- printed page numbers
def make_numbered_pdf(path: Path, pages: int = 320, first: int = 7) -> None:
    """Pages that print their own numbers (first, first+1, …) in the footer, with a
    running header and body text full of other numbers."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setTitle("Numbered report")
    for index in range(pages):
        printed = first + index
        pdf.setFont("Helvetica", 9)
        pdf.drawString(72, 750, "Country Conditions Report 2024")
        pdf.setFont("Helvetica", 11)
        y = 700
        for line in range(6):
            pdf.drawString(72, y, f"In 2023 there were {100 + line} reported cases in district "
                                  f"{index + line} of the country.")
            y -= 16
        if index == 244:
            pdf.drawString(72, y, "Police officers extorted bus drivers in the capital.")
        pdf.setFont("Helvetica", 9)
        pdf.drawCentredString(306, 40, str(printed))
        pdf.showPage()
    pdf.save()


def test_candidates_read_page_number_lines() -> None:
    assert candidates("Header\nbody\n251") == {251}
    assert candidates("- 12 -\nbody text\nmore") == {12}
    assert candidates("Title\nbody\nPage 251 of 320") == {251}
    assert candidates("Título\ncuerpo\nPágina 40") == {40}
    assert candidates("In 2023 there were 100 cases.\nmore text\nend of page") == set()


def test_printed_labels_need_agreement() -> None:
    texts = [f"Report\nbody {i}\n{i + 6}" for i in range(1, 21)]
    assert printed_labels(texts) == [str(i + 6) for i in range(1, 21)]
    # A ruling and its separate opinions, each numbered from 1: no one numbering.
    parts = [f"body\n{n}" for n in (1, 2, 3)] + [f"body\n{n}" for n in range(1, 9)]
    assert printed_labels(parts) is None
    # Numbers equal to the PDF pages change nothing.
    assert printed_labels([f"body\n{i}" for i in range(1, 10)]) is None
    # Unnumbered front pages before a run that starts at 1 on PDF page 4.
    front = ["Cover", "Contents", "Preface"] + [f"text\n{i}" for i in range(1, 11)]
    assert printed_labels(front) == ["PDF p. 1", "PDF p. 2", "PDF p. 3",
                                     *(str(i) for i in range(1, 11))]


def test_320_page_pdf_is_cited_by_its_printed_numbers(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "numbered.pdf"
    make_numbered_pdf(path)
    document = extract(path)
    labels = [page.label for page in document.pages]
    assert len(labels) == 320
    assert labels[0] == "7" and labels[244] == "251" and labels[-1] == "326"

    source = library.import_files([path], workers=0).imported[0]
    excerpt = library.excerpts.add_excerpt_by_quote(source.id, "251", "extorted bus drivers")
    assert excerpt.page_no == 245 and excerpt.cite_label == "251"
    library.catalog.edit_source(source.id, title="Numbered report", publisher="Example Watch",
                        published="2024")
    case = library.cases.new_case(applicant_name="Test Person")
    library.cases.add_excerpts_exhibit(case.id, [excerpt.id])
    out = tmp_path / "packet.pdf"
    result = library.packets.build_packet(case.id, out)
    reader = pypdf.PdfReader(str(out))
    head = next(
        page.extract_text() for page in reader.pages if "Highlighted passages" in
        (page.extract_text() or "")
    )
    assert "p. 251" in head and "p. 257" not in head
    assert result.excerpt_pages[excerpt.id] > 0


# ---------------------------------------------------------------- web pages
SAVED_PAGE = """<!DOCTYPE html>
<!--
 Page saved with SingleFile
 url: https://www.example.org/reports/honduras-2023
 saved date: Thu Nov 20 2025 10:11:12 GMT+0100 (Central European Standard Time)
-->
<html lang="en"><head><title>Honduras: Violence Report - Example Watch</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebPage", "name": "x", "datePublished": "2024-03-05T10:00:00+00:00",
   "dateModified": "2025-06-01T10:00:00+00:00"}]}
</script>
<meta property="article:modified_time" content="2025-06-01T10:00:00+00:00">
</head><body><main><h1>Honduras: Violence Report</h1>
{paragraphs}
</main></body></html>
"""


def saved_page(tmp_path: Path, name: str = "page.html") -> Path:
    paragraphs = "\n".join(
        f"<p>Paragraph {n}. Residents of district {n} described the situation in detail, "
        f"and observers recorded what they saw over many months of work in the area.</p>"
        if n != 37 else
        "<p>Paragraph 37. Gang members extorted bus drivers and killed those who refused "
        "to pay; police did not investigate.</p>"
        for n in range(1, 61)
    )
    path = tmp_path / name
    path.write_text(SAVED_PAGE.replace("{paragraphs}", paragraphs), encoding="utf-8")
    return path


def test_saved_page_dates_come_from_the_page(tmp_path: Path) -> None:
    document = extract(saved_page(tmp_path))
    origins = dict(document.origins)
    assert document.published == "2024-03-05" and origins["published"] == "jsonld"
    assert document.accessed == "2025-11-20" and origins["accessed"] == "saved_page"
    assert document.url == "https://www.example.org/reports/honduras-2023"
    assert document.title == "Honduras: Violence Report"


def test_meta_tag_date_without_json_ld(tmp_path: Path) -> None:
    path = tmp_path / "meta.html"
    path.write_text(
        '<html><head><title>Report</title><meta name="citation_publication_date" '
        'content="2021/06/30"><meta property="article:published_time" '
        'content="2021-07-01T00:00:00Z"></head><body><article>'
        + "<p>Text of the report about the situation in the country and its people.</p>" * 30
        + "</article></body></html>",
        encoding="utf-8",
    )
    document = extract(path)
    assert document.published == "2021-07-01"
    assert dict(document.origins)["published"] == "page_meta"


def test_paragraph_pinpoint() -> None:
    text = "one\n\ntwo\n\nthree"
    assert paragraph_pinpoint("¶ 4\u20136", text, 5, 8) == "¶ 5"
    assert paragraph_pinpoint("¶ 4\u20136", text, 0, 8) == "¶ 4\u20135"
    assert paragraph_pinpoint("¶ 4\u20136", text, 10, 15) == "¶ 6"
    assert paragraph_pinpoint("¶ 7", "x", 0, 1) == "¶ 7"
    assert paragraph_pinpoint("12", "x", 0, 1) == "12"


def test_web_excerpt_cites_its_paragraph_and_head_page_says_transcription(
    library: Library, tmp_path: Path
) -> None:
    source = library.import_files([saved_page(tmp_path)], workers=0).imported[0]
    page = next(p for p in library.catalog.pages(source.id) if "Paragraph 37." in p.text)
    assert page.label.startswith("¶") and "\u2013" in page.label  # an app-made passage
    excerpt = library.excerpts.add_excerpt_by_quote(source.id, page.label, "extorted bus drivers")
    # The page's heading is its first paragraph, so the 37th <p> is ¶ 38: the same number
    # the laid-out text prints before that paragraph.
    assert excerpt.cite_label == "¶ 38"
    citation = format_citation(library.catalog.source(source.id), excerpt.cite_label)
    assert "¶ 38" in citation and "(last visited Nov. 20, 2025)" in citation
    case = library.cases.new_case(applicant_name="Test Person")
    library.cases.add_excerpts_exhibit(case.id, [excerpt.id])
    out = tmp_path / "packet.pdf"
    library.packets.build_packet(case.id, out)
    text = " ".join(" ".join((p.extract_text() or "") for p in pypdf.PdfReader(str(out)).pages)
                    .split())
    assert "transcription of the web page saved on Nov. 20, 2025" in text
    assert "¶ 38 (packet p." in text and "[38] Paragraph 37." in text


# ---------------------------------------------------------------- corpus: known bad defaults
def test_state_department_2022_honduras_cites_its_2023_publication(
    library: Library, corpus: Path
) -> None:
    source = library.import_files(
        [corpus / "html" / "statedept_hrr_2022_honduras.html"], workers=0
    ).imported[0]
    assert source.title == "2022 Country Reports on Human Rights Practices: Honduras"
    assert source.published.startswith("2023")
    assert origin_of(source, "published") == "jsonld"
    citation = format_citation(source)
    assert citation.startswith("U.S. Dep't of State, 2022 Country Reports on Human Rights "
                               "Practices: Honduras (Feb. 22, 2023), https://www.state.gov/")
    assert "(2022)" not in citation


def test_court_rulings_dated_by_their_text_not_pdf_metadata(corpus: Path) -> None:
    ruling_1997 = extract(corpus / "pdf" / "iacthr_el_amparo_v_venezuela_1997_es.pdf")
    assert ruling_1997.published == "1997-04-16"  # the PDF was created in 2017
    assert dict(ruling_1997.origins)["published"] == "text"
    ruling_1991 = extract(corpus / "pdf" / "iacthr_1991_resolution_provisional_measures_es.pdf")
    assert ruling_1991.published == "1991-07-29"  # not the PDF's June 1, 2004
    assert ruling_1991.title.startswith(
        "RESOLUCIÓN DE LA CORTE INTERAMERICANA DE DERECHOS HUMANOS"
    )
    # A ruling in parts each numbered from 1 keeps its PDF pages as pinpoints.
    assert [p.label for p in ruling_1997.pages] == [str(n) for n in range(1, 13)]


def test_title_from_file_name_is_listed_before_building(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "statedept_hrr_2021_guatemala.txt"
    path.write_text("EXECUTIVE SUMMARY\n\nGuatemala is a multiparty constitutional republic.\n",
                    encoding="utf-8")
    other = tmp_path / "notes.txt"
    other.write_text("Field notes\n\nThe interview took place in the capital.\n",
                     encoding="utf-8")
    report = library.import_files([path, other], workers=0)
    by_name = {s.original_name: s for s in report.imported}
    hrr = by_name["statedept_hrr_2021_guatemala.txt"]
    assert hrr.title == "2021 Country Reports on Human Rights Practices: Guatemala"
    assert hrr.published == "2022" and hrr.publisher == "U.S. Department of State"
    assert origin_of(hrr, "title") == "file_name"
    assert citation_gaps(hrr) == ("title_from_file_name", "date_from_file_name")
    notes = by_name["notes.txt"]
    assert origin_of(notes, "title") == "text"
    assert set(citation_gaps(notes)) == {"no_date", "no_publisher"}

    case = library.cases.new_case(applicant_name="Test Person")
    library.cases.add_exhibit(case.id, hrr.id)
    library.cases.add_exhibit(case.id, notes.id)
    checks = library.cases.citation_checks(case.id)
    assert [(c.label, c.source_id) for c in checks] == [("1", hrr.id), ("2", notes.id)]

    # The user's correction wins and is no longer a guess.
    library.catalog.edit_source(hrr.id, title="2021 Country Reports on Human Rights Practices: "
                        "Guatemala", published="2022-04-12")
    corrected = library.catalog.source(hrr.id)
    assert origin_of(corrected, "title") == "user" and origin_of(corrected, "published") == "user"
    assert citation_gaps(corrected) == ()
    assert [c.source_id for c in library.cases.citation_checks(case.id)] == [notes.id]

    folder = str(library.folder)
    library.close()
    capsys.readouterr()
    assert cli(["--library", folder, "packet", "build", str(case.id), "--out",
                str(tmp_path / "p.pdf"), "--allow-blank-cover"]) == 0
    err = capsys.readouterr().err
    assert "1 exhibit(s) with a citation to check" in err
    assert "Tab 2" in err and "no date" in err and "no publisher or author" in err


# ---------------------------------------------------------------- excerpt risk tags
def test_excerpt_takes_the_risk_types_of_its_own_quote(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Report\n\nGang members extorted bus drivers in the capital.\n\n"
        "The weather was mild during the visit.\n\n"
        "Femicide rates remained high and domestic violence went unpunished.\n",
        encoding="utf-8",
    )
    source = library.import_files([path], workers=0).imported[0]
    library.catalog.tag(source.id, risks=["gang_violence", "gender_violence", "lgbtqi"])
    label = library.catalog.page(source.id, 1).label
    gang = library.excerpts.add_excerpt_by_quote(
        source.id, label, "Gang members extorted bus drivers"
    )
    assert gang.risks == ("gang_violence",)
    weather = library.excerpts.add_excerpt_by_quote(source.id, label, "The weather was mild")
    assert weather.risks == ()
    chosen = library.excerpts.add_excerpt_by_quote(source.id, label, "The weather was mild",
                                          risks=["lgbtqi"])
    assert chosen.risks == ("lgbtqi",)
    library.excerpts.edit_excerpt(weather.id, risks=["gang_violence"])
    assert library.excerpts.excerpt(weather.id).risks == ("gang_violence",)



def test_sources_from_before_origins_were_kept_are_still_checked() -> None:
    from evidence_app.model import Source

    old = Source(id=1, sha256="x", title="statedept hrr 2021 guatemala",
                 original_name="statedept_hrr_2021_guatemala.txt", format="text")
    assert citation_gaps(old) == ("title_from_file_name", "no_date", "no_publisher")


def test_quote_found_by_printed_or_pdf_page_number(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "short.pdf"
    make_numbered_pdf(path, pages=250, first=7)  # the quote is on PDF page 245, printed 251
    source = library.import_files([path], workers=0).imported[0]
    by_printed = library.excerpts.find_quote(source.id, "251", "extorted bus drivers")
    by_pdf_page = library.excerpts.find_quote(source.id, "245", "extorted bus drivers")
    assert by_printed == by_pdf_page and by_printed[0] == 245


def test_printed_numbers_in_a_running_header() -> None:
    texts = ["Cover page\nGuatemala"] + [
        f"GUATEMALA 2023 HUMAN RIGHTS REPORT {n}\nArticle 12 of the law applies.\nSection {n}"
        for n in range(1, 30)
    ]
    labels = printed_labels(texts)
    assert labels is not None and labels[1] == "1" and labels[29] == "29"
    assert labels[0] == "PDF p. 1"
    # Words beside a number on a page or two are not a running header.
    assert candidates("Article 12 of the law\nbody\nend") == set()


@pytest.mark.parametrize(
    ("head", "url", "date"),
    [
        ("<!-- saved from url=(0032)https://www.example.org/a.html -->",
         "https://www.example.org/a.html", ""),
        ("<!-- Mirrored from www.example.org/a.html by HTTrack Website Copier/3.x "
         "[XR&CO'2014], Thu, 20 Nov 2025 10:11:12 GMT -->",
         "http://www.example.org/a.html", "2025-11-20"),
        ('<meta name="savepage-url" content="https://www.example.org/b">'
         '<meta name="savepage-date" content="Fri Nov 21 2025 09:00:00 GMT+0000">',
         "https://www.example.org/b", "2025-11-21"),
        ("<title>No save notes</title>", "", ""),
    ],
)
def test_save_tools_notes(head: str, url: str, date: str) -> None:
    import lxml.html

    from evidence_app.ingest.page_meta import saved_from

    raw = f"<!DOCTYPE html>\n<html><head>{head}</head><body><p>x</p></body></html>"
    assert saved_from(lxml.html.document_fromstring(raw), raw) == (url, date)
