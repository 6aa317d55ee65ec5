"""The form to edit an agreement record: status, dates, Federal Register citation, who may be
transferred and who is excluded, the cap, the receiving country's discretion and notes,
every fact with its source (the record's sources, or a new one through the "Source…"
sub-form). agreement_data.py checks the record; its errors show next to the field. Saving
goes through library.agreements.edit_agreement, so the record becomes the user's own. Staff
can still edit the JSON text ("Advanced: edit as JSON…")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app.agreements.data import AgreementInvalid, agreement_to_dict, parse_agreement
from evidence_app.model.agreements import FACT_FIELDS, Agreement, AgreementFact
from evidence_app.ui.agreements.fact_editor import (
    ERROR_STYLE,
    FactEditor,
    SourceDialog,
    problem_text,
)
from evidence_app.ui.agreements.labels import agreement_name, fact_label, not_advice, translate
from evidence_app.ui.agreements.record_editor import AgreementEditDialog
from evidence_app.ui.errors import describe_error
from evidence_app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class AgreementForm(QDialog):
    """`saved` is True once the library took the record (the dialog then accepts)."""

    def __init__(self, library: Library, agreement: Agreement,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.agreement = agreement
        self.saved = False
        self.setWindowTitle(self.tr("Edit: {name}").format(name=agreement_name(agreement)))
        raw = agreement_to_dict(agreement)
        self.sources: dict[str, dict[str, Any]] = dict(raw["sources"])
        countries = library.taxonomy.countries()
        hint = QLabel(self.tr(
            "Write each fact as the source states it and choose its source. Tick "
            "\"Unknown\" where the sources say nothing. Your version replaces the shipped one "
            "until you restore it.") + " " + not_advice(), self)
        hint.setWordWrap(True)
        body = self.body = QWidget(self)
        column = QVBoxLayout(body)
        self.sources_box = QGroupBox(self.tr("Sources of this record"), body)
        self.source_list = QListWidget(self.sources_box)
        self.source_list.setMaximumHeight(110)
        self.new_source_button = QPushButton(self.tr("&New source…"), self.sources_box)
        self.edit_source_button = QPushButton(self.tr("Edit s&ource…"), self.sources_box)
        self.new_source_button.clicked.connect(lambda: self.new_source())
        self.edit_source_button.clicked.connect(self.edit_source)
        self.source_list.itemDoubleClicked.connect(lambda _item: self.edit_source())
        self.sources_error = QLabel(self.sources_box)
        self.sources_error.setWordWrap(True)
        self.sources_error.setStyleSheet(ERROR_STYLE)
        self.sources_error.hide()
        source_buttons = QVBoxLayout()
        source_buttons.addWidget(self.new_source_button)
        source_buttons.addWidget(self.edit_source_button)
        source_buttons.addStretch(1)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_list, 1)
        source_row.addLayout(source_buttons)
        source_layout = QVBoxLayout(self.sources_box)
        source_layout.addLayout(source_row)
        source_layout.addWidget(self.sources_error)
        self.editors: dict[str, FactEditor] = {}
        self.notes: list[FactEditor] = []
        self.editors["status"] = FactEditor("status", agreement.status, countries, parent=body)
        for name in FACT_FIELDS:
            self.editors[name] = FactEditor(name, getattr(agreement, name), countries,
                                            parent=body)
        for editor in self.editors.values():
            column.addWidget(editor)
            self._wire(editor)
        self.notes_box = QVBoxLayout()
        column.addLayout(self.notes_box)
        for note in agreement.notes:
            self.add_note(note, focus=False)
        self.add_note_button = QPushButton(self.tr("&Add a note"), body)
        self.add_note_button.clicked.connect(lambda: self.add_note())
        column.addWidget(self.add_note_button)
        column.addWidget(self.sources_box)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.json_button = QPushButton(self.tr("Advanced: edit as &JSON…"), self)
        self.json_button.clicked.connect(self.edit_json)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setDefault(True)
        save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        row = QHBoxLayout()
        row.addWidget(self.json_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self._refresh_sources()
        self.resize(860, 700)  # fits a 1024x768 screen; the facts scroll

    # ------------------------------------------------------------------ sources
    def _all_editors(self) -> list[FactEditor]:
        return [*self.editors.values(), *self.notes]

    def _refresh_sources(self) -> None:
        pairs = [(key, str(raw.get("title") or key)) for key, raw in self.sources.items()]
        self.source_list.clear()
        for key, title in pairs:
            kind = (translate("Agreements", "official text") if self.sources[key].get("official")
                    else translate("Agreements", "report about it"))
            self.source_list.addItem(f"{title} ({kind})")
        for editor in self._all_editors():
            editor.set_sources(pairs)

    def _wire(self, editor: FactEditor) -> None:
        editor.source_chosen.connect(lambda chosen: self.new_source(chosen))

    def add_source(self, raw: dict[str, Any]) -> str:
        """A new source of the record (the sub-form's fields); its key."""
        base = re.sub(r"[^a-z0-9]+", "_", str(raw.get("title", "")).lower()).strip("_")[:24]
        base = base or "source"
        key, n = base, 2
        while key in self.sources:
            key, n = f"{base}_{n}", n + 1
        self.sources[key] = raw
        self._refresh_sources()
        return key

    def new_source(self, editor: FactEditor | None = None) -> str:
        dialog = SourceDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        key = self.add_source(dialog.raw())
        if editor is not None:
            editor.choose_source(key)
        return key

    def edit_source(self) -> None:
        row = self.source_list.currentRow()
        if row < 0:
            return
        key = list(self.sources)[row]
        dialog = SourceDialog(self.sources[key], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.sources[key] = dialog.raw()
            self._refresh_sources()

    def add_note(self, note: AgreementFact | None = None, focus: bool = True) -> FactEditor:
        fact = note if note is not None else AgreementFact(known=True)
        editor = FactEditor("note", fact, [], fact_label("note"), self.body)
        editor.unknown.hide()
        self.notes.append(editor)
        self.notes_box.addWidget(editor)
        self._wire(editor)
        editor.set_sources([(k, str(r.get("title") or k)) for k, r in self.sources.items()])
        if focus:
            editor.words.setFocus()
        return editor

    # ------------------------------------------------------------------ saving
    def record(self) -> dict[str, Any]:
        """The record's JSON form as the form shows it; notes left empty are dropped."""
        raw = agreement_to_dict(self.agreement)
        for name, editor in self.editors.items():
            raw[name] = editor.to_raw()
        raw["notes"] = [n.to_raw() for n in self.notes if n.words.text().strip()]
        raw["sources"] = dict(self.sources)
        return raw

    def _show_problem(self, exc: AgreementInvalid) -> None:
        text = problem_text(exc.where, exc.problem)
        head = exc.where.split(".", 1)[0]
        target: QWidget | None = None
        note = re.match(r"notes\[(\d+)\]", head)
        kept = [n for n in self.notes if n.words.text().strip()]
        if head in self.editors:
            self.editors[head].show_error(text)
            target = self.editors[head]
        elif note and int(note.group(1)) < len(kept):
            kept[int(note.group(1))].show_error(text)
            target = kept[int(note.group(1))]
        elif head == "sources":
            self.sources_error.setText(text)
            self.sources_error.show()
            target = self.sources_box
        if target is not None:
            self.scroll_area.ensureWidgetVisible(target)
            label = fact_label(head) if head in self.editors else target.objectName()
            self.error.setText(self.tr("Not saved: check {field}.").format(
                field=label or self.tr("the field marked in red")))
        else:
            self.error.setText(self.tr("Not saved: {problem}").format(problem=text))

    def save(self) -> None:
        for editor in self._all_editors():
            editor.show_error("")
        self.sources_error.hide()
        self.error.clear()
        try:
            agreement = parse_agreement(self.record(), "form")
        except AgreementInvalid as exc:
            self._show_problem(exc)
            return
        library, ident = self.library, self.agreement.id
        run_in_background(lambda: library.agreements.edit_agreement(ident, agreement),
                          on_done=lambda _changes: self._saved(), on_error=self._failed,
                          writer=True)

    def _saved(self) -> None:
        if shiboken6.isValid(self):
            self.saved = True
            self.accept()

    def _failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            self.error.setText(describe_error(exc))

    def edit_json(self) -> None:
        dialog = AgreementEditDialog(self.library, self.agreement, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved()
