"""Cover page and index of exhibits (PACKET.md "Conventions")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from ..citing.citation import format_date
from ..model.cases import DEFAULT_PACKET_TITLE, Case, IndexRow
from .fonts import fontset, markup
from .layout import Mark, Rendered, bold, para, render, rich, styles

CONTENT_WIDTH = 8.5 * inch - 2 * 0.9 * inch


def long_date(value: date | str) -> str:
    """"November 20, 2026" (cover and certificates spell the month out)."""
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return format_date(value)
    else:
        day = value
    return f"{day:%B} {day.day}, {day.year}"


def cover(case: Case, country_names: Sequence[str], today: date) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Mark("cover")]
    filer = [case.filer_name, case.filer_address, case.filer_phone, case.filer_email]
    lines = [line for line in filer if line.strip()]
    if case.filer_eoir_id:
        lines.append(f"EOIR ID: {case.filer_eoir_id}")
    role = "Pro Se Respondent" if case.filer_kind == "pro_se" else "Representative for Respondent"
    lines.append(role)
    story.append(para("\n".join(lines), st.small, newlines=True))
    story.append(Spacer(1, 0.35 * inch))
    court = case.court_location.upper() if case.court_location else ""
    heading = "UNITED STATES DEPARTMENT OF JUSTICE\nEXECUTIVE OFFICE FOR IMMIGRATION REVIEW\n"
    heading += "IMMIGRATION COURT" + (f"\n{court}" if court else "")
    story.append(para(heading, st.center_heading, newlines=True))
    story.append(Spacer(1, 0.25 * inch))
    matter = (
        "In the Matter of:<br/><br/>"
        f"<b>{markup(case.applicant_name or '')}</b>,<br/>Respondent.<br/><br/>"
        "In Removal Proceedings"
    )
    right = [f"File No.: {markup(case.a_number_display)}" if case.a_number else "File No.:"]
    right.append(f"Immigration Judge: {markup(case.judge)}")
    hearing = long_date(case.hearing_date) if case.hearing_date else ""
    if case.hearing_type:
        hearing = f"{hearing} ({case.hearing_type})" if hearing else case.hearing_type
    right.append(f"Next Hearing: {markup(hearing)}")
    table = Table(
        [[rich(matter, st.body), rich("<br/><br/>".join(right), st.body)]],
        colWidths=[CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45],
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), fontset().regular),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    story += [table, Spacer(1, 0.5 * inch)]
    title = (case.packet_title or DEFAULT_PACKET_TITLE).upper()
    story.append(para(title, st.center_heading))
    if country_names:
        story.append(para("Country conditions: " + ", ".join(country_names), st.center))
    story.append(Spacer(1, 0.4 * inch))
    story.append(para(f"Date: {long_date(today)}", st.body))
    story.append(PageBreak())
    return story


def index(
    rows: Sequence[IndexRow],
    parts: int,
    notes: Sequence[str] = (),
) -> list[Flowable]:
    """Tab | Description (full citation) | Pages, plus Part when the packet is split."""
    st = styles()
    header = [rich(bold("Tab"), st.cell), rich(bold("Description"), st.cell),
              rich(bold("Pages"), st.cell)]
    widths = [0.55 * inch, CONTENT_WIDTH - 1.5 * inch, 0.95 * inch]
    if parts > 1:
        header.append(rich(bold("Part"), st.cell))
        widths = [0.55 * inch, CONTENT_WIDTH - 2.05 * inch, 0.95 * inch, 0.55 * inch]
    data: list[list[Flowable]] = [header]
    for row in rows:
        cells = [
            rich(bold(row.label), st.cell),
            para(row.description, st.cell, newlines=True),
            para(row.pages, st.cell),
        ]
        if parts > 1:
            cells.append(para(row.part_label, st.cell))
        data.append(cells)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), fontset().regular),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story: list[Flowable] = [
        Mark("index"),
        para("INDEX OF EXHIBITS", st.center_heading),
        table,
    ]
    if notes:
        story.append(Spacer(1, 0.2 * inch))
        story.append(KeepTogether([para(note, st.small) for note in notes]))
    story.append(PageBreak())
    return story


def render_front(
    case: Case,
    country_names: Sequence[str],
    today: date,
    rows: Sequence[IndexRow],
    parts: int,
    notes: Sequence[str] = (),
    after_index: Sequence[Flowable] = (),
) -> Rendered:
    """`after_index`: a section following the index of exhibits (the index by legal
    element), laid out with it so its pages count before the exhibits are numbered."""
    return render(cover(case, country_names, today) + index(rows, parts, notes)
                  + list(after_index))
