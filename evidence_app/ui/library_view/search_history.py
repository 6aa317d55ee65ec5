"""Recent searches and saved searches, from a button beside the search box.

Both live in QSettings, under the library's folder, not in the library: they are the
user's working state, like recent files and window layout (STYLE.md puts those in
QSettings), they hold nothing a packet or a colleague receiving the library needs, and
keeping them out of SQLite spares a schema migration. A search is its words, "Related
terms" and the ticked filters.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QBoxLayout, QInputDialog, QMenu, QStyle, QToolButton, QWidget

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

    from .facets import FacetPanel
    from .search_box import SearchBox
    from .search_controller import ResultPage

RECENT = 12  # searches remembered


def _key(kind: str, folder: str) -> str:
    # one entry per library; QSettings keys cannot hold "/" or "\" safely
    safe = folder.replace("\\", "|").replace("/", "|")
    return f"SearchHistory/{kind}/{safe}"


def describe(search: dict[str, Any]) -> str:
    filters = [v for values in search.get("filters", {}).values() for v in values]
    text = str(search.get("text", ""))
    return f"{text}  [{', '.join(filters)}]" if filters else text


class SearchHistory(QObject):
    """Recent and saved searches of the open library: a button in `search_box`; a search
    puts back its words and `facets` ticks. `host` parents the dialog."""

    def __init__(
        self,
        host: QWidget,
        *,
        library: Callable[[], Library | None],
        search_box: SearchBox,
        facets: FacetPanel,
    ) -> None:
        super().__init__(host)
        self.host = host
        self._library = library
        self.search_box = search_box
        self.facets = facets
        self.button = QToolButton(search_box)
        self.button.setAutoRaise(True)
        self.button.setIcon(QIcon.fromTheme("document-open-recent", host.style().standardIcon(
            QStyle.StandardPixmap.SP_FileDialogDetailedView)))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill_menu)
        layout = search_box.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(1, self.button)  # after the words, before "Related terms"
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setToolTip(self.tr("Recent and saved searches"))
        self.button.setAccessibleName(self.tr("Recent and saved searches"))

    # ---------------------------------------------------------------- storage
    def _folder(self) -> str:
        library = self._library()
        return str(library.folder) if library is not None else ""

    def _load(self, kind: str) -> list[dict[str, Any]]:
        folder = self._folder()
        if not folder:
            return []
        try:
            value = json.loads(str(QSettings().value(_key(kind, folder), "[]")))
        except ValueError:
            return []
        return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

    def _store(self, kind: str, searches: list[dict[str, Any]]) -> None:
        folder = self._folder()
        if folder:
            QSettings().setValue(_key(kind, folder), json.dumps(searches, ensure_ascii=False))

    def recent(self) -> list[dict[str, Any]]:
        return self._load("recent")

    def saved(self) -> list[dict[str, Any]]:
        return self._load("saved")

    def current(self) -> dict[str, Any]:
        filters = {k: list(v) for k, v in self.facets.selection().items() if v}
        return {"text": self.search_box.text(), "related": self.search_box.is_related(),
                "filters": filters}

    def searched(self, page: ResultPage) -> None:
        """Connected to the search controller's result_ready: a new search is remembered."""
        search = self.current()
        if page.appended or not search["text"]:
            return
        recent = [s for s in self.recent() if {**s, "name": ""} != {**search, "name": ""}]
        self._store("recent", [search, *recent][:RECENT])

    def save_current(self, name: str | None = None) -> bool:
        search = self.current()
        if not search["text"]:
            return False
        if name is None:
            name, ok = QInputDialog.getText(self.host, self.tr("Save search"),
                                            self.tr("Name:"), text=search["text"])
            if not ok:
                return False
        search["name"] = name.strip() or search["text"]
        saved = [s for s in self.saved() if s.get("name") != search["name"]]
        self._store("saved", [*saved, search])
        return True

    def clear_recent(self) -> None:
        self._store("recent", [])

    # ---------------------------------------------------------------- running
    def run(self, search: dict[str, Any]) -> None:
        facets, box = self.facets, self.search_box
        facets.blockSignals(True)  # one search, not one per filter
        facets.clear_selection()
        for facet, values in dict(search.get("filters", {})).items():
            if facet in facets.sections:
                for value in values:
                    facets.set_checked(facet, str(value))
        facets.blockSignals(False)
        box.related.blockSignals(True)
        box.related.setChecked(bool(search.get("related", False)))
        box.related.blockSignals(False)
        box.set_text(str(search.get("text", "")))

    def _fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        saved, recent = self.saved(), self.recent()
        section = menu.addSection(self.tr("Saved searches"))
        section.setEnabled(False)
        for search in saved:
            menu.addAction(str(search.get("name") or describe(search)),
                           partial(self.run, search))
        save = menu.addAction(self.tr("Save this search…"), lambda: self.save_current())
        save.setEnabled(bool(self.search_box.text()))
        menu.addSection(self.tr("Recent searches"))
        for search in recent:
            menu.addAction(describe(search), partial(self.run, search))
        if not recent:
            menu.addAction(self.tr("No searches yet")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear recent searches"), self.clear_recent)
