"""Every import reads files in a worker with time and memory limits (issue 19 H1)."""

from __future__ import annotations

import multiprocessing
import zipfile
from pathlib import Path

import pytest

from evidence_app.errors import ExtractionTimeout, ExtractionTooLarge
from evidence_app.ingest.pool import ExtractionPool
from evidence_app.library.facade import Library
from evidence_app.model import ExtractedDocument

DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def flat_html(path: Path, paragraphs: int) -> Path:
    """One body of many sibling paragraphs: what made a 50 MB page need 3.8 GB."""
    path.write_text("<html><body>" + "<p>gang violence in Honduras</p>" * paragraphs
                    + "</body></html>", encoding="utf-8")
    return path


def many_paragraph_docx(path: Path, paragraphs: int) -> Path:
    """A small file (it compresses well) with very many paragraphs."""
    body = "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * paragraphs
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
                'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        z.writestr("_rels/.rels", DOCX_RELS)
        z.writestr("word/document.xml", document)
    return path


def _workers() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "evidence-extract"]


def test_huge_flat_html_takes_too_long(tmp_path: Path) -> None:
    html = flat_html(tmp_path / "flat.html", 60_000)
    with ExtractionPool(workers=1, timeout=0.5) as pool:
        [(_, result)] = list(pool.imap([(html, None)]))
    assert isinstance(result, ExtractionTimeout)
    assert "took too long" in result.detail
    assert _workers() == []


def test_huge_flat_html_needs_too_much_memory(tmp_path: Path) -> None:
    html = flat_html(tmp_path / "flat.html", 60_000)
    with ExtractionPool(workers=1, timeout=60, memory=32 * 2**20) as pool:
        [(_, result)] = list(pool.imap([(html, None)]))
        assert isinstance(result, ExtractionTooLarge)
        assert "needs too much memory" in result.detail
        small = tmp_path / "small.txt"
        small.write_text("Gangs in Honduras.\n\nPolice.", encoding="utf-8")
        [(_, again)] = list(pool.imap([(small, None)]))
        assert isinstance(again, ExtractedDocument)  # the worker lives on


def test_docx_with_many_paragraphs_is_stopped(tmp_path: Path) -> None:
    docx = many_paragraph_docx(tmp_path / "many.docx", 200_000)
    assert docx.stat().st_size < 100_000
    with ExtractionPool(workers=1, timeout=0.5) as pool:
        [(_, result)] = list(pool.imap([(docx, None)]))
    assert isinstance(result, ExtractionTimeout)


def test_import_of_one_file_runs_in_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default import path (GUI and CLI) extracts outside this process, even one file."""
    import evidence_app.importing.importer as importer

    sizes: list[int] = []
    real = importer.ExtractionPool

    def recording(workers: int = 2, **kwargs: object) -> ExtractionPool:
        sizes.append(workers)
        return real(workers=workers, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "ExtractionPool", recording)
    note = tmp_path / "note.txt"
    note.write_text("Gang violence in Honduras.\n\nThe police do not protect.", encoding="utf-8")
    with Library.open(tmp_path / "lib") as lib:
        report = lib.import_files([note])
    assert sizes == [1] and len(report.imported) == 1  # a worker, not 0 (in-process)
    assert _workers() == []  # and it is gone once the import is done
