"""`library.passages`: passage-level risk types (coordinates, owns no SQL).

Every page gets the risk types it is about (labelling/passage_risks.py), stored in
`page_risks` (SQLite stays the truth; search reads the labels from there). Labels are made
at import, made again with the section headings once those are read, and for sources not
yet labelled with the current taxonomy (an older library, a bundle, edited keywords) by
`label_passages`, which the GUI runs in the background with progress.

A source's risk types are what the user set; where the user set none, the union of its
passages' types (`effective_risks`). Import no longer applies source-level risk tags.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from ..errors import Cancelled
from ..folder.locking import writes
from ..labelling.passage_labels import store_labels, taxonomy_fingerprint
from ..model import Changes, Progress, no_progress
from .stores import Stores
from .watch import Writing


class Passages:
    """The risk types of sources' passages: labelling them and reading the labels."""

    def __init__(self, *, stores: Stores, writing: Writing) -> None:
        self._stores = stores
        self._writing = writing

    def sources_to_label(self) -> list[int]:
        """Sources whose passages are not labelled with the current taxonomy."""
        reader = self._stores.reader()
        return reader.passage_risks.sources_to_label(
            taxonomy_fingerprint(reader.taxonomy.list_risk_types(False)))

    @writes("labelling passages with risk types")
    def label_passages(
        self,
        source_ids: Sequence[int] | None = None,
        *,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> Changes:
        """Label the passages of these sources (None: every source not labelled with the
        current taxonomy). Each source is written on its own: a cancelled run keeps what it
        finished, and the rest is labelled next time."""
        store = self._stores.writer
        risks = store.taxonomy.list_risk_types(False)
        todo = list(source_ids) if source_ids is not None else store.passage_risks.sources_to_label(
            taxonomy_fingerprint(risks))
        for n, source_id in enumerate(todo):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            progress(n, len(todo), "")
            with store.transaction():
                store_labels(store, source_id, risks)
        progress(len(todo), len(todo), "")
        return Changes(tags=bool(todo))

    def passage_risks(
        self, source_id: int, page_nos: Sequence[int] | None = None
    ) -> dict[int, dict[str, float]]:
        """{page_no: {slug: score}}: the risk types of the source's passages."""
        return self._stores.reader().passage_risks.page_risks(source_id, page_nos)

    def passage_risk_counts(self) -> dict[int, dict[str, int]]:
        """{source_id: {slug: labelled passages}} over the library."""
        return self._stores.reader().passage_risks.passage_risk_counts()

    def effective_risks(self, source_id: int, user_risks: Sequence[str]) -> tuple[str, ...]:
        """A source's risk types: those the user set, else the union of its passages'."""
        if user_risks:
            return tuple(user_risks)
        return (
            self._stores.reader().passage_risks.passage_risk_union([source_id]).get(source_id, ())
        )
