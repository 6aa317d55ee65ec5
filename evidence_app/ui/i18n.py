"""Translators for the GUI: our own strings (resources/i18n/evidence_<lang>.qm) and Qt's.

`install_translators(app, lang)` replaces whatever was installed before, so switching the
language at run time is one call; Qt then sends a LanguageChange event to every widget and
each one re-applies its texts in `changeEvent`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from evidence_app.folder.paths import app_root

SETTINGS_KEY = "Preferences/language"
SUPPORTED = ("en", "es")

_installed: list[QTranslator] = []
_current = "en"


def i18n_dir() -> Path:
    return app_root() / "resources" / "i18n"


def available_languages() -> list[tuple[str, str]]:
    """(code, name) pairs for a language chooser; language names are in their own language."""
    system = QCoreApplication.translate("Preferences", "Same as the system")
    return [("system", system), ("en", "English"), ("es", "Español")]


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def resolve(lang: str) -> str:
    """'system' (or anything unknown) becomes a supported language code."""
    lang = (lang or "system").lower()
    if lang == "system" or lang not in SUPPORTED:
        return system_language()
    return lang


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, "system")
    return str(value) if value else "system"


def current_language() -> str:
    """The language the GUI shows now ("en" or "es"): picks country and risk-type labels."""
    return _current


def install_translators(
    app: QCoreApplication, lang: str = "system", folder: Path | None = None
) -> str:
    """Install translators for `lang` ("system", "en", "es"); return the language used.

    `folder` overrides where evidence_<lang>.qm is looked for (tests build their own).
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = resolve(lang)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    # English too: its .qm holds only plural forms, "1 exhibit" for the source "%n exhibits".
    ours = QTranslator(app)
    qm = (folder or i18n_dir()) / f"evidence_{code}.qm"
    if qm.is_file() and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
    _current = code
    return code
