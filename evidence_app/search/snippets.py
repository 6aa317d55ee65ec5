"""Snippets: a window of page text around the densest cluster of query hits.

Built from the page text held in SQLite and the hit ranges found by analysing that text
with the source's own analyzer, so `extorsion` highlights `Extorsión` and `gangs`
highlights `gang`. Whoosh's highlighter is never used (it re-analyses and costs ms a hit).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Span

WINDOW = 250
ELLIPSIS = "…"
_SPACE = re.compile(r"\s")


def densest(hits: Sequence[tuple[int, int]], width: int = WINDOW) -> tuple[int, int]:
    """The (first, last) indexes of the run of hits that fits in `width` characters and
    holds the most hits (the earliest such run on ties)."""
    best = (0, 0)
    lo = 0
    for hi in range(len(hits)):
        while hits[hi][1] - hits[lo][0] > width and lo < hi:
            lo += 1
        if hi - lo > best[1] - best[0]:
            best = (lo, hi)
    return best


def _window(text: str, hits: Sequence[tuple[int, int]], width: int) -> tuple[int, int]:
    first = last = 0
    if not hits:
        start, end = 0, min(len(text), width)
    else:
        first, last = densest(hits, width)
        a, b = hits[first][0], hits[last][1]
        slack = max(width - (b - a), 0)
        start = max(0, a - slack // 2)
        end = min(len(text), max(b, start + width))
        start = max(0, min(start, end - width))
    # do not cut words in half: move the edges to the nearest spaces inside the window
    if start > 0:
        m = _SPACE.search(text, start, end)
        if m and (not hits or m.end() <= hits[first][0]):
            start = m.end()
    if end < len(text):
        cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        if cut > start and (not hits or cut >= hits[last][1]):
            end = cut
    return start, end


def snippet(
    text: str, hits: Sequence[tuple[int, int]], width: int = WINDOW
) -> tuple[str, tuple[Span, ...], tuple[Span, ...]]:
    """(snippet, highlights inside the snippet, highlights inside the page)."""
    hits = sorted(hits)
    start, end = _window(text, hits, width)
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    # one character for one, so the highlight offsets stay valid
    body = _SPACE.sub(" ", text[start:end])
    shift = len(lead) - start
    inside = tuple(
        Span(max(a, start) + shift, min(b, end) + shift)
        for a, b in hits
        if a < end and b > start
    )
    page = tuple(Span(a, b) for a, b in hits)
    return lead + body + tail, inside, page
