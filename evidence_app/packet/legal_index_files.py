"""The index by legal element as files of its own, PDF or DOCX, for pasting into a brief."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import inch

from .finish import retag_subset_fonts, with_file_id
from .fonts import fontset
from .layout import para, render, styles
from .legal_index import HEADINGS, LegalIndexEntry, first_words, story
from .stamp import number_pages


def write_pdf(entries: Sequence[LegalIndexEntry], path: Path, *, title: str, note: str,
              language: str = "en") -> None:
    """The index alone, page-numbered, for pasting into a brief (title as only metadata)."""
    st = styles()
    flowables = story(entries, language=language, mark=False)
    if note:
        flowables.insert(2, para(note, st.small))
    rendered = render(flowables)
    reader = PdfReader(io.BytesIO(rendered.data))
    numbers = number_pages(1, len(reader.pages), len(reader.pages))
    writer = PdfWriter()
    for page, number in zip(reader.pages, numbers.pages, strict=True):
        added = writer.add_page(page)
        added.merge_page(number)
        added.compress_content_streams()
    writer.metadata = {"/Title": f"Index of evidence by legal element: {title}",
                       "/Author": "", "/Creator": "", "/Producer": ""}
    retag_subset_fonts(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    _replace(path, with_file_id(buffer.getvalue()))


def write_docx(entries: Sequence[LegalIndexEntry], path: Path, *, title: str, note: str,
               language: str = "en") -> None:
    """The same index as a Word document: headings, then one paragraph per line with the
    cite at a right tab stop with a dot leader, ready to paste into a brief."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Inches, Pt

    words = HEADINGS.get(language, HEADINGS["en"])
    document = Document()
    document.core_properties.title = f"Index of evidence by legal element: {title}"
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    document.core_properties.comments = ""
    document.add_heading(words["heading"], 1)
    document.add_paragraph(words["intro"])
    if note:
        document.add_paragraph(note)
    if not entries:
        document.add_paragraph(words["empty"])
    right = Inches(6.5)
    country = element = risk = None
    for entry in entries:
        if entry.country != country:
            country, element, risk = entry.country, None, None
            document.add_heading(entry.country_name, 2)
        if entry.element != element:
            element, risk = entry.element, None
            document.add_heading(entry.element_label, 3)
        if entry.risk != risk:
            risk = entry.risk
            if entry.risk_label:
                document.add_heading(entry.risk_label, 4)
        line = document.add_paragraph()
        line.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT,
                                                     WD_TAB_LEADER.DOTS)
        line.paragraph_format.left_indent = Inches(0.25)
        line.paragraph_format.space_after = Pt(2)
        font = fontset()
        text = first_words(entry.quote, 4.6 * inch, font.regular, 10.5)
        line.add_run(text + "\t" + entry.cite)
    buffer = io.BytesIO()
    document.save(buffer)
    _replace(path, buffer.getvalue())


def _replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except BaseException:  # a full disk: no half file left behind
        tmp.unlink(missing_ok=True)
        raise
