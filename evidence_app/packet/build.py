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

from ..citing.citation import tab_title
from ..model import Progress, no_progress
from ..model.cases import DEFAULT_PACKET_TITLE, PacketNote, PacketResult
from .assemble import Sources, assemble, open_original
from .exhibit_pages import body_highlights, render_bodies
from .highlight import Box, locate, open_text_page
from .layout import Rendered
from .legal_index import LegalIndexEntry, section_pages
from .numbering import MAX_ROUNDS, stable_layout
from .parts import CutKey, cut_parts, part_captions, plan_packet_cuts, write_parts
from .plan import PacketPlan, PlannedExhibit
from .translation import check_translations, render_translations, usable_translations

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 25_000_000  # ECAS: 25 MB a file, decimal megabytes


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
    for _ in range(MAX_ROUNDS):
        seq, rows, rendered_front = stable_layout(
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
