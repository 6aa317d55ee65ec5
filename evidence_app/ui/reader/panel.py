"""The reader: a page's text exactly as stored, every hit highlighted, hit and page navigation,
and for PDFs the original page beside or instead of the text. Selecting text and clipping
(Ctrl+K) asks for an excerpt with the exact page offsets."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Changes, Excerpt, Page, PassageHit, Source, Span

from ..labels import cite_text, risk_label
from ..library_view.scan_notice import ScanNotice
from .clipped_marks import clipped_selections, clipped_spans
from .hit_marks import RestOfHits, hit_selections
from .page_text import PageText, find_hits, term_pattern
from .pdf_view import PdfPageView
from .source_header import SourceHeader
from .toolbar import BOTH, ORIGINAL, TEXT, ReaderToolbar

if TYPE_CHECKING:
    from evidence_app.library.facade import Library



class ReaderPane(QWidget):
    clip_requested = Signal(int, int, int, int, str)  # source_id, page_no, start, end, quote
    ocr_requested = Signal(int)  # source_id of a scanned PDF
    page_shown = Signal(int, int)  # source_id, page_no
    message = Signal(str)  # for the status bar

    def __init__(self, library: Library | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.source: Source | None = None
        self.pages: list[Page] = []
        self.page_index = 0
        self.page_text = PageText("")
        self._search_spans: dict[int, list[Span]] = {}
        self._pattern: re.Pattern[str] | None = None
        self._hits: list[tuple[int, Span]] = []  # (page index, span) across the source
        self._hit = -1
        self.rest_of_hits = RestOfHits(self._all_hits_found)  # the other pages' hits
        self._pdf_path: Path | None = None
        self._excerpts: list[Excerpt] = []  # of the open source, for their translations
        self._clipped: list[Excerpt] = []  # the open source's excerpts, marked on its pages
        self.ticked_risks: tuple[str, ...] = ()  # risk types ticked in the filters: marked
        self._page_risks: dict[int, dict[str, float]] = {}  # the open source's passage labels
        self._risk_names: dict[str, str] = {}

        self.header = SourceHeader(self)
        self.header.edition_chosen.connect(lambda source_id: self.show_source(source_id))
        self.title, self.meta, self.unverified = (
            self.header.title, self.header.meta, self.header.unverified)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.pdf = PdfPageView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.pdf)
        self.splitter.setChildrenCollapsible(False)
        # The English translations of the excerpts clipped on the page, under the page text.
        self.translations = QLabel(self)
        self.translations.setWordWrap(True)
        self.translations.setTextFormat(Qt.TextFormat.RichText)
        self.translations.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.translations.hide()
        self.toolbars = ReaderToolbar(self)
        bars = self.toolbars
        self.toolbar, self.view_toolbar = bars.toolbar, bars.view_toolbar
        self.prev_page_action, self.next_page_action = bars.prev_page_action, bars.next_page_action
        self.prev_hit_action, self.next_hit_action = bars.prev_hit_action, bars.next_hit_action
        self.clip_action, self.page_label, self.hit_label = (
            bars.clip_action, bars.page_label, bars.hit_label)
        self.passage_mark, self.passage_mark_action = bars.passage_mark, bars.passage_mark_action
        self.mode_group, self.mode_actions = bars.mode_group, bars.mode_actions
        self._connect_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        self.scan_notice = ScanNotice(self)
        self.scan_notice.hide()
        self.scan_notice.view_original.connect(lambda: self.set_mode(ORIGINAL, remember=False))
        self.scan_notice.run_ocr.connect(
            lambda: self.source is not None and self.ocr_requested.emit(self.source.id))
        layout.addWidget(self.scan_notice)
        layout.addWidget(self.toolbars)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.translations)
        self.text.selectionChanged.connect(self._update_actions)
        self.retranslate()
        self.clear()

    def _connect_actions(self) -> None:
        self.prev_page_action.triggered.connect(lambda: self.show_page_index(self.page_index - 1))
        self.next_page_action.triggered.connect(lambda: self.show_page_index(self.page_index + 1))
        self.prev_hit_action.triggered.connect(self.previous_hit)
        self.next_hit_action.triggered.connect(self.next_hit)
        self.clip_action.triggered.connect(self.clip)
        self.mode_group.triggered.connect(lambda a: self.set_mode(a.data()))
        self.addActions(self.toolbars.navigation_actions())

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("Page text"))
        self._update_labels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_highlights()
        super().changeEvent(event)

    # ---------------------------------------------------------------- settings
    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("ReaderPane/mode", self.mode())
        settings.setValue("ReaderPane/splitter", self.splitter.saveState())

    def restore_settings(self, settings: QSettings) -> None:
        state = settings.value("ReaderPane/splitter")
        if state:
            self.splitter.restoreState(state)
        self._preferred_mode = str(settings.value("ReaderPane/mode", TEXT))
        self.set_mode(self._preferred_mode)

    # ---------------------------------------------------------------- showing
    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.clear()

    def clear(self) -> None:
        self.rest_of_hits.cancel()
        self._pdf_path = None
        self.source = None
        self.pages = []
        self.page_text = PageText("")
        self._hits = []
        self._hit = -1
        self._clipped = []
        self.text.setPlainText("")
        self._excerpts = []
        self.translations.hide()
        self.passage_mark_action.setVisible(False)
        self.pdf.clear()
        for mode in (ORIGINAL, BOTH):
            self.mode_actions[mode].setEnabled(False)
        self.scan_notice.hide()
        self.header.clear()
        self._update_labels()
        self._update_actions()

    def show_source(
        self,
        source_id: int,
        page_no: int = 0,
        hits: Sequence[PassageHit] = (),
        terms: Sequence[str] = (),
    ) -> None:
        """Open a source at a page (0: its first hit, or page 1) with its hits highlighted."""
        if self.library is None:
            return
        if self.source is None or self.source.id != source_id:
            self.source = self.library.catalog.source(source_id)
            self.pages = self.library.catalog.pages(source_id)
            self.page_index = -1  # nothing of the new source is shown yet
        else:
            self.source = self.library.catalog.source(source_id)
        self._search_spans = {h.page_no: list(h.page_highlights) for h in hits}
        self._pattern = term_pattern(terms)
        self.rest_of_hits.cancel()
        target = self._index_of(page_no) if page_no else None
        partial = target is not None and len(self.pages) > 1
        if target is None:
            self._hits = find_hits(self.pages, range(len(self.pages)), self._search_spans,
                                   self._pattern)
            target = self._hits[0][0] if self._hits else 0
        else:
            # the page asked for at once; the other pages' hits are found off the GUI thread
            # (folding and matching 300 pages took tens of milliseconds)
            self._hits = find_hits(self.pages, [target], self._search_spans, self._pattern)
        self._clipped = self.library.excerpts.excerpts(source_id=source_id)
        self._page_risks = self.library.passages.passage_risks(source_id)
        self._risk_names = {r.slug: risk_label(r) for r in self.library.taxonomy.risk_types()}
        self._excerpts = [e for e in self._clipped if e.translation]
        self.header.show_source(self.source, self.library)
        is_pdf = self.source.format == "pdf"
        for mode in (ORIGINAL, BOTH):
            self.mode_actions[mode].setEnabled(is_pdf)
        self.scan_notice.setVisible(self.source.needs_ocr)
        # the original is opened when first shown: parsing a long PDF is GUI-thread work
        self._pdf_path = self.library.catalog.file_path(self.source) if is_pdf else None
        # a scan has no text to show: its original pages instead of an empty pane
        scan = self.source.needs_ocr and is_pdf
        self.set_mode(ORIGINAL if scan else getattr(self, "_preferred_mode", self.mode()),
                      remember=False)
        self.show_page_index(target)
        if partial:
            self.rest_of_hits.start(self.pages, self._search_spans, self._pattern)

    def _all_hits_found(self, found: list[tuple[int, Span]]) -> None:
        current = self._hits[self._hit] if 0 <= self._hit < len(self._hits) else None
        self._hits = found
        if current in found:
            self._hit = found.index(current)
        else:
            on_page = [i for i, (p, _s) in enumerate(found) if p == self.page_index]
            self._hit = on_page[0] if on_page else -1
        self._update_labels()
        self._update_actions()

    def _open_pdf(self) -> None:
        if self._pdf_path is not None:
            self.pdf.load(self._pdf_path)  # once per file

    def _index_of(self, page_no: int) -> int | None:
        for index, page in enumerate(self.pages):
            if page.page_no == page_no:
                return index
        return None

    def show_page_index(self, index: int, hit: int | None = None) -> None:
        if not self.pages or self.source is None:
            return
        index = max(0, min(len(self.pages) - 1, index))
        changed = index != self.page_index or self.page_text.text != self.pages[index].text
        self.page_index = index
        page = self.pages[index]
        if changed:
            self.page_text = PageText(page.text)
            self.text.setPlainText(self.page_text.display)
        if hit is None:
            on_page = [i for i, (p, _s) in enumerate(self._hits) if p == index]
            hit = on_page[0] if on_page else -1
        self._hit = hit
        self._apply_highlights()
        if self.pdf.isVisible() or self.mode() != TEXT:
            mark = ""
            if 0 <= self._hit < len(self._hits):
                span = self._hits[self._hit][1]
                mark = page.text[span.start:span.end]
            self._open_pdf()
            self.pdf.show_page(page.page_no, mark)
        self._show_translations(page.page_no)
        self.passage_mark.set_page(self._page_risks.get(page.page_no, {}), self.ticked_risks,
                                   self._risk_names)
        self.passage_mark_action.setVisible(self.passage_mark.has_labels)
        self._update_labels()
        self._update_actions()
        self.page_shown.emit(self.source.id, page.page_no)

    def on_library_changed(self, changes: Changes) -> None:
        if changes.excerpts or changes.taxonomy or changes.sources:
            self.refresh_translations()
        if changes.excerpts:
            self.refresh_clipped()

    def refresh_translations(self) -> None:
        """After excerpts changed: read the open source's translated excerpts again."""
        page = self.page()
        if self.library is None or self.source is None or page is None:
            return
        self._excerpts = [e for e in self.library.excerpts.excerpts(source_id=self.source.id)
                          if e.translation]
        self._show_translations(page.page_no)

    def _show_translations(self, page_no: int) -> None:
        """Each translated excerpt of the page: its quote, and the English under it."""
        rows = []
        for excerpt in (e for e in self._excerpts if e.page_no == page_no):
            quote = html.escape(" ".join(excerpt.quote.split()))
            english = html.escape(" ".join(excerpt.translation.split()))
            rows.append(f"\u201c{quote}\u201d<br/>&nbsp;&nbsp;&nbsp;<i>"
                        + self.tr("English: “%1”").replace("%1", english) + "</i>")
        self.translations.setText("<br/>".join(rows))
        self.translations.setVisible(bool(rows))

    def page(self) -> Page | None:
        return self.pages[self.page_index] if 0 <= self.page_index < len(self.pages) else None

    def highlighted_spans(self) -> list[Span]:
        return [span for p, span in self._hits if p == self.page_index]

    # ---------------------------------------------------------------- hits
    def _apply_highlights(self) -> None:
        doc = self.text.document()
        page = self.page()
        selections = clipped_selections(
            doc, self.page_text, clipped_spans(self._clipped, page.page_no) if page else [],
            self.palette())
        hits, position = hit_selections(
            doc, self.page_text, self._hits, self.page_index, self._hit, self.palette())
        if position is not None:
            view_cursor = QTextCursor(doc)
            view_cursor.setPosition(position)
            self.text.setTextCursor(view_cursor)
            self.text.centerCursor()
        self.text.setExtraSelections(selections + hits)

    def refresh_clipped(self) -> None:
        """Excerpts were added or deleted: mark the open source's clipped passages again."""
        if self.library is not None and self.source is not None:
            self._clipped = self.library.excerpts.excerpts(source_id=self.source.id)
            self._apply_highlights()

    def next_hit(self) -> None:
        if self._hits:
            self._go_to_hit((self._hit + 1) % len(self._hits))

    def previous_hit(self) -> None:
        if self._hits:
            self._go_to_hit((self._hit - 1) % len(self._hits))

    def _go_to_hit(self, number: int) -> None:
        page_index = self._hits[number][0]
        if page_index != self.page_index:
            self.show_page_index(page_index, hit=number)
        else:
            self._hit = number
            self._apply_highlights()
            self._update_labels()

    # ---------------------------------------------------------------- selection and clip
    def selection_range(self) -> tuple[int, int] | None:
        """(start, end) of the selection as offsets in the stored page text."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.page_text.to_text(cursor.selectionStart())
        end = self.page_text.to_text(cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.page_text.to_doc(start))
        cursor.setPosition(self.page_text.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def clip(self) -> bool:
        """Ask for an excerpt of the selection; False (with a hint) when nothing is selected."""
        picked = self.selection_range()
        page = self.page()
        if self.source is None or page is None or picked is None:
            self.message.emit(self.tr("Select some text on the page first, then clip it."))
            return False
        start, end = picked
        self.clip_requested.emit(self.source.id, page.page_no, start, end, page.text[start:end])
        return True

    # ---------------------------------------------------------------- modes and labels
    def mode(self) -> str:
        checked = self.mode_group.checkedAction()
        return str(checked.data()) if checked else TEXT

    def set_mode(self, mode: str, remember: bool = True) -> None:
        if remember:
            self._preferred_mode = mode
        is_pdf = self.source is not None and self.source.format == "pdf"
        shown = mode if is_pdf else TEXT
        self.mode_actions.get(shown, self.mode_actions[TEXT]).setChecked(True)
        self.text.setVisible(shown in (TEXT, BOTH))
        self.pdf.setVisible(shown in (ORIGINAL, BOTH))
        if shown == BOTH and min(self.splitter.sizes()) < self.splitter.width() // 4:
            half = max(1, self.splitter.width() // 2)
            self.splitter.setSizes([half, half])
        page = self.page()
        if page is not None and shown != TEXT:
            self._open_pdf()
            self.pdf.show_page(page.page_no)

    def _update_labels(self) -> None:
        page = self.page()
        if page is None:
            self.page_label.setText(self.tr("No page"))
        else:
            self.page_label.setText(self.tr("{cite} ({n} of {total})").format(
                cite=cite_text(page.label) or str(page.page_no),
                n=self.page_index + 1, total=len(self.pages)))
        if not self._hits:
            self.hit_label.setText(self.tr("No hits"))
        else:
            self.hit_label.setText(self.tr("Hit {n} of {total}").format(
                n=self._hit + 1 if self._hit >= 0 else "–", total=len(self._hits)))

    def _update_actions(self) -> None:
        has_pages = bool(self.pages)
        self.prev_page_action.setEnabled(has_pages and self.page_index > 0)
        self.next_page_action.setEnabled(has_pages and self.page_index < len(self.pages) - 1)
        self.prev_hit_action.setEnabled(len(self._hits) > 0)
        self.next_hit_action.setEnabled(len(self._hits) > 0)
        self.clip_action.setEnabled(self.text.textCursor().hasSelection())
