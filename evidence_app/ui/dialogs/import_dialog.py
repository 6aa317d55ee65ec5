"""Importing files: choose files and batch tags, watch progress, read what happened.

Three pages in one modal dialog: setup (files, tags, "apply suggested tags"), progress
(bar, current file, Cancel) and the report (imported, already there, needs OCR, failed with
a plain reason; password-protected PDFs can be retried with their password).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QFileInfo, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFileIconProvider,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.folder.paths import printable_name
from evidence_app.model import Changes, ImportReport, Progress
from evidence_app.ui.dialogs.import_report import ImportReportView
from evidence_app.ui.errors import describe_error
from evidence_app.ui.library_view.metadata_dialog import MetadataDialog
from evidence_app.ui.tasks import Job, run_in_background
from evidence_app.ui.widgets.tag_picker import TagPicker

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

PAGE_SETUP, PAGE_PROGRESS, PAGE_REPORT = range(3)
PathRole = Qt.ItemDataRole.UserRole + 1
FILE_FILTER = "*.pdf *.html *.htm *.xhtml *.gz *.txt *.text *.md *.docx"


class ImportDialog(QDialog):
    """Signals: `finished_import(ImportReport)` after each run (the password retry is a run
    of its own), `changed(Changes)` when "Edit details…" saved a source."""

    finished_import = Signal(object)
    changed = Signal(object)

    def __init__(
        self, library: Library, paths: Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import sources"))
        self.setModal(True)
        self.library = library
        self.job: Job | None = None
        self._running = False
        self.cancel_event = threading.Event()
        self.report: ImportReport | None = None
        self.error_message = ""
        self.metadata_dialog: MetadataDialog | None = None
        self._edit_queue: list[int] = []
        self._batch: tuple[list[str], list[str], bool] = ([], [], False)
        self.icons = QFileIconProvider()

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._setup_page())
        self.stack.addWidget(self._progress_page())
        self.stack.addWidget(self._report_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        for path in paths:
            self.add_path(Path(path))
        self._update_setup()
        self.resize(880, 660)

    # ---------------------------------------------------------------- page 1: setup
    def _setup_page(self) -> QWidget:
        page = QWidget(self)
        self.path_list = QListWidget(page)
        self.path_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.path_list.setAccessibleName(self.tr("Files and folders to import"))
        self.path_list.setMinimumHeight(110)
        QShortcut(QKeySequence.StandardKey.Delete, self.path_list, self.remove_selected_paths)
        add_files = QPushButton(self.tr("Add &files…"), page)
        add_folder = QPushButton(self.tr("Add f&older…"), page)
        self.remove_button = QPushButton(self.tr("&Remove"), page)
        add_files.clicked.connect(self._choose_files)
        add_folder.clicked.connect(self._choose_folder)
        self.remove_button.clicked.connect(self.remove_selected_paths)
        self.path_list.itemSelectionChanged.connect(self._update_setup)
        side = QVBoxLayout()
        for button in (add_files, add_folder, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.path_list, 1)
        files_row.addLayout(side)

        # Tagging needs no choice here: a clear country is applied (marked "auto") and every
        # passage is labelled with its risk types.
        self.tagging_note = QLabel(self.tr(
            "Each file's country is tagged when its title, web address, file name or text names "
            "it clearly (marked “auto”); risk types are labelled on each passage."), page)
        self.tagging_note.setWordWrap(True)
        self.countries = TagPicker(self.library, "countries", page)
        self.risks = TagPicker(self.library, "risks", page)
        tags_box = QGroupBox(self.tr("Tags for every file in this import (optional)"), page)
        tags_row = QHBoxLayout(tags_box)
        tags_row.addWidget(self.countries)
        tags_row.addWidget(self.risks)

        self.import_button = QPushButton(self.tr("&Import"), page)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        self.setup_message = QLabel(page)
        self.setup_message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.setup_message, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Files and folders to import:"), page))
        layout.addLayout(files_row, 1)
        layout.addWidget(self.tagging_note)
        layout.addWidget(tags_box, 3)
        layout.addLayout(buttons)
        return page

    def add_path(self, path: Path) -> None:
        if str(path) in self.paths_as_text():
            return
        item = QListWidgetItem(self.icons.icon(QFileInfo(str(path))),
                               printable_name(path) or str(path))
        item.setToolTip(str(path))
        item.setData(PathRole, str(path))
        self.path_list.addItem(item)
        self._update_setup()

    def paths(self) -> list[Path]:
        return [Path(p) for p in self.paths_as_text()]

    def paths_as_text(self) -> list[str]:
        return [self.path_list.item(i).data(PathRole) for i in range(self.path_list.count())]

    def remove_selected_paths(self) -> None:
        for item in self.path_list.selectedItems():
            self.path_list.takeItem(self.path_list.row(item))
        self._update_setup()

    def _update_setup(self) -> None:
        self.import_button.setEnabled(self.path_list.count() > 0)
        self.remove_button.setEnabled(bool(self.path_list.selectedItems()))

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose files to import"),
            self._last_folder(),
            self.tr("Sources (%1);;All files (*)").replace("%1", FILE_FILTER),
        )
        for name in names:
            self.add_path(Path(name))
        if names:
            QSettings().setValue("ImportDialog/last_folder", str(Path(names[0]).parent))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder to import"), self._last_folder()
        )
        if folder:
            self.add_path(Path(folder))
            QSettings().setValue("ImportDialog/last_folder", folder)

    @staticmethod
    def _last_folder() -> str:
        return str(QSettings().value("ImportDialog/last_folder", str(Path.home())))

    # ---------------------------------------------------------------- page 2: progress
    def _progress_page(self) -> QWidget:
        page = QWidget(self)
        self.progress_title = QLabel(self.tr("Importing…"), page)
        font = self.progress_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.progress_title.setFont(font)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.current_file = QLabel(page)
        self.current_file.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label = QLabel(page)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setToolTip(self.tr("Stop after the file being read now"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_title)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.current_file)
        layout.addWidget(self.counts_label)
        layout.addStretch(2)
        layout.addLayout(row)
        return page

    def start(self) -> None:
        """What the Import button does: read the choices here, import in the writer pool."""
        paths = self.paths()
        if not paths or self._running:
            return
        countries, risks = self.countries.selected(), self.risks.selected()
        self._batch = (countries, risks, False)
        library = self.library

        # Our own event, not the job's: Cancel must reach the core even when the job runs
        # synchronously (tests) and the Job object does not exist yet.
        self.cancel_event = cancel_event = threading.Event()

        def work(progress: Progress, cancel: threading.Event) -> ImportReport:
            # One bulk block (on this worker thread): the index is analysed while the
            # extraction workers read, headings read meanwhile (bulk_import.py).
            with library.bulk_import():
                return library.import_files(
                    paths, countries=countries, risks=risks,
                    progress=progress, cancel=cancel_event,
                )

        self.progress_bar.setRange(0, 0)  # busy until the first file is counted
        self.current_file.setText(self.tr("Looking at the files…"))
        self.counts_label.clear()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.stack.setCurrentIndex(PAGE_PROGRESS)
        self._running = True
        job = run_in_background(
            work, on_done=self._finished, on_error=self._failed,
            progress=self._progress, writer=True,
        )
        # Run synchronously (tests), the job is already over here.
        self.job = job if self._running else None

    def _progress(self, done: int, total: int, label: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if label:
            width = max(200, self.current_file.width())
            elided = self.current_file.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideMiddle, width
            )
            self.current_file.setText(elided)
            self.current_file.setToolTip(label)
        self.counts_label.setText(
            self.tr("%1 of %2 files").replace("%1", str(done)).replace("%2", str(total))
        )

    def cancel(self) -> None:
        if self._running:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))

    def _finished(self, report: ImportReport) -> None:
        self.job, self._running = None, False
        if not shiboken6.isValid(self):
            return
        self.report = report
        self._show_report()
        self.stack.setCurrentIndex(PAGE_REPORT)
        self.finished_import.emit(report)

    def _failed(self, exc: Exception) -> None:
        self.job, self._running = None, False
        if not shiboken6.isValid(self):
            return
        self.error_message = describe_error(exc)
        self.setup_message.setText(self.error_message)
        self.stack.setCurrentIndex(PAGE_SETUP)

    # ---------------------------------------------------------------- page 3: report
    def _report_page(self) -> QWidget:
        self.report_view = ImportReportView(self)
        self.report_view.password_requested.connect(self.enter_password)
        self.report_view.edit_requested.connect(lambda: self.edit_details())
        self.report_view.close_requested.connect(self.accept)
        self.summary = self.report_view.summary
        self.report_tree = self.report_view.tree
        return self.report_view

    def _show_report(self) -> None:
        assert self.report is not None
        self.report_view.show_report(self.report)

    def password_buttons(self) -> dict[str, QPushButton]:
        """Path -> its "Enter password…" button (for the keyboard and for tests)."""
        return self.report_view.password_buttons()

    # ---------------------------------------------------------------- password retry
    def ask_password(self, path: str) -> str | None:
        password, ok = QInputDialog.getText(
            self,
            self.tr("Password-protected PDF"),
            self.tr("Password for %1:").replace("%1", Path(path).name),
            QLineEdit.EchoMode.Password,
        )
        return password if ok and password else None

    def enter_password(self, path: str) -> None:
        password = self.ask_password(path)
        if password:
            self.import_with_password(path, password)

    def import_with_password(self, path: str, password: str) -> None:
        countries, risks, auto_tag = self._batch
        library = self.library

        def work() -> ImportReport:
            return library.import_files(
                [path], countries=countries, risks=risks, auto_tag=auto_tag, password=password
            )

        run_in_background(
            work, on_done=lambda r: self._password_done(path, r),
            on_error=self._password_failed, writer=True,
        )

    def _password_done(self, path: str, result: ImportReport) -> None:
        if not shiboken6.isValid(self) or self.report is None:
            return
        if any(f.reason == "encrypted" for f in result.failed):
            self._warn(self.tr("That password did not open %1.").replace("%1", Path(path).name))
            return
        old = self.report
        self.report = ImportReport(
            imported=old.imported + result.imported,
            duplicates=old.duplicates + result.duplicates,
            failed=tuple(f for f in old.failed if f.path != path) + result.failed,
            needs_ocr=old.needs_ocr + result.needs_ocr,
            cancelled=old.cancelled,
            changes=old.changes | result.changes,
        )
        self._show_report()
        self.finished_import.emit(result)

    def _password_failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            self._warn(describe_error(exc))

    def _warn(self, message: str) -> None:
        self.error_message = message
        QMessageBox.warning(self, self.tr("Import sources"), message)

    # ---------------------------------------------------------------- edit details
    def edit_details(self, source_ids: Sequence[int] | None = None) -> None:
        """Open the details of each imported source in turn; Cancel stops the round."""
        if self.report is None:
            return
        if source_ids is None:
            chosen = self.report_view.selected_source_ids()
            source_ids = chosen or [s.id for s in self.report.imported]
        self._edit_queue = list(source_ids)
        self._edit_total = len(self._edit_queue)
        self._edit_next()

    def _edit_next(self) -> None:
        if not self._edit_queue or not shiboken6.isValid(self):
            self.metadata_dialog = None
            return
        source_id = self._edit_queue.pop(0)
        dialog = MetadataDialog(self.library, source_id, self)
        done = self._edit_total - len(self._edit_queue)
        if self._edit_total > 1:
            dialog.setWindowTitle(
                self.tr("Source details (%1 of %2)")
                .replace("%1", str(done)).replace("%2", str(self._edit_total))
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._metadata_changed)
        dialog.accepted.connect(self._edit_next)
        self.metadata_dialog = dialog
        dialog.open()

    def _metadata_changed(self, changes: Changes) -> None:
        self.changed.emit(changes)

    # ---------------------------------------------------------------- closing
    def reject(self) -> None:
        if self._running:  # closing while importing means: stop the import
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
