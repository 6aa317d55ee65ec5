"""Facade verbs for passage-level risk types (a mixin of Library; coordinates, owns no SQL).

Every page gets the risk types it is about (passage_risks.py), stored in `page_risks`
(SQLite stays the truth; search reads the labels from there). Labels are made at import,
made again with the section headings once those are read, and for sources not yet
labelled with the current taxonomy (an older library, a bundle, edited keywords) by
`label_passages`, which the GUI runs in the background with progress.

A source's risk types are what the user set; where the user set none, the union of its
passages' types (`effective_risks`). Import no longer applies source-level risk tags.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import Cancelled
from ..folder.locking import writes
from ..labelling.passage_risks import HeadingSpan, label_pages
from ..model import Changes, Progress, RiskType, no_progress

if TYPE_CHECKING:
    from ..store import Store

log = logging.getLogger(__name__)

# Bump when the labeller's rules change: every source is labelled again in the background.
LABELLER_VERSION = 1


def taxonomy_fingerprint(risks: Sequence[RiskType]) -> str:
    """What passage labels depend on: the labeller's version and the visible risk types'
    keywords."""
    data = [LABELLER_VERSION] + sorted(
        [r.slug, sorted(r.keywords)] for r in risks if not r.hidden)
    return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def store_labels(
    store: Store,
    source_id: int,
    risks: Sequence[RiskType],
    pages: Sequence[tuple[int, str]] | None = None,
) -> int:
    """Label the pages of one stored source (with its section headings when it has them)
    and keep the labels; returns how many pages got any. The one call the importer makes
    (it passes the page texts it has just stored: `pages`, (page_no, text))."""
    if pages is None:
        pages = [(p.page_no, p.text) for p in store.pages(source_id)]
    headings: dict[int, list[HeadingSpan]] = {}
    for row in store.page_headings(source_id):
        headings.setdefault(row.page_no, []).append(
            HeadingSpan(row.level, row.heading, row.start))
    labels = label_pages(pages, risks, headings)
    store.replace_page_risks(source_id, labels, taxonomy_fingerprint(risks))
    return len(labels)


class PassageRisksMixin:
    """Library inherits these verbs."""

    if TYPE_CHECKING:
        store: Store

        def _reader(self) -> Store: ...
        def risk_types(self, include_hidden: bool = True) -> list[RiskType]: ...

    def sources_to_label(self) -> list[int]:
        """Sources whose passages are not labelled with the current taxonomy."""
        reader = self._reader()
        return reader.sources_to_label(
            taxonomy_fingerprint(reader.list_risk_types(False)))

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
        risks = self.store.list_risk_types(False)
        todo = list(source_ids) if source_ids is not None else self.store.sources_to_label(
            taxonomy_fingerprint(risks))
        for n, source_id in enumerate(todo):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            progress(n, len(todo), "")
            with self.store.transaction():
                store_labels(self.store, source_id, risks)
        progress(len(todo), len(todo), "")
        return Changes(tags=bool(todo))

    def passage_risks(
        self, source_id: int, page_nos: Sequence[int] | None = None
    ) -> dict[int, dict[str, float]]:
        """{page_no: {slug: score}}: the risk types of the source's passages."""
        return self._reader().page_risks(source_id, page_nos)

    def passage_risk_counts(self) -> dict[int, dict[str, int]]:
        """{source_id: {slug: labelled passages}} over the library."""
        return self._reader().passage_risk_counts()

    def effective_risks(self, source_id: int, user_risks: Sequence[str]) -> tuple[str, ...]:
        """A source's risk types: those the user set, else the union of its passages'."""
        if user_risks:
            return tuple(user_risks)
        return self._reader().passage_risk_union([source_id]).get(source_id, ())
