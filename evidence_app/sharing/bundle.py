"""Library bundles: one zip file that carries sources between libraries, offline.

Members: `files/<sha256><ext>` (the original files), `sources.jsonl` (one source a line:
metadata, tags, pages, excerpts), `taxonomy.json` (risk types the user added) and
`manifest.json` (format version, app version, date, counts and the sha256 of every other
member), and `agreements.json` when the library's agreement records differ from the shipped
ones (bundle_agreements.py). Cases, exhibits and packet builds never go into a bundle.

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
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from .. import __version__
from ..errors import BundleRejected, InvalidValue
from ..folder.files import original_path, sha256_file, written_whole
from ..ingest import MAX_BYTES
from ..model import Progress, Source, no_progress
from ..model.sharing import BUNDLE_SUFFIX, BundleExport
from .bundle_agreements import AGREEMENTS, agreements_member, agreements_to_export

if TYPE_CHECKING:
    from ..store import Store

BUNDLE_FORMAT = "evidence-library-bundle"
FORMAT_VERSION = 1
SUFFIX = BUNDLE_SUFFIX
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
    """What a bundle may hold, checked before and while it is read (zip bombs, huge pages).

    The one place these numbers live. Sized for real libraries: a national library of about
    2,000 State Department country reports, each at most about 2 MB of text (the corpus's
    longest, Mexico 2021, is 0.1 MB), is a 4 GB sources.jsonl at worst and imports; a page
    of more than 4 M characters is no real page (a whole report as one page is under 2 MB).
    sources.jsonl is read one source (one line, at most 32 MB) at a time, so memory is
    bounded by one source, never by the whole file; the page text stored is extracted from
    each original file here anyway (bundle_text), the bundle's only compared with it.
    """

    max_total_bytes: int = 16 << 30  # every member unpacked
    max_member_bytes: int = MAX_BYTES  # one original file, as an import allows
    max_data_bytes: int = 5 << 30  # sources.jsonl: page texts of every source (2,000 x 2 MB)
    max_source_bytes: int = 32 << 20  # one line of sources.jsonl: one source's pages, excerpts
    max_page_chars: int = 4 << 20  # one page's text
    max_files: int = 50_000  # original files (sources)
    max_members: int = 50_010
    max_ratio: float = 100.0  # uncompressed / compressed ...
    ratio_floor: int = 1 << 20  # ... for members larger than this
    max_manifest_bytes: int = 64 << 20


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose every member matched its hash, extracted into `workdir`."""

    path: Path
    workdir: Path
    manifest: dict[str, Any]
    limits: BundleLimits = BundleLimits()

    def file(self, member: str) -> Path:
        return self.workdir / member

    def records(self) -> Iterator[dict[str, Any]]:
        """One source a line, never reading more than one line's limit into memory."""
        limit = self.limits.max_source_bytes
        with open(self.workdir / SOURCES, "rb") as lines:
            number = 0
            while True:
                line = lines.readline(limit + 1)
                if not line:
                    return
                number += 1
                if len(line) > limit:
                    raise BundleRejected(str(self.path), "too_large",
                                         f"{SOURCES} line {number} is longer than {limit} bytes")
                if line.strip():
                    yield self._json(line, f"{SOURCES} line {number}")

    def _json(self, raw: bytes | str, where: str) -> Any:
        try:
            if isinstance(raw, bytes):
                raw = raw.decode("utf-8")
            return json.loads(raw)
        except UnicodeDecodeError as exc:
            raise BundleRejected(str(self.path), "invalid",
                                 f"{where}: not valid UTF-8 ({exc.reason} at byte {exc.start})"
                                 ) from exc
        except RecursionError as exc:
            raise BundleRejected(str(self.path), "invalid",
                                 f"{where}: nested too deeply") from exc
        except ValueError as exc:
            raise BundleRejected(str(self.path), "invalid", f"{where}: {exc}") from exc

    def risk_types(self) -> list[dict[str, Any]]:
        path = self.workdir / TAXONOMY
        if not path.exists():
            return []
        data = self._json(path.read_bytes(), TAXONOMY)
        risks = data.get("risk_types", []) if isinstance(data, dict) else None
        if not isinstance(risks, list):
            raise BundleRejected(str(self.path), "invalid", f"{TAXONOMY}: no risk_types list")
        return risks


# ---------------------------------------------------------------- reading
def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading, refusing at once anything else: a device such as
    /dev/zero would be read forever, and opening a FIFO waits for a writer that never comes."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _not_a_bundle(path, f"cannot read it: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise _not_a_bundle(path, f"it is not a regular file ({_kind(info.st_mode)})")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _not_a_bundle(path, f"cannot read it: {exc.strerror or exc}") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped after the first look
            raise _not_a_bundle(path, "it is not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _not_a_bundle(path: Path, why: str) -> BundleRejected:
    return BundleRejected(str(path), "not_a_bundle", why)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


# ---------------------------------------------------------------- export
def file_member(source: Source) -> str:
    return f"files/{source.sha256}{Path(source.stored_file).suffix.lower()}"


def _record(reader: Store, source: Source, member: str) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(source, name) for name in _EXPORTED}
    data["countries"], data["risks"] = list(source.countries), list(source.risks)
    # Which of them the app applied at import; older bundles lack these (all read as 'user').
    data["auto_countries"], data["auto_risks"] = (list(source.auto_countries),
                                                  list(source.auto_risks))
    data["file"] = member
    data["pages"] = [[p.page_no, p.label, p.text] for p in reader.sources.pages(source.id)]
    data["excerpts"] = [
        {"page_no": e.page_no, "start": e.start, "end": e.end, "quote": e.quote,
         "note": e.note, "countries": list(e.countries), "risks": list(e.risks),
         "created_at": e.created_at, "translation": e.translation}
        for e in reader.excerpts.list_excerpts(source_id=source.id)
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
    reader: Store,
    folder: Path,
    out: Path,
    countries: list[str],
    risks: list[str],
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> BundleExport:
    """The sources of the library at `folder` (read through `reader`, one snapshot) into
    the bundle `out`, written whole or not at all."""
    out = Path(out)
    members: dict[str, str] = {}
    counts = {"sources": 0, "pages": 0, "excerpts": 0, "files": 0, "risk_types": 0}
    skipped: list[str] = []
    cancelled = False
    out.parent.mkdir(parents=True, exist_ok=True)
    with written_whole(out) as partial:
        with reader.snapshot(), zipfile.ZipFile(partial, "w", allowZip64=True) as zf, \
                tempfile.TemporaryFile("w+", encoding="utf-8") as lines:
            ids = reader.tags.source_ids_tagged(countries, risks)
            for done, source in enumerate(reader.sources.list_sources(ids) if ids else []):
                if cancel is not None and cancel.is_set():
                    cancelled = True
                    break
                progress(done, len(ids), source.title)
                path = original_path(folder, source)
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
                record = _record(reader, source, member)
                lines.write(json.dumps(record, ensure_ascii=False) + "\n")
                counts["sources"] += 1
                counts["files"] += 1
                counts["pages"] += len(record["pages"])
                counts["excerpts"] += len(record["excerpts"])
            added = [r for r in reader.taxonomy.list_risk_types() if r.user_defined]
            counts["risk_types"] = len(added)
            lines.seek(0)
            members[SOURCES] = _write_member(zf, SOURCES, lines)
            taxonomy = json.dumps({"risk_types": [asdict(r) for r in added]},
                                  ensure_ascii=False, indent=1)
            members[TAXONOMY] = _write_bytes(zf, TAXONOMY, taxonomy.encode("utf-8"))
            agreements = agreements_to_export(reader)
            if agreements:
                members[AGREEMENTS] = _write_bytes(zf, AGREEMENTS, agreements_member(agreements))
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
            partial.unlink()  # nothing written
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
