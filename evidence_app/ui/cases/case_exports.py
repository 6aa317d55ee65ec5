"""The smaller exports of a case: the evidence summary (PDF or CSV, for the brief), the index
of the evidence by legal element (PDF or DOCX, for pasting into a brief) and the citation
list (CSL-JSON for Zotero, or plain text); and opening the packet's export dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from evidence_app.model.cases import LegalIndexResult, SummaryResult

from ..tasks import run_in_background
from .case_errors import describe_case_error
from .export.export_files import FOLDER_KEY

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


class CaseExports(QObject):
    """Signal `finished(str)`: a sentence saying what was written (or what failed)."""

    finished = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.last_message = ""

    def _folder(self) -> Path:
        return Path(str(QSettings().value(FOLDER_KEY, str(Path.home()))))

    def _report(self, text: str, failed: bool = False) -> None:
        self.last_message = text
        if not shiboken6.isValid(self.widget):
            return
        if failed:
            QMessageBox.warning(self.widget, self.tr("Export"), text)
        status = getattr(self.widget.window(), "statusBar", None)
        if callable(status):
            status().showMessage(text, 10000)
        self.finished.emit(text)

    # ---------------------------------------------------------------- summary
    def summary(self, library: Library, case_id: int, path: Path | None = None) -> bool:
        if path is None:
            name, chosen = QFileDialog.getSaveFileName(
                self.widget, self.tr("Export evidence summary"),
                str(self._folder() / "evidence_summary.pdf"),
                self.tr("PDF table (*.pdf);;CSV for spreadsheets and word processors (*.csv)"))
            if not name:
                return False
            path = Path(name)
            if path.suffix.lower() not in (".pdf", ".csv"):
                path = path.with_name(path.name + (".csv" if "csv" in chosen else ".pdf"))
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        out = path

        def done(result: SummaryResult) -> None:
            note = self._pages_note(result.packet_pages)
            self._report(self.tr("Evidence summary saved to %1 (%n excerpts). %2", "",
                                 len(result.rows)).replace("%1", str(out)).replace("%2", note))

        run_in_background(
            lambda: library.packets.evidence_summary(case_id, out), on_done=done,
            on_error=lambda exc: self._report(describe_case_error(exc), failed=True))
        return True

    def _pages_note(self, origin: str) -> str:
        """Where an export's packet page numbers came from (SummaryResult/LegalIndexResult)."""
        return {
            "last_build": self.tr("Packet pages are those of the last packet you built."),
            "computed": self.tr("Packet pages come from a fresh layout; export the packet "
                                "to be sure they match the file you file."),
            "none": self.tr("Packet pages are blank: export the packet to fill them in."),
        }.get(origin, "")

    # ---------------------------------------------------------------- legal index
    def legal_index(self, library: Library, case_id: int, path: Path | None = None,
                    language: str = "en") -> bool:
        """The index by legal element alone: DOCX for a .docx file, PDF otherwise; headings
        in `language` ("en" to file in court, "es" for the helper's own use)."""
        if path is None:
            pdf_filter = self.tr("PDF (*.pdf)")
            name, chosen = QFileDialog.getSaveFileName(
                self.widget, self.tr("Export index by legal element"),
                str(self._folder() / "index_by_legal_element.docx"),
                self.tr("Word document, to paste into a brief (*.docx)") + ";;" + pdf_filter)
            if not name:
                return False
            path = Path(name)
            if path.suffix.lower() not in (".pdf", ".docx"):
                path = path.with_name(path.name + (".pdf" if chosen == pdf_filter else ".docx"))
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        out = path

        def done(result: LegalIndexResult) -> None:
            note = self._pages_note(result.packet_pages)
            self._report(self.tr("Index by legal element saved to %1 (%n lines). %2", "",
                                 len(result.entries)).replace("%1", str(out))
                         .replace("%2", note))

        run_in_background(
            lambda: library.packets.legal_index(case_id, out, language=language), on_done=done,
            on_error=lambda exc: self._report(describe_case_error(exc), failed=True))
        return True

    # ---------------------------------------------------------------- citations
    def citations(self, library: Library, case_id: int, path: Path | None = None) -> bool:
        """CSL-JSON for a .json file, plain text otherwise."""
        if path is None:
            json_filter = self.tr("CSL-JSON for Zotero and other reference managers (*.json)")
            name, chosen = QFileDialog.getSaveFileName(
                self.widget, self.tr("Export citations"),
                str(self._folder() / "citations.json"),
                json_filter + ";;" + self.tr("Plain text (*.txt)"))
            if not name:
                return False
            path = Path(name)
            if path.suffix.lower() not in (".json", ".txt"):
                path = path.with_name(path.name + (".json" if chosen == json_filter else ".txt"))
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        out = path
        fmt = "csl-json" if out.suffix.lower() == ".json" else "text"

        def write() -> int:
            text = library.cases.citations(case_id, fmt)
            out.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
            return len(library.cases.exhibits(case_id))

        run_in_background(
            write,
            on_done=lambda count: self._report(self.tr(
                "%n citations saved to %1.", "", count).replace("%1", str(out))),
            on_error=lambda exc: self._report(describe_case_error(exc), failed=True))
        return True
