"""The Library menu (new, open, recent libraries, rebuild the index) and the bar that offers
to rebuild a stale search index, with progress, in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QStatusBar,
    QWidget,
)

from evidence_app.folder import files as folder_names
from evidence_app.model import Changes

from . import tasks
from .errors import describe_error
from .library_view.bulk_tags import (
    ACCEPT,
    CLEAR,
    action_text,
    action_tip,
)

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

DB_NAME = folder_names.DB_NAME
RECENT_KEY = "LibraryMenu/recent"
MAX_RECENT = 8


def recent_libraries() -> list[Path]:
    value = QSettings().value(RECENT_KEY, [])
    # QSettings gives a lone string for a one-item list in INI files
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [Path(str(p)) for p in items if str(p)]


def remember_library(folder: Path) -> None:
    folder = Path(folder)
    items = [folder] + [p for p in recent_libraries() if p != folder]
    QSettings().setValue(RECENT_KEY, [str(p) for p in items[:MAX_RECENT]])


def is_library(folder: Path) -> bool:
    return folder_names.is_library(folder)


class LibraryMenu(QMenu):
    """Emits `open_library(Path)` for a folder the user chose (new or existing). Given the
    open library, `announce` for the changes its dialogs make, the status bar,
    `bulk_tags(kind)` (for the selected sources) and `close_library()`/`reopen(folder)` to
    recover a damaged database."""

    open_library = Signal(object)
    rebuild_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        library: Callable[[], Library | None],
        announce: Callable[[Changes], None],
        status: QStatusBar,
        bulk_tags: Callable[[str], None],
        close_library: Callable[[], None],
        reopen: Callable[[Path], object],
    ) -> None:
        super().__init__(parent)
        self._get_library = library
        self._announce_changes = announce
        self.status = status
        self._bulk_tags = bulk_tags
        self._close_library = close_library
        self._reopen = reopen
        self.new_action = self.addAction("")
        self.open_action = self.addAction("")
        self.recent_menu = QMenu(self)
        self.addMenu(self.recent_menu)
        self.addSeparator()
        self.rebuild_action = self.addAction("")
        self._add_tag_actions()
        self._add_trust_actions()
        self.new_action.triggered.connect(self.new_library)
        self.open_action.triggered.connect(self.choose_library)
        self.rebuild_action.triggered.connect(self.rebuild_requested)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Library"))
        self.new_action.setText(self.tr("&New library…"))
        self.new_action.setToolTip(self.tr("Start an empty library in a folder you choose"))
        self.open_action.setText(self.tr("&Open library…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.rebuild_action.setText(self.tr("Re&build search index"))
        self._retranslate_tag_actions()
        self._retranslate_trust_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in recent_libraries() if is_library(p)]
        for folder in recent:
            action = self.recent_menu.addAction(str(folder))
            action.triggered.connect(lambda _c=False, f=folder: self.open_library.emit(f))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent libraries")).setEnabled(False)

    def new_library(self) -> None:
        parent = self.parentWidget()
        folder = QFileDialog.getExistingDirectory(
            parent, self.tr("Choose an empty folder for the new library")
        )
        if not folder:
            return
        path = Path(folder)
        if not is_library(path) and any(path.iterdir()):
            path = path / self.tr("Evidence Library")
            answer = QMessageBox.question(
                parent,
                self.tr("New library"),
                self.tr("That folder is not empty. Create the library in a new folder "
                        "inside it?\n\n{path}").format(path=path),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.open_library.emit(path)

    def choose_library(self) -> None:
        parent = self.parentWidget()
        folder = QFileDialog.getExistingDirectory(parent, self.tr("Open a library folder"))
        if not folder:
            return
        path = Path(folder)
        if not is_library(path):
            answer = QMessageBox.question(
                parent,
                self.tr("Open library"),
                self.tr("There is no library in this folder yet. Start a new library "
                        "here?\n\n{path}").format(path=path),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.open_library.emit(path)


    # ------------------------------------------------------------ bundles and backups
    def _add_tag_actions(self) -> None:
        """Accept suggested tags / clear automatic tags, for the sources selected in the
        window's table (all sources when none is selected)."""
        self.addSeparator()
        self.accept_tags_action = self.addAction("")
        self.clear_auto_action = self.addAction("")
        self.accept_tags_action.triggered.connect(lambda: self.bulk_tags(ACCEPT))
        self.clear_auto_action.triggered.connect(lambda: self.bulk_tags(CLEAR))
        self.setToolTipsVisible(True)

    def _retranslate_tag_actions(self) -> None:
        self.accept_tags_action.setText(action_text(ACCEPT) + self.tr(" (selected sources)"))
        self.accept_tags_action.setToolTip(action_tip(ACCEPT) + " " + self.tr(
            "(every source when none is selected)"))
        self.clear_auto_action.setText(action_text(CLEAR) + self.tr(" (selected sources)"))
        self.clear_auto_action.setToolTip(action_tip(CLEAR) + " " + self.tr(
            "(every source when none is selected)"))

    def bulk_tags(self, kind: str) -> None:
        if self._library() is not None:
            self._bulk_tags(kind)

    def _add_trust_actions(self) -> None:
        self.addSeparator()
        self.starter_action = self.addAction("")
        self.starter_action.triggered.connect(self.add_starter)
        self.export_bundle_action = self.addAction("")
        self.import_bundle_action = self.addAction("")
        self.addSeparator()
        self.backup_action = self.addAction("")
        self.restore_action = self.addAction("")
        self.recover_action = self.addAction("")
        self.recover_action.triggered.connect(self.recover_database)
        self.export_bundle_action.triggered.connect(self.export_bundle)
        self.import_bundle_action.triggered.connect(self.import_bundle)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.show_backups)
        self.aboutToShow.connect(self._update_trust_actions)

    def _retranslate_trust_actions(self) -> None:
        self.starter_action.setText(self.tr("Add the &starter library (State Department "
                                            "reports)…"))
        self.starter_action.setToolTip(self.tr(
            "Add the State Department country reports for the ACA countries, 2016–2024, "
            "shipped with the app: no internet needed"))
        self.export_bundle_action.setText(self.tr("&Export bundle…"))
        self.export_bundle_action.setToolTip(
            self.tr("Write sources, their files, tags and excerpts to one file to share"))
        self.import_bundle_action.setText(self.tr("&Import bundle…"))
        self.backup_action.setText(self.tr("Back &up now"))
        self.restore_action.setText(self.tr("Res&tore from a backup…"))
        self.recover_action.setText(self.tr("Check the database and &recover it…"))
        self.recover_action.setToolTip(self.tr(
            "When the library database is damaged: keep it aside, put back the newest sound "
            "backup, add what can still be read and import the original files again"))

    def _library(self) -> Library | None:
        return self._get_library()

    def _announce(self, changes: Changes) -> None:
        self._announce_changes(changes)

    def _update_trust_actions(self) -> None:
        has_library = self._library() is not None
        for action in (self.starter_action, self.export_bundle_action, self.import_bundle_action,
                       self.backup_action, self.restore_action, self.recover_action,
                       self.accept_tags_action, self.clear_auto_action):
            action.setEnabled(has_library)

    def export_bundle(self) -> QWidget | None:
        library = self._library()
        if library is None:
            return None
        from .dialogs.bundle_dialog import BundleExportDialog

        dialog = BundleExportDialog(library, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_bundle(self) -> QWidget | None:
        library = self._library()
        if library is None:
            return None
        from .dialogs.bundle_dialog import import_bundle_file

        dialog = import_bundle_file(library, self.parentWidget())
        if dialog is not None:
            dialog.changed.connect(self._announce)
        return dialog

    def add_starter(self) -> QObject | None:
        """Add the shipped State Department reports (asks about ones removed before)."""
        library = self._library()
        if library is None:
            return None
        from .dialogs.starter_dialog import add_starter

        return add_starter(library, self.parentWidget(), announce=self._announce)

    def back_up_now(self) -> None:
        library = self._library()
        if library is None:
            return
        window = self.parentWidget()

        def done(info: object) -> None:
            self.status.showMessage(self.tr("Library backed up."), 5000)

        def failed(exc: Exception) -> None:
            QMessageBox.warning(window, self.tr("Back up now"), describe_error(exc))

        tasks.run_in_background(library.backups.backup, on_done=done, on_error=failed)

    def recover_database(self) -> bool:
        """SQLite's own check of the database; when it fails, offer to recover (the library
        is closed meanwhile and opened again after). True when it was recovered."""
        library = self._library()
        window = self.parentWidget()
        if library is None:
            return False
        reason = library.recovery.database_damage()
        if not reason:
            QMessageBox.information(window, self.tr("Check the database"),
                                    self.tr("The library database is sound."))
            return False
        from evidence_app.errors import DatabaseDamaged

        from .dialogs.recovery_dialog import ask_to_recover, run_recovery

        folder = library.folder
        if not ask_to_recover(DatabaseDamaged(str(folder / folder_names.DB_NAME), reason), window):
            return False
        self._close_library()
        recovered = run_recovery(folder, window)
        self._reopen(folder)
        return recovered

    def show_backups(self) -> QWidget | None:
        library = self._library()
        if library is None:
            return None
        from .dialogs.backup_dialog import BackupsDialog

        dialog = BackupsDialog(library, self.parentWidget())
        dialog.changed.connect(self._announce)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
