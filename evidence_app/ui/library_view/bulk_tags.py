"""The bulk tag actions for many selected sources: "Accept suggested tags" and "Clear
automatic tags" (the sources table's context menu and the Library menu). They run as one
background write with a progress dialog and Cancel for large selections; Edit ▸ Undo puts
the tags back as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from evidence_app.model import BulkTagResult

from ..errors import describe_error
from ..tasks import run_in_background

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

ACCEPT = "accept"
CLEAR = "clear"
# Below this many sources the work is quick: no progress dialog flashes up.
PROGRESS_FROM = 20
translate = QCoreApplication.translate


def action_text(kind: str) -> str:
    if kind == ACCEPT:
        return translate("BulkTags", "Accept suggested tags")
    return translate("BulkTags", "Clear automatic tags")


def action_tip(kind: str) -> str:
    if kind == ACCEPT:
        return translate("BulkTags", "Add the countries and risk types suggested from each "
                                     "selected source's text as your own tags")
    return translate("BulkTags", "Remove the tags the app applied at import (marked “auto”) "
                                 "from the selected sources")


def run_bulk_tags(window: Any, kind: str, source_ids: list[int] | None) -> None:
    """Run one bulk action over `source_ids` (None: every source) of `window.library`; the
    window announces the changes and its WindowUndo records them."""
    library: Library | None = getattr(window, "library", None)
    if library is None or source_ids == []:
        return
    count = len(source_ids) if source_ids is not None else len(library.sources())
    verb = library.accept_suggestions if kind == ACCEPT else library.clear_auto_tags
    dialog: QProgressDialog | None = None
    if count >= PROGRESS_FROM:
        dialog = QProgressDialog(action_text(kind), translate("BulkTags", "Cancel"), 0, count,
                                 window)
        dialog.setWindowTitle(action_text(kind))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

    def progress(done: int, total: int, _label: str) -> None:
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

    def finish() -> None:
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.deleteLater()

    def done(result: BulkTagResult) -> None:
        finish()
        if not shiboken6.isValid(window) or library is not window.library:
            return
        undo = getattr(window, "window_undo", None)
        if result.changed and undo is not None:
            undo.bulk_tags(library, result, kind == ACCEPT, action_text(kind))
        window.announce(result.changes)
        if kind == ACCEPT:
            message = translate("BulkTags", "Accepted %1 suggested tags on %2 sources.")
            number = result.added
        else:
            message = translate("BulkTags", "Cleared %1 automatic tags from %2 sources.")
            number = result.removed
        text = message.replace("%1", str(number)).replace("%2", str(len(result.changed)))
        if result.changed:
            text += " " + translate("BulkTags", "Edit ▸ Undo puts them back.")
        window.statusBar().showMessage(text, 8000)

    def failed(exc: Exception) -> None:
        finish()
        if shiboken6.isValid(window):
            QMessageBox.warning(window, action_text(kind), describe_error(exc))

    job = run_in_background(
        lambda progress, cancel: verb(source_ids, progress=progress, cancel=cancel),
        on_done=done, on_error=failed, progress=progress, writer=True)
    if dialog is not None:
        dialog.canceled.connect(job.cancel)


def selected_or_all(window: QWidget) -> list[int] | None:
    """The sources selected in the window's sources table; None (every source) when none."""
    table = getattr(window, "sources_table", None)
    ids = table.selected_source_ids() if table is not None else []
    return ids or None
