"""The original page of a PDF source, rendered by QtPdf, with the query's words marked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class PdfPageView(QWidget):
    """Shows one page of a PDF at the pane's width. Loading is lazy and per file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setSearchModel(self.search_model)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self.view)
        self._layout.addWidget(self.message)
        self.path: Path | None = None
        self.page_index = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Original page"))
        if self.path is None:
            self.message.setText(self.tr("The original page is shown here for PDF sources."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, path: Path | None) -> bool:
        """Open a PDF (once per file); False, with a message shown, if it cannot be read."""
        if path == self.path and self.document.status() == QPdfDocument.Status.Ready:
            return True
        self.path = path
        self.document.close()
        if path is None or not path.is_file():
            self.message.setText(self.tr("The original file of this source is missing."))
            self._layout.setCurrentWidget(self.message)
            return False
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.message.setText(
                self.tr("This PDF cannot be displayed (it may be damaged or protected).")
            )
            self._layout.setCurrentWidget(self.message)
            return False
        self._layout.setCurrentWidget(self.view)
        return True

    def clear(self) -> None:
        self.path = None
        self.document.close()
        self.search_model.setSearchString("")
        self.retranslate()
        self._layout.setCurrentWidget(self.message)

    def show_page(self, page_no: int, mark: str = "") -> None:
        """page_no is 1-based, as the library stores it; `mark` is a word to outline."""
        count = self.document.pageCount()
        if count <= 0:
            return
        self.page_index = max(0, min(count - 1, page_no - 1))
        self.view.pageNavigator().jump(self.page_index, QPointF(0, 0))
        self.search_model.setSearchString(mark)

    def page_count(self) -> int:
        return self.document.pageCount()
