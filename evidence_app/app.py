"""GUI entry point: `python -m evidence_app [--library DIR] [--lang en|es]`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .paths import APP_AUTHOR, APP_NAME, default_library_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from .library import Library

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="evidence-library")
    parser.add_argument("--library", type=Path, default=None, help="library folder")
    parser.add_argument(
        "--lang",
        choices=("system", "en", "es"),
        default=None,
        help="interface language (default: the one chosen in Preferences)",
    )
    return parser.parse_args(argv)


def make_application(argv: list[str]) -> QApplication:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationDisplayName("Evidence Library")
    return app


def initial_library_dir(requested: Path | None) -> Path:
    """--library, else the last library used, else the default folder."""
    from PySide6.QtCore import QSettings

    if requested is not None:
        return requested
    last = QSettings().value("MainWindow/library")
    if last and (Path(str(last)) / "library.sqlite3").is_file():
        return Path(str(last))
    return default_library_dir()


def open_with_dialogs(folder: Path, parent: QWidget | None = None) -> Library | None:
    """Open a library; when it is locked or unreadable, explain and offer another one."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from .errors import EvidenceError, LibraryLocked
    from .library import Library
    from .ui.errors import describe_error

    translate = QCoreApplication.translate
    while True:
        try:
            return Library.open(folder)
        except (EvidenceError, OSError) as exc:
            log.warning("cannot open library %s: %s", folder, exc)
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(translate("App", "Cannot open the library"))
            box.setText(describe_error(exc))
            other = box.addButton(
                translate("App", "Open another library…"), QMessageBox.ButtonRole.AcceptRole
            )
            retry = None
            if isinstance(exc, LibraryLocked):
                retry = box.addButton(
                    translate("App", "Try again"), QMessageBox.ButtonRole.ActionRole
                )
            box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if retry is not None and clicked is retry:
                continue
            if clicked is not other:
                return None
            chosen = QFileDialog.getExistingDirectory(
                parent, translate("App", "Open a library folder")
            )
            if not chosen:
                return None
            folder = Path(chosen)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_application(sys.argv[:1])

    from .ui import tasks
    from .ui.i18n import install_translators, saved_language
    from .ui.main_window import MainWindow

    install_translators(app, args.lang or saved_language())
    library = open_with_dialogs(initial_library_dir(args.library))
    if library is None:
        return 1
    window = MainWindow(library)
    window.show()
    try:
        return app.exec()
    finally:
        tasks.wait_for_all()
        window.close_library()
