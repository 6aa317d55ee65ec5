"""Build a court packet from a `PacketPlan`: lay out, number, highlight, split, write.

Page numbers printed on the index and the head pages depend on how many pages the index
and head pages take, so layout runs until it stops changing (placeholders as wide as
real numbers make that one or two rounds). When the file would pass the size limit, the
packet is cut into parts (parts.py) and laid out again so the index can say which part
holds each exhibit; every page of a packet in parts carries the case caption and
"Part N of M" at its foot.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium

from ..citing.citation import format_citation, format_pinpoints, tab_title
from ..model import Progress, no_progress
from ..model.cases import DEFAULT_PACKET_TITLE, IndexRow, PacketNote, PacketResult
from .assemble import Bookmark, PageRef, Sources, assemble, open_original
from .certificates import service_certificate, translation_certificate
from .exhibit_pages import (
    PLACEHOLDER,
    HeadNumbers,
    body_highlights,
    pin_label,
    render_bodies,
    render_heads,
)
from .front import render_front
from .highlight import Box, locate, open_text_page
from .layout import Rendered, render
from .legal_index import BOOKMARK as LEGAL_INDEX_BOOKMARK
from .legal_index import LegalIndexEntry, section_pages, with_pages
from .legal_index import story as legal_index_story
from .parts import (
    CutKey,
    PacketPages,
    cut_parts,
    exhibit_pieces,
    part_captions,
    plan_packet_cuts,
    write_parts,
)
from .plan import PacketPlan, PlannedExhibit
from .translation import (
    check_translations,
    render_translations,
    translation_pages,
    usable_translations,
)

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 25_000_000  # ECAS: 25 MB a file, decimal megabytes
_MAX_ROUNDS = 6


def build_packet(
    plan: PacketPlan,
    out: Path,
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    service: bool = False,
    translations: bool = True,
    translations_to_follow: bool = False,
    legal_index: Sequence[LegalIndexEntry] | None = None,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> PacketResult:
    """`legal_index`: lines of the index of the evidence by legal element, printed after the
    index of exhibits with their packet pages (None: no such section).
    `translations`: print the certificate of translation after each translated exhibit.
    `translations_to_follow`: build even when exhibits not in English have no translation
    (they are marked "translation to follow"); otherwise that raises TranslationMissing."""
    steps = 5
    warnings: list[str] = []
    notes: list[PacketNote] = []
    check_translations(plan.exhibits, translations_to_follow)
    exhibits = _usable(plan.exhibits, warnings, notes)
    exhibits = usable_translations(exhibits, warnings)
    progress(0, steps, "laying out text")
    laid = [e for e in exhibits if e.original is None]
    bodies: Rendered | None = None
    body_boxes: dict[int, list[tuple[int, list[Box]]]] = {}
    if laid:
        bodies, texts = render_bodies(laid)
        body_boxes = body_highlights(bodies, texts, [e.exhibit.id for e in laid])
    if _cancelled(cancel):
        return PacketResult((), 0, (), cancelled=True)
    progress(1, steps, "finding highlighted passages")
    original_boxes = {e.exhibit.id: _original_boxes(e) for e in exhibits if e.original}
    english = render_translations(exhibits)
    rendered = {"bodies": bodies.data if bodies else b"",
                "translations": english.data if english else b""}
    originals = {f"original:{e.exhibit.id}": str(e.original) for e in exhibits if e.original}
    originals |= {
        f"original:translation:{e.exhibit.id}": str(e.translation.path)
        for e in exhibits if e.translation is not None and e.translation.path is not None
    }
    if _cancelled(cancel):
        return PacketResult((), 0, (), cancelled=True)
    progress(2, steps, "numbering pages")

    cuts: list[CutKey] = []
    limit = max_bytes
    for _ in range(_MAX_ROUNDS):
        seq, rows, rendered_front = _stable_layout(
            plan, exhibits, cuts, bodies, english, body_boxes, original_boxes,
            service, translations, legal_index,
        )
        rendered.update(rendered_front)
        sources = Sources(rendered, originals)
        parts = cut_parts(seq, cuts)
        progress(3, steps, "writing")
        labels = {e.exhibit.id: e.label for e in exhibits}
        datas = [
            assemble(refs, first, len(seq.refs), sources, seq.bookmarks, _title(plan), caption)
            for (first, refs), caption in zip(parts, part_captions(plan.case, parts, labels),
                                              strict=True)
        ]
        if _cancelled(cancel):
            return PacketResult((), 0, (), cancelled=True)
        too_big = [i for i, (data, _) in enumerate(datas) if max_bytes and len(data) > max_bytes]
        if not too_big or limit is None or max_bytes is None:
            break
        limit = int(limit * 0.9) if cuts else limit
        new_cuts = plan_packet_cuts(seq, sources, _title(plan), plan.case, limit, max_bytes,
                                    labels)
        if new_cuts == cuts:
            break
        cuts = new_cuts
    for i, (data, _) in enumerate(datas):
        if max_bytes and len(data) > max_bytes:
            note = PacketNote("part_too_large", part=i + 1, size_mb=len(data) / 1e6,
                              limit_mb=max_bytes / 1e6)
            notes.append(note)
            warnings.append(
                f"part {note.part} is {note.size_mb:.1f} MB, over the limit of "
                f"{note.limit_mb:.1f} MB: it could not be split to fit"
            )
    progress(4, steps, "saving")
    written = write_parts(out, [d for d, _ in datas], parts)
    progress(steps, steps, "done")
    return PacketResult(
        parts=tuple(written),
        total_pages=len(seq.refs),
        index=tuple(rows),
        excerpt_pages=dict(seq.excerpt_pages),
        highlights=sum(n for _, n in datas),
        warnings=tuple(warnings),
        notes=tuple(notes),
        legal_index_pages=section_pages(seq.bookmarks, seq.refs),
    )


def _cancelled(cancel: threading.Event | None) -> bool:
    return cancel is not None and cancel.is_set()


def _title(plan: PacketPlan) -> str:
    return plan.case.packet_title or DEFAULT_PACKET_TITLE


def _usable(
    exhibits: Sequence[PlannedExhibit], warnings: list[str], notes: list[PacketNote]
) -> list[PlannedExhibit]:
    """Originals that cannot be reopened are laid out as text instead."""
    out = []
    for planned in exhibits:
        if planned.original is not None:
            try:
                open_original(str(planned.original))
            except (ValueError, OSError) as exc:
                notes.append(PacketNote("original_unavailable", exhibit=planned.label,
                                        detail=str(exc)))
                warnings.append(
                    f"{tab_title(planned.label)}: original pages unavailable ({exc}); "
                    "its text is laid out instead"
                )
                planned = dataclasses.replace(planned, original=None)
        out.append(planned)
    return out


def _original_boxes(planned: PlannedExhibit) -> dict[int, list[tuple[int, list[Box]]]]:
    """excerpt id -> [(index in planned.pages, boxes in the original page's space)]."""
    found: dict[int, list[tuple[int, list[Box]]]] = {}
    position = {page.page_no: k for k, page in enumerate(planned.pages)}
    try:
        document = pdfium.PdfDocument(str(planned.original))
    except pdfium.PdfiumError as exc:
        log.warning("cannot open original for highlights: %s", exc)
        return found
    try:
        for excerpt in planned.excerpts:
            k = position.get(excerpt.page_no)
            if k is None or excerpt.page_no > len(document):
                continue
            page = open_text_page(document, excerpt.page_no - 1)
            try:
                where = locate(planned.pages[k].text, page.text, excerpt.start, excerpt.end)
                boxes = page.boxes(*where) if where else []
            finally:
                page.close()
            if boxes:
                found[excerpt.id] = [(k, boxes)]
    finally:
        document.close()
    return found


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


def _stable_layout(
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
    for _ in range(_MAX_ROUNDS):
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

