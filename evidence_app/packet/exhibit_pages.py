"""Tab pages, exhibit head pages (citation and cited passages) and laid-out source text.

Sources without original pages (HTML, text, DOCX, or a PDF we cannot reopen) are laid
out here: each stored passage under its cite label ("¶ 14–24"), each paragraph with its
number when the label allows counting, the cited spans on a yellow background. While
laying out we keep the exact text drawn, in order, so `body_highlights` can find every
quote on the rendered pages by position rather than by a search that could hit the
list of quotes on the head page or an earlier repetition.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pypdfium2 as pdfium
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, PageBreak, Spacer

from ..citing.citation import format_citation, format_pinpoints, tab_title, transcription_note
from ..model import Excerpt, Page
from .fonts import markup
from .highlight import Box, find_occurrence, normalise, open_text_page, visible_range
from .layout import Mark, Rendered, highlighted, para, render, rich, styles
from .plan import PlannedExhibit
from .translation import translation_note

# Printed under the citation of a source whose page text the library could not extract from
# the original file itself (bundle_text): the court sees that nobody here checked it.
UNVERIFIED_NOTICE = ("Text from a bundle, unverified: the text of this document was received "
                     "with it from another library and could not be read from the original "
                     "file here (for example a scan whose text was made by OCR there).")
PLACEHOLDER = 8888  # as wide as any real page number, so the first layout keeps its length
_BLOCK = re.compile(r"(?:(?!\n[ \t]*\n)[\s\S])+")
_LABEL_RANGE = re.compile(r"^¶\s*(\d+)(?:\s*[\u2013-]\s*(\d+))?$")


@dataclass(frozen=True)
class HeadNumbers:
    """Packet pages printed on head pages: the exhibit's range and each excerpt's page."""

    exhibits: dict[int, tuple[int, int]] = field(default_factory=dict)
    excerpts: dict[int, int] = field(default_factory=dict)

    def exhibit(self, exhibit_id: int) -> tuple[int, int]:
        return self.exhibits.get(exhibit_id, (PLACEHOLDER, PLACEHOLDER))

    def excerpt(self, excerpt_id: int) -> int:
        return self.excerpts.get(excerpt_id, PLACEHOLDER)


# ---------------------------------------------------------------- tab and head pages
def tab_and_head(planned: PlannedExhibit, numbers: HeadNumbers) -> list[Flowable]:
    st = styles()
    exhibit, source = planned.exhibit, planned.source
    story: list[Flowable] = [Mark(f"tab:{exhibit.id}"), Spacer(1, 2.8 * inch)]
    story.append(para(tab_title(exhibit.label).upper(), st.tab))
    story.append(Spacer(1, 0.4 * inch))
    story.append(rich(format_citation(source, markup=markup), st.center))
    story += [PageBreak(), Mark(f"head:{exhibit.id}")]
    story.append(para(f"{tab_title(exhibit.label)}", st.heading))
    story.append(rich(format_citation(source, markup=markup), st.body))
    if source.text_unverified:
        story.append(para(UNVERIFIED_NOTICE, st.small))
    first, last = numbers.exhibit(exhibit.id)
    where = f"packet page {first}" if first == last else f"packet pages {first}\u2013{last}"
    story.append(para(f"{_extent(planned)} ({where}).", st.small))
    transcription = transcription_note(source) if planned.original is None else ""
    if transcription:
        story.append(para(transcription, st.small))
    if planned.needs_translation:
        story.append(para(translation_note(planned), st.small))
    if planned.excerpts:
        story.append(para("Highlighted passages", st.label))
        for number, excerpt in enumerate(planned.excerpts, start=1):
            packet_page = numbers.excerpt(excerpt.id)
            cite = format_pinpoints([(pin_label(excerpt), packet_page)]).removeprefix("Cited at ")
            quote = " ".join(excerpt.quote.split())
            text = f"{number}. {markup(cite)}: \u201c{markup(quote)}\u201d"
            if excerpt.note and excerpt.print_note:  # notes are private unless marked
                text += f" <i>({markup(' '.join(excerpt.note.split()))})</i>"
            story.append(rich(text, st.quote))
            if excerpt.translation.strip():
                english = " ".join(excerpt.translation.split())
                story.append(rich(f"<i>English translation:</i> \u201c{markup(english)}\u201d",
                                  st.translation))
    story.append(PageBreak())
    return story


def pin_label(excerpt: Excerpt) -> str:
    label = excerpt.cite_label or str(excerpt.page_no)
    return label if label.startswith(("¶", "PDF p.")) else f"p. {label}"


def _extent(planned: PlannedExhibit) -> str:
    count = planned.source.page_count
    unit = "passage" if planned.original is None and planned.source.format != "pdf" else "page"
    if planned.exhibit.scope == "whole":
        return f"This exhibit reproduces the whole document ({plural(count, unit)})"
    labels = ", ".join(p.label for p in planned.pages)
    unit = unit if len(planned.pages) == 1 else unit + "s"
    return f"This exhibit reproduces {unit} {labels} of the document"


def plural(count: int, noun: str) -> str:
    """"1 page", "2 pages" (the packet's English)."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


def render_heads(exhibits: Sequence[PlannedExhibit], numbers: HeadNumbers) -> Rendered:
    story: list[Flowable] = []
    for planned in exhibits:
        story += tab_and_head(planned, numbers)
    return render(story)


# ---------------------------------------------------------------- laid-out text
@dataclass
class BodyText:
    """The text drawn for one exhibit, in order, and where its excerpts sit in it."""

    drawn: list[str] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # excerpt -> ranges
    _length: int = 0

    def add(self, text: str) -> int:
        """Record drawn text; returns its offset in the joined text."""
        start = self._length
        self.drawn.append(text)
        self._length += len(text) + 1
        return start

    @property
    def text(self) -> str:
        return "\n".join(self.drawn)


def _blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of a stored page (blocks between blank lines)."""
    out = []
    for match in _BLOCK.finditer(text):
        block = match.group()
        start = match.start() + (len(block) - len(block.lstrip()))
        end = match.end() - (len(block) - len(block.rstrip()))
        if end > start:
            out.append((start, end))
    return out


def _paragraph_numbers(label: str, count: int) -> list[str]:
    match = _LABEL_RANGE.match(label.strip())
    if not match:
        return [""] * count
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if last - first + 1 != count:
        return [""] * count
    return [f"[{n}] " for n in range(first, last + 1)]


def body_story(planned: PlannedExhibit, body: BodyText) -> list[Flowable]:
    st = styles()
    exhibit = planned.exhibit
    story: list[Flowable] = [Mark(f"body:{exhibit.id}")]
    heading = "Full text" if exhibit.scope == "whole" else "Text of the cited passages"
    heading = f"{tab_title(exhibit.label)}: {heading}"
    body.add(heading)
    story.append(para(heading, st.heading))
    by_page: dict[int, list[Excerpt]] = {}
    for excerpt in planned.excerpts:
        by_page.setdefault(excerpt.page_no, []).append(excerpt)
    for page in planned.pages:
        story += _page_story(page, by_page.get(page.page_no, []), body)
    story.append(PageBreak())
    return story


def _page_story(page: Page, excerpts: list[Excerpt], body: BodyText) -> list[Flowable]:
    st = styles()
    label = page.label if page.label.startswith(("¶", "PDF p.")) else f"Page {page.label}"
    body.add(label)
    story: list[Flowable] = [para(label, st.label)]
    blocks = _blocks(page.text)
    numbers = _paragraph_numbers(page.label, len(blocks))
    for (start, end), number in zip(blocks, numbers, strict=True):
        text = page.text[start:end]
        offset = body.add(number + text) + len(number)
        cuts = {0, len(text)}
        for excerpt in excerpts:
            lo, hi = max(excerpt.start, start), min(excerpt.end, end)
            if lo < hi:
                cuts |= {lo - start, hi - start}
                body.spans.setdefault(excerpt.id, []).append((offset + lo - start,
                                                              offset + hi - start))
        points = sorted(cuts)
        segments = [(number, False)] if number else []
        for a, b in zip(points, points[1:], strict=False):
            inside = any(
                max(e.start, start) <= start + a and start + b <= min(e.end, end)
                for e in excerpts
            )
            segments.append((text[a:b], inside))
        story.append(rich(highlighted(segments), st.body))
    return story


def render_bodies(exhibits: Sequence[PlannedExhibit]) -> tuple[Rendered, dict[int, BodyText]]:
    bodies: dict[int, BodyText] = {}
    story: list[Flowable] = []
    for planned in exhibits:
        body = BodyText()
        story += body_story(planned, body)
        bodies[planned.exhibit.id] = body
    return render(story), bodies


def body_highlights(
    rendered: Rendered, bodies: dict[int, BodyText], order: Sequence[int]
) -> dict[int, list[tuple[int, list[Box]]]]:
    """excerpt id -> [(page index in the bodies document, line boxes)]."""
    found: dict[int, list[tuple[int, list[Box]]]] = {}
    document = pdfium.PdfDocument(io.BytesIO(rendered.data))
    try:
        for position, exhibit_id in enumerate(order):
            first = rendered.marks[f"body:{exhibit_id}"]
            if position + 1 < len(order):
                last = rendered.marks[f"body:{order[position + 1]}"] - 1
            else:
                last = rendered.pages - 1
            _locate_body(document, first, last, bodies[exhibit_id], found)
    finally:
        document.close()
    return found


def _locate_body(
    document: pdfium.PdfDocument,
    first: int,
    last: int,
    body: BodyText,
    found: dict[int, list[tuple[int, list[Box]]]],
) -> None:
    pages = [open_text_page(document, i) for i in range(first, last + 1)]
    try:
        page_norms = [normalise(p.text)[0] for p in pages]
        starts = [0]
        for norm in page_norms:
            starts.append(starts[-1] + len(norm))
        rendered_norm = "".join(page_norms)
        drawn = body.text
        drawn_norm, _ = normalise(drawn)
        for excerpt_id, ranges in body.spans.items():
            for start, end in ranges:
                lo, hi = visible_range(drawn, start, end)
                needle = drawn_norm[lo:hi]
                if not needle:
                    continue
                if rendered_norm[lo:hi] != needle:
                    at = find_occurrence(rendered_norm, needle, drawn_norm[:lo].count(needle))
                    if at is None:
                        continue
                    lo, hi = at, at + len(needle)
                for index, page in enumerate(pages):
                    a, b = max(lo, starts[index]), min(hi, starts[index + 1])
                    if a < b:
                        boxes = page.boxes(a - starts[index], b - starts[index])
                        if boxes:
                            found.setdefault(excerpt_id, []).append((first + index, boxes))
    finally:
        for page in pages:
            page.close()
