"""Menus, toolbar and the actions behind them for the main window (import, find, clip,
taxonomy, preferences, help). Kept apart so main_window.py stays about layout and data flow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from .i18n import install_translators
from .icons import clip_icon

if TYPE_CHECKING:
    from .main_window import MainWindow

FILE_FILTER_KEY = "MainWindow/import_folder"


class MainActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        style = window.style()
        sp = QStyle.StandardPixmap

        def action(icon: QIcon | None = None, keys: object = None) -> QAction:
            act = QAction(window)
            if icon is not None:
                act.setIcon(icon)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))  # type: ignore[call-overload]
            return act

        self.import_files_action = action(
            QIcon.fromTheme("document-import", style.standardIcon(sp.SP_FileDialogNewFolder)),
            QKeySequence.StandardKey.Open,
        )
        self.import_folder_action = action(
            style.standardIcon(sp.SP_DirOpenIcon), "Ctrl+Shift+O"
        )
        self.find_action = action(None, QKeySequence.StandardKey.Find)
        self.clip_action = action(clip_icon(), "Ctrl+K")
        self.taxonomy_action = action(style.standardIcon(sp.SP_FileDialogDetailedView))
        self.preferences_action = action(None, QKeySequence.StandardKey.Preferences)
        self.quit_action = action(None, QKeySequence.StandardKey.Quit)
        self.help_action = action(style.standardIcon(sp.SP_MessageBoxQuestion))
        self.guide_action = action(None, QKeySequence.StandardKey.HelpContents)
        self.ocr_action = action()
        self.about_action = action()
        self.excerpts_action = window.excerpts_dock.toggleViewAction()
        self.excerpts_action.setIcon(style.standardIcon(sp.SP_FileDialogListView))
        self.excerpts_action.setShortcut(QKeySequence("Ctrl+E"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.import_files_action.triggered.connect(self.import_files)
        self.import_folder_action.triggered.connect(self.import_folder)
        self.find_action.triggered.connect(window.search_box.focus_search)
        self.clip_action.triggered.connect(window.reader.clip)
        self.taxonomy_action.triggered.connect(self.edit_taxonomy)
        self.preferences_action.triggered.connect(self.preferences)
        self.quit_action.triggered.connect(window.close)
        self.help_action.triggered.connect(window.search_box.show_help)
        self.about_action.triggered.connect(self.about)
        self.guide_action.triggered.connect(self.show_guide)
        self.ocr_action.triggered.connect(self.ocr_sources)
        for act in (self.find_action, self.clip_action):
            window.addAction(act)

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.import_files_action)
        self.file_menu.addAction(self.import_folder_action)
        self.file_menu.addAction(self.ocr_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        bar.addMenu(window.library_menu)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.clip_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.taxonomy_action)
        # Edit ▸ Preferences, as in most Linux programs (and as the README's tour says)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.excerpts_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_button = QToolButton(window)
        self.import_button.setDefaultAction(self.import_files_action)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.import_menu = QMenu(window)
        self.import_menu.addAction(self.import_files_action)
        self.import_menu.addAction(self.import_folder_action)
        self.import_button.setMenu(self.import_menu)
        self.toolbar.addWidget(self.import_button)
        self.toolbar.addAction(self.clip_action)
        self.toolbar.addAction(self.excerpts_action)
        self.toolbar.addAction(self.taxonomy_action)
        spacer = QWidget(window)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        spacer.setMinimumWidth(12)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(window.search_box)
        window.search_box.setMinimumWidth(0)  # its own layout knows what it needs
        window.addToolBar(self.toolbar)
        # the toolbar must fit a 1024-pixel window in Spanish too: the taxonomy (also under
        # Edit) shows only its icon, Clip a short word
        taxonomy_button = self.toolbar.widgetForAction(self.taxonomy_action)
        if isinstance(taxonomy_button, QToolButton):
            taxonomy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = (
            (self.import_files_action, self.tr("&Import files…"),
             self.tr("Import PDF, HTML, text or Word files")),
            (self.import_folder_action, self.tr("Import a &folder…"),
             self.tr("Import every supported file in a folder and its subfolders")),
            (self.find_action, self.tr("&Find"), self.tr("Go to the search box")),
            (self.clip_action, self.tr("&Clip selection"),
             self.tr("Save the text selected in the reader as an excerpt")),
            (self.taxonomy_action, self.tr("Countries and &risk types…"),
             self.tr("Add, rename or hide risk types; edit country details")),
            (self.preferences_action, self.tr("&Preferences…"),
             self.tr("Language and other settings")),
            (self.quit_action, self.tr("&Quit"), self.tr("Close Evidence Library")),
            (self.help_action, self.tr("How to &search"), self.tr("Search syntax with examples")),
            (self.about_action, self.tr("&About Evidence Library"), ""),
            (self.guide_action, self.tr("&Guide"),
             self.tr("What an ACA is, what evidence helps, and how to use the app")),
            (self.ocr_action, self.tr("&OCR scanned sources…"),
             self.tr("Read the text of scanned PDFs (English and Spanish) so they can be "
                     "searched")),
            (self.excerpts_action, self.tr("E&xcerpts"),
             self.tr("Show or hide the excerpts panel")),
        )
        for act, text, tip in texts:
            act.setText(text)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "").rstrip("…")
            act.setToolTip(f"{tip or plain} ({keys})" if keys else tip or plain)
        self.clip_action.setIconText(self.tr("Clip"))
        self.import_button.setAccessibleName(self.tr("Import"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))

    def update_enabled(self) -> None:
        window = self.window
        has_library = window.library is not None
        for act in (self.import_files_action, self.import_folder_action,
                    self.taxonomy_action, self.ocr_action):
            act.setEnabled(has_library)
        # an empty library shows the start page: nothing to clip or search yet
        has_sources = has_library and window.body.currentWidget() is window.library_area
        self.clip_action.setEnabled(has_sources)
        self.find_action.setEnabled(has_sources)
        window.search_box.setEnabled(has_sources)

    # ---------------------------------------------------------------- import
    def _start_folder(self) -> str:
        return str(QSettings().value(FILE_FILTER_KEY, str(Path.home())))

    def import_files(self) -> None:
        if self.window.library is None:
            return
        files, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import sources"),
            self._start_folder(),
            self.tr("Sources (*.pdf *.html *.htm *.txt *.md *.docx);;All files (*)"),
        )
        if files:
            QSettings().setValue(FILE_FILTER_KEY, str(Path(files[0]).parent))
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        if self.window.library is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import every source in a folder"), self._start_folder()
        )
        if folder:
            QSettings().setValue(FILE_FILTER_KEY, folder)
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path], start: bool = False) -> QWidget | None:
        """Open the import dialog for these files and folders.

        The dialog's first page lets the user tag the batch with countries and risk types
        before pressing Import; `start=True` skips that and imports at once.
        """
        window = self.window
        if window.library is None or not paths:
            return None
        from .dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(window.library, paths, window)
        dialog.finished_import.connect(lambda report: window.announce(report.changes))
        dialog.changed.connect(window.announce)  # details edited from the report
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.import_dialog = dialog
        dialog.open()
        if start:
            dialog.start()
        return dialog

    # ---------------------------------------------------------------- other dialogs
    def edit_taxonomy(self) -> QWidget | None:
        window = self.window
        if window.library is None:
            return None
        from .dialogs.taxonomy_dialog import TaxonomyDialog

        dialog = TaxonomyDialog(window.library, window)
        dialog.changed.connect(window.announce)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def preferences(self) -> QWidget:
        from .dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.window)
        dialog.language_changed.connect(self.change_language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def change_language(self, lang: str) -> str:
        app = QApplication.instance()
        used = install_translators(app, lang) if app is not None else "en"
        # country and risk names come from the library, not from translators
        self.window._load_taxonomy()
        self.window.results.tree.viewport().update()
        self.window.results.list.viewport().update()
        return used

    def show_guide(self) -> QWidget:
        from .dialogs.guide_dialog import GuideDialog

        dialog = GuideDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def ocr_sources(self) -> QWidget | None:
        window = self.window
        if window.library is None:
            return None
        from .dialogs.ocr_dialog import OcrDialog

        dialog = OcrDialog(window.library, window)
        dialog.changed.connect(window.announce)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About Evidence Library"),
            self.tr(
                "<p><b>Evidence Library</b></p><p>An offline library of human-rights sources "
                "about the countries the United States sends asylum seekers to under Asylum "
                "Cooperative Agreements. Import reports, search every page, clip excerpts "
                "with exact citations and build exhibit packets.</p><p>Nothing you import or "
                "write leaves this computer.</p>"
            ),
        )
