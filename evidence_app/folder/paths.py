"""Where things live: bundled resources, the default library, portable mode."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "EvidenceLibrary"
APP_AUTHOR = "EvidenceLibrary"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "EvidenceLibraryData"


def app_root() -> Path:
    """The folder holding `resources/` and `db/`: the checkout, or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def migrations_dir() -> Path:
    return app_root() / "db" / "migrations"


def executable_dir() -> Path:
    return Path(sys.executable).resolve().parent


def portable_dir() -> Path | None:
    """A file named `portable` beside the built executable keeps settings and the library in
    a folder beside it, so app and library travel together on one USB stick."""
    if not getattr(sys, "frozen", False):
        return None
    exe_dir = executable_dir()
    if (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / PORTABLE_DATA
    return None


def data_dir() -> Path:
    portable = portable_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_library_dir() -> Path:
    return data_dir() / "Library"


def settings_dir() -> Path | None:
    """Where the GUI keeps its INI settings in portable mode; None: the system's usual place."""
    portable = portable_dir()
    return portable / "settings" if portable is not None else None


def external_program_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """Environment for running a system program (tesseract, fc-match) from a frozen app.

    PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle, whose libraries would
    then shadow the system's in the child; it keeps the original in LD_LIBRARY_PATH_ORIG.
    """
    env = dict(os.environ if base is None else base)
    if getattr(sys, "frozen", False):
        for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
            original = env.pop(f"{name}_ORIG", None)
            if original:
                env[name] = original
            else:
                env.pop(name, None)
    return env


def printable_name(path: Path | str) -> str:
    """A file's name as people read it. Names from old USB sticks are often Latin-1, not
    UTF-8: "Jos\\xe9.txt" is read as "José.txt", not as "Jos.txt"."""
    raw = Path(path).name.encode("utf-8", "surrogateescape")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")  # pragma: no cover - latin-1 decodes any bytes
