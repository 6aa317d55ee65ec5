"""Section headings of a saved web page, and which of them each passage falls under.

Pure, like the rest of ingest/: read from the original file, never from text a bundle
carries. State Department country reports split a section's name over two headings
("Section 6." as an h4, then "Discrimination and Societal Abuses" as an h3); they are
joined into one top-level heading. Levels follow the tags: h1/h2 → 1, h3 → 2, h4 → 3, …
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import lxml.html

from evidence_app.ingest.detect import declared_charset, decode_text, read_payload
from evidence_app.ingest.html import KNOWN_CONTAINERS, MAIN_CONTAINERS

_LEVEL = {"h1": 1, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 5}
_SECTION_NUMBER = re.compile(r"^section\s+\d+\.?$", re.IGNORECASE)
LOOKAHEAD = 4
SEPARATOR = "\n\n"  # between paragraphs of a passage (ingest.paragraphs)


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class PageHeading:
    level: int
    text: str
    start: int  # offset in the page text; -1: began on an earlier page and is still in force


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def html_headings(path: Path) -> list[Heading]:
    """The headings of the page's main text, in order ([] when it has none)."""
    data = read_payload(path)
    tree = lxml.html.document_fromstring(decode_text(data, declared_charset(data)))
    root = None
    for xpath in (*KNOWN_CONTAINERS, *MAIN_CONTAINERS, "//body"):
        found = tree.xpath(xpath)
        if found:
            root = found[0]
            break
    if root is None:
        return []
    raw = [(_LEVEL[el.tag], _squeeze(el.text_content()))
           for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    headings: list[Heading] = []
    pending = ""
    for level, text in raw:
        if not text:
            continue
        if _SECTION_NUMBER.match(text):
            pending = text
            continue
        if pending:
            headings.append(Heading(1, f"{pending} {text}"))
            pending = ""
        else:
            headings.append(Heading(level, text))
    if pending:
        headings.append(Heading(1, pending))
    return headings


def page_headings(
    headings: Sequence[Heading], pages: Sequence[tuple[int, str]]
) -> dict[int, list[PageHeading]]:
    """For each (page_no, text), the headings in force where it begins and those on it.

    A heading is one paragraph of the passage text (the importer makes one paragraph of
    each block element); "Section 6." and its name are two paragraphs, found in turn.
    Headings are matched in document order, so a phrase that is both a heading and a
    paragraph elsewhere is found in the right place.
    """
    wanted: list[tuple[Heading, list[str]]] = []
    for heading in headings:
        parts = [heading.text]
        match = re.match(r"^(section\s+\d+\.?)\s+(.+)$", heading.text, re.IGNORECASE)
        if match:
            parts = [match.group(1), match.group(2)]
        wanted.append((heading, parts))
    result: dict[int, list[PageHeading]] = {}
    stack: list[Heading] = []
    index = 0
    for page_no, text in pages:
        found: list[PageHeading] = [PageHeading(h.level, h.text, -1) for h in stack]
        paragraphs = text.split(SEPARATOR)
        squeezed = [_squeeze(p) for p in paragraphs]  # once, not once per heading tried
        offset = 0
        position = 0
        while position < len(paragraphs):
            paragraph = paragraphs[position]
            # Look a few headings ahead: one the text lacks must not hide all the rest.
            hit = next((k for k in range(index, min(index + LOOKAHEAD, len(wanted)))
                        if squeezed[position] == wanted[k][1][0]
                        and squeezed[position:position + len(wanted[k][1])] == wanted[k][1]),
                       None)
            if hit is not None:
                heading, parts = wanted[hit]
                while stack and stack[-1].level >= heading.level:
                    stack.pop()
                stack.append(heading)
                found.append(PageHeading(heading.level, heading.text, offset))
                index = hit + 1
                for part in paragraphs[position:position + len(parts)]:
                    offset += len(part) + len(SEPARATOR)
                position += len(parts)
                continue
            offset += len(paragraph) + len(SEPARATOR)
            position += 1
        result[page_no] = found
    return result
