"""The one place citations are formatted (PACKET.md "Citation format").

    U.S. Dep't of State, Guatemala 2023 Human Rights Report 12 (2024),
    https://www.state.gov/… (last visited Nov. 20, 2026).

Institutional author (abbreviated the Bluebook way), title, pinpoint (the cite label:
printed page, PDF page or "¶ 12–15"), date, URL, and the last-visited date for web pages.
A style change happens here and nowhere else: the index, the tab and head pages, the
evidence summary and the plain-text citation list all call `format_citation`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..model import Source

MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")

# Bluebook table T6 (institutional authors), the words that appear in our sources' names.
_ABBREVIATIONS = (
    ("United States", "U.S."),
    ("United Nations", "U.N."),
    ("Department", "Dep't"),
    ("Government", "Gov't"),
    ("International", "Int'l"),
    ("Commissioner", "Comm'r"),
    ("Commission", "Comm'n"),
    ("Committee", "Comm."),
    ("Organization", "Org."),
    ("Organisation", "Org."),
    ("Association", "Ass'n"),
    ("National", "Nat'l"),
    ("Administration", "Admin."),
    ("Institute", "Inst."),
    ("Development", "Dev."),
)
_ABBREVIATION_RES = tuple(
    (re.compile(rf"\b{re.escape(word)}\b"), short) for word, short in _ABBREVIATIONS
)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def abbreviate_institution(name: str) -> str:
    name = " ".join(name.split())
    for pattern, short in _ABBREVIATION_RES:
        name = pattern.sub(short, name)
    return name.replace(" and ", " & ")


def format_date(iso: str) -> str:
    """"2024" -> "2024", "2025-01" -> "Jan. 2025", "2024-03-20" -> "Mar. 20, 2024"."""
    match = _DATE.match(iso.strip())
    if not match:
        return iso.strip()
    year, month, day = match.groups()
    if not month or not 1 <= int(month) <= 12:
        return year
    name = MONTHS[int(month) - 1]
    if not day or not 1 <= int(day) <= 31:
        return f"{name} {year}"
    return f"{name} {int(day)}, {year}"


def is_web_page(source: Source) -> bool:
    """Web pages get a last-visited date: saved HTML, or any text that came from a URL."""
    return source.format == "html" or (bool(source.url) and source.format not in ("pdf", "docx"))


def last_visited(source: Source) -> str:
    """The day the page was read: `accessed`, else the day it was saved into the library."""
    return source.accessed or source.added_at[:10]


# Reports of these kinds are cited by institution; a personal name in their metadata is
# usually whoever typed the file ("cla"), not an author.
INSTITUTIONAL_KINDS = ("government_report", "ngo_report", "un_document", "court_decision")


def personal_author(source: Source) -> str:
    author = " ".join(source.author.split())
    if source.publisher.strip() and source.kind in INSTITUTIONAL_KINDS:
        return ""
    return author


def author_of(source: Source) -> str:
    """Who the citation names first: the institution, or a personal author of a news
    story, article or testimony."""
    return personal_author(source) or abbreviate_institution(source.publisher)


def format_citation(
    source: Source, pinpoint: str = "", *, markup: Callable[[str], str] | None = None
) -> str:
    """A full citation; `pinpoint` is a cite label. `markup` (packet.fonts.markup, given by
    the packet that lays it out: citing/ sits below packet/) gives ReportLab markup: each
    piece of text passed through it (escaped, fonts switched for other scripts), the title
    in italics."""
    esc = markup or _same
    title = " ".join(source.title.split()) or source.original_name or f"Source {source.id}"
    body = f"<i>{esc(title)}</i>" if markup else title
    if pinpoint:
        body += " " + esc(pinpoint)
    lead = author_of(source)
    text = f"{esc(lead)}, {body}" if lead else body
    date = format_date(source.published) if source.published else "n.d."
    if personal_author(source) and source.publisher.strip():
        date = f"{abbreviate_institution(source.publisher)} {date}"
    text += f" ({esc(date)})"
    if source.url:
        text += ", " + esc(source.url)
        visited = last_visited(source)
        if is_web_page(source) and visited:
            text += f" (last visited {esc(format_date(visited))})"
    return text + "."


def transcription_note(source: Source) -> str:
    """What the head page of a laid-out web page says about its text: a transcription of
    the page as saved, from where and when, so nobody takes it for the page's own print."""
    if not is_web_page(source):
        return ""
    where = f" from {source.url}" if source.url else ""
    if source.accessed:
        when = f"saved on {format_date(source.accessed)}"
    else:
        when = f"saved into the library on {format_date(source.added_at[:10])}"
    return (
        f"The text of this exhibit is a transcription of the web page {when}{where}; "
        "paragraph numbers (\u00b6) count the paragraphs of its main text."
    )


def _same(text: str) -> str:
    return text


def format_pinpoints(items: Sequence[tuple[str, int | None]]) -> str:
    """"Cited at 12 (packet p. 45); ¶ 7 (packet p. 50)": cite labels with packet pages."""
    seen: list[str] = []
    for label, packet_page in items:
        text = label if packet_page is None else f"{label} (packet p. {packet_page})"
        if text not in seen:
            seen.append(text)
    return "Cited at " + "; ".join(seen) if seen else ""


def exhibit_label(ordinal: int, lettered: bool) -> str:
    """1, 2, 3… for country conditions; A, B, … Z, AA, AB… for applicant-specific documents."""
    if ordinal < 1:
        raise ValueError("ordinal starts at 1")
    if not lettered:
        return str(ordinal)
    letters = ""
    n = ordinal
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def tab_title(label: str) -> str:
    """What the tab page and the bookmark call an exhibit."""
    return f"Tab {label}"


def short_title(source: Source, limit: int = 90) -> str:
    title = " ".join(source.title.split()) or source.original_name or f"Source {source.id}"
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "\u2026"
