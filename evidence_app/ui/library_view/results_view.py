"""The results list: sources with their best pages, or a flat list of best passages.

Rows are drawn from HTML (highlighted snippets) by one delegate. Scrolling to the bottom asks
for the next page of sources; Enter (or a double click) opens the current row in the reader.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import PassageHit, SourceHit

from .results_delegate import RichTextDelegate
from .results_models import (
    MORE,
    PASSAGE,
    SOURCE,
    GroupedResultsModel,
    KindRole,
    PassagesModel,
    RecordRole,
)
from .search_controller import ResultPage

Index = QModelIndex | QPersistentModelIndex
GROUPED, FLAT = "grouped", "flat"


class _ResultsTree(QTreeView):
    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.scheduleDelayedItemsLayout()  # row heights depend on the width


class ResultsView(QWidget):
    hit_selected = Signal(int, int)  # source_id, page_no (0: the source's first page)
    hit_activated = Signal(int, int)
    more_pages_requested = Signal(int, int)  # rank position, source_id
    load_more_requested = Signal()
    add_to_case_requested = Signal(int, int)  # source_id, page_no (0: the whole source)
    copy_citation_requested = Signal(int, int)  # source_id, page_no (0: source)
    sort_changed = Signal(str)
    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grouped_model = GroupedResultsModel(self)
        self.passages_model = PassagesModel(self)
        self.tree = _ResultsTree(self)
        self.tree.setModel(self.grouped_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(RichTextDelegate(self.tree))
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a scroll bar that comes and goes would change the width and every row's height
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.list = QListView(self)
        self.list.setModel(self.passages_model)
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)
        for widget in (self.tree, self.list, self.message):
            self.stack.addWidget(widget)

        self.summary = QLabel(self)
        # a longer count must not widen the view: the splitter would resize the reader too,
        # and the window repaint and re-measure every row
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.grouped_button = QToolButton(self)
        self.flat_button = QToolButton(self)
        self.mode_group = QButtonGroup(self)
        for button in (self.grouped_button, self.flat_button):
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.mode_group.addButton(button)
        self.grouped_button.setChecked(True)
        self.sort_combo = QComboBox(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        # the count has a line of its own: beside the buttons, "29 fuentes coinciden, 20
        # mostradas" was cut in a 1024-pixel window
        self.summary.setContentsMargins(4, 2, 4, 0)
        bar.addWidget(self.grouped_button)
        bar.addWidget(self.flat_button)
        bar.addSpacing(8)
        bar.addWidget(self.sort_combo)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        for view in (self.tree, self.list):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
            view.activated.connect(self._activated)
            view.verticalScrollBar().valueChanged.connect(self._maybe_load_more)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.grouped_button.toggled.connect(lambda on: self.set_mode(GROUPED if on else FLAT))
        self.sort_combo.currentIndexChanged.connect(lambda _i: self.sort_changed.emit(self.sort()))
        self.has_more = False
        self.retranslate()
        self.show_message(self.tr("Type in the search box to find passages."))

    def retranslate(self) -> None:
        self.grouped_button.setText(self.tr("By source"))
        self.grouped_button.setToolTip(
            self.tr("Sources ranked for the query, with their best pages")
        )
        self.flat_button.setText(self.tr("Best passages"))
        self.flat_button.setToolTip(self.tr("The best pages across all sources, best first"))
        current = self.sort_combo.currentIndex()
        self.sort_combo.blockSignals(True)
        self.sort_combo.clear()
        self.sort_combo.addItem(self.tr("Most relevant first"), "relevance")
        self.sort_combo.addItem(self.tr("Newest first"), "date")
        self.sort_combo.setCurrentIndex(max(0, current))
        self.sort_combo.blockSignals(False)
        self.sort_combo.setAccessibleName(self.tr("Sort results"))
        self.tree.setAccessibleName(self.tr("Results by source"))
        self.list.setAccessibleName(self.tr("Best passages"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- state
    def mode(self) -> str:
        return GROUPED if self.grouped_button.isChecked() else FLAT

    def set_mode(self, mode: str) -> None:
        flat = mode == FLAT
        self.flat_button.setChecked(flat)
        self.grouped_button.setChecked(not flat)
        if self.stack.currentWidget() is not self.message:
            self.stack.setCurrentWidget(self.list if flat else self.tree)
        self.mode_changed.emit(self.mode())

    def sort(self) -> str:
        return str(self.sort_combo.currentData() or "relevance")

    def set_sort(self, sort: str) -> None:
        index = self.sort_combo.findData(sort)
        if index >= 0:
            self.sort_combo.setCurrentIndex(index)

    def current_view(self) -> QAbstractItemView:
        return self.list if self.mode() == FLAT else self.tree

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("ResultsView/mode", self.mode())
        settings.setValue("ResultsView/sort", self.sort())

    def restore_settings(self, settings: QSettings) -> None:
        self.set_mode(str(settings.value("ResultsView/mode", GROUPED)))
        self.sort_combo.blockSignals(True)
        self.set_sort(str(settings.value("ResultsView/sort", "relevance")))
        self.sort_combo.blockSignals(False)

    # ---------------------------------------------------------------- content
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_searching(self) -> None:
        self.summary.setText(self.tr("Searching…"))

    def set_page(self, page: ResultPage, has_more: bool) -> None:
        result = page.result
        self.has_more = has_more
        if result.error:
            self.summary.setText("")
            if "being updated by another program" in result.error:  # not the query's fault
                self.show_message(self.tr("Another program is updating the search index right "
                                          "now. Try again in a moment."))
                return
            self.show_message(
                self.tr("The search could not be understood: {error}").format(error=result.error)
            )
            return
        view = self.list if self.mode() == FLAT else self.tree
        if result.sources or page.appended:
            # shown and sized before the rows arrive, so each row is measured once, at its width
            self.stack.setCurrentWidget(view)
        self.grouped_model.set_hits(result.sources, page.sources, append=page.appended)
        self.passages_model.set_passages(result.passages, append=page.appended)
        self.tree.expandAll()
        shown = self.grouped_model.rowCount()
        if not shown:
            self.summary.setText(self.tr("No sources match"))
            self.show_message(
                self.tr(
                    "Nothing matches this search. Try fewer words, turn on “Related terms”, or "
                    "clear the filters."
                )
            )
            return
        total = max(result.total_sources, shown)
        if total == 1:
            self.summary.setText(self.tr("1 source matches"))
        elif total == shown:
            self.summary.setText(self.tr("%n sources match", "", total))
        else:
            self.summary.setText(
                self.tr("{total} sources match, {shown} shown").format(total=total, shown=shown)
            )
        if not page.appended:
            self.tree.scrollToTop()
            self.list.scrollToTop()
        if view.isVisible():
            # lay out now so the scroll range is real: a list that cannot scroll asks for more
            # (the tree's expandAll has just done it)
            if view is self.list:
                view.doItemsLayout()
            self._maybe_load_more()

    def expand_source(self, hit: SourceHit) -> None:
        index = self.grouped_model.replace_source(hit)
        if index.isValid():
            self.tree.expand(index)

    def hits_for_source(self, source_id: int) -> list[PassageHit]:
        """Every page hit known for a source, from both lists, by page number."""
        found: dict[int, PassageHit] = {}
        row = self.grouped_model.source_row(source_id)
        if row >= 0:
            for page in self.grouped_model.item(row).data(RecordRole).pages:
                found[page.page_no] = page
        for r in range(self.passages_model.rowCount()):
            hit = self.passages_model.item(r).data(RecordRole)
            if hit.source_id == source_id:
                found.setdefault(hit.page_no, hit)
        return [found[n] for n in sorted(found)]

    def select_first(self) -> None:
        view = self.current_view()
        model = view.model()
        if model.rowCount():
            first = model.index(0, 0)
            if view is self.tree and model.rowCount(first):
                first = model.index(0, 0, first)
            view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    # ---------------------------------------------------------------- events
    def _target(self, index: Index) -> tuple[int, int] | None:
        kind = index.data(KindRole)
        record = index.data(RecordRole)
        if kind == PASSAGE:
            return record.source_id, record.page_no
        if kind == SOURCE:
            return record.source_id, record.pages[0].page_no if record.pages else 0
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        target = self._target(current) if current.isValid() else None
        if target:
            self.hit_selected.emit(*target)

    def _activated(self, index: QModelIndex) -> None:
        if index.data(KindRole) == MORE:
            hit = index.data(RecordRole)
            self.more_pages_requested.emit(index.parent().row(), hit.source_id)
            return
        target = self._target(index)
        if target:
            self.hit_activated.emit(*target)

    def _maybe_load_more(self, *_args: object) -> None:
        bar = self.current_view().verticalScrollBar()
        if self.has_more and bar.value() >= bar.maximum() - 4:
            self.load_more_requested.emit()

    def current_target(self) -> tuple[int, int] | None:
        """(source_id, page_no) of the current row: page 0 for a source row."""
        index = self.current_view().currentIndex()
        if not index.isValid() or index.data(KindRole) not in (SOURCE, PASSAGE):
            return None
        record = index.data(RecordRole)
        return (record.source_id, record.page_no if index.data(KindRole) == PASSAGE else 0)

    def _context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        target = self._target(index) if index.isValid() else None
        if target is None:
            return
        record = index.data(RecordRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.hit_activated.emit(*target))
        menu.addSeparator()
        menu.addAction(
            self.tr("Add source to case…"),
            lambda: self.add_to_case_requested.emit(record.source_id, 0),
        )
        if index.data(KindRole) == PASSAGE:
            menu.addAction(
                self.tr("Add this page to case…"),
                lambda: self.add_to_case_requested.emit(record.source_id, record.page_no),
            )
        menu.addSeparator()
        menu.addAction(self.tr("Copy citation"),
                       lambda: self.copy_citation_requested.emit(*target))
        menu.exec(view.viewport().mapToGlobal(pos))
