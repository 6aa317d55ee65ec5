"""The reader: a page's text exactly as stored, every hit highlighted, hit and page navigation,
and for PDFs the original page beside or instead of the text. Selecting text and clipping
(Ctrl+K) asks for an excerpt with the exact page offsets."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Changes, Excerpt, Page, PassageHit, Source, Span

from .. import tasks
from ..icons import clip_icon
from ..labels import cite_text, highlight_colour, kind_label, risk_label
from ..library_view.scan_notice import ScanNotice
from ..widgets.flow_layout import FlowLayout
from .clipped_marks import clipped_selections, clipped_spans
from .page_text import PageText, find_hits, term_pattern
from .passage_marks import PassageMark
from .pdf_view import PdfPageView

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

TEXT, ORIGINAL, BOTH = "text", "original", "both"


HIT_PAGES_AT_ONCE = 20  # a few milliseconds of folding and matching


class WholeToolBar(QToolBar):
    """A toolbar that asks for a little more than its buttons need: given exactly its own size
    hint, a QToolBar may fold its last button into the "»" menu."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        return QSize(hint.width() + spacing + 4, hint.height())


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
        self._hits_asked = 0  # bumped by every show_source: late background answers are dropped
        self._pdf_path: Path | None = None
        self._excerpts: list[Excerpt] = []  # of the open source, for their translations
        self._clipped: list[Excerpt] = []  # the open source's excerpts, marked on its pages
        self.ticked_risks: tuple[str, ...] = ()  # risk types ticked in the filters: marked
        self._page_risks: dict[int, dict[str, float]] = {}  # the open source's passage labels
        self._risk_names: dict[str, str] = {}

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.meta.linkActivated.connect(self._open_edition)
        # Page text kept from a bundle because the original file here has none (a scan).
        self.unverified = QLabel(self)
        self.unverified.setWordWrap(True)
        self.unverified.setObjectName("unverifiedText")
        self.unverified.setStyleSheet("QLabel#unverifiedText { color: #8a4b00; "
                                      "font-weight: bold; }")
        self.unverified.hide()
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
        # Two toolbars (pages and hits | view and Clip) that wrap onto a second line when the
        # pane is narrow, instead of hiding actions behind "»"
        self.toolbars = QWidget(self)
        self.toolbar = WholeToolBar(self.toolbars)
        self.view_toolbar = WholeToolBar(self.toolbars)
        self.toolbar.setObjectName("readerToolbar")
        self.view_toolbar.setObjectName("readerViewToolbar")
        for bar in (self.toolbar, self.view_toolbar):
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        flow = FlowLayout(self.toolbars, spacing=0)
        flow.addWidget(self.toolbar)
        flow.addWidget(self.view_toolbar)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.unverified)
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

    def _build_actions(self) -> None:
        style = self.style()
        icon = style.standardIcon
        sp = QStyle.StandardPixmap
        self.prev_page_action = QAction(icon(sp.SP_ArrowBack), "", self)
        self.next_page_action = QAction(icon(sp.SP_ArrowForward), "", self)
        self.prev_hit_action = QAction(icon(sp.SP_ArrowUp), "", self)
        self.next_hit_action = QAction(icon(sp.SP_ArrowDown), "", self)
        self.clip_action = QAction(clip_icon(), "", self)
        self.prev_hit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))
        self.next_hit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.prev_page_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp))
        self.next_page_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown))
        for action in (self.prev_page_action, self.next_page_action, self.prev_hit_action,
                       self.next_hit_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.page_label = QLabel(self)
        self.hit_label = QLabel(self)
        self.toolbar.addAction(self.prev_page_action)
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addAction(self.next_page_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.prev_hit_action)
        self.toolbar.addWidget(self.hit_label)
        self.toolbar.addAction(self.next_hit_action)
        self.passage_mark = PassageMark(self)  # the page's risk types, ticked ones marked
        self.passage_mark_action = self.toolbar.addWidget(self.passage_mark)
        self.passage_mark_action.setVisible(False)
        self.mode_group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for mode in (TEXT, ORIGINAL, BOTH):
            action = QAction(self)
            action.setCheckable(True)
            action.setData(mode)
            self.mode_group.addAction(action)
            self.view_toolbar.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions[TEXT].setChecked(True)
        self.view_toolbar.addSeparator()
        self.view_toolbar.addAction(self.clip_action)
        for action in (self.prev_page_action, self.next_page_action, self.prev_hit_action,
                       self.next_hit_action):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.prev_page_action.triggered.connect(lambda: self.show_page_index(self.page_index - 1))
        self.next_page_action.triggered.connect(lambda: self.show_page_index(self.page_index + 1))
        self.prev_hit_action.triggered.connect(self.previous_hit)
        self.next_hit_action.triggered.connect(self.next_hit)
        self.clip_action.triggered.connect(self.clip)
        self.mode_group.triggered.connect(lambda a: self.set_mode(a.data()))
        self.addActions([self.prev_page_action, self.next_page_action, self.prev_hit_action,
                         self.next_hit_action])

    def retranslate(self) -> None:
        self.prev_page_action.setText(self.tr("Previous page"))
        self.next_page_action.setText(self.tr("Next page"))
        self.prev_hit_action.setText(self.tr("Previous hit"))
        self.next_hit_action.setText(self.tr("Next hit"))
        for action, tip in (
            (self.prev_page_action, self.tr("Previous page")),
            (self.next_page_action, self.tr("Next page")),
            (self.prev_hit_action, self.tr("Previous highlighted word")),
            (self.next_hit_action, self.tr("Next highlighted word")),
        ):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        self.mode_actions[TEXT].setText(self.tr("Text"))
        self.mode_actions[TEXT].setToolTip(self.tr("Show the page's text"))
        self.mode_actions[ORIGINAL].setText(self.tr("Original"))
        self.mode_actions[ORIGINAL].setToolTip(self.tr("Show the original PDF page"))
        self.mode_actions[BOTH].setText(self.tr("Both"))
        self.mode_actions[BOTH].setToolTip(self.tr("Show the text and the original side by side"))
        self.clip_action.setText(self.tr("Clip"))
        self.clip_action.setToolTip(self.tr("Save the selected text as an excerpt (Ctrl+K)"))
        self.text.setAccessibleName(self.tr("Page text"))
        self.unverified.setText(self.tr(
            "Text from a bundle, unverified: this text came with the source from another "
            "library and could not be read from the original file here."))
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
        self._hits_asked += 1
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
        self.title.setText(self.tr("No source open"))
        self.meta.setText(self.tr("Choose a search result or a source to read it here."))
        self.meta.show()
        self.unverified.hide()
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
            self.source = self.library.source(source_id)
            self.pages = self.library.pages(source_id)
            self.page_index = -1  # nothing of the new source is shown yet
        else:
            self.source = self.library.source(source_id)
        self._search_spans = {h.page_no: list(h.page_highlights) for h in hits}
        self._pattern = term_pattern(terms)
        self._hits_asked += 1
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
        self._clipped = self.library.excerpts(source_id=source_id)
        self._page_risks = self.library.passage_risks(source_id)
        self._risk_names = {r.slug: risk_label(r) for r in self.library.risk_types()}
        self._excerpts = [e for e in self._clipped if e.translation]
        self.title.setText(self.source.title or self.source.original_name)
        self.meta.setText(self._meta_line(self.source))
        self.meta.setVisible(bool(self.meta.text()))
        self.unverified.setVisible(self.source.text_unverified)
        is_pdf = self.source.format == "pdf"
        for mode in (ORIGINAL, BOTH):
            self.mode_actions[mode].setEnabled(is_pdf)
        self.scan_notice.setVisible(self.source.needs_ocr)
        # the original is opened when first shown: parsing a long PDF is GUI-thread work
        self._pdf_path = self.library.file_path(self.source) if is_pdf else None
        # a scan has no text to show: its original pages instead of an empty pane
        scan = self.source.needs_ocr and is_pdf
        self.set_mode(ORIGINAL if scan else getattr(self, "_preferred_mode", self.mode()),
                      remember=False)
        self.show_page_index(target)
        if partial:
            self._found_so_far: list[tuple[int, Span]] = []
            self._find_rest(self._hits_asked, 0)

    def _find_rest(self, asked: int, start: int) -> None:
        """The other pages' hits, a few pages at a time on the GUI thread between events (a
        worker thread would hold the GIL while the window paints the results)."""
        if asked != self._hits_asked:
            return  # another source or query since
        end = min(len(self.pages), start + HIT_PAGES_AT_ONCE)
        self._found_so_far += find_hits(self.pages, range(start, end), self._search_spans,
                                        self._pattern)
        if end < len(self.pages):
            tasks.soon(lambda: self._find_rest(asked, end))
        else:
            self._all_hits_found(asked, self._found_so_far)

    def _all_hits_found(self, asked: int, found: list[tuple[int, Span]]) -> None:
        if asked != self._hits_asked:
            return  # another source or query since
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

    def _meta_line(self, source: Source) -> str:
        parts = [html.escape(p) for p in (source.publisher, source.published) if p]
        if source.kind:
            parts.append(html.escape(kind_label(source.kind)))
        line = " · ".join(parts)
        if source.series and self.library is not None:
            line += self._editions_line(source)
        return line

    def _editions_line(self, source: Source) -> str:
        """The other editions of the source's series as links, and a word when one is newer."""
        assert self.library is not None
        editions = self.library.editions(source.id)
        if len(editions) < 2:
            return ""
        links = " ".join(
            f"<b>{html.escape(e.edition or e.published)}</b>" if e.id == source.id
            else f"<a href='source:{e.id}'>{html.escape(e.edition or e.published)}</a>"
            for e in editions)
        line = "<br>" + self.tr("Editions: %1").replace("%1", links)
        newer = self.library.newer_edition(source.id)
        if newer is not None:
            line += "<br><b>" + html.escape(self.tr("A newer edition is in the library: %1.")
                                             .replace("%1", newer.edition or newer.published)
                                             ) + "</b>"
        return line

    def _open_edition(self, link: str) -> None:
        if link.startswith("source:") and link[7:].isdigit():
            self.show_source(int(link[7:]))

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
        self._excerpts = [e for e in self.library.excerpts(source_id=self.source.id)
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
        colour = highlight_colour(self.palette(), 0.45)
        current = highlight_colour(self.palette(), 0.95)
        page = self.page()
        selections = clipped_selections(
            doc, self.page_text, clipped_spans(self._clipped, page.page_no) if page else [],
            self.palette())
        for number, (page_index, span) in enumerate(self._hits):
            if page_index != self.page_index:
                continue
            cursor = QTextCursor(doc)
            cursor.setPosition(self.page_text.to_doc(span.start))
            cursor.setPosition(self.page_text.to_doc(span.end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(current if number == self._hit else colour)
            if number == self._hit:
                fmt.setFontUnderline(True)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
            if number == self._hit:
                view_cursor = QTextCursor(doc)
                view_cursor.setPosition(self.page_text.to_doc(span.start))
                self.text.setTextCursor(view_cursor)
                self.text.centerCursor()
        self.text.setExtraSelections(selections)

    def refresh_clipped(self) -> None:
        """Excerpts were added or deleted: mark the open source's clipped passages again."""
        if self.library is not None and self.source is not None:
            self._clipped = self.library.excerpts(source_id=self.source.id)
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
