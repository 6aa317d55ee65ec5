"""Metadata guesses shared by the importers: titles, publisher and kind (dates: dates.py).

Everything here is a guess the user confirms or edits in the import dialog, so the
rules stay simple and predictable: known publishers by name or web address, dates from
document metadata first and from the title or the top of the first page second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from evidence_app.ingest import known_reports
from evidence_app.ingest.dates import (  # noqa: F401 - the importers call them as metadata.*
    date_in_text,
    date_on_short_line,
    parse_iso_date,
    parse_pdf_date,
)
from evidence_app.ingest.language import guess_language
from evidence_app.ingest.title_lines import clean_author, continues_heading
from evidence_app.model import ExtractedDocument, ExtractedPage

HEAD_CHARS = 3000  # "first page" for the title guess
PUBLISHER_HEAD_CHARS = 1000  # letterheads; further down, names are mentions, not authors
SAMPLE_CHARS = 20_000  # for the language guess


# ---------------------------------------------------------------- publishers
@dataclass(frozen=True)
class KnownPublisher:
    name: str
    kind: str
    pattern: re.Pattern[str]
    hosts: tuple[str, ...] = ()


def _p(name: str, kind: str, pattern: str, *hosts: str) -> KnownPublisher:
    return KnownPublisher(name, kind, re.compile(pattern, re.IGNORECASE), hosts)


# Order breaks ties between matches at the same position: specific bodies before the
# generic "United Nations".
KNOWN_PUBLISHERS: tuple[KnownPublisher, ...] = (
    _p(
        "U.S. Department of State",
        "government_report",
        r"\b(?:U\.\s?S\.|United States) Department of State\b|\bDepartment of State\b"
        r"|Country Reports on Human Rights Practices|Trafficking in Persons Report"
        r"|Departamento de Estado",
        "state.gov",
    ),
    _p("Human Rights Watch", "ngo_report", r"\bHuman Rights Watch\b", "hrw.org"),
    _p(
        "Amnesty International",
        "ngo_report",
        r"\bAmnesty International\b|\bAmnist[ií]a Internacional\b",
        "amnesty.org",
    ),
    _p(
        "UNHCR",
        "un_document",
        r"\bUNHCR\b|\bACNUR\b|\bUN Refugee Agency\b"
        r"|United Nations High Commissioner for Refugees"
        r"|Alto Comisionado de las Naciones Unidas para (?:los )?Refugiados",
        "unhcr.org",
        "refworld.org",
    ),
    _p(
        "Office of the UN High Commissioner for Human Rights",
        "un_document",
        r"Office of the (?:United Nations |UN )?High Commissioner for Human Rights"
        r"|\bOHCHR\b|\bACNUDH\b",
        "ohchr.org",
    ),
    _p(
        "Inter-American Court of Human Rights",
        "court_decision",
        r"Inter-American Court of Human Rights|Corte Interamericana(?: de Derechos Humanos)?"
        r"|\bIACtHR\b|\bCorte IDH\b",
        "corteidh.or.cr",
    ),
    _p(
        "Inter-American Commission on Human Rights",
        "other",
        r"Inter-American Commission on Human Rights"
        r"|Comisi[oó]n Interamericana de Derechos Humanos|\bIACHR\b|\bCIDH\b",
        "oas.org",
    ),
    _p("Federal Register", "government_report", r"\bFederal Register\b", "federalregister.gov"),
    _p(
        "U.S. Citizenship and Immigration Services",
        "government_report",
        r"U\.\s?S\. Citizenship and Immigration Services|\bUSCIS\b",
        "uscis.gov",
    ),
    _p("Board of Immigration Appeals", "court_decision", r"\bBoard of Immigration Appeals\b"),
    _p(
        "Executive Office for Immigration Review",
        "government_report",
        r"\bExecutive Office for Immigration Review\b",
    ),
    _p(
        "Immigration and Refugee Board of Canada",
        "government_report",
        r"\bImmigration and Refugee Board of Canada\b",
        "irb-cisr.gc.ca",
        "irb.gc.ca",
    ),
    _p(
        "European Union Agency for Asylum",
        "government_report",
        r"European Union Agency for Asylum|European Asylum Support Office|\bEUAA\b|\bEASO\b",
        "euaa.europa.eu",
        "easo.europa.eu",
    ),
    _p(
        "International Crisis Group",
        "ngo_report",
        r"\bInternational Crisis Group\b",
        "crisisgroup.org",
    ),
    _p(
        "Refugees International",
        "ngo_report",
        r"\bRefugees International\b",
        "refugeesinternational.org",
    ),
    _p("Human Rights First", "ngo_report", r"\bHuman Rights First\b", "humanrightsfirst.org"),
    _p(
        "Women's Refugee Commission",
        "ngo_report",
        r"\bWomen['’]s Refugee Commission\b",
        "womensrefugeecommission.org",
    ),
    _p("Freedom House", "ngo_report", r"\bFreedom House\b", "freedomhouse.org"),
    _p(
        "Doctors Without Borders (MSF)",
        "ngo_report",
        r"\bDoctors Without Borders\b|\bM[ée]decins Sans Fronti[èe]res\b"
        r"|\bM[ée]dicos Sin Fronteras\b",
        "msf.org",
        "doctorswithoutborders.org",
    ),
    _p("InSight Crime", "news", r"\bInSight Crime\b", "insightcrime.org"),
    _p(
        "United Nations",
        "un_document",
        r"\bUnited Nations\b|\bNaciones Unidas\b|\bGeneral Assembly\b|\bAsamblea General\b",
        "un.org",
        "undocs.org",
    ),
)


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def guess_publisher(
    *, url: str = "", sitename: str = "", title: str = "", head: str = ""
) -> tuple[str, str]:
    """(publisher, kind) of the first known publisher found in the web address,
    then the site name, then the title, then the top of the first page."""
    host = _host(url)
    if host:
        for known in KNOWN_PUBLISHERS:
            if any(host == h or host.endswith("." + h) for h in known.hosts):
                return known.name, known.kind
    for text in (sitename, title, head[:PUBLISHER_HEAD_CHARS]):
        best: tuple[int, int] | None = None
        for order, known in enumerate(KNOWN_PUBLISHERS):
            match = known.pattern.search(text)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), order)
        if best is not None:
            known = KNOWN_PUBLISHERS[best[1]]
            return known.name, known.kind
    return "", ""


_CASE_TITLE = re.compile(r"\b(?:v\.|vs\.?|versus)\s|\bcaso\b", re.IGNORECASE)
_TESTIMONY_TITLE = re.compile(
    r"\b(?:declaration of|affidavit|testimony|declaraci[oó]n jurada|testimonio)\b", re.IGNORECASE
)


def guess_kind(title: str) -> str:
    if _CASE_TITLE.search(title):
        return "court_decision"
    if _TESTIMONY_TITLE.search(title):
        return "testimony"
    return ""


# ---------------------------------------------------------------- titles
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled(?:\s+document)?|adsız doküman|documento sin t[ií]tulo|sans titre"
    r"|microsoft (?:word|powerpoint|excel) - .*|powerpoint presentation|slide \d+|title"
    r"|.*\.(?:docx?|pdf|txt|rtf|odt|html?|tex|dvi|indd|qxd|xlsx?|pptx?))$",
    re.IGNORECASE,
)
MAX_TITLE = 200


def clean_title(title: str) -> str:
    """Whitespace-normalised title, or "" for placeholders such as 'Untitled document'
    or a word processor's file name."""
    title = " ".join((title or "").split())
    if not title or _PLACEHOLDER_TITLE.match(title):
        return ""
    return title[:MAX_TITLE]


# Section headings that open many reports; as a title they would name every report alike.
GENERIC_HEADINGS = frozenset(
    "executive summary|summary|introduction|contents|table of contents|abstract|preface|"
    "foreword|overview|resumen ejecutivo|resumen|introducción|índice|contenido|prefacio".split("|")
)


def first_line_title(text: str) -> str:
    """First non-empty short line with letters in it, unless it is a generic heading; a
    heading broken over lines is joined ("RESOLUCIÓN DE LA" + "CORTE INTERAMERICANA …")."""
    lines = [" ".join(line.split()) for line in text[:HEAD_CHARS].splitlines()]
    for index, line in enumerate(lines):
        if 3 <= len(line) <= MAX_TITLE and any(ch.isalpha() for ch in line):
            if line.lower().rstrip(":.") in GENERIC_HEADINGS:
                return ""
            title = line
            for following in lines[index + 1 :]:
                too_long = len(title) + len(following) >= MAX_TITLE
                if too_long or not continues_heading(title, following):
                    break
                title = f"{title} {following}"
            return title
    return ""


# ---------------------------------------------------------------- assembly
def finish(
    fmt: str,
    pages: Sequence[ExtractedPage],
    *,
    title: str = "",
    title_origin: str = "file_metadata",
    author: str = "",
    author_origin: str = "file_metadata",
    published: str = "",
    published_origin: str = "page_meta",
    file_date: str = "",
    file_date_origin: str = "file_metadata",
    accessed: str = "",
    url: str = "",
    url_origin: str = "page_meta",
    sitename: str = "",
    language_hint: str = "",
    warnings: Sequence[str] = (),
    needs_ocr: bool = False,
    guess_from_text: bool = True,
) -> ExtractedDocument:
    """Fill the guesses an importer could not read from the file itself, recording where
    each came from (origins.py).

    `published` is a date the document states about itself (a web page's JSON-LD); when
    there is none, a date in the title, then a date printed on a short line at the top of
    the first page, and only then `file_date` (the file's metadata, often the day someone
    converted it: a 1997 ruling "created" in 2017). `guess_from_text=False` keeps the body
    text out of the publisher and date guesses (web pages carry their own metadata; their
    text mentions other bodies).
    """
    sample_parts: list[str] = []
    size = 0
    for page in pages:
        if size >= SAMPLE_CHARS:
            break
        sample_parts.append(page.text)
        size += len(page.text)
    sample = "\n".join(sample_parts)
    head = sample[:HEAD_CHARS]
    origins: dict[str, str] = {}
    given_title = clean_title(title)
    title = given_title or first_line_title(head)
    if title:
        origins["title"] = title_origin if given_title else "text"
    text_head = head if guess_from_text else ""
    if published:
        origins["published"] = published_origin
    else:
        for found, origin in (
            (date_in_text(title), origins.get("title", "")),
            (date_on_short_line(text_head), "text"),
            (file_date, file_date_origin),
        ):
            if found:
                published = found
                origins["published"] = origin
                break
    publisher, kind = guess_publisher(url=url, sitename=sitename, title=title, head=text_head)
    if publisher:
        origins["publisher"] = "known_publisher"
    author = clean_author(author)
    if author:
        origins["author"] = author_origin
    if url:
        origins["url"] = url_origin
    if accessed:
        origins["accessed"] = "saved_page"
    document = ExtractedDocument(
        format=fmt,
        pages=tuple(pages),
        title=title,
        publisher=publisher,
        author=author,
        published=published,
        url=url,
        language=guess_language(sample, language_hint),
        kind=kind or guess_kind(title),
        warnings=tuple(warnings),
        needs_ocr=needs_ocr,
        accessed=accessed,
        origins=tuple(sorted(origins.items())),
    )
    return known_reports.apply(document)
