"""GUI entry point: `python -m evidence_app [--library DIR] [--lang en|es] [--self-test]`."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .folder.files import DB_NAME
from .folder.paths import APP_AUTHOR, APP_NAME, app_root, default_library_dir, settings_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from .library.facade import Library

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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary library, print a report and exit",
    )
    return parser.parse_args(argv)


def configure_settings(folder: Path | None = None) -> None:
    """Portable mode (or `folder`): QSettings go to an INI file there, not the user profile."""
    from PySide6.QtCore import QSettings

    folder = folder or settings_dir()
    if folder is None:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def make_application(argv: list[str]) -> QApplication:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationDisplayName("Evidence Library")
    icon = app_root() / "resources" / "icons" / "evidence-library.svg"
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    return app


def initial_library_dir(requested: Path | None) -> Path:
    """--library, else the last library used, else the default folder."""
    from PySide6.QtCore import QSettings

    if requested is not None:
        return requested
    last = QSettings().value("MainWindow/library")
    if last and (Path(str(last)) / DB_NAME).is_file():
        return Path(str(last))
    return default_library_dir()


def open_with_dialogs(folder: Path, parent: QWidget | None = None) -> Library | None:
    """Open a library; when it is locked or unreadable, explain and offer another one."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from .errors import DatabaseDamaged, EvidenceError, LibraryLocked
    from .library.facade import Library
    from .ui.errors import describe_error

    translate = QCoreApplication.translate
    while True:
        try:
            return Library.open(folder, search_in_child=True)
        except (EvidenceError, OSError) as exc:
            if isinstance(exc, DatabaseDamaged):
                from .ui.dialogs.recovery_dialog import offer_recovery

                if offer_recovery(exc, Path(folder), parent):
                    continue  # recovered: open it
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


def self_test() -> int:
    """`--self-test`: the core checks plus the GUI's own (window, translations), offscreen
    unless a display is there; settings go to the temporary folder, never the user's."""
    from .cli.selftest import run_self_test

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="evidence-selftest-") as tmp:
        configure_settings(Path(tmp) / "settings")
        app = make_application(sys.argv[:1])

        def translations(_library: Library) -> str:
            from PySide6.QtCore import QCoreApplication

            from .ui.i18n import install_translators

            try:
                install_translators(app, "es")
                spanish = QCoreApplication.translate("MainActions", "&File")
            finally:
                install_translators(app, "en")
            if spanish == "&File":
                raise RuntimeError("the Spanish translation did not load")
            return f"es: &File -> {spanish}"

        def window(library: Library) -> str:
            from .ui import tasks
            from .ui.main_window import MainWindow

            tasks.favour_gui_thread()
            main_window = MainWindow(library, owns_library=False, runner=tasks.TaskRunner())
            main_window.show()
            app.processEvents()
            main_window.run_search()
            tasks.wait_for_all()
            app.processEvents()
            shown = main_window.isVisible()
            title = main_window.windowTitle()
            main_window.close()
            tasks.wait_for_all()
            if not shown:
                raise RuntimeError("the main window did not show")
            return f"{app.platformName()}: “{title}”"

        report = run_self_test(
            Path(tmp) / "work",
            extra_steps=[("translations", translations), ("window", window)],
        )
    if sys.stdout is not None:
        print(report.text(), flush=True)
    else:
        # A windowed build (Windows, macOS) has no console to print to.
        (Path.home() / "EvidenceLibrary-self-test.txt").write_text(
            report.text() + "\n", encoding="utf-8"
        )
    return 0 if report.ok else 1


def main(argv: list[str] | None = None) -> int:
    # First: in a frozen app, worker processes start as copies of this program (ingest/pool.py).
    multiprocessing.freeze_support()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.self_test:
        logging.getLogger().setLevel(logging.WARNING)
        return self_test()
    configure_settings()
    app = make_application(sys.argv[:1])

    from .ui import tasks
    from .ui.i18n import install_translators, saved_language
    from .ui.main_window import MainWindow

    install_translators(app, args.lang or saved_language())
    library = open_with_dialogs(initial_library_dir(args.library))
    if library is None:
        return 1
    tasks.favour_gui_thread()
    window = MainWindow(library, runner=tasks.TaskRunner())
    window.show()
    tasks.settle_garbage_collector()
    # Imports read files in worker processes; their server starts now, not on the first import.
    from .library.facade import Library as Facade

    threading.Thread(target=Facade.warm_up_imports, name="extraction-warm-up",
                     daemon=True).start()
    try:
        return app.exec()
    finally:
        tasks.wait_for_all()
        window.close_library()
