"""Before a packet is written: name the cover-page fields the case leaves blank (name,
A-number, court) and ask whether to export anyway. A module-level function, so tests can
answer without a modal box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from evidence_app.model.cases import missing_cover_fields

translate = QCoreApplication.translate


def cover_field_names(keys: tuple[str, ...]) -> list[str]:
    names = {
        "applicant_name": translate("CoverCheck", "the applicant's name"),
        "a_number": translate("CoverCheck", "the A-number"),
        "court_location": translate("CoverCheck", "the court"),
    }
    return [names[key] for key in keys]


def ask_blank_cover(parent: QWidget | None, missing: tuple[str, ...]) -> bool:
    """True to export anyway."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CoverCheck", "Cover page incomplete"))
    box.setText(translate("CoverCheck", "The cover page will be printed without %1.").replace(
        "%1", ", ".join(cover_field_names(missing))))
    box.setInformativeText(translate(
        "CoverCheck", "Fill them in on the case's Details tab, or export anyway."))
    export = box.addButton(translate("CoverCheck", "Export anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is export


def confirm_cover(parent: QWidget | None, case: object) -> bool:
    """True when the cover is complete or the user chose to export anyway."""
    missing = missing_cover_fields(case)
    return not missing or ask_blank_cover(parent, missing)
