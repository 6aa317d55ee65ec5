"""The coverage grid: for each legal element (rows) and country at issue (columns), how many
excerpts support it. Empty cells are the gaps a brief cannot yet argue, so they stand out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model.cases import CoverageMatrix

from ..widgets.tag_labels import TagLabels, legal_element_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
UNTAGGED = ""  # the row of excerpts that support no legal element
GapRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2


def gap_colour(palette: QPalette) -> QColor:
    """A red tint blended into the base colour: visible on light and dark themes alike."""
    base = palette.color(QPalette.ColorRole.Base)
    red = QColor(220, 53, 69)
    mix = 0.22 if base.lightness() >= 128 else 0.35
    return QColor(
        round(base.red() + (red.red() - base.red()) * mix),
        round(base.green() + (red.green() - base.green()) * mix),
        round(base.blue() + (red.blue() - base.blue()) * mix),
    )


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: CoverageMatrix | None = None
        self.labels = TagLabels((), ())
        self.rows: list[tuple[str, str]] = []  # (element slug, English label)
        self.palette = QPalette()
        # (country, element) -> the agreement's own terms carried by the case's exhibits
        # (its text or a source about it is an exhibit: screening.agreement_terms)
        self.terms: dict[tuple[str, str], int] = {}

    def set_matrix(self, matrix: CoverageMatrix | None, labels: TagLabels) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.labels = labels
        self.rows = list(matrix.elements) if matrix is not None else []
        if matrix is not None and matrix.countries:
            self.rows.append((UNTAGGED, ""))
        self.endResetModel()

    def countries(self) -> tuple[str, ...]:
        return self.matrix.countries if self.matrix is not None else ()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.countries() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.countries())

    def element_label(self, row: int) -> str:
        slug, english = self.rows[row]
        if slug == UNTAGGED:
            return self.tr("No legal element (untagged)")
        label = legal_element_label(slug)
        return english if label == slug.replace("_", " ").capitalize() and english else label

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            countries = self.countries()
            return self.labels.country(countries[section]) if section < len(countries) else None
        return self.element_label(section) if section < len(self.rows) else None

    def count(self, row: int, column: int) -> int:
        matrix = self.matrix
        if matrix is None:
            return 0
        slug = self.rows[row][0]
        country = matrix.countries[column]
        if slug == UNTAGGED:
            return matrix.untagged.get(country, 0)
        return matrix.count(country, slug) + self.terms.get((country, slug), 0)

    def term_count(self, row: int, column: int) -> int:
        if self.matrix is None:
            return 0
        return self.terms.get((self.matrix.countries[column], self.rows[row][0]), 0)

    def is_gap(self, row: int, column: int) -> bool:
        return self.rows[row][0] != UNTAGGED and self.count(row, column) == 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        row, column = index.row(), index.column()
        count = self.count(row, column)
        gap = self.is_gap(row, column)
        terms = self.term_count(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if terms and not gap:
                return self.tr("%1 + %n agreement terms", "", terms).replace(
                    "%1", str(count - terms))
            return self.tr("Gap") if gap else str(count)
        if role == CountRole:
            return count
        if role == GapRole:
            return gap
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and gap:
            return gap_colour(self.palette)
        if role == Qt.ItemDataRole.FontRole and gap:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            country = self.labels.country(self.matrix.countries[column])
            element = self.element_label(row)
            if gap:
                return self.tr("No excerpt supports “%1” for %2 yet. Click to search the "
                               "library.").replace("%1", element).replace("%2", country)
            text = self.tr("%n excerpts support “%1” for %2.", "", count - terms).replace(
                "%1", element).replace("%2", country)
            if terms:
                text += " " + self.tr(
                    "The agreement's own terms count too (%n): its text or a source about it "
                    "is an exhibit.", "", terms)
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.ToolTipRole)
        return None

    def gaps(self) -> int:
        return sum(self.is_gap(r, c) for r in range(self.rowCount())
                   for c in range(self.columnCount()))


class CoverageView(QWidget):
    """Signal `scope_changed(str)`: "case" or "library"; the owner reloads the matrix."""

    scope_changed = Signal(str)
    gap_clicked = Signal(str, str)  # country code, legal element slug: search the library

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CoverageModel(self)
        self.model.palette = self.palette()
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(90)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.scope_label = QLabel(self)
        self.scope_combo = QComboBox(self)
        self.scope_label.setBuddy(self.scope_combo)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.scope_label)
        bar.addWidget(self.scope_combo)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addWidget(self.legend)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.scope_combo.currentIndexChanged.connect(
            lambda _i: self.scope_changed.emit(self.scope()))
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.retranslate()
        self._update_texts()

    def _clicked(self, index: QModelIndex) -> None:
        matrix = self.model.matrix
        if matrix is not None and index.isValid() and index.data(GapRole):
            slug = self.model.rows[index.row()][0]
            self.gap_clicked.emit(matrix.countries[index.column()], slug)

    def retranslate(self) -> None:
        current = self.scope_combo.currentIndex()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Excerpts in this case's exhibits"), "case")
        self.scope_combo.addItem(self.tr("All excerpts in the library"), "library")
        self.scope_combo.setCurrentIndex(max(0, current))
        self.scope_combo.blockSignals(False)
        self.scope_label.setText(self.tr("&Count:"))
        self.scope_combo.setAccessibleName(self.tr("Which excerpts to count"))
        self.view.setAccessibleName(self.tr("Coverage by country and legal element"))
        self.legend.setText(self.tr(
            "Each cell counts the excerpts tagged with that country and with a risk type of "
            "that legal element. To fill a gap, click it to search the library, clip passages "
            "about it and tag them, or switch to “All excerpts in the library” to see what the "
            "library already holds."))
        self.hint.setText(self.tr(
            "Choose the ACA countries at issue in the case details to see which legal "
            "elements the evidence covers for each of them."))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.model.palette = self.palette()
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._update_texts()  # header heights are known once shown

    def scope(self) -> str:
        return str(self.scope_combo.currentData() or "case")

    def set_matrix(self, matrix: CoverageMatrix | None, labels: TagLabels) -> None:
        self.model.set_matrix(matrix, labels)
        self._update_texts()

    def set_agreement_terms(self, terms: dict[tuple[str, str], int]) -> None:
        """The agreement terms the case's exhibits carry, per (country, legal element)."""
        self.model.beginResetModel()
        self.model.terms = dict(terms)
        self.model.endResetModel()
        self._update_texts()

    def _fit_height(self) -> None:
        """The grid is as tall as its rows, so the explanation sits right under it."""
        view = self.view
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(r) for r in range(self.model.rowCount()))
        height = rows + view.horizontalHeader().height() + 2 * view.frameWidth()
        scroll = view.horizontalScrollBar()
        if scroll.isVisible():
            height += scroll.height()
        view.setFixedHeight(max(height, view.horizontalHeader().height() * 3))

    def _update_texts(self) -> None:
        has_grid = bool(self.model.countries())
        self.view.setVisible(has_grid)
        self.summary.setVisible(has_grid)
        self.legend.setVisible(has_grid)
        if has_grid:
            self._fit_height()
        self.hint.setVisible(self.model.matrix is not None and not has_grid)
        if not has_grid:
            return
        cells = (self.model.rowCount() - 1) * self.model.columnCount()
        gaps = self.model.gaps()
        if gaps:
            self.summary.setText(self.tr(
                "%1 of %2 cells are gaps: no excerpt yet supports that element for that "
                "country.").replace("%1", str(gaps)).replace("%2", str(cells)))
        else:
            self.summary.setText(self.tr("Every legal element has evidence for every country."))
