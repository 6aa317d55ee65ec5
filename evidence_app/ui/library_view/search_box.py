"""The search field: debounced as the user types, with syntax help and a related-terms switch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QWidget,
)

DEBOUNCE_MS = 250


class SyntaxHelp(QLabel):
    """A small popup that explains the query syntax with examples."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setMargin(12)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setMinimumWidth(380)
        self.retranslate()

    def retranslate(self) -> None:
        rows = [
            ("gang violence", self.tr("pages with both words")),
            ('"gang violence"', self.tr("the exact phrase")),
            ('"gang threat"~5', self.tr("both words within 5 words of each other")),
            ("gang OR cartel", self.tr("either word")),
            ("gang NOT police", self.tr("the first word without the second")),
            ("deport*", self.tr("words starting with deport")),
        ]
        body = "".join(f"<tr><td><code>{q}</code></td><td>&nbsp;{d}</td></tr>" for q, d in rows)
        self.setText(
            "<b>{title}</b><table cellpadding='2'>{body}</table><p>{related}</p>".format(
                title=self.tr("How to search"),
                body=body,
                related=self.tr(
                    "Words match their other forms (gang, gangs). Turn on “Related terms” to "
                    "also find equivalent words in English and Spanish, such as pandilla for "
                    "gang. Use the filters on the left to narrow by country, risk, kind, "
                    "language or year."
                ),
            )
        )


class SearchBox(QWidget):
    """Emits `search_requested(text, related)` 250 ms after typing stops, or at once on Enter."""

    search_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(190)  # the toolbar must fit a 1024-pixel window in Spanish
        self.edit.installEventFilter(self)
        self.related = QToolButton(self)
        self.related.setCheckable(True)
        self.related.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.help_button = QToolButton(self)
        self.help_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
        )
        self.help_button.setAutoRaise(True)
        self._help: SyntaxHelp | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.related)
        layout.addWidget(self.help_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._emit)
        self.related.toggled.connect(lambda _on: self._emit())
        self.help_button.clicked.connect(self.show_help)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search sources, e.g. gang* deportees"))
        self.edit.setAccessibleName(self.tr("Search"))
        self.edit.setToolTip(
            self.tr("Search every page of every source ({shortcut})").format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.related.setText(self.tr("Related terms"))
        self.related.setAccessibleName(self.tr("Related terms"))
        self.related.setToolTip(
            self.tr("Also find related words and their English or Spanish equivalents")
        )
        self.help_button.setToolTip(self.tr("How to search"))
        self.help_button.setAccessibleName(self.tr("How to search"))
        if self._help is not None:
            self._help.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and self.edit.text()):
            self.edit.clear()  # Escape clears the search, as in Zotero and Calibre
            self._emit()
            return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- API
    def text(self) -> str:
        return self.edit.text().strip()

    def is_related(self) -> bool:
        return self.related.isChecked()

    def set_text(self, text: str) -> None:
        """Set the query and search at once (no debounce)."""
        self.edit.setText(text)
        self._emit()

    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def show_help(self) -> None:
        if self._help is None:
            self._help = SyntaxHelp(self)
        self._help.adjustSize()
        below = self.help_button.mapToGlobal(QPoint(0, self.help_button.height()))
        self._help.move(below.x() - self._help.width() + self.help_button.width(), below.y())
        self._help.show()

    def _emit(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.text(), self.is_related())
