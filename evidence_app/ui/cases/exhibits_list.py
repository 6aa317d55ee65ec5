"""The exhibits of a case in packet order: drag (or Ctrl+Up/Down) to reorder, edit the pages
of an exhibit, mark it applicant-specific (lettered tab), remove it. A warning icon marks
sources that are old, naming the newer edition when the library has one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Changes
from evidence_app.model.cases import Exhibit

from ..tasks import run_in_background
from .case_data import CaseData
from .case_errors import describe_case_error
from .exhibits_model import (
    COL_CITATION,
    COL_CURRENT,
    COL_EXCERPTS,
    COL_PAGES,
    COL_SCOPE,
    COL_TAB,
    COLUMNS,
    ExhibitsModel,
    RecordRole,
)

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class ExhibitsList(QWidget):
    """Signals: `changed(Changes)` after a write, `open_source(source_id, page_no)`."""

    changed = Signal(object)
    open_source = Signal(int, int)
    removed = Signal(object)  # the Exhibit as it was, after its removal (for Edit ▸ Undo)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.error_message = ""
        self.model = ExhibitsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the country ends the title
        self.view.verticalHeader().hide()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CITATION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_PAGES, 110)
        for column in (COL_TAB, COL_SCOPE, COL_EXCERPTS, COL_CURRENT):
            # as wide as the header in any language (Pestaña, Antigüedad…)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        self.up_action = self._action(lambda: self.move_selected(-1), "Ctrl+Up",
                                      QStyle.StandardPixmap.SP_ArrowUp)
        self.down_action = self._action(lambda: self.move_selected(1), "Ctrl+Down",
                                        QStyle.StandardPixmap.SP_ArrowDown)
        self.pages_action = self._action(self.edit_pages)
        self.lettered_action = self._action(lambda: self.toggle_lettered())
        self.lettered_action.setCheckable(True)
        self.open_action = self._action(self.open_selected)
        self.remove_action = self._action(
            self.remove_selected, QKeySequence(QKeySequence.StandardKey.Delete),
            QStyle.StandardPixmap.SP_TrashIcon)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for act in (self.up_action, self.down_action, self.pages_action, self.lettered_action,
                    self.remove_action):
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

        self.model.move_requested.connect(self.move_exhibit)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.retranslate()
        self._update_actions()

    def _action(self, slot: Callable[[], object], keys: object = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        act = QAction(self)
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        if keys is not None:
            act.setShortcut(QKeySequence(keys))  # type: ignore[call-overload]
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.view.addAction(act)
        return act

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Exhibits"))
        for act, text, tip in (
            (self.up_action, self.tr("Move &up"), self.tr("Move the exhibit up (Ctrl+Up)")),
            (self.down_action, self.tr("Move &down"),
             self.tr("Move the exhibit down (Ctrl+Down)")),
            (self.pages_action, self.tr("&Pages…"),
             self.tr("Include only chosen pages of the source, or all of it")),
            (self.lettered_action, self.tr("&Applicant-specific"),
             self.tr("A document about the applicant: lettered tab (A, B, C…) instead of a "
                     "number")),
            (self.open_action, self.tr("&Open source"), self.tr("Show the source in the reader")),
            (self.remove_action, self.tr("&Remove"),
             self.tr("Take the exhibit out of the case (the source stays in the library)")),
        ):
            act.setText(text)
            act.setToolTip(tip)
        self.empty_label.setText(self.tr(
            "No exhibits yet. Right-click a source, a search result or excerpts and choose "
            "“Add to case…”. Drag exhibits to change their order."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- data
    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.model.set_data(None)

    def set_data(self, data: CaseData | None) -> None:
        keep = self.selected()
        self.model.set_data(data)
        self.empty_label.setVisible(data is not None and not data.exhibits)
        if keep is not None:
            self.select_exhibit(keep.id)
        self._update_actions()

    def selected(self) -> Exhibit | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def select_exhibit(self, exhibit_id: int) -> None:
        for row, exhibit in enumerate(self.model.rows):
            if exhibit.id == exhibit_id:
                self.view.selectRow(row)
                return

    def _update_actions(self, *_: object) -> None:
        exhibit = self.selected()
        row = self.model.rows.index(exhibit) if exhibit is not None else -1
        for act in (self.pages_action, self.lettered_action, self.open_action,
                    self.remove_action):
            act.setEnabled(exhibit is not None)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < len(self.model.rows) - 1)
        self.lettered_action.setChecked(bool(exhibit and exhibit.lettered))

    # ---------------------------------------------------------------- verbs
    def _write(self, fn: Callable[[], object], select: int | None = None,
               removed: Exhibit | None = None) -> None:
        def done(changes: object) -> None:
            if shiboken6.isValid(self):
                if removed is not None:
                    self.removed.emit(removed)
                self.changed.emit(changes if isinstance(changes, Changes)
                                  else Changes(cases=True))
                if select is not None:
                    self.select_exhibit(select)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self.error_message = describe_case_error(exc)
                QMessageBox.warning(self, self.tr("Exhibits"), self.error_message)

        self.error_message = ""
        run_in_background(fn, on_done=done, on_error=failed, writer=True)

    def move_exhibit(self, exhibit_id: int, position: int) -> None:
        library = self.library
        if library is not None:
            self._write(lambda: library.cases.move_exhibit(exhibit_id, position), select=exhibit_id)

    def move_selected(self, step: int) -> None:
        exhibit = self.selected()
        if exhibit is None:
            return
        row = self.model.rows.index(exhibit)
        target = row + step
        if 0 <= target < len(self.model.rows):
            self.move_exhibit(exhibit.id, target + 1)

    def set_pages(self, exhibit_id: int, pages: str) -> None:
        library = self.library
        if library is not None:
            self._write(
                lambda: library.cases.edit_exhibit(exhibit_id, pages=pages), select=exhibit_id
            )

    def edit_pages(self) -> None:
        exhibit = self.selected()
        if exhibit is None:
            return
        current = exhibit.page_ranges.replace(",", ", ") if exhibit.scope == "pages" else ""
        text, ok = QInputDialog.getText(
            self, self.tr("Pages of Tab %1").replace("%1", exhibit.label),
            self.tr("Pages of “%1” to include, e.g. 3-5, 9 (positions in the file, from 1). "
                    "Leave empty to include the whole source.").replace(
                        "%1", exhibit.source_title),
            text=current,
        )
        if ok:
            self.set_pages(exhibit.id, text.strip())

    def toggle_lettered(self, lettered: bool | None = None) -> None:
        exhibit = self.selected()
        library = self.library
        if exhibit is None or library is None:
            return
        value = (not exhibit.lettered) if lettered is None else lettered
        self._write(
            lambda: library.cases.edit_exhibit(exhibit.id, lettered=value), select=exhibit.id
        )

    def remove_selected(self) -> None:
        exhibit = self.selected()
        library = self.library
        if exhibit is None or library is None:
            return
        if exhibit.excerpt_ids:
            # the choice of passages is the work that would be lost
            answer = QMessageBox.question(
                self, self.tr("Remove exhibit"),
                self.tr("Remove Tab %1 and its %n chosen excerpts from the case? The "
                        "excerpts stay in the library.", "", len(exhibit.excerpt_ids)).replace(
                            "%1", exhibit.label))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._write(lambda: library.cases.remove_exhibit(exhibit.id), removed=exhibit)

    def open_selected(self) -> None:
        exhibit = self.selected()
        if exhibit is None:
            return
        page = 0
        data = self.model.data_
        if exhibit.excerpt_ids and data is not None and exhibit.excerpt_ids[0] in data.excerpts:
            page = data.excerpts[exhibit.excerpt_ids[0]].page_no
        elif exhibit.scope == "pages" and exhibit.page_ranges:
            first = exhibit.page_ranges.split(",")[0].split("-")[0]
            page = int(first) if first.isdigit() else 0
        self.open_source.emit(exhibit.source_id, page)

    def _context_menu(self, pos: Any) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        for act in (self.up_action, self.down_action, self.pages_action, self.lettered_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
