"""Page text as shown in the reader, and where the query's words are on it.

QTextDocument counts UTF-16 units and turns "\\r\\n" into one paragraph break, while the
library stores page offsets in Python characters. The reader therefore shows a copy of the page
text in which every control character except newline and tab is a space (same length), and
`PageText` maps document positions to page offsets and back across characters outside the
Basic Multilingual Plane, so a selection gives exactly `page.text[start:end]`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from evidence_app.model import Page, Span

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class PageText:
    def __init__(self, text: str) -> None:
        self.text = text
        self.display = _CONTROL.sub(" ", text)
        astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # document position of each astral character: one extra unit for each one before it
        self._astral_doc = [a + j for j, a in enumerate(astral)]
        self._astral = astral
        self.doc_length = len(text) + len(astral)

    def to_doc(self, offset: int) -> int:
        offset = max(0, min(len(self.text), offset))
        return offset + bisect_left(self._astral, offset)

    def to_text(self, position: int) -> int:
        position = max(0, min(self.doc_length, position))
        return position - bisect_left(self._astral_doc, position)


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0] if code > 0x7F else ch
        low = base.lower()
        self[code] = folded = low if len(low) == 1 else base
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay valid."""
    # the reader folds every page of a source on the GUI thread: keep this in C
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """Whole words starting with any query term (terms are stems: gang → gangs)."""
    words = sorted({fold(t.strip("*?\"' ")) for t in terms if t.strip("*?\"' ")}, key=len,
                   reverse=True)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*")


def find_terms(text: str, pattern: re.Pattern[str] | None) -> list[Span]:
    if pattern is None:
        return []
    return [Span(m.start(), m.end()) for m in pattern.finditer(fold(text))]


def clean_spans(spans: Sequence[Span], length: int) -> list[Span]:
    """Sorted, inside the page, not overlapping."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        start, end = max(0, span.start), min(length, span.end)
        if start >= end:
            continue
        if out and start < out[-1].end:
            if end > out[-1].end:
                out[-1] = Span(out[-1].start, end)
            continue
        out.append(Span(start, end))
    return out


def find_hits(
    pages: Sequence[Page],
    indexes: Iterable[int],
    search_spans: dict[int, list[Span]],
    pattern: re.Pattern[str] | None,
) -> list[tuple[int, Span]]:
    """(page index, span) of each hit: the search's own spans where it gave them, else every
    word starting with a query term."""
    found: list[tuple[int, Span]] = []
    for index in indexes:
        page = pages[index]
        spans = search_spans.get(page.page_no) or find_terms(page.text, pattern)
        found.extend((index, span) for span in clean_spans(spans, len(page.text)))
    return found
