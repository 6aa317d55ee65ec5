"""The page of one agreement: every fact with its source and date, where the record came
from, and the user's edit, restore and "this source is about the agreement" actions.
Reached from the countries list (Edit > Countries and risk types > Countries > Agreement
page) and from the Screen tab of a case."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Changes
from evidence_app.model.agreements import Agreement
from evidence_app.ui.agreements.labels import (
    agreement_name,
    fact_label,
    not_advice,
    origin_label,
    source_html,
    status_label,
    translate,
)
from evidence_app.ui.errors import describe_error
from evidence_app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


def agreement_html(agreement: Agreement, linked: list[str]) -> str:
    rows = []
    for name, fact in agreement.facts():
        label = escape(fact_label(name))
        if not fact.known:
            unknown = escape(translate("Agreements", "unknown"))
            rows.append(f"<tr><td><b>{label}</b></td><td><i>{unknown}</i></td></tr>")
            continue
        source = source_html(agreement.source(fact.source))
        rows.append(f"<tr><td valign='top'><b>{label}</b></td><td>{escape(fact.words)}"
                    f"<br><small style='color:#555'>{source}</small></td></tr>")
    body = "<table cellspacing='6'>" + "".join(rows) + "</table>"
    if linked:
        heading = translate("Agreements", "Sources you marked as about this agreement:")
        body += f"<p><b>{escape(heading)}</b><br>" + "<br>".join(escape(t) for t in linked) \
            + "</p>"
    return body


class AgreementPage(QDialog):
    """Emits nothing; `changes` holds what an edit changed, for the caller to announce."""

    def __init__(self, library: Library, agreement_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.agreement_id = agreement_id
        self.changes = Changes()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        advice = QLabel(not_advice(), self)
        advice.setWordWrap(True)
        advice.setStyleSheet("QLabel { background: #fff6d5; padding: 6px; }")
        self.facts = QTextBrowser(self)
        self.facts.setOpenLinks(False)
        self.facts.setAccessibleName(self.tr("Facts of the agreement"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.restore_button = QPushButton(self.tr("&Restore shipped version"), self)
        self.link_button = QPushButton(self.tr("&Mark a source as about it…"), self)
        self.link_button.setToolTip(self.tr(
            "A library source that is the agreement's text or a report about it: as an exhibit "
            "of a case it counts for the agreement's cap and nationality terms."))
        self.edit_button.clicked.connect(self.edit)
        self.restore_button.clicked.connect(self.restore)
        self.link_button.clicked.connect(self.link_source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.edit_button, self.restore_button, self.link_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(advice)
        layout.addWidget(self.facts, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(760, 640)
        self.reload()

    def reload(self) -> None:
        agreement = self.library.agreements.agreement(self.agreement_id)
        self.agreement = agreement
        self.setWindowTitle(agreement_name(agreement))
        self.heading.setText(f"<h3>{escape(agreement_name(agreement))}</h3>")
        self.status.setText(self.tr("Status: {status}, as of {date}. Record: {origin}.").format(
            status=status_label(agreement.status.value), date=agreement.status.as_of,
            origin=origin_label(agreement)))
        sources = {s.id: s.title for s in self.library.catalog.sources()}
        linked = [sources.get(i, str(i)) for i in
                  self.library.agreements.agreement_links().get(self.agreement_id, ())]
        self.facts.setHtml(agreement_html(agreement, linked))
        shipped = self.library.agreements.shipped_agreement(self.agreement_id)
        self.restore_button.setEnabled(shipped is not None and agreement.origin != "shipped")

    def edit(self) -> None:
        from evidence_app.ui.agreements.form import AgreementForm

        dialog = AgreementForm(self.library, self.agreement, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changes = Changes(taxonomy=True)
            self.message.setText(self.tr("Saved. The record is marked as edited by you."))
            self.reload()

    def restore(self) -> None:
        library, ident = self.library, self.agreement_id
        run_in_background(lambda: library.agreements.restore_agreement(ident), on_done=self._done,
                          on_error=self._failed, writer=True)

    def link_source(self) -> None:
        sources = self.library.catalog.sources()
        if not sources:
            self.message.setText(self.tr("The library has no sources yet."))
            return
        items = [f"{s.id}: {s.title}" for s in sources]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Mark a source as about the agreement"),
            self.tr("The agreement's text, or a report about it:"), items, 0, False)
        if not ok or not chosen:
            return
        source_id = int(chosen.split(":", 1)[0])
        library, ident = self.library, self.agreement_id
        run_in_background(lambda: library.agreements.link_agreement_source(ident, source_id),
                          on_done=self._done, on_error=self._failed, writer=True)

    def _done(self, changes: Changes) -> None:
        if shiboken6.isValid(self):
            self.changes = changes
            self.message.setText(self.tr("Saved."))
            self.reload()

    def _failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            self.message.setText(describe_error(exc))
