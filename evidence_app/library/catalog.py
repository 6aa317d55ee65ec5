"""`library.catalog`: the sources in the library: reading them and their pages, editing and
tagging them, suggesting tags, deleting them, and undoing a deletion (coordinates, owns no
SQL).

Undo (Edit ▸ Undo in the window): `delete_source_undoably` keeps what `delete_source`
throws away: the source's record, pages, tags and excerpts in memory, and its stored files
hard-linked (or copied) into the library's `undo/` folder before they are unlinked.
`restore_source` puts them back: the same metadata, pages, tags, files and excerpts (with
their ids). The restored source gets a new id and its index entry is written again.
`forget_deleted` drops the kept files; the window calls it for everything left in `undo/`
when the library closes.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import InvalidValue
from ..folder import files as lib_folder
from ..folder.locking import writes
from ..labelling.suggest import suggest_tags
from ..model import (
    KINDS,
    Changes,
    DeletedSource,
    Excerpt,
    Page,
    Source,
    SourceTranslation,
    Suggestions,
)
from ..store import SOURCE_FIELDS
from ..text_clean import clean_text as _clean_text
from .stores import Stores
from .taxonomy_edits import Taxonomy
from .watch import Writing

UNDO_DIR = "undo"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Catalog:
    """The sources: the records, their pages and their stored files."""

    def __init__(
        self,
        *,
        stores: Stores,
        writing: Writing,
        folder: Path,
        taxonomy: Taxonomy,
        reindex: Callable[[Sequence[int]], None],
        unindex: Callable[[Sequence[int]], None],
        cases_using_source: Callable[[int], list[int]],
        drop_file: Callable[[SourceTranslation], None],
        restore_excerpt: Callable[[Excerpt], Excerpt],
    ) -> None:
        self._stores = stores
        self._writing = writing
        self._folder = folder
        self._taxonomy = taxonomy
        self._reindex = reindex
        self._unindex = unindex
        self._cases_using_source = cases_using_source
        self._drop_file = drop_file  # a removed translation's stored file
        self._restore_excerpt = restore_excerpt

    # ---------------------------------------------------------------- reading
    def sources(self, ids: Sequence[int] | None = None) -> list[Source]:
        return self._stores.reader().sources.list_sources(ids)

    def source(self, source_id: int) -> Source:
        return self._stores.reader().sources.get_source(source_id)

    def pages(self, source_id: int) -> list[Page]:
        return self._stores.reader().sources.pages(source_id)

    def page(self, source_id: int, page_no: int) -> Page:
        return self._stores.reader().sources.page(source_id, page_no)

    def file_path(self, source: Source) -> Path:
        """The original file, computed from its hash (never from what the row names)."""
        return lib_folder.original_path(self._folder, source)

    def stats(self) -> dict[str, int]:
        reader = self._stores.reader()
        return {
            "sources": reader.sources.count_sources(),
            "pages": reader.sources.count_pages(),
            "excerpts": reader.excerpts.count_excerpts(),
        }

    # ---------------------------------------------------------------- editing
    @writes("editing a source")
    def edit_source(self, source_id: int, **fields: Any) -> Changes:
        unknown = set(fields) - set(SOURCE_FIELDS)
        if unknown:
            raise InvalidValue("field", sorted(unknown), "not an editable source field")
        clean = {k: _clean_text(str(v)) for k, v in fields.items() if v is not None}
        for key in ("published", "accessed"):
            if clean.get(key) and not _DATE.match(clean[key]):
                raise InvalidValue(key, clean[key], "use YYYY, YYYY-MM or YYYY-MM-DD")
        if clean.get("kind") and clean["kind"] not in KINDS:
            raise InvalidValue("kind", clean["kind"], f"one of {', '.join(KINDS)}")
        self._stores.writer.sources.update_source(source_id, clean)
        self._reindex([source_id])
        return Changes(sources=True)

    @writes("tagging a source")
    def tag(
        self,
        source_id: int,
        *,
        countries: Sequence[str] = (),
        risks: Sequence[str] = (),
        remove_countries: Sequence[str] = (),
        remove_risks: Sequence[str] = (),
    ) -> Changes:
        self._stores.writer.tags.change_source_tags(
            source_id,
            self._taxonomy.valid_countries(countries),
            [c.upper() for c in remove_countries],
            self._taxonomy.valid_risks(risks),
            list(remove_risks),
        )
        self._reindex([source_id])
        return Changes(tags=True, sources=True)

    def suggest_tags(self, source_id: int) -> Suggestions:
        reader = self._stores.reader()
        # The title often names the country the body only mentions once or twice.
        source = reader.sources.get_source(source_id)
        name = Path(source.original_name).stem.replace("_", " ").replace("-", " ")
        texts = [source.title, name, *(p.text for p in reader.sources.pages(source_id))]
        return suggest_tags(
            texts, self._taxonomy.countries(), self._taxonomy.risk_types(include_hidden=False)
        )

    # ---------------------------------------------------------------- deleting
    @writes("deleting a source")
    def delete_source(self, source_id: int, *, with_excerpts: bool = False) -> Changes:
        """Remove a source. Its stored file goes too; excerpts must be removed first or with it."""
        used_by = self._cases_using_source(source_id)
        if used_by:
            raise InvalidValue("source", source_id, f"is an exhibit in cases {used_by}")
        store = self._stores.writer
        excerpts = store.excerpts.list_excerpts(source_id=source_id)
        if excerpts and not with_excerpts:
            raise InvalidValue("source", source_id, f"has {len(excerpts)} excerpts")
        for excerpt in excerpts:
            store.excerpts.delete_excerpt(excerpt.id)
        translation = store.translations.get_translation(source_id)
        source = store.sources.delete_source(source_id)
        if translation is not None:
            self._drop_file(translation)
        self._unindex([source_id])
        if store.sources.source_id_by_sha(source.sha256) is None:
            # Paths from the hash, whatever the row named (a crafted database must not
            # reach outside files/).
            lib_folder.remove_source_files(self._folder, source.sha256, source.format,
                                           source.stored_file)
        return Changes(sources=True, excerpts=bool(excerpts))

    @writes("deleting a source")
    def delete_source_undoably(
        self, source_id: int, *, with_excerpts: bool = False
    ) -> DeletedSource:
        """delete_source, keeping what restore_source needs. Raises as it does."""
        store = self._stores.writer
        source = store.sources.get_source(source_id)
        pages = tuple(store.sources.pages(source_id))
        excerpts = tuple(store.excerpts.list_excerpts(source_id=source_id))
        kept: list[tuple[str, str]] = []
        for relative in (source.stored_file, source.ocr_file):
            original = self._folder / relative if relative else None
            if original is None or not original.is_file():
                continue
            keep = Path(UNDO_DIR) / f"{source.id}-{original.name}"
            (self._folder / UNDO_DIR).mkdir(exist_ok=True)
            target = self._folder / keep
            target.unlink(missing_ok=True)
            try:
                os.link(original, target)
            except OSError:  # no hard links here (another file system, FAT): copy
                shutil.copy2(original, target)
            kept.append((relative, keep.as_posix()))
        try:
            self.delete_source(source_id, with_excerpts=with_excerpts)
        except Exception:
            for _relative, keep_path in kept:
                (self._folder / keep_path).unlink(missing_ok=True)
            raise
        return DeletedSource(source, pages, excerpts, tuple(kept))

    @writes("restoring a source")
    def restore_source(self, deleted: DeletedSource) -> tuple[int, Changes]:
        """Put a deleted source back; returns its new id and what changed."""
        source = deleted.source
        for relative, keep_path in deleted.kept_files:
            original, kept = self._folder / relative, self._folder / keep_path
            if kept.is_file():
                if original.exists():  # another source shares the file: it never went
                    kept.unlink()
                else:
                    original.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(kept, original)
        fields = {
            "sha256": source.sha256, "title": source.title, "publisher": source.publisher,
            "author": source.author, "published": source.published, "url": source.url,
            "accessed": source.accessed, "language": source.language, "kind": source.kind,
            "format": source.format, "original_name": source.original_name,
            "stored_file": source.stored_file, "notes": source.notes,
            "needs_ocr": source.needs_ocr,
        }
        pages = [(p.page_no, p.label, p.text) for p in deleted.pages]
        store = self._stores.writer
        new_id = store.sources.insert_source(
            fields, pages,
            [c for c in source.countries if c not in source.auto_countries],
            [r for r in source.risks if r not in source.auto_risks],
            source.auto_countries, source.auto_risks,
        )
        if source.ocr_file:
            store.sources.replace_pages(new_id, pages, ocr_file=source.ocr_file,
                                needs_ocr=source.needs_ocr)
        for excerpt in deleted.excerpts:
            self._restore_excerpt(replace(excerpt, source_id=new_id))
        self._reindex([new_id])
        return new_id, Changes(sources=True, excerpts=bool(deleted.excerpts))

    def forget_deleted(self) -> None:
        """Drop every kept file (the undo history has ended: the window closes the library)."""
        shutil.rmtree(self._folder / UNDO_DIR, ignore_errors=True)
