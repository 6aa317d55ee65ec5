"""The first-run page: what the app is for, two big buttons, ACA countries and risk tags."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

COLUMN_WIDTH = 760


class StartPage(QWidget):
    """Shown instead of the library view while the library is empty (or none is open)."""

    import_requested = Signal()
    open_requested = Signal()
    starter_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartPage")

        self.title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)

        self.lead = self._paragraph(scale=1.15)
        self.steps = self._paragraph()
        self.steps.setTextFormat(Qt.TextFormat.RichText)

        self.import_button = self._big_button(
            QIcon.fromTheme("document-import", self.style().standardIcon(
                QStyle.StandardPixmap.SP_FileDialogNewFolder))
        )
        self.open_button = self._big_button(
            QIcon.fromTheme("document-open", self.style().standardIcon(
                QStyle.StandardPixmap.SP_DialogOpenButton))
        )
        # The first minute of a new library, offline: the reports judges know best, shipped.
        self.starter_button = self._big_button(
            QIcon.fromTheme("document-open", self.style().standardIcon(
                QStyle.StandardPixmap.SP_FileDialogContentsView))
        )
        self.starter_button.setObjectName("starterButton")
        self.starter_button.setDefault(True)
        self.starter_button.clicked.connect(self.starter_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.open_button.clicked.connect(self.open_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.open_button)

        self.aca_heading = self._heading()
        self.aca_text = self._paragraph()
        self.tags_heading = self._heading()
        self.tags_text = self._paragraph()

        column = QWidget(self)
        column.setMaximumWidth(COLUMN_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.lead)
        inner.addSpacing(6)
        inner.addWidget(self.starter_button)
        inner.addLayout(buttons)
        inner.addSpacing(6)
        inner.addWidget(self.steps)
        inner.addWidget(self._rule())
        inner.addWidget(self.aca_heading)
        inner.addWidget(self.aca_text)
        inner.addSpacing(6)
        inner.addWidget(self.tags_heading)
        inner.addWidget(self.tags_text)
        inner.addStretch(1)

        holder = QWidget(self)
        centre = QHBoxLayout(holder)
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Evidence Library"))
        self.lead.setText(
            self.tr(
                "Collect reports about the countries where the United States sends people "
                "seeking asylum, find the passages that show the danger they would face there, "
                "clip them with their page numbers, and export a cited evidence packet for court."
            )
        )
        self.starter_button.setText(self.tr(
            "Add the State Department reports for the ACA countries, 2016–2024\n"
            "81 reports, no internet needed"))
        self.starter_button.setToolTip(self.tr(
            "The U.S. State Department's Country Reports on Human Rights Practices for "
            "Belize, Ecuador, El Salvador, Guatemala, Honduras, Mexico, Panama, Paraguay and "
            "Uganda, shipped with the app. You can remove any of them later."))
        self.import_button.setText(self.tr("Import sources…"))
        self.import_button.setToolTip(
            self.tr("Add PDF files, saved web pages, text or Word files (Ctrl+O)")
        )
        self.open_button.setText(self.tr("Open a library…"))
        self.open_button.setToolTip(self.tr("Open a library folder someone shared with you"))
        self.steps.setText(
            self.tr(
                "<ol style='margin-left:0'>"
                "<li><b>Import</b> reports from the State Department, the UN, human-rights "
                "groups and the news.</li>"
                "<li><b>Search</b> for words such as <i>extortion</i> or <i>deportees</i>, "
                "and narrow the results by country and risk type.</li>"
                "<li><b>Clip</b> a passage: select it in the reader and press Clip (Ctrl+K). "
                "The page number is kept for the citation.</li>"
                "<li><b>Export</b> the excerpts and pages as one numbered packet.</li>"
                "</ol>"
            )
        )
        self.aca_heading.setText(self.tr("What are ACA countries?"))
        self.aca_text.setText(
            self.tr(
                "Under Asylum Cooperative Agreements (ACAs) the United States can send a person "
                "who asks for asylum to another country and tell them to seek protection there "
                "instead. The countries with an agreement now are <b>Belize, Ecuador, "
                "Guatemala, Honduras, Paraguay and Uganda</b>. El Salvador signed one in 2019, "
                "but that agreement ended. Reports that show people are in danger in those "
                "countries, or cannot get a fair asylum process there, are the evidence this "
                "app helps you gather. ACA countries are listed first and marked in the app."
            )
        )
        self.tags_heading.setText(self.tr("What are risk tags?"))
        self.tags_text.setText(
            self.tr(
                "Every source and excerpt can be tagged with countries and with <b>risk "
                "types</b>: for example gang violence, violence against women, danger for "
                "LGBTQI people, or no fair asylum procedure. Risk types are grouped by the legal "
                "question they help answer, such as risk of persecution, risk of torture, or "
                "being sent on to the country the person fled. The app suggests tags from the "
                "text; accept one with a single click."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- building blocks
    def _paragraph(self, scale: float = 1.0) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if scale != 1.0:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            label.setFont(font)
        return label

    def _heading(self) -> QLabel:
        label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _big_button(self, icon: QIcon) -> QPushButton:
        button = QPushButton(self)
        button.setIcon(icon)
        size = self.fontMetrics().height()
        button.setIconSize(QSize(size * 2, size * 2))
        button.setMinimumHeight(size * 3 + 8)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        button.setFont(font)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _rule(self) -> QFrame:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line
