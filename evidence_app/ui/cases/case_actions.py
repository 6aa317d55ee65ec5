"""The window's case actions: "Add to case…" (for what is selected) and the Cases tab toggle.
Given the widgets and callables they act on, not the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStatusBar, QStyle, QTabWidget, QWidget

from evidence_app.model import Changes
from evidence_app.model.cases import Exhibit

from ..icons import add_to_case_icon
from ..labels import cite_text
from .add_to_case import Addition, AddToCaseDialog

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

    from .cases_view import CasesView


@dataclass(frozen=True)
class Selection:
    """What "Add to case…" acts on: excerpts, or a source (and page), or nothing."""

    excerpt_ids: tuple[int, ...] = ()
    source: tuple[int, int] | None = None  # (source id, page number or 0)


class CaseActions(QObject):
    """“Add to case…” and the Cases toggle. `host` owns the actions and the dialogs;
    `library_page` is the tab the toggle goes back to; `selection()` says what is selected;
    `show_source(source_id, page_no)` opens a source in the reader."""

    def __init__(
        self,
        host: QWidget,
        *,
        library: Callable[[], Library | None],
        tabs: QTabWidget,
        library_page: QWidget,
        cases_view: CasesView,
        status: QStatusBar,
        selection: Callable[[], Selection],
        show_source: Callable[[int, int], None],
        announce: Callable[[Changes], None],
    ) -> None:
        super().__init__(host)
        self.host = host
        self._library = library
        self.tabs = tabs
        self.library_page = library_page
        self.cases_view = cases_view
        self.status = status
        self._selection = selection
        self._show_source = show_source
        self._announce = announce
        self.dialog: AddToCaseDialog | None = None
        style = host.style()
        self.add_action = QAction(add_to_case_icon(), "", host)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.cases_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), "", host)
        self.cases_action.setCheckable(True)
        self.cases_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        host.addAction(self.add_action)

        self.add_action.triggered.connect(self.add_selection)
        self.cases_action.toggled.connect(self.show_cases)
        tabs.currentChanged.connect(
            lambda _i: self.cases_action.setChecked(tabs.currentWidget() is cases_view))
        cases_view.open_source.connect(self._open_source)

    def retranslate(self) -> None:
        for act, text, tip in (
            (self.add_action, self.tr("Add to &case…"),
             self.tr("Add the selected source, result or excerpts to a case")),
            (self.cases_action, self.tr("&Cases"),
             self.tr("Show the cases: exhibits, coverage and packet export")),
        ):
            act.setText(text)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({keys})" if keys else tip)

    def show_cases(self, show: bool = True) -> None:
        self.tabs.setCurrentWidget(self.cases_view if show else self.library_page)

    def _open_source(self, source_id: int, page_no: int) -> None:
        self.show_cases(False)
        self._show_source(source_id, page_no)

    # ---------------------------------------------------------------- requests
    def add_selection(self) -> AddToCaseDialog | None:
        """The action acts on what has focus: excerpts, a result, or the source table row."""
        selection = self._selection()
        if selection.excerpt_ids:
            return self.add_excerpts(list(selection.excerpt_ids))
        if selection.source is not None:
            return self.add_source(*selection.source)
        self.status.showMessage(
            self.tr("Select a source, a search result or excerpts to add to a case."), 6000)
        return None

    def add_source(self, source_id: int, page_no: int = 0) -> AddToCaseDialog | None:
        library = self._library()
        if library is None:
            return None
        title = library.catalog.source(source_id).title
        if page_no:
            label = library.catalog.page(source_id, page_no).label or str(page_no)
            text = self.tr("Add %1 of “%2” to a case.").replace("%1", cite_text(label))
        else:
            text = self.tr("Add the whole source “%2” to a case. You can choose its pages "
                           "afterwards in the Exhibits list.")
        addition = Addition(source_id, (page_no,) if page_no else (),
                            description=text.replace("%2", title))
        return self.open_dialog(addition)

    def add_excerpts(self, excerpt_ids: list[int]) -> AddToCaseDialog | None:
        if not excerpt_ids:
            return None
        text = self.tr("Add %n excerpts to a case. Excerpts of a source already in the case "
                       "join its exhibit.", "", len(excerpt_ids))
        return self.open_dialog(Addition(excerpt_ids=tuple(excerpt_ids), description=text))

    def open_dialog(self, addition: Addition) -> AddToCaseDialog | None:
        library = self._library()
        if library is None:
            return None
        dialog = AddToCaseDialog(library, addition, self.cases_view.current_case_id(),
                                 self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._added)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _added(self, case_id: int, exhibits: list[Exhibit]) -> None:
        self.cases_view.refresh(select=case_id)
        self._announce(Changes(cases=True))
        labels = ", ".join(e.label for e in exhibits)
        self.status.showMessage(
            self.tr("Added to the case as Tab %1.").replace("%1", labels), 8000)
