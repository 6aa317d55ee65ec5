"""The bulk tag actions for many selected sources: "Accept suggested tags" and "Clear
automatic tags" (the sources table's context menu and the Library menu). They run as one
background write with a progress dialog and Cancel for large selections; Edit ▸ Undo puts
the tags back as they were."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QStatusBar, QWidget

from evidence_app.model import BulkTagResult, Changes

from ..errors import describe_error
from ..tasks import run_in_background

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

    from ..window_undo import WindowUndo

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


def run_bulk_tags(
    window: QWidget,
    kind: str,
    source_ids: list[int] | None,
    *,
    library_now: Callable[[], Library | None],
    announce: Callable[[Changes], None],
    status: QStatusBar,
    undo: WindowUndo | None = None,
) -> None:
    """Run one bulk action over `source_ids` (None: every source) of the open library;
    `announce` gets the changes and `undo` records them. `window` parents the dialogs."""
    library = library_now()
    if library is None or source_ids == []:
        return
    count = len(source_ids) if source_ids is not None else len(library.catalog.sources())
    verb = library.tags.accept_suggestions if kind == ACCEPT else library.tags.clear_auto_tags
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
        if not shiboken6.isValid(window) or library is not library_now():
            return
        if result.changed and undo is not None:
            undo.bulk_tags(library, result, kind == ACCEPT, action_text(kind))
        announce(result.changes)
        if kind == ACCEPT:
            message = translate("BulkTags", "Accepted %1 suggested tags on %2 sources.")
            number = result.added
        else:
            message = translate("BulkTags", "Cleared %1 automatic tags from %2 sources.")
            number = result.removed
        text = message.replace("%1", str(number)).replace("%2", str(len(result.changed)))
        if result.changed:
            text += " " + translate("BulkTags", "Edit ▸ Undo puts them back.")
        status.showMessage(text, 8000)

    def failed(exc: Exception) -> None:
        finish()
        if shiboken6.isValid(window):
            QMessageBox.warning(window, action_text(kind), describe_error(exc))

    job = run_in_background(
        lambda progress, cancel: verb(source_ids, progress=progress, cancel=cancel),
        on_done=done, on_error=failed, progress=progress, writer=True)
    if dialog is not None:
        dialog.canceled.connect(job.cancel)
