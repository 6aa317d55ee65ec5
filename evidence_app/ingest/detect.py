"""Pick an importer by what a file contains, never by its name.

Saved pages arrive as ".htm", ".php", no extension or gzip-compressed; PDFs arrive
renamed. The magic bytes, the members of a zip and the first few kilobytes decide.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zipfile
import zlib
from pathlib import Path

from evidence_app.errors import DamagedFile, EmptyFile, FileTooLarge, UnsupportedFile

SNIFF_BYTES = 8192
GZIP_LIMIT = 200 * 1024 * 1024  # decompressed size cap against gzip bombs

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+html", re.I | re.S)
_HTML_TAG = re.compile(r"<(?:html|head|body|title|meta\s)[\s>/]", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def bom_encoding(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return ""


def decode_text(data: bytes, declared: str = "") -> str:
    """Bytes to text: byte order mark, then a declared charset, then UTF-8, then
    Windows-1252 (a superset of Latin-1 for the printable range), then Latin-1."""
    encoding = bom_encoding(data)
    if encoding:
        return data.decode(encoding, errors="replace")
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            codec = ""
        # A page saved by a browser is re-encoded as UTF-8 but often keeps its old
        # declaration, so UTF-8 that decodes cleanly wins over a declared 8-bit charset.
        if codec and codec != "utf-8":
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def declared_charset(data: bytes) -> str:
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii", "replace") if match else ""


def read_payload(path: Path, limit: int = GZIP_LIMIT) -> bytes:
    """The file's bytes, transparently gunzipped (saved pages are sometimes .html.gz).

    Decompression stops at `limit` bytes so that a small bomb cannot fill memory.
    """
    with open(path, "rb") as stream:
        if stream.read(2) != b"\x1f\x8b":
            stream.seek(0)
            return stream.read()
    out = bytearray()
    try:
        with gzip.open(path, "rb") as stream:
            while chunk := stream.read(1 << 20):
                out += chunk
                if len(out) > limit:
                    raise FileTooLarge(str(path), len(out), limit)
    except (OSError, EOFError, zlib.error) as exc:
        if out:  # a truncated download still holds a usable page
            return bytes(out)
        raise DamagedFile(str(path), f"broken gzip data: {exc}") from exc
    return bytes(out)


def _looks_like_text(sample: bytes) -> bool:
    """UTF-8 or a single-byte Western encoding without binary control bytes."""
    if bom_encoding(sample):
        return True
    if b"\x00" in sample:
        return False
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > max(2, len(sample) // 200):
        return False
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # The sample may end inside a multi-byte character.
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return True
    text = sample.decode("latin-1")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\n\r\f")
    return printable >= 0.95 * len(text)


def _sniff_markup(sample: bytes) -> str:
    head = decode_text(sample)[:SNIFF_BYTES]
    if _HTML_START.match(head) or _HTML_TAG.search(head[:4096]):
        return "html"
    return "text"


def sniff(path: Path) -> str:
    """'pdf', 'html', 'text' or 'docx', from the file's content.

    Raises EmptyFile for a 0-byte file and UnsupportedFile for anything else
    (images, spreadsheets, other zips, executables...).
    """
    name = str(path)
    with open(path, "rb") as stream:
        sample = stream.read(SNIFF_BYTES)
    if not sample:
        raise EmptyFile(name, "0 bytes")
    # PDF readers accept the header anywhere in the first kilobyte.
    if b"%PDF-" in sample[:1024]:
        return "pdf"
    if sample.startswith(b"PK\x03\x04"):
        return _sniff_zip(path)
    if sample.startswith(b"\xd0\xcf\x11\xe0") or sample.startswith(b"{\\rtf"):
        raise UnsupportedFile(name, "old Word (.doc) or RTF file: save it as .docx or PDF")
    if sample.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path, "rb") as stream:
                inner = stream.read(SNIFF_BYTES)
        except (OSError, EOFError, zlib.error) as exc:
            raise DamagedFile(name, f"broken gzip data: {exc}") from exc
        if inner and _looks_like_text(inner):
            return _sniff_markup(inner)
        raise UnsupportedFile(name, "compressed file that holds no web page or text")
    if _looks_like_text(sample):
        return _sniff_markup(sample)
    raise UnsupportedFile(name, "not a PDF, web page, text or Word file")


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DamagedFile(str(path), f"broken zip container: {exc}") from exc
    if "word/document.xml" in names:
        return "docx"
    raise UnsupportedFile(str(path), "zip file that is not a Word document")
