"""The Cases tab's widgets built and laid out: the list of cases with New and Delete under it;
the chosen case's title, export button and tabs, or a note when no case is chosen. The view
(their parent) gives them their texts and connects them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .case_tabs import CaseTabs
from .cases_model import CasesModel


class CasesLayout:
    """Builds the widgets with `view` as their parent and lays them out in it."""

    def __init__(self, view: QWidget) -> None:
        self.model = CasesModel(view)
        self.list = QListView(view)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_label = QLabel(view)
        self.list_label.setBuddy(self.list)
        style = view.style()
        self.new_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), "", view)
        self.delete_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), "", view)
        self.packet_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), "", view)
        self.summary_action = QAction(view)
        self.citations_action = QAction(view)
        self.new_button, self.delete_button = QToolButton(view), QToolButton(view)
        for button, act in ((self.new_button, self.new_action),
                            (self.delete_button, self.delete_action)):
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        left = QWidget(view)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        self.title = QLabel(view)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QToolButton(view)
        self.export_button.setDefaultAction(self.packet_action)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.export_menu = QMenu(view)
        for act in (self.packet_action, self.summary_action, self.citations_action):
            self.export_menu.addAction(act)
        self.export_button.setMenu(self.export_menu)
        self.tabs = CaseTabs(view)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.export_button)
        right = QWidget(view)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(header)
        right_layout.addWidget(self.tabs, 1)
        self.empty = QLabel(view)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(32)
        self.right = right
        self.stack = QStackedWidget(view)
        self.stack.addWidget(right)
        self.stack.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, view)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        layout = QVBoxLayout(view)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
