"""The taxonomy editor: risk types (add, rename, keywords, hide) and countries (ACA facts)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Changes, RiskType
from evidence_app.ui.errors import describe_error
from evidence_app.ui.labels import risk_description_text
from evidence_app.ui.library_view.countries_tab import CountriesTab
from evidence_app.ui.tasks import run_in_background
from evidence_app.ui.widgets.tag_labels import LEGAL_ELEMENTS, legal_element_label, ui_language
from evidence_app.ui.widgets.tag_picker import children

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

SlugRole = Qt.ItemDataRole.UserRole + 1


def slug_from_label(label: str, taken: Iterable[str] = ()) -> str:
    """'Violence against journalists' -> 'violence_against_journalists' (unique)."""
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:48] or "risk"
    if not base[0].isalpha():
        base = f"risk_{base}"
    taken = set(taken)
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}_{n}", n + 1
    return slug


class TaxonomyDialog(QDialog):
    """Emits `changed(Changes(taxonomy=True))` after every saved edit."""

    changed = Signal(object)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TaxonomyDialog")
        self.setWindowTitle(self.tr("Countries and risk types"))
        self.library = library
        self.lang = ui_language()
        self.risk_types: dict[str, RiskType] = {}
        self.current_slug = ""  # "" while adding a new risk type
        self.error_message = ""
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._risks_tab(), self.tr("Risk types"))
        self.countries_tab = CountriesTab(library, self)
        self.countries_tab.changed.connect(self.changed)
        self.tabs.addTab(self.countries_tab, self.tr("Countries"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.reload_risks()
        self.resize(940, 640)

    # ---------------------------------------------------------------- risk types
    def _risks_tab(self) -> QWidget:
        tab = QWidget(self)
        self.risk_tree = QTreeWidget(tab)
        self.risk_tree.setHeaderHidden(True)
        self.risk_tree.setAccessibleName(self.tr("Risk types"))
        self.risk_tree.currentItemChanged.connect(lambda *_: self._load_selected_risk())
        self.add_button = QPushButton(self.tr("&Add risk type"), tab)
        self.add_button.clicked.connect(self.new_risk_type)
        left = QWidget(tab)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.risk_tree)
        left_layout.addWidget(self.add_button)

        self.slug_label = QLabel(tab)
        self.slug_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label_en = QLineEdit(tab)
        self.label_es = QLineEdit(tab)
        self.description = QPlainTextEdit(tab)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.element_combo = QComboBox(tab)
        self.parent_combo = QComboBox(tab)
        self.keywords = QPlainTextEdit(tab)
        self.keywords.setTabChangesFocus(True)
        self.keywords.setPlaceholderText(self.tr("One word or phrase per line, English or Spanish"))
        self.label_en.textChanged.connect(self._update_slug)
        self.risk_message = QLabel(tab)
        self.risk_message.setWordWrap(True)
        self.save_risk_button = QPushButton(self.tr("&Save risk type"), tab)
        self.save_risk_button.clicked.connect(self.save_risk_type)
        self.hide_button = QPushButton(tab)
        self.hide_button.clicked.connect(self.toggle_hidden)

        form = QFormLayout()
        form.addRow(self.tr("Short name:"), self.slug_label)
        form.addRow(self.tr("English &label:"), self.label_en)
        form.addRow(self.tr("S&panish label:"), self.label_es)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Legal &element:"), self.element_combo)
        form.addRow(self.tr("Pa&rent:"), self.parent_combo)
        form.addRow(self.tr("&Keywords:"), self.keywords)
        row = QHBoxLayout()
        row.addWidget(self.risk_message, 1)
        row.addWidget(self.hide_button)
        row.addWidget(self.save_risk_button)
        right = QWidget(tab)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form, 1)
        right_layout.addLayout(row)

        splitter = QSplitter(tab)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 580])
        QVBoxLayout(tab).addWidget(splitter)
        return tab

    def reload_risks(self, select: str = "") -> None:
        risks = self.library.taxonomy.risk_types(include_hidden=True)
        self.risk_types = {r.slug: r for r in risks}
        self.risk_tree.blockSignals(True)
        self.risk_tree.clear()
        dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        extra = {r.legal_element for r in risks} - set(LEGAL_ELEMENTS)
        elements = list(LEGAL_ELEMENTS) + sorted(extra)
        chosen: QTreeWidgetItem | None = None
        for element in elements:
            members = [r for r in risks if r.legal_element == element]
            if not members:
                continue
            group = QTreeWidgetItem(self.risk_tree, [legal_element_label(element)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for risk in members:
                text = risk.label(self.lang)
                if risk.hidden:
                    text = self.tr("%1 (hidden)").replace("%1", text)
                item = QTreeWidgetItem(group, [("    " if risk.parent else "") + text])
                item.setData(0, SlugRole, risk.slug)
                item.setToolTip(0, risk_description_text(risk, self.lang))
                if risk.hidden:
                    item.setForeground(0, dim)
                if risk.slug == select:
                    chosen = item
        self.risk_tree.expandAll()
        self.risk_tree.blockSignals(False)
        self.element_combo.clear()
        for element in elements:
            self.element_combo.addItem(legal_element_label(element), element)
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("None"), "")
        for risk in risks:
            if not risk.parent:
                self.parent_combo.addItem(risk.label(self.lang), risk.slug)
        if chosen is None:
            chosen = self._first_risk_item()
        if chosen is not None:
            self.risk_tree.setCurrentItem(chosen)
        self._load_selected_risk()

    def _first_risk_item(self) -> QTreeWidgetItem | None:
        groups = children(self.risk_tree.invisibleRootItem())
        risks = children(groups[0]) if groups else []
        return risks[0] if risks else None

    def select_risk(self, slug: str) -> None:
        self.reload_risks(select=slug)

    def _load_selected_risk(self) -> None:
        item = self.risk_tree.currentItem()
        slug = item.data(0, SlugRole) if item is not None else None
        risk = self.risk_types.get(slug) if slug else None
        if risk is None:
            return
        self.current_slug = risk.slug
        self.slug_label.setText(risk.slug)
        self.label_en.setText(risk.label_en)
        self.label_es.setText(risk.label_es)
        self.description.setPlainText(risk.description)
        self.keywords.setPlainText("\n".join(risk.keywords))
        self.element_combo.setCurrentIndex(max(0, self.element_combo.findData(risk.legal_element)))
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(risk.parent)))
        self.hide_button.setEnabled(True)
        self.hide_button.setText(self.tr("S&how") if risk.hidden else self.tr("&Hide"))
        self.hide_button.setToolTip(
            self.tr("Offer this risk type again when tagging") if risk.hidden
            else self.tr("Stop offering this risk type when tagging; existing tags stay")
        )
        self.risk_message.setText(
            self.tr("Hidden: not offered when tagging.") if risk.hidden else ""
        )

    def new_risk_type(self) -> None:
        """Empty the form for a new risk type; its short name follows the English label."""
        self.current_slug = ""
        self.risk_tree.setCurrentIndex(QModelIndex())
        self.risk_tree.clearSelection()
        for edit in (self.label_en, self.label_es):
            edit.clear()
        self.description.clear()
        self.keywords.clear()
        self.parent_combo.setCurrentIndex(0)
        self.hide_button.setEnabled(False)
        self.hide_button.setText(self.tr("&Hide"))
        self._update_slug()
        self.risk_message.setText(self.tr("New risk type: fill in the labels, then Save."))
        self.label_en.setFocus()

    def _update_slug(self) -> None:
        if not self.current_slug:
            self.slug_label.setText(slug_from_label(self.label_en.text(), self.risk_types))

    def _keyword_list(self) -> tuple[str, ...]:
        words = (" ".join(w.split()).lower() for w in self.keywords.toPlainText().splitlines())
        return tuple(dict.fromkeys(w for w in words if w))

    def save_risk_type(self) -> None:
        label_en = self.label_en.text().strip()
        if not label_en:
            self._risk_error(self.tr("The English label must not be empty."))
            return
        fields: dict[str, Any] = {
            "label_en": label_en,
            "label_es": self.label_es.text().strip(),
            "description": self.description.toPlainText().strip(),
            "legal_element": str(self.element_combo.currentData() or ""),
            "parent": str(self.parent_combo.currentData() or ""),
            "keywords": self._keyword_list(),
        }
        library, slug = self.library, self.current_slug
        if slug:
            old = self.risk_types[slug]
            fields = {k: v for k, v in fields.items() if v != getattr(old, k)}
            if fields.get("parent") == slug:
                fields.pop("parent")
            if not fields:
                return
            self._write(lambda: library.taxonomy.edit_risk_type(slug, **fields), slug)
        else:
            slug = self.slug_label.text()
            self._write(lambda: library.taxonomy.add_risk_type(slug, **fields), slug)

    def toggle_hidden(self) -> None:
        risk = self.risk_types.get(self.current_slug)
        if risk is not None:
            library, slug, hide = self.library, risk.slug, not risk.hidden
            self._write(lambda: library.taxonomy.edit_risk_type(slug, hidden=hide), slug)

    def _risk_error(self, message: str) -> None:
        self.error_message = message
        self.risk_message.setText(message)

    # ---------------------------------------------------------------- writes
    def _write(self, fn: Callable[[], Changes], slug: str) -> None:
        def done(changes: Changes) -> None:
            if shiboken6.isValid(self):
                self.reload_risks(select=slug)
                self.risk_message.setText(self.tr("Saved."))
                self.changed.emit(changes)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self._risk_error(describe_error(exc))

        run_in_background(fn, on_done=done, on_error=failed, writer=True)
