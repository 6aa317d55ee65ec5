"""`library.agreements`: agreement records and the screen of a case (owns no SQL). Records
are shipped with the app, editable by the user, and updatable from bundles."""

from __future__ import annotations

from collections.abc import Callable

from .. import taxonomy
from ..agreements.data import AgreementInvalid, read_record, shipped_agreement
from ..agreements.screening import screen_case
from ..errors import InvalidValue, NotFound
from ..folder.locking import writes
from ..model import Changes
from ..model.agreements import Agreement, CaseScreen
from ..model.cases import Exhibit
from .stores import Stores
from .watch import Writing


class Agreements:
    """The agreement verbs; given the stores, the write lock and the case part's `exhibits`
    (labelled, in order) for the screen of a case."""

    def __init__(
        self, *, stores: Stores, writing: Writing, exhibits: Callable[[int], list[Exhibit]]
    ) -> None:
        self._stores = stores
        self._writing = writing
        self._exhibits = exhibits

    def agreements(self, country: str = "") -> list[Agreement]:
        """Agreement records, by country and newest first; of one country when given."""
        records = self._stores.reader().agreements.list_agreements()
        return [a for a in records if not country or a.country == country.upper()]

    def agreement(self, agreement_id: str) -> Agreement:
        return self._stores.reader().agreements.get_agreement(agreement_id)

    def shipped_agreement(self, agreement_id: str) -> Agreement | None:
        """The record as shipped with the app (None for one that came from elsewhere)."""
        return shipped_agreement(agreement_id)

    @writes("editing an agreement")
    def edit_agreement(self, agreement_id: str, record: str | Agreement) -> Changes:
        """Replace a record with the user's version (its JSON text or an Agreement); the
        id cannot change. Marked user-edited: no shipped update or bundle replaces it."""
        try:
            new = read_record(record, "edited record") if isinstance(record, str) else record
        except AgreementInvalid as exc:
            raise InvalidValue(exc.where, "(record)", exc.problem) from None
        if new.id != agreement_id:
            raise InvalidValue("id", new.id, f"the record's id must stay {agreement_id}")
        self._stores.writer.agreements.get_agreement(agreement_id)
        known = {c.code for c in self._stores.writer.taxonomy.list_countries()}
        if new.country not in known:
            raise InvalidValue("country", new.country, "not an ISO 3166 alpha-2 code")
        self._stores.writer.agreements.put_agreement(new, "user", True)
        return Changes(taxonomy=True)

    @writes("editing an agreement")
    def accept_agreement(self, record: Agreement) -> Changes:
        """Take a bundle's record the import held back because the user had edited theirs
        (BundleImport.agreements: what == "held")."""
        known = {c.code for c in self._stores.writer.taxonomy.list_countries()}
        if record.country not in known:
            raise InvalidValue("country", record.country, "not an ISO 3166 alpha-2 code")
        self._stores.writer.agreements.put_agreement(record, "bundle", False)
        return Changes(taxonomy=True)

    @writes("editing an agreement")
    def restore_agreement(self, agreement_id: str) -> Changes:
        """Put the shipped version back (the user's edit is dropped)."""
        shipped = shipped_agreement(agreement_id)
        if shipped is None:
            raise NotFound("shipped agreement", agreement_id)
        self._stores.writer.agreements.put_agreement(shipped, "shipped", False)
        return Changes(taxonomy=True)

    @writes("editing an agreement")
    def link_agreement_source(self, agreement_id: str, source_id: int,
                              linked: bool = True) -> Changes:
        """Mark a library source as the agreement's text or a source about it."""
        self._stores.writer.sources.get_source(source_id)
        self._stores.writer.agreements.link_agreement_source(agreement_id, source_id, linked)
        return Changes(taxonomy=True)

    def agreement_links(self) -> dict[str, tuple[int, ...]]:
        return self._stores.reader().agreements.agreement_source_links()

    def screen_case(self, case_id: int) -> CaseScreen:
        """Which agreement terms may put the respondent outside each named country's
        agreement, with sources, and the evidence per legal element (see screening.py)."""
        reader = self._stores.reader()
        case = reader.cases.get_case(case_id)
        elements = tuple((slug, labels[0]) for slug, labels in
                         taxonomy.load_legal_elements().items())
        counts: dict[tuple[str, str], int] = {}
        library: dict[tuple[str, str], int] = {}
        for code, element, n in reader.cases.coverage_counts(list(case.countries), case_id):
            counts[(code, element)] = n
        for code, element, n in reader.cases.coverage_counts(list(case.countries), None):
            library[(code, element)] = n
        exhibits = [
            (e.label, reader.sources.get_source(e.source_id)) for e in self._exhibits(case_id)
        ]
        return screen_case(
            case,
            reader.agreements.list_agreements(),
            elements,
            counts,
            library,
            exhibits,
            reader.agreements.agreement_source_links(),
        )

