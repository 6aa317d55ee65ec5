"""Typed core errors turned into plain, translated sentences for people, not programmers."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication

from evidence_app import errors
from evidence_app.errors import damage_reason
from evidence_app.folder.paths import printable_name
from evidence_app.model import ImportFailure

translate = QCoreApplication.translate


def import_reason(code: str) -> str:
    """One sentence for an ImportFailure.reason (or ImportFailed.code)."""
    reasons = {
        "encrypted": translate(
            "Errors", "The PDF is password-protected. Import it again and give its password."
        ),
        "no_text": translate(
            "Errors", "It has no text (a scanned image?); it needs OCR to be searched."
        ),
        "damaged": translate("Errors", "The file is damaged and could not be read."),
        "unsupported": translate(
            "Errors",
            "This kind of file is not supported. Import PDF files, saved web pages (HTML), "
            "plain text or Word (DOCX) documents.",
        ),
        "empty": translate("Errors", "The file is empty."),
        "empty_document": translate("Errors", "The document is empty: it has no text and no "
                                              "images."),
        "too_large": translate("Errors", "The file is too large to import."),
        "timeout": translate(
            "Errors",
            "Reading the file took too long and was stopped. It may be damaged or unusually "
            "complex.",
        ),
        "disk_full": translate(
            "Errors", "The disk is full. Free some space and import the rest again."
        ),
        "memory": translate(
            "Errors",
            "Reading the file needs too much memory and was stopped. It may be damaged or "
            "unusually complex.",
        ),
        "import_failed": translate("Errors", "The file could not be imported."),
    }
    return reasons.get(code, reasons["import_failed"])


def describe_import_failure(failure: ImportFailure) -> str:
    """'file name: reason' for one line of an import report."""
    return translate("Errors", "{name}: {reason}").format(
        name=printable_name(failure.path) or failure.path, reason=import_reason(failure.reason)
    )


def _invalid_value(exc: errors.InvalidValue) -> str:
    field = exc.field
    if field in ("published", "accessed"):
        return translate(
            "Errors",
            "Dates must be written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024-03-15).",
        )
    if field == "kind":
        return translate("Errors", "Choose one of the listed kinds of source.")
    if field == "country":
        return translate("Errors", "“{value}” is not a known country code.").format(value=exc.value)
    if field == "risk":
        return translate("Errors", "“{value}” is not a risk type in this library.").format(
            value=exc.value
        )
    if field == "slug":
        return translate(
            "Errors",
            "The short name “{value}” cannot be used: use lower-case letters, digits, - and _, "
            "and a name no other risk type has.",
        ).format(value=exc.value)
    if field == "label_en":
        return translate("Errors", "The English label must not be empty.")
    if field == "range":
        return translate("Errors", "The selected text is outside the page. Select the text again.")
    if field == "translation_language":
        return translate(
            "Errors",
            "This source is marked as English, so it needs no translation. If it is in another "
            "language, correct its language in Edit details… first.",
        )
    if field == "translation":
        return translate("Errors", "This source has no translation attached.")
    if field == "source":
        return translate(
            "Errors", "This source has excerpts. Delete the excerpts too, or keep the source."
        )
    return translate("Errors", "The value “{value}” for “{field}” is not valid ({reason}).").format(
        value=exc.value, field=field, reason=exc.reason
    )


def describe_error(exc: BaseException | ImportFailure) -> str:
    """A translated sentence for any error the GUI may show; never a traceback."""
    if isinstance(exc, ImportFailure):
        return import_reason(exc.reason)
    if isinstance(exc, errors.ImportFailed):
        name = printable_name(exc.path) or exc.path
        return translate("Errors", "{name}: {reason}").format(
            name=name, reason=import_reason(exc.code)
        )
    if isinstance(exc, errors.LibraryLocked):
        return translate(
            "Errors",
            "Another program is saving changes to the library in {path} ({holder}). "
            "Wait a moment and try again.",
        ).format(path=exc.path, holder=exc.holder or translate("Errors", "unknown program"))
    if isinstance(exc, errors.LibraryTooNew):
        return translate(
            "Errors",
            "The library in {path} was saved by a newer version of Evidence Library. "
            "Update the app to open it.",
        ).format(path=exc.path)
    if isinstance(exc, errors.DatabaseDamaged):
        return translate(
            "Errors",
            "The library database {path} is damaged ({reason}). Recovering it keeps the "
            "damaged file aside, puts back the newest sound backup, adds what can still be "
            "read and imports every original file in the library again (Library ▸ Check the "
            "database and recover it…).",
        ).format(path=exc.path, reason=exc.reason)
    if isinstance(exc, errors.NotFound):
        return translate(
            "Errors", "This item no longer exists; it may have been deleted ({what} {key})."
        ).format(what=exc.what, key=exc.key)
    if isinstance(exc, errors.InvalidValue):
        return _invalid_value(exc)
    if isinstance(exc, errors.QuoteNotFound):
        return translate("Errors", "The quoted text was not found on page {page}.").format(
            page=exc.page_label
        )
    if isinstance(exc, errors.TranslationMissing):
        return translate(
            "Errors",
            "These exhibits are not in English and have no English translation, so no "
            "certificate of translation can be printed for them: {exhibits}. Attach a "
            "translation to the source, type one for each quote of an exhibit of excerpts, or "
            "build anyway and mark them “translation to follow”.",
        ).format(exhibits=", ".join(translate("Errors", "Tab {label}").format(label=label)
                                    for label in exc.labels))
    if isinstance(exc, errors.IndexUnavailable):
        return translate(
            "Errors", "The search index cannot be used right now. Rebuild it from the Library menu."
        )
    if isinstance(exc, errors.Cancelled):
        return translate("Errors", "The work was cancelled.")
    if isinstance(exc, errors.PacketPageTooLarge):
        where = (translate("Errors", "Tab {tab}, packet page {page}").format(
            tab=exc.exhibit, page=exc.page) if exc.exhibit else
            translate("Errors", "Packet page {page}").format(page=exc.page))
        return translate(
            "Errors",
            "{where} alone is {size:.1f} MB, over the limit of {limit:.1f} MB a file, so the "
            "packet cannot be split to fit; no packet was written. Raise the limit or replace "
            "that source with a smaller copy.",
        ).format(where=where, size=exc.size / 1e6, limit=exc.limit / 1e6)
    if isinstance(exc, errors.DiskFull):
        return translate(
            "Errors",
            "The disk is full ({free} MB free at {path}). Nothing was half saved; free some "
            "space and try again.",
        ).format(free=max(exc.free, 0) // 1_000_000, path=exc.path)
    if isinstance(exc, errors.UnsafePath):
        return translate(
            "Errors",
            "The library folder holds a name that points outside it ({name}); it was not "
            "used. Run a library check.",
        ).format(name=exc.name)
    if isinstance(exc, PermissionError):
        return translate("Errors", "Permission denied: {path}").format(path=exc.filename or "")
    if isinstance(exc, FileNotFoundError):
        return translate("Errors", "The file or folder does not exist: {path}").format(
            path=exc.filename or ""
        )
    if isinstance(exc, OSError):
        return translate(
            "Errors", "The file or folder could not be read or written: {detail}"
        ).format(detail=exc.strerror or str(exc))
    if isinstance(exc, sqlite3.DatabaseError) and damage_reason(exc):
        return translate(
            "Errors",
            "The library database is damaged ({detail}). Choose Library ▸ Check the database "
            "and recover it… to recover it from its backups and original files.",
        ).format(detail=str(exc))
    if isinstance(exc, sqlite3.DatabaseError):
        return translate(
            "Errors",
            "The library database could not be read or written ({detail}). Close other "
            "programs using it, or run a library check.",
        ).format(detail=str(exc))
    return translate("Errors", "Something went wrong: {detail}").format(
        detail=str(exc) or type(exc).__name__
    )
