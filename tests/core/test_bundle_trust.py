"""Bundles cannot forge evidence: page text comes from the original file, read here.

Also: bundles that are not regular files (/dev/zero, a FIFO) are refused at once without
holding the lock, and the limits on page text hold."""

from __future__ import annotations

import io
import json
import os
import sys
import threading
import time
import zipfile
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas as pdf_canvas

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # tests.trust is shared with the report command
    sys.path.insert(0, str(REPO))

from evidence_app.errors import BundleRejected  # noqa: E402
from evidence_app.library.facade import Library  # noqa: E402
from evidence_app.packet.exhibit_pages import UNVERIFIED_NOTICE  # noqa: E402
from evidence_app.sharing.bundle import MANIFEST, SOURCES, BundleLimits  # noqa: E402
from tests.trust.bundles import FORGED, forged_bundle  # noqa: E402

CORPUS = REPO.parent.parent / "shared" / "corpus"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")
HONDURAS = CORPUS / "html" / "statedept_hrr_2024_honduras.html"
TEXT = ("Honduras report\n\nGangs such as MS-13 extorted bus drivers in San Pedro Sula.\n\n"
        "Returned deportees faced threats from gangs at the airport.")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _export(tmp_path: Path, files: list[Path]) -> tuple[Library, Path]:
    lib = Library.open(tmp_path / "sender")
    report = lib.import_files(files, workers=0)
    assert len(report.imported) == len(files), report.failed
    out = tmp_path / "real.evbundle"
    lib.bundles.export_bundle(out)
    return lib, out


def _packet_text(lib: Library, source_id: int, out: Path) -> str:
    case = lib.cases.new_case(applicant_name="Test Person", countries=["HN"])
    lib.cases.add_exhibit(case.id, source_id)
    result = lib.packets.build_packet(case.id, out)
    return _flat(" ".join(page.extract_text() or "" for part in result.parts
                          for page in pypdf.PdfReader(part.path).pages))


def test_forged_page_text_is_replaced_by_the_files_own(tmp_path: Path) -> None:
    txt = tmp_path / "honduras.txt"
    txt.write_text(TEXT, encoding="utf-8")
    sender, real = _export(tmp_path, [txt])
    expected = [
        (p.page_no, p.label, p.text) for p in sender.catalog.pages(sender.catalog.sources()[0].id)
    ]
    forged = tmp_path / "forged.evbundle"
    forged.write_bytes(forged_bundle(real.read_bytes()))
    with Library.open(tmp_path / "receiver") as lib:
        imported = lib.bundles.import_bundle(forged, workers=1)  # read in a worker process
        assert len(imported.added) == 1 and imported.unverified == ()
        source = lib.catalog.source(imported.added[0])
        assert not source.text_unverified
        assert [(p.page_no, p.label, p.text) for p in lib.catalog.pages(source.id)] == expected
        assert all(FORGED not in p.text for p in lib.catalog.pages(source.id))
        assert any("differs from its original file" in n and source.title in n
                   for n in imported.text_notes)
        assert not lib.search('"returned deportees and there is no gang violence"').passages
        assert not lib.search("effectively protects").passages
        assert lib.check().ok
        assert FORGED not in _packet_text(lib, source.id, tmp_path / "p.pdf")
    sender.close()


@pytest.mark.skipif(not HONDURAS.is_file(), reason="corpus not present (/work/shared/corpus)")
def test_forged_state_department_bundle_never_prints_its_sentence(tmp_path: Path) -> None:
    sender, real = _export(tmp_path, [HONDURAS])
    truth = [p.text for p in sender.catalog.pages(sender.catalog.sources()[0].id)]
    forged = tmp_path / "forged.evbundle"
    forged.write_bytes(forged_bundle(real.read_bytes()))
    with Library.open(tmp_path / "receiver") as lib:
        imported = lib.bundles.import_bundle(forged)
        (source_id,) = imported.added
        assert [p.text for p in lib.catalog.pages(source_id)] == truth
        assert imported.text_notes
        assert not lib.search('"no gang violence"').passages
        assert lib.check().ok
        text = _packet_text(lib, source_id, tmp_path / "packet.pdf")
        assert "the government effectively protects" not in text
        assert "no gang violence" not in text
        assert UNVERIFIED_NOTICE[:30] not in text
    sender.close()


def _scan(path: Path) -> Path:
    """A PDF with one page and no text layer (as a scanner makes it)."""
    canvas = pdf_canvas.Canvas(str(path), pagesize=letter)
    canvas.rect(72, 72, 300, 500, fill=1)
    canvas.showPage()
    canvas.save()
    return path


def test_text_the_file_cannot_give_is_kept_marked_unverified(tmp_path: Path) -> None:
    sender, real = _export(tmp_path, [_scan(tmp_path / "scan.pdf")])
    assert sender.catalog.sources()[0].needs_ocr
    ocr_text = "Text made by OCR in the sending library: gangs threatened the witness."
    forged = tmp_path / "ocr.evbundle"
    forged.write_bytes(forged_bundle(real.read_bytes(), ocr_text))
    with Library.open(tmp_path / "receiver") as lib:
        imported = lib.bundles.import_bundle(forged)
        (source_id,) = imported.added
        source = lib.catalog.source(source_id)
        assert imported.unverified == (source_id,) and source.text_unverified
        assert not source.needs_ocr
        assert lib.catalog.pages(source_id)[0].text == ocr_text
        assert any("unverified" in n for n in imported.text_notes)
        assert lib.check().ok
        text = _packet_text(lib, source_id, tmp_path / "scan-packet.pdf")
        assert _flat(UNVERIFIED_NOTICE) in text
    sender.close()


def test_a_huge_page_is_refused_before_it_is_stored(tmp_path: Path) -> None:
    txt = tmp_path / "honduras.txt"
    txt.write_text(TEXT, encoding="utf-8")
    sender, real = _export(tmp_path, [txt])
    with Library.open(tmp_path / "receiver") as lib:
        with pytest.raises(BundleRejected) as info:
            lib.bundles.import_bundle(real, limits=BundleLimits(max_page_chars=20))
        assert info.value.reason == "too_large" and "characters of text" in info.value.detail
        with pytest.raises(BundleRejected) as info:
            lib.bundles.import_bundle(real, limits=BundleLimits(max_source_bytes=50))
        assert info.value.reason == "too_large" and "line 1" in info.value.detail
        with pytest.raises(BundleRejected) as info:
            lib.bundles.import_bundle(real, limits=BundleLimits(max_files=0))
        assert info.value.reason == "too_large"
        assert lib.catalog.stats()["sources"] == 0
        assert len(lib.bundles.import_bundle(real).added) == 1  # default limits take it
    sender.close()


def _refused_quickly(lib: Library, path: Path) -> BundleRejected:
    caught: list[BaseException] = []

    def attempt() -> None:
        try:
            lib.bundles.import_bundle(path)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            caught.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), f"import of {path} hangs"
    assert time.monotonic() - started < 5
    assert len(caught) == 1 and isinstance(caught[0], BundleRejected), caught
    return caught[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_devices_fifos_and_folders_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.evbundle"
    os.mkfifo(fifo)
    with Library.open(tmp_path / "lib") as lib:
        for path, words in ((Path("/dev/zero"), "a device"), (fifo, "a named pipe"),
                            (tmp_path, "a folder")):
            if not path.exists():
                continue
            error = _refused_quickly(lib, path)
            assert error.reason == "not_a_bundle" and words in error.detail
            assert str(path) in str(error)
        assert lib.watch.writer() == ""
        lib.taxonomy.add_risk_type("after", "After", "Después")  # the lock was let go
        assert not list(lib.bundles.stale_work_folders())


def test_forged_bundle_helper_really_changes_the_text(tmp_path: Path) -> None:
    txt = tmp_path / "honduras.txt"
    txt.write_text(TEXT, encoding="utf-8")
    sender, real = _export(tmp_path, [txt])
    with zipfile.ZipFile(io.BytesIO(forged_bundle(real.read_bytes()))) as zf:
        record = json.loads(zf.read(SOURCES).decode("utf-8").splitlines()[0])
        assert FORGED in record["pages"][0][2]
        assert MANIFEST in zf.namelist()
    sender.close()
