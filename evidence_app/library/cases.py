"""`library.cases`: cases, their exhibits and how they are labelled, and what a case's
evidence covers (coverage, currency, citations and their checks).

The verbs validate and coordinate store/; they own no SQL. Case data is private: it is never
logged (errors name fields, not values, for name and A-number) and never leaves the local
library except in the packet the user builds (packets.py).

Exhibit numbering: practitioners letter the respondent's own documents (A, B, C) and number
the country conditions documents (1, 2, 3) (Immigration Equality's asylum manual; PACKET.md);
an exhibit is the respondent's own when it is marked lettered. A case may instead number
every exhibit in one sequence. Tab labels, the index of exhibits and the index by legal
element follow the choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from .. import taxonomy
from ..citing import csl
from ..citing.citation import exhibit_label
from ..citing.origins import citation_gaps
from ..errors import InvalidValue
from ..folder.locking import writes
from ..model import Changes, CitationCheck, Excerpt
from ..model.cases import (
    DEFAULT_PACKET_TITLE,
    Case,
    CoverageMatrix,
    CurrencyWarning,
    Exhibit,
)
from ..packet.case_fields import (
    clean_case_fields,
    format_page_ranges,
    normalise_a_number,
    parse_page_ranges,
)
from ..packet.currency import currency_warnings as _currency_warnings
from .stores import Stores
from .taxonomy_edits import Taxonomy
from .watch import Writing

NUMBERINGS = ("convention", "sequential")


class Cases:
    """The case verbs; given the stores, the write lock and the taxonomy part (to check
    country codes)."""

    def __init__(self, *, stores: Stores, writing: Writing, taxonomy: Taxonomy) -> None:
        self._stores = stores
        self._writing = writing
        self._taxonomy = taxonomy

    # ---------------------------------------------------------------- cases
    @writes("editing a case")
    def new_case(self, *, countries: Sequence[str] = (), **fields: Any) -> Case:
        clean = clean_case_fields(fields)
        clean.setdefault("packet_title", DEFAULT_PACKET_TITLE)
        if clean.get("nationality"):
            self._taxonomy.valid_countries([clean["nationality"]])
        store = self._stores.writer
        case_id = store.cases.insert_case(clean, self._taxonomy.valid_countries(countries))
        return store.cases.get_case(case_id)

    @writes("editing a case")
    def edit_case(
        self, case_id: int, *, countries: Sequence[str] | None = None, **fields: Any
    ) -> Changes:
        clean = clean_case_fields(fields)
        if clean.get("nationality"):
            self._taxonomy.valid_countries([clean["nationality"]])
        codes = None if countries is None else self._taxonomy.valid_countries(countries)
        self._stores.writer.cases.update_case(case_id, clean, codes)
        return Changes(cases=True)

    def case(self, case_id: int) -> Case:
        return self._stores.reader().cases.get_case(case_id)

    def cases(self) -> list[Case]:
        return self._stores.reader().cases.list_cases()

    @writes("deleting a case")
    def delete_case(self, case_id: int) -> Changes:
        self._stores.writer.cases.delete_case(case_id)
        return Changes(cases=True)

    def cases_using_source(self, source_id: int) -> list[int]:
        """Cases with an exhibit of this source (such a source cannot be deleted)."""
        return self._stores.reader().cases.cases_using_source(source_id)

    # ---------------------------------------------------------------- exhibits
    def exhibits(self, case_id: int) -> list[Exhibit]:
        """Exhibits in packet order with their tab labels (1, 2… and A, B…)."""
        reader = self._stores.reader()
        reader.cases.get_case(case_id)
        letters = reader.cases.exhibit_numbering(case_id) != "sequential"
        return _labelled(reader.cases.list_exhibits(case_id), letters)

    def exhibit(self, exhibit_id: int) -> Exhibit:
        exhibit = self._stores.reader().cases.get_exhibit(exhibit_id)
        return next(e for e in self.exhibits(exhibit.case_id) if e.id == exhibit_id)

    @writes("editing a case")
    def add_exhibit(
        self,
        case_id: int,
        source_id: int,
        *,
        pages: str | Sequence[int] | None = None,
        lettered: bool = False,
    ) -> Exhibit:
        """A whole source, or chosen pages of it ("3-5,9" or [3, 4, 5, 9])."""
        source = self._stores.writer.sources.get_source(source_id)
        ranges = ""
        if pages:
            text = pages if isinstance(pages, str) else ",".join(str(p) for p in pages)
            ranges = format_page_ranges(parse_page_ranges(text, source.page_count))
        exhibit_id = self._stores.writer.cases.insert_exhibit(
            case_id, source_id, "pages" if ranges else "whole", ranges, lettered
        )
        return self.exhibit(exhibit_id)

    @writes("editing a case")
    def add_excerpts_exhibit(
        self, case_id: int, excerpt_ids: Sequence[int], *, lettered: bool = False
    ) -> list[Exhibit]:
        """Excerpts join the case's exhibit of their source, or a new excerpt exhibit."""
        if not excerpt_ids:
            raise InvalidValue("excerpts", [], "no excerpt given")
        store = self._stores.writer
        excerpts = [store.excerpts.get_excerpt(i) for i in dict.fromkeys(excerpt_ids)]
        existing = {e.source_id: e for e in store.cases.list_exhibits(case_id)
                    if e.lettered == lettered}
        touched: list[int] = []
        by_source: dict[int, list[Excerpt]] = {}
        for excerpt in excerpts:
            by_source.setdefault(excerpt.source_id, []).append(excerpt)
        for source_id, group in by_source.items():
            ids = [x.id for x in group]
            if source_id in existing:
                store.cases.add_exhibit_excerpts(existing[source_id].id, ids)
                touched.append(existing[source_id].id)
            else:
                touched.append(
                    store.cases.insert_exhibit(case_id, source_id, "excerpts", "", lettered, ids)
                )
        labelled = {e.id: e for e in self.exhibits(case_id)}
        return [labelled[i] for i in touched]

    @writes("editing a case")
    def edit_exhibit(
        self,
        exhibit_id: int,
        *,
        pages: str | None = None,
        lettered: bool | None = None,
        remove_excerpts: Sequence[int] = (),
    ) -> Changes:
        """pages="" makes it the whole source; remove_excerpts takes passages out of it."""
        exhibit = self._stores.writer.cases.get_exhibit(exhibit_id)
        scope, ranges = exhibit.scope, exhibit.page_ranges
        if pages is not None:
            if pages.strip():
                source = self._stores.writer.sources.get_source(exhibit.source_id)
                ranges = format_page_ranges(parse_page_ranges(pages, source.page_count))
                scope = "pages"
            else:
                scope, ranges = "whole", ""
        self._stores.writer.cases.update_exhibit(
            exhibit_id, scope, ranges, exhibit.lettered if lettered is None else lettered
        )
        if remove_excerpts:
            self._stores.writer.cases.remove_exhibit_excerpts(exhibit_id, list(remove_excerpts))
        return Changes(cases=True)

    @writes("editing a case")
    def move_exhibit(self, exhibit_id: int, position: int) -> Changes:
        """Put the exhibit at a 1-based position in its case; labels follow the order."""
        self._stores.writer.cases.move_exhibit(exhibit_id, position)
        return Changes(cases=True)

    @writes("editing a case")
    def remove_exhibit(self, exhibit_id: int) -> Changes:
        self._stores.writer.cases.delete_exhibit(exhibit_id)
        return Changes(cases=True)

    def exhibit_numbering(self, case_id: int) -> str:
        """"convention" (own documents lettered, country conditions numbered) or
        "sequential" (every exhibit numbered)."""
        return self._stores.reader().cases.exhibit_numbering(case_id)

    @writes("editing a case")
    def set_exhibit_numbering(self, case_id: int, numbering: str) -> Changes:
        if numbering not in NUMBERINGS:
            raise InvalidValue("numbering", numbering, " or ".join(NUMBERINGS))
        self._stores.writer.cases.set_exhibit_numbering(case_id, numbering)
        return Changes(cases=True)

    # ---------------------------------------------------------------- analysis
    def coverage(self, case_id: int, scope: str = "case") -> CoverageMatrix:
        """Excerpt counts per case country and legal element; zero cells are gaps."""
        if scope not in ("case", "library"):
            raise InvalidValue("scope", scope, "case or library")
        reader = self._stores.reader()
        case = reader.cases.get_case(case_id)
        elements = tuple((slug, labels[0]) for slug, labels in
                         taxonomy.load_legal_elements().items())
        counts: dict[tuple[str, str], int] = {}
        untagged: dict[str, int] = {}
        rows = reader.cases.coverage_counts(
            list(case.countries), case_id if scope == "case" else None
        )
        for code, element, n in rows:
            if element:
                counts[(code, element)] = n
            else:
                untagged[code] = n
        return CoverageMatrix(case_id, scope, case.countries, elements, counts, untagged)

    def currency_warnings(
        self, case_id: int, *, years: int = 3, today: date | None = None
    ) -> list[CurrencyWarning]:
        """Exhibits whose source is `years` or more old, with a newer edition if the library
        has one."""
        exhibits = self.exhibits(case_id)
        reader = self._stores.reader()
        library = reader.sources.list_sources()
        sources = {s.id: s for s in library}
        names = {c.code: (c.name_en, c.name_es, *c.names) for c in reader.taxonomy.list_countries()}
        return _currency_warnings(
            exhibits, sources, library, today or date.today(), names, years
        )

    def citations(self, case_id: int, fmt: str = "csl-json") -> str:
        exhibits = self.exhibits(case_id)
        reader = self._stores.reader()
        sources = {s.id: s for s in reader.sources.list_sources([e.source_id for e in exhibits])}
        if fmt == "csl-json":
            return csl.csl_json(exhibits, sources)
        if fmt == "text":
            return csl.text_list(exhibits, sources)
        raise InvalidValue("format", fmt, "csl-json or text")

    def citation_checks(self, case_id: int) -> list[CitationCheck]:
        """The case's exhibits whose citation is still a guess or incomplete, in packet
        order: the export dialog and `packet build` list them before building."""
        reader = self._stores.reader()
        checks: list[CitationCheck] = []
        for exhibit in self.exhibits(case_id):
            source = reader.sources.get_source(exhibit.source_id)
            gaps = citation_gaps(source)
            if gaps:
                checks.append(
                    CitationCheck(exhibit.id, exhibit.label, source.id, source.title, gaps)
                )
        return checks


def _labelled(exhibits: Sequence[Exhibit], letters: bool = True) -> list[Exhibit]:
    """Tab labels in packet order: lettered exhibits A, B…, the others 1, 2…; `letters`
    False numbers every exhibit in one sequence."""
    numbered = lettered = 0
    out = []
    for exhibit in exhibits:
        if exhibit.lettered and letters:
            lettered += 1
            label = exhibit_label(lettered, True)
        else:
            numbered += 1
            label = exhibit_label(numbered, False)
        out.append(replace(exhibit, label=label))
    return out


__all__ = ["NUMBERINGS", "Cases", "format_page_ranges", "normalise_a_number",
           "parse_page_ranges"]
