"""Saved web page importer: trafilatura main text and metadata, lxml as fallback.

Nothing is ever fetched: trafilatura only sees the parsed page, and the page's
scripts, fonts and trackers are never followed. Paragraphs are numbered and grouped
into passages ("¶ 12–15") because a web page has no printed pages to cite.
"""

from __future__ import annotations

import copy
import logging
import re
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura import metadata as tmeta
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from evidence_app.errors import DamagedFile, EmptyFile
from evidence_app.ingest import metadata, page_meta
from evidence_app.ingest.detect import declared_charset, decode_text, read_payload
from evidence_app.ingest.paragraphs import passages
from evidence_app.model import ExtractedDocument

# Containers whose block text is the whole report, for sites where trafilatura's
# heuristics pick the page chrome instead. state.gov Country Reports split the body
# into many "entry-content" sections; trafilatura returns the navigation with it.
KNOWN_CONTAINERS: tuple[str, ...] = ('//div[@id="report_content"]',)
MAIN_CONTAINERS: tuple[str, ...] = ("//main", '//*[@role="main"]', "//article")
# trafilatura text with fewer paragraphs than this over BLOB_CHARS is its last-resort
# "all text of the page" output, without paragraph breaks.
BLOB_PARAGRAPHS = 3
BLOB_CHARS = 3000

BLOCK_TAGS = frozenset(
    """address article aside blockquote br caption center dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li
    main menu nav ol p pre section summary table tbody td tfoot th thead tr ul""".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template svg head iframe object embed canvas select option".split()
)
CHROME_TAGS = frozenset("nav header footer aside form".split())
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—·:»]+\s+")

log = logging.getLogger(__name__)


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def block_paragraphs(root: etree._Element, skip: frozenset[str] = SKIP_TAGS) -> list[str]:
    """Text of `root`, one paragraph per block element, whitespace squeezed."""
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        if text:
            paragraphs.append(text)
        buffer.clear()

    def walk(element: etree._Element) -> None:
        tag = _local(element.tag)
        if tag and tag not in skip:
            block = tag in BLOCK_TAGS
            if block:
                flush()
            if element.text:
                buffer.append(element.text)
            for child in element:
                walk(child)
            if block:
                flush()
            elif tag in ("td", "th"):
                buffer.append(" ")
        if element.tail:
            buffer.append(element.tail)

    tail, root.tail = root.tail, None  # the root's tail lies outside it
    try:
        walk(root)
    finally:
        root.tail = tail
    flush()
    return paragraphs


def _trafilatura_paragraphs(tree: lxml.html.HtmlElement) -> list[str]:
    text = trafilatura.extract(
        copy.deepcopy(tree),
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
    )
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def _first_container(tree: lxml.html.HtmlElement, xpaths: tuple[str, ...]) -> list[str]:
    for xpath in xpaths:
        for element in tree.xpath(xpath):
            paragraphs = block_paragraphs(element)
            if sum(len(p) for p in paragraphs) >= 200:
                return paragraphs
    return []


def _body_paragraphs(tree: lxml.html.HtmlElement, skip: frozenset[str]) -> list[str]:
    bodies = tree.xpath("//body")
    return block_paragraphs(bodies[0] if bodies else tree, skip)


def main_paragraphs(tree: lxml.html.HtmlElement) -> list[str]:
    paragraphs = _first_container(tree, KNOWN_CONTAINERS)
    if paragraphs:
        return paragraphs
    paragraphs = _trafilatura_paragraphs(tree)
    blob = len(paragraphs) < BLOB_PARAGRAPHS and sum(len(p) for p in paragraphs) > BLOB_CHARS
    if blob:
        paragraphs = (
            _first_container(tree, MAIN_CONTAINERS)
            or _body_paragraphs(tree, SKIP_TAGS | CHROME_TAGS)
            or paragraphs
        )
    return paragraphs or _body_paragraphs(tree, SKIP_TAGS)


def _strip_site_name(title: str, sitename: str) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if sitename and len(parts) > 1 and parts[-1].strip().lower() == sitename.strip().lower():
        return " - ".join(parts[:-1]).strip()
    return title


def _title(tree: lxml.html.HtmlElement, meta_title: str, sitename: str) -> str:
    """The page's single <h1> when it says more than the <title> (state.gov titles are
    "Honduras - United States Department of State"; the h1 is the report's name)."""
    title = _strip_site_name(" ".join(meta_title.split()), sitename)
    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//body//h1")]
    headings = [h for h in headings if h]
    if len(headings) == 1 and 3 <= len(headings[0]) <= metadata.MAX_TITLE:
        heading = headings[0]
        if not title or (title.lower() in heading.lower() and len(heading) > len(title)):
            return heading
    return title


def _canonical_url(tree: lxml.html.HtmlElement) -> str:
    for link in tree.xpath("//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = (link.get("href") or "").strip()
            if href.startswith(("http://", "https://")):
                return href
    return ""


def report_metadata(tree: lxml.html.HtmlElement) -> Any:
    """trafilatura.extract_metadata without its search of the body for authors, categories,
    tags and a licence, for pages whose report container we know (state.gov): that search
    was 80% of the metadata read and the metadata read 45% of reading such a page (0.17 s
    of 0.37 s, cProfile), and those pages name no author in their body. The same steps
    otherwise, in trafilatura's order: meta tags, JSON-LD, title, URL, date, site name."""
    meta = tmeta.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = tmeta.extract_meta_json(tree, meta)
    except Exception as exc:  # noqa: BLE001 - as trafilatura: bugs in its JSON-LD reader
        log.debug("JSON-LD metadata not read: %s", exc)
    if not meta.title:
        meta.title = tmeta.extract_title(tree)
    if not meta.url:
        meta.url = tmeta.extract_url(tree, None)
    config = set_date_params(True)
    config["url"] = meta.url
    meta.date = tmeta.find_date(tree, **config)
    if not meta.sitename:
        meta.sitename = tmeta.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url:
        match = tmeta.META_URL.match(meta.url)
        if match:
            meta.sitename = match[1]
    meta.clean_and_trim()
    return meta


def _parse(text: str) -> lxml.html.HtmlElement | None:
    tree = load_html(text)
    if tree is not None:
        return tree
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def extract_html(path: Path, password: str | None = None) -> ExtractedDocument:
    name = str(path)
    data = read_payload(path)
    text = decode_text(data, declared_charset(data))
    if not text.strip():
        raise EmptyFile(name, "no content")
    tree = _parse(text)
    if tree is None:
        raise DamagedFile(name, "the web page cannot be parsed")

    known = any(tree.xpath(xpath) for xpath in KNOWN_CONTAINERS)
    try:
        read = report_metadata if known else trafilatura.extract_metadata
        meta = read(copy.deepcopy(tree))
    except Exception as exc:  # noqa: BLE001 - metadata is optional, the text is not
        log.warning("metadata of %s not read: %s", name, exc)
        meta = None
    meta_title = (meta.title if meta else "") or ""
    sitename = (meta.sitename if meta else "") or ""
    paragraphs = main_paragraphs(tree)
    if not paragraphs:
        raise EmptyFile(name, "the web page has no text")
    title = _title(tree, meta_title, sitename)
    saved_url, saved_date = page_meta.saved_from(tree, text)
    canonical = _canonical_url(tree)
    url = canonical or ((meta.url if meta else "") or "") or saved_url
    # The page's own statement of publication (JSON-LD, meta tags) first; then a date in
    # its title ("2022 Country Reports ..."), then trafilatura's date, which on report
    # pages is usually the last edit (2025 for 2022).
    published, published_origin = "", ""
    for found, origin in (
        (page_meta.jsonld_published(tree), "jsonld"),
        (page_meta.meta_published(tree), "page_meta"),
        (metadata.date_in_text(title), "page_title"),
        (metadata.parse_iso_date((meta.date if meta else "") or ""), "page_meta"),
    ):
        if found:
            published, published_origin = found, origin
            break
    return metadata.finish(
        "html",
        passages(paragraphs),
        title=title,
        title_origin="page_title",
        author=(meta.author if meta else "") or "",
        author_origin="page_meta",
        published=published,
        published_origin=published_origin,
        accessed=saved_date,
        url=url,
        url_origin="page_meta" if (canonical or not saved_url) else "saved_page",
        sitename=sitename,
        guess_from_text=False,
        language_hint=tree.get("lang")
        or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        or "",
    )
