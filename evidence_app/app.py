"""GUI entry point: `python -m evidence_app [--library DIR]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .paths import default_library_dir


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="evidence-library")
    parser.add_argument("--library", type=Path, default=None, help="library folder")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from .library import Library

    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = Library.open(args.library or default_library_dir())
    window = QMainWindow()
    window.setWindowTitle("Evidence Library")
    window.setCentralWidget(QLabel(f"{library.folder}: {library.stats()}"))
    window.resize(1100, 720)
    window.show()
    try:
        return app.exec()
    finally:
        library.close()
