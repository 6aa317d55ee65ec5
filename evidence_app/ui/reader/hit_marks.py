"""The reader's search hits: the other pages' hits found a few pages at a time between events,
and the hits of the shown page painted as extra selections."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from evidence_app.model import Page, Span

from .. import tasks
from ..labels import highlight_colour
from .page_text import PageText, find_hits

HIT_PAGES_AT_ONCE = 20  # a few milliseconds of folding and matching

Hit = tuple[int, Span]  # (page index, span) across the source


class RestOfHits:
    """Finds a source's hits on all its pages, a few pages at a time on the GUI thread between
    events (a worker thread would hold the GIL while the window paints the results), and
    gives them to `done`. Every `cancel()` (another source or query) drops a late answer."""

    def __init__(self, done: Callable[[list[Hit]], None]) -> None:
        self._done = done
        self._asked = 0

    def cancel(self) -> None:
        self._asked += 1

    def start(
        self,
        pages: Sequence[Page],
        spans: dict[int, list[Span]],
        pattern: re.Pattern[str] | None,
    ) -> None:
        self._step(self._asked, pages, spans, pattern, 0, [])

    def _step(
        self,
        asked: int,
        pages: Sequence[Page],
        spans: dict[int, list[Span]],
        pattern: re.Pattern[str] | None,
        start: int,
        found: list[Hit],
    ) -> None:
        if asked != self._asked:
            return  # another source or query since
        end = min(len(pages), start + HIT_PAGES_AT_ONCE)
        found += find_hits(pages, range(start, end), spans, pattern)
        if end < len(pages):
            tasks.soon(lambda: self._step(asked, pages, spans, pattern, end, found))
        else:
            self._done(found)


def hit_selections(
    doc: QTextDocument,
    page_text: PageText,
    hits: Sequence[Hit],
    page_index: int,
    current: int,
    palette: QPalette,
) -> tuple[list[QTextEdit.ExtraSelection], int | None]:
    """The selections marking the hits on page `page_index` (the current one stronger and
    underlined), and the document position of the current hit when it is on that page."""
    colour = highlight_colour(palette, 0.45)
    strong = highlight_colour(palette, 0.95)
    selections: list[QTextEdit.ExtraSelection] = []
    position: int | None = None
    for number, (index, span) in enumerate(hits):
        if index != page_index:
            continue
        cursor = QTextCursor(doc)
        cursor.setPosition(page_text.to_doc(span.start))
        cursor.setPosition(page_text.to_doc(span.end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(strong if number == current else colour)
        if number == current:
            fmt.setFontUnderline(True)
            position = page_text.to_doc(span.start)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = fmt  # type: ignore[attr-defined]
        selections.append(selection)
    return selections, position
