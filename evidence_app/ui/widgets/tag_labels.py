"""The small label helpers (country names, risk labels, legal elements) that the dialogs
share, so every dialog names a tag the same way."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from evidence_app.model import Country, RiskType
from evidence_app.ui import i18n
from evidence_app.ui.labels import country_name

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

translate = QCoreApplication.translate


def ui_language() -> str:
    """'es' when the interface is shown in Spanish, else 'en' (picks tag labels)."""
    return "es" if i18n.current_language().startswith("es") else "en"


def fold(text: str) -> str:
    """Lower case without accents, for searching "mexico" and finding "México"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def legal_element_label(slug: str) -> str:
    labels = {
        "persecution": translate("Tags", "Risk of persecution"),
        "torture": translate("Tags", "Risk of torture"),
        "refoulement": translate("Tags", "Refoulement or chain refoulement"),
        "full_and_fair_procedure": translate(
            "Tags", "Access to a full and fair asylum procedure"
        ),
        "numerical_cap": translate("Tags", "Numerical cap on transfers"),
        "nationality_exclusion": translate("Tags", "Nationalities the country will not accept"),
        "": translate("Tags", "Other risk types"),
    }
    return labels.get(slug, slug.replace("_", " ").capitalize())


LEGAL_ELEMENTS = (
    "persecution",
    "torture",
    "refoulement",
    "full_and_fair_procedure",
    "numerical_cap",
    "nationality_exclusion",
)


class TagLabels:
    """Display names of country codes and risk slugs for one library, in the UI language."""

    def __init__(self, countries: Iterable[Country], risks: Iterable[RiskType]) -> None:
        self.lang = ui_language()
        self.countries = {c.code: c for c in countries}
        self.risks = {r.slug: r for r in risks}

    @classmethod
    def of(cls, library: Library) -> TagLabels:
        return cls(library.taxonomy.countries(), library.taxonomy.risk_types(include_hidden=True))

    def country(self, code: str) -> str:
        found = self.countries.get(code)
        return country_name(found, self.lang) if found else code

    def risk(self, slug: str) -> str:
        found = self.risks.get(slug)
        return found.label(self.lang) if found else slug

    def country_list(self, codes: Sequence[str]) -> str:
        return ", ".join(self.country(c) for c in codes)

    def risk_list(self, slugs: Sequence[str]) -> str:
        return ", ".join(self.risk(s) for s in slugs)
