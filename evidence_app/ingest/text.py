"""Plain text importer: decode, cut at blank lines, number the paragraphs."""

from __future__ import annotations

from pathlib import Path

from evidence_app.errors import EmptyFile
from evidence_app.ingest import metadata
from evidence_app.ingest.detect import decode_text, read_payload
from evidence_app.ingest.paragraphs import passages, split_blocks
from evidence_app.model import ExtractedDocument

_CONTROL = {code: None for code in range(32) if code not in (9, 10, 12, 13)}
_CONTROL[0x7F] = None


def extract_text(path: Path, password: str | None = None) -> ExtractedDocument:
    # decode_text: BOM (UTF-8/16/32), else UTF-8, else Windows-1252, else Latin-1.
    text = decode_text(read_payload(path)).translate(_CONTROL)
    paragraphs = split_blocks(text)
    if not paragraphs:
        raise EmptyFile(str(path), "the text file holds only blank lines")
    return metadata.finish(
        "text", passages(paragraphs), title=metadata.first_line_title(text), title_origin="text"
    )
