"""The window's body once a library has sources: the stale-index bar over two tabs, the
library (filters | results or sources table | reader) and its cases."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget


class LibraryArea(QWidget):
    def __init__(
        self,
        *,
        index_bar: QWidget,
        facets: QWidget,
        sources_table: QWidget,
        results: QWidget,
        reader: QWidget,
        cases_view: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.center = QStackedWidget(self)  # the sources table, or the results of a search
        self.center.addWidget(sources_table)
        self.center.addWidget(results)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(facets)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(reader)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([240, 500, 640])  # facets wide enough for most labels
        self.tabs = QTabWidget(self)  # the library's sources | its cases
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(cases_view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(index_bar)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Library"))
        self.tabs.setTabText(1, self.tr("Cases"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
