"""Library bundles in the GUI: export chosen sources to one .evbundle file, and import one
with a report of what was added, what was already here and what differs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app import errors
from evidence_app.model.sharing import BUNDLE_SUFFIX as SUFFIX
from evidence_app.model.sharing import BundleExport, BundleImport
from evidence_app.ui.agreements.bundle import AgreementReport

from .. import tasks
from ..errors import describe_error
from ..labels import country_name, risk_label

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

CodeRole = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate


def bundle_rejected_reason(exc: errors.BundleRejected) -> str:
    reasons = {
        "not_a_bundle": translate("Bundles", "This file is not an Evidence Library bundle."),
        "damaged": translate("Bundles", "The bundle is damaged (it may not have been copied "
                                        "completely). Ask for it again."),
        "unsafe_path": translate("Bundles", "The bundle tries to write outside the library, "
                                            "so it was refused."),
        "symlink": translate("Bundles", "The bundle contains links to other files, so it was "
                                        "refused."),
        "hash_mismatch": translate("Bundles", "A file in the bundle has been changed since "
                                              "the bundle was made, so it was refused."),
        "too_new": translate("Bundles", "The bundle was made by a newer version of Evidence "
                                        "Library. Update the app to import it."),
        "too_large": translate("Bundles", "The bundle is too large, or unpacks to far more "
                                          "than its size, so it was refused."),
    }
    text = reasons.get(exc.reason, translate("Bundles", "The bundle is not valid, so it was "
                                                        "refused."))
    return text + "\n\n" + translate("Bundles", "Nothing in your library was changed.")


def describe_bundle_error(exc: Exception) -> str:
    if isinstance(exc, errors.BundleRejected):
        return bundle_rejected_reason(exc)
    return describe_error(exc)


def _checklist(parent: QWidget, name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setMinimumHeight(160)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [str(widget.item(i).data(CodeRole)) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class BundleExportDialog(QDialog):
    """Choose countries and risk types (none: every source) and a file; export in the
    background."""

    exported = Signal(object)  # BundleExport

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.job: tasks.Job | None = None
        self.outcome: BundleExport | None = None
        self.setWindowTitle(self.tr("Export a library bundle"))
        intro = QLabel(self.tr(
            "A bundle is one file with sources, their original files, tags and excerpts, to "
            "share with another library without a network. Cases never go into a bundle. "
            "Tick countries or risk types to export only sources tagged with them."), self)
        intro.setWordWrap(True)
        self.countries = _checklist(self, self.tr("Countries"))
        countries = library.taxonomy.countries()
        for country in sorted(countries, key=lambda c: (not c.is_aca, c.name_en)):
            if country.is_aca or country.aca_status:
                self._add(self.countries, country_name(country), country.code)
        self.risks = _checklist(self, self.tr("Risk types"))
        for risk in library.taxonomy.risk_types(include_hidden=False):
            self._add(self.risks, risk_label(risk), risk.slug)
        lists = QHBoxLayout()
        for label, widget in ((self.tr("Countries"), self.countries),
                              (self.tr("Risk types"), self.risks)):
            column = QVBoxLayout()
            column.addWidget(QLabel(label, self))
            column.addWidget(widget)
            lists.addLayout(column)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Bundle file"))
        self.path_edit.setText(str(Path.home() / f"evidence-library{SUFFIX}"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save as:"), self))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(lists, 1)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(640, 480)

    @staticmethod
    def _add(widget: QListWidget, text: str, code: str) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(CodeRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the bundle as"), self.path_edit.text(),
            self.tr("Library bundles (*{suffix})").format(suffix=SUFFIX))
        if chosen:
            self.path_edit.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def start(self) -> None:
        text = self.path_edit.text().strip()
        if not text or self.job is not None:
            return
        out = Path(text if text.endswith(SUFFIX) else text + SUFFIX)
        countries, risks, library = _checked(self.countries), _checked(self.risks), self.library
        self.export_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        self.job = tasks.run_in_background(
            lambda progress, cancel: library.bundles.export_bundle(
                out, countries=countries, risks=risks, progress=progress, cancel=cancel),
            on_done=self._done, on_error=self._failed, progress=self._progress)

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _done(self, result: object) -> None:
        self.job = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        if not isinstance(result, BundleExport):
            return
        self.outcome = result
        text = self.tr("Exported {sources} sources ({pages} pages, {excerpts} excerpts) to "
                       "{path}.").format(sources=result.sources, pages=result.pages,
                                         excerpts=result.excerpts, path=result.path)
        if result.skipped:
            text += " " + self.tr("{count} sources were left out because their original file "
                                  "is missing or changed; run a library check.").format(
                                      count=len(result.skipped))
        self.status.setText(text)
        self.exported.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.job = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(describe_error(exc))

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()


class BundleImportDialog(QDialog):
    """Imports one bundle in the background and shows what happened. `changed(Changes)`."""

    changed = Signal(object)

    def __init__(self, library: Library, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.path = Path(path)
        self.job: tasks.Job | None = None
        self.outcome: BundleImport | None = None
        self.error: Exception | None = None
        self.setWindowTitle(self.tr("Import a library bundle"))
        self.summary = QLabel(self.tr("Checking and importing {name}…").format(
            name=self.path.name), self)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.details = QTreeWidget(self)
        self.details.setColumnCount(2)
        self.details.setHeaderLabels([self.tr("Item"), self.tr("Details")])
        self.details.setAccessibleName(self.tr("Bundle import report"))
        self.details.setColumnWidth(0, 260)
        self.details.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.agreements = AgreementReport(library, self.details, self, self.changed.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.agreements.button)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def start(self) -> None:
        library, path = self.library, self.path
        self.job = tasks.run_in_background(
            lambda progress, cancel: library.bundles.import_bundle(path, progress=progress,
                                                           cancel=cancel),
            on_done=self._done, on_error=self._failed, progress=self._progress, writer=True)

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _done(self, result: object) -> None:
        self.job = None
        self.progress.hide()
        if not isinstance(result, BundleImport):
            return
        self.outcome = result
        self.summary.setText(self.tr(
            "Added {added} sources; {merged} were already in your library. {tags} tags and "
            "{excerpts} excerpts added.").format(
                added=len(result.added), merged=len(result.merged), tags=result.tags_added,
                excerpts=result.excerpts_added))
        if result.conflicts:
            group = QTreeWidgetItem(self.details, [self.tr(
                "Details that differ (yours were kept)"), str(len(result.conflicts))])
            for c in result.conflicts:
                QTreeWidgetItem(group, [f"{c.title} — {c.field}", self.tr(
                    "yours: “{local}”; bundle: “{bundle}”").format(local=c.local,
                                                                   bundle=c.bundle)])
        if result.text_notes:
            group = QTreeWidgetItem(self.details, [self.tr(
                "Page text read from the original files"), str(len(result.text_notes))])
            for note in result.text_notes:
                QTreeWidgetItem(group, ["", note]).setToolTip(1, note)
            group.setExpanded(True)
        if result.skipped:
            group = QTreeWidgetItem(self.details, [self.tr("Left out"), str(len(result.skipped))])
            for note in result.skipped:
                QTreeWidgetItem(group, ["", note])
        if result.risk_types_added:
            QTreeWidgetItem(self.details, [self.tr("Risk types added"),
                                           ", ".join(result.risk_types_added)])
        self.agreements.show(result)
        self.details.setVisible(self.details.topLevelItemCount() > 0)
        self.details.expandAll()
        self.changed.emit(result.changes)

    def _failed(self, exc: Exception) -> None:
        self.job = None
        self.error = exc
        self.progress.hide()
        self.summary.setText(describe_bundle_error(exc))

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()


def import_bundle_file(library: Library, parent: QWidget | None) -> BundleImportDialog | None:
    """Ask for a bundle file and import it; None when the user cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Bundles", "Import a library bundle"), str(Path.home()),
        translate("Bundles", "Library bundles (*{suffix});;All files (*)").format(suffix=SUFFIX))
    if not chosen:
        return None
    dialog = BundleImportDialog(library, Path(chosen), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.start()
    return dialog


__all__ = ["BundleExportDialog", "BundleImportDialog", "import_bundle_file"]
