"""Preferences: the interface language (System, English, Español)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import i18n

SETTINGS_KEY = i18n.SETTINGS_KEY  # "Preferences/language"
LANGUAGES = ("system", "en", "es")


class PreferencesDialog(QDialog):
    """Emits `language_changed(code)` ("system", "en" or "es") when OK changes the choice."""

    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        # Language names stay in their own language so anyone can find theirs.
        self.language_combo.addItem(self.tr("System"), "system")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Español", "es")
        self._initial = self.saved_language()
        self.language_combo.setCurrentIndex(max(0, LANGUAGES.index(self._initial)))

        hint = QLabel(
            self.tr(
                "“System” follows the language of your computer (Spanish or English). "
                "The new language applies at once; open dialogs change when reopened."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @staticmethod
    def saved_language() -> str:
        value = str(QSettings().value(SETTINGS_KEY, "system") or "system")
        return value if value in LANGUAGES else "system"

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        chosen = self.language()
        QSettings().setValue(SETTINGS_KEY, chosen)
        super().accept()
        if chosen != self._initial:
            self._initial = chosen
            self.language_changed.emit(chosen)


__all__ = ["SETTINGS_KEY", "PreferencesDialog"]
