"""Packets in ECAS-safe parts, read back: every part under the limit and captioned, an
exhibit larger than the limit cut between its pages, page numbers running on across
parts, a page that alone passes the limit stopping the build; and the PDF details a
filing relies on (distinct font subset tags, a content-derived trailer /ID)."""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from evidence_app.cli.main import main as cli
from evidence_app.errors import PacketPageTooLarge
from evidence_app.library.facade import Library
from evidence_app.model.cases import PacketResult
from evidence_app.packet.build import DEFAULT_MAX_BYTES

NAME = "Ana María Pérez López"
A_NUMBER = "A 123-456-789"
LIMIT = 300_000


def image_pdf(path: Path, pages: int, side: int, seed: int) -> Path:
    """A PDF whose pages carry a line of text and an image of random (incompressible)
    pixels: about side*side*3 bytes a page."""
    rng = random.Random(seed)
    canvas = Canvas(str(path), pagesize=LETTER, invariant=1)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 720, f"Annex {seed} page {number}: photographs of the threats.")
        pixels = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        canvas.drawImage(ImageReader(pixels), 72, 200, 400, 400)
        canvas.showPage()
    canvas.save()
    return path


def make_case(library: Library, folder: Path, big_pages: int = 10, side: int = 140) -> int:
    """Three exhibits: a small report, an annex of `big_pages` pages of about 60 KB each
    (larger than LIMIT), and another small report."""
    paths = [
        image_pdf(folder / "small_a.pdf", 2, 40, 1),
        image_pdf(folder / "annex.pdf", big_pages, side, 2),
        image_pdf(folder / "small_b.pdf", 2, 40, 3),
    ]
    imported = library.import_files(paths, workers=0)
    assert not imported.failed, imported.failed
    ids = {Path(s.original_name).stem: s.id for s in imported.imported}
    case = library.cases.new_case(applicant_name=NAME, a_number=A_NUMBER, countries=["HN"],
                            court_location="Houston, TX")
    for key in ("small_a", "annex", "small_b"):
        library.cases.add_exhibit(case.id, ids[key])
    return case.id


def texts_of(result: PacketResult) -> list[list[str]]:
    return [[p.extract_text() or "" for p in pypdf.PdfReader(part.path).pages]
            for part in result.parts]


def qpdf_clean(path: str) -> None:
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "No syntax or stream encoding errors" in check.stdout


def test_default_limit_is_ecas_25_decimal_megabytes() -> None:
    assert DEFAULT_MAX_BYTES == 25_000_000


def test_an_exhibit_over_the_limit_is_cut_between_pages_into_captioned_parts(
    library: Library, tmp_path: Path
) -> None:
    case_id = make_case(library, tmp_path)
    result = library.packets.build_packet(case_id, tmp_path / "out" / "Big.pdf", max_bytes=LIMIT)
    assert not result.warnings, result.warnings
    count = len(result.parts)
    assert count >= 3
    assert [Path(p.path).name for p in result.parts] == [f"Big_Part{i}.pdf"
                                                        for i in range(1, count + 1)]
    texts = texts_of(result)
    number = 0
    for index, (part, pages) in enumerate(zip(result.parts, texts, strict=True), start=1):
        assert part.size <= LIMIT and Path(part.path).stat().st_size == part.size
        assert part.first_page == number + 1  # numbering runs on across parts
        for text in pages:
            number += 1
            assert f"Page {number} of {result.total_pages}" in text
            # the caption is on every page of every part, the first page included
            assert f"Part {index} of {count}" in text and A_NUMBER in text and NAME in text
        assert part.last_page == number
        qpdf_clean(part.path)
    assert number == result.total_pages
    annex = result.index[1]
    assert len(annex.pieces) >= 2 and annex.part_label == f"{annex.pieces[0][0]}\u2013" \
        f"{annex.pieces[-1][0]}"
    assert annex.pieces[0][1] == annex.first_page and annex.pieces[-1][2] == annex.last_page
    for (p1, _, last), (p2, first, _) in zip(annex.pieces, annex.pieces[1:], strict=False):
        assert p2 == p1 + 1 and first == last + 1
    # The index says where each piece went.
    index_text = " ".join(texts[0][1:3])
    flat = re.sub(r"\s+", " ", index_text)
    assert "Tab 2 is split between parts:" in flat
    for part_no, first, last in annex.pieces:
        span = f"page {first}" if first == last else f"pages {first}\u2013{last}"
        assert f"{span} in Part {part_no}" in flat
    assert f"Filed in {count} parts." in flat
    # A part that starts inside the annex says so on its first page.
    for part_no, _, _ in annex.pieces[1:]:
        assert "Tab 2 continued" in texts[part_no - 1][0]
        assert all("continued" not in text for text in texts[part_no - 1][1:])
    assert "continued" not in texts[annex.pieces[0][0] - 1][0]
    # The small exhibits stay whole.
    assert not result.index[0].pieces and not result.index[2].pieces


def test_a_page_over_the_limit_stops_the_build_with_the_reason(
    library: Library, tmp_path: Path
) -> None:
    case_id = make_case(library, tmp_path, big_pages=3, side=400)  # ~480 KB a page
    out = tmp_path / "out" / "Huge.pdf"
    with pytest.raises(PacketPageTooLarge) as caught:
        library.packets.build_packet(case_id, out, max_bytes=LIMIT)
    error = caught.value
    assert error.exhibit == "2" and error.size > LIMIT == error.limit
    assert "Tab 2, packet page" in str(error) and "over the limit" in str(error)
    assert not out.parent.exists() or not list(out.parent.iterdir())  # nothing written


def test_cli_exits_non_zero_when_a_page_is_over_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as library:
        case_id = make_case(library, tmp_path, big_pages=2, side=400)
    out = tmp_path / "Huge.pdf"
    status = cli(["--library", str(folder), "packet", "build", str(case_id), "--out", str(out),
                  "--max-mb", "0.3"])
    assert status != 0
    assert "over the limit" in capsys.readouterr().err
    assert not out.exists()
    status = cli(["--library", str(folder), "packet", "build", str(case_id), "--out", str(out),
                  "--max-mb", "0"])
    assert status == 0 and out.exists()
    printed = capsys.readouterr().out
    assert "3 exhibits" in printed and "1 exhibits" not in printed


def font_subsets(path: str) -> dict[str, set[bytes]]:
    """BaseFont name -> the embedded font programs found under that name."""
    found: dict[str, set[bytes]] = {}
    for page in pypdf.PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font")
        for ref in (fonts.get_object().values() if fonts else []):
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                continue
            program = descriptor.get_object().get("/FontFile2")
            data = program.get_object().get_data() if program is not None else b""
            found.setdefault(str(font["/BaseFont"]), set()).add(data)
    return found


def test_font_subset_tags_are_distinct_and_rebuilds_identical(
    library: Library, tmp_path: Path
) -> None:
    case_id = make_case(library, tmp_path, big_pages=1, side=20)
    first = library.packets.build_packet(case_id, tmp_path / "one.pdf")
    second = library.packets.build_packet(case_id, tmp_path / "two.pdf")
    data = Path(first.parts[0].path).read_bytes()
    assert data == Path(second.parts[0].path).read_bytes()
    subsets = font_subsets(first.parts[0].path)
    assert len(subsets) >= 3, subsets.keys()
    for name, programs in subsets.items():
        assert re.match(r"^/[A-Z]{6}\+", name), name
        assert len(programs) == 1, name  # one name, one subset
    tags = [name[1:7] for name in subsets]
    assert len(tags) == len(set(tags)), sorted(subsets)
    reader = pypdf.PdfReader(io.BytesIO(data))
    file_id = reader.trailer["/ID"]
    halves = [value.get_object().original_bytes for value in file_id]
    assert len(halves) == 2 and len(halves[0]) == 16 and halves[0] == halves[1]
    qpdf_clean(first.parts[0].path)


URL = ("https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/"
       "honduras-and-el-salvador/annex_tables.html?section=women&lang=en")


def url_breaks(lines: list[str], url: str) -> list[int]:
    """Positions in `url` where the text read back breaks it across lines; fails when a
    line holding the start of the URL is not followed by the rest of it."""
    breaks = []
    for k, line in enumerate(lines):
        at = line.find(url[:20])
        if at < 0:
            continue
        done = line[at:].rstrip()
        for following in lines[k + 1:]:
            if url.startswith(done) and len(done) >= len(url):
                break
            assert url.startswith(done), (done, url)
            breaks.append(len(done))
            done += following.strip().split(" ")[0]
        assert done.startswith(url), (done, url)
    return breaks


def test_urls_in_the_index_break_only_between_their_parts(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Women in Honduras face violence.\n\nSecond paragraph of the report.")
    source = library.import_files([path], workers=0).imported[0]
    library.catalog.edit_source(source.id, url=URL, title="2023 Country Reports on Human Rights "
                        "Practices: Honduras", publisher="U.S. Dep't of State")
    case = library.cases.new_case(applicant_name=NAME, countries=["HN"])
    library.cases.add_exhibit(case.id, source.id)
    result = library.packets.build_packet(case.id, tmp_path / "u.pdf")
    index = pypdf.PdfReader(result.parts[0].path).pages[1].extract_text()
    lines = index.splitlines()
    breaks = url_breaks(lines, URL)
    assert breaks, lines  # the column is narrower than the URL: it does break
    for at in breaks:
        assert URL[at - 1] == "/" or URL[at] in ".-_?&=#", (URL[:at], URL[at:])


def test_cli_exits_non_zero_when_a_part_is_still_over_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from evidence_app.library.packets import Packets
    from evidence_app.model.cases import PacketPart

    folder = tmp_path / "lib"
    with Library.open(folder) as library:
        case_id = make_case(library, tmp_path, big_pages=1, side=20)
    over = PacketResult(parts=(PacketPart(str(tmp_path / "x.pdf"), 1, 9, 300_001),),
                        total_pages=9, index=(), warnings=("part 1 is 0.3 MB, over the limit",))
    monkeypatch.setattr(Packets, "build_packet", lambda self, *a, **k: over)
    status = cli(["--library", str(folder), "packet", "build", str(case_id), "--out",
                  str(tmp_path / "x.pdf"), "--max-mb", "0.3"])
    assert status == 1
    assert "warning: part 1" in capsys.readouterr().out
