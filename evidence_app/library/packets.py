"""`library.packets`: a case's packet (plan and build), its evidence summary, and the index
of the evidence by legal element.

The verbs coordinate store/ and packet/ and own no SQL. The packet prints the index by legal
element after its index of exhibits (on by default when some passage carries a risk type
with a legal element); `legal_index` writes the same lines alone, as PDF or DOCX, for
pasting into a brief. The packet pages of the summary and of that index come from the last
packet built when the case has not changed since (with the same options), else from a
fresh layout of the packet with its default options; the result says which.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from .. import taxonomy
from ..errors import InvalidValue, NotFound
from ..folder.files import original_path
from ..model import Progress, Source, no_progress
from ..model.cases import DEFAULT_PACKET_TITLE, Exhibit, PacketResult, SummaryResult
from ..packet import legal_index as li
from ..packet import legal_index_files, summary
from ..packet.build import DEFAULT_MAX_BYTES
from ..packet.build import build_packet as _build_packet
from ..packet.case_fields import parse_page_ranges
from ..packet.plan import PacketPlan, PlannedExhibit
from .cases import Cases
from .stores import Stores
from .translations import Translations
from .watch import Writing

LANGUAGES = ("en", "es")


class Packets:
    """The packet verbs; given the stores, the write lock (to remember a build's page map),
    the library folder (stored originals), the case and translation parts, and where the
    OCR'd copy of a source is (None: there is none)."""

    def __init__(
        self,
        *,
        stores: Stores,
        writing: Writing,
        folder: Path,
        cases: Cases,
        translations: Translations,
        ocr_file_path: Callable[[Source], Path | None],
    ) -> None:
        self._stores = stores
        self._writing = writing
        self._folder = folder
        self._cases = cases
        self._translations = translations
        self._ocr_file_path = ocr_file_path

    # ---------------------------------------------------------------- packet
    def packet_plan(self, case_id: int, *, today: date | None = None) -> PacketPlan:
        reader = self._stores.reader()
        case = reader.cases.get_case(case_id)
        planned = [self._plan_exhibit(e) for e in self._cases.exhibits(case_id)]
        names = []
        for code in case.countries:
            try:
                names.append(reader.taxonomy.get_country(code).name_en)
            except NotFound:
                names.append(code)
        return PacketPlan(case, tuple(planned), today or date.today(), tuple(names))

    def _plan_exhibit(self, exhibit: Exhibit) -> PlannedExhibit:
        reader = self._stores.reader()
        source = reader.sources.get_source(exhibit.source_id)
        excerpts = reader.excerpts.list_excerpts(ids=list(exhibit.excerpt_ids))
        all_pages = reader.sources.pages(source.id)
        wanted = {x.page_no for x in excerpts}
        if exhibit.scope == "pages":
            wanted |= set(parse_page_ranges(exhibit.page_ranges, 0))
        pages = [p for p in all_pages if exhibit.scope == "whole" or p.page_no in wanted]
        original = None
        if source.format == "pdf" and source.stored_file:
            # The OCR'd copy has the text layer the highlights are placed on.
            # paths from the hash, never from what the row names
            for path in (self._ocr_file_path(source), original_path(self._folder, source)):
                if path is not None and path.is_file():
                    original = path
                    break
        if not source.language:
            source = self._translations.language_from_text(source)
        return PlannedExhibit(exhibit, source, tuple(pages), tuple(excerpts), original,
                              self._translations.planned_translation(source.id))

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
                self._stores.writer.cases.save_packet_build(
                    case_id, _fingerprint(plan, options), result.total_pages, page_map
                )
        return result

    def packet_fonts(self) -> tuple[bool, tuple[str, ...]]:
        """Whether packets embed a Unicode font, and its files (the self-test names one)."""
        from ..packet.fonts import fontset

        fonts = fontset()
        return fonts.embedded, tuple(sorted(fonts.files))

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
        reader = self._stores.reader()
        country_names = {c.code: c.name_en for c in reader.taxonomy.list_countries()}
        risk_labels = {r.slug: r.label_en for r in reader.taxonomy.list_risk_types()}
        rows = summary.summary_rows(plan, pages, country_names, risk_labels)
        if fmt == "csv":
            summary.write_csv(rows, out)
        else:
            summary.write_pdf(
                rows, out, title=plan.case.packet_title or DEFAULT_PACKET_TITLE,
                matrix=self._cases.coverage(case_id), country_names=country_names, note=note,
            )
        return SummaryResult(str(out), tuple(rows), origin, note)

    def _summary_pages(
        self, case_id: int, plan: PacketPlan, compute_layout: bool
    ) -> tuple[dict[int, int], str, str]:
        stored = self._stores.reader().cases.packet_build(case_id)
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

    # ---------------------------------------------------------------- index by legal element
    def legal_terms(self, language: str = "en") -> li.LegalTerms:
        """Country names, legal elements and risk types (labels in `language`), in the
        order the index uses."""
        reader = self._stores.reader()
        es = language == "es"
        countries = {c.code: (c.name_es if es and c.name_es else c.name_en)
                     for c in reader.taxonomy.list_countries()}
        elements = {slug: labels[1] if es and labels[1] else labels[0]
                    for slug, labels in taxonomy.load_legal_elements().items()}
        risks = {
            r.slug: (r.label(language), r.legal_element) for r in reader.taxonomy.list_risk_types()
        }
        return li.LegalTerms(countries, elements, risks)

    def legal_index_default(self, case_id: int) -> bool:
        """Whether a packet of the case prints the index by legal element by default: some
        passage of its exhibits carries a risk type with a legal element."""
        reader = self._stores.reader()
        ids = [i for exhibit in self._cases.exhibits(case_id) for i in exhibit.excerpt_ids]
        if not ids:
            return False
        elements = {r.slug for r in reader.taxonomy.list_risk_types() if r.legal_element}
        return any(set(x.risks) & elements for x in reader.excerpts.list_excerpts(ids=ids))

    def _legal_index_lines(
        self, plan: PacketPlan, wanted: bool | None
    ) -> list[li.LegalIndexEntry] | None:
        """The packet section's lines, or None when it is not printed. `wanted` None: print
        it when some passage is tagged with a risk type that has a legal element."""
        if wanted is False:
            return None
        terms = self.legal_terms("en")  # the packet is filed in English
        if wanted is None and not li.has_tagged_excerpts(plan, terms):
            return None
        return li.legal_index_entries(plan, terms)

    def legal_index(
        self,
        case_id: int,
        out: Path | str,
        *,
        language: str = "en",
        compute_layout: bool = True,
    ) -> li.LegalIndexResult:
        """Write the index by legal element alone, as PDF or DOCX (by the file's suffix)."""
        out = Path(out)
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("pdf", "docx"):
            raise InvalidValue("out", str(out), "use a .pdf or .docx file name")
        if language not in LANGUAGES:
            raise InvalidValue("language", language, "en or es")
        if out.is_dir():
            raise InvalidValue("out", str(out), "is a folder; give a file name such as "
                               "Index.pdf")
        if not out.parent.is_dir():
            raise InvalidValue("out", str(out), f"the folder {out.parent} does not exist")
        plan = self.packet_plan(case_id)
        pages, origin, note = self._summary_pages(case_id, plan, compute_layout)
        entries = li.legal_index_entries(plan, self.legal_terms(language), pages, language)
        title = plan.case.packet_title or DEFAULT_PACKET_TITLE
        if fmt == "pdf":
            legal_index_files.write_pdf(entries, out, title=title, note=note, language=language)
        else:
            legal_index_files.write_docx(entries, out, title=title, note=note, language=language)
        return li.LegalIndexResult(str(out), tuple(entries), origin, note, language)


def _fingerprint(plan: PacketPlan, options: dict[str, Any]) -> str:
    data = json.dumps([plan.fingerprint(), sorted(options.items())])
    return hashlib.sha256(data.encode()).hexdigest()[:32]


def _check_output(out: Path) -> None:
    """Refuse, before any work, a file name the packet or summary cannot be written to."""
    if out.is_dir():
        raise InvalidValue("out", str(out), "is a folder; give a file name such as Packet.pdf")
    if out.exists() and not out.is_file():
        raise InvalidValue("out", str(out), "is not a regular file")
    if out.parent.exists() and not out.parent.is_dir():
        raise InvalidValue("out", str(out), f"{out.parent} is not a folder")
