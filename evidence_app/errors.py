"""Typed errors of the core. They carry values; ui/errors.py turns them into words."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class EvidenceError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"


# ---------------------------------------------------------------- import
class ImportFailed(EvidenceError):
    """A file could not be imported. `path` names it, `code` says why."""

    code = "import_failed"

    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail or self.code}")
        self.path = path
        self.detail = detail

    def __reduce__(self) -> tuple[object, ...]:
        # Exceptions pickle as cls(*self.args), but args hold the message, not the
        # constructor's arguments; extraction workers send these across processes.
        return (type(self), (self.path, self.detail))


class UnsupportedFile(ImportFailed):
    code = "unsupported"


class EmptyFile(ImportFailed):
    code = "empty"


class EmptyDocument(EmptyFile):
    """A document with neither text nor images (an empty Word file): nothing to OCR either."""

    code = "empty_document"


class FileTooLarge(ImportFailed):
    code = "too_large"

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(path, f"{size} bytes is over the limit of {limit} bytes")
        self.size = size
        self.limit = limit

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.size, self.limit))


class EncryptedPdf(ImportFailed):
    code = "encrypted"

    def __init__(self, path: str, wrong_password: bool = False) -> None:
        super().__init__(
            path, "wrong password" if wrong_password else "password-protected PDF"
        )
        self.wrong_password = wrong_password

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.wrong_password))


class DamagedFile(ImportFailed):
    code = "damaged"


class ExtractionTimeout(ImportFailed):
    code = "timeout"


class NoRoom(ImportFailed):
    """The disk filled up while storing this file; the import stopped here."""

    code = "disk_full"


class ExtractionTooLarge(ImportFailed):
    """Reading the file needed more memory than an extraction worker may use."""

    code = "memory"


class NoTextLayer(ImportFailed):
    """Raised only where text is required; import itself stores such files as needs_ocr."""

    code = "no_text"


# ---------------------------------------------------------------- library
class LibraryLocked(EvidenceError):
    code = "locked"

    def __init__(self, path: str, holder: str = "") -> None:
        super().__init__(f"library {path} is in use by {holder or 'another program'}")
        self.path = path
        self.holder = holder


class LibraryTooNew(EvidenceError):
    code = "too_new"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path


class DatabaseDamaged(EvidenceError):
    """The library database cannot be read as it is. `reason` says what is wrong with it;
    `check --repair` (Library.recover) sets it aside and rebuilds from backups and files/."""

    code = "database_damaged"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: the library database is damaged ({reason})")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.reason))  # crosses from the search process


class BundleRejected(EvidenceError):
    """A library bundle was refused before anything in the library changed. `reason` is one
    of: not_a_bundle, damaged, unsafe_path, symlink, hash_mismatch, too_new, too_large,
    invalid."""

    code = "bundle_rejected"

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: bundle refused ({reason}){': ' + detail if detail else ''}")
        self.path = path
        self.reason = reason
        self.detail = detail


class NotFound(EvidenceError):
    code = "not_found"

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key} not found")
        self.what = what
        self.key = key


class InvalidValue(EvidenceError):
    code = "invalid"

    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(f"{field}={value!r}: {reason}")
        self.field = field
        self.value = value
        self.reason = reason


class QuoteNotFound(EvidenceError):
    code = "quote_not_found"

    def __init__(self, source_id: int, page_label: str, quote: str) -> None:
        super().__init__(f"quote not found on page {page_label} of source {source_id}")
        self.source_id = source_id
        self.page_label = page_label
        self.quote = quote


class OcrUnavailable(EvidenceError):
    """OCR needs programs that are not installed; `missing` names them (Debian/pip names)."""

    code = "ocr_unavailable"

    def __init__(self, missing: tuple[str, ...]) -> None:
        super().__init__(f"OCR needs: {', '.join(missing)}")
        self.missing = missing


class OcrFailed(EvidenceError):
    """OCRmyPDF could not make a searchable copy of one file."""

    code = "ocr_failed"

    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail or 'OCR failed'}")
        self.path = path
        self.detail = detail


class DiskFull(EvidenceError):
    """A write stopped because the disk is full; nothing was half written. `free` is in
    bytes (-1: unknown)."""

    code = "disk_full"

    def __init__(self, path: str, free: int = -1) -> None:
        mb = f"{free / 1e6:.0f} MB" if free >= 0 else "unknown space"
        super().__init__(f"the disk is full ({mb} free at {path})")
        self.path = path
        self.free = free

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.free))


class UnsafePath(EvidenceError):
    """A name from a library file (a state file, a database row) that would reach outside
    the folder it belongs in: `..`, an absolute path, a separator or a symlink."""

    code = "unsafe_path"

    def __init__(self, parent: str, name: str, reason: str) -> None:
        super().__init__(f"{name!r} in {parent}: {reason}")
        self.parent = parent
        self.name = name
        self.reason = reason


class IndexUnavailable(EvidenceError):
    code = "index"


class Cancelled(EvidenceError):
    code = "cancelled"


class PacketPageTooLarge(EvidenceError):
    """One page of a packet is larger than the size limit of a part on its own, so no
    split can keep every part under it. `exhibit` is the tab label ("" outside exhibits),
    `page` the packet page number, sizes in bytes."""

    code = "page_too_large"

    def __init__(self, exhibit: str, page: int, size: int, limit: int) -> None:
        where = f"Tab {exhibit}, packet page {page}" if exhibit else f"packet page {page}"
        super().__init__(
            f"{where} alone is {size:,} bytes, over the limit of {limit:,} bytes a part"
        )
        self.exhibit = exhibit
        self.page = page
        self.size = size
        self.limit = limit


# ---------------------------------------------------------------- packets
class TranslationMissing(EvidenceError):
    """Exhibits not in English with no English translation attached (nor typed under every
    quote): a packet needs one for each (EOIR Practice Manual 3.3(a)). Building anyway is
    an explicit choice that marks them "translation to follow"."""

    code = "translation_missing"

    def __init__(self, labels: tuple[str, ...], languages: tuple[str, ...] = ()) -> None:
        listed = ", ".join(
            f"{label} ({language})" if language else label
            for label, language in zip(labels, languages or ("",) * len(labels), strict=True)
        )
        super().__init__(f"no English translation for exhibits {listed}")
        self.labels = labels
        self.languages = languages


# Naming a damaged database: plain sqlite3, used by the store, search's child and the GUI's words.
# SQLite result codes that mean the file itself is bad (not busy, locked or full).
_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk image")


def damage_reason(exc: BaseException) -> str | None:
    """The reason when `exc` says the database file is damaged; None for other errors
    (locked, busy, disk full, a bug) which must not send anyone to a recovery."""
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(exc, sqlite3.IntegrityError):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    message = str(exc)
    if name.startswith(_DAMAGE_CODES) or any(w in message.lower() for w in _DAMAGE_WORDS):
        return message or name
    return None


@contextmanager
def named_damage(db_path: Path) -> Iterator[None]:
    """Turn SQLite's word for a damaged file into DatabaseDamaged naming the library
    database, so that no caller (search above all) blames something else for it."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        reason = damage_reason(exc)
        if reason is None:
            raise
        raise DatabaseDamaged(str(db_path), reason) from exc
