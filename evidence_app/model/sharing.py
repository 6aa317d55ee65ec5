"""What backups and library bundles report: the results the facade's backup and bundle
verbs return (the GUI shows them; sharing/ makes them)."""

from __future__ import annotations

from dataclasses import dataclass

from . import Changes
from .agreements import Agreement

# A library bundle's file name ends so.
BUNDLE_SUFFIX = ".evbundle"


@dataclass(frozen=True)
class BackupInfo:
    path: str
    name: str
    created: str  # ISO 8601, UTC
    kind: str  # "daily", "manual", "before-restore", "before-0002_cases", ...
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored: str  # the backup file the library now holds
    safety_backup: BackupInfo  # the library as it was just before, to undo the restore
    sources: int
    missing_files: int  # sources whose original file is no longer in files/
    changes: Changes


@dataclass(frozen=True)
class BundleExport:
    path: str
    sources: int
    pages: int
    excerpts: int
    files: int
    risk_types: int
    size: int
    skipped: tuple[str, ...] = ()  # sources left out, with why (their original is missing)
    cancelled: bool = False


@dataclass(frozen=True)
class AgreementChange:
    """What a bundle did to one agreement record: "added", "updated" (a later as-of date),
    "held" (the user's edited record was kept; the bundle's is newer), "kept" (the bundle's
    is not newer), "skipped" (unknown country)."""

    agreement_id: str
    what: str
    local_as_of: str = ""
    bundle_as_of: str = ""
    record: Agreement | None = None  # the bundle's record when it was held: the user may take it

    def line(self) -> str:
        if self.what == "added":
            return f"{self.agreement_id}: added (as of {self.bundle_as_of})"
        if self.what == "updated":
            return f"{self.agreement_id}: updated (as of {self.local_as_of} -> {self.bundle_as_of})"
        if self.what == "held":
            return (f"{self.agreement_id}: your edited record was kept; the bundle's is as of "
                    f"{self.bundle_as_of}")
        if self.what == "skipped":
            return f"{self.agreement_id}: left out (a country this library does not know)"
        return f"{self.agreement_id}: kept (the bundle's record is not newer)"


@dataclass(frozen=True)
class MetadataConflict:
    """A field that differs between this library (kept) and the bundle (reported)."""

    source_id: int
    title: str
    field: str
    local: str
    bundle: str


@dataclass(frozen=True)
class BundleImport:
    path: str
    added: tuple[int, ...] = ()  # new sources
    merged: tuple[int, ...] = ()  # sources already here
    tags_added: int = 0
    excerpts_added: int = 0
    excerpts_existing: int = 0
    files_restored: int = 0  # originals missing here, brought back by the bundle
    risk_types_added: tuple[str, ...] = ()
    conflicts: tuple[MetadataConflict, ...] = ()
    skipped: tuple[str, ...] = ()  # tags and excerpts left out, with why
    # Page text: the bundle's text that differed from the original file (the file's is kept),
    # or that the file has none of (kept, marked unverified), one line per source.
    text_notes: tuple[str, ...] = ()
    unverified: tuple[int, ...] = ()  # new sources whose text is the bundle's, unverified
    changes: Changes = Changes()
    agreements: tuple[AgreementChange, ...] = ()  # what the bundle did to agreement records

