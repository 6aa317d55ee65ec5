"""What a saved web page says about itself: publication date and when it was saved.

Read before any guess from the text: the JSON-LD `datePublished` a site writes for search
engines, then the publication meta tags (`article:published_time`, `citation_date`,
Dublin Core), and the notes browsers and save tools leave in the file: SingleFile's
"saved date", Save Page WE's `savepage-date`, HTTrack's "Mirrored from … by HTTrack"
line, and the "saved from url=" comment of Internet Explorer, Edge and Chrome (which
gives the address but no date).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from evidence_app.ingest import metadata

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "publishdate",
    "datepublished",
)
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)\s*(\S+)", re.IGNORECASE)
_SINGLEFILE_URL = re.compile(r"^\s*url:\s*(\S+)", re.IGNORECASE | re.MULTILINE)
_SINGLEFILE_DATE = re.compile(r"^\s*saved date:\s*(.+)$", re.IGNORECASE | re.MULTILINE)
_HTTRACK = re.compile(
    r"Mirrored from\s+(\S+)\s+by HTTrack Website Copier[^,]*,\s*([^-\n]+)", re.IGNORECASE
)
HEAD_BYTES = 200_000  # save tools write their notes near the top


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from _walk(child)
    elif isinstance(value, list):
        for child in value:
            yield from _walk(child)


def jsonld_published(tree: etree._Element) -> str:
    """The first `datePublished` in the page's JSON-LD blocks, as an ISO date."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for node in _walk(data):
            value = node.get("datePublished")
            if isinstance(value, str):
                found = metadata.parse_iso_date(value) or metadata.date_in_text(value)
                if found:
                    return found
    return ""


def meta_published(tree: etree._Element) -> str:
    """A publication date from meta tags or a `<time itemprop="datePublished">`."""
    wanted = {name: rank for rank, name in enumerate(PUBLISHED_META)}
    best: tuple[int, str] | None = None
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key not in wanted:
            continue
        value = meta.get("content") or ""
        found = metadata.parse_iso_date(value) or metadata.date_in_text(value, year_alone=False)
        if found and (best is None or wanted[key] < best[0]):
            best = (wanted[key], found)
    if best:
        return best[1]
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        value = element.get("datetime") or element.get("content") or element.text or ""
        found = metadata.parse_iso_date(value)
        if found:
            return found
    return ""


def _comments(tree: etree._Element) -> str:
    root = tree.getroottree()
    texts = [c.text or "" for c in root.xpath("//comment()")]
    # Comments before <html> are siblings of the root, outside its subtree.
    node = root.getroot().getprevious()
    while node is not None:
        if isinstance(node, etree._Comment):
            texts.append(node.text or "")
        node = node.getprevious()
    return "\n".join(texts)


def saved_from(tree: etree._Element, raw: str) -> tuple[str, str]:
    """(address, ISO date) the page was saved from and on, each "" when not stated."""
    head = raw[:HEAD_BYTES]
    comments = _comments(tree) + "\n" + head
    url = date = ""
    for meta in tree.xpath("//meta[@content]"):
        name = (meta.get("name") or "").lower()
        if name == "savepage-url":
            url = url or (meta.get("content") or "").strip()
        elif name == "savepage-date":
            date = date or _saved_date(meta.get("content") or "")
    if "Page saved with SingleFile" in comments:
        match = _SINGLEFILE_URL.search(comments)
        if match:
            url = url or match.group(1)
        match = _SINGLEFILE_DATE.search(comments)
        if match:
            date = date or _saved_date(match.group(1))
    match = _HTTRACK.search(comments)
    if match:
        url = url or "http://" + match.group(1).removeprefix("http://")
        date = date or _saved_date(match.group(2))
    match = _SAVED_FROM.search(comments)
    if match and match.group(1).startswith(("http://", "https://")):
        url = url or match.group(1)
    if not url.startswith(("http://", "https://")):
        url = ""
    return url, date


def _saved_date(text: str) -> str:
    """'Thu Nov 20 2026 10:11:12 GMT+0100', '20 Nov 2026 …' or ISO -> '2026-11-20'."""
    return metadata.parse_iso_date(text) or metadata.date_in_text(text, year_alone=False)
