"""The export dialog's last page: the files written, the exhibits in each, and what to check
before filing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model.cases import PacketNote, PacketResult

translate = QCoreApplication.translate


def size_text(size: int) -> str:
    # Decimal units, as ECAS counts its 25 MB limit.
    if size >= 1_000_000:
        return translate("ExportDialog", "%1 MB").replace("%1", f"{size / 1e6:.1f}")
    return translate("ExportDialog", "%1 KB").replace("%1", str(max(1, round(size / 1000))))


def page_span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


class ExportResultPage(QWidget):
    """Its words are the export dialog's (translated under that name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.parts_tree = QTreeWidget(self)
        self.parts_tree.setColumnCount(3)
        self.parts_tree.header().setStretchLastSection(False)
        self.parts_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.parts_tree.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.parts_tree, 1)
        layout.addWidget(self.warnings_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.parts_tree.setHeaderLabels([translate("ExportDialog", "File"),
                                         translate("ExportDialog", "Pages"),
                                         translate("ExportDialog", "Size")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_result(self, result: PacketResult, summary: str) -> None:
        self.summary.setText(summary)
        self.parts_tree.clear()
        for number, part in enumerate(result.parts, start=1):
            item = QTreeWidgetItem([Path(part.path).name,
                                    page_span(part.first_page, part.last_page),
                                    size_text(part.size)])
            item.setToolTip(0, part.path)
            self.parts_tree.addTopLevelItem(item)
            for row in result.index:
                # an exhibit cut between parts is listed under each part holding a piece
                pieces = row.pieces or ((row.part, row.first_page, row.last_page),)
                for piece_part, first, last in pieces:
                    if piece_part != number:
                        continue
                    title = row.description.split("\n")[0]
                    child = QTreeWidgetItem(item, [translate("ExportDialog", "Tab %1: %2").replace(
                        "%1", row.label).replace("%2", title), page_span(first, last), ""])
                    child.setToolTip(0, row.description)
            item.setExpanded(True)
        if result.warnings:
            worded = [self.note_text(n) for n in result.notes] or list(result.warnings)
            lines = "\n".join(f"• {w}" for w in worded)
            self.warnings_label.setText(
                translate("ExportDialog", "Check before filing:") + "\n" + lines)
        else:
            self.warnings_label.setText("")
        self.warnings_label.setVisible(bool(result.warnings))

    def note_text(self, note: PacketNote) -> str:
        if note.kind == "part_too_large":
            return translate(
                "ExportDialog",
                "Part {part} is {size:.1f} MB, over the limit of {limit:.1f} MB: it could not "
                "be split to fit. Ask the court how to file it."
            ).format(part=note.part, size=note.size_mb, limit=note.limit_mb)
        if note.kind == "original_unavailable":
            return translate(
                "ExportDialog",
                "Tab {tab}: the original pages could not be opened ({reason}); its text is "
                "laid out instead."
            ).format(tab=note.exhibit, reason=note.detail)
        return note.detail or note.kind
