"""Number the packet's pages: lay out the front (cover, indexes), the tab pages and the
certificates, put every page in its place, and repeat until the page numbers they print stop
changing (placeholders as wide as real numbers make that one or two rounds)."""

from __future__ import annotations

from collections.abc import Sequence

from ..citing.citation import format_citation, format_pinpoints, tab_title
from ..model.cases import IndexRow
from .assemble import Bookmark, PageRef
from .certificates import service_certificate, translation_certificate
from .exhibit_pages import PLACEHOLDER, HeadNumbers, pin_label, render_heads
from .front import render_front
from .highlight import Box
from .layout import Rendered, render
from .legal_index import BOOKMARK as LEGAL_INDEX_BOOKMARK
from .legal_index import LegalIndexEntry, with_pages
from .legal_index import story as legal_index_story
from .parts import CutKey, PacketPages, cut_parts, exhibit_pieces
from .plan import PacketPlan, PlannedExhibit
from .translation import translation_pages

MAX_ROUNDS = 6


def _certificates(
    plan: PacketPlan,
    exhibits: Sequence[PlannedExhibit],
    service: bool,
    translations: bool,
    pages: dict[int, tuple[tuple[int, int], tuple[int, int]]],
) -> Rendered | None:
    """Certificates of translation (only for exhibits with a translation to certify) and
    of service; `pages` holds the packet pages they name, placeholders at first."""
    story = []
    for planned in exhibits:
        if translations and planned.needs_translation and planned.has_translation:
            placeholder = ((PLACEHOLDER, PLACEHOLDER), (PLACEHOLDER, PLACEHOLDER))
            original, english = pages.get(planned.exhibit.id, placeholder)
            story += translation_certificate(plan.case, planned, original, english)
    if service:
        story += service_certificate(plan.case)
    return render(story) if story else None


def _mark_range(rendered: Rendered, key: str, keys: Sequence[str]) -> tuple[int, int]:
    """Pages [first, last] from a mark up to the next mark of the same document."""
    first = rendered.marks[key]
    later = [rendered.marks[k] for k in keys if k in rendered.marks and rendered.marks[k] > first]
    return first, (min(later) - 1 if later else rendered.pages - 1)


def stable_layout(
    plan: PacketPlan,
    exhibits: Sequence[PlannedExhibit],
    cuts: Sequence[CutKey],
    bodies: Rendered | None,
    english: Rendered | None,
    body_boxes: dict[int, list[tuple[int, list[Box]]]],
    original_boxes: dict[int, dict[int, list[tuple[int, list[Box]]]]],
    service: bool,
    translations: bool,
    legal_index: Sequence[LegalIndexEntry] | None = None,
) -> tuple[PacketPages, list[IndexRow], dict[str, bytes]]:
    numbers = HeadNumbers()
    rows = [_row(e, {}, (PLACEHOLDER, PLACEHOLDER), []) for e in exhibits]
    notes: list[str] = []
    parts = len(cuts) + 1
    seq = PacketPages()
    cert_pages: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
    front = heads = certs = None
    for _ in range(MAX_ROUNDS):
        heads = render_heads(exhibits, numbers)
        # The index by legal element prints the excerpt pages of the previous round: the
        # loop ends only when they are the pages the excerpts landed on.
        legal = [] if legal_index is None else legal_index_story(
            with_pages(legal_index, numbers.excerpts, PLACEHOLDER))
        front = render_front(
            plan.case, plan.country_names, plan.today, rows, parts, notes, legal
        )
        certs = _certificates(plan, exhibits, service, translations, cert_pages)
        seq = _sequence(exhibits, front, heads, bodies, english, certs, body_boxes,
                        original_boxes, service, translations)
        new_numbers = HeadNumbers(dict(seq.ranges), dict(seq.excerpt_pages))
        pieces = exhibit_pieces(cut_parts(seq, cuts))
        new_rows = [
            _row(e, seq.excerpt_pages, seq.ranges[e.exhibit.id], pieces.get(e.exhibit.id, []),
                 seq.translations.get(e.exhibit.id))
            for e in exhibits
        ]
        new_notes = _notes(seq, cuts, new_rows, translations, exhibits)
        if (new_numbers == numbers and new_rows == rows and new_notes == notes
                and seq.translations == cert_pages):
            break
        numbers, rows, notes = new_numbers, new_rows, new_notes
        cert_pages = dict(seq.translations)
    assert front is not None and heads is not None
    out = {"front": front.data, "heads": heads.data, "certs": certs.data if certs else b""}
    return seq, rows, out


def _row(
    planned: PlannedExhibit,
    excerpt_pages: dict[int, int],
    pages: tuple[int, int],
    pieces: Sequence[tuple[int, int, int]],
    translated: tuple[tuple[int, int], tuple[int, int]] | None = None,
) -> IndexRow:
    description = format_citation(planned.source)
    pins = format_pinpoints(
        [(pin_label(x), excerpt_pages.get(x.id, PLACEHOLDER)) for x in planned.excerpts]
    )
    if pins:
        description += "\n" + pins
    if planned.translation is not None and planned.needs_translation:
        first, last = translated[1] if translated else (PLACEHOLDER, PLACEHOLDER)
        where = str(first) if first == last else f"{first}\u2013{last}"
        description += f"\nEnglish translation: {'page' if first == last else 'pages'} {where}"
    elif planned.translation_missing:
        description += "\n[Translation to follow]"
    part = pieces[0][0] if pieces else 1
    split = tuple(pieces) if len(pieces) > 1 else ()
    return IndexRow(planned.exhibit.id, planned.label, description, pages[0], pages[1], part,
                    split)


def _notes(
    seq: PacketPages,
    cuts: Sequence[CutKey],
    rows: Sequence[IndexRow],
    translations: bool,
    exhibits: Sequence[PlannedExhibit],
) -> list[str]:
    notes = []
    if cuts:
        spans = []
        for number, (first, refs) in enumerate(cut_parts(seq, cuts), start=1):
            spans.append(f"Part {number}: {_span(first, first + len(refs) - 1)}")
        notes.append(f"Filed in {len(spans)} parts. " + "; ".join(spans) + ".")
        for row in rows:
            if row.pieces:
                where = [f"{_span(a, b)} in Part {p}" for p, a, b in row.pieces]
                notes.append(f"{tab_title(row.label)} is split between parts: "
                             + ", ".join(where) + ".")
    translated = [tab_title(e.label) for e in exhibits
                  if e.needs_translation and e.has_translation]
    if translated and translations:
        notes.append(
            "An English translation and a certificate of translation follow each "
            "foreign-language document: " + ", ".join(translated) + "."
        )
    to_follow = [tab_title(e.label) for e in exhibits if e.translation_missing]
    if to_follow:
        notes.append("Translation to follow: " + ", ".join(to_follow) + ".")
    if seq.service_page:
        notes.append(f"Certificate of Service: page {seq.service_page}.")
    return notes


def _span(first: int, last: int) -> str:
    """"page 7" or "pages 7\u201311"."""
    return f"page {first}" if first == last else f"pages {first}\u2013{last}"


def _sequence(
    exhibits: Sequence[PlannedExhibit],
    front: Rendered,
    heads: Rendered,
    bodies: Rendered | None,
    english: Rendered | None,
    certs: Rendered | None,
    body_boxes: dict[int, list[tuple[int, list[Box]]]],
    original_boxes: dict[int, dict[int, list[tuple[int, list[Box]]]]],
    service: bool,
    translations: bool,
) -> PacketPages:
    seq = PacketPages()
    refs = seq.refs
    refs += [PageRef("front", i) for i in range(front.pages)]
    seq.bookmarks.append(Bookmark("Cover", 1))
    seq.bookmarks.append(Bookmark("Index of Exhibits", front.marks.get("index", 0) + 1))
    if "legal_index" in front.marks:
        seq.bookmarks.append(Bookmark(LEGAL_INDEX_BOOKMARK, front.marks["legal_index"] + 1))
    tab_keys = [f"tab:{e.exhibit.id}" for e in exhibits]
    body_keys = [k for k in (bodies.marks if bodies else {})]
    cert_keys = list(certs.marks) if certs else []
    english_keys = list(english.marks) if english else []
    for planned in exhibits:
        exhibit_id = planned.exhibit.id
        first = len(refs) + 1
        seq.bookmarks.append(Bookmark(f"{tab_title(planned.label)}: {planned.source.title}"[:120],
                                      first))
        lo, hi = _mark_range(heads, f"tab:{exhibit_id}", tab_keys)
        refs += [PageRef("heads", i, exhibit_id) for i in range(lo, hi + 1)]
        note = tab_title(planned.label)
        if planned.original is None and bodies is not None:
            lo, hi = _mark_range(bodies, f"body:{exhibit_id}", body_keys)
            start = len(refs)
            refs += [PageRef("bodies", i, exhibit_id) for i in range(lo, hi + 1)]
            for excerpt in planned.excerpts:
                for index, boxes in body_boxes.get(excerpt.id, []):
                    ref = refs[start + index - lo]
                    ref.highlights.append((f"{note}, {pin_label(excerpt)}", boxes))
                    seq.excerpt_pages.setdefault(excerpt.id, start + index - lo + 1)
                seq.excerpt_pages.setdefault(excerpt.id, start + 1)
        else:
            start = len(refs)
            doc = f"original:{exhibit_id}"
            refs += [PageRef(doc, p.page_no - 1, exhibit_id) for p in planned.pages]
            boxes_of = original_boxes.get(exhibit_id, {})
            position = {p.page_no: k for k, p in enumerate(planned.pages)}
            for excerpt in planned.excerpts:
                for k, boxes in boxes_of.get(excerpt.id, []):
                    refs[start + k].highlights.append((f"{note}, {pin_label(excerpt)}", boxes))
                if excerpt.page_no in position:
                    seq.excerpt_pages[excerpt.id] = start + position[excerpt.page_no] + 1
        translation_pages(seq, planned, heads, english, english_keys, first)
        key = f"translation:{exhibit_id}"
        if translations and certs is not None and key in certs.marks:
            lo, hi = _mark_range(certs, key, cert_keys)
            refs += [PageRef("certs", i, exhibit_id) for i in range(lo, hi + 1)]
        seq.ranges[exhibit_id] = (first, len(refs))
    if service and certs is not None and "service" in certs.marks:
        lo, hi = _mark_range(certs, "service", cert_keys)
        seq.service_page = len(refs) + 1
        seq.bookmarks.append(Bookmark("Certificate of Service", seq.service_page))
        refs += [PageRef("certs", i) for i in range(lo, hi + 1)]
    return seq

