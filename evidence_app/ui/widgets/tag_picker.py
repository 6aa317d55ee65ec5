"""Choosing country and risk-type tags: a searchable checklist plus one-click suggestions.
(The label helpers every dialog shares are in tag_labels.py.)"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Country, RiskType, TagSuggestion
from evidence_app.ui.labels import aca_status_label, country_name, risk_description_text
from evidence_app.ui.widgets.flow_layout import FlowLayout
from evidence_app.ui.widgets.tag_labels import (
    LEGAL_ELEMENTS,
    TagLabels,
    fold,
    legal_element_label,
    ui_language,
)

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

translate = QCoreApplication.translate
CodeRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2


# ---------------------------------------------------------------- the picker
class TagPicker(QWidget):
    """Checklist of countries (ACA ones first) or risk types (by legal element).

    `set_selected` does not emit `selection_changed`; the user's clicks do.
    """

    selection_changed = Signal()

    def __init__(self, library: Library, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in ("countries", "risks"):
            raise ValueError(f"kind must be 'countries' or 'risks', not {kind!r}")
        self.library = library
        self.kind = kind
        self._items: dict[str, QTreeWidgetItem] = {}
        self._order: list[str] = []
        self._extra: list[str] = []  # selected codes the list does not show (unknown tags)
        self._suggestions: list[TagSuggestion] = []
        # tags the app applied at import (origin 'auto') and those of them the user has
        # since confirmed or touched: saving makes the confirmed ones the user's
        self._auto: set[str] = set()
        self._confirmed: set[str] = set()
        self._filling = False
        self._hidden_group: QTreeWidgetItem | None = None
        self.labels = TagLabels.of(library)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(110)
        self.tree.setIndentation(max(12, self.fontMetrics().height()))
        self.selected_label = QLabel(self)
        self.selected_label.setWordWrap(True)
        self.suggested_box = QWidget(self)
        self.suggested_flow = FlowLayout(self.suggested_box)
        self.auto_box = QWidget(self)
        self.auto_flow = FlowLayout(self.auto_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.selected_label)
        layout.addWidget(self.auto_box)
        layout.addWidget(self.suggested_box)
        self.suggested_box.hide()
        self.auto_box.hide()

        if kind == "countries":
            self.filter_edit.setPlaceholderText(self.tr("Find a country…"))
            self.filter_edit.setAccessibleName(self.tr("Find a country"))
            self.tree.setAccessibleName(self.tr("Countries"))
            self.tree.setColumnCount(2)
            self._fill_countries()
        else:
            self.filter_edit.setPlaceholderText(self.tr("Find a risk type…"))
            self.filter_edit.setAccessibleName(self.tr("Find a risk type"))
            self.tree.setAccessibleName(self.tr("Risk types"))
            self._fill_risks()
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.tree.columnCount() > 1:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree.itemChanged.connect(self._on_item_changed)
        self._refresh_chips()

    # ---------------------------------------------------------------- public API
    def set_selected(self, codes: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(codes))
        if self.kind == "countries":
            wanted = [c.upper() for c in wanted]
        self._filling = True
        try:
            for code in wanted:
                if code not in self._items and code in self.labels.risks:
                    self._add_hidden_risk(self.labels.risks[code])
            for code, item in self._items.items():
                state = Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked
                item.setCheckState(0, state)
            self._extra = [c for c in wanted if c not in self._items]
        finally:
            self._filling = False
        self._refresh_chips()

    def selected(self) -> list[str]:
        chosen = [
            code
            for code in self._order
            if self._items[code].checkState(0) == Qt.CheckState.Checked
        ]
        return chosen + [c for c in self._extra if c not in chosen]

    def set_auto(self, codes: Iterable[str]) -> None:
        """Mark tags the app applied at import: shown "(auto)" with a chip to confirm."""
        self._auto = set(codes)
        self._confirmed.clear()
        self._refresh_chips()

    def confirmed(self) -> list[str]:
        """Automatic tags the user confirmed (or unticked and ticked again), still ticked:
        saving makes them the user's."""
        return [code for code in self.selected() if code in self._confirmed]

    def confirm(self, code: str) -> None:
        if code in self._auto:
            self._confirmed.add(code)
            self._refresh_chips()
            self.selection_changed.emit()

    def is_auto(self, code: str) -> bool:
        return code in self._auto and code not in self._confirmed

    def set_suggestions(self, suggestions: Sequence[TagSuggestion]) -> None:
        self._suggestions = [s for s in suggestions if s.code in self._items]
        self._refresh_chips()

    def add(self, code: str) -> None:
        """Tick one tag as the user would (emits selection_changed)."""
        item = self._items.get(code)
        if item is not None and item.checkState(0) != Qt.CheckState.Checked:
            item.setCheckState(0, Qt.CheckState.Checked)
            self.tree.scrollToItem(item)

    def remove(self, code: str) -> None:
        item = self._items.get(code)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Unchecked)
        elif code in self._extra:
            # A tag the list does not show (deleted risk type): dropped only on request.
            self._extra.remove(code)
            self._refresh_chips()
            self.selection_changed.emit()

    def suggestion_buttons(self) -> list[QToolButton]:
        return [
            w for w in self.suggested_box.findChildren(QToolButton) if not w.isHidden()
        ]

    def label_for(self, code: str) -> str:
        if self.kind == "countries":
            return self.labels.country(code)
        return self.labels.risk(code)

    # ---------------------------------------------------------------- filling
    def _group(self, text: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [text])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        return group

    def _leaf(self, parent: QTreeWidgetItem, code: str, text: str, search: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setData(0, CodeRole, code)
        item.setData(0, SearchRole, fold(f"{text} {code} {search}"))
        self._items[code] = item
        self._order.append(code)
        return item

    def _fill_countries(self) -> None:
        lang = self.labels.lang
        countries = sorted(
            self.labels.countries.values(), key=lambda c: fold(country_name(c, lang))
        )
        aca = [c for c in countries if c.is_aca]
        self._filling = True
        group = self._group(self.tr("Asylum Cooperative Agreement (ACA) countries"))
        group.setToolTip(
            0, self.tr("Countries the US has sent or agreed to send asylum seekers to")
        )
        for country in aca:
            name = country_name(country, lang)
            item = self._leaf(group, country.code, name, self._names(country))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setText(1, aca_status_label(country.aca_status))
            item.setToolTip(0, country.notes or aca_status_label(country.aca_status))
        others = self._group(self.tr("All other countries"))
        for country in countries:
            if country.is_aca:
                continue
            name = country_name(country, lang)
            item = self._leaf(others, country.code, name, self._names(country))
            if country.aca_status:
                item.setText(1, aca_status_label(country.aca_status))
                item.setToolTip(0, country.notes)
        self._filling = False

    @staticmethod
    def _names(country: Country) -> str:
        return " ".join((country.name_en, country.name_es, *country.names))

    def _fill_risks(self) -> None:
        risks = [r for r in self.labels.risks.values() if not r.hidden]
        elements = list(LEGAL_ELEMENTS) + sorted(
            {r.legal_element for r in risks} - set(LEGAL_ELEMENTS)
        )
        self._filling = True
        for element in elements:
            members = [r for r in risks if r.legal_element == element]
            if not members:
                continue
            group = self._group(legal_element_label(element))
            slugs = {r.slug for r in members}
            for risk in members:
                if risk.parent in slugs:
                    continue
                self._risk_item(group, risk)
                for child in members:
                    if child.parent == risk.slug:
                        self._risk_item(self._items[risk.slug], child)
        self._filling = False

    def _risk_item(self, parent: QTreeWidgetItem, risk: RiskType) -> QTreeWidgetItem:
        lang = self.labels.lang
        search = " ".join((risk.label_en, risk.label_es, *risk.keywords))
        item = self._leaf(parent, risk.slug, risk.label(lang), search)
        if risk.description:
            item.setToolTip(0, risk_description_text(risk, lang))
        return item

    def _add_hidden_risk(self, risk: RiskType) -> None:
        """A hidden risk type that is already tagged stays visible so it can be removed."""
        if self._hidden_group is None:
            self._hidden_group = self._group(self.tr("Hidden risk types"))
        group = self._hidden_group
        item = self._risk_item(group, risk)
        item.setToolTip(0, self.tr("This risk type is hidden in the taxonomy."))
        group.setExpanded(True)

    # ---------------------------------------------------------------- behaviour
    def _apply_filter(self, text: str) -> None:
        needle = fold(text.strip())
        for group in children(self.tree.invisibleRootItem()):
            self._filter_item(group, needle)
        if needle:
            self.tree.expandAll()

    def _filter_item(self, item: QTreeWidgetItem, needle: str) -> bool:
        child_visible = False
        for child in children(item):
            child_visible = self._filter_item(child, needle) or child_visible
        search = item.data(0, SearchRole)
        own = bool(search) and (not needle or needle in str(search))
        visible = own or child_visible or (not needle and not search)
        item.setHidden(not visible)
        return visible

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or item.data(0, CodeRole) is None:
            return
        code = str(item.data(0, CodeRole))
        if code in self._auto:  # edited by the user: theirs from now on
            self._confirmed.add(code)
        self._refresh_chips()
        self.selection_changed.emit()

    def _refresh_chips(self) -> None:
        chosen = self.selected()
        names = ", ".join(
            self.tr("%1 (auto)").replace("%1", self.label_for(code)) if self.is_auto(code)
            else self.label_for(code)
            for code in chosen
        )
        if chosen:
            self.selected_label.setText(self.tr("Selected: %1").replace("%1", names))
        else:
            self.selected_label.setText(self.tr("Nothing selected"))
        self.selected_label.setEnabled(bool(chosen))
        self.selected_label.setToolTip(names)
        _clear(self.auto_flow)
        automatic = [code for code in chosen if self.is_auto(code)]
        self.auto_box.setVisible(bool(automatic))
        if automatic:
            self.auto_flow.addWidget(QLabel(self.tr("Applied automatically:"), self.auto_box))
            for code in automatic:
                chip = self._chip(
                    f"✓ {self.label_for(code)}",
                    self.tr("%1 was applied automatically at import, from the title, address, "
                            "file name or text. Click to keep it as your tag."),
                    code,
                    parent=self.auto_box,
                    flow=self.auto_flow,
                )
                chip.setProperty("auto_code", code)
                chip.clicked.connect(lambda _=False, c=code: self.confirm(c))
        _clear(self.suggested_flow)
        open_suggestions = [s for s in self._suggestions if s.code not in chosen]
        self.suggested_box.setVisible(bool(open_suggestions))
        if open_suggestions:
            self.suggested_flow.addWidget(QLabel(self.tr("Suggested:"), self.suggested_box))
            for suggestion in open_suggestions:
                chip = self._chip(
                    f"+ {self.label_for(suggestion.code)}",
                    self.tr("Add %1 (found in the text)"),
                    suggestion.code,
                    parent=self.suggested_box,
                )
                chip.setProperty("tag_code", suggestion.code)
                chip.clicked.connect(lambda _=False, c=suggestion.code: self.add(c))
        self.suggested_box.updateGeometry()

    def _chip(
        self, text: str, tip: str, code: str, parent: QWidget, flow: QLayout | None = None
    ) -> QToolButton:
        chip = QToolButton(parent)
        chip.setText(text)
        label = self.label_for(code)
        chip.setToolTip(tip.replace("%1", label))
        chip.setAccessibleName(tip.replace("%1", label))
        chip.setAutoRaise(False)
        chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        (flow or self.suggested_flow).addWidget(chip)
        return chip


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


__all__ = [
    "LEGAL_ELEMENTS",
    "TagLabels",
    "TagPicker",
    "children",
    "fold",
    "legal_element_label",
    "ui_language",
]
