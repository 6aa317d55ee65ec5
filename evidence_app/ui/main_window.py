"""The library window: facets | results or sources table | reader, with a search box in the
toolbar, an excerpts dock, a stale-index bar and a status bar with counts.

Every verb that changes data ends in `announce(changes)`, which emits `library_changed` once;
each panel then refreshes only what it shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from evidence_app.errors import DatabaseDamaged, EvidenceError
from evidence_app.model import Changes, SearchQuery

from . import tasks
from .cases.case_actions import CaseActions, Selection
from .cases.cases_view import CasesView
from .dock_per_tab import DockPerTab
from .errors import describe_error
from .index_bar import IndexBar
from .library_area import LibraryArea
from .library_menu import LibraryMenu, remember_library
from .library_view.bulk_tags import run_bulk_tags
from .library_view.excerpts_panel import ExcerptsPanel
from .library_view.facets import FacetPanel
from .library_view.results_view import ResultsView
from .library_view.search_box import SearchBox
from .library_view.search_controller import SearchController
from .library_view.search_flow import SearchFlow
from .library_view.search_history import SearchHistory
from .library_view.source_actions import SourceActions
from .library_view.sources_table import SourcesTable
from .main_actions import MainActions
from .reader.panel import ReaderPane
from .reader.passage_labels import PassageLabelling
from .reader.translation_actions import TranslationActions
from .start_page import StartPage
from .widgets.scrollbars import flatten_scrollbars
from .window_extras import WindowExtras
from .window_undo import WindowUndo

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

WATCH_MS = 3000  # how often to look for changes another program made to the library


class MainWindow(QMainWindow):
    library_changed = Signal(object)  # Changes
    library_opened = Signal(object)  # Library

    def __init__(
        self,
        library: Library | None = None,
        parent: QWidget | None = None,
        *,
        owns_library: bool = True,
        runner: tasks.TaskRunner | None = None,
    ) -> None:
        """`owns_library=False` leaves closing the given library to the caller (tests);
        libraries opened later from the Library menu are always closed by the window.
        `runner` runs the window's background work (tests give a SynchronousRunner); without
        one, the runner already in use."""
        super().__init__(parent)
        if runner is not None:
            tasks.use(runner)
        self.runner = tasks.runner()
        self.library: Library | None = None
        self._owns_library = owns_library
        self.import_dialog: QWidget | None = None  # the latest, for tests and shots
        self.setAcceptDrops(True)
        self.controller = SearchController(None, self)
        self.search_box = SearchBox(self)
        self.facets = FacetPanel(self)
        self.results = ResultsView(self)
        self.sources_table = SourcesTable(self)
        self.reader = ReaderPane(None, self)
        self.start_page = StartPage(self)
        self.index_bar = IndexBar(self)
        self.excerpts_panel = ExcerptsPanel(None, self)
        self.library_menu = LibraryMenu(
            self, library=lambda: self.library, announce=self.announce, status=self.statusBar(),
            bulk_tags=lambda kind: self.bulk_tags(
                kind, self.sources_table.selected_source_ids() or None),
            close_library=self.close_library, reopen=self.open_library)
        self.cases_view = CasesView(self)

        self.library_area = LibraryArea(
            index_bar=self.index_bar, facets=self.facets, sources_table=self.sources_table,
            results=self.results, reader=self.reader, cases_view=self.cases_view, parent=self)
        self.center, self.splitter, self.tabs = (
            self.library_area.center, self.library_area.splitter, self.library_area.tabs)
        self.search_flow = SearchFlow(
            controller=self.controller, search_box=self.search_box, facets=self.facets,
            results=self.results, sources_table=self.sources_table, reader=self.reader,
            center=self.center, status=self.statusBar(), library=lambda: self.library,
            browse_message=self._browse_message, parent=self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.start_page)
        self.body.addWidget(self.library_area)
        self.setCentralWidget(self.body)
        self.excerpts_dock = QDockWidget(self)
        self.excerpts_dock.setObjectName("excerptsDock")
        self.excerpts_dock.setWidget(self.excerpts_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.excerpts_dock)
        self.excerpts_dock.hide()
        self.dock_per_tab = DockPerTab(self.excerpts_dock, self.tabs, self.splitter)
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.passage_labels = PassageLabelling(self.statusBar(), self)
        self.actions_ = MainActions(self)
        self.case_actions = CaseActions(
            self, library=lambda: self.library, tabs=self.tabs, library_page=self.splitter,
            cases_view=self.cases_view, status=self.statusBar(), selection=self.case_selection,
            show_source=lambda s, p: self.show_hit(s, p, focus=True), announce=self.announce)
        edit, toolbar = self.actions_.edit_menu, self.actions_.toolbar
        edit.insertAction(self.actions_.taxonomy_action, self.case_actions.add_action)
        self.actions_.view_menu.addAction(self.case_actions.cases_action)
        toolbar.insertAction(self.actions_.excerpts_action, self.case_actions.add_action)
        toolbar.insertAction(self.actions_.excerpts_action, self.case_actions.cases_action)
        self.translation_actions = TranslationActions(
            self, library=lambda: self.library, table=self.sources_table,
            status=self.statusBar(), announce=self.announce)
        self.window_undo = WindowUndo(
            self, library=lambda: self.library, excerpts_panel=self.excerpts_panel,
            edit_menu=self.actions_.edit_menu, status=self.statusBar(), announce=self.announce)
        self.source_actions = SourceActions(
            self, library=lambda: self.library, announce=self.announce,
            delete=self.window_undo.delete_source)
        self.extras = WindowExtras(
            self, library=lambda: self.library, status=self.statusBar(), facets=self.facets,
            search_box=self.search_box, reader=self.reader,
            show_library=lambda: self.case_actions.show_cases(False))
        self.search_history = SearchHistory(
            self, library=lambda: self.library, search_box=self.search_box, facets=self.facets)

        self._connect()
        flatten_scrollbars(self)
        # Another program (the CLI, a second window) may change the library: look every few
        # seconds, cheaply, and announce it like a change made here.
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self.check_other_writers)
        self.watch_timer.start()
        self.retranslate()
        self.restore_settings()
        if not QSettings().contains("MainWindow/geometry"):
            self.resize(1280, 800)
        if library is not None:
            self.set_library(library)
        else:
            self._update_body()

    # ---------------------------------------------------------------- wiring
    def _connect(self) -> None:
        self.sources_table.edit_requested.connect(self.source_actions.edit_source)
        self.sources_table.delete_requested.connect(self.source_actions.delete_source)
        self.sources_table.bulk_tags_requested.connect(self.bulk_tags)
        self.reader.clip_requested.connect(self.source_actions.open_excerpt_dialog)
        self.reader.ocr_requested.connect(lambda _sid: self.actions_.ocr_sources())
        self.reader.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.excerpts_panel.open_excerpt.connect(lambda s, p: self.show_hit(s, p, focus=True))
        self.excerpts_panel.changed.connect(self.announce)
        self.start_page.import_requested.connect(self.actions_.import_files)
        self.start_page.open_requested.connect(self.library_menu.choose_library)
        self.start_page.starter_requested.connect(self.library_menu.add_starter)
        self.library_menu.open_library.connect(self.open_library)
        self.library_menu.rebuild_requested.connect(self.index_bar.rebuild)
        self.index_bar.rebuilt.connect(self.announce)
        self.sources_table.add_to_case_requested.connect(self.case_actions.add_source)
        self.results.add_to_case_requested.connect(self.case_actions.add_source)
        self.excerpts_panel.add_to_case_requested.connect(self.case_actions.add_excerpts)
        self.cases_view.changed.connect(self.announce)
        self.cases_view.exhibits.removed.connect(self.window_undo.exhibit_removed)
        self.library_opened.connect(lambda _library: self.window_undo.stack.clear())
        # Each panel refreshes what it shows: the library tab (taxonomy, search, the open
        # source) first, the panels, then the counts and what the window shows.
        self.results.copy_citation_requested.connect(self.extras.copy_citation)
        self.cases_view.coverage.gap_clicked.connect(self.extras.search_gap)
        self.controller.result_ready.connect(self.extras.result_ready)
        self.controller.result_ready.connect(self.search_history.searched)
        self.library_changed.connect(self._on_library_changed)
        for panel in (self.excerpts_panel, self.reader, self.cases_view, self.index_bar,
                      self.passage_labels):
            self.library_changed.connect(panel.on_library_changed)
        self.library_changed.connect(self._update_status)
        self.passage_labels.finished.connect(self.announce)

    def retranslate(self) -> None:
        name = self.library.folder.name if self.library is not None else ""
        self.setWindowTitle(
            self.tr("Evidence Library — {name}").format(name=name) if name
            else self.tr("Evidence Library")
        )
        self.excerpts_dock.setWindowTitle(self.tr("Excerpts"))
        self.actions_.retranslate()
        self.case_actions.retranslate()
        self.window_undo.retranslate()
        self.search_history.retranslate()
        self.update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- library
    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.controller.set_library(library)
        self.reader.set_library(library)
        self.excerpts_panel.set_library(library)
        self.cases_view.set_library(library)
        self.index_bar.check(library)
        self.passage_labels.check(library)
        if library is not None:
            remember_library(library.folder)
            QSettings().setValue("MainWindow/library", str(library.folder))
            self._load_taxonomy()
            self.library_opened.emit(library)
        self.retranslate()
        self._update_body()
        self.run_search()

    def open_library(self, folder: Path) -> bool:
        """Switch to another library folder; the current one stays open if that fails."""
        from evidence_app.library.facade import Library

        if not self.cases_view.confirm_leave():
            return False
        try:
            library = Library.open(folder, lock_wait=0.5, search_in_child=True)
        except DatabaseDamaged as exc:
            from .dialogs.recovery_dialog import offer_recovery

            if not offer_recovery(exc, Path(folder), self):
                return False
            return self.open_library(folder)
        except EvidenceError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the library"), describe_error(exc))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the library"), describe_error(exc))
            return False
        self.close_library()
        self._owns_library = True
        self.set_library(library)
        return True

    def close_library(self) -> None:
        if self.library is None:
            return
        self.passage_labels.cancel()
        tasks.wait_for_all()
        library, self.library = self.library, None
        self.window_undo.forget(library)
        self.controller.set_library(None)
        self.reader.set_library(None)
        self.excerpts_panel.set_library(None)
        self.cases_view.set_library(None)
        self.index_bar.check(None)
        self.passage_labels.check(None)
        if self._owns_library:
            library.close()

    def _load_taxonomy(self) -> None:
        if self.library is None:
            return
        countries = self.library.taxonomy.countries()
        risks = self.library.taxonomy.risk_types()
        self.facets.set_taxonomy(countries, risks)
        self.sources_table.model.set_taxonomy(countries, risks)

    def announce(self, changes: Any) -> None:
        if isinstance(changes, Changes) and any(changes.astuple()):
            self.library_changed.emit(changes)

    def check_other_writers(self) -> bool:
        """Emit library_changed (for everything) once another program has changed the
        library and finished writing. True when it did."""
        library = self.library
        try:
            changed = library is not None and library.watch.changed_elsewhere()
        except (EvidenceError, OSError) as exc:  # e.g. the folder went away: say so, go on
            self.statusBar().showMessage(describe_error(exc), 5000)
            return False
        if changed:
            self.library_changed.emit(Changes(True, True, True, True, True, True))
        return changed

    def _on_library_changed(self, changes: Changes) -> None:
        """The library tab: facets and table labels, the search, the source open with its
        search hits."""
        if changes.taxonomy:
            self._load_taxonomy()
        if changes.sources or changes.tags or changes.index or changes.taxonomy:
            self.run_search()
            if self.reader.source is not None and (changes.sources or changes.tags):
                page = self.reader.page()
                try:
                    self.show_hit(self.reader.source.id, page.page_no if page else 0)
                except EvidenceError:
                    self.reader.clear()  # the source was deleted

    def _update_status(self, _changes: Changes) -> None:
        self.update_counts()
        self._update_body()

    def update_counts(self) -> None:
        if self.library is None:
            self.counts_label.setText(self.tr("No library open"))
            return
        stats = self.library.catalog.stats()
        self.counts_label.setText(
            self.tr("{sources} sources · {pages} pages · {excerpts} excerpts").format(**stats)
        )

    def _update_body(self) -> None:
        empty = self.library is None or self.library.catalog.stats()["sources"] == 0
        self.body.setCurrentWidget(self.start_page if empty else self.library_area)
        self.actions_.update_enabled()
        # nothing to add from an empty library (its start page)
        self.case_actions.add_action.setEnabled(not empty)

    # ---------------------------------------------------------------- search
    def current_query(self) -> SearchQuery:
        return self.search_flow.current_query()

    def run_search(self) -> int:
        return self.search_flow.run_search()

    def show_hit(self, source_id: int, page_no: int, focus: bool = False) -> None:
        self.search_flow.show_hit(source_id, page_no, focus)

    def _browse_message(self, count: int) -> str:
        return self.tr("1 source") if count == 1 else self.tr("%n sources", "", count)

    def bulk_tags(self, kind: str, source_ids: list[int] | None) -> None:
        """Accept suggested tags or clear automatic ones (None: on every source)."""
        run_bulk_tags(self, kind, source_ids, library_now=lambda: self.library,
                      announce=self.announce, status=self.statusBar(), undo=self.window_undo)

    def case_selection(self) -> Selection:
        """What "Add to case…" acts on: the excerpts when their panel has focus, else the
        result or source row selected on the Library tab (nothing on the Cases tab)."""
        focus = self.focusWidget()
        if focus is not None and self.excerpts_panel.isAncestorOf(focus):
            chosen = self.excerpts_panel.selected()
            if chosen:
                return Selection(excerpt_ids=tuple(e.id for e in chosen))
        if self.tabs.currentWidget() is not self.splitter:
            return Selection()
        if self.center.currentWidget() is self.results:
            target = self.results.current_target()
            return Selection(source=target) if target is not None else Selection()
        source_id = self.sources_table.current_source_id()
        return Selection(source=(source_id, 0)) if source_id is not None else Selection()

    # ---------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.library is not None and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.actions_.import_paths(paths)

    # ---------------------------------------------------------------- settings
    def restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("MainWindow/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        state = settings.value("MainWindow/state")
        if state:
            self.restoreState(state)
        splitter = settings.value("MainWindow/splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        self.results.restore_settings(settings)
        self.reader.restore_settings(settings)
        self.sources_table.restore_settings(settings)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("MainWindow/geometry", self.saveGeometry())
        settings.setValue("MainWindow/state", self.saveState())
        settings.setValue("MainWindow/splitter", self.splitter.saveState())
        self.results.save_settings(settings)
        self.reader.save_settings(settings)
        self.sources_table.save_settings(settings)
        self.cases_view.save_settings()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.cases_view.confirm_leave():
            event.ignore()  # the user chose Cancel: keep editing the case
            return
        self.save_settings()
        self.close_library()
        super().closeEvent(event)
