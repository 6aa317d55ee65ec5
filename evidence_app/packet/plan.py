"""What the facade gathers for a packet: plain data only, so packet/ never reads the store."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from ..model import Excerpt, Page, Source
from ..model.cases import Case, Exhibit

LANGUAGE_NAMES = {
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "de": "German",
    "it": "Italian",
    "ar": "Arabic",
    "ru": "Russian",
    "uk": "Ukrainian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "ht": "Haitian Creole",
    "qu": "Quechua",
    "gn": "Guarani",
    "sw": "Swahili",
    "lg": "Luganda",
    "tr": "Turkish",
    "fa": "Persian",
    "ur": "Urdu",
    "he": "Hebrew",
    "th": "Thai",
    "el": "Greek",
    "am": "Amharic",
    "ti": "Tigrinya",
    "bn": "Bengali",
    "ta": "Tamil",
    "ne": "Nepali",
    "pa": "Punjabi",
    "vi": "Vietnamese",
    "ps": "Pashto",
    "so": "Somali",
    "ro": "Romanian",
    "nl": "Dutch",
    "pl": "Polish",
    "hy": "Armenian",
    "ka": "Georgian",
    "my": "Burmese",
    "km": "Khmer",
    "id": "Indonesian",
    "tl": "Tagalog",
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code.lower(), code) if code else "the original language"


@dataclass(frozen=True)
class PlannedTranslation:
    """The English translation file attached to an exhibit's source."""

    format: str  # "pdf", "docx" or "text"
    original_name: str
    sha256: str
    pages: tuple[str, ...]  # its text, laid out when it is not a PDF we can append
    path: Path | None = None  # the stored PDF whose pages follow the original, else None
    pdf_pages: int = 0  # page count of that PDF, filled in when the build opens it


@dataclass(frozen=True)
class PlannedExhibit:
    exhibit: Exhibit
    source: Source
    pages: tuple[Page, ...]  # the source pages the exhibit holds, in order
    excerpts: tuple[Excerpt, ...]  # its excerpts, in source order
    original: Path | None = None  # the stored PDF whose pages are appended, else None
    translation: PlannedTranslation | None = None  # attached English translation file

    @property
    def label(self) -> str:
        return self.exhibit.label

    @property
    def needs_translation(self) -> bool:
        """Not in English; a source of unknown language counts once a translation is attached
        (the user says it is foreign, and the translation must not go uncertified)."""
        language = self.source.language.lower()
        return language != "en" and (language != "" or self.translation is not None)

    @property
    def quotes_translated(self) -> bool:
        """An excerpts-only exhibit whose every quote has its English translation typed in:
        the translations printed under the quotes are what the certificate covers."""
        return (
            self.translation is None
            and self.exhibit.scope == "excerpts"
            and bool(self.excerpts)
            and all(x.translation.strip() for x in self.excerpts)
        )

    @property
    def has_translation(self) -> bool:
        return self.translation is not None or self.quotes_translated

    @property
    def translation_missing(self) -> bool:
        """Not in English and nothing to certify: no file attached, quotes not all translated."""
        return self.needs_translation and not self.has_translation


@dataclass(frozen=True)
class PacketPlan:
    case: Case
    exhibits: tuple[PlannedExhibit, ...]
    today: date
    country_names: tuple[str, ...] = ()  # of the case's countries, for the cover

    def fingerprint(self) -> str:
        """Changes whenever the packet's layout could: exhibits, pages, excerpts, sources."""
        data: list[object] = [
            self.case.packet_title,
            list(self.case.countries),
        ]
        data += [
            (
                e.exhibit.id,
                e.exhibit.label,
                [p.page_no for p in e.pages],
                [(x.id, x.page_no, x.start, x.end, x.translation, x.print_note, x.note)
                 for x in e.excerpts],
                asdict(e.source),
                e.original is not None,
                e.translation.sha256 if e.translation else "",
            )
            for e in self.exhibits
        ]
        return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:32]
