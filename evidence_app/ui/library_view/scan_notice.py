"""The reader's notice for a scanned PDF (a source that needs OCR): instead of a blank text
pane, say why there is no text and offer "View original" and "Run OCR"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget


class ScanNotice(QFrame):
    """Signals: `view_original()`, `run_ocr()`."""

    view_original = Signal()
    run_ocr = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.original_button = QPushButton(self)
        self.ocr_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.original_button)
        layout.addWidget(self.ocr_button)
        self.original_button.clicked.connect(self.view_original)
        self.ocr_button.clicked.connect(self.run_ocr)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr(
            "This PDF is a scan: its pages have no text yet, so they cannot be searched or "
            "clipped. View the original pages, or run OCR to read their text."))
        self.original_button.setText(self.tr("View &original"))
        self.ocr_button.setText(self.tr("Run &OCR…"))
        self.ocr_button.setToolTip(self.tr("Read the text of scanned PDFs (English and Spanish)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
