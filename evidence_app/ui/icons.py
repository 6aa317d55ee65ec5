"""Icons of the window's own verbs: the desktop theme's when it has one, else ours from
resources/icons (Qt's standard icons have no scissors, and a floppy disk says Save)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from evidence_app.folder.paths import app_root


def bundled_icon(file_name: str) -> QIcon:
    return QIcon(str(app_root() / "resources" / "icons" / file_name))


def clip_icon() -> QIcon:
    """Scissors, for Clip (an excerpt is cut from the page)."""
    return QIcon.fromTheme("edit-cut", bundled_icon("clip-excerpt.svg"))


def add_to_case_icon() -> QIcon:
    """A case file with a plus, for Add to case."""
    return bundled_icon("add-to-case.svg")
