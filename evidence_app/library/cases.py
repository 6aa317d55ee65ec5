"""Facade verbs for cases, exhibits and packets (a mixin of Library).

They validate, coordinate store/ and packet/, and own no SQL. Case data is private: it
is never logged (errors name fields, not values, for name and A-number) and never leaves
the local library except in the packet the user builds.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import taxonomy
from ..citing import csl
from ..citing.citation import exhibit_label
from ..errors import InvalidValue, NotFound
from ..folder.locking import writes
from ..model import Changes, Excerpt, Progress, Source, no_progress
from ..model.cases import (
    DEFAULT_PACKET_TITLE,
    Case,
    CoverageMatrix,
    CurrencyWarning,
    Exhibit,
    PacketResult,
    SummaryResult,
)
from ..packet import summary
from ..packet.build import DEFAULT_MAX_BYTES
from ..packet.build import build_packet as _build_packet
from ..packet.case_fields import (
    clean_case_fields,
    format_page_ranges,
    normalise_a_number,
    parse_page_ranges,
)
from ..packet.currency import currency_warnings as _currency_warnings
from ..packet.plan import PacketPlan, PlannedExhibit, PlannedTranslation

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from ..model import Source
    from ..packet.legal_index import LegalIndexEntry
    from ..store import Store


class CasesMixin:
    """Library inherits these verbs; they coordinate store/ and packet/ and own no SQL."""

    if TYPE_CHECKING:
        store: Store
        folder: Path

        def _reader(self) -> Store: ...
        def _valid_countries(self, codes: Iterable[str]) -> list[str]: ...
        def _language_from_text(self, reader: Store, source: Source) -> Source: ...
        def _planned_translation(
            self, reader: Store, source_id: int
        ) -> PlannedTranslation | None: ...
        def file_path(self, source: Source) -> Path: ...
        def _legal_index_lines(
            self, plan: PacketPlan, wanted: bool | None
        ) -> list[LegalIndexEntry] | None: ...
        def ocr_file_path(self, source: Source) -> Path | None: ...
        def _writing(
            self, doing: str, wait: float | None = None
        ) -> AbstractContextManager[None]: ...

    # ---------------------------------------------------------------- cases
    @writes("editing a case")
    def new_case(self, *, countries: Sequence[str] = (), **fields: Any) -> Case:
        clean = clean_case_fields(fields)
        clean.setdefault("packet_title", DEFAULT_PACKET_TITLE)
        if clean.get("nationality"):
            self._valid_countries([clean["nationality"]])
        case_id = self.store.insert_case(clean, self._valid_countries(countries))
        return self.store.get_case(case_id)

    @writes("editing a case")
    def edit_case(
        self, case_id: int, *, countries: Sequence[str] | None = None, **fields: Any
    ) -> Changes:
        clean = clean_case_fields(fields)
        if clean.get("nationality"):
            self._valid_countries([clean["nationality"]])
        codes = None if countries is None else self._valid_countries(countries)
        self.store.update_case(case_id, clean, codes)
        return Changes(cases=True)

    def case(self, case_id: int) -> Case:
        return self._reader().get_case(case_id)

    def cases(self) -> list[Case]:
        return self._reader().list_cases()

    @writes("deleting a case")
    def delete_case(self, case_id: int) -> Changes:
        self.store.delete_case(case_id)
        return Changes(cases=True)

    def cases_using_source(self, source_id: int) -> list[int]:
        """Cases with an exhibit of this source (such a source cannot be deleted)."""
        return self._reader().cases_using_source(source_id)

    # ---------------------------------------------------------------- exhibits
    def exhibits(self, case_id: int) -> list[Exhibit]:
        """Exhibits in packet order with their tab labels (1, 2… and A, B…)."""
        reader = self._reader()
        reader.get_case(case_id)
        letters = reader.exhibit_numbering(case_id) != "sequential"
        return _labelled(reader.list_exhibits(case_id), letters)

    def exhibit(self, exhibit_id: int) -> Exhibit:
        exhibit = self._reader().get_exhibit(exhibit_id)
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
        source = self.store.get_source(source_id)
        ranges = ""
        if pages:
            text = pages if isinstance(pages, str) else ",".join(str(p) for p in pages)
            ranges = format_page_ranges(parse_page_ranges(text, source.page_count))
        exhibit_id = self.store.insert_exhibit(
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
        excerpts = [self.store.get_excerpt(i) for i in dict.fromkeys(excerpt_ids)]
        existing = {e.source_id: e for e in self.store.list_exhibits(case_id)
                    if e.lettered == lettered}
        touched: list[int] = []
        by_source: dict[int, list[Excerpt]] = {}
        for excerpt in excerpts:
            by_source.setdefault(excerpt.source_id, []).append(excerpt)
        for source_id, group in by_source.items():
            ids = [x.id for x in group]
            if source_id in existing:
                self.store.add_exhibit_excerpts(existing[source_id].id, ids)
                touched.append(existing[source_id].id)
            else:
                touched.append(
                    self.store.insert_exhibit(case_id, source_id, "excerpts", "", lettered, ids)
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
        exhibit = self.store.get_exhibit(exhibit_id)
        scope, ranges = exhibit.scope, exhibit.page_ranges
        if pages is not None:
            if pages.strip():
                source = self.store.get_source(exhibit.source_id)
                ranges = format_page_ranges(parse_page_ranges(pages, source.page_count))
                scope = "pages"
            else:
                scope, ranges = "whole", ""
        self.store.update_exhibit(
            exhibit_id, scope, ranges, exhibit.lettered if lettered is None else lettered
        )
        if remove_excerpts:
            self.store.remove_exhibit_excerpts(exhibit_id, list(remove_excerpts))
        return Changes(cases=True)

    @writes("editing a case")
    def move_exhibit(self, exhibit_id: int, position: int) -> Changes:
        """Put the exhibit at a 1-based position in its case; labels follow the order."""
        self.store.move_exhibit(exhibit_id, position)
        return Changes(cases=True)

    @writes("editing a case")
    def remove_exhibit(self, exhibit_id: int) -> Changes:
        self.store.delete_exhibit(exhibit_id)
        return Changes(cases=True)

    # ---------------------------------------------------------------- analysis
    def coverage(self, case_id: int, scope: str = "case") -> CoverageMatrix:
        """Excerpt counts per case country and legal element; zero cells are gaps."""
        if scope not in ("case", "library"):
            raise InvalidValue("scope", scope, "case or library")
        reader = self._reader()
        case = reader.get_case(case_id)
        elements = tuple((slug, labels[0]) for slug, labels in
                         taxonomy.load_legal_elements().items())
        counts: dict[tuple[str, str], int] = {}
        untagged: dict[str, int] = {}
        rows = reader.coverage_counts(list(case.countries), case_id if scope == "case" else None)
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
        reader = self._reader()
        library = reader.list_sources()
        sources = {s.id: s for s in library}
        names = {c.code: (c.name_en, c.name_es, *c.names) for c in reader.list_countries()}
        return _currency_warnings(
            exhibits, sources, library, today or date.today(), names, years
        )

    def citations(self, case_id: int, fmt: str = "csl-json") -> str:
        exhibits = self.exhibits(case_id)
        sources = {s.id: s for s in self._reader().list_sources([e.source_id for e in exhibits])}
        if fmt == "csl-json":
            return csl.csl_json(exhibits, sources)
        if fmt == "text":
            return csl.text_list(exhibits, sources)
        raise InvalidValue("format", fmt, "csl-json or text")

    # ---------------------------------------------------------------- packet
    def packet_plan(self, case_id: int, *, today: date | None = None) -> PacketPlan:
        reader = self._reader()
        case = reader.get_case(case_id)
        planned = [self._plan_exhibit(reader, e) for e in self.exhibits(case_id)]
        names = []
        for code in case.countries:
            try:
                names.append(reader.get_country(code).name_en)
            except NotFound:
                names.append(code)
        return PacketPlan(case, tuple(planned), today or date.today(), tuple(names))

    def _plan_exhibit(self, reader: Store, exhibit: Exhibit) -> PlannedExhibit:
        source = reader.get_source(exhibit.source_id)
        excerpts = reader.list_excerpts(ids=list(exhibit.excerpt_ids))
        all_pages = reader.pages(source.id)
        wanted = {x.page_no for x in excerpts}
        if exhibit.scope == "pages":
            wanted |= set(parse_page_ranges(exhibit.page_ranges, 0))
        pages = [p for p in all_pages if exhibit.scope == "whole" or p.page_no in wanted]
        original = None
        if source.format == "pdf" and source.stored_file:
            # The OCR'd copy has the text layer the highlights are placed on.
            # paths from the hash, never from what the row names
            for path in (self.ocr_file_path(source), self.file_path(source)):
                if path is not None and path.is_file():
                    original = path
                    break
        if not source.language:
            source = self._language_from_text(reader, source)
        return PlannedExhibit(exhibit, source, tuple(pages), tuple(excerpts), original,
                              self._planned_translation(reader, source.id))

    def build_packet(
        self,
        case_id: int,
        out: Path | str,
        *,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
        service: bool = False,
        translations: bool = True,
        translations_to_follow: bool = False,
        legal_index: bool | None = None,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> PacketResult:
        """Write the packet (split into _PartN files above max_bytes); remember its page map.

        `legal_index`: print the index of the evidence by legal element after the index of
        exhibits; None prints it when some passage is tagged with a legal element.

        Raises TranslationMissing when exhibits not in English have no English translation,
        unless `translations_to_follow` (the index then marks them "translation to follow")."""
        _check_output(Path(out))
        plan = self.packet_plan(case_id)
        if not plan.exhibits:
            raise InvalidValue("case", case_id, "has no exhibits")
        lines = self._legal_index_lines(plan, legal_index)
        result = _build_packet(
            plan, Path(out), max_bytes=max_bytes, service=service, translations=translations,
            translations_to_follow=translations_to_follow, legal_index=lines,
            progress=progress, cancel=cancel,
        )
        if not result.cancelled:
            options = {"service": service, "translations": translations,
                       "legal_index": lines is not None}
            page_map = {
                "options": options,
                "exhibits": {str(r.exhibit_id): [r.first_page, r.last_page, r.part]
                             for r in result.index},
                "excerpts": {str(k): v for k, v in result.excerpt_pages.items()},
            }
            with self._writing("saving a packet's page map"):
                self.store.save_packet_build(
                    case_id, _fingerprint(plan, options), result.total_pages, page_map
                )
        return result

    def evidence_summary(
        self, case_id: int, out: Path | str, *, compute_layout: bool = True
    ) -> SummaryResult:
        """Write the summary as PDF or CSV (by the file's suffix)."""
        out = Path(out)
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("pdf", "csv"):
            raise InvalidValue("out", str(out), "use a .pdf or .csv file name")
        _check_output(out)
        plan = self.packet_plan(case_id)
        pages, origin, note = self._summary_pages(case_id, plan, compute_layout)
        reader = self._reader()
        country_names = {c.code: c.name_en for c in reader.list_countries()}
        risk_labels = {r.slug: r.label_en for r in reader.list_risk_types()}
        rows = summary.summary_rows(plan, pages, country_names, risk_labels)
        if fmt == "csv":
            summary.write_csv(rows, out)
        else:
            summary.write_pdf(
                rows, out, title=plan.case.packet_title or DEFAULT_PACKET_TITLE,
                matrix=self.coverage(case_id), country_names=country_names, note=note,
            )
        return SummaryResult(str(out), tuple(rows), origin, note)

    def _summary_pages(
        self, case_id: int, plan: PacketPlan, compute_layout: bool
    ) -> tuple[dict[int, int], str, str]:
        stored = self._reader().packet_build(case_id)
        if stored is not None:
            fingerprint, _, page_map = stored
            if fingerprint == _fingerprint(plan, page_map.get("options", {})):
                pages = {int(k): int(v) for k, v in page_map.get("excerpts", {}).items()}
                return pages, "last_build", "Packet pages are those of the last packet built."
        if not compute_layout or not plan.exhibits:
            return {}, "none", "Packet pages are blank: build the packet to fill them in."
        with tempfile.TemporaryDirectory(prefix="evidence-summary-") as tmp:
            result = _build_packet(plan, Path(tmp) / "packet.pdf", max_bytes=None,
                                   translations_to_follow=True,
                                   legal_index=self._legal_index_lines(plan, None))
        note = ("Packet pages come from a fresh layout (no certificate of service); build the "
                "packet to be sure they match the file you file.")
        return dict(result.excerpt_pages), "computed", note


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


def _fingerprint(plan: PacketPlan, options: dict[str, Any]) -> str:
    data = json.dumps([plan.fingerprint(), sorted(options.items())])
    return hashlib.sha256(data.encode()).hexdigest()[:32]


__all__ = ["CasesMixin", "format_page_ranges", "normalise_a_number", "parse_page_ranges"]


def _check_output(out: Path) -> None:
    """Refuse, before any work, a file name the packet or summary cannot be written to."""
    if out.is_dir():
        raise InvalidValue("out", str(out), "is a folder; give a file name such as Packet.pdf")
    if out.exists() and not out.is_file():
        raise InvalidValue("out", str(out), "is not a regular file")
    if out.parent.exists() and not out.parent.is_dir():
        raise InvalidValue("out", str(out), f"{out.parent} is not a folder")
