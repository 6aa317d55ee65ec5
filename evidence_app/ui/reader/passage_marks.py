"""The reader's mark of what the passage shown is about: its risk types (passage labels),
with the ones ticked in the filters marked, so the passages of a ticked risk type stand out
while paging through a long report."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

# The reader's toolbar must fit a 1024-pixel window in Spanish: long names are elided (the
# tooltip has them all).
MAX_WIDTH = 170


class PassageMark(QLabel):
    """"■ LGBTQI persons" on a highlighted band when the page is about a ticked risk type;
    the page's other risk types in grey; nothing on a page without labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passageMark")
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setContentsMargins(6, 0, 6, 0)
        self.marked: tuple[str, ...] = ()
        self.has_labels = False

    def set_page(
        self, labels: Mapping[str, float], ticked: Sequence[str], names: Mapping[str, str]
    ) -> None:
        self.marked = tuple(s for s in ticked if s in labels)
        about = [names.get(s, s) for s in sorted(labels, key=lambda s: -labels[s])]
        if self.marked:
            self._set_elided("■ " + ", ".join(names.get(s, s) for s in self.marked))
            self.setStyleSheet("#passageMark { background: palette(highlight);"
                               " color: palette(highlighted-text); border-radius: 3px; }")
        else:
            self._set_elided(", ".join(about[:2]) + ("…" if len(about) > 2 else ""))
            self.setStyleSheet("")
        if about:
            tip = self.tr("This passage is about: {types}").format(types=", ".join(about))
            if self.marked:
                tip += "\n" + self.tr("Marked: it is about a risk type ticked in the filters.")
        else:
            tip = ""
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
        # shown or hidden through its toolbar action (a hidden toolbar widget would still
        # take its place)
        self.has_labels = bool(about)

    def _set_elided(self, text: str) -> None:
        self.setText(self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, MAX_WIDTH - 12))
        self.setMaximumWidth(MAX_WIDTH)
