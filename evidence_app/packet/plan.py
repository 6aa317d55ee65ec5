"""What the facade gathers for a packet: plain data only, so packet/ never reads the store."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from ..model import Excerpt, Page, Source
from .model import Case, Exhibit

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
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code.lower(), code)


@dataclass(frozen=True)
class PlannedExhibit:
    exhibit: Exhibit
    source: Source
    pages: tuple[Page, ...]  # the source pages the exhibit holds, in order
    excerpts: tuple[Excerpt, ...]  # its excerpts, in source order
    original: Path | None = None  # the stored PDF whose pages are appended, else None

    @property
    def label(self) -> str:
        return self.exhibit.label

    @property
    def needs_translation(self) -> bool:
        return self.source.language.lower() not in ("", "en")


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
                [(x.id, x.page_no, x.start, x.end) for x in e.excerpts],
                asdict(e.source),
                e.original is not None,
            )
            for e in self.exhibits
        ]
        return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:32]
