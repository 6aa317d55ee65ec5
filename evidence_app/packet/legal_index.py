"""Index of the evidence by legal element: country -> legal element -> risk type.

Practitioners answering a pretermission motion organise the evidence by the element it
proves (ACA.md), not by source. Each line is the first words of a clipped passage, then
its exhibit and the packet page where the highlighted quote appears ("Ex. 4 at 37"), so a
brief can cite the packet directly. The same lines make a packet section (after the index
of exhibits: its pages count before the exhibits are numbered, so build.py lays it out
with the front matter until the numbers stop changing) and a standalone PDF or DOCX.

The packet is filed in English (EOIR Practice Manual 3.3(a)), so the packet section's
headings are the taxonomy's English labels; a standalone export for the user's own work may
use the Spanish ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from ..model.cases import LegalIndexEntry, LegalTerms

# The result type lives in model/; named here too for library/legal_index.py (li.LegalIndexResult)
from ..model.cases import LegalIndexResult as LegalIndexResult
from .assemble import Bookmark, PageRef
from .fonts import fontset
from .front import CONTENT_WIDTH
from .layout import Mark, para, styles
from .plan import PacketPlan

ELLIPSIS = "\u2026"
BOOKMARK = "Index of Evidence by Legal Element"
CITE_WIDTH = 1.15 * inch
LEADING_ROWS = 2  # lines kept on the page of their headings (no heading alone at a foot)
INDENT = 28  # lines sit under their risk type's heading

HEADINGS = {
    "en": {
        "title": "INDEX OF EVIDENCE BY LEGAL ELEMENT",
        "heading": "Index of Evidence by Legal Element",
        "intro": "Each line gives the first words of a highlighted passage, its exhibit and "
                 "the packet page where it appears (\u201cEx. 4 at 37\u201d: Tab 4, packet "
                 "page 37). A passage tagged with several risk types appears under each.",
        "other": "Other evidence",
        "no_country": "No country tagged",
        "no_risk": "No risk type",
        "empty": "No clipped passage in this case's exhibits yet.",
        "continued": "continued",
    },
    "es": {
        "title": "ÍNDICE DE LA PRUEBA POR ELEMENTO JURÍDICO",
        "heading": "Índice de la prueba por elemento jurídico",
        "intro": "Cada línea da las primeras palabras de un pasaje resaltado, su anexo y la "
                 "página del paquete donde aparece (\u201cEx. 4 at 37\u201d: pestaña 4, "
                 "página 37 del paquete). Un pasaje con varios tipos de riesgo aparece en "
                 "cada uno.",
        "other": "Otra prueba",
        "no_country": "Sin país etiquetado",
        "no_risk": "Sin tipo de riesgo",
        "empty": "Los anexos de este caso aún no tienen pasajes recortados.",
        "continued": "continuación",
    },
}


def has_tagged_excerpts(plan: PacketPlan, terms: LegalTerms) -> bool:
    """True when some passage of the packet carries a risk type with a legal element: the
    packet section is then on by default."""
    return any(terms.risks.get(risk, ("", ""))[1]
               for planned in plan.exhibits for x in planned.excerpts for risk in x.risks)


def legal_index_entries(
    plan: PacketPlan,
    terms: LegalTerms,
    excerpt_pages: Mapping[int, int] | None = None,
    language: str = "en",
) -> list[LegalIndexEntry]:
    """Lines of the index in order: the case's countries first (its order), then other
    countries by name, then passages with no country; within a country the legal elements
    in taxonomy order, "Other evidence" last; then risk types in taxonomy order; then
    exhibit order and place in the source. A passage with several risk types (or
    countries) appears under each."""
    words = HEADINGS.get(language, HEADINGS["en"])
    pages = excerpt_pages or {}
    case_countries = list(plan.case.countries)
    element_order = {slug: i for i, slug in enumerate(terms.elements)}
    risk_order = {slug: i for i, slug in enumerate(terms.risks)}
    keyed: list[tuple[tuple[object, ...], LegalIndexEntry]] = []
    for exhibit_order, planned in enumerate(plan.exhibits):
        for excerpt in planned.excerpts:
            countries = list(dict.fromkeys(excerpt.countries)) or [""]
            groups = [(terms.risks.get(r, (r, ""))[1], r) for r in dict.fromkeys(excerpt.risks)]
            if not any(element for element, _ in groups):
                groups = [("", r) for _, r in groups] or [("", "")]
            else:
                groups = [(e, r) for e, r in groups if e]
            for country in countries:
                if country in case_countries:
                    country_key: tuple[int, str] = (0, f"{case_countries.index(country):04}")
                else:
                    country_key = (1, terms.country_names.get(country, country).casefold()) \
                        if country else (2, "")
                for element, risk in groups:
                    key = (
                        country_key, country,
                        element_order.get(element, len(element_order)) if element
                        else len(element_order) + 1,
                        risk_order.get(risk, len(risk_order)) if risk else len(risk_order) + 1,
                        exhibit_order, excerpt.page_no, excerpt.start,
                    )
                    entry = LegalIndexEntry(
                        country=country,
                        country_name=(terms.country_names.get(country, country) if country
                                      else words["no_country"]),
                        element=element,
                        element_label=(terms.elements.get(element, element) if element
                                       else words["other"]),
                        risk=risk,
                        risk_label=terms.risks.get(risk, (risk, ""))[0] if risk else "",
                        exhibit_label=planned.label,
                        excerpt_id=excerpt.id,
                        quote=" ".join(excerpt.quote.split()),
                        packet_page=pages.get(excerpt.id),
                    )
                    keyed.append((key, entry))
    keyed.sort(key=lambda item: item[0])
    seen: set[tuple[str, str, str, int]] = set()
    out = []
    for _, entry in keyed:  # the same passage tagged twice under one heading: once
        mark = (entry.country, entry.element, entry.risk, entry.excerpt_id)
        if mark not in seen:
            seen.add(mark)
            out.append(entry)
    return out


def with_pages(entries: Sequence[LegalIndexEntry], excerpt_pages: Mapping[int, int],
               default: int | None = None) -> list[LegalIndexEntry]:
    """The entries with their packet pages (`default` for a passage not placed yet)."""
    return [replace(e, packet_page=excerpt_pages.get(e.excerpt_id, default)) for e in entries]


def section_pages(bookmarks: Sequence[Bookmark], refs: Sequence[PageRef]
                  ) -> tuple[int, int] | None:
    """Packet pages [first, last] of the section: it ends the front matter."""
    first = next((b.page for b in bookmarks if b.title == BOOKMARK), None)
    if first is None:
        return None
    return first, sum(1 for ref in refs if ref.doc == "front")


def first_words(quote: str, width: float, font: str, size: float) -> str:
    """As many whole words of `quote` as fit in `width` (with an ellipsis when cut); a
    first word too long for the line alone is cut between characters."""
    text = " ".join(quote.split())
    if stringWidth(text, font, size) <= width:
        return text
    room = width - stringWidth(ELLIPSIS, font, size)
    out = ""
    for word in text.split(" "):
        candidate = f"{out} {word}" if out else word
        if stringWidth(candidate, font, size) > room:
            break
        out = candidate
    if not out:  # one very long word (a URL, a name in another script)
        for ch in text:
            if stringWidth(out + ch, font, size) > room:
                break
            out += ch
    return out.rstrip(" ,;:.\u2013\u2014-") + ELLIPSIS


# ---------------------------------------------------------------- layout
def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    bold = fontset().bold
    return {
        "country": ParagraphStyle("li_country", parent=st.body, fontName=bold, fontSize=12,
                                  leading=15, spaceBefore=10, spaceAfter=4),
        "element": ParagraphStyle("li_element", parent=st.body, fontName=bold, fontSize=10.5,
                                  leading=13, spaceBefore=4, spaceAfter=2, leftIndent=8),
        "risk": ParagraphStyle("li_risk", parent=st.small, leftIndent=18, spaceBefore=2,
                               spaceAfter=1, textColor=colors.HexColor("#444444")),
        "line": ParagraphStyle("li_line", parent=st.cell, fontSize=9.5, leading=12),
        "cite": ParagraphStyle("li_cite", parent=st.cell, fontSize=9.5, leading=12,
                               alignment=TA_RIGHT),
    }


class _Pages:
    """Which page last drew a line, and which last drew headings (shared by one story)."""

    def __init__(self) -> None:
        self.line = -1
        self.headings = -1


class _HeadingsHere(Flowable):
    """Zero-size: records that headings were drawn on this page."""

    def __init__(self, pages: _Pages) -> None:
        super().__init__()
        self.pages = pages
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages.headings = self.canv.getPageNumber()


class _Line(Flowable):
    """One line of the index. The first line of a page that starts inside a group prints
    the group's headings above it ("Uganda \u00b7 Risk of torture (continued)"), so a line
    read alone still says what it proves."""

    def __init__(self, entry: LegalIndexEntry, sts: dict[str, ParagraphStyle],
                 context: str, pages: _Pages) -> None:
        super().__init__()
        self.context = context
        self.pages = pages
        words_width = CONTENT_WIDTH - CITE_WIDTH - INDENT
        text = first_words(entry.quote, words_width - 8, sts["line"].fontName,
                           sts["line"].fontSize)
        self.table = Table([[para(text, sts["line"]), para(entry.cite, sts["cite"])]],
                           colWidths=[words_width, CITE_WIDTH])
        self.table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), fontset().regular),  # else Helvetica, unembedded
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LINEBELOW", (0, 0), (0, 0), 0.3, colors.HexColor("#BBBBBB"), 0, (1, 2)),
        ]))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.height = self.table.wrap(available_width - INDENT, available_height)
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        page = canvas.getPageNumber()
        if page != self.pages.line and page != self.pages.headings:
            canvas.saveState()
            canvas.setFont(fontset().bold, 8.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            canvas.drawString(0, self.height + 6, self.context)
            canvas.restoreState()
        self.pages.line = page
        self.table.drawOn(canvas, INDENT, 0)


def story(
    entries: Sequence[LegalIndexEntry], *, language: str = "en", mark: bool = True,
    title: str | None = None,
) -> list[Flowable]:
    """The section's flowables, ending with a page break. Every heading travels with the
    first lines under it, so none is left alone at the foot of a page."""
    words = HEADINGS.get(language, HEADINGS["en"])
    st = styles()
    sts = _styles()
    pages = _Pages()
    out: list[Flowable] = [Mark("legal_index")] if mark else []
    out.append(para(title or words["title"], st.center_heading))
    out.append(para(words["intro"], st.small))
    out.append(Spacer(1, 0.08 * inch))
    if not entries:
        out.append(para(words["empty"], st.body))
    country = element = risk = None
    pending: list[Flowable] = []  # headings waiting for their first lines
    lines_since_heading = 0
    for entry in entries:
        if entry.country != country:
            country, element, risk = entry.country, None, None
            pending.append(para(entry.country_name, sts["country"]))
        if entry.element != element:
            element, risk = entry.element, None
            pending.append(para(entry.element_label, sts["element"]))
        if entry.risk != risk:
            risk = entry.risk
            if entry.risk_label:
                pending.append(para(entry.risk_label, sts["risk"]))
        context = " \u00b7 ".join(x for x in (entry.country_name, entry.element_label,
                                               entry.risk_label) if x)
        line = _Line(entry, sts, f"{context} ({words['continued']})", pages)
        if pending:
            out.append(KeepTogether(pending + [_HeadingsHere(pages), line]))
            pending = []
            lines_since_heading = 1
            continue
        if lines_since_heading < LEADING_ROWS and isinstance(out[-1], KeepTogether):
            # The second line joins the group too: a heading with one line under it at a
            # page foot still reads as orphaned.
            group = out.pop()
            assert isinstance(group, KeepTogether)
            out.append(KeepTogether(list(group._content) + [line]))
        else:
            out.append(line)
        lines_since_heading += 1
    out.append(PageBreak())
    return out
