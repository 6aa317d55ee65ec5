"""The window's parts stand on their own: a helper is given the widgets and callables it acts
on (not the window), each panel refreshes itself on library_changed, and the task runner is
an object the window is given."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

from evidence_app.library.facade import Library
from evidence_app.model import Changes
from evidence_app.ui import tasks
from evidence_app.ui.cases.case_actions import CaseActions, Selection
from evidence_app.ui.cases.cases_view import CasesView
from evidence_app.ui.main_window import MainWindow


def test_case_actions_work_without_a_main_window(qtbot, ui_library: Library) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    tabs, page, cases = QTabWidget(host), QWidget(), CasesView()
    tabs.addTab(page, "Library")
    tabs.addTab(cases, "Cases")
    cases.set_library(ui_library)
    status = QStatusBar(host)
    source = ui_library.catalog.sources()[0]
    shown: list[tuple[int, int]] = []
    announced: list[Changes] = []
    actions = CaseActions(
        host, library=lambda: ui_library, tabs=tabs, library_page=page, cases_view=cases,
        status=status, selection=lambda: Selection(source=(source.id, 0)),
        show_source=lambda s, p: shown.append((s, p)), announce=announced.append)
    actions.show_cases()
    assert tabs.currentWidget() is cases and actions.cases_action.isChecked()
    cases.open_source.emit(source.id, 1)  # a link on the Cases tab opens the reader
    assert tabs.currentWidget() is page and shown == [(source.id, 1)]
    dialog = actions.add_selection()
    assert dialog is not None and source.title in dialog.addition.description
    nothing = CaseActions(
        host, library=lambda: ui_library, tabs=tabs, library_page=page, cases_view=cases,
        status=status, selection=Selection, show_source=lambda s, p: None,
        announce=announced.append)
    assert nothing.add_selection() is None
    assert "Select a source" in status.currentMessage()
    dialog.reject()
    cases.set_library(None)  # let go before the library closes (a late language change reads)


def test_the_window_uses_the_runner_it_is_given(qtbot, ui_library: Library) -> None:  # type: ignore[no-untyped-def]
    before = sys.getswitchinterval()
    runner = tasks.SynchronousRunner()
    win = MainWindow(ui_library, owns_library=False, runner=runner)
    qtbot.addWidget(win)
    assert win.runner is runner and tasks.runner() is runner
    assert sys.getswitchinterval() == before  # the app sets it at start-up, not the window
    jobs: list[int] = []
    tasks.run_in_background(lambda: 1, on_done=jobs.append)
    assert jobs == [1]  # at once, on this thread
    win.close_library()  # lets go of the library before the test closes it


def test_each_panel_refreshes_itself_on_library_changed(qtbot, ui_library: Library) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(ui_library, owns_library=False)
    qtbot.addWidget(win)
    source = ui_library.catalog.sources()[0]
    win.show_hit(source.id, 1)
    ui_library.excerpts.add_excerpt(source.id, 1, 0, 12)
    marks = win.reader.text.extraSelections
    assert win.excerpts_panel.model.rowCount() == 0 and not marks()
    win.library_changed.emit(Changes(excerpts=True))
    assert win.excerpts_panel.model.rowCount() == 1  # the panel read its excerpts again
    assert marks()  # and the reader marked the clipped passage
    win.close_library()
