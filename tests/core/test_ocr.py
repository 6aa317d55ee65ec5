"""OCR of scanned sources: what to install when tools are missing, the verb with the real
tools (when installed), and cancel, timeout and failure with stand-in scripts."""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from evidence_app.errors import Cancelled, OcrFailed, OcrUnavailable
from evidence_app.importing.importer import sha256_file
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery
from evidence_app.upkeep import ocr

SCAN = "pdf/scan_image_only_english.pdf"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="stand-in tools are sh scripts")


def _script(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _fake_tools(tmp_path: Path, ocrmypdf_body: str, langs: str = "eng spa") -> Path:
    folder = tmp_path / "fakebin"
    folder.mkdir(exist_ok=True)
    lines = "\\n".join(langs.split())
    _script(folder, "tesseract",
            f'printf \'List of available languages in "/x/" (2):\\n{lines}\\n\'\n')
    _script(folder, "ocrmypdf", ocrmypdf_body)
    return folder


def _import_scan(library: Library, corpus: Path) -> int:
    report = library.import_files([corpus / SCAN], workers=0)
    assert len(report.imported) == 1 and report.imported[0].needs_ocr
    return report.imported[0].id


# ---------------------------------------------------------------- tools missing
def test_without_tools_the_message_says_what_to_install(library: Library, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    available, message = library.ocr.ocr_available(search_path=str(empty))
    assert not available
    assert "apt-get install tesseract-ocr tesseract-ocr-spa" in message
    assert "pip install ocrmypdf" in message
    with pytest.raises(OcrUnavailable) as caught:
        library.ocr.ocr_sources(None, search_path=str(empty))
    assert caught.value.missing == ("tesseract-ocr", "tesseract-ocr-spa", "ocrmypdf")


@posix_only
def test_only_the_missing_language_is_named(library: Library, tmp_path: Path) -> None:
    folder = _fake_tools(tmp_path, "exit 0\n", langs="eng osd")
    status = library.ocr.ocr_status(search_path=str(folder))
    assert not status.available
    assert status.missing == ("tesseract-ocr-spa",)
    assert status.install_commands() == ("apt-get install tesseract-ocr-spa",)


@posix_only
def test_only_ocrmypdf_missing(tmp_path: Path) -> None:
    folder = _fake_tools(tmp_path, "exit 0\n")
    (folder / "ocrmypdf").unlink()
    status = ocr.find_tools(str(folder))
    assert status.missing == ("ocrmypdf",)
    assert status.install_commands() == ("pip install ocrmypdf",)
    assert "pip install ocrmypdf" in status.message


# ---------------------------------------------------------------- the real tools
def test_scanned_pdf_becomes_searchable(library: Library, corpus: Path) -> None:
    available, message = library.ocr.ocr_available()
    if not available:
        pytest.skip(f"OCR tools not installed: {message}")
    source_id = _import_scan(library, corpus)
    assert not library.search(SearchQuery(text="OCR")).sources
    before = library.catalog.source(source_id)
    original = library.catalog.file_path(before)
    sha = sha256_file(original)
    steps: list[tuple[int, int]] = []

    report = library.ocr.ocr_sources(None, progress=lambda d, t, _l: steps.append((d, t)))

    assert [o.source_id for o in report.done] == [source_id] and not report.failed
    assert report.done[0].pages_with_text == 1 and report.changes.sources
    assert steps[-1] == (1, 1)
    after = library.catalog.source(source_id)
    assert not after.needs_ocr
    ocr_copy = library.ocr.ocr_file_path(after)
    assert ocr_copy is not None and ocr_copy.parent == original.parent
    assert after.stored_file == before.stored_file and sha256_file(original) == sha
    assert "Test text OCR" in library.catalog.page(source_id, 1).text
    hits = library.search(SearchQuery(text="OCR")).sources
    assert [h.source_id for h in hits] == [source_id]
    assert library.ocr.sources_needing_ocr() == []
    assert library.check().ok
    # Nothing left to do: a second run is a no-op.
    assert library.ocr.ocr_sources(None).done == ()


# ---------------------------------------------------------------- stand-in tools
@posix_only
def test_cancel_stops_ocrmypdf_and_leaves_no_file(
    library: Library, corpus: Path, tmp_path: Path
) -> None:
    started = tmp_path / "started"
    folder = _fake_tools(tmp_path, f'touch "{started}"\nsleep 60\n')
    source_id = _import_scan(library, corpus)
    cancel = threading.Event()
    threading.Thread(
        target=lambda: (_wait_for(started), cancel.set()), daemon=True
    ).start()

    report = library.ocr.ocr_sources([source_id], cancel=cancel, search_path=str(folder))

    assert report.cancelled and not report.done and not report.failed
    assert library.catalog.source(source_id).needs_ocr
    stored = library.catalog.file_path(library.catalog.source(source_id)).parent
    assert [p.name for p in stored.iterdir() if ".ocr" in p.name] == []


def _wait_for(path: Path) -> None:
    event = threading.Event()
    while not path.exists():
        event.wait(0.05)


@posix_only
def test_timeout_and_exit_codes_become_ocr_failed(tmp_path: Path, corpus: Path) -> None:
    slow = _fake_tools(tmp_path, "sleep 60\n")
    status = ocr.find_tools(str(slow))
    assert status.tools is not None
    with pytest.raises(OcrFailed, match="no result after"):
        ocr.run_ocrmypdf(status.tools, corpus / SCAN, tmp_path / "out.pdf", timeout=0.5)
    encrypted = _fake_tools(tmp_path, "echo 'ERROR: input file is encrypted' >&2\nexit 8\n")
    status = ocr.find_tools(str(encrypted))
    assert status.tools is not None
    with pytest.raises(OcrFailed, match="encrypted"):
        ocr.run_ocrmypdf(status.tools, corpus / SCAN, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        ocr.run_ocrmypdf(status.tools, corpus / SCAN, tmp_path / "out.pdf", cancel=cancel,
                         timeout=30)


@posix_only
def test_failure_is_reported_and_source_still_needs_ocr(
    library: Library, corpus: Path, tmp_path: Path
) -> None:
    folder = _fake_tools(tmp_path, "echo 'ERROR: encrypted' >&2\nexit 8\n")
    source_id = _import_scan(library, corpus)
    report = library.ocr.ocr_sources(None, search_path=str(folder))
    assert not report.done and [o.source_id for o in report.failed] == [source_id]
    assert "encrypted" in report.failed[0].message
    assert (
        library.catalog.source(source_id).needs_ocr
        and not library.catalog.source(source_id).ocr_file
    )


@posix_only
def test_pages_that_had_text_keep_it(library: Library, tmp_path: Path) -> None:
    """Excerpt offsets stay valid: only pages without text take the OCR'd text."""
    from reportlab.pdfgen import canvas

    def pdf(path: Path, pages: list[str]) -> Path:
        c = canvas.Canvas(str(path))
        for text in pages:
            if text:
                c.drawString(72, 720, text)
            c.showPage()
        c.save()
        return path

    original = pdf(tmp_path / "mixed.pdf", ["Original words on the first page", ""])
    recognised = pdf(tmp_path / "recognised.pdf",
                     ["Different words from OCR", "Recognised gang threats on page two"])
    folder = _fake_tools(tmp_path, f'for last; do :; done\ncp "{recognised}" "$last"\n')
    source_id = library.import_files([original], workers=0).imported[0].id
    excerpt = library.excerpts.add_excerpt_by_quote(source_id, "1", "first page")

    report = library.ocr.ocr_sources([source_id], force=True, search_path=str(folder))

    assert report.done[0].message.startswith("text found on 1 page")
    assert library.catalog.page(source_id, 1).text.startswith("Original words")
    assert "Recognised gang threats" in library.catalog.page(source_id, 2).text
    assert library.excerpts.excerpt(excerpt.id).quote == "first page"
    assert [h.source_id for h in library.search(SearchQuery(text="threats")).sources] == [
        source_id
    ]
    # Without force, a source that has text is left alone.
    again = library.ocr.ocr_sources([source_id], search_path=str(folder))
    assert again.done[0].message.startswith("already has text")


def test_page_counter_reads_ocrmypdf_log(tmp_path: Path) -> None:
    with open(tmp_path / "log", "w+b") as handle:
        counter = ocr._PageCounter(handle)
        handle.write(b"    1 Running: ['tesseract', '-l', 'eng+spa', 'x.png']\n    2 Run")
        handle.flush()
        assert counter.update() == 1
        handle.write(b"ning: ['tesseract', '-l']\nDEBUG other\n")
        handle.flush()
        assert counter.update() == 2


def test_tools_found_beside_the_python_of_a_virtualenv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    dirs = ocr._search_dirs(None).split(os.pathsep)
    assert str(Path(sys.executable).parent) in dirs


# ---------------------------------------------------------------- dying with the app
def _session_members(sid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":  # session id; zombies are gone
            members.append(int(entry.name))
    return members


def _image_only_pdf(path: Path, pages: int) -> Path:
    """A scan: pages that are pictures of text, with no text layer."""
    from PIL import Image, ImageDraw

    images = []
    for n in range(pages):
        image = Image.new("L", (1240, 1754), 255)
        draw = ImageDraw.Draw(image)
        for line in range(40):
            draw.text((80, 80 + 40 * line), f"Page {n} line {line}: gangs threaten returnees",
                      fill=0)
        images.append(image)
    images[0].save(path, save_all=True, append_images=images[1:], resolution=150)
    return path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux death signal")
def test_ocr_dies_with_a_killed_app(tmp_path: Path) -> None:
    import signal
    import subprocess
    import time

    if not ocr.find_tools().available:
        pytest.skip("OCRmyPDF and Tesseract are not installed")
    source = _image_only_pdf(tmp_path / "scan.pdf", 12)
    target = tmp_path / "out.pdf.part"
    harness = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("ocr_harness.py")), str(source),
         str(target)], stdout=subprocess.PIPE, text=True)
    assert harness.stdout is not None
    child = int(harness.stdout.readline())
    time.sleep(1.0)  # OCRmyPDF is at work
    assert _session_members(child), "OCRmyPDF should be running"
    harness.send_signal(signal.SIGKILL)
    harness.wait(10)
    deadline = time.monotonic() + 5
    while _session_members(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _session_members(child) == []  # OCRmyPDF and everything it started are gone
    time.sleep(1.0)
    assert not target.exists()  # and nothing wrote its output afterwards


def test_ocr_part_left_by_a_killed_app_is_removed_at_next_open(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    Library.open(folder).close()
    part = folder / "files" / "ab" / f"{'ab' * 32}.ocr.pdf.part"
    part.parent.mkdir(parents=True)
    part.write_bytes(b"%PDF-1.4 half written")
    Library.open(folder).close()
    assert not part.exists()
