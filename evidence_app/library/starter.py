"""The starter library: the State Department's country reports for the ACA countries, shipped
inside the app as an ordinary verified bundle (resources/starter/starter.evbundle), the
section headings of saved web pages, and the editions of a series: the part
`library.starter` (coordinates, owns no SQL).

Adding the starter goes through the same checks as any bundle someone sent (open_bundle
verifies every member against the manifest; merge matches sources by the sha256 of their
original file, so adding it twice adds nothing). What it adds beyond a bundle import:
- a choice of countries and report years;
- each source's series ("us-dos-hrr:HN") and edition (the report year), from the record;
- the section headings of every passage, read here from the original HTML file and matched
  to the page text this library stored: never taken from the bundle's text;
- a note of which starter sources this library received, so that one the user removed is
  not brought back by the next "add the starter" (unless asked: include_removed), and a
  newer starter shipped with a later version adds only the sources that are new to it.
"""

from __future__ import annotations

import json
import logging
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BundleRejected, NotFound
from ..folder.files import original_path, remove_tree_in
from ..folder.locking import writes
from ..folder.paths import app_root
from ..ingest.headings import Heading, html_headings, page_headings
from ..labelling.passage_risks import LabelPages
from ..model import Changes, PageHeadingRow, Progress, RiskType, Source, no_progress
from ..sharing.bundle import MANIFEST, SOURCES, VerifiedBundle
from ..sharing.bundle_merge import WORK_PREFIX, BundleImport, merge_bundle
from ..sharing.bundle_read import open_bundle
from ..store import Store
from .stores import Stores
from .taxonomy_edits import Taxonomy
from .watch import Writing

log = logging.getLogger(__name__)

STARTER_FILE = "starter.evbundle"
MAX_MANIFEST = 4 << 20


def starter_bundle_path() -> Path:
    return app_root() / "resources" / "starter" / STARTER_FILE


@dataclass(frozen=True)
class StarterEntry:
    sha256: str
    title: str
    country: str  # ISO alpha-2
    year: int  # report year (the edition)


@dataclass(frozen=True)
class StarterInfo:
    """What the shipped starter holds and how much of it this library has."""

    path: str
    version: int
    entries: tuple[StarterEntry, ...]
    present: frozenset[str]  # sha256 of starter sources in this library
    removed: frozenset[str]  # received once, removed by the user since

    @property
    def total(self) -> int:
        return len(self.entries)

    @property
    def new(self) -> int:
        """Sources an "add the starter" would add now (removed ones left out)."""
        return sum(1 for e in self.entries
                   if e.sha256 not in self.present and e.sha256 not in self.removed)

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted({e.country for e in self.entries}))

    @property
    def years(self) -> tuple[int, int]:
        years = [e.year for e in self.entries] or [0]
        return min(years), max(years)


@dataclass(frozen=True)
class StarterResult:
    added: tuple[int, ...] = ()  # new sources
    already: int = 0  # chosen sources that were in the library already
    removed_skipped: int = 0  # chosen sources the user had removed (include_removed brings them)
    headings: int = 0  # sources whose section headings were read
    bundle: BundleImport | None = None
    changes: Changes = Changes()


def read_starter(path: Path) -> tuple[int, tuple[StarterEntry, ...]]:
    """The starter's version and entries from its manifest (cheap: reads nothing else).
    Nothing here is trusted for the import itself, which verifies the whole bundle."""
    if not path.is_file():
        raise NotFound("starter bundle", str(path))
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST:
                raise BundleRejected(str(path), "too_large", "manifest.json")
            manifest = json.loads(zf.read(info))
        starter = manifest["starter"]
        entries = tuple(
            StarterEntry(str(e["sha256"]), str(e["title"]), str(e["country"]), int(e["year"]))
            for e in starter["sources"]
        )
        return int(starter["version"]), entries
    except (zipfile.BadZipFile, KeyError, TypeError, ValueError, OSError) as exc:
        raise BundleRejected(str(path), "invalid", f"not a starter bundle ({exc})") from exc


def _chosen(entry: dict[str, Any], countries: set[str], since: int | None,
            until: int | None) -> bool:
    try:
        year = int(entry.get("edition") or 0)
    except ValueError:
        year = 0
    codes = {str(c).upper() for c in entry.get("countries") or []}
    return ((not countries or bool(codes & countries))
            and (since is None or year >= since) and (until is None or year <= until))


class Starter:
    """`library.starter`: the starter library, section headings, editions of a series."""

    def __init__(
        self,
        *,
        stores: Stores,
        writing: Writing,
        folder: Path,
        taxonomy: Taxonomy,
        reindex: Callable[[Sequence[int]], None],
        label: LabelPages,
    ) -> None:
        self._stores = stores
        self._writing = writing
        self._folder = folder
        self._taxonomy = taxonomy
        self._reindex = reindex
        self._label = label

    # ---------------------------------------------------------------- starter
    def starter_info(self, path: Path | str | None = None) -> StarterInfo:
        bundle = Path(path) if path else starter_bundle_path()
        version, entries = read_starter(bundle)
        reader = self._stores.reader()
        present = frozenset(e.sha256 for e in entries
                            if reader.sources.source_id_by_sha(e.sha256) is not None)
        received = reader.editions.starter_received()
        removed = frozenset(e.sha256 for e in entries
                            if e.sha256 in received and e.sha256 not in present)
        return StarterInfo(str(bundle), version, entries, present, removed)

    @writes("adding the starter library")
    def add_starter(
        self,
        *,
        countries: Sequence[str] = (),
        since: int | None = None,
        until: int | None = None,
        include_removed: bool = False,
        path: Path | str | None = None,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> StarterResult:
        """Add the starter's sources (of `countries`, report years since..until) that are not
        here yet. Raises BundleRejected (nothing changed) when the shipped file is damaged."""
        store = self._stores.writer
        bundle_path = Path(path) if path else starter_bundle_path()
        version, _ = read_starter(bundle_path)
        wanted_countries = set(self._taxonomy.valid_countries(countries))
        received = store.editions.starter_received()
        workdir = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=self._folder))
        try:
            bundle = open_bundle(bundle_path, workdir, None, progress, cancel)
            chosen: list[dict[str, Any]] = []
            already = removed = 0
            for record in bundle.records():
                if not _chosen(record, wanted_countries, since, until):
                    continue
                sha = str(record.get("sha256", ""))
                if store.sources.source_id_by_sha(sha) is not None:
                    already += 1
                    chosen.append(record)  # merged: nothing new, but its series is checked
                elif sha in received and not include_removed:
                    removed += 1
                else:
                    chosen.append(record)
            # Only the chosen lines go on to the merge; the files were verified above.
            with open(bundle.file(SOURCES), "w", encoding="utf-8") as lines:
                for record in chosen:
                    lines.write(json.dumps(record, ensure_ascii=False) + "\n")
            manifest = dict(bundle.manifest, counts=dict(bundle.manifest.get("counts", {}),
                                                          sources=len(chosen)))
            filtered = VerifiedBundle(bundle.path, bundle.workdir, manifest)
            merged = merge_bundle(
                store, self._folder, filtered, reindex=self._reindex,
                label=self._label_unless_html(store), progress=progress, cancel=cancel,
            )
        finally:
            remove_tree_in(self._folder, workdir.name)
        touched: list[int] = []
        headed = 0
        with store.transaction():
            for record in chosen:
                source_id = store.sources.source_id_by_sha(str(record["sha256"]))
                if source_id is None:
                    continue
                source = store.sources.get_source(source_id)
                series, edition = str(record.get("series", "")), str(record.get("edition", ""))
                if not source.series and series:
                    store.editions.set_series(source_id, series, edition)
                    touched.append(source_id)
                if source_id in merged.added and self._store_headings(source):
                    headed += 1
            store.editions.record_starter([str(r["sha256"]) for r in chosen], version)
        changes = merged.changes | Changes(sources=bool(touched))
        return StarterResult(
            added=merged.added, already=already, removed_skipped=removed, headings=headed,
            bundle=merged, changes=changes,
        )

    def _label_unless_html(self, store: Store) -> LabelPages:
        """The merge labels new sources as it stores them, but a saved web page only once
        its section headings are read (_store_headings), not twice."""
        def label(source_id: int, risks: Sequence[RiskType],
                  pages: Sequence[tuple[int, str]] | None) -> object:
            if store.sources.get_source(source_id).format == "html":
                return 0
            return self._label(source_id, risks, pages)

        return label

    def _store_headings(self, source: Source) -> bool:
        """Read the section headings from the stored original (HTML only), keep them, and
        label the source's passages with them (a saved web page is labelled here, once,
        whether or not it has headings). True when headings were found."""
        if source.format != "html":
            return False
        store = self._stores.writer
        headings: list[Heading] = []
        try:
            headings = html_headings(original_path(self._folder, source))
        except Exception as exc:  # noqa: BLE001 - headings are an extra, the source stays
            log.warning("section headings of source %s not read: %s", source.id, exc)
        if headings:
            pages = [(p.page_no, p.text) for p in store.sources.pages(source.id)]
            found = page_headings(headings, pages)
            store.editions.replace_page_headings(
                source.id, {no: [(h.level, h.text, h.start) for h in rows]
                            for no, rows in found.items()})
        # headings are strong evidence of what a passage is about
        self._label(source.id, store.taxonomy.list_risk_types(False), None)
        return bool(headings)

    @writes("reading section headings")
    def read_headings(self, source_ids: Sequence[int]) -> int:
        """Section headings for these sources (HTML), from their original files; their
        passages are labelled with them. Returns how many sources had headings."""
        store = self._stores.writer
        done = 0
        for source in store.sources.list_sources(list(source_ids)):
            with store.transaction():
                done += self._store_headings(source)
        return done

    def headings(self, source_id: int, page_nos: Iterable[int] | None = None) -> list[
        PageHeadingRow
    ]:
        return self._stores.reader().editions.page_headings(source_id, page_nos)

    # ---------------------------------------------------------------- editions
    def editions(self, source_id: int) -> list[Source]:
        """Every source of this source's series, oldest edition first ([] when in none)."""
        reader = self._stores.reader()
        source = reader.sources.get_source(source_id)
        ids = reader.editions.series_source_ids(source.series)
        found = reader.sources.list_sources(ids) if ids else []
        return sorted(found, key=lambda s: (s.edition, s.published, s.id))

    def newer_edition(self, source_id: int) -> Source | None:
        """The newest edition of the series when it is newer than this source."""
        editions = self.editions(source_id)
        if not editions or editions[-1].id == source_id:
            return None
        own = next((s for s in editions if s.id == source_id), None)
        newest = editions[-1]
        if own is not None and (newest.edition, newest.published) <= (own.edition, own.published):
            return None
        return newest
