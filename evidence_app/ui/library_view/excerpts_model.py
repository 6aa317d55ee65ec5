"""The table behind the excerpts panel: one row per excerpt, filtered by tags and words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QWidget

from evidence_app.model import Excerpt
from evidence_app.ui.labels import cite_text as page_cite
from evidence_app.ui.reader.excerpt_dialog import citation_with_quote
from evidence_app.ui.widgets.tag_labels import TagLabels, fold

AnyIndex = QModelIndex | QPersistentModelIndex

COL_QUOTE, COL_SOURCE, COL_CITE, COL_COUNTRIES, COL_RISKS, COL_NOTE, COL_CREATED = range(7)
COL_TRANSLATION = 7  # the English translation typed for the quote
RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class ExcerptsTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Excerpt] = []
        self.labels = TagLabels((), ())

    def set_rows(self, rows: Sequence[Excerpt], labels: TagLabels) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.labels = labels
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Quote"), self.tr("Source"), self.tr("Page"), self.tr("Countries"),
            self.tr("Risk types"), self.tr("Note"), self.tr("Clipped"),
            self.tr("English translation"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        excerpt = self.rows[index.row()]
        column = index.column()
        if role == RecordRole:
            return excerpt
        if role == SortRole:
            if column == COL_CITE:
                return (excerpt.source_title.casefold(), excerpt.page_no, excerpt.start)
            if column == COL_CREATED:
                return excerpt.created_at
            return fold(str(self.data(index, Qt.ItemDataRole.DisplayRole)))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(excerpt, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_QUOTE:
                label = excerpt.cite_label or str(excerpt.page_no)
                tip = citation_with_quote(excerpt.quote, excerpt.source_title, label)
                if excerpt.translation:
                    tip += "\n\n" + self.tr("English: “%1”").replace(
                        "%1", " ".join(excerpt.translation.split()))
                return tip
            if column == COL_NOTE and excerpt.note:
                if excerpt.print_note:
                    return self.tr("%1\n(printed in the packet)").replace("%1", excerpt.note)
                return self.tr("%1\n(private: not printed in the packet)").replace(
                    "%1", excerpt.note)
            return self._display(excerpt, column)
        return None

    def _display(self, excerpt: Excerpt, column: int) -> str:
        if column == COL_QUOTE:
            return " ".join(excerpt.quote.split())
        if column == COL_SOURCE:
            return excerpt.source_title
        if column == COL_CITE:
            return self._label(excerpt)
        if column == COL_COUNTRIES:
            return self.labels.country_list(excerpt.countries)
        if column == COL_RISKS:
            return self.labels.risk_list(excerpt.risks)
        if column == COL_NOTE:
            return " ".join(excerpt.note.split())
        if column == COL_TRANSLATION:
            return " ".join(excerpt.translation.split())
        return excerpt.created_at[:16].replace("T", " ")

    @staticmethod
    def _label(excerpt: Excerpt) -> str:
        return page_cite(excerpt.cite_label or str(excerpt.page_no))


class ExcerptsFilter(QSortFilterProxyModel):
    """Country, risk type and words; words match quote, source title and note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = ""
        self.risk = ""
        self.words: list[str] = []
        self.setSortRole(SortRole)

    def set_filters(self, country: str, risk: str, text: str) -> None:
        self.beginFilterChange()
        self.country, self.risk, self.words = country, risk, fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        excerpt: Excerpt = model.data(model.index(row, 0, parent), RecordRole)
        if self.country and self.country not in excerpt.countries:
            return False
        if self.risk and self.risk not in excerpt.risks:
            return False
        if self.words:
            hay = fold(f"{excerpt.quote} {excerpt.source_title} {excerpt.note} "
                       f"{excerpt.translation}")
            return all(word in hay for word in self.words)
        return True
