"""Offering to recover a library whose database is damaged (the GUI's `check --repair`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from evidence_app.errors import DatabaseDamaged
from evidence_app.model.upkeep import RecoveryReport

from ..errors import describe_error

translate = QCoreApplication.translate


def recovery_summary(report: RecoveryReport) -> str:
    """What the recovery did and what it could not bring back, in the user's words."""
    lines = [translate("Recovery", "The library holds {n} sources again.").format(
        n=report.sources)]
    if report.damaged_file:
        lines.append(translate("Recovery", "The damaged database is kept as {path}.").format(
            path=report.damaged_file))
    if report.backup:
        lines.append(translate("Recovery", "Started from the backup of {date}.").format(
            date=(report.backup_created[:16].replace("T", " ") + " UTC"
                  if report.backup_created else report.backup)))
    else:
        lines.append(translate("Recovery", "No sound backup was found."))
    if report.reimported:
        lines.append(translate(
            "Recovery", "{n} original files in the library were imported again.").format(
            n=report.reimported))
    if report.not_recovered:
        lines.append(translate("Recovery", "Could not be recovered:"))
        lines += [f"• {what}" for what in report.not_recovered[:20]]
        if len(report.not_recovered) > 20:
            lines.append(translate("Recovery", "… and {n} more.").format(
                n=len(report.not_recovered) - 20))
    return "\n".join(lines)


def run_recovery(folder: Path, parent: QWidget | None = None) -> bool:
    """Recover off the GUI thread behind a modal progress dialog, then say what happened.
    True when it worked."""
    from evidence_app.library.facade import Library

    from .. import tasks

    dialog = QProgressDialog(
        translate("Recovery", "Recovering the library…"), "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    loop = QEventLoop()
    outcome: list[object] = []

    def finished(result: object) -> None:
        outcome.append(result)
        loop.quit()

    def progress(done: int, total: int, _what: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total))

    tasks.run_in_background(
        lambda progress, cancel: Library.recover(folder, progress=progress),
        on_done=finished, on_error=finished, progress=progress, writer=True,
    )
    if not outcome:
        loop.exec()
    dialog.close()
    result = outcome[0]
    if isinstance(result, RecoveryReport):
        QMessageBox.information(parent, translate("Recovery", "Library recovered"),
                                recovery_summary(result))
        return True
    error = result if isinstance(result, BaseException) else RuntimeError(str(result))
    QMessageBox.warning(parent, translate("Recovery", "Recovery failed"), describe_error(error))
    return False


def ask_to_recover(exc: DatabaseDamaged, parent: QWidget | None = None) -> bool:
    """Explain the damage and ask; True when the user chose Recover."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Recovery", "The library database is damaged"))
    box.setText(describe_error(exc))
    recover = box.addButton(translate("Recovery", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Recovery", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    return box.clickedButton() is recover


def offer_recovery(exc: DatabaseDamaged, folder: Path, parent: QWidget | None = None) -> bool:
    """Explain the damage and offer to recover; True when the library was recovered."""
    return ask_to_recover(exc, parent) and run_recovery(folder, parent)
