"""Editing one source's details and tags, with suggested tags ready to accept."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from evidence_app.citing.citation import is_web_page
from evidence_app.citing.origins import citation_gaps, origin_of
from evidence_app.model import KINDS, Changes, Source, Suggestions
from evidence_app.ui.errors import describe_error
from evidence_app.ui.labels import kind_label
from evidence_app.ui.library_view.origin_labels import gap_label, origin_label
from evidence_app.ui.tasks import run_in_background
from evidence_app.ui.widgets.tag_picker import TagPicker

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

log = logging.getLogger(__name__)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
TEXT_FIELDS = ("title", "publisher", "author", "published", "url", "accessed")
SUGGESTIONS_SHOWN = 6


def valid_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real day (empty is valid: not known)."""
    if not text:
        return True
    match = _DATE.match(text)
    if not match:
        return False
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


class MetadataDialog(QDialog):
    """Emits `changed(Changes)` after Save wrote something; closes when done."""

    changed = Signal(object)

    def __init__(self, library: Library, source_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.source: Source = library.catalog.source(source_id)
        self.saving = False
        self.error_message = ""
        self.setWindowTitle(self.tr("Source details"))
        self.setObjectName("MetadataDialog")

        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(str(getattr(self.source, name)), self)
            edit.setClearButtonEnabled(True)
            edit.setCursorPosition(0)  # show the start of long titles and URLs
            self.edits[name] = edit
        self.edits["published"].setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.edits["accessed"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edits["url"].setPlaceholderText("https://…")
        # Where each guess came from ("from the page's JSON-LD", "set by you"), under its field.
        self.origin_labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            label = QLabel(self)
            label.setObjectName(f"origin_{name}")
            label.setWordWrap(name == "accessed")  # only its note is long
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            font.setItalic(True)
            label.setFont(font)
            label.setEnabled(False)
            self.origin_labels[name] = label
            self.edits[name].textChanged.connect(lambda _text, n=name: self._show_origin(n))
        self.gaps_label = QLabel(self)
        self.gaps_label.setObjectName("citation_gaps")
        self.gaps_label.setWordWrap(True)
        self.date_error = QWidget(self)
        error_row = QHBoxLayout(self.date_error)
        error_row.setContentsMargins(0, 0, 0, 0)
        size = self.fontMetrics().height()
        warning = QLabel(self.date_error)
        warning.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        warning.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.date_error_text = QLabel(self.date_error)
        self.date_error_text.setWordWrap(True)
        error_row.addWidget(warning)
        error_row.addWidget(self.date_error_text, 1)
        self.date_error.hide()
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Use today's date"))
        self.today_button.clicked.connect(
            lambda: self.edits["accessed"].setText(dt.date.today().isoformat())
        )

        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("Spanish"), "es")
        self.language_combo.addItem(self.tr("Other or unknown"), "")
        language = self.source.language
        if language not in ("en", "es", ""):
            self.language_combo.addItem(self.tr("Other (%1)").replace("%1", language), language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))

        self.kind_combo = QComboBox(self)
        for kind in ("", *KINDS):
            self.kind_combo.addItem(kind_label(kind), kind)
        if self.kind_combo.findData(self.source.kind) < 0:
            self.kind_combo.addItem(self.source.kind, self.source.kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(self.source.kind))

        self.notes_edit = QPlainTextEdit(self.source.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(70)

        self.countries = TagPicker(library, "countries", self)
        self.countries.set_selected(self.source.countries)
        self.countries.set_auto(self.source.auto_countries)
        self.risks = TagPicker(library, "risks", self)
        self.risks.set_selected(self.source.risks)
        self.risks.set_auto(self.source.auto_risks)

        self._build_layout()
        self._set_accessible_names()
        for name in ("published", "accessed"):
            self.edits[name].textChanged.connect(self._check_dates)
        self._check_dates()
        for name in TEXT_FIELDS:
            self._show_origin(name)
        self._show_gaps()
        self._load_suggestions()

    def _editions_text(self) -> str:
        """The other years of the source's series ("2016, 2017 … 2024"), "" when in none."""
        if not self.source.series:
            return ""
        others = [
            e for e in self.library.starter.editions(self.source.id) if e.id != self.source.id
        ]
        return ", ".join(e.edition or e.published for e in others)

    # ---------------------------------------------------------------- layout
    def _build_layout(self) -> None:
        about = QLabel(self._about_text(), self)
        about.setWordWrap(True)
        about.setEnabled(False)
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.edits["title"])
        form.addRow("", self.origin_labels["title"])
        form.addRow(self.tr("&Publisher:"), self.edits["publisher"])
        form.addRow("", self.origin_labels["publisher"])
        form.addRow(self.tr("&Author:"), self.edits["author"])
        form.addRow("", self.origin_labels["author"])
        form.addRow(self.tr("Pu&blished:"), self.edits["published"])
        form.addRow("", self.origin_labels["published"])
        form.addRow(self.tr("&Web address:"), self.edits["url"])
        form.addRow("", self.origin_labels["url"])
        accessed = QHBoxLayout()
        accessed.addWidget(self.edits["accessed"], 1)
        accessed.addWidget(self.today_button)
        accessed_label = QLabel(self.tr("A&ccessed:"), self)
        accessed_label.setBuddy(self.edits["accessed"])  # a row of two widgets gets no buddy
        form.addRow(accessed_label, accessed)
        form.addRow("", self.origin_labels["accessed"])
        form.addRow("", self.date_error)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        editions = self._editions_text()
        if editions:
            self.editions_label = QLabel(editions, self)
            self.editions_label.setWordWrap(True)
            self.editions_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Other editions:"), self.editions_label)

        left = QVBoxLayout()
        left.addWidget(about)
        left.addWidget(self.gaps_label)
        left.addLayout(form, 1)

        countries_box = QGroupBox(self.tr("Countries"), self)
        QVBoxLayout(countries_box).addWidget(self.countries)
        risks_box = QGroupBox(self.tr("Risk types"), self)
        QVBoxLayout(risks_box).addWidget(self.risks)
        right = QVBoxLayout()
        right.addWidget(countries_box, 1)
        right.addWidget(risks_box, 1)

        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 760)

    def _about_text(self) -> str:
        source = self.source
        return self.tr("File: %1 · %2 pages · added %3").replace(
            "%1", source.original_name or "—"
        ).replace("%2", str(source.page_count)).replace("%3", source.added_at[:10] or "—")

    def origin_text(self, name: str) -> str:
        """Where the field's value comes from, as shown under it."""
        value = self.edits[name].text().strip()
        if value != str(getattr(self.source, name)):
            return self.tr("set by you") if value else ""
        if not value:
            if name == "accessed" and is_web_page(self.source):
                return self.tr(
                    "The saved page does not say when it was saved: citations give the day "
                    "it was imported (%1) as “last visited”."
                ).replace("%1", self.source.added_at[:10] or "—")
            return ""
        return origin_label(origin_of(self.source, name))

    def _show_origin(self, name: str) -> None:
        label = self.origin_labels[name]
        text = self.origin_text(name)
        label.setText(text)
        form = getattr(self, "form", None)
        if form is not None:
            form.setRowVisible(label, bool(text))  # no empty gap under the field
        else:
            label.setVisible(bool(text))

    def _show_gaps(self) -> None:
        gaps = citation_gaps(self.source)
        if gaps:
            self.gaps_label.setText(self.tr("Check this citation before filing: %1.").replace(
                "%1", "; ".join(gap_label(gap) for gap in gaps)))
        self.gaps_label.setVisible(bool(gaps))

    def _set_accessible_names(self) -> None:
        names = {
            "title": self.tr("Title"),
            "publisher": self.tr("Publisher"),
            "author": self.tr("Author"),
            "published": self.tr("Date published"),
            "url": self.tr("Web address"),
            "accessed": self.tr("Date accessed"),
        }
        for key, name in names.items():
            self.edits[key].setAccessibleName(name)
        self.language_combo.setAccessibleName(self.tr("Language of the source"))
        self.kind_combo.setAccessibleName(self.tr("Kind of source"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))

    # ---------------------------------------------------------------- validation
    def _check_dates(self) -> bool:
        bad = [
            name for name in ("published", "accessed")
            if not valid_date(self.edits[name].text().strip())
        ]
        if bad:
            which = self.tr("Date published") if bad[0] == "published" else self.tr(
                "Date accessed"
            )
            message = self.tr(
                "%1: write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example 2024 or "
                "2024-03 or 2024-03-15."
            ).replace("%1", which)
            self.date_error_text.setText(message)
        self.date_error.setVisible(bool(bad))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not bad and not self.saving)
        return not bad

    def date_message(self) -> str:
        return self.date_error_text.text() if self.date_error.isVisibleTo(self) else ""

    # ---------------------------------------------------------------- suggestions
    def _load_suggestions(self) -> None:
        source_id = self.source.id
        run_in_background(
            lambda: self.library.catalog.suggest_tags(source_id),
            on_done=self._show_suggestions,
            on_error=lambda exc: log.warning("tag suggestions failed: %s", exc),
        )

    def _show_suggestions(self, suggestions: Suggestions) -> None:
        if not shiboken6.isValid(self):
            return
        self.countries.set_suggestions(suggestions.countries[:SUGGESTIONS_SHOWN])
        self.risks.set_suggestions(suggestions.risks[:SUGGESTIONS_SHOWN])

    # ---------------------------------------------------------------- saving
    def pending_fields(self) -> dict[str, str]:
        """Fields whose value differs from the stored source."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["language"] = str(self.language_combo.currentData())
        values["kind"] = str(self.kind_combo.currentData())
        values["notes"] = self.notes_edit.toPlainText().strip()
        return {k: v for k, v in values.items() if v != getattr(self.source, k)}

    def save(self) -> None:
        if self.saving or not self._check_dates():
            return
        fields = self.pending_fields()
        old_c, new_c = set(self.source.countries), self.countries.selected()
        old_r, new_r = set(self.source.risks), self.risks.selected()
        # confirmed automatic tags are added again: that makes them the user's
        add_c = [c for c in new_c if c not in old_c] + self.countries.confirmed()
        add_r = [r for r in new_r if r not in old_r] + self.risks.confirmed()
        drop_c = sorted(old_c - set(new_c))
        drop_r = sorted(old_r - set(new_r))
        if not fields and not (add_c or add_r or drop_c or drop_r):
            self.accept()
            return
        library, source_id = self.library, self.source.id

        def work() -> Changes:
            changes = Changes()
            if fields:
                changes |= library.catalog.edit_source(source_id, **fields)
            if add_c or add_r or drop_c or drop_r:
                changes |= library.catalog.tag(
                    source_id,
                    countries=add_c,
                    risks=add_r,
                    remove_countries=drop_c,
                    remove_risks=drop_r,
                )
            return changes

        self._set_saving(True)
        run_in_background(work, on_done=self._saved, on_error=self._save_failed, writer=True)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)
        self._check_dates()

    def _saved(self, changes: Changes) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.changed.emit(changes)
        self.accept()

    def _save_failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.error_message = describe_error(exc)
        QMessageBox.warning(self, self.tr("Could not save"), self.error_message)

    def reject(self) -> None:
        if not self.saving:
            super().reject()


__all__ = ["MetadataDialog", "kind_label", "valid_date"]
