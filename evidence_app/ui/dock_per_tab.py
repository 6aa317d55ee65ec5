"""The Excerpts dock belongs to the Library tab: opened there, it stayed on the Cases tab and
squeezed the case form to ~330 pixels. Leaving the Library tab hides it; coming back shows
it again if it was open. Opened on purpose on the Cases tab (Ctrl+E), it shows there too."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QTabWidget, QWidget


class DockPerTab(QObject):
    def __init__(self, dock: QDockWidget, tabs: QTabWidget, home: QWidget) -> None:
        super().__init__(dock)
        self.dock = dock
        self.tabs = tabs
        self.home = home  # the tab the dock belongs to
        self.open_at_home = dock.isVisible()
        self._was_home = tabs.currentWidget() is home
        tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, _index: int) -> None:
        at_home = self.tabs.currentWidget() is self.home
        if at_home and not self._was_home:
            self.dock.setVisible(self.open_at_home)
        elif self._was_home and not at_home:
            self.open_at_home = self.dock.isVisible()
            self.dock.hide()
        self._was_home = at_home
