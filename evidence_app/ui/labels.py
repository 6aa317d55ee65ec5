"""Display names for codes the core stores: kinds, languages, cite labels, countries.

Shared by every panel so a kind or a country reads the same everywhere, in the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette

from evidence_app.model import Country, RiskType

from .i18n import current_language

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {
        "government_report": translate("Labels", "Government report"),
        "ngo_report": translate("Labels", "NGO report"),
        "un_document": translate("Labels", "UN document"),
        "news": translate("Labels", "News article"),
        "court_decision": translate("Labels", "Court decision"),
        "testimony": translate("Labels", "Testimony"),
        "academic": translate("Labels", "Academic work"),
        "other": translate("Labels", "Other"),
        "": translate("Labels", "Not set"),
    }
    return labels.get(kind, kind)


def language_label(code: str) -> str:
    known = {
        "en": translate("Labels", "English"),
        "es": translate("Labels", "Spanish"),
        "fr": translate("Labels", "French"),
        "pt": translate("Labels", "Portuguese"),
        "de": translate("Labels", "German"),
        "": translate("Labels", "Unknown"),
    }
    if code in known:
        return known[code]
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


def cite_text(label: str) -> str:
    """'p. 12' for a page label, the label itself for paragraph ranges ('¶ 3–5')."""
    roman = bool(label) and set(label.lower()) <= set("ivxlcdm")
    if label and (label[0].isdigit() or roman):
        return translate("Labels", "p. {label}").format(label=label)
    return label


def country_name(country: Country, lang: str | None = None) -> str:
    lang = lang or current_language()
    return country.name_es if lang == "es" and country.name_es else country.name_en


def risk_label(risk: RiskType, lang: str | None = None) -> str:
    return risk.label(lang or current_language())


def risk_description_text(risk: RiskType, lang: str | None = None) -> str:
    """The description in the window's language (the shipped ones have a Spanish text)."""
    from evidence_app.taxonomy import risk_description

    return risk_description(risk, lang or current_language())


def aca_status_label(status: str) -> str:
    labels = {
        "aca_active": translate("Labels", "ACA in force"),
        "aca_ended": translate("Labels", "ACA ended"),
        "stca": translate("Labels", "Safe third country agreement"),
        "approached": translate("Labels", "Approached for an ACA"),
        "": translate("Labels", "No agreement"),
    }
    return labels.get(status, status)


def highlight_colour(palette: QPalette, strength: float = 0.5) -> QColor:
    """Amber blended into the base colour: pale on light themes, deep on dark ones.

    The text keeps its palette colour, so it stays readable in both.
    """
    base = palette.color(QPalette.ColorRole.Base)
    amber = QColor(255, 193, 7)
    mix = max(0.0, min(1.0, strength))
    if base.lightness() < 128:
        mix *= 0.7  # a dark theme needs less amber to keep light text readable
    return QColor(
        round(base.red() + (amber.red() - base.red()) * mix),
        round(base.green() + (amber.green() - base.green()) * mix),
        round(base.blue() + (amber.blue() - base.blue()) * mix),
    )
