"""Library bundles: one zip file that carries sources between libraries, offline.

Members: `files/<sha256><ext>` (the original files), `sources.jsonl` (one source a line:
metadata, tags, pages, excerpts), `taxonomy.json` (risk types the user added) and
`manifest.json` (format version, app version, date, counts and the sha256 of every other
member). Cases, exhibits and packet builds never go into a bundle.

Reading a bundle trusts nothing: names are checked before anything is extracted (no
absolute paths, no `..`, no symlinks, only the member names a bundle has), sizes and
compression ratios are bounded before decompression, every member is hashed while it is
copied out and compared with the manifest, and only then does bundle_merge touch the
library. Any refusal is a BundleRejected with a reason code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from . import __version__
from .errors import BundleRejected, InvalidValue
from .importer import sha256_file
from .ingest import MAX_BYTES
from .model import Progress, Source, no_progress

if TYPE_CHECKING:
    from .library import Library

BUNDLE_FORMAT = "evidence-library-bundle"
FORMAT_VERSION = 1
SUFFIX = ".evbundle"
MANIFEST = "manifest.json"
SOURCES = "sources.jsonl"
TAXONOMY = "taxonomy.json"
FILE_MEMBER = re.compile(r"^files/([0-9a-f]{64})(\.[a-z]{1,5})?$")
_CHUNK = 1 << 20
# What a source row carries into a bundle: not its id, its paths here, or when it was added.
_EXPORTED = ("sha256", "title", "publisher", "author", "published", "url", "accessed",
             "language", "kind", "format", "original_name", "page_count", "notes", "needs_ocr")


@dataclass(frozen=True)
class BundleLimits:
    """Refuse a bundle larger than this before decompressing it (zip bombs)."""

    max_total_bytes: int = 16 << 30
    max_member_bytes: int = MAX_BYTES
    max_data_bytes: int = 4 << 30  # sources.jsonl: page texts of every source
    max_members: int = 200_000
    max_ratio: float = 100.0  # uncompressed / compressed ...
    ratio_floor: int = 1 << 20  # ... for members larger than this
    max_manifest_bytes: int = 64 << 20


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
class VerifiedBundle:
    """A bundle whose every member matched its hash, extracted into `workdir`."""

    path: Path
    workdir: Path
    manifest: dict[str, Any]

    def file(self, member: str) -> Path:
        return self.workdir / member

    def records(self) -> Iterator[dict[str, Any]]:
        with open(self.workdir / SOURCES, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    try:
                        record = json.loads(line)
                    except ValueError as exc:
                        raise BundleRejected(str(self.path), "invalid",
                                             f"{SOURCES} line {number}: {exc}") from exc
                    yield record

    def risk_types(self) -> list[dict[str, Any]]:
        path = self.workdir / TAXONOMY
        if not path.exists():
            return []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise BundleRejected(str(self.path), "invalid", f"{TAXONOMY}: {exc}") from exc
        risks = data.get("risk_types", []) if isinstance(data, dict) else None
        if not isinstance(risks, list):
            raise BundleRejected(str(self.path), "invalid", f"{TAXONOMY}: no risk_types list")
        return risks


# ---------------------------------------------------------------- export
def file_member(source: Source) -> str:
    return f"files/{source.sha256}{Path(source.stored_file).suffix.lower()}"


def _record(library: Library, source: Source, member: str) -> dict[str, Any]:
    reader = library._reader()
    data: dict[str, Any] = {name: getattr(source, name) for name in _EXPORTED}
    data["countries"], data["risks"] = list(source.countries), list(source.risks)
    data["file"] = member
    data["pages"] = [[p.page_no, p.label, p.text] for p in reader.pages(source.id)]
    data["excerpts"] = [
        {"page_no": e.page_no, "start": e.start, "end": e.end, "quote": e.quote,
         "note": e.note, "countries": list(e.countries), "risks": list(e.risks),
         "created_at": e.created_at, "translation": e.translation}
        for e in reader.list_excerpts(source_id=source.id)
    ]
    return data


def _copy_into(zf: zipfile.ZipFile, path: Path, member: str, compress: bool) -> str:
    """Copy a file into the zip, returning the sha256 of what was written."""
    digest = hashlib.sha256()
    info = zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    with open(path, "rb") as src, zf.open(info, "w", force_zip64=True) as dst:
        for block in iter(lambda: src.read(_CHUNK), b""):
            digest.update(block)
            dst.write(block)
    return digest.hexdigest()


def export_bundle(
    library: Library,
    out: Path,
    countries: list[str],
    risks: list[str],
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> BundleExport:
    out = Path(out)
    partial = out.with_name(out.name + ".part")
    reader = library._reader()
    members: dict[str, str] = {}
    counts = {"sources": 0, "pages": 0, "excerpts": 0, "files": 0, "risk_types": 0}
    skipped: list[str] = []
    cancelled = False
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with reader.snapshot(), zipfile.ZipFile(partial, "w", allowZip64=True) as zf, \
                tempfile.TemporaryFile("w+", encoding="utf-8") as lines:
            ids = reader.source_ids_tagged(countries, risks)
            for done, source in enumerate(reader.list_sources(ids) if ids else []):
                if cancel is not None and cancel.is_set():
                    cancelled = True
                    break
                progress(done, len(ids), source.title)
                path = library.file_path(source)
                member = file_member(source)
                if not source.stored_file or not path.is_file():
                    skipped.append(f"{source.title}: its original file is missing")
                    continue
                if sha256_file(path) != source.sha256:
                    skipped.append(f"{source.title}: its original file has changed")
                    continue
                sha = _copy_into(zf, path, member, compress=source.format != "pdf")
                if sha != source.sha256:
                    raise InvalidValue("file", str(path), "changed while it was exported")
                members[member] = sha
                record = _record(library, source, member)
                lines.write(json.dumps(record, ensure_ascii=False) + "\n")
                counts["sources"] += 1
                counts["files"] += 1
                counts["pages"] += len(record["pages"])
                counts["excerpts"] += len(record["excerpts"])
            added = [r for r in reader.list_risk_types() if r.user_defined]
            counts["risk_types"] = len(added)
            lines.seek(0)
            members[SOURCES] = _write_member(zf, SOURCES, lines)
            taxonomy = json.dumps({"risk_types": [asdict(r) for r in added]},
                                  ensure_ascii=False, indent=1)
            members[TAXONOMY] = _write_bytes(zf, TAXONOMY, taxonomy.encode("utf-8"))
            manifest = {
                "format": BUNDLE_FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "created": datetime.now(UTC).isoformat(timespec="seconds"),
                "filters": {"countries": countries, "risks": risks},
                "counts": counts,
                "members": members,
            }
            _write_bytes(zf, MANIFEST, json.dumps(manifest, indent=1).encode("utf-8"))
        if cancelled:
            partial.unlink(missing_ok=True)
        else:
            os.chmod(partial, 0o600)
            partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    progress(counts["sources"], counts["sources"], "")
    return BundleExport(
        path=str(out), size=0 if cancelled else out.stat().st_size, skipped=tuple(skipped),
        cancelled=cancelled, **counts,
    )


def _write_member(zf: zipfile.ZipFile, name: str, text: IO[str]) -> str:
    digest = hashlib.sha256()
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    with zf.open(info, "w", force_zip64=True) as dst:
        for chunk in iter(lambda: text.read(_CHUNK), ""):
            data = chunk.encode("utf-8")
            digest.update(data)
            dst.write(data)
    return digest.hexdigest()


def _write_bytes(zf: zipfile.ZipFile, name: str, data: bytes) -> str:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    zf.writestr(info, data)
    return hashlib.sha256(data).hexdigest()
