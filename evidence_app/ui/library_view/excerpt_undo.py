"""Undo for deleting excerpts in the excerpts panel (Edit ▸ Undo)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from evidence_app.model import Excerpt

if TYPE_CHECKING:
    from evidence_app.ui.library_view.excerpts_panel import ExcerptsPanel


class DeleteExcerpts(QUndoCommand):
    """Deleting is a write in the writer pool; undo restores the very same excerpts."""

    def __init__(self, panel: ExcerptsPanel, excerpts: Sequence[Excerpt], text: str) -> None:
        super().__init__(text)
        assert panel.library is not None
        self.panel = panel
        self.library = panel.library
        self.excerpts = list(excerpts)

    def redo(self) -> None:
        library, ids = self.library, [e.id for e in self.excerpts]
        self.panel.write(lambda: [library.excerpts.delete_excerpt(i) for i in ids])

    def undo(self) -> None:
        library, excerpts = self.library, list(self.excerpts)
        self.panel.write(lambda: [library.excerpts.restore_excerpt(e) for e in excerpts])
