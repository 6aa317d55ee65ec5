"""Opening a bundle someone sent: check every name, size and hash before using anything.

`open_bundle` refuses (BundleRejected) on: not a zip (not_a_bundle), a CRC or structure
error (damaged), absolute or `..` paths (unsafe_path), symlinks (symlink), a size or
compression ratio over the limits (too_large), a member whose sha256 differs from the
manifest (hash_mismatch), a manifest from a newer format (too_new), and anything else
that is not a bundle as this version writes it (invalid). `parse_record` turns one line
of sources.jsonl into checked, cleaned values, or refuses the bundle.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import threading
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import BundleRejected, Cancelled
from ..model import KINDS, Progress, no_progress
from ..text_clean import invalid_text
from .bundle import (
    BUNDLE_FORMAT,
    FILE_MEMBER,
    FORMAT_VERSION,
    MANIFEST,
    SOURCES,
    TAXONOMY,
    BundleLimits,
    VerifiedBundle,
    open_regular,
)
from .bundle_agreements import AGREEMENTS, read_agreements

_SHA = re.compile(r"^[0-9a-f]{64}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 1 << 20
FORMATS = ("pdf", "html", "text", "docx")
TEXT_FIELDS = ("title", "publisher", "author", "url", "language", "original_name", "notes")
MAX_FIELD = 10_000
MAX_PAGES = 100_000
MAX_PAGE_NO = 1_000_000  # page numbers as printed; far from SQLite's 64-bit limit
MAX_OFFSET = (1 << 31) - 1


def _reject(path: Path, reason: str, detail: str) -> BundleRejected:
    return BundleRejected(str(path), reason, detail)


def unsafe_name(name: str) -> str:
    """Why a member name could escape the folder it is extracted to ("" when safe)."""
    if not name or "\x00" in name:
        return "an empty name or a NUL character"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "an absolute path"
    if ".." in re.split(r"[\\/]", name):
        return "a parent directory (..)"
    if "\\" in name:
        return "a backslash"
    return ""


def _expected(name: str) -> bool:
    return name in (MANIFEST, SOURCES, TAXONOMY, AGREEMENTS) or bool(FILE_MEMBER.match(name))


def _screen(path: Path, infos: list[zipfile.ZipInfo], limits: BundleLimits) -> None:
    """Names, types and sizes, from the zip's directory, before decompressing anything."""
    if len(infos) > limits.max_members:
        raise _reject(path, "too_large", f"{len(infos)} members (limit {limits.max_members})")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        why = unsafe_name(name)
        if why:
            raise _reject(path, "unsafe_path", f"member {name!r} has {why}")
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the zip tool gave no type
        if kind == stat.S_IFLNK:
            raise _reject(path, "symlink", f"member {name!r} is a symbolic link")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise _reject(path, "unsafe_path", f"member {name!r} is not a regular file")
        if info.is_dir():
            continue
        if name in seen:
            raise _reject(path, "invalid", f"member {name!r} appears twice")
        seen.add(name)
        if not _expected(name):
            raise _reject(path, "invalid", f"unexpected member {name!r}")
        if info.flag_bits & 0x1:
            raise _reject(path, "invalid", f"member {name!r} is encrypted")
        limit = (limits.max_data_bytes if name == SOURCES else
                 limits.max_manifest_bytes if name in (MANIFEST, TAXONOMY, AGREEMENTS) else
                 limits.max_member_bytes)
        if info.file_size > limit:
            raise _reject(path, "too_large", f"member {name!r} unpacks to {info.file_size} "
                                             f"bytes (limit {limit})")
        if (info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            ratio = info.file_size / max(info.compress_size, 1)
            raise _reject(path, "too_large", f"member {name!r} is compressed {ratio:.0f} to 1 "
                                             f"(limit {limits.max_ratio:.0f})")
        total += info.file_size
    if total > limits.max_total_bytes:
        raise _reject(path, "too_large", f"unpacks to {total} bytes "
                                         f"(limit {limits.max_total_bytes})")
    files = sum(1 for name in seen if name.startswith("files/"))
    if files > limits.max_files:
        raise _reject(path, "too_large", f"{files} files (limit {limits.max_files})")
    if MANIFEST not in seen:
        raise _reject(path, "not_a_bundle", "it has no manifest.json")
    if SOURCES not in seen:
        raise _reject(path, "invalid", "it has no sources.jsonl")


def _manifest(path: Path, zf: zipfile.ZipFile, limits: BundleLimits) -> dict[str, Any]:
    with zf.open(MANIFEST) as f:
        raw = f.read(limits.max_manifest_bytes + 1)
    try:
        manifest = json.loads(raw)
    except RecursionError as exc:
        raise _reject(path, "invalid", "manifest.json: nested too deeply") from exc
    except ValueError as exc:  # UnicodeDecodeError too
        raise _reject(path, "invalid", f"manifest.json: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise _reject(path, "not_a_bundle", "its manifest is not an Evidence Library manifest")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _reject(path, "invalid", f"format version {version!r}")
    if version > FORMAT_VERSION:
        raise _reject(path, "too_new", f"format version {version}, this app reads up to "
                                       f"{FORMAT_VERSION}: update the app")
    members = manifest.get("members")
    if not isinstance(members, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and _SHA.match(v) for k, v in members.items()
    ):
        raise _reject(path, "invalid", "the manifest's member list is malformed")
    return manifest


def _extract(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> str:
    """Copy one member out, hashing it; never more bytes than the directory declared."""
    digest = hashlib.sha256()
    written = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with zf.open(info) as src, open(target, "wb") as dst:
        for block in iter(lambda: src.read(_CHUNK), b""):
            written += len(block)
            if written > info.file_size:
                raise _reject(path, "too_large", f"member {info.filename!r} is larger than "
                                                 "its directory entry says")
            digest.update(block)
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())  # it may become a stored original: durable before the commit
    return digest.hexdigest()


def open_bundle(
    path: Path,
    workdir: Path,
    limits: BundleLimits | None = None,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> VerifiedBundle:
    """Check and extract a bundle into `workdir` (an empty folder the caller removes)."""
    path = Path(path)
    limits = limits or BundleLimits()
    with open_regular(path) as handle:  # ZipFile leaves a file object it was given open
        return _open_bundle(path, handle, workdir, limits, progress, cancel)


def _open_bundle(
    path: Path,
    handle: BinaryIO,
    workdir: Path,
    limits: BundleLimits,
    progress: Progress,
    cancel: threading.Event | None,
) -> VerifiedBundle:
    try:
        zf = zipfile.ZipFile(handle)
    except zipfile.BadZipFile as exc:
        raise _reject(path, "not_a_bundle", f"not a zip file ({exc})") from exc
    except OSError as exc:
        raise _reject(path, "not_a_bundle", f"cannot read it: {exc.strerror or exc}") from exc
    root = workdir.resolve()
    try:
        with zf:
            infos = zf.infolist()
            _screen(path, infos, limits)
            manifest = _manifest(path, zf, limits)
            listed: dict[str, str] = manifest["members"]
            present = {i.filename for i in infos if not i.is_dir()} - {MANIFEST}
            if set(listed) != present:
                extra = sorted(present - set(listed))[:3]
                absent = sorted(set(listed) - present)[:3]
                raise _reject(path, "hash_mismatch", f"members not in the manifest {extra}, "
                                                     f"listed but absent {absent}")
            files = [i for i in infos if i.filename in listed]
            for done, info in enumerate(files):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("bundle import cancelled")
                progress(done, len(files), info.filename)
                target = (root / info.filename).resolve()
                if not target.is_relative_to(root):
                    raise _reject(path, "unsafe_path", f"member {info.filename!r}")
                sha = _extract(path, zf, info, target)
                match = FILE_MEMBER.match(info.filename)
                if sha != listed[info.filename] or (match and match.group(1) != sha):
                    raise _reject(path, "hash_mismatch",
                                  f"member {info.filename!r} does not match its sha256")
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _reject(path, "damaged", str(exc)) from exc
    except NotImplementedError as exc:  # a compression method zipfile cannot read
        raise _reject(path, "invalid", str(exc)) from exc
    bundle = VerifiedBundle(path, workdir, manifest, limits)
    for record in bundle.records():
        parse_record(bundle, record)
    for risk in bundle.risk_types():
        parse_risk_type(bundle, risk)
    read_agreements(bundle)
    return bundle


# ---------------------------------------------------------------- records
@dataclass(frozen=True)
class BundleExcerpt:
    page_no: int
    start: int
    end: int
    quote: str
    note: str
    countries: tuple[str, ...]
    risks: tuple[str, ...]
    created_at: str
    translation: str = ""  # English translation of the quote (bundles made before: none)


@dataclass(frozen=True)
class BundleSource:
    sha256: str
    fields: dict[str, Any]  # metadata as the store's insert_source takes it
    file: str  # member name
    countries: tuple[str, ...]
    risks: tuple[str, ...]
    pages: tuple[tuple[int, str, str], ...]
    excerpts: tuple[BundleExcerpt, ...]
    # Those of `countries`/`risks` the sender's app applied at import (origin 'auto');
    # bundles made before tags had origins: none, so every tag reads as set by a person.
    auto_countries: tuple[str, ...] = ()
    auto_risks: tuple[str, ...] = ()


def clean_text(value: str, limit: int = MAX_FIELD) -> str:
    """Drop control characters (keep newlines and tabs) and lone surrogates (text that is not
    valid UTF-8), as the library does for metadata."""
    text = "".join(ch for ch in value if ch in "\n\t" or ch >= " " and ch != "\x7f"
                   and not "\ud800" <= ch <= "\udfff").strip()
    return text[:limit]


def _want(bundle: VerifiedBundle, ok: bool, what: str) -> None:
    if not ok:
        raise _reject(bundle.path, "invalid", what)


def _str(value: Any) -> bool:
    return isinstance(value, str)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _codes(bundle: VerifiedBundle, value: Any, what: str) -> tuple[str, ...]:
    _want(bundle, isinstance(value, list) and all(_str(v) and len(v) <= 64 for v in value),
          f"{what} must be a list of short strings")
    return tuple(dict.fromkeys(v.strip() for v in value if v.strip()))


def parse_record(bundle: VerifiedBundle, record: Any) -> BundleSource:
    _want(bundle, isinstance(record, dict), "a source line is not an object")
    sha = record.get("sha256")
    _want(bundle, _str(sha) and bool(_SHA.match(sha)), f"bad sha256 {str(sha)[:80]!r}")
    member = record.get("file")
    _want(bundle, _str(member) and bool(FILE_MEMBER.match(member))
          and member.startswith(f"files/{sha}") and bundle.file(member).is_file(),
          f"source {sha[:12]}: its file is not in the bundle")
    fields: dict[str, Any] = {"sha256": sha}
    for name in TEXT_FIELDS:
        value = record.get(name, "")
        _want(bundle, _str(value), f"source {sha[:12]}: {name} is not text")
        fields[name] = clean_text(value)
    for name in ("published", "accessed"):
        value = record.get(name, "")
        _want(bundle, _str(value), f"source {sha[:12]}: {name} is not text")
        fields[name] = value if _DATE.match(value) else ""
    kind, fmt = record.get("kind", ""), record.get("format", "")
    fields["kind"] = kind if kind in KINDS else ""
    _want(bundle, fmt in FORMATS, f"source {sha[:12]}: unknown format {str(fmt)[:20]!r}")
    fields["format"] = fmt
    fields["needs_ocr"] = bool(record.get("needs_ocr", False))
    raw_pages = record.get("pages")
    _want(bundle, isinstance(raw_pages, list) and 0 < len(raw_pages) <= MAX_PAGES,
          f"source {sha[:12]}: pages must be a non-empty list")
    pages: list[tuple[int, str, str]] = []
    max_chars = bundle.limits.max_page_chars
    for page in raw_pages:
        _want(bundle, isinstance(page, list) and len(page) == 3 and _int(page[0])
              and _str(page[1]) and _str(page[2]),
              f"source {sha[:12]}: a page is not [number, label, text]")
        _want(bundle, 1 <= page[0] <= MAX_PAGE_NO,
              f"source {sha[:12]}: page number {str(page[0])[:30]} is out of range")
        if len(page[2]) > max_chars:
            raise _reject(bundle.path, "too_large", f"source {sha[:12]}: page {page[0]} has "
                          f"{len(page[2])} characters of text (limit {max_chars})")
        why = invalid_text(page[2])
        _want(bundle, not why, f"source {sha[:12]}: the text of page {page[0]}: {why}")
        pages.append((page[0], clean_text(page[1], 200), page[2]))
    _want(bundle, len({p[0] for p in pages}) == len(pages),
          f"source {sha[:12]}: page numbers repeat")
    excerpts = tuple(_excerpt(bundle, sha, e) for e in record.get("excerpts") or [])
    countries = tuple(c.upper() for c in _codes(bundle, record.get("countries", []),
                                                "countries"))
    risks = _codes(bundle, record.get("risks", []), "risks")
    auto_countries = {c.upper() for c in _codes(bundle, record.get("auto_countries") or [],
                                                "auto_countries")}
    auto_risks = set(_codes(bundle, record.get("auto_risks") or [], "auto_risks"))
    return BundleSource(
        sha256=sha, fields=fields, file=member, countries=countries, risks=risks,
        pages=tuple(pages), excerpts=excerpts,
        auto_countries=tuple(c for c in countries if c in auto_countries),
        auto_risks=tuple(r for r in risks if r in auto_risks),
    )


def _excerpt(bundle: VerifiedBundle, sha: str, raw: Any) -> BundleExcerpt:
    _want(bundle, isinstance(raw, dict), f"source {sha[:12]}: an excerpt is not an object")
    ints = [raw.get(k) for k in ("page_no", "start", "end")]
    _want(bundle, all(_int(v) and 0 <= v <= MAX_OFFSET for v in ints),
          f"source {sha[:12]}: excerpt offsets are not numbers in range")
    texts = [raw.get(k, "") for k in ("quote", "note", "created_at", "translation")]
    _want(bundle, all(_str(v) for v in texts), f"source {sha[:12]}: excerpt text")
    why = invalid_text(texts[0])
    _want(bundle, not why, f"source {sha[:12]}: an excerpt's quote: {why}")
    return BundleExcerpt(
        page_no=ints[0], start=ints[1], end=ints[2], quote=texts[0],
        note=clean_text(texts[1]), created_at=clean_text(texts[2], 40),
        countries=tuple(c.upper() for c in _codes(bundle, raw.get("countries", []), "countries")),
        risks=_codes(bundle, raw.get("risks", []), "risks"),
        translation=clean_text(texts[3]),
    )


def parse_risk_type(bundle: VerifiedBundle, raw: Any) -> dict[str, Any]:
    _want(bundle, isinstance(raw, dict), "a risk type is not an object")
    slug = raw.get("slug")
    _want(bundle, _str(slug) and bool(re.match(r"^[a-z0-9][a-z0-9_-]{0,63}$", slug)),
          f"bad risk type slug {str(slug)[:70]!r}")
    out: dict[str, Any] = {"slug": slug}
    for name in ("label_en", "label_es", "description", "legal_element", "parent"):
        value = raw.get(name, "")
        _want(bundle, _str(value), f"risk type {slug}: {name} is not text")
        out[name] = clean_text(value, 2000)
    _want(bundle, bool(out["label_en"]), f"risk type {slug}: no English label")
    keywords = raw.get("keywords", [])
    _want(bundle, isinstance(keywords, list) and all(_str(k) for k in keywords),
          f"risk type {slug}: keywords")
    out["keywords"] = tuple(clean_text(k, 200).lower() for k in keywords if k.strip())
    out["hidden"] = bool(raw.get("hidden", False))
    return out
