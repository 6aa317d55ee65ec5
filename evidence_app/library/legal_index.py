"""Facade verbs for the index of the evidence by legal element (a mixin of Library).

The packet prints the index after its index of exhibits (on by default when some passage
carries a risk type with a legal element); `legal_index` writes the same lines alone, as
PDF or DOCX, for pasting into a brief. Its packet pages come from the last packet built
when the case has not changed since (and that packet had the index), else from a fresh
layout of the packet with its default options; the result says which.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import taxonomy
from ..errors import InvalidValue
from ..model.cases import DEFAULT_PACKET_TITLE
from ..packet import legal_index as li
from ..packet import legal_index_files

if TYPE_CHECKING:
    from ..model.cases import Exhibit
    from ..packet.plan import PacketPlan
    from ..store import Store

LANGUAGES = ("en", "es")


class LegalIndexMixin:
    """Library inherits these verbs; they own no SQL."""

    if TYPE_CHECKING:

        def _reader(self) -> Store: ...
        def packet_plan(self, case_id: int) -> PacketPlan: ...
        def exhibits(self, case_id: int) -> list[Exhibit]: ...
        def _summary_pages(
            self, case_id: int, plan: PacketPlan, compute_layout: bool
        ) -> tuple[dict[int, int], str, str]: ...

    def legal_terms(self, language: str = "en") -> li.LegalTerms:
        """Country names, legal elements and risk types (labels in `language`), in the
        order the index uses."""
        reader = self._reader()
        es = language == "es"
        countries = {c.code: (c.name_es if es and c.name_es else c.name_en)
                     for c in reader.list_countries()}
        elements = {slug: labels[1] if es and labels[1] else labels[0]
                    for slug, labels in taxonomy.load_legal_elements().items()}
        risks = {r.slug: (r.label(language), r.legal_element) for r in reader.list_risk_types()}
        return li.LegalTerms(countries, elements, risks)

    def legal_index_default(self, case_id: int) -> bool:
        """Whether a packet of the case prints the index by legal element by default: some
        passage of its exhibits carries a risk type with a legal element."""
        reader = self._reader()
        ids = [i for exhibit in self.exhibits(case_id) for i in exhibit.excerpt_ids]
        if not ids:
            return False
        elements = {r.slug for r in reader.list_risk_types() if r.legal_element}
        return any(set(x.risks) & elements for x in reader.list_excerpts(ids=ids))

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
