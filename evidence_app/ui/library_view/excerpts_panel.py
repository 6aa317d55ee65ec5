"""Every excerpt in the library: filter by country, risk type and text; edit, delete, undo."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Changes, Excerpt
from evidence_app.ui.errors import describe_error
from evidence_app.ui.library_view.excerpt_undo import DeleteExcerpts
from evidence_app.ui.library_view.excerpts_model import (
    COL_CITE,
    COL_COUNTRIES,
    COL_CREATED,
    COL_NOTE,
    COL_QUOTE,
    COL_RISKS,
    COL_SOURCE,
    COL_TRANSLATION,
    ExcerptsFilter,
    ExcerptsTableModel,
    RecordRole,
)
from evidence_app.ui.reader.excerpt_dialog import ExcerptDialog, citation_with_quote, cite_text
from evidence_app.ui.tasks import run_in_background
from evidence_app.ui.widgets.elide import MiddleElideDelegate
from evidence_app.ui.widgets.tag_labels import TagLabels, fold

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

log = logging.getLogger(__name__)


class ExcerptsPanel(QWidget):
    """Signals: `open_excerpt(source_id, page_no)`, `changed(Changes)` after any write."""

    open_excerpt = Signal(int, int)
    changed = Signal(object)
    add_to_case_requested = Signal(list)  # excerpt ids

    def __init__(self, library: Library | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExcerptsPanel")
        self.library = library
        self._generation = 0
        self.error_message = ""
        self.undo_stack = QUndoStack(self)

        self.model = ExcerptsTableModel(self)
        self.proxy = ExcerptsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CREATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(COL_SOURCE, MiddleElideDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_QUOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_SOURCE, 200), (COL_CITE, 60), (COL_COUNTRIES, 110),
                              (COL_RISKS, 170), (COL_NOTE, 150), (COL_CREATED, 120),
                              (COL_TRANSLATION, 220)):
            self.table.setColumnWidth(column, width)
        self._restore_header()

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.country_combo = QComboBox(self)
        self.risk_combo = QComboBox(self)
        self.risk_combo.setMinimumContentsLength(16)
        self.risk_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        self._make_actions()
        buttons = QHBoxLayout()
        buttons.addWidget(self.filter_edit, 2)
        buttons.addWidget(self.country_combo, 1)
        buttons.addWidget(self.risk_combo, 1)
        for action in (self.edit_action, self.copy_action, self.delete_action, self.undo_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

        self.filter_edit.textChanged.connect(self._apply_filters)
        self.country_combo.currentIndexChanged.connect(self._apply_filters)
        self.risk_combo.currentIndexChanged.connect(self._apply_filters)
        self.table.doubleClicked.connect(lambda index: self.open_current())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.retranslate()
        self.refresh()

    # ---------------------------------------------------------------- actions
    def _make_actions(self) -> None:
        def action(slot: Callable[[], object], keys: Sequence[QKeySequence] = ()) -> QAction:
            act = QAction(self)
            act.triggered.connect(lambda: slot())
            act.setShortcuts(list(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(act)
            return act

        enter = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        self.open_action = action(self.open_current, enter)
        self.edit_action = action(self.edit_selected)
        self.copy_action = action(self.copy_selected, [QKeySequence(QKeySequence.StandardKey.Copy)])
        self.delete_action = action(
            self.delete_selected, [QKeySequence(QKeySequence.StandardKey.Delete)]
        )
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        self._update_actions()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter excerpts…"))
        self.filter_edit.setAccessibleName(self.tr("Filter excerpts by words"))
        self.country_combo.setAccessibleName(self.tr("Filter by country"))
        self.risk_combo.setAccessibleName(self.tr("Filter by risk type"))
        self.table.setAccessibleName(self.tr("Excerpts"))
        self.open_action.setText(self.tr("&Open at page"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.edit_action.setToolTip(self.tr("Edit the note and tags of the excerpt"))
        self.copy_action.setText(self.tr("&Copy"))
        self.copy_action.setToolTip(self.tr("Copy the quote with its citation (Ctrl+C)"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected excerpts (you can undo)"))
        self.undo_action.setToolTip(self.tr("Undo the last delete or restore (Ctrl+Z)"))
        self.empty_label.setText(
            self.tr("No excerpts yet. Select a passage in the reader and press Clip (Ctrl+K).")
        )
        self._fill_filters()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_actions(self, *_: object) -> None:
        count = len(self.selected())
        self.open_action.setEnabled(count == 1)
        self.edit_action.setEnabled(count == 1)
        self.copy_action.setEnabled(count > 0)
        self.delete_action.setEnabled(count > 0)

    # ---------------------------------------------------------------- data
    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.undo_stack.clear()  # its commands belong to the previous library
        self.refresh()

    def on_library_changed(self, changes: Changes) -> None:
        if changes.excerpts or changes.taxonomy or changes.sources or changes.tags:
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, library = self._generation, self.library
        if library is None:
            self._show_rows([], TagLabels((), ()))
            return

        def load() -> tuple[list[Excerpt], TagLabels]:
            return library.excerpts.excerpts(), TagLabels.of(library)

        def done(result: tuple[list[Excerpt], TagLabels]) -> None:
            # A newer refresh or another library may have started meanwhile.
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_rows(*result)

        run_in_background(load, on_done=done, on_error=self._failed)

    def _show_rows(self, rows: list[Excerpt], labels: TagLabels) -> None:
        keep = {e.id for e in self.selected()}
        self.model.set_rows(rows, labels)
        self._fill_filters()
        self.empty_label.setVisible(not rows)
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RecordRole).id in keep:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._update_actions()

    def _fill_filters(self) -> None:
        labels, rows = self.model.labels, self.model.rows
        countries = {c for e in rows for c in e.countries}
        risks = {r for e in rows for r in e.risks}

        def aca_first(code: str) -> tuple[bool, str]:
            found = labels.countries.get(code)
            return (not (found and found.is_aca), fold(labels.country(code)))

        country_items = [("", self.tr("All countries"))] + [
            (code, self._country_item(labels, code)) for code in sorted(countries, key=aca_first)
        ]
        risk_items = [("", self.tr("All risk types"))] + sorted(
            ((slug, labels.risk(slug)) for slug in risks), key=lambda item: fold(item[1])
        )
        for combo, items in ((self.country_combo, country_items), (self.risk_combo, risk_items)):
            current = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            for code, text in items:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._apply_filters()

    def _country_item(self, labels: TagLabels, code: str) -> str:
        found = labels.countries.get(code)
        name = labels.country(code)
        return self.tr("%1 (ACA)").replace("%1", name) if found and found.is_aca else name

    def _apply_filters(self, *_: object) -> None:
        self.proxy.set_filters(
            str(self.country_combo.currentData() or ""),
            str(self.risk_combo.currentData() or ""),
            self.filter_edit.text(),
        )

    def set_filters(self, *, country: str = "", risk: str = "", text: str = "") -> None:
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(country)))
        self.risk_combo.setCurrentIndex(max(0, self.risk_combo.findData(risk)))
        self.filter_edit.setText(text)
        self._apply_filters()

    def visible_excerpts(self) -> list[Excerpt]:
        return [self.proxy.index(r, 0).data(RecordRole) for r in range(self.proxy.rowCount())]

    def selected(self) -> list[Excerpt]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [index.data(RecordRole) for index in sorted(rows, key=lambda i: i.row())]

    def select_excerpt(self, excerpt_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RecordRole).id == excerpt_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    # ---------------------------------------------------------------- verbs
    def open_current(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.open_excerpt.emit(chosen[0].source_id, chosen[0].page_no)

    def edit_selected(self) -> ExcerptDialog | None:
        chosen = self.selected()
        if len(chosen) != 1 or self.library is None:
            return None
        dialog = ExcerptDialog.edit(self.library, chosen[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._after_write)
        dialog.open()
        return dialog

    def copy_selected(self) -> str:
        text = "\n\n".join(
            citation_with_quote(e.quote, e.source_title, e.cite_label or str(e.page_no))
            for e in self.selected()
        )
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.library is None:
            return
        if len(chosen) == 1:
            text = self.tr("Delete excerpt from %1").replace(
                "%1", cite_text(chosen[0].source_title, chosen[0].cite_label)
            )
        else:
            text = self.tr("Delete %n excerpts", "", len(chosen))
        self.undo_stack.push(DeleteExcerpts(self, chosen, text))

    def write(self, fn: Callable[[], object]) -> None:
        """Run a change in the writer pool, then refresh and announce it."""
        run_in_background(
            fn, on_done=lambda _: self._after_write(), on_error=self._failed, writer=True
        )

    def _after_write(self, changes: object = None) -> None:
        if not shiboken6.isValid(self):
            return
        self.refresh()
        # excerpts deleted or restored leave or rejoin exhibits: the Cases view refreshes too
        self.changed.emit(changes if isinstance(changes, Changes)
                          else Changes(excerpts=True, cases=True))

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self.error_message = describe_error(exc)
        log.warning("excerpts panel: %s", exc)
        QMessageBox.warning(self, self.tr("Excerpts"), self.error_message)
        self.refresh()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for act in (self.open_action, self.edit_action, self.copy_action):
            menu.addAction(act)
        if self.selected():
            ids = [e.id for e in self.selected()]
            menu.addAction(self.tr("Add to case…"), lambda: self.add_to_case_requested.emit(ids))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addAction(self.undo_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # ---------------------------------------------------------------- settings
    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.save_state()
        super().hideEvent(event)

    def save_state(self) -> None:
        QSettings().setValue(
            "ExcerptsPanel/header", self.table.horizontalHeader().saveState()
        )

    def _restore_header(self) -> None:
        state = QSettings().value("ExcerptsPanel/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
