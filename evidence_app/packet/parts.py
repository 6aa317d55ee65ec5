"""Splitting a packet into parts under a size limit, and writing the part files.

ECAS takes PDFs of at most 25 MB; a larger packet becomes `<Name>_Part1.pdf`, `_Part2`…,
cut only between exhibits (PACKET.md). Page numbers never restart between parts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .assemble import Bookmark, PageRef, Sources, assemble
from .model import PacketPart
from .plan import PlannedExhibit


@dataclass
class PacketPages:
    """Every page of the packet in order, and where things landed."""

    refs: list[PageRef] = field(default_factory=list)
    ranges: dict[int, tuple[int, int]] = field(default_factory=dict)  # exhibit -> pages
    excerpt_pages: dict[int, int] = field(default_factory=dict)
    bookmarks: list[Bookmark] = field(default_factory=list)
    service_page: int | None = None


def cut_parts(seq: PacketPages, part_of: dict[int, int]) -> list[tuple[int, list[PageRef]]]:
    """(first page number, pages) of each part; pages outside exhibits stay with their
    neighbours (front matter in part 1, the service certificate in the last part)."""
    parts: list[tuple[int, list[PageRef]]] = []
    current = 1
    for number, ref in enumerate(seq.refs, start=1):
        part = part_of.get(ref.exhibit_id, current) if ref.exhibit_id is not None else current
        if not parts or part != current:
            parts.append((number, []))
            current = part
        parts[-1][1].append(ref)
    return parts


def exhibit_sizes(seq: PacketPages, sources: Sources, title: str) -> dict[int | None, int]:
    """Bytes each exhibit adds when written alone (fonts counted each time: an
    overestimate, so parts planned from it stay under the limit)."""
    groups: dict[int | None, list[PageRef]] = {}
    for ref in seq.refs:
        groups.setdefault(ref.exhibit_id, []).append(ref)
    total = len(seq.refs)
    return {
        key: len(assemble(refs, 1, total, sources, (), title)[0]) for key, refs in groups.items()
    }


def plan_parts(
    seq: PacketPages,
    exhibits: Sequence[PlannedExhibit],
    sizes: dict[int | None, int],
    limit: int,
    measure: Callable[[list[PageRef]], int],
) -> dict[int, int]:
    """Fill parts in order. Estimated sizes overcount shared fonts, so when an estimate
    says "too big" the candidate part is written to learn its real size."""
    by_exhibit: dict[int | None, list[PageRef]] = {}
    for ref in seq.refs:
        by_exhibit.setdefault(ref.exhibit_id, []).append(ref)
    part, used = 1, sizes.get(None, 0)
    current = [r for r in by_exhibit.get(None, []) if r.doc == "front"]
    # Whichever part ends up last also carries the certificate of service.
    tail = [r for r in by_exhibit.get(None, []) if r.doc != "front"]
    part_of: dict[int, int] = {}
    for planned in exhibits:
        refs = by_exhibit.get(planned.exhibit.id, [])
        size = sizes.get(planned.exhibit.id, 0)
        if used + size > limit and current:
            actual = measure(current + refs + tail)
            if actual > limit:
                part, used, current = part + 1, 0, []
            else:
                used = actual - size
        part_of[planned.exhibit.id] = part
        current += refs
        used += size
    return part_of if part > 1 else {}


def write_parts(out: Path, datas: Sequence[bytes], parts: Sequence[tuple[int, list[PageRef]]]
           ) -> list[PacketPart]:
    out.parent.mkdir(parents=True, exist_ok=True)
    if len(datas) == 1:
        paths = [out]
    else:
        paths = [out.with_name(f"{out.stem}_Part{i}{out.suffix or '.pdf'}")
                 for i in range(1, len(datas) + 1)]
    written = []
    for path, data, (first, refs) in zip(paths, datas, parts, strict=True):
        tmp = path.with_name(path.name + ".part")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except BaseException:  # a full disk: no half packet left behind
            tmp.unlink(missing_ok=True)
            raise
        written.append(PacketPart(str(path), first, first + len(refs) - 1, len(data)))
    return written
