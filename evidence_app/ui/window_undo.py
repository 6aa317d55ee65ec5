"""Edit ▸ Undo / Redo for the window: deleting a source and removing an exhibit (the
Excerpts panel keeps its own history for deleted excerpts; with focus in it, Undo acts
there). Writes go through the writer pool, in order; each command's state (the id a
restored source or exhibit got) is set inside its write, so a quick Redo after Undo acts
on the right row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QStatusBar, QWidget

from evidence_app.model import BulkTagResult, Changes, DeletedSource
from evidence_app.model.cases import Exhibit

from .errors import describe_error
from .tasks import run_in_background

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

    from .library_view.excerpts_panel import ExcerptsPanel


class _Command(QUndoCommand):
    """A change already made when pushed: the first redo() does nothing."""

    def __init__(self, undo: WindowUndo, library: Library, text: str) -> None:
        super().__init__(text)
        self.owner = undo
        self.library = library
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        self.owner.write(self.library, self.do)

    def undo(self) -> None:
        self.owner.write(self.library, self.undo_write)

    def do(self) -> Changes:
        raise NotImplementedError

    def undo_write(self) -> Changes:
        raise NotImplementedError


class DeleteSource(_Command):
    def __init__(self, undo: WindowUndo, library: Library, deleted: DeletedSource,
                 text: str) -> None:
        super().__init__(undo, library, text)
        self.deleted = deleted
        self.source_id = deleted.source.id

    def do(self) -> Changes:
        self.deleted = self.library.catalog.delete_source_undoably(
            self.source_id, with_excerpts=True
        )
        return Changes(sources=True, excerpts=bool(self.deleted.excerpts))

    def undo_write(self) -> Changes:
        self.source_id, changes = self.library.catalog.restore_source(self.deleted)
        return changes


class RemoveExhibit(_Command):
    def __init__(self, undo: WindowUndo, library: Library, exhibit: Exhibit, text: str) -> None:
        super().__init__(undo, library, text)
        self.exhibit = exhibit
        self.exhibit_id = exhibit.id

    def do(self) -> Changes:
        return self.library.cases.remove_exhibit(self.exhibit_id)

    def undo_write(self) -> Changes:
        old, library = self.exhibit, self.library
        if old.scope == "excerpts" and old.excerpt_ids:
            new = library.cases.add_excerpts_exhibit(old.case_id, list(old.excerpt_ids),
                                               lettered=old.lettered)[0]
        else:
            new = library.cases.add_exhibit(old.case_id, old.source_id,
                                      pages=old.page_ranges or None, lettered=old.lettered)
        library.cases.move_exhibit(new.id, old.position)
        self.exhibit_id = new.id
        return Changes(cases=True)


class BulkTags(_Command):
    """Accept suggested tags / clear automatic tags over many sources: undo puts each
    source's tags back with their origins; redo runs the action again on those sources."""

    def __init__(self, undo: WindowUndo, library: Library, result: BulkTagResult,
                 accept: bool, text: str) -> None:
        super().__init__(undo, library, text)
        self.result = result
        self.accept = accept

    def do(self) -> Changes:
        verb = (
            self.library.tags.accept_suggestions
            if self.accept
            else self.library.tags.clear_auto_tags
        )
        self.result = verb(list(self.result.changed))
        return self.result.changes

    def undo_write(self) -> Changes:
        return self.library.tags.restore_tags(self.result.before)


class WindowUndo(QObject):
    """Edit ▸ Undo/Redo for the window: its own stack (deleted sources, bulk tags, removed
    exhibits) and the excerpts panel's. `host` is the window the dialogs belong to."""

    def __init__(
        self,
        host: QWidget,
        *,
        library: Callable[[], Library | None],
        excerpts_panel: ExcerptsPanel,
        edit_menu: QMenu,
        status: QStatusBar,
        announce: Callable[[Changes], None],
    ) -> None:
        super().__init__(host)
        self.host = host
        self._library = library
        self.excerpts_panel = excerpts_panel
        self.status = status
        self._announce = announce
        self.stack = QUndoStack(self)
        self.undo_action = QAction(self)
        self.redo_action = QAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        # one Ctrl+Z in the window: the panel's own shortcut would make it ambiguous
        panel = excerpts_panel
        panel.undo_action.setShortcuts([])
        panel.redo_action.setShortcuts([])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        for signal in (self.stack.canUndoChanged, self.stack.canRedoChanged,
                       self.stack.indexChanged, panel.undo_stack.indexChanged,
                       panel.undo_stack.canUndoChanged):
            signal.connect(self._update)
        edit = edit_menu
        actions = edit.actions()
        if actions:
            edit.insertActions(actions[0], [self.undo_action, self.redo_action])
            edit.insertSeparator(actions[0])
        else:
            edit.addActions([self.undo_action, self.redo_action])
            edit.addSeparator()
        self._update()

    def retranslate(self) -> None:
        self._update()

    def _panel_focused(self) -> bool:
        focus = self.host.focusWidget()
        return focus is not None and self.excerpts_panel.isAncestorOf(focus)

    def _current(self) -> QUndoStack:
        panel_stack = self.excerpts_panel.undo_stack
        if self._panel_focused() or not (self.stack.canUndo() or self.stack.canRedo()):
            return panel_stack
        return self.stack

    def undo(self) -> None:
        stack = self._current()
        if stack.canUndo():
            stack.undo()

    def redo(self) -> None:
        stack = self._current()
        if stack.canRedo():
            stack.redo()

    def _update(self, *_: object) -> None:
        stack = self._current()
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo_text) if undo_text
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo_text) if redo_text
                                 else self.tr("&Redo"))

    # ---------------------------------------------------------------- writes
    def write(self, library: Library, job: Any) -> None:
        window = self.host

        def done(changes: Changes) -> None:
            if shiboken6.isValid(window) and library is self._library():
                self._announce(changes)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(window):
                QMessageBox.warning(window, self.tr("Undo"), describe_error(exc))

        run_in_background(job, on_done=done, on_error=failed, writer=True)

    def delete_source(self, source_id: int, with_excerpts: bool, title: str) -> None:
        """Delete now, with Edit ▸ Undo to bring it back."""
        window, library = self.host, self._library()
        if library is None:
            return

        def done(deleted: DeletedSource) -> None:
            if not shiboken6.isValid(window) or library is not self._library():
                return
            text = self.tr("Delete “%1”").replace("%1", title)
            self.stack.push(DeleteSource(self, library, deleted, text))
            self._announce(Changes(sources=True, excerpts=bool(deleted.excerpts)))
            self.status.showMessage(
                self.tr("Deleted “%1”. Edit ▸ Undo brings it back.").replace("%1", title), 8000)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(window):
                QMessageBox.warning(window, self.tr("Delete source"), describe_error(exc))

        run_in_background(
            lambda: library.catalog.delete_source_undoably(source_id, with_excerpts=with_excerpts),
            on_done=done, on_error=failed, writer=True)

    def bulk_tags(self, library: Library, result: BulkTagResult, accept: bool,
                  text: str) -> None:
        """A bulk tag action already done (ui/bulk_tags.py): Edit ▸ Undo puts tags back."""
        self.stack.push(BulkTags(self, library, result, accept, text))

    def exhibit_removed(self, exhibit: Exhibit) -> None:
        library = self._library()
        if library is not None:
            text = self.tr("Remove Tab %1").replace("%1", exhibit.label)
            self.stack.push(RemoveExhibit(self, library, exhibit, text))

    def forget(self, library: Library) -> None:
        """The library closes: its history ends and the kept files of deleted sources go."""
        self.stack.clear()
        library.catalog.forget_deleted()
