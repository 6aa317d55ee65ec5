"""The exhibits of a case as a table model: tab, citation, what is included, pages, excerpts
and a warning icon for old sources. Drops ask the library to move an exhibit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QStyle, QWidget

from evidence_app.model.cases import Exhibit

from ..labels import cite_text
from .case_data import CaseData

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MIME = "application/x-evidence-exhibit"
RecordRole = Qt.ItemDataRole.UserRole + 1
COL_TAB, COL_CITATION, COL_SCOPE, COL_PAGES, COL_EXCERPTS, COL_CURRENT = range(6)
COLUMNS = 6


def drop_position(source_row: int, target_row: int, count: int) -> int:
    """1-based position for an item dragged from source_row to land before target_row."""
    position = target_row if target_row > source_row else target_row + 1
    return max(1, min(count, position))


class ExhibitsModel(QAbstractTableModel):
    """Rows are Exhibits (RecordRole); a drop asks for a move instead of moving rows here,
    so the order on screen is always the one the library holds."""

    move_requested = Signal(int, int)  # exhibit id, 1-based position

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Exhibit] = []
        self.data_: CaseData | None = None

    def set_data(self, data: CaseData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        self.rows = list(data.exhibits) if data is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Tab"), self.tr("Citation"), self.tr("Includes"), self.tr("Pages"),
                    self.tr("Excerpts"), self.tr("Age"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_CURRENT:
            return self.tr("A warning marks sources three or more years old")
        return None

    def scope_text(self, exhibit: Exhibit) -> str:
        return {
            "whole": self.tr("Whole source"),
            "pages": self.tr("Chosen pages"),
            "excerpts": self.tr("Excerpts only"),
        }.get(exhibit.scope, exhibit.scope)

    def pages_text(self, exhibit: Exhibit) -> str:
        data = self.data_
        source = data.sources.get(exhibit.source_id) if data is not None else None
        if exhibit.scope == "whole":
            count = source.page_count if source is not None else 0
            return self.tr("All (%n)", "", count) if count else self.tr("All")
        if exhibit.scope == "pages":
            return exhibit.page_ranges.replace(",", ", ")
        labels: list[str] = []
        for excerpt_id in exhibit.excerpt_ids:
            excerpt = data.excerpts.get(excerpt_id) if data is not None else None
            if excerpt is not None:
                label = cite_text(excerpt.cite_label or str(excerpt.page_no))
                if label not in labels:
                    labels.append(label)
        return ", ".join(labels)

    def warning_text(self, exhibit: Exhibit) -> str:
        warning = self.data_.warnings.get(exhibit.id) if self.data_ is not None else None
        if warning is None:
            return ""
        text = self.tr("Published %1, %n years ago.", "", warning.age_years).replace(
            "%1", warning.published)
        if warning.newer_source_id is not None:
            text += " " + self.tr("A newer edition is in the library: “%1” (%2).").replace(
                "%1", warning.newer_title).replace("%2", warning.newer_published)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        exhibit = self.rows[index.row()]
        column = index.column()
        if role == RecordRole:
            return exhibit
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TAB:
                return exhibit.label
            if column == COL_CITATION:
                citations = self.data_.citations if self.data_ is not None else {}
                return citations.get(exhibit.id) or exhibit.source_title
            if column == COL_SCOPE:
                return self.scope_text(exhibit)
            if column == COL_PAGES:
                return self.pages_text(exhibit)
            if column == COL_EXCERPTS:
                return str(len(exhibit.excerpt_ids)) if exhibit.excerpt_ids else ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_CURRENT:
                return self.warning_text(exhibit) or None
            if column == COL_TAB:
                return (self.tr("Applicant-specific document (lettered tab)") if exhibit.lettered
                        else self.tr("Country-conditions document (numbered tab)"))
            if column in (COL_CITATION, COL_PAGES):
                return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_CURRENT:
            if self.warning_text(exhibit):
                owner = self.parent()
                style = owner.style() if isinstance(owner, QWidget) else None
                if style is not None:
                    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_TAB, COL_EXCERPTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # ---------------------------------------------------------------- drag and drop
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME, QByteArray(str(self.rows[rows[0]].id).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        try:
            exhibit_id = int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        source_row = next((r for r, e in enumerate(self.rows) if e.id == exhibit_id), -1)
        if source_row < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        position = drop_position(source_row, target, len(self.rows))
        if position != source_row + 1:
            self.move_requested.emit(exhibit_id, position)
        return False  # the library moves it; the reload shows the new order
