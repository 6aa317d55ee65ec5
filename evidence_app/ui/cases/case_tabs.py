"""The tabs of the case shown: Details, Exhibits, Coverage, Preview and Screen, their titles
counting exhibits, coverage gaps and countries to check."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from .case_form import CaseForm
from .coverage_view import CoverageView
from .exhibits_list import ExhibitsList
from .packet_preview import PacketPreview
from .screen_panel import ScreenPanel


class CaseTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = CaseForm(None, self)
        self.exhibits = ExhibitsList(self)
        self.coverage = CoverageView(self)
        self.preview = PacketPreview(self)
        self.screen_panel = ScreenPanel(self)
        for widget in (self.form, self.exhibits, self.coverage, self.preview, self.screen_panel):
            self.addTab(widget, "")
        self.exhibit_count = 0
        self.update_titles()

    def update_titles(self, exhibit_count: int | None = None) -> None:
        if exhibit_count is not None:
            self.exhibit_count = exhibit_count
        gaps = self.coverage.model.gaps()
        self.setTabText(0, self.tr("&Details"))
        self.setTabText(1, self.tr("E&xhibits (%1)").replace("%1", str(self.exhibit_count)))
        self.setTabText(2, self.tr("C&overage (%n gaps)", "", gaps) if gaps
                        else self.tr("C&overage"))
        self.setTabText(3, self.tr("&Preview"))
        outside = self.screen_panel.outside_count()
        self.setTabText(4, self.tr("Sc&reen (%n to check)", "", outside) if outside
                        else self.tr("Sc&reen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.update_titles()
        super().changeEvent(event)
