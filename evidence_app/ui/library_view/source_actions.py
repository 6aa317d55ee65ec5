"""What the library tab does to one source: clip an excerpt of it, edit its details, delete
it (undoably, through the window's Edit ▸ Undo)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from evidence_app.model import Changes

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class SourceActions(QObject):
    """`host` parents the dialogs; `announce` gets each change they made; `delete(source_id,
    with_excerpts, title)` deletes a source undoably."""

    def __init__(
        self,
        host: QWidget,
        *,
        library: Callable[[], Library | None],
        announce: Callable[[Changes], None],
        delete: Callable[[int, bool, str], None],
    ) -> None:
        super().__init__(host)
        self.host = host
        self._library = library
        self._announce = announce
        self._delete = delete
        self.excerpt_dialog: QWidget | None = None  # the latest, for tests and screenshots

    def open_excerpt_dialog(
        self, source_id: int, page_no: int, start: int, end: int, quote: str
    ) -> QWidget | None:
        library = self._library()
        if library is None:
            return None
        from ..reader.excerpt_dialog import ExcerptDialog

        dialog = ExcerptDialog(
            library, self.host, source_id=source_id, page_no=page_no, start=start, end=end,
            quote=quote,
        )
        dialog.changed.connect(self._announce)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.excerpt_dialog = dialog
        dialog.open()
        return dialog

    def edit_source(self, source_id: int) -> QWidget | None:
        library = self._library()
        if library is None:
            return None
        from .metadata_dialog import MetadataDialog

        dialog = MetadataDialog(library, source_id, self.host)
        dialog.changed.connect(self._announce)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_source(self, source_id: int) -> None:
        library = self._library()
        if library is None:
            return
        source = library.catalog.source(source_id)
        excerpts = len(library.excerpts.excerpts(source_id=source_id))
        text = self.tr("Delete “{title}” from the library? Its stored file is removed too.")
        if excerpts:
            text = self.tr(
                "Delete “{title}” and its {count} excerpts from the library? Its stored file "
                "is removed too."
            )
        answer = QMessageBox.question(
            self.host, self.tr("Delete source"), text.format(title=source.title, count=excerpts)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._delete(source_id, bool(excerpts), source.title)
