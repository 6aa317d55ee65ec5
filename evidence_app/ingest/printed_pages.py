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


# A running header or footer with the number at one end: "GUATEMALA 2023 HUMAN RIGHTS
# REPORT 12", "12 Amnesty International". The words must repeat on many pages.
_NUMBER_AT_END = re.compile(r"^(\D.{2,80}?)\s+(\d{1,4})$")
_NUMBER_AT_START = re.compile(r"^(\d{1,4})\s+(\D.{2,80})$")
RUNNING_SHARE = 0.3  # of the pages, that must repeat a header's words


def _edge_lines(text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:]


def candidates(text: str, running: frozenset[str] = frozenset()) -> set[int]:
    """Numbers standing alone on the first or last lines of a page's text, or at either
    end of a running header or footer (one of `running`, the words that repeat)."""
    found: set[int] = set()
    for line in _edge_lines(text):
        match = _NUMBER_LINE.match(line)
        if match:
            found.add(int(match.group(1)))
            continue
        for pattern, words, number in ((_NUMBER_AT_END, 1, 2), (_NUMBER_AT_START, 2, 1)):
            match = pattern.match(line)
            if match and match.group(words).lower() in running:
                found.add(int(match.group(number)))
    return found


def running_headers(texts: Sequence[str]) -> frozenset[str]:
    """Words that stand beside a number on the edge lines of many pages."""
    counts: Counter[str] = Counter()
    for text in texts:
        seen: set[str] = set()
        for line in _edge_lines(text):
            for pattern, words in ((_NUMBER_AT_END, 1), (_NUMBER_AT_START, 2)):
                match = pattern.match(line)
                if match:
                    seen.add(match.group(words).lower())
        counts.update(seen)
    floor = max(MIN_AGREEING_PAGES, RUNNING_SHARE * len(texts))
    return frozenset(words for words, n in counts.items() if n >= floor)


def printed_labels(texts: Sequence[str]) -> list[str] | None:
    """Cite labels from printed page numbers, one per page; None when the pages print
    no consistent numbers (then the PDF page numbers are the labels). Numbers standing
    alone are tried first, then numbers in running headers and footers."""
    if len(texts) < 2:
        return None
    labels = _labels(texts, frozenset())
    if labels is None:
        running = running_headers(texts)
        if running:
            labels = _labels(texts, running)
    return labels or None


def _labels(texts: Sequence[str], running: frozenset[str]) -> list[str] | None:
    """Labels; [] when the printed numbers agree with the PDF pages (nothing to change);
    None when they do not agree on one numbering."""
    count = len(texts)
    per_page = [candidates(text, running) for text in texts]
    offsets: Counter[int] = Counter()
    for index, numbers in enumerate(per_page):
        for number in numbers:
            offsets[number - (index + 1)] += 1
    if not offsets:
        return None
    offset, agreeing = max(offsets.items(), key=lambda item: (item[1], -abs(item[0])))
    if agreeing < max(MIN_AGREEING_PAGES, MIN_AGREEING_SHARE * count):
        return None
    matched = [i for i, numbers in enumerate(per_page) if i + 1 + offset in numbers]
    conflicting = sum(
        1 for i, numbers in enumerate(per_page) if numbers and i + 1 + offset not in numbers
    )
    if conflicting > max(1, MAX_CONFLICTING_SHARE * count):
        return None
    if offset == 0:
        return []  # the printed numbers are the PDF page numbers
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
