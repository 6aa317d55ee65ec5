"""Export the packet of a case: where, the size limit per file (ECAS takes 25 MB), the
certificate of service and translation certificates; then the files written and any warning."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.errors import EvidenceError
from evidence_app.model.cases import Case, PacketResult

from ...tasks import Job, run_in_background
from ..case_data import CaseData
from ..case_errors import describe_case_error
from ..cases_model import case_title
from ..packet_preview import build_step_text
from . import cover_check
from .citation_checks import CitationChecksLabel
from .export_files import FOLDER_KEY, confirm_overwrite, default_file_name
from .export_result import ExportResultPage, size_text
from .missing_notice import MissingTranslationsNotice
from .packet_options import PacketOptions

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

LIMIT_KEY = "ExportDialog/limit_mb"
DEFAULT_LIMIT_MB = 25
translate = QCoreApplication.translate
__all__ = ["ExportDialog", "confirm_overwrite", "default_file_name", "size_text"]


class ExportDialog(QDialog):
    def __init__(self, library: Library, case: Case, data: CaseData | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.case = case
        self.data = data
        self.job: Job | None = None
        self.result_: PacketResult | None = None
        self.error_message = ""
        self._running = False
        self._close_when_stopped = False
        settings = QSettings()
        folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))

        # settings page
        self.path_edit = QLineEdit(str(folder / default_file_name(case)), self)
        self.browse_button = QPushButton(self)
        self.split_check = QCheckBox(self)
        self.split_check.setChecked(True)
        self.limit_spin = QSpinBox(self)
        self.limit_spin.setRange(1, 2000)
        self.limit_spin.setValue(int(str(settings.value(LIMIT_KEY, DEFAULT_LIMIT_MB))))
        self.service_check = QCheckBox(self)
        self.service_check.setChecked(bool(case.service_on or case.service_method))
        self.service_hint = QLabel(self)
        self.translations_check = QCheckBox(self)
        self.translations_check.setChecked(True)
        self.translations_hint = QLabel(self)
        self.options = PacketOptions(library, case.id, self)
        self.legal_index_check = self.options.legal_index_check
        self.numbering_check = self.options.numbering_check
        self.options.export_alone_button.clicked.connect(lambda: self.export_legal_index())
        # Exhibits with no English translation: listed first, and building needs a choice.
        self.missing = self._missing_translations()
        self.missing_notice = MissingTranslationsNotice(self.missing, self)
        self.missing_label = self.missing_notice.label
        self.to_follow_check = self.missing_notice.to_follow_check
        self.to_follow_check.toggled.connect(lambda _on: self._update_buttons())
        for hint in (self.service_hint, self.translations_hint):
            hint.setWordWrap(True)
            hint.setEnabled(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.citation_checks = CitationChecksLabel(library, case.id, self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.split_check)
        limit_row.addWidget(self.limit_spin)
        limit_row.addStretch(1)
        self.file_label = QLabel(self)
        self.file_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.file_label, path_row)
        form.addRow("", limit_row)
        form.addRow("", self.service_check)
        form.addRow("", self.service_hint)
        form.addRow("", self.translations_check)
        form.addRow("", self.translations_hint)
        form.addRow("", self.options)
        settings_page = QWidget(self)
        settings_layout = QVBoxLayout(settings_page)
        settings_layout.addWidget(self.missing_notice)
        settings_layout.addWidget(self.about)
        settings_layout.addWidget(self.citation_checks)
        settings_layout.addLayout(form)
        settings_layout.addStretch(1)
        settings_layout.addWidget(self.message)

        # progress page
        progress_page = QWidget(self)
        self.step_label = QLabel(progress_page)
        self.progress = QProgressBar(progress_page)
        progress_layout = QVBoxLayout(progress_page)
        progress_layout.addStretch(1)
        progress_layout.addWidget(self.step_label)
        progress_layout.addWidget(self.progress)
        progress_layout.addStretch(1)

        result_page = ExportResultPage(self)
        self.summary, self.parts_tree, self.warnings_label = (
            result_page.summary, result_page.parts_tree, result_page.warnings_label)

        self.pages = QStackedWidget(self)
        for page in (settings_page, progress_page, result_page):
            self.pages.addWidget(page)
        self.settings_page, self.progress_page, self.result_page = (
            settings_page, progress_page, result_page)
        self.open_folder_button = QPushButton(self)
        self.open_packet_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.open_packet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.browse_button.clicked.connect(self.choose_file)
        self.split_check.toggled.connect(self.limit_spin.setEnabled)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(
            lambda: self.cancel_export() if self._running else self.reject())
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_packet_button.clicked.connect(self.open_packet)
        self.retranslate()
        self._show_page(self.settings_page)
        self.resize(680, 460 if self.missing else 400)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export packet"))
        self.file_label.setText(self.tr("&Save as:"))
        self.path_edit.setAccessibleName(self.tr("File name of the packet"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.split_check.setText(self.tr("Split into files of at most"))
        self.split_check.setToolTip(self.tr(
            "Electronic filing (ECAS) accepts PDF files of at most 25 MB (25,000,000 bytes). "
            "Larger packets are split into _Part1, _Part2… files, between exhibits where "
            "possible; each part carries the case caption."))
        self.limit_spin.setSuffix(self.tr(" MB"))
        self.limit_spin.setAccessibleName(self.tr("Size limit per file in MB"))
        self.service_check.setText(self.tr("Add a certificate of &service as the last page"))
        self.translations_check.setText(
            self.tr("Add a &translation certificate after each translated exhibit"))
        case = self.case
        count = len(self.data.exhibits) if self.data is not None else 0
        self.about.setText(self.tr("“%1” for %2: %n exhibits.", "", count).replace(
            "%1", case.packet_title).replace("%2", case_title(case)))
        if case.service_on or case.service_method:
            self.service_hint.setText(self.tr("Served on: %1 · %2 · %3").replace(
                "%1", case.service_on or "—").replace("%2", case.service_method or "—").replace(
                "%3", case.service_date or self.tr("date not set")))
        else:
            self.service_hint.setText(self.tr(
                "Fill in “Certificate of service” in the case details to say whom you serve, "
                "how and when."))
        foreign = self.data.needs_translation() if self.data is not None else []
        labels = list(dict.fromkeys([e.label for e in foreign] + [m[0] for m in self.missing]))
        if labels:
            tabs = ", ".join(labels)
            self.translations_hint.setText(self.tr(
                "Not in English: Tab %1. The certificate is filled from the translator's "
                "details.").replace("%1", tabs))
        else:
            self.translations_hint.setText(self.tr("Every exhibit is in English."))
        self.citation_checks.retranslate()
        self.open_folder_button.setText(self.tr("Open &folder"))
        self.open_packet_button.setText(self.tr("&Open packet"))
        self.export_button.setText(self.tr("&Export"))
        self._update_buttons()

    def _missing_translations(self) -> list[tuple[str, str, str]]:
        """(tab, language code, title) of the exhibits with no English translation."""
        data = self.data
        if data is not None:
            ids = set(data.missing_translations)
            exhibits = [e for e in data.exhibits if e.id in ids]
            sources = data.sources
        else:
            exhibits = self.library.translations.missing_translations(self.case.id)
            sources = {
                s.id: s for s in self.library.catalog.sources([e.source_id for e in exhibits])
            }
        out = []
        for exhibit in exhibits:
            source = sources.get(exhibit.source_id)
            out.append((exhibit.label, source.language if source else "",
                        source.title if source else exhibit.source_title))
        return out

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentWidget() if hasattr(self, "pages") else None
        done = page is self.result_page if page is not None else False
        self.export_button.setVisible(page is self.settings_page)
        if hasattr(self, "to_follow_check"):
            self.export_button.setEnabled(not self.missing or self.to_follow_check.isChecked())
        self.open_folder_button.setVisible(done)
        self.open_packet_button.setVisible(done)
        self.close_button.setText(self.tr("Cancel") if page is not self.result_page
                                  else self.tr("Close"))

    # ---------------------------------------------------------------- export
    def path(self) -> Path:
        text = self.path_edit.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the packet as"), str(self.path()), self.tr("PDF files (*.pdf)"))
        if name:
            self.path_edit.setText(name)

    def export(self) -> bool:
        if self._running or not self.path_edit.text().strip():
            return False
        out = self.path()
        if not out.parent.is_dir():
            self.message.setText(self.tr("The folder %1 does not exist.").replace(
                "%1", str(out.parent)))
            return False
        if not cover_check.confirm_cover(self, self._fresh_case()):
            return False
        if not confirm_overwrite(self, out):
            return False
        settings = QSettings()
        settings.setValue(FOLDER_KEY, str(out.parent))
        settings.setValue(LIMIT_KEY, self.limit_spin.value())
        library, case_id = self.library, self.case.id
        max_bytes = self.limit_spin.value() * 1_000_000 if self.split_check.isChecked() else None
        service = self.service_check.isChecked()
        translations = self.translations_check.isChecked()
        if self.missing and not self.to_follow_check.isChecked():
            return False
        to_follow = self.to_follow_check.isChecked()
        legal_index = self.options.legal_index
        numbering = self.options.chosen_numbering
        change_numbering = numbering != self.options.numbering

        def work(progress: Any, cancel: Any) -> PacketResult:
            if change_numbering:
                library.cases.set_exhibit_numbering(case_id, numbering)
            return library.packets.build_packet(case_id, out, max_bytes=max_bytes, service=service,
                                        translations=translations,
                                        translations_to_follow=to_follow,
                                        legal_index=legal_index, progress=progress,
                                        cancel=cancel)

        self.message.setText("")
        self.step_label.setText(build_step_text(""))
        self.progress.setRange(0, 0)
        self._show_page(self.progress_page)
        self._running = True
        job = run_in_background(work, on_done=self._done, on_error=self._failed,
                                progress=self._progress, writer=True)
        self.job = job if self._running else None
        return True

    def export_legal_index(self, path: Path | None = None) -> bool:
        """The index by legal element alone (PDF or DOCX); the message line says where."""
        from ..case_exports import CaseExports

        if self._running:
            return False
        exports = CaseExports(self)
        exports.finished.connect(self.message.setText)
        return exports.legal_index(self.library, self.case.id, path,
                                   language=self.options.index_language)

    def _fresh_case(self) -> Case:
        """The case as saved now: details typed since the dialog opened may have been saved."""
        try:
            return self.library.cases.case(self.case.id)
        except EvidenceError:  # e.g. deleted meanwhile: check what the dialog was given
            return self.case

    def _progress(self, done: int, total: int, label: str) -> None:
        if shiboken6.isValid(self):
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)
            self.step_label.setText(build_step_text(label))

    def _stopped(self) -> bool:
        """True when the dialog is gone or closes now that the build has stopped."""
        self._running = False
        self.job = None
        if not shiboken6.isValid(self):
            return True
        if self._close_when_stopped:
            super().reject()
            return True
        return False

    def _done(self, result: PacketResult) -> None:
        if self._stopped():
            return
        if result.cancelled:
            self.message.setText(self.tr("The export was cancelled; no packet was written."))
            self._show_page(self.settings_page)
            return
        self.result_ = result
        self.show_result(result)

    def _failed(self, exc: Exception) -> None:
        if self._stopped():
            return
        self.error_message = describe_case_error(exc)
        self.message.setText(self.error_message)
        self._show_page(self.settings_page)

    def show_result(self, result: PacketResult) -> None:
        parts = len(result.parts)
        if parts == 1:
            summary = self.tr("The packet has %n pages in one file.", "", result.total_pages)
        else:
            summary = self.tr("The packet has %1 pages in %2 files (each under the size limit; "
                              "the index says which file holds each exhibit).").replace(
                "%1", str(result.total_pages)).replace("%2", str(parts))
        self.result_page.show_result(result, summary)
        self._show_page(self.result_page)

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.step_label.setText(self.tr("Cancelling…"))

    def open_folder(self) -> None:
        if self.result_ is not None and self.result_.parts:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result_.parts[0].path)
                                                            .parent)))

    def open_packet(self) -> None:
        if self.result_ is not None and self.result_.parts:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result_.parts[0].path))

    def reject(self) -> None:
        if self._running:
            self._close_when_stopped = True
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            self._close_when_stopped = True
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)
