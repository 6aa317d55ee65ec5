"""The reader's two toolbars (pages and hits | view and Clip): they wrap onto a second line
when the pane is narrow, instead of hiding actions behind "»". The reader connects the
actions and sets the page and hit labels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QStyle, QToolBar, QToolButton, QWidget

from ..icons import clip_icon
from ..widgets.flow_layout import FlowLayout
from .passage_marks import PassageMark

TEXT, ORIGINAL, BOTH = "text", "original", "both"


class WholeToolBar(QToolBar):
    """A toolbar that asks for a little more than its buttons need: given exactly its own size
    hint, a QToolBar may fold its last button into the "»" menu."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        return QSize(hint.width() + spacing + 4, hint.height())


class ReaderToolbar(QWidget):
    """Previous/next page and hit, the page's risk types, Text/Original/Both and Clip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toolbar = WholeToolBar(self)
        self.view_toolbar = WholeToolBar(self)
        self.toolbar.setObjectName("readerToolbar")
        self.view_toolbar.setObjectName("readerViewToolbar")
        for bar in (self.toolbar, self.view_toolbar):
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        flow = FlowLayout(self, spacing=0)
        flow.addWidget(self.toolbar)
        flow.addWidget(self.view_toolbar)
        self._build_actions()
        self.retranslate()

    def _build_actions(self) -> None:
        style = self.style()
        icon = style.standardIcon
        sp = QStyle.StandardPixmap
        self.prev_page_action = QAction(icon(sp.SP_ArrowBack), "", self)
        self.next_page_action = QAction(icon(sp.SP_ArrowForward), "", self)
        self.prev_hit_action = QAction(icon(sp.SP_ArrowUp), "", self)
        self.next_hit_action = QAction(icon(sp.SP_ArrowDown), "", self)
        self.clip_action = QAction(clip_icon(), "", self)
        self.prev_hit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))
        self.next_hit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.prev_page_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp))
        self.next_page_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown))
        for action in self.navigation_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.page_label = QLabel(self)
        self.hit_label = QLabel(self)
        self.toolbar.addAction(self.prev_page_action)
        self.toolbar.addWidget(self.page_label)
        self.toolbar.addAction(self.next_page_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.prev_hit_action)
        self.toolbar.addWidget(self.hit_label)
        self.toolbar.addAction(self.next_hit_action)
        self.passage_mark = PassageMark(self)  # the page's risk types, ticked ones marked
        self.passage_mark_action = self.toolbar.addWidget(self.passage_mark)
        self.passage_mark_action.setVisible(False)
        self.mode_group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for mode in (TEXT, ORIGINAL, BOTH):
            action = QAction(self)
            action.setCheckable(True)
            action.setData(mode)
            self.mode_group.addAction(action)
            self.view_toolbar.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions[TEXT].setChecked(True)
        self.view_toolbar.addSeparator()
        self.view_toolbar.addAction(self.clip_action)
        for action in self.navigation_actions():
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def navigation_actions(self) -> list[QAction]:
        return [self.prev_page_action, self.next_page_action, self.prev_hit_action,
                self.next_hit_action]

    def retranslate(self) -> None:
        self.prev_page_action.setText(self.tr("Previous page"))
        self.next_page_action.setText(self.tr("Next page"))
        self.prev_hit_action.setText(self.tr("Previous hit"))
        self.next_hit_action.setText(self.tr("Next hit"))
        for action, tip in (
            (self.prev_page_action, self.tr("Previous page")),
            (self.next_page_action, self.tr("Next page")),
            (self.prev_hit_action, self.tr("Previous highlighted word")),
            (self.next_hit_action, self.tr("Next highlighted word")),
        ):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        self.mode_actions[TEXT].setText(self.tr("Text"))
        self.mode_actions[TEXT].setToolTip(self.tr("Show the page's text"))
        self.mode_actions[ORIGINAL].setText(self.tr("Original"))
        self.mode_actions[ORIGINAL].setToolTip(self.tr("Show the original PDF page"))
        self.mode_actions[BOTH].setText(self.tr("Both"))
        self.mode_actions[BOTH].setToolTip(self.tr("Show the text and the original side by side"))
        self.clip_action.setText(self.tr("Clip"))
        self.clip_action.setToolTip(self.tr("Save the selected text as an excerpt (Ctrl+K)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
