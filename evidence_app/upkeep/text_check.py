"""`check` on stored text: every page, excerpt and source field must be valid UTF-8.

Found by reading the raw bytes (store.text_checks). `repair` takes a bad page's text from
its original file again when the file is here, unchanged and gives that page text;
otherwise, and for other fields, the bad bytes become U+FFFD (the report says which).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..folder.files import original_path, sha256_file
from ..ingest.pool import ExtractionPool
from ..model import CheckProblem, ExtractedDocument
from ..model.database import BadText
from ..text_clean import valid_text

if TYPE_CHECKING:
    from ..store import Store


def _where(bad: BadText) -> str:
    if bad.table == "pages":
        return f"source {bad.key[0]} page {bad.key[1]} ({bad.column})"
    if bad.table == "excerpts":
        return f"excerpt {bad.key[0]} ({bad.column})"
    return f"source {bad.key[0]} ({bad.column})"


def _extracted_pages(store: Store, folder: Path, source_ids: set[int]
                     ) -> dict[int, dict[int, str]]:
    """Page texts of the originals of these sources, where the file is here and unchanged
    and its text is the file's own (no OCR copy, no bundle text)."""
    paths: dict[Path, int] = {}
    for source_id in sorted(source_ids):
        source = store.sources.get_source(source_id)
        path = original_path(folder, source)  # from the hash, never from the row
        if (source.stored_file and not source.ocr_file and not source.text_unverified
                and path.is_file() and sha256_file(path) == source.sha256):
            paths[path] = source_id
    found: dict[int, dict[int, str]] = {}
    if not paths:
        return found
    with ExtractionPool(workers=1) as pool:
        for path, result in pool.imap((p, None) for p in paths):
            if isinstance(result, ExtractedDocument):
                found[paths[path]] = {p.page_no: valid_text(p.text) for p in result.pages}
    return found


def check_stored_text(
    store: Store, folder: Path, reindex: Callable[[Sequence[int]], None], repair: bool
) -> list[CheckProblem]:
    """In the library at `folder` (its writer `store`, with the write lock held);
    `reindex` updates the search index for the sources repaired."""
    bad = store.text_checks.invalid_text()
    if not bad:
        return []
    if not repair:
        return [CheckProblem("invalid_text", f"{_where(b)}: not valid UTF-8 (byte "
                                             f"{b.offset}); `check --repair` fixes it")
                for b in bad]
    pages = {b.key[0] for b in bad if b.table == "pages" and b.column == "text"}
    extracted = _extracted_pages(store, folder, pages)
    problems: list[CheckProblem] = []
    for item in bad:
        text = None
        if item.table == "pages" and item.column == "text":
            text = extracted.get(item.key[0], {}).get(item.key[1])
        if text is not None and text.strip():
            how = "text extracted again from the original file"
        else:
            text = store.text_checks.stored_value(item)
            how = "the bytes that are not UTF-8 replaced by \ufffd"
        store.text_checks.write_text(item, text)
        problems.append(CheckProblem("invalid_text", f"{_where(item)}: was not valid UTF-8; "
                                                     f"{how}", repaired=True))
    touched = sorted({b.key[0] for b in bad if b.table in ("pages", "sources")})
    if touched:
        reindex(touched)
    return problems
