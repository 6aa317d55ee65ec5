"""The sources table: browse the library without a query (title, publisher, date, kind,
countries, risk types, pages, added), sortable, with a context menu."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Country, RiskType, Source

from ..labels import country_name, kind_label, risk_label
from .bulk_tags import ACCEPT, CLEAR, action_text, action_tip

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

(
    COL_TITLE,
    COL_PUBLISHER,
    COL_DATE,
    COL_KIND,
    COL_COUNTRIES,
    COL_RISKS,
    COL_PAGES,
    COL_ADDED,
) = range(8)
COLUMNS = 8
_TIPPED = (COL_TITLE, COL_COUNTRIES, COL_RISKS)
DEFAULT_ORDER = (COL_TITLE, COL_COUNTRIES, COL_DATE, COL_RISKS, COL_PUBLISHER, COL_KIND,
                 COL_PAGES, COL_ADDED)


class SourcesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Source] = []
        self.countries: dict[str, Country] = {}
        self.risks: dict[str, RiskType] = {}
        # {source_id: its passages' risk types, most passages first}: shown where the user
        # set none
        self.passage_risks: dict[int, tuple[str, ...]] = {}
        self.scan_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning)

    def set_rows(self, rows: Sequence[Source]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_taxonomy(self, countries: Sequence[Country], risks: Sequence[RiskType]) -> None:
        self.countries = {c.code: c for c in countries}
        self.risks = {r.slug: r for r in risks}
        if self.rows:
            last = self.index(len(self.rows) - 1, COL_RISKS)
            self.dataChanged.emit(self.index(0, COL_COUNTRIES), last)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_TITLE: self.tr("Title"),
            COL_PUBLISHER: self.tr("Publisher"),
            COL_DATE: self.tr("Date"),
            COL_KIND: self.tr("Kind"),
            COL_COUNTRIES: self.tr("Countries"),
            COL_RISKS: self.tr("Risk types"),
            COL_PAGES: self.tr("Pages"),
            COL_ADDED: self.tr("Added"),
        }.get(section)

    def _country(self, code: str, auto: tuple[str, ...] = ()) -> str:
        country = self.countries.get(code)
        name = country_name(country) if country else code
        return self.tr("%1 (auto)").replace("%1", name) if code in auto else name

    def _risk(self, slug: str, auto: tuple[str, ...] = ()) -> str:
        risk = self.risks.get(slug)
        label = risk_label(risk) if risk else slug
        return self.tr("%1 (auto)").replace("%1", label) if slug in auto else label

    def _auto_tip(self, text: str, auto: bool) -> str:
        if not auto:
            return text
        return text + "\n" + self.tr("(auto): applied automatically at import, from the "
                                     "title, address, file name or text. Edit the tags to "
                                     "confirm or change them.")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self.rows[index.row()]
        column = index.column()
        if role == RecordRole:
            return source
        if column == COL_TITLE and source.needs_ocr:
            # a scanned PDF has no text to search or clip: marked, and said in words
            if role == Qt.ItemDataRole.DecorationRole:
                return self.scan_icon
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%1\nScanned: no text yet. Open it to view the original or "
                               "run OCR.").replace("%1", source.title or source.original_name)
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("%1 (scan, needs OCR)").replace(
                    "%1", source.title or source.original_name)
        derived = column == COL_RISKS and not source.risks and source.id in self.passage_risks
        if derived and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("From its passages (you set none): %1").replace(
                "%1", ", ".join(self._risk(r) for r in self.passage_risks[source.id]))
        if derived and role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            if column == COL_PAGES:
                return source.page_count if role == SortRole else str(source.page_count)
            value = {
                COL_TITLE: source.title or source.original_name,
                COL_PUBLISHER: source.publisher,
                COL_DATE: source.published,
                COL_KIND: kind_label(source.kind) if source.kind else "",
                COL_COUNTRIES: ", ".join(self._country(c, source.auto_countries)
                                         for c in source.countries),
                COL_RISKS: ", ".join(self._risk(r, source.auto_risks) for r in source.risks)
                or ", ".join(self._risk(r) for r in self.passage_risks.get(source.id, ())),
                COL_ADDED: source.added_at[:10],
            }[column]
            if role == SortRole:
                return source.added_at if column == COL_ADDED else value.lower()
            if role == Qt.ItemDataRole.ToolTipRole and column not in _TIPPED:
                return None
            if role == Qt.ItemDataRole.ToolTipRole and column in (COL_COUNTRIES, COL_RISKS):
                auto = source.auto_countries if column == COL_COUNTRIES else source.auto_risks
                return self._auto_tip(value, bool(auto))
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SourcesTable(QWidget):
    source_selected = Signal(int)
    source_activated = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    add_to_case_requested = Signal(int)
    attach_translation_requested = Signal(int)
    remove_translation_requested = Signal(int)
    # ("accept" or "clear", [source ids]): a bulk tag action on the selected sources
    bulk_tags_requested = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Whether a source has a translation attached (set by the translation actions).
        self.has_translation: Any = None
        self.model = SourcesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_ADDED, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows for the bulk tag actions; the current row still opens in the reader
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # "2022 Country Reports on Human Rights Practices: Honduras" ×16: the end tells them
        # apart, so long titles lose their middle, not their end
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        for column, width in ((COL_TITLE, 280), (COL_PUBLISHER, 150), (COL_DATE, 84),
                              (COL_KIND, 120), (COL_COUNTRIES, 110), (COL_RISKS, 170),
                              (COL_PAGES, 52), (COL_ADDED, 90)):
            header.resizeSection(column, width)
        # what tells sources apart first (title, countries, date), so the first columns fit
        # the pane of a 1280-pixel window; the order stays the user's to change
        for visual, column in enumerate(DEFAULT_ORDER):
            header.moveSection(header.visualIndex(column), visual)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(lambda index: self._emit(self.source_activated, index))
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._emit(self.source_selected, current)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Sources"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_sources(
        self, sources: Sequence[Source], risk_counts: dict[int, dict[str, int]] | None = None
    ) -> None:
        current = self.current_source_id()
        self.model.passage_risks = {sid: tuple(sorted(c, key=lambda s: -c[s]))
                                    for sid, c in (risk_counts or {}).items()}
        self.model.set_rows(sources)
        if current is not None:
            self.select_source(current)

    def current_source_id(self) -> int | None:
        index = self.view.currentIndex()
        source = index.data(RecordRole) if index.isValid() else None
        return source.id if source is not None else None

    def select_source(self, source_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, COL_TITLE)
            if index.data(RecordRole).id == source_id:
                self.view.setCurrentIndex(index)
                return True
        return False

    def selected_source_ids(self) -> list[int]:
        """The selected sources, in the table's order."""
        rows = sorted(self.view.selectionModel().selectedRows(COL_TITLE), key=lambda i: i.row())
        return [index.data(RecordRole).id for index in rows]

    def _emit(self, signal: Any, index: QModelIndex) -> None:
        source = index.data(RecordRole) if index.isValid() else None
        if source is not None:
            signal.emit(source.id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        source = index.data(RecordRole) if index.isValid() else None
        if source is None:
            return
        menu = self.context_menu(source)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, source: Source) -> QMenu:
        """The menu for a right-click on `source` (the bulk tag actions act on the whole
        selection when `source` is in it)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.source_activated.emit(source.id))
        menu.addAction(self.tr("Edit details…"), lambda: self.edit_requested.emit(source.id))
        menu.addAction(self.tr("Add to case…"), lambda: self.add_to_case_requested.emit(source.id))
        menu.addAction(self.tr("Attach English translation…"),
                       lambda: self.attach_translation_requested.emit(source.id))
        if self.has_translation is not None and self.has_translation(source.id):
            menu.addAction(self.tr("Remove translation"),
                           lambda: self.remove_translation_requested.emit(source.id))
        menu.addSeparator()
        selected = self.selected_source_ids()
        ids = selected if source.id in selected else [source.id]
        for kind in (ACCEPT, CLEAR):
            text = action_text(kind)
            if len(ids) > 1:
                text = self.tr("%1 (%2 sources)").replace("%1", text).replace(
                    "%2", str(len(ids)))
            action = menu.addAction(text, partial(self.bulk_tags_requested.emit, kind, ids))
            action.setToolTip(action_tip(kind))
            if kind == CLEAR:
                action.setEnabled(bool(self._with_auto_tags().intersection(ids)))
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        menu.addAction(self.tr("Delete source…"), lambda: self.delete_requested.emit(source.id))
        return menu

    def _with_auto_tags(self) -> set[int]:
        return {s.id for s in self.model.rows if s.auto_countries or s.auto_risks}

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("SourcesTable/header", self.view.horizontalHeader().saveState())

    def restore_settings(self, settings: QSettings) -> None:
        state = settings.value("SourcesTable/header")
        if state:
            self.view.horizontalHeader().restoreState(state)
