"""Splitting a packet into parts under a size limit, and writing the part files.

ECAS takes PDFs of at most 25 MB (25,000,000 bytes); a larger packet becomes
`<Name>_Part1.pdf`, `_Part2`… (PACKET.md). Parts are cut between exhibits where they can
be; an exhibit larger than the limit on its own is cut between its pages, and a single
page larger than the limit stops the build (`PacketPageTooLarge`). Page numbers never
restart between parts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PacketPageTooLarge
from ..model.cases import Case, PacketPart
from .assemble import Bookmark, PageRef, Sources, assemble

# A page where a part starts: (exhibit id, document, page index in that document).
CutKey = tuple[int | None, str, int]


@dataclass
class PacketPages:
    """Every page of the packet in order, and where things landed."""

    refs: list[PageRef] = field(default_factory=list)
    ranges: dict[int, tuple[int, int]] = field(default_factory=dict)  # exhibit -> pages
    excerpt_pages: dict[int, int] = field(default_factory=dict)
    bookmarks: list[Bookmark] = field(default_factory=list)
    service_page: int | None = None
    # exhibit -> (packet pages of the original, of its English translation), translated ones
    translations: dict[int, tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=dict)


def cut_key(ref: PageRef) -> CutKey:
    return (ref.exhibit_id, ref.doc, ref.index)


def cut_parts(seq: PacketPages, cuts: Sequence[CutKey]) -> list[tuple[int, list[PageRef]]]:
    """(first page number, pages) of each part: a new part starts at each cut page."""
    starts = set(cuts)
    parts: list[tuple[int, list[PageRef]]] = []
    for number, ref in enumerate(seq.refs, start=1):
        if not parts or (number > 1 and cut_key(ref) in starts):
            parts.append((number, []))
        parts[-1][1].append(ref)
    return parts


def exhibit_pieces(
    parts: Sequence[tuple[int, list[PageRef]]],
) -> dict[int, list[tuple[int, int, int]]]:
    """exhibit id -> [(part number, first packet page, last packet page)], one per part
    the exhibit has pages in (more than one when the exhibit was cut between pages)."""
    pieces: dict[int, list[tuple[int, int, int]]] = {}
    for number, (first, refs) in enumerate(parts, start=1):
        for offset, ref in enumerate(refs):
            if ref.exhibit_id is None:
                continue
            found = pieces.setdefault(ref.exhibit_id, [])
            page = first + offset
            if found and found[-1][0] == number:
                found[-1] = (number, found[-1][1], page)
            else:
                found.append((number, page, page))
    return pieces


def runs(seq: PacketPages) -> list[list[PageRef]]:
    """The packet as consecutive runs of pages of one exhibit (or of no exhibit: the
    front matter, the certificate of service)."""
    out: list[list[PageRef]] = []
    for ref in seq.refs:
        if out and out[-1][0].exhibit_id == ref.exhibit_id:
            out[-1].append(ref)
        else:
            out.append([ref])
    return out


def run_sizes(groups: Sequence[list[PageRef]], sources: Sources, title: str,
              caption: str) -> list[int]:
    """Bytes each run takes when written alone (fonts counted each time: an
    overestimate, so parts planned from it stay under the limit)."""
    total = sum(len(g) for g in groups)
    return [len(assemble(refs, 1, total, sources, (), title, caption)[0]) for refs in groups]


def part_caption(case: Case, number: int, count: int) -> str:
    """The foot line of every page of a packet in parts: who the filing is for and which
    part this is ("" for a packet in one file: its cover is the caption)."""
    if count < 2:
        return ""
    name = " ".join(case.applicant_name.split())
    name = name if len(name) <= 48 else name[:47].rstrip() + "\u2026"  # room for the rest
    who = [name, case.a_number_display]
    return " \u00b7 ".join([w for w in who if w] + [f"Part {number} of {count}"])


def part_captions(
    case: Case, parts: Sequence[tuple[int, list[PageRef]]], labels: dict[int, str]
) -> list[list[str]]:
    """The foot line of each page of each part. A part that starts inside an exhibit
    says so on its first page ("Tab 2 continued"), for whoever opens that file alone."""
    out = []
    for number, (_, refs) in enumerate(parts, start=1):
        caption = part_caption(case, number, len(parts))
        lines = [caption] * len(refs)
        if number > 1 and caption:
            exhibit_id = refs[0].exhibit_id
            before = parts[number - 2][1]
            if exhibit_id is not None and before[-1].exhibit_id == exhibit_id:
                lines[0] = f"{caption} \u00b7 Tab {labels.get(exhibit_id, '')} continued"
        out.append(lines)
    return out


def plan_packet_cuts(
    seq: PacketPages,
    sources: Sources,
    title: str,
    case: Case,
    limit: int,
    max_bytes: int,
    labels: dict[int, str],
) -> list[CutKey]:
    """Where parts start, measured with the longest caption a part can have. A page over
    `max_bytes` alone raises PacketPageTooLarge naming its tab (`labels`) and packet page."""
    groups = runs(seq)
    caption = part_caption(case, 99, 99) + " \u00b7 Tab 999 continued"  # the longest
    total = len(seq.refs)
    sizes = run_sizes(groups, sources, title, caption)

    def measure(refs: list[PageRef]) -> int:
        return len(assemble(refs, 1, total, sources, (), title, caption)[0])

    try:
        return plan_cuts(groups, sizes, limit, max_bytes, measure)
    except PacketPageTooLarge as exc:
        exhibit_id = seq.refs[exc.page].exhibit_id
        label = labels.get(exhibit_id, "") if exhibit_id is not None else ""
        raise PacketPageTooLarge(label, exc.page + 1, exc.size, exc.limit) from None


def plan_cuts(
    groups: Sequence[list[PageRef]],
    sizes: Sequence[int],
    limit: int,
    hard_limit: int,
    measure: Callable[[list[PageRef]], int],
) -> list[CutKey]:
    """Fill parts in order, cutting between runs. Estimated sizes overcount shared fonts,
    so when an estimate says "too big" the candidate part is written to learn its real
    size. A run that does not fit in a part of its own is cut between its pages; a page
    over `hard_limit` alone raises PacketPageTooLarge (its `page` is 0-based in `groups`)."""
    cuts: list[CutKey] = []
    current: list[PageRef] = []
    used = 0
    position = 0  # pages before the current run
    for refs, size in zip(groups, sizes, strict=True):
        if current and used + size > limit:
            actual = measure(current + refs)
            if actual <= limit:
                current, used = current + refs, actual
                position += len(refs)
                continue
            cuts.append(cut_key(refs[0]))
            current, used = [], 0
        if not current and size > limit and measure(refs) > limit:
            pieces = _split_run(refs, limit, hard_limit, measure, position)
            cuts += [cut_key(piece[0]) for piece, _ in pieces[1:]]
            current, used = pieces[-1]
        else:
            current, used = current + refs, used + size
        position += len(refs)
    return cuts


def _split_run(
    refs: list[PageRef],
    limit: int,
    hard_limit: int,
    measure: Callable[[list[PageRef]], int],
    position: int,
) -> list[tuple[list[PageRef], int]]:
    """Consecutive pieces of `refs`, each as long as fits under the limit, with sizes."""
    pieces: list[tuple[list[PageRef], int]] = []
    start = 0
    while start < len(refs):
        one = measure(refs[start:start + 1])
        if one > hard_limit:
            raise PacketPageTooLarge("", position + start, one, hard_limit)
        best, best_size = start + 1, one
        whole = measure(refs[start:]) if len(refs) - start > 1 else one
        if whole <= limit:
            best, best_size = len(refs), whole
        else:
            low, high = start + 1, len(refs) - 1  # refs[start:low] fits; [start:high+1] not
            while low < high:
                middle = (low + high + 1) // 2
                size = measure(refs[start:middle])
                if size <= limit:
                    low, best, best_size = middle, middle, size
                else:
                    high = middle - 1
        pieces.append((refs[start:best], best_size))
        start = best
    return pieces


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
