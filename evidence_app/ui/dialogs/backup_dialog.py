"""Backups of the library database: list them, make one now, restore one."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model.sharing import BackupInfo, RestoreResult

from .. import tasks
from ..errors import describe_error

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

BackupRole = Qt.ItemDataRole.UserRole + 1


class BackupsDialog(QDialog):
    """Emits `changed(Changes)` after a restore."""

    changed = Signal(object)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.job: tasks.Job | None = None
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(self.tr(
            "The library database is backed up every day it is opened and before every "
            "upgrade; the newest seven of each kind are kept in the library's backups "
            "folder. Restoring puts a backup back and keeps the current state as a new "
            "backup, so a restore can be undone."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.tree.setAccessibleName(self.tr("Backups"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 400)
        self.refresh()

    def kind_label(self, kind: str) -> str:
        labels = {
            "daily": self.tr("Daily"),
            "manual": self.tr("Made by you"),
            "before-restore": self.tr("Before a restore"),
        }
        return labels.get(kind, self.tr("Before an upgrade") if kind.startswith("before-")
                          else kind)

    def refresh(self) -> None:
        self.tree.clear()
        locale = QLocale()
        for backup in self.library.backups.backups():
            made = datetime.fromisoformat(backup.created).astimezone()
            item = QTreeWidgetItem(self.tree, [
                made.strftime("%Y-%m-%d %H:%M"), self.kind_label(backup.kind),
                locale.formattedDataSize(backup.size)])
            item.setData(0, BackupRole, backup)
            item.setToolTip(0, backup.path)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        value = item.data(0, BackupRole) if item is not None else None
        return value if isinstance(value, BackupInfo) else None

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)

    def back_up_now(self) -> None:
        library = self.library
        self.status.setText(self.tr("Backing up…"))
        self.job = tasks.run_in_background(library.backups.backup, on_done=self._backed_up,
                                           on_error=self._failed)
        self._update_buttons()

    def _backed_up(self, info: object) -> None:
        self.job = None
        self.status.setText(self.tr("Backed up."))
        self.refresh()

    def restore_selected(self) -> None:
        backup = self.selected()
        current = self.tree.currentItem()
        if backup is None or current is None:
            return
        answer = QMessageBox.question(self, self.tr("Restore a backup"), self.tr(
            "Put the library back as it was on {date}? Sources, tags, excerpts and cases "
            "changed since then go back too; the current state is kept as a backup first."
        ).format(date=current.text(0)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        library, path = self.library, backup.path
        self.status.setText(self.tr("Restoring and rebuilding the search index…"))
        self.job = tasks.run_in_background(
            lambda progress, cancel: library.backups.restore(path, progress=progress),
            on_done=self._restored, on_error=self._failed, progress=lambda *_: None,
            writer=True)
        self._update_buttons()

    def _restored(self, result: object) -> None:
        self.job = None
        if isinstance(result, RestoreResult):
            text = self.tr("Restored: the library has {count} sources.").format(
                count=result.sources)
            if result.missing_files:
                text += " " + self.tr("{count} of them have no original file here; run a "
                                      "library check.").format(count=result.missing_files)
            self.status.setText(text)
            self.changed.emit(result.changes)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.job = None
        self.status.setText(describe_error(exc))
        self._update_buttons()
