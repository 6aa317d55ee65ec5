"""The facet sidebar: check boxes with counts for countries (ACA first), risks, kinds, languages
and years. Rows are updated in place after each search, never rebuilt, so a click is never lost
to a row being replaced under the mouse."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Country, RiskType, SearchQuery

from ..labels import country_name, kind_label, language_label, risk_label

FACETS = ("countries", "risks", "kinds", "languages", "years")
SHOWN = 8  # rows per section before "Show all"


class ElidedCheckBox(QCheckBox):
    """A check box whose long label is cut with "…" (the full label is in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        if text == self.full_text:
            return  # each search sets every label again
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        width = max(20, self.width() - indicator)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   width))


class FacetRow(QWidget):
    toggled = Signal(str, str, bool)  # facet, value, checked

    def __init__(self, facet: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facet = facet
        self.value = value
        self.count = 0
        self.is_aca = False
        self.check = ElidedCheckBox(self)
        self.badge = QLabel(self)
        self.badge.setObjectName("acaBadge")
        self.badge.setStyleSheet(
            "#acaBadge { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 3px; padding: 0px 4px; font-size: small; font-weight: bold; }"
        )
        self.badge.hide()
        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 1)
        layout.addWidget(self.badge)
        layout.addWidget(self.count_label)
        self.check.toggled.connect(lambda on: self.toggled.emit(self.facet, self.value, on))

    def set_label(self, text: str, is_aca: bool = False) -> None:
        self.check.set_full_text(text)
        self.is_aca = is_aca
        self.badge.setVisible(is_aca)
        self.badge.setText(self.tr("ACA"))
        self.badge.setToolTip(self.tr("Asylum Cooperative Agreement country"))

    def set_count(self, count: int) -> None:
        if count == self.count and self.count_label.text():
            return
        self.count = count
        self.count_label.setText(str(count))
        if self.facet == "risks":
            # risk types are labelled on passages (pages), not on whole sources
            text = self.tr("{count} passages about this risk type in the matching "
                           "sources").format(count=count)
            self.count_label.setToolTip(text)
            self.check.setAccessibleDescription(text)
            return
        self.check.setAccessibleDescription(self.tr("{count} sources").format(count=count))


class FacetSection(QWidget):
    """A titled, collapsible group of rows."""

    toggled = Signal(str, str, bool)

    def __init__(self, facet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facet = facet
        self.rows: dict[str, FacetRow] = {}
        self.order: list[str] = []
        self.show_all = False
        self.expanded = True
        self.header = QToolButton(self)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(12, 0, 4, 4)
        self.body_layout.setSpacing(1)
        self.more = QToolButton(self)
        self.more.setAutoRaise(True)
        self.more.clicked.connect(self._toggle_show_all)
        self.empty = QLabel(self)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setContentsMargins(12, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        layout.addWidget(self.empty)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.header.clicked.connect(lambda: self._collapse(not self.expanded))

    def _collapse(self, expanded: bool) -> None:
        self.expanded = expanded
        self.header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        self._update_visibility()

    def _toggle_show_all(self) -> None:
        self.show_all = not self.show_all
        self._update_visibility()

    def row(self, value: str) -> FacetRow:
        row = self.rows.get(value)
        if row is None:
            row = FacetRow(self.facet, value, self.body)
            row.toggled.connect(self.toggled)
            self.rows[value] = row
        return row

    def set_rows(self, entries: list[tuple[str, str, int, bool]]) -> None:
        """entries: (value, label, count, is_aca) in display order. Checked rows always stay."""
        wanted = {value for value, _label, count, _aca in entries if count > 0}
        wanted |= {v for v, r in self.rows.items() if r.check.isChecked()}
        self.order = []
        labels = {value: (label, count, aca) for value, label, count, aca in entries}
        for value, _label, _count, _aca in entries:
            if value in wanted:
                self.order.append(value)
        for value in sorted(wanted - set(self.order)):
            self.order.append(value)
        for index, value in enumerate(self.order):
            row = self.row(value)
            label, count, aca = labels.get(value, (value, 0, False))
            row.set_label(label, aca)
            row.set_count(count)
            if self.body_layout.indexOf(row) != index:  # moving a row relayouts the sidebar
                self.body_layout.insertWidget(index, row)
        self._update_visibility()

    def _update_visibility(self) -> None:
        expanded = self.expanded
        shown = set(self.order if self.show_all else self.order[:SHOWN])
        shown |= {v for v in self.order if self.rows[v].check.isChecked()}
        for value, row in self.rows.items():
            row.setVisible(value in shown)
        hidden = len(self.order) - len(shown)
        self.more.setVisible(expanded and (hidden > 0 or self.show_all and len(self.order) > SHOWN))
        self.more.setText(
            self.tr("Show fewer") if self.show_all else self.tr("Show all ({count})").format(
                count=len(self.order)
            )
        )
        self.empty.setVisible(expanded and not self.order)
        self.empty.setText(self.tr("None in these results"))

    def selected(self) -> tuple[str, ...]:
        return tuple(v for v in self.order if self.rows[v].check.isChecked())

    def clear(self) -> None:
        for row in self.rows.values():
            row.check.blockSignals(True)
            row.check.setChecked(False)
            row.check.blockSignals(False)


class FacetPanel(QScrollArea):
    """Emits `filters_changed()` whenever a box is ticked or cleared."""

    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(180)
        self._countries: dict[str, Country] = {}
        self._risks: dict[str, RiskType] = {}
        self._facets: dict[str, dict[str, int]] = {}
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 6, 6, 6)
        self.clear_button = QToolButton(inner)
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear_selection)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        self.sections: dict[str, FacetSection] = {}
        for facet in FACETS:
            section = FacetSection(facet, inner)
            section.toggled.connect(self._on_toggled)
            self.sections[facet] = section
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(inner)
        self.setAccessibleName(self.tr("Filters"))
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "countries": self.tr("Countries"),
            "risks": self.tr("Risk types"),
            "kinds": self.tr("Kinds of source"),
            "languages": self.tr("Languages"),
            "years": self.tr("Publication years"),
        }
        for facet, section in self.sections.items():
            section.header.setText(titles[facet])
        self.sections["risks"].header.setToolTip(self.tr(
            "Counts are passages: each page is labelled with the risk types it is about. "
            "Ticking one narrows the results to those passages."))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show results from every country, risk and year"))
        self._refresh_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- data
    def set_taxonomy(self, countries: list[Country], risks: list[RiskType]) -> None:
        self._countries = {c.code: c for c in countries}
        self._risks = {r.slug: r for r in risks}
        self._refresh_rows()

    def set_counts(self, facets: dict[str, dict[str, int]]) -> None:
        self._facets = {k: dict(v) for k, v in facets.items()}
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        for facet, section in self.sections.items():
            section.set_rows(self._entries(facet, self._facets.get(facet, {})))
        self.clear_button.setVisible(self.has_selection())

    def _entries(self, facet: str, counts: dict[str, int]) -> list[tuple[str, str, int, bool]]:
        by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if facet == "countries":
            entries = []
            for code, count in by_count:
                country = self._countries.get(code.upper())
                name = country_name(country) if country else code
                entries.append((code, name, count, bool(country and country.is_aca)))
            # ACA countries first, each group by count then name
            entries.sort(key=lambda e: (not e[3], -e[2], e[1].lower()))
            return entries
        if facet == "risks":
            return [
                (slug, risk_label(self._risks[slug]) if slug in self._risks else slug, n, False)
                for slug, n in by_count
            ]
        if facet == "kinds":
            return [(kind, kind_label(kind), n, False) for kind, n in by_count]
        if facet == "languages":
            return [(code, language_label(code), n, False) for code, n in by_count]
        years = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
        return [(year, year, n, False) for year, n in years]

    # ---------------------------------------------------------------- selection
    def _on_toggled(self, facet: str, value: str, checked: bool) -> None:
        self.clear_button.setVisible(self.has_selection())
        self.filters_changed.emit()

    def selection(self) -> dict[str, tuple[str, ...]]:
        return {facet: section.selected() for facet, section in self.sections.items()}

    def has_selection(self) -> bool:
        return any(self.selection().values())

    def set_checked(self, facet: str, value: str, checked: bool = True) -> None:
        """Tick a value programmatically (the row is created if the value has no count yet)."""
        section = self.sections[facet]
        if value not in section.order:
            section.order.append(value)
            section.row(value).set_label(value)
        section.row(value).check.setChecked(checked)
        section._update_visibility()

    def clear_selection(self) -> None:
        if not self.has_selection():
            return
        for section in self.sections.values():
            section.clear()
        self._refresh_rows()
        self.filters_changed.emit()

    def apply_to(self, query: SearchQuery) -> SearchQuery:
        """The query narrowed by the ticked values (OR within a facet, AND across facets).

        Years become a since/until range from the earliest to the latest ticked year.
        """
        chosen = self.selection()
        years = sorted(chosen["years"])
        return replace(
            query,
            countries=chosen["countries"],
            risks=chosen["risks"],
            kinds=chosen["kinds"],
            languages=chosen["languages"],
            since=years[0] if years else "",
            until=years[-1] if years else "",
        )
