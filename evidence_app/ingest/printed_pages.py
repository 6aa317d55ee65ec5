"""Page numbers printed on the pages of a PDF that has no page labels.

A judge finds "p. 251" by the number printed in the page's header or footer, not by the
PDF viewer's page count (a report whose cover and contents are unnumbered prints "251"
on its 257th PDF page). We look at the first and last few lines of each page for a number
standing alone ("251", "- 251 -", "Page 251", "Página 251", "251 of 320", "p. 251") and
use those numbers only when they agree: for most pages that print one, the printed number
minus the PDF page number is the same offset, and hardly any page prints a number that
contradicts it (a ruling followed by separate opinions, each numbered from 1, has no one
numbering: its PDF pages are cited). Pages inside the numbered run that print
nothing (chapter openers, full-page figures) get their number from that offset; pages
outside it keep the PDF page number, marked as such ("PDF p. 3") so it is never taken
for a printed one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

EDGE_LINES = 3  # header and footer lines looked at on each side of a page
MIN_AGREEING_SHARE = 0.5  # of the pages, that must print a number agreeing on one offset
MIN_AGREEING_PAGES = 3
# Pages printing a number that contradicts the offset (a document made of parts that each
# start again at 1) beyond this share mean there is no one numbering to cite.
MAX_CONFLICTING_SHARE = 0.05
_NUMBER_LINE = re.compile(
    r"^(?:(?:page|p\.|pg\.|p[aá]g\.?|p[aá]gina)\s*)?[-–—|]?\s*(\d{1,4})\s*[-–—|]?"
    r"(?:\s*(?:of|de|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)


def candidates(text: str) -> set[int]:
    """Numbers standing alone on the first or last lines of a page's text."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    edge = lines[:EDGE_LINES] + lines[-EDGE_LINES:]
    found: set[int] = set()
    for line in edge:
        match = _NUMBER_LINE.match(line)
        if match:
            found.add(int(match.group(1)))
    return found


def printed_labels(texts: Sequence[str]) -> list[str] | None:
    """Cite labels from printed page numbers, one per page; None when the pages print
    no consistent numbers (then the PDF page numbers are the labels)."""
    count = len(texts)
    if count < 2:
        return None
    per_page = [candidates(text) for text in texts]
    offsets: Counter[int] = Counter()
    for index, numbers in enumerate(per_page):
        for number in numbers:
            offsets[number - (index + 1)] += 1
    if not offsets:
        return None
    offset, agreeing = max(offsets.items(), key=lambda item: (item[1], -abs(item[0])))
    if offset == 0:
        return None  # printed numbers are the PDF page numbers: nothing to change
    if agreeing < max(MIN_AGREEING_PAGES, MIN_AGREEING_SHARE * count):
        return None
    matched = [i for i, numbers in enumerate(per_page) if i + 1 + offset in numbers]
    conflicting = sum(
        1 for i, numbers in enumerate(per_page) if numbers and i + 1 + offset not in numbers
    )
    if conflicting > max(1, MAX_CONFLICTING_SHARE * count):
        return None
    first, last = matched[0], matched[-1]
    labels: list[str] = []
    for index in range(count):
        number = index + 1 + offset
        if first <= index <= last or (index > last and number >= 1) or (
            index < first and number >= 1 and _unnumbered_front(per_page, index, offset)
        ):
            labels.append(str(number))
        else:
            labels.append(f"PDF p. {index + 1}")
    return labels


def _unnumbered_front(per_page: list[set[int]], index: int, offset: int) -> bool:
    """A page before the numbered run counts in the numbering (a title page usually
    does) unless it prints a number of its own that disagrees (roman-free front matter
    numbered 1, 2, 3 separately)."""
    return not per_page[index] or index + 1 + offset in per_page[index]
