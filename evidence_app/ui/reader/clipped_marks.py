"""Passages already clipped are marked in the reader (a tint and a dotted underline in the
link colour), as Zotero marks annotated text, so the same quote is not clipped twice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from evidence_app.model import Excerpt

from .page_text import PageText


def clipped_spans(excerpts: Sequence[Excerpt], page_no: int) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in excerpts if e.page_no == page_no and e.end > e.start]


def clipped_selections(
    doc: QTextDocument, page_text: PageText, spans: Sequence[tuple[int, int]], palette: QPalette
) -> list[QTextEdit.ExtraSelection]:
    link = palette.color(QPalette.ColorRole.Link)
    tint = QColor(link)
    tint.setAlpha(38)
    selections = []
    length = len(page_text.text)
    for start, end in spans:
        if end > length:
            continue  # the page's text changed (OCR again) since the clip
        cursor = QTextCursor(doc)
        cursor.setPosition(page_text.to_doc(start))
        cursor.setPosition(page_text.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(tint)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(link)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = fmt  # type: ignore[attr-defined]
        selections.append(selection)
    return selections
