"""The Cases tab: the list of cases on the left; for the chosen case its details, exhibits,
coverage grid and a preview of the packet, with the exports (packet, summary, citations)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from evidence_app.model import Changes
from evidence_app.model.agreements import CaseScreen
from evidence_app.model.cases import Case, CoverageMatrix

from .. import unsaved
from ..agreements.page import AgreementPage
from ..tasks import run_in_background
from ..widgets.tag_labels import TagLabels
from .case_data import CaseData, load_case_data
from .case_errors import describe_case_error
from .case_exports import CaseExports
from .cases_layout import CasesLayout
from .cases_model import RecordRole, case_title

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

    from .export.export_dialog import ExportDialog



class CasesView(QWidget):
    """Signals: `changed(Changes)` after any write, `open_source(source_id, page_no)`."""

    changed = Signal(object)
    open_source = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.data: CaseData | None = None
        self.labels = TagLabels((), ())
        self.export_dialog: ExportDialog | None = None
        self._generation = 0
        self._own: object = None  # the last Changes this view announced itself
        self._prefer: int | None = None  # a case to show once the list has been read
        self._switching = False

        ui = CasesLayout(self)
        self.model, self.list, self.list_label = ui.model, ui.list, ui.list_label
        self.new_action, self.delete_action = ui.new_action, ui.delete_action
        self.packet_action, self.summary_action, self.citations_action = (
            ui.packet_action, ui.summary_action, ui.citations_action)
        self.new_button, self.delete_button = ui.new_button, ui.delete_button
        self.title, self.export_button, self.export_menu = (
            ui.title, ui.export_button, ui.export_menu)
        self.tabs, self.empty, self.right, self.stack, self.splitter = (
            ui.tabs, ui.empty, ui.right, ui.stack, ui.splitter)
        self.form, self.exhibits, self.coverage = (
            self.tabs.form, self.tabs.exhibits, self.tabs.coverage)
        self.preview, self.screen_panel = self.tabs.preview, self.tabs.screen_panel
        self.exports = CaseExports(self)

        self.new_action.triggered.connect(lambda: self.new_case())
        self.delete_action.triggered.connect(lambda: self.delete_case())
        self.packet_action.triggered.connect(lambda: self.export_packet())
        self.summary_action.triggered.connect(lambda: self.export_summary())
        self.citations_action.triggered.connect(lambda: self.export_citations())
        self.list.selectionModel().currentChanged.connect(self._case_chosen)
        self.form.saved.connect(self._after_write)
        self.exhibits.changed.connect(self._after_write)
        self.exhibits.open_source.connect(self.open_source)
        self.coverage.scope_changed.connect(lambda _scope: self.reload_case())
        self.screen_panel.open_agreement.connect(self.open_agreement)
        self.retranslate()
        self._update_state()
        state = QSettings().value("CasesView/splitter")
        if state:
            self.splitter.restoreState(state)

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("&Cases"))
        self.list.setAccessibleName(self.tr("Cases"))
        for act, text, tip in (
            (self.new_action, self.tr("&New case"), self.tr("Start a new case")),
            (self.delete_action, self.tr("&Delete…"),
             self.tr("Delete the case and its list of exhibits (sources and excerpts stay)")),
            (self.packet_action, self.tr("&Export packet…"),
             self.tr("Write the court packet as PDF: cover, index, tabs, exhibits")),
            (self.summary_action, self.tr("Export evidence &summary (PDF/CSV)…"),
             self.tr("A table of every excerpt by country and risk type, with citations")),
            (self.citations_action, self.tr("Export &citations (CSL-JSON / text)…"),
             self.tr("The citation of every exhibit, for Zotero or a word processor")),
        ):
            act.setText(text)
            act.setToolTip(tip)
        self.empty.setText(self.tr(
            "A case gathers the exhibits for one person's hearing and turns them into a court "
            "packet.\n\nPress “New case” to start one, or right-click a source, a search "
            "result or excerpts and choose “Add to case…”."))
        self._update_tab_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.library is not None:  # country names follow the language
                self.labels = TagLabels.of(self.library)
                self.coverage.set_matrix(self.coverage_matrix(), self.labels)
        super().changeEvent(event)

    def _update_tab_titles(self) -> None:
        self.tabs.update_titles(len(self.data.exhibits) if self.data is not None else 0)

    # ---------------------------------------------------------------- data
    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.data = None
        self.labels = TagLabels.of(library) if library is not None else TagLabels((), ())
        self.form.set_library(library)
        self.exhibits.set_library(library)
        self.preview.set_library(library)
        self.model.set_rows([])
        self.refresh()

    def on_library_changed(self, changes: Changes) -> None:
        if changes is self._own:
            return  # this view has refreshed already
        if changes.taxonomy and self.library is not None:
            self.labels = TagLabels.of(self.library)
        if changes.cases:
            self.refresh()
        elif changes.excerpts or changes.sources or changes.tags or changes.taxonomy:
            self.reload_case()

    def refresh(self, select: int | None = None) -> None:
        """Read the list of cases again and keep (or move to) the chosen one."""
        library = self.library
        if library is None:
            self._update_state()
            return
        if select is not None:
            self._prefer = select

        def done(cases: list[Case]) -> None:
            if not shiboken6.isValid(self) or library is not self.library:
                return
            keep = self._prefer if self._prefer is not None else self.current_case_id()
            self._prefer = None
            self._switching = True
            self.model.set_rows(cases)
            self._switching = False
            row = self.model.row_of(keep) if keep is not None else -1
            self._select_row(row if row >= 0 else (0 if cases else -1))

        run_in_background(library.cases.cases, on_done=done, on_error=self._failed)

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.list.selectionModel().clear()
            self._show_case(None)
            return
        index = self.model.index(row, 0)
        if self.list.currentIndex() == index:
            self._show_case(index.data(RecordRole), keep_form=self.form.is_dirty())
        else:
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current_case_id(self) -> int | None:
        case = self.current_case()
        return case.id if case is not None else None

    def current_case(self) -> Case | None:
        index = self.list.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _case_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching:
            return
        case = current.data(RecordRole) if current.isValid() else None
        editing = self.form.case
        same = case is not None and editing is not None and case.id == editing.id
        if same:
            # the list was read again (after a write): keep what is being typed
            self._show_case(case, keep_form=self.form.is_dirty())
            return
        if editing is not None and not self.confirm_leave():
            self._switching = True
            self.list.setCurrentIndex(previous)
            self._switching = False
            return
        self._show_case(case)

    def confirm_leave(self) -> bool:
        """Before the case being edited is left (another case, closing, another library):
        ask Save / Discard / Cancel when its details have unsaved changes. False: stay."""
        form = self.form
        if not form.is_dirty() or form.case is None:
            return True
        answer = unsaved.ask_unsaved_case(self, case_title(form.case), form.is_valid())
        if answer == unsaved.SAVE:
            return form.save()  # queued in the writer pool, before anything that follows
        if answer == unsaved.DISCARD:
            form.load(form.case)
            return True
        return False

    def _show_case(self, case: Case | None, keep_form: bool = False) -> None:
        if not keep_form:
            self.form.load(case)
        if case is None or (self.data is not None and self.data.case.id != case.id):
            self.data = None
            self.exhibits.set_data(None)
            self.coverage.set_matrix(None, self.labels)
            self.screen_panel.set_screen(None, self.labels)
        self.reload_case()

    def reload_case(self) -> None:
        """Read the chosen case's exhibits, warnings and coverage in the background."""
        self._generation += 1
        generation, library, case_id = self._generation, self.library, self.current_case_id()
        self._update_state()
        if library is None or case_id is None:
            self.preview.set_case(None, 0)
            return
        scope = self.coverage.scope()

        def done(data: CaseData) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_data(data)

        run_in_background(lambda: load_case_data(library, case_id, scope), on_done=done,
                          on_error=self._failed)

        def screened(screen: CaseScreen) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_screen(screen, scope)

        run_in_background(lambda: library.agreements.screen_case(case_id), on_done=screened,
                          on_error=self._failed)

    def _show_screen(self, screen: CaseScreen, scope: str) -> None:
        self.screen_panel.set_screen(screen, self.labels)
        terms = {(c.country, e): n for c in screen.countries
                 for e, n in c.agreement_terms.items()}
        self.coverage.set_agreement_terms(terms if scope == "case" else {})
        self._update_tab_titles()

    def open_agreement(self, agreement_id: str) -> AgreementPage | None:
        """The agreement's page, from a link on the Screen tab."""
        if self.library is None:
            return None
        page = AgreementPage(self.library, agreement_id, self)
        page.finished.connect(lambda _result: self._agreement_closed(page))
        page.open()
        return page

    def _agreement_closed(self, page: AgreementPage) -> None:
        if shiboken6.isValid(self) and page.changes.taxonomy:
            self._after_write(page.changes)

    def _show_data(self, data: CaseData) -> None:
        self.data = data
        self.exhibits.set_data(data)
        self.coverage.set_matrix(data.coverage, self.labels)
        case = data.case
        self.preview.set_case(case.id, len(data.exhibits),
                              service=bool(case.service_on or case.service_method))
        self._update_state()

    def coverage_matrix(self) -> CoverageMatrix | None:
        return self.coverage.model.matrix

    def _update_state(self) -> None:
        case = self.current_case()
        has_case = case is not None
        self.stack.setCurrentWidget(self.right if has_case else self.empty)
        self.new_action.setEnabled(self.library is not None)
        self.delete_action.setEnabled(has_case)
        has_exhibits = bool(self.data and self.data.exhibits and has_case)
        for act in (self.packet_action, self.summary_action, self.citations_action):
            act.setEnabled(has_exhibits)
        self.title.setText(case_title(case) if case is not None else "")
        self._update_tab_titles()

    # ---------------------------------------------------------------- verbs
    def _after_write(self, changes: object = None) -> None:
        if not shiboken6.isValid(self):
            return
        announced = changes if isinstance(changes, Changes) else Changes(cases=True)
        self._own = announced
        self.refresh()
        self.changed.emit(announced)

    def _failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            QMessageBox.warning(self, self.tr("Cases"), describe_case_error(exc))

    def new_case(self, **fields: Any) -> None:
        library = self.library
        if library is None:
            return

        def done(case: Case) -> None:
            if not shiboken6.isValid(self):
                return
            self._own = Changes(cases=True)
            self.refresh(select=case.id)
            self.changed.emit(self._own)
            self.tabs.setCurrentWidget(self.form)
            self.form.focus_name()

        run_in_background(lambda: library.cases.new_case(**fields), on_done=done,
                          on_error=self._failed, writer=True)

    def delete_case(self, confirm: bool = True) -> None:
        library, case = self.library, self.current_case()
        if library is None or case is None:
            return
        if confirm:
            count = len(self.data.exhibits) if self.data is not None else 0
            answer = QMessageBox.question(
                self, self.tr("Delete case"),
                self.tr("Delete the case “%1” and its list of %n exhibits? The sources and "
                        "excerpts stay in the library.", "", count).replace(
                            "%1", case_title(case)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.form.load(None)  # its unsaved edits belong to the deleted case
        run_in_background(lambda: library.cases.delete_case(case.id), on_done=self._after_write,
                          on_error=self._failed, writer=True)

    def export_packet(self) -> ExportDialog | None:
        library, case = self.library, self.current_case()
        if library is None or case is None:
            return None
        if self.form.is_dirty() and self.form.is_valid():
            self.form.save()  # queued before the export in the writer pool
        # the packet dialog uses CaseExports (the legal index): opened here, not by it
        from .export.export_dialog import ExportDialog

        data = self.data
        dialog = ExportDialog(library, data.case if data is not None else case, data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def export_summary(self, path: Any = None) -> bool:
        case_id = self.current_case_id()
        return bool(self.library and case_id is not None
                    and self.exports.summary(self.library, case_id, path))

    def export_citations(self, path: Any = None) -> bool:
        case_id = self.current_case_id()
        return bool(self.library and case_id is not None
                    and self.exports.citations(self.library, case_id, path))

    def save_settings(self) -> None:
        QSettings().setValue("CasesView/splitter", self.splitter.saveState())
