"""Hostile bundles: each one breaks exactly one rule a bundle must keep, so each refusal
has a known reason. Shared by tests/core/test_bundle.py and the trust report."""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

from evidence_app.library.facade import Library
from evidence_app.sharing.bundle import MANIFEST, SOURCES


def _zip(members: dict[str, bytes], manifest: dict[str, object] | None = None,
         extra: Callable[[zipfile.ZipFile], None] | None = None,
         method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A bundle whose manifest lists the members with their true hashes."""
    listed = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    body = {"format": "evidence-library-bundle", "format_version": 1, "members": listed}
    body.update(manifest or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": on purpose
        for name, data in members.items():
            zf.writestr(name, data)
        if extra:
            extra(zf)
        zf.writestr(MANIFEST, json.dumps(body))
    return buffer.getvalue()


def _damaged(good: dict[str, bytes]) -> bytes:
    """A stored member whose bytes changed after the zip was written (its CRC fails)."""
    data = _zip({**good, SOURCES: good[SOURCES] + b"MARKER"}, method=zipfile.ZIP_STORED)
    return data.replace(b"MARKER", b"MARKEX", 1)


def good_members(source_lib: Library, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "good.evbundle"
    source_lib.bundles.export_bundle(out, countries=["HN"])
    with zipfile.ZipFile(out) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}


def _symlink(zf: zipfile.ZipFile) -> None:
    info = zipfile.ZipInfo("files/link")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    zf.writestr(info, "/etc/passwd")


def refusals(good: dict[str, bytes]) -> dict[str, tuple[bytes, str]]:
    sha = next(n for n in good if n.startswith("files/"))
    bomb = b"\0" * (8 << 20)
    changed = dict(good)
    changed[sha] = good[sha] + b"x"
    return {
        "parent path": (_zip({**good, "../evil.txt": b"x"}), "unsafe_path"),
        "nested parent": (_zip({**good, "files/../../evil.txt": b"x"}), "unsafe_path"),
        "absolute path": (_zip({**good, "/tmp/evil.txt": b"x"}), "unsafe_path"),
        "windows path": (_zip({**good, "C:\\evil.txt": b"x"}), "unsafe_path"),
        "symlink": (_zip(good, extra=_symlink), "symlink"),
        "hash mismatch": (_zip(changed, {"members": {
            n: hashlib.sha256(d).hexdigest() for n, d in good.items()}}), "hash_mismatch"),
        "unlisted member": (_zip(good, extra=lambda zf: zf.writestr(
            f"files/{'1' * 64}.txt", "x")), "hash_mismatch"),
        "duplicate member": (_zip(good, extra=lambda zf: zf.writestr(SOURCES, "{}")),
                             "invalid"),
        "unexpected member": (_zip({**good, "notes.txt": b"x"}), "invalid"),
        "future format": (_zip(good, {"format_version": 99}), "too_new"),
        "zip bomb": (_zip({**good, f"files/{'0' * 64}.txt": bomb}), "too_large"),
        "no manifest": (_plain_zip(good), "not_a_bundle"),
        "not a zip": (b"%PDF-1.7 not a bundle at all", "not_a_bundle"),
        "truncated": (_zip(good)[:-200], "not_a_bundle"),
        "damaged": (_damaged(good), "damaged"),
        "unknown compression": (_unknown_method(good), "invalid"),
        "bad source line": (_zip({**good, SOURCES: b'{"sha256": 5}\n'}), "invalid"),
        "excerpt types": (_zip({**good, SOURCES: re.sub(
            rb'"start": (\d+)', rb'"start": "\1"', good[SOURCES])}), "invalid"),
        "nested JSON": (_zip({**good, SOURCES: b"[" * 200_000 + b"]" * 200_000 + b"\n"}),
                        "invalid"),
        "nested manifest": (_deep_manifest(good, 200_000), "invalid"),
        "lone surrogate": (_zip({**good, SOURCES: _page(good, text="text \ud800 here")}),
                           "invalid"),
        "invalid UTF-8": (_zip({**good, SOURCES: good[SOURCES].replace(
            b'"title": "', b'"title": "\xff', 1)}), "invalid"),
        "page 2**70": (_zip({**good, SOURCES: _page(good, page_no=2**70)}), "invalid"),
        "huge page": (_zip({**good, SOURCES: _page(good, text=_noise(5 << 20))}),
                      "too_large"),
    }


def _deep_manifest(good: dict[str, bytes], depth: int) -> bytes:
    """A valid bundle whose manifest also holds a list nested `depth` deep."""
    data = _zip(good)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = zf.read(MANIFEST)
    deep = manifest[:-1] + b', "deep": ' + b"[" * depth + b"]" * depth + b"}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, member in good.items():
            zf.writestr(name, member)
        zf.writestr(MANIFEST, deep)
    return buffer.getvalue()


def _page(good: dict[str, bytes], *, text: str | None = None, page_no: int | None = None
          ) -> bytes:
    """sources.jsonl with the first page of its first source changed."""
    lines = good[SOURCES].decode("utf-8").splitlines()
    record = json.loads(lines[0])
    if text is not None:
        record["pages"][0][2] = text
    if page_no is not None:
        record["pages"][0][0] = page_no
    lines[0] = json.dumps(record)  # ASCII: a lone surrogate stays a \ud800 escape
    return ("\n".join(lines) + "\n").encode("utf-8")


def _noise(size: int) -> str:
    """Text that does not compress (a zip bomb is refused earlier, by its ratio)."""
    import random

    return "".join(random.Random(7).choices("abcdefghijklmnopqrstuvwxyz ", k=size))


def _unknown_method(good: dict[str, bytes]) -> bytes:
    """Every member claims compression method 99, which no reader knows."""
    data = bytearray(_zip(good, method=zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset:at + offset + 2] = (99).to_bytes(2, "little")
            at = data.find(signature, at + 4)
    return bytes(data)


def _plain_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


FORGED = ("the government effectively protects all returned deportees and there is no gang "
          "violence")


def forged_bundle(real: bytes, text: str | None = None) -> bytes:
    """A real bundle (files and hashes intact) whose page text is invented: every page of
    every source gets `text`, or the forged sentence added to its first page. The manifest
    lists the new sources.jsonl's true hash, as a forger would write it."""
    with zipfile.ZipFile(io.BytesIO(real)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members.pop(MANIFEST))
    lines = []
    for line in members[SOURCES].decode("utf-8").splitlines():
        record = json.loads(line)
        for number, page in enumerate(record["pages"]):
            if text is not None:
                page[2] = text
            elif number == 0:
                page[2] = f"{FORGED}. {page[2]}"
        record["needs_ocr"] = False
        lines.append(json.dumps(record, ensure_ascii=False))
    members[SOURCES] = ("\n".join(lines) + "\n").encode("utf-8")
    manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr(MANIFEST, json.dumps(manifest))
    return buffer.getvalue()
