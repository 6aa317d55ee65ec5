"""Undo for deleting a source (Edit ▸ Undo in the window), Qt-free.

`delete_source_undoably` keeps what `Library.delete_source` throws away: the source's record,
pages, tags and excerpts in memory, and its stored files hard-linked (or copied) into the
library's `undo/` folder before they are unlinked. `restore_source` puts them back: the
same metadata, pages, tags, files and excerpts (with their ids). The restored source gets a
new id and its index entry is written again. `forget_deleted` drops the kept files; the
window calls it for everything left in `undo/` when the library closes.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Changes, Excerpt, Page, Source

if TYPE_CHECKING:
    from .facade import Library

UNDO_DIR = "undo"


@dataclass(frozen=True)
class DeletedSource:
    source: Source
    pages: tuple[Page, ...]
    excerpts: tuple[Excerpt, ...]
    kept_files: tuple[tuple[str, str], ...] = ()  # (stored path, kept path), library-relative


def delete_source_undoably(
    library: Library, source_id: int, *, with_excerpts: bool = False
) -> DeletedSource:
    """Library.delete_source, keeping what restore_source needs. Raises as it does."""
    with library._writing("deleting a source"):
        store = library.store
        source = store.get_source(source_id)
        pages = tuple(store.pages(source_id))
        excerpts = tuple(store.list_excerpts(source_id=source_id))
        kept: list[tuple[str, str]] = []
        for relative in (source.stored_file, source.ocr_file):
            original = library.folder / relative if relative else None
            if original is None or not original.is_file():
                continue
            keep = Path(UNDO_DIR) / f"{source.id}-{original.name}"
            (library.folder / UNDO_DIR).mkdir(exist_ok=True)
            target = library.folder / keep
            target.unlink(missing_ok=True)
            try:
                os.link(original, target)
            except OSError:  # no hard links here (another file system, FAT): copy
                shutil.copy2(original, target)
            kept.append((relative, keep.as_posix()))
        try:
            library.delete_source(source_id, with_excerpts=with_excerpts)
        except Exception:
            for _relative, keep_path in kept:
                (library.folder / keep_path).unlink(missing_ok=True)
            raise
    return DeletedSource(source, pages, excerpts, tuple(kept))


def restore_source(library: Library, deleted: DeletedSource) -> tuple[int, Changes]:
    """Put a deleted source back; returns its new id and what changed."""
    source = deleted.source
    with library._writing("restoring a source"):
        for relative, keep_path in deleted.kept_files:
            original, kept = library.folder / relative, library.folder / keep_path
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
        store = library.store
        new_id = store.insert_source(
            fields, pages,
            [c for c in source.countries if c not in source.auto_countries],
            [r for r in source.risks if r not in source.auto_risks],
            source.auto_countries, source.auto_risks,
        )
        if source.ocr_file:
            store.replace_pages(new_id, pages, ocr_file=source.ocr_file,
                                needs_ocr=source.needs_ocr)
        for excerpt in deleted.excerpts:
            library.restore_excerpt(replace(excerpt, source_id=new_id))
        library._reindex([new_id])
    return new_id, Changes(sources=True, excerpts=bool(deleted.excerpts))


def forget_deleted(library: Library) -> None:
    """Drop every kept file (the undo history has ended: the window closes the library)."""
    shutil.rmtree(library.folder / UNDO_DIR, ignore_errors=True)
