"""The countries tab of the taxonomy editor: ACA status, agreement dates and notes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Changes, Country
from evidence_app.ui.agreements.labels import agreement_name, status_label
from evidence_app.ui.agreements.page import AgreementPage
from evidence_app.ui.errors import describe_error
from evidence_app.ui.labels import aca_status_label, country_name
from evidence_app.ui.library_view.metadata_dialog import valid_date
from evidence_app.ui.tasks import run_in_background
from evidence_app.ui.widgets.tag_labels import fold

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

AnyIndex = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 2
ACA_STATUSES = ("aca_active", "aca_ended", "stca", "approached", "")
COL_CODE, COL_NAME, COL_STATUS, COL_SIGNED, COL_IN_FORCE, COL_ENDED, COL_NOTES = range(7)


class CountriesModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Country] = []

    def set_rows(self, rows: list[Country]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda c: (not c.is_aca, not c.aca_status, c.name_en))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Country"), self.tr("Agreement"), self.tr("Signed"),
                self.tr("In force"), self.tr("Ended"), self.tr("Notes"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        country = self.rows[index.row()]
        if role == RecordRole:
            return country
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (country.code, country_name(country), aca_status_label(country.aca_status)
                      if country.aca_status else "", country.aca_signed, country.aca_in_force,
                      country.aca_ended, " ".join(country.notes.split()))
            return values[index.column()]
        return None


class CountriesFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.agreements_only = False

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:  # noqa: N802
        country: Country = self.sourceModel().index(row, 0, parent).data(RecordRole)
        if self.agreements_only and not country.aca_status:
            return False
        hay = fold(" ".join((country.code, country.name_en, country.name_es, *country.names)))
        return fold(self.text) in hay


class CountriesTab(QWidget):
    """Emits `changed(Changes(taxonomy=True))` after a country was saved."""

    changed = Signal(object)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.error_message = ""
        self._build()
        self.reload_countries()

    def _build(self) -> None:
        tab = self
        self.country_filter = QLineEdit(tab)
        self.country_filter.setPlaceholderText(self.tr("Find a country…"))
        self.country_filter.setClearButtonEnabled(True)
        self.agreements_check = QCheckBox(self.tr("Only countries with an agreement"), tab)
        self.country_model = CountriesModel(tab)
        self.country_proxy = CountriesFilter(tab)
        self.country_proxy.setSourceModel(self.country_model)
        self.country_table = QTableView(tab)
        self.country_table.setModel(self.country_proxy)
        self.country_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.country_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.country_table.verticalHeader().hide()
        self.country_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.country_table.setAlternatingRowColors(True)
        self.country_table.setAccessibleName(self.tr("Countries"))
        header = self.country_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        self.country_table.setColumnWidth(COL_NAME, 190)
        self.country_filter.textChanged.connect(self._filter_countries)
        self.agreements_check.toggled.connect(self._filter_countries)
        self.country_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._load_country()
        )
        self.status_combo = QComboBox(tab)
        for status in ACA_STATUSES:
            self.status_combo.addItem(aca_status_label(status) or self.tr("None"), status)
        self.date_edits = {k: QLineEdit(tab) for k in ("aca_signed", "aca_in_force", "aca_ended")}
        for edit in self.date_edits.values():
            edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.country_notes = QPlainTextEdit(tab)
        self.country_notes.setTabChangesFocus(True)
        self.country_notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.country_message = QLabel(tab)
        self.country_message.setWordWrap(True)
        self.save_country_button = QPushButton(self.tr("Save &country"), tab)
        self.save_country_button.clicked.connect(self.save_country)
        self.agreement_combo = QComboBox(tab)
        self.agreement_combo.setAccessibleName(self.tr("Agreements of this country"))
        self.agreement_button = QPushButton(self.tr("Agreement &page…"), tab)
        self.agreement_button.setToolTip(self.tr(
            "The agreement's terms, each with its source and date; edit or restore them"))
        self.agreement_button.clicked.connect(self.open_agreement)
        self.country_box = QGroupBox(tab)
        form = QFormLayout(self.country_box)
        form.addRow(self.tr("&Agreement:"), self.status_combo)
        dates = QHBoxLayout()
        for key, text in (("aca_signed", self.tr("Signed")), ("aca_in_force", self.tr("In force")),
                          ("aca_ended", self.tr("Ended"))):
            dates.addWidget(QLabel(text, tab))
            dates.addWidget(self.date_edits[key], 1)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("&Notes:"), self.country_notes)
        agreements = QHBoxLayout()
        agreements.addWidget(self.agreement_combo, 1)
        agreements.addWidget(self.agreement_button)
        form.addRow(self.tr("Agreement records:"), agreements)
        row = QHBoxLayout()
        row.addWidget(self.country_message, 1)
        row.addWidget(self.save_country_button)
        top = QHBoxLayout()
        top.addWidget(self.country_filter, 1)
        top.addWidget(self.agreements_check)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.country_table, 1)
        layout.addWidget(self.country_box)
        form.addRow(row)

    def reload_countries(self, select: str = "") -> None:
        self.country_model.set_rows(self.library.taxonomy.countries())
        self.select_country(select or self.country_model.rows[0].code)

    def select_country(self, code: str) -> None:
        for row in range(self.country_proxy.rowCount()):
            if self.country_proxy.index(row, 0).data(RecordRole).code == code:
                self.country_table.selectRow(row)
                self.country_table.setCurrentIndex(self.country_proxy.index(row, 0))
                self._load_country()
                return

    def _filter_countries(self) -> None:
        proxy = self.country_proxy
        proxy.beginFilterChange()
        proxy.text = self.country_filter.text()
        proxy.agreements_only = self.agreements_check.isChecked()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def current_country(self) -> Country | None:
        index = self.country_table.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def _load_country(self) -> None:
        country = self.current_country()
        if country is None:
            return
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(country.aca_status)))
        for key, edit in self.date_edits.items():
            edit.setText(getattr(country, key))
        self.country_notes.setPlainText(country.notes)
        self.agreement_combo.clear()
        for agreement in self.library.agreements.agreements(country.code):
            self.agreement_combo.addItem(
                f"{agreement_name(agreement)} — {status_label(agreement.status.value)}",
                agreement.id)
        has = self.agreement_combo.count() > 0
        if not has:
            self.agreement_combo.addItem(self.tr("No agreement record"), "")
        self.agreement_combo.setEnabled(has)
        self.agreement_button.setEnabled(has)
        self.country_box.setTitle(country_name(country))
        self.country_message.clear()

    def open_agreement(self) -> AgreementPage | None:
        ident = str(self.agreement_combo.currentData() or "")
        if not ident:
            return None
        page = AgreementPage(self.library, ident, self)
        page.open()
        page.finished.connect(lambda _r: self._agreement_closed(page))
        return page

    def _agreement_closed(self, page: AgreementPage) -> None:
        if shiboken6.isValid(self) and page.changes.taxonomy:
            self.changed.emit(page.changes)
            self._load_country()

    def save_country(self) -> None:
        country = self.current_country()
        if country is None:
            return
        fields: dict[str, Any] = {"aca_status": str(self.status_combo.currentData())}
        for key, edit in self.date_edits.items():
            fields[key] = edit.text().strip()
            if not valid_date(fields[key]):
                self.error_message = self.tr(
                    "Write dates as YYYY, YYYY-MM or YYYY-MM-DD, for example 2019-07-26."
                )
                self.country_message.setText(self.error_message)
                edit.setFocus()
                return
        fields["notes"] = self.country_notes.toPlainText().strip()
        fields = {k: v for k, v in fields.items() if v != getattr(country, k)}
        if fields:
            library, code = self.library, country.code
            run_in_background(
                lambda: library.taxonomy.edit_country(code, **fields),
                on_done=lambda changes: self._saved(code, changes),
                on_error=self._failed,
                writer=True,
            )

    def _saved(self, code: str, changes: Changes) -> None:
        if shiboken6.isValid(self):
            self.reload_countries(select=code)
            self.country_message.setText(self.tr("Saved."))
            self.changed.emit(changes)

    def _failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            self.error_message = describe_error(exc)
            self.country_message.setText(self.error_message)
