"""Cut pageless text (HTML, plain text, DOCX) into numbered passages.

A web page or a Word file has no printed pages to cite, so we number its paragraphs
1..N and group them into passages of a few thousand characters. Each passage becomes
one `ExtractedPage` labelled "¶ 12–15": a court can find the quote from the label,
and the search shows results at a useful size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evidence_app.model import ExtractedPage

TARGET_CHARS = 2500  # close a passage once it reaches this size
MAX_CHARS = 4000  # do not let a passage grow past this by adding a paragraph
HUGE_PARAGRAPH = 8000  # only paragraphs longer than this are cut
SEPARATOR = "\n\n"

_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def split_blocks(text: str) -> list[str]:
    """Paragraphs of plain text: blocks separated by blank lines, trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [block.strip() for block in _BLANK_LINE.split(text) if block.strip()]


def label_for(first: int, last: int) -> str:
    return f"¶ {first}" if first == last else f"¶ {first}\u2013{last}"


_PASSAGE_LABEL = re.compile(r"^¶ (\d+)(?:\u2013(\d+))?$")


def paragraph_pinpoint(label: str, text: str, start: int, end: int) -> str:
    """The paragraph(s) that hold text[start:end] of a passage labelled "¶ 12–15":
    "¶ 13" rather than the app-made passage. Other labels come back unchanged."""
    match = _PASSAGE_LABEL.match(label)
    if not match or not match.group(2) or not text:
        return label
    first, last = int(match.group(1)), int(match.group(2))
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    lo = first + text[:start].count(SEPARATOR)
    hi = first + text[:end].rstrip().count(SEPARATOR)
    lo, hi = min(lo, last), min(max(hi, lo), last)
    return label_for(lo, hi)


def _cut_huge(paragraph: str) -> list[str]:
    """Cut a paragraph over HUGE_PARAGRAPH into pieces of at most MAX_CHARS, at
    sentence ends when there are any, else at spaces, else anywhere."""
    pieces: list[str] = []
    rest = paragraph
    while len(rest) > MAX_CHARS:
        window = rest[:MAX_CHARS]
        cut = -1
        for match in _SENTENCE_END.finditer(window):
            if match.start() >= TARGET_CHARS // 2:
                cut = match.start()
        if cut < 0:
            cut = window.rfind(" ", TARGET_CHARS // 2)
        if cut <= 0:
            cut = MAX_CHARS
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def passages(paragraphs: Iterable[str]) -> tuple[ExtractedPage, ...]:
    """Group numbered paragraphs into passages of about TARGET..MAX_CHARS.

    A paragraph is never split across passages unless it alone is over
    HUGE_PARAGRAPH; its pieces then keep its number ("¶ 7" on each). A short tail
    joins the passage before it when that stays under MAX_CHARS.
    """
    groups: list[tuple[int, int, list[str]]] = []  # (first number, last number, texts)
    chunk: list[str] = []
    size = 0
    first = 0

    def close(last: int) -> None:
        nonlocal chunk, size
        if chunk:
            groups.append((first, last, chunk))
        chunk, size = [], 0

    number = 0
    for raw in paragraphs:
        paragraph = raw.strip()
        if not paragraph:
            continue
        number += 1
        if len(paragraph) > HUGE_PARAGRAPH:
            close(number - 1)
            for piece in _cut_huge(paragraph):
                groups.append((number, number, [piece]))
            continue
        if chunk and size + len(SEPARATOR) + len(paragraph) > MAX_CHARS:
            close(number - 1)
        if not chunk:
            first = number
        size += len(paragraph) + (len(SEPARATOR) if chunk else 0)
        chunk.append(paragraph)
        if size >= TARGET_CHARS:
            close(number)
    if chunk and groups and size < TARGET_CHARS // 4:
        prev_first, _, prev_texts = groups[-1]
        if _length(prev_texts) + len(SEPARATOR) + size <= MAX_CHARS:
            groups.pop()
            chunk, first = prev_texts + chunk, prev_first
    close(number)
    return tuple(
        ExtractedPage(page_no=index, label=label_for(lo, hi), text=SEPARATOR.join(texts))
        for index, (lo, hi, texts) in enumerate(groups, start=1)
    )


def _length(texts: list[str]) -> int:
    return sum(len(text) for text in texts) + len(SEPARATOR) * (len(texts) - 1)
