"""Facade verbs for how a case's exhibits are labelled (a mixin of Library).

Practitioners letter the respondent's own documents (A, B, C) and number the country
conditions documents (1, 2, 3) (Immigration Equality's asylum manual; PACKET.md); an exhibit
is the respondent's own when it is marked lettered. A case may instead number every exhibit
in one sequence. Tab labels, the index of exhibits and the index by legal element follow
the choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import InvalidValue
from ..folder.locking import writes
from ..model import Changes

if TYPE_CHECKING:
    from ..store import Store

NUMBERINGS = ("convention", "sequential")


class NumberingMixin:
    """Library inherits these verbs; they own no SQL."""

    if TYPE_CHECKING:
        store: Store

        def _reader(self) -> Store: ...

    def exhibit_numbering(self, case_id: int) -> str:
        """"convention" (own documents lettered, country conditions numbered) or
        "sequential" (every exhibit numbered)."""
        return self._reader().exhibit_numbering(case_id)

    @writes("editing a case")
    def set_exhibit_numbering(self, case_id: int, numbering: str) -> Changes:
        if numbering not in NUMBERINGS:
            raise InvalidValue("numbering", numbering, " or ".join(NUMBERINGS))
        self.store.set_exhibit_numbering(case_id, numbering)
        return Changes(cases=True)
