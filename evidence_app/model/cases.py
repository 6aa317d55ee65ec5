"""Plain data of cases, exhibits and what the packet exports return. No I/O.

`Case` holds private data (name, A-number): it lives only in the local library, never in a
shared bundle, a log line or PDF metadata.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

DEFAULT_PACKET_TITLE = "Respondent's Submission of Country Conditions Evidence"
FILER_KINDS = ("pro_se", "representative")
EXHIBIT_SCOPES = ("whole", "pages", "excerpts")

# Fields of a case the user edits (new_case / edit_case keywords), in form order.
CASE_FIELDS = (
    "applicant_name",
    "a_number",
    "court_location",
    "judge",
    "hearing_date",
    "hearing_type",
    "filer_kind",
    "filer_name",
    "filer_address",
    "filer_phone",
    "filer_email",
    "filer_eoir_id",
    "translator_name",
    "translator_address",
    "translator_phone",
    "service_on",
    "service_method",
    "service_date",
    "packet_title",
    "notes",
    # the screen of the case against the agreements (migration 0010)
    "nationality",
    "entry_date",
    "unaccompanied",
)


@dataclass(frozen=True)
class Case:
    id: int
    applicant_name: str = ""
    a_number: str = ""  # digits only, 8 or 9 of them, "" when unknown
    court_location: str = ""
    judge: str = ""
    hearing_date: str = ""  # ISO date
    hearing_type: str = ""  # "master calendar", "individual (merits)", ...
    filer_kind: str = "pro_se"  # or "representative"
    filer_name: str = ""
    filer_address: str = ""
    filer_phone: str = ""
    filer_email: str = ""
    filer_eoir_id: str = ""
    translator_name: str = ""
    translator_address: str = ""
    translator_phone: str = ""
    service_on: str = ""  # e.g. "DHS/ICE Office of the Principal Legal Advisor"
    service_method: str = ""  # e.g. "ECAS electronic service", "first-class mail"
    service_date: str = ""
    packet_title: str = DEFAULT_PACKET_TITLE
    notes: str = ""
    countries: tuple[str, ...] = ()  # ACA countries at issue, ISO alpha-2
    nationality: str = ""  # the respondent's, ISO alpha-2; "" when unknown
    entry_date: str = ""  # ISO date of entry to the United States; "" when unknown
    unaccompanied: bool = False  # arrived as an unaccompanied child
    created_at: str = ""
    updated_at: str = ""

    @property
    def a_number_display(self) -> str:
        """"A 012-345-678": EOIR writes eight-digit numbers with a leading zero."""
        if not self.a_number:
            return ""
        digits = self.a_number.zfill(9)
        return f"A {digits[:3]}-{digits[3:6]}-{digits[6:]}"


@dataclass(frozen=True)
class Exhibit:
    id: int
    case_id: int
    position: int  # 1-based order in the packet
    source_id: int
    scope: str  # one of EXHIBIT_SCOPES
    page_ranges: str = ""  # "3-5,9": positions of pages in the source (scope "pages")
    lettered: bool = False  # applicant-specific document (A, B, C…), else numbered
    label: str = ""  # "1", "2"… or "A", "B"…, from the order
    excerpt_ids: tuple[int, ...] = ()
    source_title: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class CoverageMatrix:
    """Excerpt counts per (country, legal element) of a case; zero cells are the gaps."""

    case_id: int
    scope: str  # "case" (excerpts of its exhibits) or "library" (all excerpts)
    countries: tuple[str, ...]
    elements: tuple[tuple[str, str], ...]  # (slug, English label), taxonomy order
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    untagged: dict[str, int] = field(default_factory=dict)  # excerpts with no legal element

    def count(self, country: str, element: str) -> int:
        return self.counts.get((country, element), 0)

    def gaps(self) -> list[tuple[str, str]]:
        return [(c, e) for c in self.countries for e, _ in self.elements if not self.count(c, e)]


@dataclass(frozen=True)
class CurrencyWarning:
    exhibit_id: int
    label: str
    source_id: int
    published: str
    age_years: int
    newer_source_id: int | None = None
    newer_title: str = ""
    newer_published: str = ""


@dataclass(frozen=True)
class IndexRow:
    """One line of the index of exhibits, as printed."""

    exhibit_id: int
    label: str
    description: str  # the full citation, then the pinpoints with packet pages
    first_page: int
    last_page: int
    part: int = 1  # the part holding the exhibit (its first page when it is cut)
    # (part, first page, last page) of each piece of an exhibit cut between parts, else ()
    pieces: tuple[tuple[int, int, int], ...] = ()

    @property
    def pages(self) -> str:
        if self.first_page == self.last_page:
            return str(self.first_page)
        return f"{self.first_page}\u2013{self.last_page}"

    @property
    def parts(self) -> tuple[int, ...]:
        """Every part holding pages of the exhibit."""
        return tuple(p for p, _, _ in self.pieces) or (self.part,)

    @property
    def part_label(self) -> str:
        """"2", or "2\u20133" for an exhibit cut between parts."""
        parts = self.parts
        return str(parts[0]) if len(parts) == 1 else f"{parts[0]}\u2013{parts[-1]}"


@dataclass(frozen=True)
class PacketPart:
    path: str
    first_page: int
    last_page: int
    size: int  # bytes


@dataclass(frozen=True)
class PacketNote:
    """A warning of a packet build in parts, so a GUI can word it in its own language
    (PacketResult.warnings has the same in English, for the CLI)."""

    kind: str  # "part_too_large" or "original_unavailable"
    part: int = 0
    size_mb: float = 0.0
    limit_mb: float = 0.0
    exhibit: str = ""  # the exhibit's label
    detail: str = ""  # the underlying error, as the system gave it


@dataclass(frozen=True)
class PacketResult:
    parts: tuple[PacketPart, ...]
    total_pages: int
    index: tuple[IndexRow, ...]
    excerpt_pages: dict[int, int] = field(default_factory=dict)  # excerpt id -> packet page
    highlights: int = 0  # highlight annotations placed
    warnings: tuple[str, ...] = ()  # e.g. an exhibit alone over the size limit
    cancelled: bool = False
    notes: tuple[PacketNote, ...] = ()  # the warnings, for a translated GUI
    # packet pages [first, last] of the index of the evidence by legal element, when printed
    legal_index_pages: tuple[int, int] | None = None


@dataclass(frozen=True)
class SummaryRow:
    country: str  # ISO alpha-2, "" when the excerpt names none of the case's countries
    country_name: str
    risk: str  # risk type slug, "" when untagged
    risk_label: str
    exhibit_label: str
    excerpt_id: int
    quote: str
    citation: str  # full citation with the pinpoint
    packet_page: int | None
    translation: str = ""  # the English translation typed for the quote, "" when none


@dataclass(frozen=True)
class SummaryResult:
    path: str
    rows: tuple[SummaryRow, ...]
    packet_pages: str  # "last_build", "computed" or "none"
    note: str = ""


@dataclass(frozen=True)
class LegalTerms:
    """What the index needs of the taxonomy, as plain data (packet/ never reads the store).
    Dict order is the order of the index."""

    country_names: Mapping[str, str]
    elements: Mapping[str, str]  # legal element slug -> label
    risks: Mapping[str, tuple[str, str]]  # risk slug -> (label, legal element slug or "")


@dataclass(frozen=True)
class LegalIndexEntry:
    country: str  # ISO alpha-2, "" when the passage names no country
    country_name: str
    element: str  # legal element slug, "" for "Other evidence"
    element_label: str
    risk: str  # risk type slug, "" when untagged
    risk_label: str
    exhibit_label: str
    excerpt_id: int
    quote: str  # whitespace normalised
    packet_page: int | None = None

    @property
    def cite(self) -> str:
        """"Ex. 4 at 37" ("Ex. 4" while the page is not known)."""
        if self.packet_page is None:
            return f"Ex. {self.exhibit_label}"
        return f"Ex. {self.exhibit_label} at {self.packet_page}"


@dataclass(frozen=True)
class LegalIndexResult:
    path: str
    entries: tuple[LegalIndexEntry, ...]
    packet_pages: str  # "last_build", "computed" or "none"
    note: str = ""
    language: str = "en"


# What the cover page cannot do without: the applicant's name, the A-number (the File No.)
# and the immigration court. Without them the cover prints a lone "," and an empty File No.
COVER_FIELDS = ("applicant_name", "a_number", "court_location")
COVER_FIELD_NAMES = {"applicant_name": "name", "a_number": "A-number",
                     "court_location": "court"}


def missing_cover_fields(case: Any) -> tuple[str, ...]:
    """The COVER_FIELDS the case leaves blank, in cover order."""
    return tuple(key for key in COVER_FIELDS if not str(getattr(case, key, "") or "").strip())
