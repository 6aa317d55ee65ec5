"""The last page of the import dialog: what was imported, what was there, what failed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import ImportFailure, ImportReport
from evidence_app.ui.errors import describe_import_failure, import_reason
from evidence_app.ui.widgets.tag_picker import children

SourceRole = Qt.ItemDataRole.UserRole + 2
FailureRole = Qt.ItemDataRole.UserRole + 3


class ImportReportView(QWidget):
    """Groups of files by outcome; a failed password-protected PDF has an "Enter password…"
    button (signal `password_requested(path)`)."""

    password_requested = Signal(str)
    edit_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = self
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.report_tree = QTreeWidget(page)
        self.report_tree.setColumnCount(3)
        self.report_tree.setHeaderLabels([self.tr("File"), self.tr("What happened"), ""])
        self.report_tree.setAccessibleName(self.tr("Import report"))
        self.report_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.report_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.report_tree.setColumnWidth(0, 300)
        self.report_tree.itemSelectionChanged.connect(self._show_detail)
        self.report_tree.itemDoubleClicked.connect(lambda *_: self.edit_requested.emit())
        self.detail = QLabel(page)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("&Edit details…"), page)
        self.edit_button.setToolTip(
            self.tr("Check title, publisher, date and tags of the imported sources")
        )
        self.edit_button.clicked.connect(self.edit_requested)
        close = QPushButton(self.tr("&Close"), page)
        close.setDefault(True)
        close.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.tree = self.report_tree

    def show_report(self, report: ImportReport) -> None:
        heading = (
            self.tr("The import was cancelled.") if report.cancelled
            else self.tr("Import finished.")
        )
        lines = [f"<b>{heading}</b>"]
        lines.append(self.tr("Imported: %1").replace("%1", str(len(report.imported))))
        if report.duplicates:
            lines.append(self.tr("Already in the library: %1").replace(
                "%1", str(len(report.duplicates))
            ))
        if report.needs_ocr:
            lines.append(self.tr("Imported, but need OCR (no text): %1").replace(
                "%1", str(len(report.needs_ocr))
            ))
        if report.failed:
            lines.append(self.tr("Could not import: %1").replace("%1", str(len(report.failed))))
        self.summary.setText("<br>".join(lines))
        tree = self.report_tree
        tree.clear()
        names = {s.id: s.original_name for s in report.imported}
        if report.failed:
            group = self._group(self.tr("Could not import (%1)"), len(report.failed))
            for failure in report.failed:
                self._failure_row(group, failure)
        if report.needs_ocr:
            group = self._group(self.tr("Imported, but need OCR (%1)"), len(report.needs_ocr))
            for source in report.needs_ocr:
                item = QTreeWidgetItem(group, [source.original_name, import_reason("no_text")])
                item.setData(0, SourceRole, source.id)
        if report.imported:
            group = self._group(self.tr("Imported (%1)"), len(report.imported))
            for source in report.imported:
                item = QTreeWidgetItem(group, [names[source.id], source.title])
                item.setData(0, SourceRole, source.id)
                item.setToolTip(1, source.title)
        if report.duplicates:
            group = self._group(self.tr("Already in the library (%1)"), len(report.duplicates))
            for path, _existing in report.duplicates:
                item = QTreeWidgetItem(
                    group, [Path(path).name, self.tr("The same file is already in the library.")]
                )
                item.setToolTip(0, path)
        tree.expandAll()
        self.edit_button.setEnabled(bool(report.imported))
        self.detail.clear()

    def _group(self, text: str, count: int) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.report_tree, [text.replace("%1", str(count))])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        return group

    def _failure_row(self, group: QTreeWidgetItem, failure: ImportFailure) -> None:
        name = Path(failure.path).name or failure.path
        item = QTreeWidgetItem(group, [name, import_reason(failure.reason)])
        item.setData(0, FailureRole, failure)
        item.setToolTip(0, failure.path)
        item.setToolTip(1, describe_import_failure(failure))
        if failure.reason == "encrypted":
            button = QPushButton(self.tr("Enter password…"), self.report_tree)
            button.setAccessibleName(self.tr("Enter the password for %1").replace("%1", name))
            button.clicked.connect(lambda _=False, p=failure.path: self.password_requested.emit(p))
            self.report_tree.setItemWidget(item, 2, button)

    def _show_detail(self) -> None:
        items = self.report_tree.selectedItems()
        failure = items[0].data(0, FailureRole) if items else None
        if isinstance(failure, ImportFailure):
            self.detail.setText(describe_import_failure(failure))
        else:
            self.detail.clear()

    def selected_source_ids(self) -> list[int]:
        chosen = [item.data(0, SourceRole) for item in self.report_tree.selectedItems()]
        return [c for c in chosen if c]

    def password_buttons(self) -> dict[str, QPushButton]:
        """Path -> its "Enter password…" button."""
        found: dict[str, QPushButton] = {}
        for group in children(self.report_tree.invisibleRootItem()):
            for row in children(group):
                failure = row.data(0, FailureRole)
                widget = self.report_tree.itemWidget(row, 2)
                if isinstance(failure, ImportFailure) and isinstance(widget, QPushButton):
                    found[failure.path] = widget
        return found
