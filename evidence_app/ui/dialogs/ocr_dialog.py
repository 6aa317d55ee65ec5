"""OCR scanned sources: pick which, watch page progress with Cancel, read what happened.

When Tesseract or OCRmyPDF is missing, the dialog says exactly what to install instead
(commands that can be selected and copied), and nothing else.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Progress

from ..errors import describe_error
from ..tasks import Job, run_in_background

if TYPE_CHECKING:
    from evidence_app.library.facade import Library
    from evidence_app.upkeep.ocr import OcrReport, OcrStatus

SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole


class OcrDialog(QDialog):
    changed = Signal(object)  # Changes

    def __init__(
        self, library: Library, parent: QWidget | None = None, *, search_path: str | None = None
    ) -> None:
        """`search_path` replaces PATH when looking for the tools (tests hide them)."""
        super().__init__(parent)
        self.library = library
        self.status: OcrStatus = library.ocr.ocr_status(search_path)
        self.search_path = search_path
        self.report: OcrReport | None = None
        self.job: Job | None = None
        self.cancel_event = threading.Event()
        self._running = False
        self.setMinimumWidth(560)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.commands = QPlainTextEdit(self)
        self.commands.setReadOnly(True)
        self.commands.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.commands.setPlainText("\n".join(self.status.install_commands()))
        self.commands.setMaximumHeight(80)
        self.sources = QListWidget(self)
        self.progress_bar = QProgressBar(self)
        self.current = QLabel(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.intro, self.commands, self.sources, self.progress_bar, self.current,
                       self.result_label):
            layout.addWidget(widget, 10 if widget is self.sources else 0)
        layout.addStretch(1)  # keeps the texts together at the top when the list is hidden
        layout.addWidget(self.buttons)

        self._fill_sources()
        self.retranslate()
        self._update()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("OCR scanned sources"))
        if not self.status.available:
            self.intro.setText(self.tr(
                "<p><b>OCR is not installed on this computer.</b></p><p>Reading scanned pages "
                "needs two free programs: Tesseract (with its English and Spanish languages) "
                "and OCRmyPDF. Ask whoever looks after this computer to run:</p>"
            ))
        elif not self.sources.count():
            self.intro.setText(self.tr("No source needs OCR: every source has a text layer."))
        else:
            self.intro.setText(self.tr(
                "<p>These sources are scanned pages with no text, so they cannot be searched "
                "or clipped yet.</p><p>OCR reads the page images (English and Spanish) and adds "
                "the text. The original file is kept; a searchable copy is stored beside it. "
                "It takes a few seconds per page.</p>"
            ))
        self.sources.setAccessibleName(self.tr("Sources to OCR"))
        self.progress_bar.setAccessibleName(self.tr("OCR progress"))
        self.start_button.setText(self.tr("Start OCR"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop; sources already done keep their text"))
        self.close_button.setText(self.tr("Close"))
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            pages = int(item.data(Qt.ItemDataRole.UserRole + 1))
            title = str(item.data(Qt.ItemDataRole.UserRole + 2))
            text = self.tr("%1 (1 page)") if pages == 1 else self.tr("%1 (%n pages)", "", pages)
            item.setText(text.replace("%1", title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_sources(self) -> None:
        self.sources.clear()
        if not self.status.available:
            return
        for source in self.library.ocr.sources_needing_ocr():
            item = QListWidgetItem(self.sources)
            item.setData(SOURCE_ID_ROLE, source.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, source.page_count)
            item.setData(Qt.ItemDataRole.UserRole + 2, source.title or source.original_name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def _update(self) -> None:
        available = self.status.available
        self.commands.setVisible(not available)
        self.sources.setVisible(available and self.sources.count() > 0)
        self.progress_bar.setVisible(self._running or self.report is not None)
        self.current.setVisible(self._running)
        self.result_label.setVisible(self.report is not None)
        self.start_button.setVisible(available and self.sources.count() > 0)
        self.start_button.setEnabled(not self._running and bool(self.selected_ids()))
        self.cancel_button.setVisible(self._running)
        self.close_button.setEnabled(not self._running)
        self.sources.setEnabled(not self._running)

    # ---------------------------------------------------------------- running
    def selected_ids(self) -> list[int]:
        return [int(self.sources.item(row).data(SOURCE_ID_ROLE))
                for row in range(self.sources.count())
                if self.sources.item(row).checkState() == Qt.CheckState.Checked]

    def start(self) -> None:
        ids = self.selected_ids()
        if not ids or self._running:
            return
        library, search_path = self.library, self.search_path
        self.cancel_event = cancel_event = threading.Event()

        def work(progress: Progress, cancel: threading.Event) -> OcrReport:
            return library.ocr.ocr_sources(ids, progress, cancel_event, search_path=search_path)

        self.report = None
        self.progress_bar.setRange(0, 0)
        self.current.setText(self.tr("Starting OCR…"))
        self._running = True
        self._update()
        job = run_in_background(work, on_done=self._finished, on_error=self._failed,
                                progress=self._progress, writer=True)
        self.job = job if self._running else None

    def _progress(self, done: int, total: int, label: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if label:
            self.current.setText(self.tr("Reading “%1” (%2 of %3 pages done)")
                                 .replace("%1", label).replace("%2", str(done))
                                 .replace("%3", str(total)))

    def cancel(self) -> None:
        if self._running:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))

    def _finished(self, report: OcrReport) -> None:
        self.job, self._running = None, False
        if not shiboken6.isValid(self):
            return
        self.report = report
        done = [o for o in report.done if o.ok and o.pages_with_text]
        lines = [self.tr("1 source can now be searched.") if len(done) == 1
                 else self.tr("%n sources can now be searched.", "", len(done))]
        if report.cancelled:
            lines.append(self.tr("OCR was cancelled; the other sources still need it."))
        if report.failed:
            count = len(report.failed)
            lines.append(self.tr("1 source could not be read:") if count == 1
                         else self.tr("%n sources could not be read:", "", count))
            lines += [f"• {o.title or o.source_id}: {o.message}" for o in report.failed]
        self.result_label.setText("\n".join(lines))
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.cancel_button.setEnabled(True)
        self._fill_sources()
        self._update()
        self.retranslate()
        self.changed.emit(report.changes)

    def _failed(self, exc: Exception) -> None:
        self.job, self._running = None, False
        if not shiboken6.isValid(self):
            return
        self.result_label.setText(describe_error(exc))
        self.report = None
        self._update()
        self.result_label.setVisible(True)

    def reject(self) -> None:
        if self._running:
            self.cancel()
            return
        super().reject()
