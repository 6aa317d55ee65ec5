"""A preview of the packet: built to a temporary file in the background, shown as page
thumbnails rendered by QtPdf (each page only when it scrolls into view)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTemporaryDir,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPixmap, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model.cases import PacketResult

from ..tasks import Job, run_in_background
from .case_errors import describe_case_error

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
THUMB = QSize(150, 194)  # letter-size proportions
translate = QCoreApplication.translate


def build_step_text(label: str) -> str:
    """The core reports its steps in English; show them in the window's language."""
    steps = {
        "laying out text": translate("PacketBuild", "Laying out the text…"),
        "finding highlighted passages": translate("PacketBuild", "Finding the passages to "
                                                                 "highlight…"),
        "numbering pages": translate("PacketBuild", "Numbering the pages…"),
        "writing": translate("PacketBuild", "Writing the PDF…"),
        "saving": translate("PacketBuild", "Saving…"),
        "done": translate("PacketBuild", "Done"),
    }
    return steps.get(label, translate("PacketBuild", "Building the packet…"))


class ThumbnailsModel(QAbstractListModel):
    """One row per page of a PDF; the image is rendered the first time a view asks."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._pixmaps: dict[int, QPixmap] = {}

    def load(self, path: Path | None) -> bool:
        self.beginResetModel()
        self._pixmaps.clear()
        self.document.close()
        ok = path is not None and self.document.load(str(path)) == QPdfDocument.Error.None_
        self.endResetModel()
        return ok

    def close(self) -> None:
        self.load(None)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        if parent.isValid() or self.document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.document.pageCount()

    def pixmap(self, row: int) -> QPixmap:
        cached = self._pixmaps.get(row)
        if cached is not None:
            return cached
        points = self.document.pagePointSize(row)
        size = QSize(THUMB)
        if points.width() > 0 and points.height() > 0:
            size = QSize(round(THUMB.height() * points.width() / points.height()), THUMB.height())
        image = self.document.render(row, size)
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor(255, 255, 255))  # a page is paper, whatever the theme
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.setPen(QColor(160, 160, 160))
        painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
        painter.end()
        pixmap = QPixmap.fromImage(paper)
        self._pixmaps[row] = pixmap
        return pixmap

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pixmap(index.row())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Page %1 of %2").replace("%1", str(index.row() + 1)).replace(
                "%2", str(self.rowCount()))
        return None


class PacketPreview(QWidget):
    """Signal `built(PacketResult)` after each preview build."""

    built = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.case_id: int | None = None
        self.exhibit_count = 0
        self.service = False
        self.stale = True
        self.job: Job | None = None
        self.result: PacketResult | None = None
        self.path: Path | None = None
        self._again = False
        self._builds = 0
        self._completed = 0
        self._folder = QTemporaryDir()
        self.model = ThumbnailsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(THUMB)
        self.view.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 8
                                    + 2 * self.fontMetrics().height()))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setWrapping(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.build_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.hide()
        self.open_button = QPushButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.build_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.build_button.clicked.connect(self.build)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_pdf)
        self.view.doubleClicked.connect(lambda _index: self.open_pdf())
        self.retranslate()

    def retranslate(self) -> None:
        self.build_button.setText(self.tr("&Refresh preview"))
        self.build_button.setToolTip(self.tr("Build the packet again with the latest changes"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("Open in PDF &viewer"))
        self.open_button.setToolTip(self.tr("Open the preview in your PDF reader"))
        self.view.setAccessibleName(self.tr("Packet pages"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale and self.job is None:
            self.build()

    # ---------------------------------------------------------------- state
    def set_library(self, library: Library | None) -> None:
        self.cancel()
        self.library = library
        self.set_case(None, 0)

    def set_case(self, case_id: int | None, exhibit_count: int, service: bool = False) -> None:
        """A new case, or the same one changed: the preview is out of date."""
        if case_id != self.case_id:
            self.model.close()
            self.result = None
        self.case_id, self.exhibit_count, self.service = case_id, exhibit_count, service
        self.stale = True
        self._update_status()
        if self.isVisible() and case_id is not None:
            self.build()

    def page_count(self) -> int:
        return self.model.rowCount()

    def _update_status(self) -> None:
        has_pdf = self.model.rowCount() > 0
        self.open_button.setEnabled(has_pdf and self.path is not None)
        self.build_button.setEnabled(self.case_id is not None and self.exhibit_count > 0
                                     and self.job is None)
        if self.job is not None:
            return
        if self.case_id is None:
            self.status.setText(self.tr("Choose a case to see its packet."))
        elif self.exhibit_count == 0:
            self.status.setText(self.tr("Add exhibits to the case to see the packet."))
        elif self.result is not None and not self.stale:
            self.status.setText(self.tr("%n pages. This is how the packet will look.", "",
                                        self.result.total_pages))
        elif has_pdf:
            self.status.setText(self.tr("The case has changed since this preview was built."))
        else:
            self.status.setText(self.tr("The preview is built when you open this tab."))

    # ---------------------------------------------------------------- building
    def build(self) -> None:
        library, case_id = self.library, self.case_id
        if library is None or case_id is None or self.exhibit_count == 0:
            self.stale = False
            self._update_status()
            return
        if self.job is not None:
            self._again = True  # one more build once this one ends
            return
        if not self._folder.isValid():
            self.status.setText(self.tr("No temporary folder is available for the preview."))
            return
        self._builds += 1
        out = Path(self._folder.path()) / f"preview-{self._builds}.pdf"
        service = self.service
        self.stale = False
        self._again = False

        def work(progress: Any, cancel: Any) -> PacketResult:
            # A preview shows exhibits without translation as the index would mark them.
            return library.packets.build_packet(case_id, out, max_bytes=None, service=service,
                                        translations=True, translations_to_follow=True,
                                        progress=progress, cancel=cancel)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(build_step_text(""))
        self.build_button.setEnabled(False)
        build_no = self._builds
        self.job = run_in_background(
            work, on_done=lambda result: self._done(result, case_id, build_no),
            on_error=lambda exc: self._failed(exc, build_no),
            progress=self._progress, writer=True)
        if self._completed >= build_no:
            self.job = None  # tests run jobs synchronously: it has already ended
            self._update_status()

    def _progress(self, done: int, total: int, label: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(build_step_text(label))

    def _finish(self, build_no: int) -> None:
        self._completed = build_no
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()

    def _done(self, result: PacketResult, case_id: int, build_no: int) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish(build_no)
        if case_id != self.case_id:
            for part in result.parts:  # built for the case shown before
                Path(part.path).unlink(missing_ok=True)
            if self._again:
                self.build()
            return
        if result.cancelled or not result.parts:
            self.stale = True
            self._update_status()
            self.status.setText(self.tr("The preview was cancelled."))
            return
        old = self.path
        self.path = Path(result.parts[0].path)
        self.result = result
        if not self.model.load(self.path):
            self.status.setText(self.tr("The preview could not be displayed."))
        if old is not None and old != self.path:
            old.unlink(missing_ok=True)
        self.built.emit(result)
        self._update_status()
        if self._again:
            self.build()

    def _failed(self, exc: Exception, build_no: int) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish(build_no)
        self._update_status()
        self.status.setText(describe_case_error(exc))

    def cancel(self) -> None:
        if self.job is not None:
            self._again = False
            self.job.cancel()

    def open_pdf(self) -> None:
        if self.path is not None and self.path.is_file():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
