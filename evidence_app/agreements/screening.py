"""The screen of a case against the agreements: a pure function from the case's facts (the
respondent's nationality, date of entry, arrival as an unaccompanied child, the countries DHS
names) and the agreement records to typed findings, each with the record's words and source.

Nothing here decides anything: a finding says which of the agreement's terms, as a source
states them, may put the respondent outside the agreement. The GUI and the CLI present it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Source
from ..model.agreements import Agreement, AgreementFact, CaseScreen, CountryScreen, Finding
from ..model.cases import Case

# The grid rows an agreement's own terms fill once its text or a source about it is an exhibit.
CAP_ELEMENT = "numerical_cap"
NATIONALITY_ELEMENT = "nationality_exclusion"


def _finding(kind: str, outcome: str, agreement: Agreement, fact: AgreementFact,
             detail: str = "") -> Finding:
    return Finding(kind=kind, outcome=outcome, country=agreement.country,
                   agreement_id=agreement.id, words=fact.words,
                   source=agreement.source(fact.source), detail=detail,
                   number=fact.number, period=fact.period)


def _status(a: Agreement) -> Finding:
    outcome = {"suspended": "outside", "in_force": "within", "signed": "within"}.get(
        a.status.value, "check")
    return _finding("status", outcome, a, a.status, f"{a.status.value} as of {a.status.as_of}")


def _nationality(a: Agreement, nationality: str) -> list[Finding]:
    if not nationality:
        return []
    covered, excluded = a.transferable, a.excluded_nationalities
    if excluded.known and nationality in excluded.countries:
        kind = "own_national" if nationality == a.country else "nationality_excluded"
        return [_finding(kind, "outside", a, excluded, f"the respondent is a national of "
                                                       f"{nationality}")]
    if covered.known and covered.countries:
        inside = nationality in covered.countries
        if covered.preference:
            return [_finding("nationality_preference", "within" if inside else "check", a,
                             covered, f"{nationality} is {'' if inside else 'not '}among them")]
        if inside:
            detail = f"{nationality} is among them"
            if covered.condition:
                detail += f"; only if: {covered.condition}"
            return [_finding("nationality_covered", "within", a, covered, detail)]
        return [_finding("nationality_not_covered", "outside", a, covered,
                         f"{nationality} is not among them")]
    if nationality == a.country:
        return [Finding("own_national", "check", a.country, a.id,
                        "The respondent is a national of the agreement's country; the record "
                        "holds no source on whether its own nationals are excluded.")]
    if covered.known:
        return [_finding("coverage_unknown", "check", a, covered, covered.condition)]
    return [Finding("coverage_unknown", "check", a.country, a.id,
                    "The record does not say who may be transferred.")]


def screen_agreement(a: Agreement, case: Case) -> list[Finding]:
    """The findings of one agreement for one case, in the order the screen shows them."""
    out = [_status(a), *_nationality(a, case.nationality)]
    child = a.excludes_unaccompanied_children
    if child.known and child.flag:
        out.append(_finding(
            "unaccompanied_child", "outside" if case.unaccompanied else "within", a, child,
            "the respondent arrived as an unaccompanied child" if case.unaccompanied
            else "the case does not say the respondent arrived as an unaccompanied child"))
    crime = a.excludes_criminal_records
    if crime.known and crime.flag:
        out.append(_finding("criminal_records", "check", a, crime,
                            "the case does not record criminal history"))
    rule = a.entry_date_rule
    if rule.known and rule.on_or_after:
        if not case.entry_date:
            out.append(_finding("entry_before_rule", "check", a, rule,
                                "the case has no date of entry"))
        else:
            before = case.entry_date < rule.on_or_after
            out.append(_finding("entry_before_rule", "outside" if before else "within", a, rule,
                                f"entry on {case.entry_date}"))
    if a.cap.known and a.cap.number is not None:
        out.append(_finding("cap", "check", a, a.cap,
                            f"{a.cap.number} a {a.cap.period}" if a.cap.period else ""))
    if a.discretion.known:
        out.append(_finding("discretion", "check", a, a.discretion))
    return out


def _normal_url(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return url.split("#")[0].rstrip("/")


def _normal_title(title: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", title.lower()).split())


def is_about(agreement: Agreement, source: Source, linked: Sequence[int]) -> bool:
    """Whether a library source is the agreement's text or a source about it: the user linked
    it from the agreement's page, or its address or title is that of one of the record's fact
    sources. A bare site address (https://www.hrw.org) matches nothing: a whole site is not
    a source about the agreement."""
    if source.id in linked:
        return True
    url = _normal_url(source.url) if source.url else ""
    title = _normal_title(source.title)
    for fact_source in agreement.sources:
        theirs = _normal_url(fact_source.url) if fact_source.url != "unknown" else ""
        if url and "/" in theirs and url == theirs:
            return True
        if title and title == _normal_title(fact_source.title):
            return True
    return False


def agreement_terms(agreement: Agreement) -> dict[str, int]:
    """The grid rows this agreement's own terms fill: its cap, and who it excludes."""
    terms: dict[str, int] = {}
    if agreement.cap.known and agreement.cap.number is not None:
        terms[CAP_ELEMENT] = 1
    covered = agreement.transferable
    nationality = int(agreement.excluded_nationalities.known) + int(
        covered.known and bool(covered.countries or covered.regions))
    if nationality:
        terms[NATIONALITY_ELEMENT] = nationality
    return terms


def screen_case(
    case: Case,
    agreements: Sequence[Agreement],
    elements: tuple[tuple[str, str], ...],
    case_counts: Mapping[tuple[str, str], int],
    library_counts: Mapping[tuple[str, str], int],
    exhibits: Sequence[tuple[str, Source]] = (),
    links: Mapping[str, Sequence[int]] | None = None,
) -> CaseScreen:
    """Screen a case. exhibits: (tab label, source) of the case's exhibits; links: agreement
    id -> library sources the user linked to it; counts: (country, element) -> excerpts."""
    links = links or {}
    countries = []
    for code in case.countries:
        records = [a for a in agreements if a.country == code]
        current = [a for a in records if a.current]
        shown = current or sorted(records, key=lambda a: a.status.as_of, reverse=True)[:1]
        findings: list[Finding] = []
        if not records:
            findings.append(Finding("no_agreement", "check", code, "",
                                    "The library holds no agreement record for this country."))
        terms: dict[str, int] = {}
        labels: list[str] = []
        for a in shown:
            findings += screen_agreement(a, case)
            about = [label for label, source in exhibits
                     if is_about(a, source, links.get(a.id, ()))]
            if about:
                labels += about
                for element, n in agreement_terms(a).items():
                    terms[element] = terms.get(element, 0) + n
        countries.append(CountryScreen(
            country=code,
            agreements=tuple(shown),
            findings=tuple(findings),
            case_counts={e: case_counts.get((code, e), 0) for e, _ in elements},
            library_counts={e: library_counts.get((code, e), 0) for e, _ in elements},
            agreement_terms=terms,
            agreement_exhibits=tuple(dict.fromkeys(labels)),
        ))
    missing = tuple(name for name, value in (("nationality", case.nationality),
                                              ("entry_date", case.entry_date),
                                              ("countries", case.countries)) if not value)
    return CaseScreen(case.id, case.nationality, case.entry_date, case.unaccompanied,
                      elements, tuple(countries), missing)
