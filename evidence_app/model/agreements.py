"""Agreement records: the terms of each asylum cooperative agreement (ACA) as data, every fact
with its source, and the typed findings of a case's screen against them.

Plain frozen dataclasses, like model.py; agreement_data.py parses and validates them and
screening.py turns a case and the records into findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# What an agreement's status may be: the words the data uses.
STATUSES = ("in_force", "signed", "not_implemented", "not_invoked", "suspended", "unknown")
ORIGINS = ("shipped", "bundle", "user")
# The facts of a record, in the order a page shows them.
FACT_FIELDS = (
    "signed",
    "in_force",
    "suspended",
    "federal_register",
    "transferable",
    "excluded_nationalities",
    "excludes_unaccompanied_children",
    "excludes_criminal_records",
    "entry_date_rule",
    "cap",
    "discretion",
)


@dataclass(frozen=True)
class FactSource:
    """Where a fact comes from. `official`: the agreement's text or a government publication
    of it (the Federal Register); otherwise a report about it (press, trackers, NGOs)."""

    key: str
    title: str
    publisher: str = ""
    date: str = ""  # ISO date, "YYYY-MM", "YYYY" or "unknown"
    url: str = ""  # "unknown" when the record has none
    official: bool = False


@dataclass(frozen=True)
class AgreementFact:
    """One fact of an agreement. known=False: the sources say nothing (shown as "unknown").
    The typed slots that matter depend on the fact: dates for signed/in force/suspended,
    countries and regions for who is covered or excluded, flag for yes/no exclusions,
    number and period for caps, on_or_after for the entry-date rule."""

    known: bool = False
    words: str = ""  # the fact in plain words, as the source states it
    source: str = ""  # key of a FactSource of the same record
    date: str = ""
    citation: str = ""  # Federal Register citation, "unknown" when only the date is known
    value: str = ""  # status word (STATUSES) for the status fact
    as_of: str = ""  # the status fact: the date it describes
    countries: tuple[str, ...] = ()  # ISO alpha-2 nationalities covered or excluded
    regions: tuple[str, ...] = ()  # the words for them ("Central America")
    condition: str = ""  # a further condition on who is covered ("no visa needed ...")
    preference: bool = False  # the country states a preference, not a rule
    flag: bool | None = None  # yes/no facts (unaccompanied children excluded)
    number: int | None = None  # caps: how many
    period: str = ""  # caps: "month", "year"
    on_or_after: str = ""  # entry-date rule: entries on or after this ISO date


@dataclass(frozen=True)
class Agreement:
    id: str  # "hn-2025"
    country: str  # ISO alpha-2 of the receiving country
    name_en: str
    name_es: str
    parties: tuple[str, ...]
    status: AgreementFact
    signed: AgreementFact = AgreementFact()
    in_force: AgreementFact = AgreementFact()
    suspended: AgreementFact = AgreementFact()
    federal_register: AgreementFact = AgreementFact()
    transferable: AgreementFact = AgreementFact()
    excluded_nationalities: AgreementFact = AgreementFact()
    excludes_unaccompanied_children: AgreementFact = AgreementFact()
    excludes_criminal_records: AgreementFact = AgreementFact()
    entry_date_rule: AgreementFact = AgreementFact()
    cap: AgreementFact = AgreementFact()
    discretion: AgreementFact = AgreementFact()
    notes: tuple[AgreementFact, ...] = ()
    sources: tuple[FactSource, ...] = ()
    origin: str = "shipped"  # ORIGINS: shipped with the app, from a bundle, or by the user
    user_edited: bool = False
    updated_at: str = ""

    def source(self, key: str) -> FactSource | None:
        return next((s for s in self.sources if s.key == key), None)

    def facts(self) -> list[tuple[str, AgreementFact]]:
        """(field name, fact) in page order, the status first and the notes last."""
        out = [("status", self.status)]
        out += [(name, getattr(self, name)) for name in FACT_FIELDS]
        out += [("note", note) for note in self.notes]
        return out

    @property
    def current(self) -> bool:
        """Not suspended: the agreement DHS may invoke now (as far as the record says)."""
        return self.status.value != "suspended"


# ---------------------------------------------------------------- screening results
# Outcomes of one finding: the term puts the respondent outside the agreement ("outside"), it
# may, depending on facts the case does not hold or the record calls unknown ("check"), or it
# is a term the respondent falls within, recorded so the screen shows it with its source
# ("within").
OUTCOMES = ("outside", "check", "within")
FINDING_KINDS = (
    "no_agreement",
    "status",
    "own_national",
    "nationality_excluded",
    "nationality_not_covered",
    "nationality_covered",
    "nationality_preference",
    "coverage_unknown",
    "unaccompanied_child",
    "criminal_records",
    "entry_before_rule",
    "cap",
    "discretion",
)


@dataclass(frozen=True)
class Finding:
    kind: str  # FINDING_KINDS
    outcome: str  # OUTCOMES
    country: str
    agreement_id: str
    words: str  # the agreement's term in the record's words
    source: FactSource | None = None
    detail: str = ""  # why it applies to this case, in plain English (the GUI translates kind)
    number: int | None = None
    period: str = ""


@dataclass(frozen=True)
class CountryScreen:
    """One country DHS names: its agreements, the findings, and the evidence per legal element
    (excerpts of the case's exhibits and of the library, and the agreement terms the case's
    exhibits carry once the agreement's text or a source about it is an exhibit)."""

    country: str
    agreements: tuple[Agreement, ...]
    findings: tuple[Finding, ...]
    case_counts: dict[str, int] = field(default_factory=dict)  # legal element -> excerpts
    library_counts: dict[str, int] = field(default_factory=dict)
    agreement_terms: dict[str, int] = field(default_factory=dict)  # element -> terms in exhibits
    agreement_exhibits: tuple[str, ...] = ()  # tab labels of exhibits about the agreement

    def evidence(self, element: str) -> int:
        return self.case_counts.get(element, 0) + self.agreement_terms.get(element, 0)

    def gaps(self, elements: tuple[str, ...]) -> list[str]:
        return [e for e in elements if not self.evidence(e)]


@dataclass(frozen=True)
class CaseScreen:
    case_id: int
    nationality: str
    entry_date: str
    unaccompanied: bool
    elements: tuple[tuple[str, str], ...]  # (slug, English label), taxonomy order
    countries: tuple[CountryScreen, ...]
    missing: tuple[str, ...] = ()  # case fields the screen needs and the case leaves blank
