"""Last touches on a written PDF: distinct font subset tags and a trailer /ID.

Every ReportLab document names its first subset of each font `AAAAAA+Name`, and a packet
merges several such documents (cover and index, head pages, bodies, certificates, page
numbers), so different subsets would share one name. ISO 32000-1 § 9.6.4 wants a tag
per subset; we derive it from the subset's own bytes, so the same subset keeps the same
tag and rebuilds stay byte-identical. The trailer /ID (§ 14.4) is likewise a digest of
the file's content rather than random bytes.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject

_TAGGED = re.compile(r"^/?([A-Z]{6})\+(.+)$")
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def retag_subset_fonts(writer: PdfWriter) -> None:
    """Give every embedded subset font a tag derived from its content; distinct subsets
    get distinct tags."""
    taken: dict[str, str] = {}  # tag -> digest of the subset it names
    seen: set[int] = set()
    for page in writer.pages:
        _walk_resources(page.get("/Resources"), taken, seen)


def _walk_resources(resources: Any, taken: dict[str, str], seen: set[int]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    if not isinstance(resources, DictionaryObject) or id(resources) in seen:
        return
    seen.add(id(resources))
    fonts = resources.get("/Font")
    if fonts is not None:
        for ref in fonts.get_object().values():
            font = ref.get_object()
            if isinstance(font, DictionaryObject) and id(font) not in seen:
                seen.add(id(font))
                _retag(font, taken)
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            xobject = ref.get_object()
            if isinstance(xobject, DictionaryObject) and xobject.get("/Subtype") == "/Form":
                _walk_resources(xobject.get("/Resources"), taken, seen)


def _retag(font: DictionaryObject, taken: dict[str, str]) -> None:
    match = _TAGGED.match(str(font.get("/BaseFont", "")))
    if match is None:
        return
    dicts: list[DictionaryObject] = [font]
    descendants = font.get("/DescendantFonts")
    if descendants is not None:
        dicts += [d.get_object() for d in descendants.get_object()
                  if isinstance(d.get_object(), DictionaryObject)]
    descriptor: DictionaryObject | None = None
    for item in dicts:
        found = item.get("/FontDescriptor")
        if found is not None and isinstance(found.get_object(), DictionaryObject):
            descriptor = found.get_object()
            dicts.append(descriptor)
            break
    digest = hashlib.sha256(match.group(2).encode("utf-8", "replace"))
    if descriptor is not None:
        for key in _FONT_FILES:
            stream = descriptor.get(key)
            if stream is not None:
                digest.update(stream.get_object().get_data())
                break
    for key in ("/Widths", "/W", "/FirstChar", "/ToUnicode"):
        value = font.get(key)
        if value is not None:
            value = value.get_object()
            digest.update(value.get_data() if hasattr(value, "get_data") else repr(value).encode())
    seed = digest.hexdigest()
    tag = _tag(seed, taken)
    for item in dicts:
        for key in ("/BaseFont", "/FontName"):
            old = _TAGGED.match(str(item.get(key, "")))
            if old is not None:
                item[NameObject(key)] = NameObject(f"/{tag}+{old.group(2)}")


def _tag(seed: str, taken: dict[str, str]) -> str:
    """Six capital letters from the digest; others when another subset has them."""
    number = int(seed, 16)
    while True:
        letters = []
        value = number
        for _ in range(6):
            value, rest = divmod(value, 26)
            letters.append(chr(ord("A") + rest))
        tag = "".join(letters)
        owner = taken.setdefault(tag, seed)
        if owner == seed:
            return tag
        number = int(hashlib.sha256(f"{number}".encode()).hexdigest(), 16)


def with_file_id(data: bytes) -> bytes:
    """The PDF with a trailer /ID made of a digest of its content (both halves equal, as
    for a file written for the first time), so the same packet gets the same /ID."""
    start = data.rfind(b"trailer")
    if start < 0 or b"/ID" in data[start:]:
        return data
    open_at = data.find(b"<<", start)
    if open_at < 0:
        return data
    identifier = hashlib.md5(data, usedforsecurity=False).hexdigest().upper().encode()
    entry = b"\n/ID [<" + identifier + b"> <" + identifier + b">]"
    return data[:open_at + 2] + entry + data[open_at + 2:]
