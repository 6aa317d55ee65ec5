"""Flat scroll bars for the main window's panes.

Fusion (the style Qt uses on Linux without a desktop theme, and our fallback) paints a
scroll bar with gradients and antialiased paths: about 2 ms each time, and the main window
repaints three of them whenever results, facets or the reader change (6-15 ms of every
repaint in the GUI latency benchmark). The same bar drawn from a style sheet costs a tenth
of that. The rules are set on the scroll bars only: a style sheet on a view would route all
its item painting through the slower style-sheet style.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollBar, QWidget

STYLE = """
QScrollBar:vertical { width: 12px; margin: 0; background: palette(base); }
QScrollBar:horizontal { height: 12px; margin: 0; background: palette(base); }
QScrollBar::handle { background: palette(mid); border-radius: 4px; margin: 2px; }
QScrollBar::handle:vertical { min-height: 28px; }
QScrollBar::handle:horizontal { min-width: 28px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: palette(dark); }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


def flatten_scrollbars(root: QWidget) -> int:
    """Give every scroll bar under `root` the flat style; returns how many."""
    bars = root.findChildren(QScrollBar)
    for bar in bars:
        bar.setStyleSheet(STYLE)
    return len(bars)
