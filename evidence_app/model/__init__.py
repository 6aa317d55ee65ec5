"""Plain data shared by every layer. No I/O, no Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# progress(done, total, label): called between items by long work.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """Default progress callback: ignore."""


# ---------------------------------------------------------------- extraction
@dataclass(frozen=True)
class ExtractedPage:
    """One page (or numbered passage group) of text from an importer."""

    page_no: int  # 1-based position in the source
    label: str  # cite label: printed page label, PDF page number, or "¶ 12–15"
    text: str


@dataclass(frozen=True)
class ExtractedDocument:
    """What an importer returns: page texts plus metadata guesses."""

    format: str  # "pdf", "html", "text", "docx"
    pages: tuple[ExtractedPage, ...]
    title: str = ""
    publisher: str = ""
    author: str = ""
    published: str = ""  # ISO date, "YYYY" or "YYYY-MM"
    url: str = ""
    language: str = ""  # "en", "es" or another ISO 639-1 code, "" when unknown
    kind: str = ""  # one of KINDS, "" when no guess
    warnings: tuple[str, ...] = ()
    needs_ocr: bool = False
    accessed: str = ""  # when the saved page says it was saved, ISO date; "" when unknown
    # (field, origin code) for each metadata guess: where it came from (see origins.py)
    origins: tuple[tuple[str, str], ...] = ()


KINDS = (
    "government_report",
    "ngo_report",
    "un_document",
    "news",
    "court_decision",
    "testimony",
    "academic",
    "other",
)


# ---------------------------------------------------------------- library rows
@dataclass(frozen=True)
class Source:
    id: int
    sha256: str
    title: str
    publisher: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    accessed: str = ""
    language: str = ""
    kind: str = ""
    format: str = ""
    original_name: str = ""
    stored_file: str = ""  # path relative to the library folder
    page_count: int = 0
    added_at: str = ""
    notes: str = ""
    needs_ocr: bool = False
    countries: tuple[str, ...] = ()  # ISO alpha-2, upper case
    risks: tuple[str, ...] = ()  # risk type slugs
    # The tags above that the app applied at import (origin 'auto', e.g. the country the
    # title names); the others were set by a person. Editing a tag makes it the person's.
    auto_countries: tuple[str, ...] = ()
    auto_risks: tuple[str, ...] = ()
    ocr_file: str = ""  # OCR'd copy of a scanned PDF, relative to the library folder; "" if none
    series: str = ""  # editions of one report form a series ("us-dos-hrr:HN"); "" for none
    edition: str = ""  # the edition within its series (the report year, "2023")
    # (field, origin code): where each citation field came from (see origins.py)
    origins: tuple[tuple[str, str], ...] = ()
    # Page text kept from a bundle because it could not be extracted here (from bundle,
    # unverified): shown so in the reader and the packet.
    text_unverified: bool = False


@dataclass(frozen=True)
class SourceTags:
    """One source's tags with their origins ('user' or 'auto'), as they were: what undo of
    a bulk tag action puts back."""

    source_id: int
    countries: tuple[tuple[str, str], ...] = ()  # (code, origin)
    risks: tuple[tuple[str, str], ...] = ()  # (slug, origin)


@dataclass(frozen=True)
class BulkTagResult:
    """What "Accept suggested tags" or "Clear automatic tags" did to many sources."""

    changed: tuple[int, ...] = ()  # the sources whose tags changed
    before: tuple[SourceTags, ...] = ()  # their tags before, for undo
    added: int = 0  # tags added or made the person's
    removed: int = 0
    cancelled: bool = False
    changes: Changes = field(default_factory=lambda: Changes())


@dataclass(frozen=True)
class Page:
    source_id: int
    page_no: int
    label: str
    text: str


@dataclass(frozen=True)
class PageHeadingRow:
    """A section heading of a page: in force where it begins (start -1) or starting on it."""

    page_no: int
    level: int
    heading: str
    start: int


@dataclass(frozen=True)
class Excerpt:
    id: int
    source_id: int
    page_no: int
    start: int  # character offsets in the page text
    end: int
    quote: str
    cite_label: str = ""
    note: str = ""
    countries: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    created_at: str = ""
    source_title: str = ""
    # (exhibit id, position) of each exhibit it was in when deleted, so undo puts it back
    exhibit_links: tuple[tuple[int, int], ...] = ()
    translation: str = ""  # English translation of the quote, typed by the user
    print_note: bool = False  # notes are private unless the user marks one for the packet


@dataclass(frozen=True)
class DeletedSource:
    """A deleted source as undo puts it back (library.catalog.delete_source_undoably)."""

    source: Source
    pages: tuple[Page, ...]
    excerpts: tuple[Excerpt, ...]
    kept_files: tuple[tuple[str, str], ...] = ()  # (stored path, kept path), library-relative


@dataclass(frozen=True)
class SourceTranslation:
    """An English translation file attached to a foreign-language source."""

    source_id: int
    sha256: str
    format: str  # "pdf", "docx" or "text"
    original_name: str
    stored_file: str  # content-addressed, relative to the library folder
    page_count: int = 0
    text: str = ""  # extracted text, pages separated by form feeds
    added_at: str = ""

    @property
    def pages(self) -> tuple[str, ...]:
        return tuple(self.text.split("\f")) if self.text else ()


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name_en: str
    name_es: str
    aca_status: str = ""  # "aca_active", "aca_ended", "stca", "approached", ""
    aca_signed: str = ""
    aca_in_force: str = ""
    aca_ended: str = ""
    notes: str = ""
    names: tuple[str, ...] = ()  # names and demonyms in English and Spanish (for suggestions)

    @property
    def is_aca(self) -> bool:
        return self.aca_status in ("aca_active", "aca_ended")


@dataclass(frozen=True)
class RiskType:
    slug: str
    label_en: str
    label_es: str
    description: str = ""
    legal_element: str = ""  # e.g. "persecution", "torture", "full_and_fair_procedure"
    parent: str = ""
    keywords: tuple[str, ...] = ()  # English and Spanish keywords for tag suggestions
    hidden: bool = False
    user_defined: bool = False

    def label(self, lang: str = "en") -> str:
        return self.label_es if lang.startswith("es") and self.label_es else self.label_en


# ---------------------------------------------------------------- search
@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    countries: tuple[str, ...] = ()  # any of (OR within a facet)
    risks: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    since: str = ""  # ISO date prefix, inclusive
    until: str = ""
    related: bool = False  # expand with the bilingual thesaurus
    sort: str = "relevance"  # or "date"
    offset: int = 0  # in sources
    limit: int = 20  # sources per result page
    pages_per_source: int = 3
    passages: int = 20  # size of the flat best-passages list


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class PassageHit:
    """A page of a source that matches, with a snippet built from the page text."""

    source_id: int
    title: str
    page_no: int
    cite_label: str
    score: float
    snippet: str
    highlights: tuple[Span, ...] = ()  # spans inside `snippet`
    page_highlights: tuple[Span, ...] = ()  # spans inside the whole page text


@dataclass(frozen=True)
class SourceHit:
    source_id: int
    title: str
    score: float
    published: str
    pages: tuple[PassageHit, ...]  # best pages, best first
    matched_pages: int  # how many pages of the source match in all


@dataclass(frozen=True)
class SearchResult:
    query: SearchQuery
    sources: tuple[SourceHit, ...] = ()
    passages: tuple[PassageHit, ...] = ()
    total_sources: int = 0  # estimate for paging
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    terms: tuple[str, ...] = ()  # query words after expansion, for the reader's highlighting
    error: str = ""  # a malformed query gives a message here, never an exception


@dataclass(frozen=True)
class SearchPage:
    """A search answer with the metadata of the sources it lists, in one answer: the
    result list needs no second trip to the library."""

    result: SearchResult
    sources: dict[int, Source] = field(default_factory=dict)


@dataclass(frozen=True)
class BrowsePage:
    """An empty search: the sources passing the filters, in library order, with the facet
    counts (the same filters and drill-down counts as a search)."""

    sources: tuple[Source, ...]
    facets: dict[str, dict[str, int]]
    # {source_id: {slug: passages}} of the listed sources that have passage labels
    risk_counts: dict[int, dict[str, int]] = field(default_factory=dict)


# ---------------------------------------------------------------- results of verbs
@dataclass(frozen=True)
class Changes:
    """What a verb changed, so each panel refreshes only what it shows."""

    sources: bool = False
    tags: bool = False
    excerpts: bool = False
    cases: bool = False
    taxonomy: bool = False
    index: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            *(a or b for a, b in zip(self.astuple(), other.astuple(), strict=True))
        )

    def astuple(self) -> tuple[bool, ...]:
        return (self.sources, self.tags, self.excerpts, self.cases, self.taxonomy, self.index)


@dataclass(frozen=True)
class ImportFailure:
    path: str
    reason: str  # error code: "encrypted", "no_text", "damaged", "unsupported", "too_large", ...
    message: str  # English detail, for logs and the CLI


@dataclass(frozen=True)
class ImportReport:
    imported: tuple[Source, ...] = ()
    duplicates: tuple[tuple[str, int], ...] = ()  # (path, existing source id)
    failed: tuple[ImportFailure, ...] = ()
    needs_ocr: tuple[Source, ...] = ()  # imported, but with no text layer
    cancelled: bool = False
    changes: Changes = Changes()


@dataclass(frozen=True)
class TagSuggestion:
    code: str  # country code or risk slug
    score: float  # occurrences (countries) or keyword hits (risks)


@dataclass(frozen=True)
class Suggestions:
    countries: tuple[TagSuggestion, ...] = ()
    risks: tuple[TagSuggestion, ...] = ()


@dataclass(frozen=True)
class CheckProblem:
    kind: str  # "missing_file", "hash_mismatch", "orphan_page", "index_stale", "sqlite"...
    detail: str
    repaired: bool = False


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    problems: tuple[CheckProblem, ...] = ()
    sources: int = 0
    pages: int = 0
    files_checked: int = 0


@dataclass(frozen=True)
class CitationCheck:
    """An exhibit whose citation is still a guess or incomplete (see origins.GAPS)."""

    exhibit_id: int
    label: str  # the exhibit's tab label
    source_id: int
    title: str
    gaps: tuple[str, ...]  # origins.GAPS codes
