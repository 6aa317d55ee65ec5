"""The reader's heading: the open source's title, its publisher, date and kind, links to the
other editions of its series, and a warning when its text came unverified from a bundle."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from evidence_app.model import Source

from ..labels import kind_label

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class SourceHeader(QWidget):
    edition_chosen = Signal(int)  # the source id of another edition

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.meta.linkActivated.connect(self._open_edition)
        # Page text kept from a bundle because the original file here has none (a scan).
        self.unverified = QLabel(self)
        self.unverified.setWordWrap(True)
        self.unverified.setObjectName("unverifiedText")
        self.unverified.setStyleSheet("QLabel#unverifiedText { color: #8a4b00; "
                                      "font-weight: bold; }")
        self.unverified.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.unverified)
        self.retranslate()

    def retranslate(self) -> None:
        self.unverified.setText(self.tr(
            "Text from a bundle, unverified: this text came with the source from another "
            "library and could not be read from the original file here."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.title.setText(self.tr("No source open"))
        self.meta.setText(self.tr("Choose a search result or a source to read it here."))
        self.meta.show()
        self.unverified.hide()

    def show_source(self, source: Source, library: Library | None) -> None:
        self.title.setText(source.title or source.original_name)
        self.meta.setText(self._meta_line(source, library))
        self.meta.setVisible(bool(self.meta.text()))
        self.unverified.setVisible(source.text_unverified)

    def _meta_line(self, source: Source, library: Library | None) -> str:
        parts = [html.escape(p) for p in (source.publisher, source.published) if p]
        if source.kind:
            parts.append(html.escape(kind_label(source.kind)))
        line = " · ".join(parts)
        if source.series and library is not None:
            line += self._editions_line(source, library)
        return line

    def _editions_line(self, source: Source, library: Library) -> str:
        """The other editions of the source's series as links, and a word when one is newer."""
        editions = library.starter.editions(source.id)
        if len(editions) < 2:
            return ""
        links = " ".join(
            f"<b>{html.escape(e.edition or e.published)}</b>" if e.id == source.id
            else f"<a href='source:{e.id}'>{html.escape(e.edition or e.published)}</a>"
            for e in editions)
        line = "<br>" + self.tr("Editions: %1").replace("%1", links)
        newer = library.starter.newer_edition(source.id)
        if newer is not None:
            line += "<br><b>" + html.escape(self.tr("A newer edition is in the library: %1.")
                                             .replace("%1", newer.edition or newer.published)
                                             ) + "</b>"
        return line

    def _open_edition(self, link: str) -> None:
        if link.startswith("source:") and link[7:].isdigit():
            self.edition_chosen.emit(int(link[7:]))
