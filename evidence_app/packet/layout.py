"""What every page we lay out with ReportLab shares: Letter size, styles, marks.

A document is a list of flowables; `Mark(name)` records the page it lands on, so the
builder knows where each exhibit's tab page, head page and body start without guessing.
Pages carry no page number of their own: one stamp over the finished packet numbers them
all, originals included (stamp.py).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus import paragraph as _paragraph

from .fonts import fontset, markup

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 0.9 * inch
BOTTOM_MARGIN = 0.9 * inch  # leaves the page-number band free
HIGHLIGHT = "#FFF200"
HIGHLIGHT_RGB = (1.0, 0.95, 0.0)


@dataclass
class Rendered:
    """A laid-out PDF in memory, with the 0-based page index of every mark."""

    data: bytes
    pages: int
    marks: dict[str, int] = field(default_factory=dict)


class Mark(Flowable):
    """Zero-size flowable whose page is recorded under `name` when it is laid out."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Doc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO) -> None:
        super().__init__(
            buffer,
            pagesize=LETTER,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title="",
            author="",
            subject="",
            creator="",
            producer="",
            keywords="",
            invariant=1,
            pageCompression=1,
            # Else every page lists ReportLab's default, unembedded Helvetica.
            initialFontName=fontset().regular,
        )
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.marks: dict[str, int] = {}

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (ReportLab's hook name)
        if isinstance(flowable, Mark):
            self.marks[flowable.name] = self.canv.getPageNumber() - 1


def render(story: Sequence[Flowable]) -> Rendered:
    flowables = list(story)
    while flowables and isinstance(flowables[-1], PageBreak):
        flowables.pop()  # a trailing break would add a blank page
    buffer = io.BytesIO()
    doc = _Doc(buffer)
    doc.build(flowables)
    return Rendered(buffer.getvalue(), int(doc.page), doc.marks)


# ---------------------------------------------------------------- URLs
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.I)
_BREAK_BEFORE = ".-_?&=#"


def url_break_pairs(word: object) -> list[tuple[str, str]] | None:
    """Where a long URL may be broken across lines, longest head first: after a "/" or
    before one of `.-_?&=#` (never inside "://" or inside a word). ReportLab asks this of a
    word that does not fit on its line (its `_uri_split_pairs`), then of the rest, so a URL
    runs over several lines without a character of it split. Other words: None."""
    text = word.decode("utf-8") if isinstance(word, bytes) else str(word)
    scheme = _SCHEME.match(text)
    if scheme is not None:
        start = scheme.end()
    elif isinstance(word, _paragraph._SplitWord) or (len(text) >= 16 and "/" in text):
        start = 0  # the rest of a URL already broken once, or a URL without its scheme
    else:
        return None
    if any(ch.isspace() for ch in text):
        return None
    points = [i for i in range(start + 1, len(text))
              if text[i - 1] == "/" or text[i] in _BREAK_BEFORE]
    return [(text[:i], text[i:]) for i in reversed(points)] or None


if hasattr(_paragraph, "_uri_split_pairs"):  # ReportLab's own splits only at "/"
    _paragraph._uri_split_pairs = url_break_pairs
# Styles that let URLs break at those points (index cells, tab pages); the rest keeps
# ReportLab's defaults. embeddedHyphenation=2 moves a URL that cannot start on a line to
# the next and breaks it there, rather than splitting a word of it.
URL_BREAKS: dict[str, Any] = {"uriWasteReduce": 0.3, "embeddedHyphenation": 2}


# ---------------------------------------------------------------- styles
class Styles:
    """Paragraph styles over the embedded font family."""

    def __init__(self) -> None:
        fs = fontset()
        regular, bold = fs.regular, fs.bold
        common: dict[str, Any] = {
            "fontName": regular,
            "embeddedHyphenation": 0,
            "splitLongWords": 1,
            "allowWidows": 1,
        }
        self.body = ParagraphStyle("body", fontSize=10.5, leading=14, spaceAfter=6, **common)
        self.small = ParagraphStyle("small", fontSize=9, leading=11.5, spaceAfter=3, **common)
        self.cell = ParagraphStyle("cell", fontSize=9.5, leading=12, **{**common, **URL_BREAKS})
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.label = ParagraphStyle(
            "label", fontSize=9, leading=12, textColor=colors.HexColor("#555555"),
            spaceBefore=8, spaceAfter=3, **{**common, "fontName": bold},
        )
        self.heading = ParagraphStyle(
            "heading", fontSize=14, leading=18, spaceAfter=10, **{**common, "fontName": bold}
        )
        self.center_heading = ParagraphStyle(
            "center_heading", parent=self.heading, alignment=TA_CENTER
        )
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER,
                                     **URL_BREAKS)
        self.tab = ParagraphStyle(
            "tab", fontSize=48, leading=58, alignment=TA_CENTER, **{**common, "fontName": bold}
        )
        self.quote = ParagraphStyle(
            "quote", parent=self.body, leftIndent=18, fontSize=10, leading=13.5
        )
        self.translation = ParagraphStyle(
            "translation", parent=self.quote, leftIndent=32, textColor=colors.HexColor("#333333")
        )


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        _styles = Styles()
    return _styles


def para(text: str, style: ParagraphStyle, *, newlines: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped, fonts switched per script)."""
    return Paragraph(markup(text, keep_newlines=newlines), style)


def rich(markup_text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of ready ReportLab markup (the caller escaped it)."""
    return Paragraph(markup_text, style)


def highlighted(segments: Sequence[tuple[str, bool]]) -> str:
    """Markup for text runs, the True ones on a yellow background."""
    out = []
    for text, marked in segments:
        # Laid-out page text stays in stored order: its highlights are found by that text.
        piece = markup(text, keep_newlines=True, shape=False)
        out.append(f'<span backColor="{HIGHLIGHT}">{piece}</span>' if marked and text else piece)
    return "".join(out)


def bold(text: str) -> str:
    return f"<b>{markup(text)}</b>"
