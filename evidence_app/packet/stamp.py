"""Letter-size originals and one consecutive page number over every page.

An original page of any size or rotation is fitted, upright, into the Letter page above
the page-number band, by wrapping its content in a transformation (and a clip to its
crop box) without parsing it: big scanned reports stay fast. The same matrix moves the
page's annotations and our highlight boxes. The numbers come from one small ReportLab
document ("Page X of Y", bottom right) merged over each page with pypdf.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PageObject, PdfReader
from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject, RectangleObject
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from .fonts import fontset, script_runs
from .highlight import transform_box

PAGE_WIDTH, PAGE_HEIGHT = LETTER
BAND = 40.0  # points kept free at the bottom of original pages for the page number
NUMBER_X = PAGE_WIDTH - 0.6 * 72  # right edge of "Page X of Y"
NUMBER_Y = 0.38 * 72
CAPTION_X = 0.6 * 72  # left edge of the caption of a packet in parts
_LETTER_TOLERANCE = 1.0

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(m1: Matrix, m2: Matrix) -> Matrix:
    """m1 then m2 (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def fit_matrix(page: PageObject) -> tuple[Matrix, RectangleObject]:
    """The matrix that shows `page` upright inside Letter above the number band, and the
    crop box (in the page's own space) to clip to."""
    crop = RectangleObject(page.cropbox)
    x0, y0 = float(crop.left), float(crop.bottom)
    x1, y1 = float(crop.right), float(crop.top)
    width, height = x1 - x0, y1 - y0
    rotation = int(page.get("/Rotate", 0) or 0) % 360
    # Upright view: user space -> displayed space with the origin at bottom left.
    if rotation == 90:
        upright: Matrix = (0.0, -1.0, 1.0, 0.0, -y0, x1)
        width, height = height, width
    elif rotation == 180:
        upright = (-1.0, 0.0, 0.0, -1.0, x1, y1)
    elif rotation == 270:
        upright = (0.0, 1.0, -1.0, 0.0, y1, -x0)
        width, height = height, width
    else:
        upright = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
    if width <= 0 or height <= 0:
        return IDENTITY, crop
    room_height = PAGE_HEIGHT - BAND
    scale = min(PAGE_WIDTH / width, room_height / height)
    offset_x = (PAGE_WIDTH - width * scale) / 2
    offset_y = BAND + (room_height - height * scale) / 2
    fit = multiply(upright, (scale, 0.0, 0.0, scale, offset_x, offset_y))
    return fit, crop


def is_letter(page: PageObject) -> bool:
    box = page.mediabox
    return (
        abs(float(box.width) - PAGE_WIDTH) < _LETTER_TOLERANCE
        and abs(float(box.height) - PAGE_HEIGHT) < _LETTER_TOLERANCE
        and float(box.left) == 0
        and float(box.bottom) == 0
        and not int(page.get("/Rotate", 0) or 0) % 360
    )


def fit_to_letter(page: PageObject, matrix: Matrix, crop: RectangleObject) -> None:
    """Apply `matrix` to the page's content and annotations; make the page Letter."""
    content = page.get_contents()
    if content is not None:
        numbers = " ".join(f"{v:.6f}" for v in matrix)
        clip = (
            f"{float(crop.left):.3f} {float(crop.bottom):.3f} "
            f"{float(crop.width):.3f} {float(crop.height):.3f} re W n\n"
        )
        content.set_data(
            f"q {numbers} cm {clip}".encode("ascii") + content.get_data() + b"\nQ\n"
        )
        page.replace_contents(content)
    for key in ("/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"):
        if key in page:
            del page[key]
    page[NameObject("/MediaBox")] = RectangleObject((0, 0, PAGE_WIDTH, PAGE_HEIGHT))
    page[NameObject("/Rotate")] = NumberObject(0)
    _move_annotations(page, matrix)


def _move_annotations(page: PageObject, matrix: Matrix) -> None:
    annots = page.get("/Annots")
    if annots is None:
        return
    for ref in annots.get_object():
        annot = ref.get_object()
        rect = annot.get("/Rect")
        if rect is not None and len(rect) == 4:
            box = transform_box(tuple(float(v) for v in rect), matrix)  # type: ignore[arg-type]
            annot[NameObject("/Rect")] = ArrayObject(FloatObject(round(v, 3)) for v in box)
        quads = annot.get("/QuadPoints")
        if quads is not None:
            a, b, c, d, e, f = matrix
            moved: list[float] = []
            values = [float(v) for v in quads]
            for i in range(0, len(values) - 1, 2):
                x, y = values[i], values[i + 1]
                moved += [a * x + c * y + e, b * x + d * y + f]
            annot[NameObject("/QuadPoints")] = ArrayObject(FloatObject(round(v, 3)) for v in moved)


def number_pages(
    first: int, last: int, total: int, caption: str | Sequence[str] = ""
) -> PdfReader:
    """A document whose page i carries "Page first+i of total" at the bottom right, and
    `caption` (when given: one for all pages, or one a page) at the bottom left."""
    captions = [caption] * (last - first + 1) if isinstance(caption, str) else list(caption)
    fs = fontset()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=LETTER, invariant=1, pageCompression=1, initialFontName=fs.regular
    )
    canvas.setTitle("")
    canvas.setAuthor("")
    canvas.setCreator("")
    canvas.setProducer("")
    for number in range(first, last + 1):
        text = f"Page {number} of {total}"
        canvas.setFont(fs.regular, 9)
        width = canvas.stringWidth(text, fs.regular, 9)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(NUMBER_X - width - 3, NUMBER_Y - 3, width + 6, 13, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawRightString(NUMBER_X, NUMBER_Y, text)
        line = captions[number - first] if number - first < len(captions) else ""
        if line:
            room = NUMBER_X - width - 12 - CAPTION_X
            draw_caption(canvas, line, CAPTION_X, NUMBER_Y, room)
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def draw_caption(canvas: Canvas, text: str, x: float, y: float, room: float) -> None:
    """`text` at (x, y), fonts switched per script, shortened with "…" to fit `room`,
    on a white band so it stays readable over an original's content."""
    size = 8.0
    runs = script_runs(text)
    width = sum(canvas.stringWidth(t, f, size) for t, f in runs)
    while runs and width > room:
        text = text[:-2].rstrip() + "\u2026"
        runs = script_runs(text)
        width = sum(canvas.stringWidth(t, f, size) for t, f in runs)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x - 3, y - 3, width + 6, 12, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for run, font in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, font, size)


def stamp(page: PageObject, overlay: PageObject) -> None:
    page.merge_page(overlay)


def page_number_text(number: int, total: int) -> str:
    return f"Page {number} of {total}"
