"""Attach or remove the English translation file of a source (sources table context menu).

A foreign-language exhibit needs a certified English translation in the packet; the file
(PDF, DOCX or text) is stored in the library like an original and follows the original
in every packet that holds the source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from evidence_app.model import Changes, SourceTranslation
from evidence_app.ui import tasks
from evidence_app.ui.errors import describe_error

if TYPE_CHECKING:
    from evidence_app.library.facade import Library
    from evidence_app.ui.library_view.sources_table import SourcesTable

SETTINGS_FOLDER = "TranslationActions/last_folder"


class TranslationActions(QObject):
    """`host` parents the dialogs; `table` asks to attach or remove; `announce` gets the
    changes."""

    def __init__(
        self,
        host: QWidget,
        *,
        library: Callable[[], Library | None],
        table: SourcesTable,
        status: QStatusBar,
        announce: Callable[[Changes], None],
    ) -> None:
        super().__init__(host)
        self.host = host
        self._library = library
        self.status = status
        self._announce = announce
        table.has_translation = self.has_translation
        table.attach_translation_requested.connect(self.attach)
        table.remove_translation_requested.connect(self.remove)

    def has_translation(self, source_id: int) -> bool:
        library = self._library()
        return library is not None and library.translations.translation(source_id) is not None

    def choose_file(self, source_id: int) -> str:
        folder = str(QSettings().value(SETTINGS_FOLDER, "") or "")
        name, _ = QFileDialog.getOpenFileName(
            self.host,
            self.tr("English translation of source %1").replace("%1", str(source_id)),
            folder,
            self.tr("Translations (*.pdf *.docx *.txt *.text *.md);;All files (*)"),
        )
        return name

    def attach(self, source_id: int, path: str | None = None) -> None:
        library = self._library()
        if library is None:
            return
        name = path if path is not None else self.choose_file(source_id)
        if not name:
            return
        QSettings().setValue(SETTINGS_FOLDER, str(Path(name).parent))
        current = library.translations.translation(source_id)
        if current is not None and path is None:
            answer = QMessageBox.question(
                self.host, self.tr("Attach English translation"),
                self.tr("Replace the translation already attached (%1)?").replace(
                    "%1", current.original_name))
            if answer != QMessageBox.StandardButton.Yes:
                return

        def done(found: SourceTranslation) -> None:
            self.status.showMessage(
                self.tr("English translation %1 attached: it follows the original in packets, "
                        "with a certificate of translation.").replace("%1", found.original_name),
                8000)
            self._announce(Changes(sources=True))

        def failed(exc: Exception) -> None:
            QMessageBox.warning(self.host, self.tr("Attach English translation"),
                                describe_error(exc))

        tasks.run_in_background(lambda: library.translations.attach_translation(source_id, name),
                                on_done=done, on_error=failed, writer=True)

    def remove(self, source_id: int) -> None:
        library = self._library()
        if library is None:
            return

        def failed(exc: Exception) -> None:
            QMessageBox.warning(self.host, self.tr("Remove translation"), describe_error(exc))

        tasks.run_in_background(lambda: library.translations.remove_translation(source_id),
                                on_done=self._announce, on_error=failed, writer=True)
