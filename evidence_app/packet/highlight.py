"""Find a quote on a PDF page and turn its characters into highlight annotations.

Our stored page text is pdfium's text after clean-up (CRLF -> LF, control characters and
U+FFFE dropped), and our own laid-out pages put the same words on lines of their own. So
we compare texts with whitespace and invisible characters removed: an excerpt's
character range maps to the same run of visible characters in pdfium's text of the page,
whatever the line breaks. When the texts differ (another pdfium, an edited source) the
quote is searched instead, preferring the occurrence the excerpt points at.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from .layout import HIGHLIGHT_RGB

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points


def _visible(char: str) -> bool:
    if char.isspace() or char in "\ufffe\uffff":
        return False
    return unicodedata.category(char) not in ("Cc", "Cf", "Zs", "Zl", "Zp")


def normalise(text: str) -> tuple[str, list[int]]:
    """The visible characters of `text` and, for each, its index in `text`."""
    index = [i for i, ch in enumerate(text) if _visible(ch)]
    return "".join(text[i] for i in index), index


def visible_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Normalised [start, end) of the visible characters inside text[start:end]."""
    before = sum(1 for ch in text[:start] if _visible(ch))
    inside = sum(1 for ch in text[start:end] if _visible(ch))
    return before, before + inside


def find_occurrence(haystack: str, needle: str, occurrence: int = 0) -> int | None:
    """Start of the n-th occurrence (0-based) of needle, else of the nearest one before it,
    else a case-insensitive match; None when the needle is not there at all."""
    if not needle:
        return None
    starts: list[int] = []
    at = haystack.find(needle)
    while at >= 0:
        starts.append(at)
        at = haystack.find(needle, at + 1)
    if not starts:
        folded = haystack.casefold()
        if len(folded) == len(haystack):
            at = folded.find(needle.casefold())
            return at if at >= 0 else None
        return None
    return starts[min(occurrence, len(starts) - 1)]


def locate(
    reference: str, target: str, start: int, end: int
) -> tuple[int, int] | None:
    """Where reference[start:end] lies in `target`, both compared on visible characters.

    Returns the normalised [start, end) in target's visible characters, or None."""
    ref_norm, _ = normalise(reference)
    lo, hi = visible_range(reference, start, end)
    needle = ref_norm[lo:hi]
    if not needle:
        return None
    tgt_norm, _ = normalise(target)
    if tgt_norm[lo:hi] == needle:
        return lo, hi
    at = find_occurrence(tgt_norm, needle, ref_norm[:lo].count(needle))
    return None if at is None else (at, at + len(needle))


@dataclass
class TextPage:
    """pdfium's text of one page, kept open while boxes are read from it."""

    page: pdfium.PdfPage
    textpage: pdfium.PdfTextPage
    text: str

    def close(self) -> None:
        self.textpage.close()
        self.page.close()

    def boxes(self, norm_start: int, norm_end: int) -> list[Box]:
        """One box per line for the visible characters [norm_start, norm_end)."""
        _, index = normalise(self.text)
        if norm_start >= len(index) or norm_end <= norm_start:
            return []
        first = index[norm_start]
        last = index[min(norm_end, len(index)) - 1]
        chars = []
        for text_index in range(first, last + 1):
            if not _visible(self.text[text_index]):
                continue
            char_index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(self.textpage, text_index)
            if char_index < 0:
                continue
            try:
                chars.append(self.textpage.get_charbox(char_index, loose=True))
            except pdfium.PdfiumError:
                continue
        return merge_lines(chars)


def open_text_page(document: pdfium.PdfDocument, index: int) -> TextPage:
    page = document[index]
    textpage = page.get_textpage()
    return TextPage(page, textpage, textpage.get_text_range())


def merge_lines(chars: Sequence[Box]) -> list[Box]:
    """Join character boxes into one rectangle per line of text."""
    lines: list[list[float]] = []
    for left, bottom, right, top in chars:
        if right - left <= 0 or top - bottom <= 0:
            continue
        if lines:
            line = lines[-1]
            middle = (bottom + top) / 2
            same_line = line[1] <= middle <= line[3] and left >= line[0] - 2
            if same_line:
                line[0] = min(line[0], left)
                line[1] = min(line[1], bottom)
                line[2] = max(line[2], right)
                line[3] = max(line[3], top)
                continue
        lines.append([left, bottom, right, top])
    return [(a, b, c, d) for a, b, c, d in lines]


def transform_box(box: Box, ctm: Sequence[float]) -> Box:
    """Apply a PDF matrix (a b c d e f) to a box; the result is axis-aligned again."""
    a, b, c, d, e, f = ctm
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def highlight_annotation(writer: PdfWriter, boxes: Sequence[Box], note: str) -> DictionaryObject:
    """A yellow Highlight annotation over the boxes, with its own appearance stream so
    every viewer (and printing) shows the same thing."""
    left = min(b[0] for b in boxes)
    bottom = min(b[1] for b in boxes)
    right = max(b[2] for b in boxes)
    top = max(b[3] for b in boxes)
    quads: list[float] = []
    for x0, y0, x1, y1 in boxes:
        quads += [x0, y1, x1, y1, x0, y0, x1, y0]
    red, green, blue = HIGHLIGHT_RGB
    drawing = "".join(
        f"{x0 - left:.2f} {y0 - bottom:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re\n"
        for x0, y0, x1, y1 in boxes
    )
    appearance = DecodedStreamObject()
    appearance.set_data(f"/GS0 gs {red} {green} {blue} rg\n{drawing}f\n".encode("ascii"))
    appearance.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): _numbers([0, 0, right - left, top - bottom]),
            NameObject("/Resources"): DictionaryObject(
                {
                    NameObject("/ExtGState"): DictionaryObject(
                        {
                            NameObject("/GS0"): DictionaryObject(
                                {
                                    NameObject("/Type"): NameObject("/ExtGState"),
                                    NameObject("/BM"): NameObject("/Multiply"),
                                }
                            )
                        }
                    )
                }
            ),
        }
    )
    appearance_ref = writer._add_object(appearance)
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Highlight"),
            NameObject("/Rect"): _numbers([left, bottom, right, top]),
            NameObject("/QuadPoints"): _numbers(quads),
            NameObject("/C"): _numbers([red, green, blue]),
            NameObject("/F"): NumberObject(4),  # print
            NameObject("/Contents"): TextStringObject(note),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): appearance_ref}),
        }
    )


def _numbers(values: Sequence[float]) -> ArrayObject:
    return ArrayObject(FloatObject(round(v, 3)) for v in values)


__all__ = [
    "Box",
    "TextPage",
    "find_occurrence",
    "highlight_annotation",
    "locate",
    "merge_lines",
    "normalise",
    "open_text_page",
    "transform_box",
    "visible_range",
]
