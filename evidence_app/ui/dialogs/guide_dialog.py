"""Help ▸ Guide (F1): a short built-in guide for helpers who are not lawyers.

The text ships as HTML in resources/guide/guide_<lang>.html, in the interface language
(English when there is no file for it). Links inside the guide jump to its sections;
nothing is ever loaded from the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from evidence_app.folder.paths import app_root

from ..i18n import current_language


def guide_path(lang: str) -> Path:
    folder = app_root() / "resources" / "guide"
    path = folder / f"guide_{lang}.html"
    return path if path.is_file() else folder / "guide_en.html"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.resize(760, 680)
        self.browser = QTextBrowser(self)
        # Anchors are handled here: only jumps inside the guide, never a browser or network.
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.language = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guide: Evidence Library for helpers"))
        self.browser.setAccessibleName(self.tr("Guide"))
        lang = current_language()
        if lang != self.language:
            self.language = lang
            path = guide_path(lang)
            try:
                html = path.read_text(encoding="utf-8")
            except OSError:
                html = "<p>" + self.tr("The guide is missing from this installation.") + "</p>"
            self.browser.setHtml(html)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.browser.scrollToAnchor(url.fragment())

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)
