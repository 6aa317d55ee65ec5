"""Facade verbs that check citations before a packet is built (a mixin of Library)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..citing.origins import citation_gaps
from ..model import CitationCheck
from ..model.cases import Exhibit

if TYPE_CHECKING:
    from ..store import Store


class CitationChecksMixin:
    """Library inherits these verbs."""

    if TYPE_CHECKING:

        def _reader(self) -> Store: ...
        def exhibits(self, case_id: int) -> list[Exhibit]: ...

    def citation_checks(self, case_id: int) -> list[CitationCheck]:
        """The case's exhibits whose citation is still a guess or incomplete, in packet
        order: the export dialog and `packet build` list them before building."""
        reader = self._reader()
        checks: list[CitationCheck] = []
        for exhibit in self.exhibits(case_id):
            source = reader.get_source(exhibit.source_id)
            gaps = citation_gaps(source)
            if gaps:
                checks.append(
                    CitationCheck(exhibit.id, exhibit.label, source.id, source.title, gaps)
                )
        return checks
