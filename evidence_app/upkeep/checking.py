"""`check`: files against their hashes, pages against sources, the index against the store,
and SQLite's own integrity check.

Hashing every file is the slow part and runs without the write lock, so others can keep
working; what it finds is confirmed, and everything else checked, holding the lock.
`repair` rebuilds what is derived (the index, page counts, pages of no source, leftovers
of interrupted imports) and lists what it cannot rebuild: a missing or changed original
file, an excerpt that no longer matches its page. It never deletes user data.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DatabaseDamaged
from ..folder import files as lib_folder
from ..folder.files import sha256_file
from ..model import CheckProblem, CheckReport, Progress, no_progress
from .text_check import check_stored_text

if TYPE_CHECKING:
    from ..model import Source
    from ..store import Store

# Reported, but they do not make a library fail its check.
NOTICES = frozenset({"unreferenced_file", "missing_ocr_file", "stored_path"})


@dataclass(frozen=True)
class CheckTools:
    """What a check works with, handed over by the facade (never the Library itself)."""

    folder: Path
    store: Store  # the writer's, used holding the write lock
    reader: Callable[[], Store]  # the calling thread's reader, used without the lock
    writing: Callable[[str], AbstractContextManager[None]]  # the write lock
    index_is_current: Callable[[], bool]
    index_problems: Callable[[], list[str]]  # what the search index finds wrong with itself
    rebuild_index: Callable[[Progress], object]
    reindex: Callable[[Sequence[int]], None]
    work_folders: Callable[[], Iterable[Path]]  # scratch folders of killed bundle imports


def _file_problem(folder: Path, source_id: int, sha: str, relative: str) -> str:
    """"missing_file", "hash_mismatch" or "" for one source's stored original."""
    # the path from the hash; the row only hints at the extension
    path = lib_folder.source_file(folder, sha, "", relative)
    if not relative or path is None or not path.is_file():
        return "missing_file"
    return "hash_mismatch" if sha256_file(path) != sha else ""


def _file_detail(kind: str, source_id: int, relative: str) -> str:
    if kind == "missing_file":
        return (f"source {source_id}: {relative or 'no file'} is missing; import the original "
                "again, or a bundle that has it")
    return (f"source {source_id}: {relative} differs from the file imported; import the "
            "original again, or a bundle that has it")


def _hash_files(tools: CheckTools, progress: Progress) -> dict[int, str]:
    """Sources whose file looks missing or changed (no lock held: to be confirmed)."""
    files = tools.reader().sources.stored_files()
    suspects: dict[int, str] = {}
    for done, (source_id, sha, relative) in enumerate(files):
        progress(done, len(files), relative)
        kind = _file_problem(tools.folder, source_id, sha, relative)
        if kind:
            suspects[source_id] = kind
    progress(len(files), len(files), "")
    return suspects


def _recorded_path(tools: CheckTools, source: Source, referenced: set[str],
                   repair: bool) -> list[CheckProblem]:
    """Files are found by their hash; a row naming another path (a crafted or old database)
    is reported, and corrected by repair."""
    own = lib_folder.original_path(tools.folder, source)
    try:
        relative = own.relative_to(tools.folder).as_posix()
    except ValueError:
        return []
    referenced.add(relative)
    if not source.stored_file or source.stored_file == relative or not own.is_file():
        return []
    if repair:
        tools.store.sources.set_stored_file(source.id, relative)
    return [CheckProblem("stored_path", f"source {source.id}: the database named its file "
                         f"{source.stored_file!r}; it is {relative} (found by its hash)",
                         repaired=repair)]


def _leftovers(tools: CheckTools, repair: bool, started: float) -> list[CheckProblem]:
    """Partial copies and bundle work folders of interrupted imports; unused files."""
    problems: list[CheckProblem] = []
    folder = tools.folder
    files_dir = folder / lib_folder.FILES
    referenced: set[str] = set()
    referenced |= {t.stored_file for t in tools.store.translations.list_translations()}
    for source in tools.store.sources.list_sources():
        referenced.add(source.stored_file)
        referenced.add(source.ocr_file)
        problems += _recorded_path(tools, source, referenced, repair)
        ocr_path = lib_folder.ocr_file(folder, source.sha256)
        if source.ocr_file and (ocr_path is None or not ocr_path.is_file()):
            # The OCR text is in the database; only the searchable copy for packets is gone.
            problems.append(CheckProblem(
                "missing_ocr_file",
                f"source {source.id}: {source.ocr_file} is missing; run OCR again to restore it",
            ))
    # Copies and backups killed before this check began: swept, with or without repair.
    for path in lib_folder.sweep_partial_files(folder, before=started):
        relative = path.relative_to(folder).as_posix()
        problems.append(CheckProblem("partial_file", f"{relative}: an interrupted copy or "
                                                     "backup; removed", repaired=True))
    for path in sorted(files_dir.glob("*/*")):
        relative = path.relative_to(folder).as_posix()
        if path.name.endswith(lib_folder.PARTIAL_SUFFIX):
            continue  # a copy being written now, by an import running meanwhile
        if path.is_file() and relative not in referenced:
            problems.append(CheckProblem(
                "unreferenced_file",
                f"{relative}: no source uses it (an interrupted import, or sources removed by "
                "restoring a backup); kept",
            ))
    for work in sorted(tools.work_folders()):
        if repair:
            lib_folder.remove_tree_in(folder, work.name)
        problems.append(CheckProblem("partial_file", f"{work.name}: an interrupted bundle import",
                                     repaired=repair))
    return problems


def _database(tools: CheckTools, repair: bool) -> list[CheckProblem]:
    store = tools.store
    found = store.integrity_problems()
    damage = [d for d in found if not d.startswith("foreign key:")]
    if damage and repair:  # not repairable in place: Library.recover sets the file aside
        raise DatabaseDamaged(str(tools.folder / lib_folder.DB_NAME), damage[0])
    problems = [CheckProblem("sqlite", d) for d in found]
    if damage:
        problems.append(CheckProblem("sqlite", "the database is damaged; `check --repair` "
                                               "recovers it from backups and files/"))
    orphans = store.upkeep.orphan_pages()
    if orphans:
        if repair:
            store.upkeep.delete_orphan_pages()
        problems.append(CheckProblem("orphan_page", f"{orphans} pages belong to no source",
                                     repaired=repair))
    for source_id, recorded, stored in store.upkeep.page_count_mismatches():
        if repair:
            store.upkeep.fix_page_count(source_id)
        problems.append(CheckProblem(
            "page_count", f"source {source_id}: page count {recorded}, {stored} pages stored",
            repaired=repair))
    for source_id in store.upkeep.sources_without_pages():
        problems.append(CheckProblem(
            "no_pages", f"source {source_id} has no pages; import its original again"))
    for excerpt_id, why in store.upkeep.excerpt_problems():
        problems.append(CheckProblem("excerpt", f"excerpt {excerpt_id}: {why}; edit or delete "
                                                "it (it is kept)"))
    return problems


def _index(tools: CheckTools, repair: bool, progress: Progress) -> list[CheckProblem]:
    found = ([] if tools.index_is_current() else ["the index is behind the library"])
    if not found:
        found = tools.index_problems()
    if repair and found:
        tools.rebuild_index(progress)
        return ([CheckProblem("index", d, repaired=True) for d in found]
                + [CheckProblem("index", d) for d in tools.index_problems()])
    return [CheckProblem("index", d) for d in found]


def run_check(tools: CheckTools, *, repair: bool, progress: Progress = no_progress
              ) -> CheckReport:
    started = time.time()
    suspects = _hash_files(tools, progress)
    store = tools.store
    with tools.writing("checking the library"):
        problems = _database(tools, repair)
        problems += check_stored_text(store, tools.folder, tools.reindex, repair)
        files = store.sources.stored_files()
        for source_id, sha, relative in files:
            if source_id in suspects:
                kind = _file_problem(tools.folder, source_id, sha, relative)
                if kind:
                    problems.append(CheckProblem(kind, _file_detail(kind, source_id, relative)))
        problems += _leftovers(tools, repair, started)
        problems += _index(tools, repair, progress)
        remaining = [p for p in problems if not p.repaired and p.kind not in NOTICES]
        return CheckReport(
            ok=not remaining,
            problems=tuple(problems),
            sources=store.sources.count_sources(),
            pages=store.sources.count_pages(),
            files_checked=len(files),
        )
