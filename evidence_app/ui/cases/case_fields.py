"""The fields of a case's details form, in two columns (stacked when narrow): applicant,
hearing, who files, packet, countries at issue, screening facts, translator and service.

Hearing types, service methods and whom to serve are offered in English on purpose: they are
printed on the English cover page and certificate, whatever language the window speaks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model.cases import DEFAULT_PACKET_TITLE

from ..widgets.form_widgets import DateField, FieldMessage
from .screen_fields import ScreenFields

HEARING_TYPES = ("Master calendar", "Individual (merits)", "Bond")
SERVICE_ON = ("DHS/ICE Office of the Principal Legal Advisor",)
SERVICE_METHODS = ("ECAS electronic service", "First-class mail", "Hand delivery")

LINES = ("applicant_name", "court_location", "judge", "filer_name", "filer_phone",
         "filer_email", "filer_eoir_id", "translator_name", "translator_phone", "packet_title")
TEXTS = ("filer_address", "translator_address", "notes")
COMBOS = ("hearing_type", "service_on", "service_method")
DATES = ("hearing_date", "service_date")


def _combo(items: tuple[str, ...], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItems(("", *items))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def _text_box(parent: QWidget, lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class CaseFields(QWidget):
    """The widgets by field name (`lines`, `texts`, `combos`, `dates`, their `messages`) and
    `countries_box`, where the form puts its country picker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = self
        self.lines = {key: QLineEdit(content) for key in LINES}
        self.lines["a_number"] = QLineEdit(content)
        self.lines["a_number"].setPlaceholderText("A 012-345-678")
        self.lines["filer_email"].setPlaceholderText("name@example.org")
        self.texts = {key: _text_box(content) for key in TEXTS}
        self.combos = {
            "hearing_type": _combo(HEARING_TYPES, content),
            "service_on": _combo(SERVICE_ON, content),
            "service_method": _combo(SERVICE_METHODS, content),
        }
        self.dates = {key: DateField(content) for key in DATES}
        self.messages = {key: FieldMessage(content) for key in
                         ("a_number", "hearing_date", "service_date", "filer_email")}
        self.pro_se = QRadioButton(content)
        self.representative = QRadioButton(content)
        self.filer_group = QButtonGroup(self)
        self.filer_group.addButton(self.pro_se)
        self.filer_group.addButton(self.representative)
        self.pro_se.setChecked(True)
        self.countries_box = QVBoxLayout()
        self.countries_hint = QLabel(content)
        self.countries_hint.setWordWrap(True)

        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        left, right = QVBoxLayout(), QVBoxLayout()
        self._group(content, left, "applicant", ["applicant_name", "a_number"])
        self._group(content, left, "hearing",
                    ["court_location", "judge", "hearing_date", "hearing_type"])
        filer = self._group(content, left, "filer", [])
        kinds = QHBoxLayout()
        kinds.addWidget(self.pro_se)
        kinds.addWidget(self.representative)
        kinds.addStretch(1)
        filer.addRow(kinds)
        for key in ("filer_name", "filer_address", "filer_phone", "filer_email",
                    "filer_eoir_id"):
            self._row(content, filer, key)
        self._group(content, left, "packet", ["packet_title", "notes"])
        left.addStretch(1)
        countries = QGroupBox(content)
        self.groups["countries"] = countries
        box_layout = QVBoxLayout(countries)
        box_layout.addWidget(self.countries_hint)
        box_layout.addLayout(self.countries_box, 1)
        countries.setMinimumHeight(240)
        right.addWidget(countries, 1)
        self.screen_fields = ScreenFields(content)
        right.addWidget(self.screen_fields)
        self._group(content, right, "translator",
                    ["translator_name", "translator_address", "translator_phone"])
        self._group(content, right, "service", ["service_on", "service_method", "service_date"])
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        self.retranslate()

    def _group(self, content: QWidget, column: QVBoxLayout, key: str,
               rows: list[str]) -> QFormLayout:
        box = QGroupBox(content)
        self.groups[key] = box
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for row in rows:
            self._row(content, form, row)
        column.addWidget(box)
        return form

    def _row(self, content: QWidget, form: QFormLayout, key: str) -> None:
        widget: QWidget = (self.lines.get(key) or self.texts.get(key) or self.combos.get(key)
                           or self.dates[key])
        label = QLabel(content)
        label.setBuddy(widget.focusProxy() or widget)
        self.labels[key] = label
        form.addRow(label, widget)
        if key in self.messages:
            form.addRow("", self.messages[key])

    def _label_texts(self) -> dict[str, str]:
        return {
            "applicant_name": self.tr("&Name:"),
            "a_number": self.tr("&A-number:"),
            "court_location": self.tr("&Court:"),
            "judge": self.tr("&Judge:"),
            "hearing_date": self.tr("Hearing &date:"),
            "hearing_type": self.tr("Hearing &type:"),
            "filer_name": self.tr("Na&me:"),
            "filer_address": self.tr("Address:"),
            "filer_phone": self.tr("Phone:"),
            "filer_email": self.tr("E-mail:"),
            "filer_eoir_id": self.tr("EOIR ID:"),
            "translator_name": self.tr("Name:"),
            "translator_address": self.tr("Address:"),
            "translator_phone": self.tr("Phone:"),
            "service_on": self.tr("Served on:"),
            "service_method": self.tr("How:"),
            "service_date": self.tr("Date:"),
            "packet_title": self.tr("&Title:"),
            "notes": self.tr("Notes:"),
        }

    def retranslate(self) -> None:
        for key, text in self._label_texts().items():
            self.labels[key].setText(text)
            widget = self.lines.get(key) or self.texts.get(key) or self.combos.get(key)
            (widget or self.dates[key]).setAccessibleName(text.replace("&", "").rstrip(":"))
        for key, title in (
            ("applicant", self.tr("Applicant (respondent)")),
            ("hearing", self.tr("Hearing")),
            ("filer", self.tr("Filed by")),
            ("countries", self.tr("ACA countries at issue")),
            ("translator", self.tr("Translator (for the translation certificate)")),
            ("service", self.tr("Certificate of service")),
            ("packet", self.tr("Packet")),
        ):
            self.groups[key].setTitle(title)
        self.pro_se.setText(self.tr("Pro se (the applicant)"))
        self.pro_se.setToolTip(self.tr("The applicant files without a representative"))
        self.representative.setText(self.tr("Attorney or accredited representative"))
        self.representative.setToolTip(
            self.tr("An attorney or accredited representative files; give the EOIR ID"))
        self.lines["packet_title"].setPlaceholderText(DEFAULT_PACKET_TITLE)
        self.countries_hint.setText(self.tr(
            "The countries the applicant may be sent to. The coverage grid checks the "
            "evidence for each of them."))
        tip = self.tr("Printed in English on the cover page and certificates")
        for combo in self.combos.values():
            combo.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
