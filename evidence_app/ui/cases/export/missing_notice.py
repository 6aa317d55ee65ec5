"""The export dialog's notice of exhibits with no English translation: listed first, and
building needs a choice (export anyway, marked "translation to follow")."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ...labels import language_label


class MissingTranslationsNotice(QWidget):
    """`missing`: (tab, language code, title) of each exhibit with no English translation."""

    def __init__(self, missing: list[tuple[str, str, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.missing = missing
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setObjectName("missingTranslations")
        self.label.setStyleSheet(
            "#missingTranslations { background: #fff4e5; border: 1px solid #e0a030; "
            "padding: 6px; }")
        self.to_follow_check = QCheckBox(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.to_follow_check)
        self.setVisible(bool(missing))
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self._text())
        self.to_follow_check.setText(self.tr(
            "Export anyway: mark these exhibits “translation to follow” in the index (no "
            "certificate of translation is printed for them)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _text(self) -> str:
        if not self.missing:
            return ""
        rows = "".join(
            "<li>" + self.tr("Tab %1 (%2): %3").replace("%1", escape(tab)).replace(
                "%2", escape(language_label(language) if language else "?")).replace(
                "%3", escape(title)) + "</li>"
            for tab, language, title in self.missing)
        return ("<b>" + self.tr("No English translation, so no certificate of translation:")
                + f"</b><ul style='margin: 2px 0'>{rows}</ul>" + self.tr(
                    "A court needs a certified English translation of each document not in "
                    "English. Attach one to the source (right-click it in the sources list: "
                    "Attach English translation…), or type one for each quote of an exhibit of "
                    "excerpts."))
