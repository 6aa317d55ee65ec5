"""Bulk tag verbs over many sources: accept the suggested tags, clear the automatic ones,
and put tags back as they were (undo). The part `library.tags`; owns no SQL.

Tags have an origin: 'user' (a person set them) or 'auto' (the app applied them at import,
see country_evidence.py). "Accept suggested tags" adds the countries and risk types the
suggester finds (suggest.py, the same as the `suggest` verb and the metadata dialog) as the
person's, which also makes an automatic tag among them the person's. "Clear automatic tags"
removes only tags with origin 'auto'. Both check `cancel` between sources and report
progress; what was done before a cancel stays done and can be undone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from ..errors import NotFound
from ..folder.locking import writes
from ..model import BulkTagResult, Changes, Progress, SourceTags, Suggestions, no_progress
from .stores import Stores
from .watch import Writing

REINDEX_BATCH = 50


class Tags:
    """Tags of many sources at once, with their origins."""

    def __init__(
        self,
        *,
        stores: Stores,
        writing: Writing,
        reindex: Callable[[Sequence[int]], None],
        suggest_tags: Callable[[int], Suggestions],
    ) -> None:
        self._stores = stores
        self._writing = writing
        self._reindex = reindex
        self._suggest_tags = suggest_tags

    def sources_with_auto_tags(self) -> list[int]:
        return self._stores.reader().tags.sources_with_auto_tags()

    def source_tags(self, source_id: int) -> SourceTags:
        """A source's tags with their origins."""
        origins = self._stores.reader().tags.tag_origins(source_id)
        return SourceTags(
            source_id,
            tuple(sorted(origins["countries"].items())),
            tuple(sorted(origins["risks"].items())),
        )

    def _all_source_ids(self) -> list[int]:
        return [s.id for s in self._stores.reader().sources.list_sources()]

    @writes("accepting suggested tags")
    def accept_suggestions(
        self,
        source_ids: Sequence[int] | None = None,
        *,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> BulkTagResult:
        """Add each source's suggested countries and risk types as the person's tags (None:
        every source). Automatic tags among them become the person's."""
        ids = self._all_source_ids() if source_ids is None else list(source_ids)
        return self._bulk_tags(ids, self._accept_one, "accepting suggestions", progress, cancel)

    @writes("clearing automatic tags")
    def clear_auto_tags(
        self,
        source_ids: Sequence[int] | None = None,
        *,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> BulkTagResult:
        """Remove the tags the app applied at import (origin 'auto'); None: every source."""
        ids = self.sources_with_auto_tags() if source_ids is None else list(source_ids)
        return self._bulk_tags(ids, self._clear_one, "clearing automatic tags", progress, cancel)

    @writes("restoring tags")
    def restore_tags(self, before: Sequence[SourceTags]) -> Changes:
        """Put sources' tags back exactly as recorded (undo of a bulk action)."""
        ids = []
        for tags in before:
            try:
                self._stores.writer.tags.set_tag_origins(tags.source_id, dict(tags.countries),
                                           dict(tags.risks))
            except NotFound:  # deleted since: nothing to put back
                continue
            ids.append(tags.source_id)
        for start in range(0, len(ids), REINDEX_BATCH):
            self._reindex(ids[start : start + REINDEX_BATCH])
        return Changes(tags=bool(ids), sources=bool(ids))

    # ---------------------------------------------------------------- internals
    def _accept_one(self, tags: SourceTags) -> tuple[int, int]:
        found = self._suggest_tags(tags.source_id)
        have_c, have_r = dict(tags.countries), dict(tags.risks)
        countries = [s.code for s in found.countries if have_c.get(s.code) != "user"]
        risks = [s.code for s in found.risks if have_r.get(s.code) != "user"]
        if countries or risks:
            self._stores.writer.tags.change_source_tags(tags.source_id, countries, (), risks, ())
        return len(countries) + len(risks), 0

    def _clear_one(self, tags: SourceTags) -> tuple[int, int]:
        countries = [code for code, origin in tags.countries if origin == "auto"]
        risks = [slug for slug, origin in tags.risks if origin == "auto"]
        if countries or risks:
            self._stores.writer.tags.change_source_tags(tags.source_id, (), countries, (), risks)
        return 0, len(countries) + len(risks)

    def _bulk_tags(
        self,
        ids: list[int],
        one: Callable[[SourceTags], tuple[int, int]],
        label: str,
        progress: Progress,
        cancel: threading.Event | None,
    ) -> BulkTagResult:
        changed: list[int] = []
        before: list[SourceTags] = []
        added = removed = 0
        pending: list[int] = []
        cancelled = False
        for done, source_id in enumerate(ids):
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            progress(done, len(ids), label)
            self._stores.writer.sources.get_source(source_id)  # NotFound for an unknown id
            tags = self.source_tags(source_id)
            plus, minus = one(tags)
            if plus or minus:
                changed.append(source_id)
                before.append(tags)
                added += plus
                removed += minus
                pending.append(source_id)
            if len(pending) >= REINDEX_BATCH:
                self._reindex(pending)
                pending = []
        if pending:
            self._reindex(pending)
        progress(len(ids), len(ids), "")
        return BulkTagResult(
            changed=tuple(changed),
            before=tuple(before),
            added=added,
            removed=removed,
            cancelled=cancelled,
            changes=Changes(tags=bool(changed), sources=bool(changed)),
        )
