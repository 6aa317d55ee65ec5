"""Merging a verified bundle into a library: all of it in one transaction, or none of it.

Sources are matched by the sha256 of their original file, so nothing is stored twice. For a
source already here, tags are united, excerpts not yet here are added, and metadata that
differs stays as it is here: the differences are reported, never applied. A source whose
original file is missing here gets the bundle's copy. The page text of a new source is
extracted here from its original file (bundle_text); the bundle's text only stands in,
marked unverified, where the file has none. Files are moved into `files/` before
the commit and removed again if anything fails; the index follows the commit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Cancelled
from ..folder import files as lib_folder
from ..folder.files import sha256_file
from ..labelling.passage_risks import LabelPages
from ..model import Changes, ExtractedDocument, Progress, RiskType, no_progress
from ..model.sharing import BundleImport, MetadataConflict
from ..store import SOURCE_FIELDS, Store
from .bundle_agreements import AgreementChange, merge_agreements, read_agreements
from .bundle_read import BundleSource, parse_record, parse_risk_type
from .bundle_text import Extractions, source_text

if TYPE_CHECKING:
    from .bundle import VerifiedBundle

# A bundle import extracts into a scratch folder inside the library, removed when it ends.
WORK_PREFIX = ".bundle-import-"
Reindex = Callable[[Sequence[int]], None]


def stale_work_folders(folder: Path) -> Iterator[Path]:
    """Scratch folders left by a bundle import that was killed (removed at the next open)."""
    return folder.glob(WORK_PREFIX + "*")


@dataclass
class _Merge:
    store: Store
    folder: Path
    label: LabelPages
    bundle: VerifiedBundle
    countries: set[str]
    risks: set[str]
    extractions: Extractions | None = None
    placed: list[Path] = field(default_factory=list)
    added: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    touched: list[int] = field(default_factory=list)
    tags_added: int = 0
    excerpts_added: int = 0
    excerpts_existing: int = 0
    files_restored: int = 0
    risk_types_added: list[str] = field(default_factory=list)
    conflicts: list[MetadataConflict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    text_notes: list[str] = field(default_factory=list)
    unverified: list[int] = field(default_factory=list)

    # ------------------------------------------------------------ pieces
    def known(self, codes: tuple[str, ...], risks: tuple[str, ...], where: str) -> tuple[
        list[str], list[str]
    ]:
        for code in codes:
            if code not in self.countries:
                self.skipped.append(f"{where}: unknown country code {code!r}")
        for slug in risks:
            if slug not in self.risks:
                self.skipped.append(f"{where}: unknown risk type {slug!r}")
        return ([c for c in codes if c in self.countries], [r for r in risks if r in self.risks])

    def place(self, src: BundleSource) -> str:
        sha = src.sha256
        # the path from the hash and a checked extension (folder.py), never from the bundle
        suffix = lib_folder.stored_suffix(str(src.fields.get("format", "")), src.file)
        relative = lib_folder.stored_relative(sha, suffix)
        target = lib_folder.stored_path(self.folder, sha, suffix)
        if target.is_file() and sha256_file(target) == sha:
            return relative  # already here (e.g. left by an import that was interrupted)
        self.placed.append(lib_folder.place_file(self.folder, self.bundle.file(src.file),
                                                 sha, suffix))
        return relative

    def add_risk_types(self) -> None:
        store = self.store
        parsed = [parse_risk_type(self.bundle, r) for r in self.bundle.risk_types()]
        slugs = self.risks | {r["slug"] for r in parsed}
        for risk in parsed:
            if risk["slug"] in self.risks:
                continue  # the local one wins, as for source metadata
            if risk["parent"] not in slugs:
                risk["parent"] = ""
            store.taxonomy.insert_risk_type(RiskType(user_defined=True, **risk))
            self.risks.add(risk["slug"])
            self.risk_types_added.append(risk["slug"])

    def source(self, src: BundleSource) -> None:
        store = self.store
        title = src.fields["title"] or src.sha256[:12]
        countries, risks = self.known(src.countries, src.risks, title)
        source_id = store.sources.source_id_by_sha(src.sha256)
        if source_id is None:
            assert self.extractions is not None
            result = self.extractions.get(self.bundle.file(src.file))
            if result is None:
                raise Cancelled("bundle import cancelled")
            got = source_text(src, result)
            fields = dict(src.fields, stored_file=self.place(src), needs_ocr=got.needs_ocr,
                          text_unverified=got.unverified)
            if isinstance(result, ExtractedDocument):
                fields["format"] = result.format
            source_id = store.sources.insert_source(
                fields, got.pages,
                [c for c in countries if c not in src.auto_countries],
                [r for r in risks if r not in src.auto_risks],
                [c for c in countries if c in src.auto_countries],
                [r for r in risks if r in src.auto_risks],
            )
            self.label(source_id, store.taxonomy.list_risk_types(False),
                       [(no, text) for no, _label, text in got.pages])
            self.added.append(source_id)
            self.touched.append(source_id)
            if got.note:
                self.text_notes.append(got.note)
            if got.unverified:
                self.unverified.append(source_id)
            texts = {no: page_text for no, _, page_text in got.pages}
        else:
            local = store.sources.get_source(source_id)
            self.merged.append(source_id)
            for name in SOURCE_FIELDS:
                mine, theirs = str(getattr(local, name)), str(src.fields.get(name, ""))
                if mine != theirs and theirs:
                    self.conflicts.append(MetadataConflict(source_id, local.title, name, mine,
                                                           theirs))
            new_countries = [c for c in countries if c not in local.countries]
            new_risks = [r for r in risks if r not in local.risks]
            if new_countries or new_risks:
                for origin, auto in (("user", False), ("auto", True)):
                    store.tags.change_source_tags(
                        source_id,
                        [c for c in new_countries if (c in src.auto_countries) == auto],
                        (),
                        [r for r in new_risks if (r in src.auto_risks) == auto],
                        (),
                        origin=origin,
                    )
                self.tags_added += len(new_countries) + len(new_risks)
                self.touched.append(source_id)
            if (not local.stored_file
                    or not lib_folder.original_path(self.folder, local).is_file()):
                store.sources.set_stored_file(source_id, self.place(src))
                self.files_restored += 1
            texts = {p.page_no: p.text for p in store.sources.pages(source_id)}
        for excerpt in src.excerpts:
            text = texts.get(excerpt.page_no)
            if text is None or not (0 <= excerpt.start < excerpt.end <= len(text)) or (
                text[excerpt.start:excerpt.end] != excerpt.quote
            ):
                self.skipped.append(f"{title}: an excerpt on page {excerpt.page_no} does not "
                                    "match the page text here")
                continue
            where = (source_id, excerpt.page_no, excerpt.start, excerpt.end)
            if store.excerpts.excerpt_exists(*where):
                self.excerpts_existing += 1
                continue
            codes, slugs = self.known(excerpt.countries, excerpt.risks, f"{title} (excerpt)")
            store.excerpts.insert_excerpt(source_id, excerpt.page_no, excerpt.start, excerpt.end,
                                 excerpt.quote, excerpt.note, codes, slugs,
                                 created_at=excerpt.created_at or None,
                                 translation=excerpt.translation)
            self.excerpts_added += 1


def merge_bundle(
    store: Store,
    folder: Path,
    bundle: VerifiedBundle,
    *,
    reindex: Reindex,
    label: LabelPages,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> BundleImport:
    """Into the library at `folder` (its writer `store`), with the library's write lock
    held; `reindex` updates the search index after the commit, `label` labels the pages of
    each new source. The original file of every new source is extracted again (in `workers`
    processes: None picks, 0 extracts in this thread)."""
    merge = _Merge(
        store, folder, label, bundle,
        countries={c.code for c in store.taxonomy.list_countries()},
        risks={r.slug for r in store.taxonomy.list_risk_types()},
    )
    total = int(bundle.manifest.get("counts", {}).get("sources", 0) or 0)
    new_files: dict[str, Path] = {}
    for record in bundle.records():
        src = parse_record(bundle, record)
        if src.sha256 not in new_files and store.sources.source_id_by_sha(src.sha256) is None:
            new_files[src.sha256] = bundle.file(src.file)
    extractions = Extractions(list(new_files.values()), cancel, workers)
    merge.extractions = extractions
    agreements: list[AgreementChange] = []
    try:
        with store.transaction():
            merge.add_risk_types()
            agreements = merge_agreements(store, read_agreements(bundle), merge.countries)
            for done, record in enumerate(bundle.records()):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("bundle import cancelled")
                src = parse_record(bundle, record)
                progress(done, max(total, done + 1), src.fields["title"])
                merge.source(src)
    except BaseException:
        extractions.close()
        for path in merge.placed:
            path.unlink(missing_ok=True)
            try:
                path.parent.rmdir()  # only if this import made it and left it empty
            except OSError:
                pass
        raise
    extractions.close()
    if merge.touched:
        reindex(sorted(set(merge.touched)))
    progress(total, total, "")
    return BundleImport(
        path=str(bundle.path),
        added=tuple(merge.added),
        merged=tuple(merge.merged),
        tags_added=merge.tags_added,
        excerpts_added=merge.excerpts_added,
        excerpts_existing=merge.excerpts_existing,
        files_restored=merge.files_restored,
        risk_types_added=tuple(merge.risk_types_added),
        conflicts=tuple(merge.conflicts),
        skipped=tuple(merge.skipped),
        text_notes=tuple(merge.text_notes),
        unverified=tuple(merge.unverified),
        changes=Changes(
            sources=bool(merge.added or merge.files_restored),
            tags=bool(merge.added or merge.tags_added),
            excerpts=bool(merge.excerpts_added),
            taxonomy=bool(merge.risk_types_added) or any(
                a.what in ("added", "updated") for a in agreements),
            index=bool(merge.touched),
        ),
        agreements=tuple(agreements),
    )
