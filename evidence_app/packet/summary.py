"""Evidence summary of a case: every excerpt by country, then risk type (PDF and CSV).

What a brief opposing pretermission quotes from: the quote, its pinpoint citation and the
packet page where the judge finds it. The PDF opens with the coverage matrix so the gaps
(a country with nothing on an element) are seen first.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from ..citing.citation import format_citation
from ..model.cases import CoverageMatrix, SummaryRow
from .finish import retag_subset_fonts, with_file_id
from .fonts import fontset, markup
from .front import CONTENT_WIDTH
from .layout import bold, para, render, rich, styles
from .plan import PacketPlan
from .stamp import number_pages

OTHER_COUNTRY = "Other countries"
UNTAGGED = "No risk type"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_HEADER = ("Country", "Risk type", "Tab", "Quote", "Citation", "Packet page",
              "English translation")
# Column heads narrow enough for seven columns on a portrait page; the legend gives the rest.
SHORT_ELEMENTS = {
    "persecution": "Persecution",
    "torture": "Torture",
    "refoulement": "Refoulement",
    "full_and_fair_procedure": "Fair procedure",
    "numerical_cap": "Numerical cap",
    "nationality_exclusion": "Nationality exclusion",
}


def summary_rows(
    plan: PacketPlan,
    excerpt_pages: dict[int, int],
    country_names: dict[str, str],
    risk_labels: dict[str, str],
) -> list[SummaryRow]:
    """Rows grouped by the case's countries (in its order), then risk types (taxonomy
    order); an excerpt tagged with two risk types appears under each."""
    case_countries = list(plan.case.countries)
    risk_order = {slug: i for i, slug in enumerate(risk_labels)}
    rows: list[tuple[tuple[int, int, int, int], SummaryRow]] = []
    for exhibit_order, planned in enumerate(plan.exhibits):
        for excerpt in planned.excerpts:
            countries = [c for c in case_countries if c in excerpt.countries] or [""]
            risks = sorted(excerpt.risks, key=lambda s: risk_order.get(s, len(risk_order)))
            for country in countries:
                for risk in risks or [""]:
                    key = (
                        case_countries.index(country) if country else len(case_countries),
                        risk_order.get(risk, len(risk_order)) if risk else len(risk_order) + 1,
                        exhibit_order,
                        excerpt.page_no * 10**7 + excerpt.start,
                    )
                    rows.append((key, SummaryRow(
                        country=country,
                        country_name=country_names.get(country, country) or OTHER_COUNTRY,
                        risk=risk,
                        risk_label=risk_labels.get(risk, risk) if risk else UNTAGGED,
                        exhibit_label=planned.label,
                        excerpt_id=excerpt.id,
                        quote=" ".join(excerpt.quote.split()),
                        citation=format_citation(planned.source, excerpt.cite_label),
                        packet_page=excerpt_pages.get(excerpt.id),
                        translation=" ".join(excerpt.translation.split()),
                    )))
    return [row for _, row in sorted(rows, key=lambda item: item[0])]


def csv_cell(value: str) -> str:
    """A text cell a spreadsheet shows as text: one starting with =, +, -, @, a tab or a
    carriage return would be read as a formula (a .txt whose first line is
    `=HYPERLINK(...)` becomes a title, a citation and a quote), so it gets a leading '."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_csv(rows: Sequence[SummaryRow], path: Path) -> None:
    # utf-8-sig: spreadsheet programs then read accents and non-Latin names correctly.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        for row in rows:
            cells = (row.country_name, row.risk_label, row.exhibit_label, row.quote,
                     row.citation)
            writer.writerow(
                (*(csv_cell(cell) for cell in cells),
                 "" if row.packet_page is None else row.packet_page, csv_cell(row.translation))
            )


def coverage_table(matrix: CoverageMatrix, country_names: dict[str, str]) -> Table:
    st = styles()
    head = ParagraphStyle("matrix_head", parent=st.cell, fontSize=7.5, leading=9.5,
                          splitLongWords=0)
    header = [rich(bold("Country"), head)]
    header += [rich(bold(SHORT_ELEMENTS.get(slug, label)), head)
               for slug, label in matrix.elements]
    header.append(rich(bold("No element"), head))
    data: list[list[Flowable]] = [header]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), fontset().regular),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for r, code in enumerate(matrix.countries, start=1):
        row: list[Flowable] = [para(country_names.get(code, code), st.cell)]
        for c, (element, _) in enumerate(matrix.elements, start=1):
            count = matrix.count(code, element)
            row.append(para(str(count), st.cell))
            if not count:
                commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#F8D0D0")))
        row.append(para(str(matrix.untagged.get(code, 0)), st.cell))
        data.append(row)
    first = 0.9 * inch
    rest = (CONTENT_WIDTH - first) / (len(matrix.elements) + 1)
    table = Table(data, colWidths=[first] + [rest] * (len(matrix.elements) + 1), repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def write_pdf(
    rows: Sequence[SummaryRow],
    path: Path,
    *,
    title: str,
    matrix: CoverageMatrix,
    country_names: dict[str, str],
    note: str,
) -> None:
    st = styles()
    story: list[Flowable] = [para(f"Evidence summary: {title}", st.heading)]
    if note:
        story.append(para(note, st.small))
    story.append(para("Coverage: excerpts per country and legal element", st.label))
    story.append(coverage_table(matrix, country_names))
    story.append(Spacer(1, 0.1 * inch))
    story.append(para("Shaded cells have no supporting excerpt yet. Elements: " + "; ".join(
        f"{SHORT_ELEMENTS.get(slug, label)}: {label}" for slug, label in matrix.elements
    ) + ".", st.small))
    story.append(PageBreak())
    country = risk = None
    widths = [0.5 * inch, CONTENT_WIDTH - 0.5 * inch - 2.2 * inch - 0.6 * inch, 2.2 * inch,
              0.6 * inch]
    batch: list[list[Flowable]] = []

    def flush() -> None:
        if batch:
            table = Table(
                [[rich(bold(h), st.cell) for h in ("Tab", "Quote", "Citation", "Page")], *batch],
                colWidths=widths, repeatRows=1,
            )
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), fontset().regular),
            ]))
            story.append(table)
            batch.clear()

    for row in rows:
        if row.country_name != country:
            flush()
            country, risk = row.country_name, None
            story.append(para(country, st.heading))
        if row.risk_label != risk:
            flush()
            risk = row.risk_label
            story.append(para(risk, st.label))
        page = "" if row.packet_page is None else str(row.packet_page)
        quote: list[Flowable] = [para(f"\u201c{row.quote}\u201d", st.cell)]
        if row.translation:  # the English under the quote
            quote.append(rich(f"<i>English:</i> \u201c{markup(row.translation)}\u201d", st.cell))
        batch.append([para(row.exhibit_label, st.cell), quote,
                      para(row.citation, st.cell), para(page, st.cell)])
    flush()
    if not rows:
        story.append(para("This case has no excerpts yet.", st.body))
    story.append(Spacer(1, 0.1 * inch))
    rendered = render(story)
    _write_with_title(rendered.data, path, title)


def _write_with_title(data: bytes, path: Path, title: str) -> None:
    """Stamp page numbers and set the title as the only metadata."""
    reader = PdfReader(io.BytesIO(data))
    numbers = number_pages(1, len(reader.pages), len(reader.pages))
    writer = PdfWriter()
    for page, number in zip(reader.pages, numbers.pages, strict=True):
        added = writer.add_page(page)
        added.merge_page(number)
        added.compress_content_streams()
    writer.metadata = {"/Title": f"Evidence summary: {title}", "/Author": "", "/Creator": "",
                       "/Producer": ""}
    retag_subset_fonts(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(with_file_id(buffer.getvalue()))
        tmp.replace(path)
    except BaseException:  # a full disk: no half summary left behind
        tmp.unlink(missing_ok=True)
        raise
