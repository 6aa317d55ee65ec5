"""The exhibits of a case whose citation is still a guess or incomplete, listed in the
export dialog before the packet is built (a title made from the file name, no date, a
date from the file's metadata, no publisher)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from evidence_app.model import CitationCheck

from ...library_view.origin_labels import gap_label
from ...tasks import run_in_background

if TYPE_CHECKING:
    from evidence_app.library.facade import Library

log = logging.getLogger(__name__)
SHOWN = 8  # exhibits listed by name; the rest are counted


class CitationChecksLabel(QLabel):
    """Hidden until the case has exhibits to check; then a short list, worst first."""

    def __init__(self, library: Library, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CitationChecks")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.checks: list[CitationCheck] = []
        self.hide()
        run_in_background(
            lambda: library.cases.citation_checks(case_id),
            on_done=self._show_checks,
            on_error=lambda exc: log.warning("citation checks failed: %s", exc),
        )

    def _show_checks(self, checks: list[CitationCheck]) -> None:
        if not shiboken6.isValid(self):
            return
        self.checks = checks
        self.retranslate()

    def retranslate(self) -> None:
        checks = self.checks
        if not checks:
            self.hide()
            return
        lines = [
            self.tr("Tab %1: %2").replace("%1", c.label).replace(
                "%2", "; ".join(gap_label(g) for g in c.gaps))
            for c in checks[:SHOWN]
        ]
        if len(checks) > SHOWN:
            lines.append(self.tr("and %n more", "", len(checks) - SHOWN))
        head = self.tr(
            "Citations to check before filing (open the source's details to correct them):")
        self.setText(f"<b>{_escape(head)}</b><br>" + "<br>".join(_escape(x) for x in lines))
        self.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
