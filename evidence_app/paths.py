"""Where things live: bundled resources, the default library, portable mode."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "EvidenceLibrary"
APP_AUTHOR = "EvidenceLibrary"


def app_root() -> Path:
    """The folder holding `resources/` and `db/`: the checkout, or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return app_root() / "db" / "migrations"


def portable_dir() -> Path | None:
    """A file named `portable` beside the executable keeps everything beside it (USB sticks)."""
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (exe_dir / "portable").exists():
        return exe_dir / "EvidenceLibraryData"
    return None


def data_dir() -> Path:
    portable = portable_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_library_dir() -> Path:
    return data_dir() / "Library"
