"""Clipping a passage as an excerpt (or editing one): quote, citation, tags and a note."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Changes, Excerpt
from evidence_app.ui.errors import describe_error
from evidence_app.ui.labels import cite_text as page_cite
from evidence_app.ui.tasks import run_in_background
from evidence_app.ui.widgets.tag_picker import TagPicker

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

translate = QCoreApplication.translate


def cite_text(title: str, label: str) -> str:
    """'Title, p. 7' — or 'Title, ¶ 12–15' when the label is not a page number."""
    return (
        translate("Citation", "%1, %2").replace("%2", page_cite(label)).replace("%1", title)
    )


def citation_with_quote(quote: str, title: str, label: str) -> str:
    """What "Copy" puts on the clipboard: the quote in quotation marks, then the citation."""
    text = " ".join(quote.split())
    return (
        translate("Citation", "“%1”\n— %2")
        .replace("%2", cite_text(title, label))
        .replace("%1", text)
    )


class ExcerptDialog(QDialog):
    """New excerpt from a selection, or (via `ExcerptDialog.edit`) an existing one's tags and note.

    Emits `changed(Changes)` after saving; the saved excerpt is in `self.excerpt`.
    """

    changed = Signal(object)

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        source_id: int,
        page_no: int,
        start: int,
        end: int,
        quote: str,
        excerpt: Excerpt | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.source_id = source_id
        self.page_no = page_no
        self.start = start
        self.end = end
        self.quote = quote
        self.excerpt: Excerpt | None = excerpt
        self.saving = False
        self.error_message = ""
        editing = excerpt is not None
        self.setObjectName("ExcerptDialog")
        self.setWindowTitle(self.tr("Edit excerpt") if editing else self.tr("New excerpt"))

        if excerpt is not None:
            title, label = excerpt.source_title, excerpt.cite_label or str(excerpt.page_no)
            countries, risks, note = excerpt.countries, excerpt.risks, excerpt.note
        else:
            source = library.catalog.source(source_id)
            label = library.excerpts.pinpoint(source_id, page_no, start, end)
            # Its passage's risk types and those the quote names, not all of its source's.
            risks = tuple(library.excerpts.quote_risks(quote, source_id, page_no))
            title, countries, note = source.title, source.countries, ""
        self.citation = cite_text(title, label)

        self.quote_view = QTextBrowser(self)
        self.quote_view.setPlainText(quote)
        self.quote_view.setAccessibleName(self.tr("Quoted text"))
        lines = self.quote_view.fontMetrics().lineSpacing()
        self.quote_view.setMinimumHeight(lines * 4)
        self.quote_view.setMaximumHeight(lines * 9)
        self.cite_label = QLabel(self.citation, self)
        self.cite_label.setWordWrap(True)
        font = self.cite_label.font()
        font.setBold(True)
        self.cite_label.setFont(font)
        self.cite_label.setAccessibleName(self.tr("Citation"))

        self.note_edit = QPlainTextEdit(note, self)
        self.note_edit.setPlaceholderText(self.tr("Why this passage matters (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(lines * 5)

        self.print_note_check = QCheckBox(self.tr("&Print this note in the packet"), self)
        self.print_note_check.setToolTip(self.tr(
            "Notes are private: they are printed after the quote on the exhibit page only "
            "when this is ticked."))
        self.print_note_check.setChecked(bool(excerpt and excerpt.print_note))
        self.translation_edit = QPlainTextEdit(excerpt.translation if excerpt else "", self)
        self.translation_edit.setPlaceholderText(self.tr(
            "English translation of the quote, when the source is not in English (printed "
            "under the quote in the packet and covered by the certificate of translation)"))
        self.translation_edit.setAccessibleName(self.tr("English translation"))
        self.translation_edit.setTabChangesFocus(True)
        self.translation_edit.setMaximumHeight(lines * 5)

        self.countries = TagPicker(library, "countries", self)
        self.countries.set_selected(countries)
        self.risks = TagPicker(library, "risks", self)
        self.risks.set_selected(risks)

        quote_box = QGroupBox(self.tr("Quote"), self)
        quote_layout = QVBoxLayout(quote_box)
        quote_layout.addWidget(self.quote_view)
        quote_layout.addWidget(self.cite_label)
        countries_box = QGroupBox(self.tr("Countries"), self)
        QVBoxLayout(countries_box).addWidget(self.countries)
        risks_box = QGroupBox(self.tr("Risk types"), self)
        QVBoxLayout(risks_box).addWidget(self.risks)
        tags = QHBoxLayout()
        tags.addWidget(countries_box)
        tags.addWidget(risks_box)
        hint = QLabel(
            self.tr("Countries start as the source's; risk types as those the quote speaks of. "
                    "Change them for this excerpt only."),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quote_box)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.print_note_check)
        translation_label = QLabel(self.tr("English &translation:"), self)
        translation_label.setBuddy(self.translation_edit)
        layout.addWidget(translation_label)
        layout.addWidget(self.translation_edit)
        layout.addLayout(tags, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(820, 800)
        self.note_edit.setFocus()

    @classmethod
    def edit(
        cls, library: Library, excerpt: Excerpt, parent: QWidget | None = None
    ) -> ExcerptDialog:
        """A dialog for the note and tags of an existing excerpt (the quote stays fixed)."""
        return cls(
            library,
            parent,
            source_id=excerpt.source_id,
            page_no=excerpt.page_no,
            start=excerpt.start,
            end=excerpt.end,
            quote=excerpt.quote,
            excerpt=excerpt,
        )

    # ---------------------------------------------------------------- saving
    def save(self) -> None:
        if self.saving:
            return
        note = self.note_edit.toPlainText().strip()
        translation = self.translation_edit.toPlainText().strip()
        print_note = self.print_note_check.isChecked()
        countries = self.countries.selected()
        risks = self.risks.selected()
        library = self.library
        existing = self.excerpt
        self._set_saving(True)
        if existing is not None:
            excerpt_id = existing.id

            def edit() -> Excerpt:
                library.excerpts.edit_excerpt(
                    excerpt_id,
                    note=note,
                    countries=countries,
                    risks=risks,
                    translation=translation,
                    print_note=print_note,
                )
                return library.excerpts.excerpt(excerpt_id)

            run_in_background(edit, on_done=self._saved, on_error=self._failed, writer=True)
            return
        args = (self.source_id, self.page_no, self.start, self.end)

        def add() -> Excerpt:
            return library.excerpts.add_excerpt(*args, note=note, countries=countries, risks=risks,
                                       translation=translation, print_note=print_note)

        run_in_background(add, on_done=self._saved, on_error=self._failed, writer=True)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _saved(self, excerpt: Excerpt) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.excerpt = excerpt
        self.changed.emit(Changes(excerpts=True))
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.error_message = describe_error(exc)
        QMessageBox.warning(self, self.tr("Could not save the excerpt"), self.error_message)

    def reject(self) -> None:
        if not self.saving:
            super().reject()
