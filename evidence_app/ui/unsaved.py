"""The question asked before unsaved case details would be lost: Save, Discard or Cancel.

Asked when another case is chosen, the window is closed or another library is opened. A
module-level function so tests can answer it without a modal box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
translate = QCoreApplication.translate


def ask_unsaved_case(parent: QWidget | None, title: str, can_save: bool) -> str:
    """SAVE, DISCARD or CANCEL. Without `can_save` (a field must be fixed) Save is not offered."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Unsaved", "Unsaved changes"))
    if can_save:
        box.setText(translate("Unsaved", "Save the changes to the details of “%1”?")
                    .replace("%1", title))
        box.setInformativeText(translate("Unsaved", "If you don't save, the changes are lost."))
    else:
        box.setText(translate("Unsaved", "The details of “%1” have errors and cannot be saved.")
                    .replace("%1", title))
        box.setInformativeText(translate(
            "Unsaved", "Discard the changes, or cancel and correct the marked fields."))
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    if can_save:
        buttons |= QMessageBox.StandardButton.Save
    box.setStandardButtons(buttons)
    box.setDefaultButton(QMessageBox.StandardButton.Save if can_save
                         else QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL
