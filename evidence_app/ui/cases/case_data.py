"""Everything the Cases view shows about one case, read in one background call.

Plain data (no widgets), so it can be built on a worker thread and handed to the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from evidence_app.model import Excerpt, Source
from evidence_app.model.cases import Case, CoverageMatrix, CurrencyWarning, Exhibit

if TYPE_CHECKING:
    from evidence_app.library.facade import Library


@dataclass(frozen=True)
class CaseData:
    case: Case
    exhibits: tuple[Exhibit, ...] = ()
    sources: dict[int, Source] = field(default_factory=dict)
    citations: dict[int, str] = field(default_factory=dict)  # exhibit id -> full citation
    warnings: dict[int, CurrencyWarning] = field(default_factory=dict)  # by exhibit id
    excerpts: dict[int, Excerpt] = field(default_factory=dict)  # excerpts of the exhibits
    coverage: CoverageMatrix | None = None
    # exhibits not in English with no English translation to certify (see Library)
    missing_translations: tuple[int, ...] = ()

    def needs_translation(self) -> list[Exhibit]:
        """Exhibits whose source is not in English (a translation certificate applies)."""
        out = []
        for exhibit in self.exhibits:
            source = self.sources.get(exhibit.source_id)
            if source is not None and source.language and source.language != "en":
                out.append(exhibit)
        return out


def load_case_data(library: Library, case_id: int, scope: str = "case") -> CaseData:
    case = library.cases.case(case_id)
    exhibits = tuple(library.cases.exhibits(case_id))
    ids = sorted({e.source_id for e in exhibits})
    sources = {s.id: s for s in library.catalog.sources(ids)} if ids else {}
    citations: dict[int, str] = {}
    if exhibits:
        lines = library.cases.citations(case_id, "text").split("\n")
        if len(lines) == len(exhibits):
            # each line is "Tab N. <citation>", in exhibit order
            citations = {e.id: line.partition(". ")[2] or line
                         for e, line in zip(exhibits, lines, strict=True)}
    warnings = {w.exhibit_id: w for w in library.cases.currency_warnings(case_id)}
    wanted = {i for e in exhibits for i in e.excerpt_ids}
    excerpts: dict[int, Excerpt] = {}
    for source_id in {e.source_id for e in exhibits if e.excerpt_ids}:
        for excerpt in library.excerpts.excerpts(source_id=source_id):
            if excerpt.id in wanted:
                excerpts[excerpt.id] = excerpt
    coverage = library.cases.coverage(case_id, scope)
    missing = (
        tuple(e.id for e in library.translations.missing_translations(case_id)) if exhibits else ()
    )
    return CaseData(case, exhibits, sources, citations, warnings, excerpts, coverage, missing)
