"""The Screen tab of a case: for each country DHS names, the agreement terms that may put the
respondent outside the agreement (each with its source and the agreement's status and as-of
date), and the evidence the case and the library hold per legal element, with the gaps.

It only presents `Library.agreements.screen_case` (agreements/screening.py decides nothing here)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from evidence_app.model.agreements import CaseScreen, CountryScreen, Finding

from ..agreements.labels import (
    OUTCOME_COLOURS,
    agreement_name,
    finding_label,
    not_advice,
    outcome_label,
    source_html,
    status_label,
)
from ..widgets.tag_labels import TagLabels, legal_element_label


class ScreenPanel(QWidget):
    """Signal `open_agreement(id)`: the user clicked an agreement's name."""

    open_agreement = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_screen: CaseScreen | None = None
        self.labels = TagLabels((), ())
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("QLabel { background: #fff6d5; padding: 6px; }")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.advice)
        layout.addWidget(self.browser, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.advice.setText(not_advice())
        self.browser.setAccessibleName(self.tr("Screen of the case against the agreements"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_screen(self, screen: CaseScreen | None, labels: TagLabels) -> None:
        self.case_screen = screen
        self.labels = labels
        self._render()

    def outside_count(self) -> int:
        if self.case_screen is None:
            return 0
        return sum(f.outcome == "outside" for c in self.case_screen.countries for f in c.findings)

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "agreement":
            self.open_agreement.emit(url.path())

    # ---------------------------------------------------------------- the page
    def _render(self) -> None:
        screen = self.case_screen
        if screen is None:
            self.browser.setHtml("")
            return
        parts = []
        missing = {
            "nationality": self.tr("the respondent's nationality"),
            "entry_date": self.tr("the date of entry"),
            "countries": self.tr("the countries DHS names"),
        }
        if screen.missing:
            parts.append("<p style='color:#8a5a00'>" + escape(self.tr(
                "The case does not give {what}: add it under Details for a fuller screen.")
                .format(what=", ".join(missing[m] for m in screen.missing))) + "</p>")
        if not screen.countries:
            parts.append("<p>" + escape(self.tr(
                "Choose the countries DHS names in the case details to screen the case "
                "against their agreements.")) + "</p>")
        for country in screen.countries:
            parts.append(self._country_html(screen, country))
        self.browser.setHtml("".join(parts))

    def _country_html(self, screen: CaseScreen, country: CountryScreen) -> str:
        out = [f"<h3>{escape(self.labels.country(country.country))}</h3>"]
        for a in country.agreements:
            line = self.tr("{status}, as of {date}").format(
                status=status_label(a.status.value), date=a.status.as_of)
            out.append(f"<p><a href='agreement:{escape(a.id)}'>{escape(agreement_name(a))}</a>"
                       f" — {escape(line)}</p>")
        rows = [self._finding_row(screen, f) for f in country.findings]
        out.append("<table cellspacing='4' width='100%'>" + "".join(rows) + "</table>")
        evidence = self.tr("Evidence per legal element")
        gap_word = self.tr("gap")
        out.append(f"<p><b>{escape(evidence)}</b></p>")
        head = (self.tr("Legal element"), self.tr("Excerpts in the case"),
                self.tr("In the library"), self.tr("Agreement terms in exhibits"))
        table = ["<table border='1' cellspacing='0' cellpadding='3'><tr>"
                 + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr>"]
        for slug, english in screen.elements:
            label = legal_element_label(slug) or english
            terms = country.agreement_terms.get(slug, 0)
            gap = not country.evidence(slug)
            style = " style='background:#f6d5d8'" if gap else ""
            cells = (label, str(country.case_counts.get(slug, 0)),
                     str(country.library_counts.get(slug, 0)), str(terms) if terms else "")
            table.append(f"<tr{style}>" + "".join(f"<td>{escape(c)}</td>" for c in cells)
                         + (f"<td><i>{escape(gap_word)}</i></td>" if gap else "")
                         + "</tr>")
        out.append("".join(table) + "</table>")
        if country.agreement_exhibits:
            out.append("<p>" + escape(self.tr(
                "Exhibits that are the agreement's text or a source about it: Tab {tabs}.")
                .format(tabs=", ".join(country.agreement_exhibits))) + "</p>")
        else:
            out.append("<p><small>" + escape(self.tr(
                "The cap and nationality rows count the agreement's own terms once its text "
                "or a source about it is an exhibit: a source the record cites, or one you "
                "mark on the agreement's page.")) + "</small></p>")
        return "".join(out)

    def _finding_row(self, screen: CaseScreen, finding: Finding) -> str:
        colour = OUTCOME_COLOURS.get(finding.outcome, "#000")
        detail = self._detail(screen, finding)
        words = escape(finding.words) if finding.source is not None else ""
        body = f"<b>{escape(finding_label(finding.kind))}</b>"
        if words:
            body += f": {words}"
        if detail:
            body += f"<br>{escape(detail)}"
        if finding.source is not None or finding.kind not in ("no_agreement",):
            body += f"<br><small style='color:#555'>{source_html(finding.source)}</small>"
        return (f"<tr><td valign='top' width='22%' style='color:{colour}'><b>"
                f"{escape(outcome_label(finding.outcome))}</b></td><td>{body}</td></tr>")

    def _detail(self, screen: CaseScreen, f: Finding) -> str:
        """The finding for this case, in the window's language."""
        nat = self.labels.country(screen.nationality) if screen.nationality else ""
        periods = {"month": self.tr("a month"), "year": self.tr("a year")}
        texts = {
            "no_agreement": self.tr("The library holds no agreement record for this country."),
            "own_national": self.tr("The respondent is a national of {nat}.").format(nat=nat),
            "nationality_excluded": self.tr("The respondent is a national of {nat}.").format(
                nat=nat),
            "nationality_not_covered": self.tr(
                "{nat} is not among the nationalities covered.").format(nat=nat),
            "nationality_covered": self.tr("{nat} is among the nationalities covered.").format(
                nat=nat),
            "nationality_preference": self.tr(
                "{nat} is among the stated preference.").format(nat=nat)
            if f.outcome == "within" else self.tr(
                "{nat} is not among the stated preference.").format(nat=nat),
            "coverage_unknown": self.tr("The record does not say clearly who may be "
                                        "transferred."),
            "unaccompanied_child": self.tr("The respondent arrived as an unaccompanied child.")
            if f.outcome == "outside" else self.tr(
                "The case does not say the respondent arrived as an unaccompanied child."),
            "criminal_records": self.tr("The case does not record criminal history: check it."),
            "entry_before_rule": self.tr("The case has no date of entry.")
            if f.outcome == "check" else self.tr(
                "Entry on {date}, before the rule's date.").format(date=screen.entry_date)
            if f.outcome == "outside" else self.tr("Entry on {date}.").format(
                date=screen.entry_date),
            "cap": self.tr("A cap of {n} {period}: ask whether it has been reached.").format(
                n=f.number, period=periods.get(f.period, f.period)),
            "discretion": self.tr("The receiving country may refuse the respondent."),
        }
        return texts.get(f.kind, "")
