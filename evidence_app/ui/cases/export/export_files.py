"""Where a packet is written: the folder last used, the default file name of a case, and
asking before a file is replaced (shared by the packet dialog and the case's other exports)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from evidence_app.model.cases import Case

FOLDER_KEY = "ExportDialog/folder"  # QSettings: the folder exports last went to
translate = QCoreApplication.translate


def default_file_name(case: Case) -> str:
    """"Quispe_Mamani_country_conditions.pdf": ASCII, no spaces, safe on every system."""
    ascii_name = unicodedata.normalize("NFKD", case.applicant_name).encode(
        "ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_name)
    stem = "_".join(words[-2:]) if words else ""
    return f"{stem}_country_conditions.pdf" if stem else "country_conditions_packet.pdf"


def confirm_overwrite(parent: QWidget, path: Path) -> bool:
    if not path.exists():
        return True
    answer = QMessageBox.question(
        parent, translate("ExportDialog", "Replace file"),
        translate("ExportDialog", "%1 already exists. Replace it?").replace("%1", path.name))
    return answer == QMessageBox.StandardButton.Yes
