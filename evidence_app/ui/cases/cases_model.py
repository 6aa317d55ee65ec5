"""The list of cases (a model) and how a case is named in lists and titles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from evidence_app.model.cases import Case

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
RecordRole = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate


def case_title(case: Case) -> str:
    name = case.applicant_name or translate("CasesView", "New case (no name yet)")
    return f"{name} · {case.a_number_display}" if case.a_number else name


class CasesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Case] = []

    def set_rows(self, rows: list[Case]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self.rows[index.row()]
        if role == RecordRole:
            return case
        if role == Qt.ItemDataRole.DisplayRole:
            return case_title(case)
        if role == Qt.ItemDataRole.ToolTipRole:
            hearing = case.hearing_date or self.tr("not set")
            return self.tr("Hearing: %1 · %2").replace("%1", hearing).replace(
                "%2", case.court_location or "—")
        return None

    def row_of(self, case_id: int) -> int:
        return next((r for r, c in enumerate(self.rows) if c.id == case_id), -1)
