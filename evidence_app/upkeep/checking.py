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
from typing import TYPE_CHECKING

from ..errors import DatabaseDamaged
from ..folder import files as lib_folder
from ..folder.files import sha256_file
from ..model import CheckProblem, CheckReport, Progress, no_progress
from .text_check import check_stored_text

if TYPE_CHECKING:
    from ..library.facade import Library
    from ..model import Source

# Reported, but they do not make a library fail its check.
NOTICES = frozenset({"unreferenced_file", "missing_ocr_file", "stored_path"})


def _file_problem(library: Library, source_id: int, sha: str, relative: str) -> str:
    """"missing_file", "hash_mismatch" or "" for one source's stored original."""
    # the path from the hash; the row only hints at the extension
    path = lib_folder.source_file(library.folder, sha, "", relative)
    if not relative or path is None or not path.is_file():
        return "missing_file"
    return "hash_mismatch" if sha256_file(path) != sha else ""


def _file_detail(kind: str, source_id: int, relative: str) -> str:
    if kind == "missing_file":
        return (f"source {source_id}: {relative or 'no file'} is missing; import the original "
                "again, or a bundle that has it")
    return (f"source {source_id}: {relative} differs from the file imported; import the "
            "original again, or a bundle that has it")


def _hash_files(library: Library, progress: Progress) -> dict[int, str]:
    """Sources whose file looks missing or changed (no lock held: to be confirmed)."""
    files = library._reader().stored_files()
    suspects: dict[int, str] = {}
    for done, (source_id, sha, relative) in enumerate(files):
        progress(done, len(files), relative)
        kind = _file_problem(library, source_id, sha, relative)
        if kind:
            suspects[source_id] = kind
    progress(len(files), len(files), "")
    return suspects


def _recorded_path(library: Library, source: Source, referenced: set[str],
                   repair: bool) -> list[CheckProblem]:
    """Files are found by their hash; a row naming another path (a crafted or old database)
    is reported, and corrected by repair."""
    own = library.file_path(source)
    try:
        relative = own.relative_to(library.folder).as_posix()
    except ValueError:
        return []
    referenced.add(relative)
    if not source.stored_file or source.stored_file == relative or not own.is_file():
        return []
    if repair:
        library.store.set_stored_file(source.id, relative)
    return [CheckProblem("stored_path", f"source {source.id}: the database named its file "
                         f"{source.stored_file!r}; it is {relative} (found by its hash)",
                         repaired=repair)]


def _leftovers(library: Library, repair: bool, started: float) -> list[CheckProblem]:
    """Partial copies and bundle work folders of interrupted imports; unused files."""
    problems: list[CheckProblem] = []
    files_dir = library.folder / "files"
    referenced: set[str] = set()
    referenced |= {t.stored_file for t in library.store.list_translations()}
    for source in library.store.list_sources():
        referenced.add(source.stored_file)
        referenced.add(source.ocr_file)
        problems += _recorded_path(library, source, referenced, repair)
        ocr_path = lib_folder.ocr_file(library.folder, source.sha256)
        if source.ocr_file and (ocr_path is None or not ocr_path.is_file()):
            # The OCR text is in the database; only the searchable copy for packets is gone.
            problems.append(CheckProblem(
                "missing_ocr_file",
                f"source {source.id}: {source.ocr_file} is missing; run OCR again to restore it",
            ))
    # Copies and backups killed before this check began: swept, with or without repair.
    for path in lib_folder.sweep_partial_files(library.folder, before=started):
        relative = path.relative_to(library.folder).as_posix()
        problems.append(CheckProblem("partial_file", f"{relative}: an interrupted copy or "
                                                     "backup; removed", repaired=True))
    for path in sorted(files_dir.glob("*/*")):
        relative = path.relative_to(library.folder).as_posix()
        if path.name.endswith(lib_folder.PARTIAL_SUFFIX):
            continue  # a copy being written now, by an import running meanwhile
        if path.is_file() and relative not in referenced:
            problems.append(CheckProblem(
                "unreferenced_file",
                f"{relative}: no source uses it (an interrupted import, or sources removed by "
                "restoring a backup); kept",
            ))
    for work in sorted(library.stale_work_folders()):
        if repair:
            lib_folder.remove_tree_in(library.folder, work.name)
        problems.append(CheckProblem("partial_file", f"{work.name}: an interrupted bundle import",
                                     repaired=repair))
    return problems


def _database(library: Library, repair: bool) -> list[CheckProblem]:
    store = library.store
    found = store.integrity_problems()
    damage = [d for d in found if not d.startswith("foreign key:")]
    if damage and repair:  # not repairable in place: Library.recover sets the file aside
        raise DatabaseDamaged(str(library.folder / "library.sqlite3"), damage[0])
    problems = [CheckProblem("sqlite", d) for d in found]
    if damage:
        problems.append(CheckProblem("sqlite", "the database is damaged; `check --repair` "
                                               "recovers it from backups and files/"))
    orphans = store.orphan_pages()
    if orphans:
        if repair:
            store.delete_orphan_pages()
        problems.append(CheckProblem("orphan_page", f"{orphans} pages belong to no source",
                                     repaired=repair))
    for source_id, recorded, stored in store.page_count_mismatches():
        if repair:
            store.fix_page_count(source_id)
        problems.append(CheckProblem(
            "page_count", f"source {source_id}: page count {recorded}, {stored} pages stored",
            repaired=repair))
    for source_id in store.sources_without_pages():
        problems.append(CheckProblem(
            "no_pages", f"source {source_id} has no pages; import its original again"))
    for excerpt_id, why in store.excerpt_problems():
        problems.append(CheckProblem("excerpt", f"excerpt {excerpt_id}: {why}; edit or delete "
                                                "it (it is kept)"))
    return problems


def _index(library: Library, repair: bool, progress: Progress) -> list[CheckProblem]:
    found = ([] if library.index_is_current() else ["the index is behind the library"])
    if not found:
        found = library.engine.check()
    if repair and found:
        library.rebuild_index(progress)
        return ([CheckProblem("index", d, repaired=True) for d in found]
                + [CheckProblem("index", d) for d in library.engine.check()])
    return [CheckProblem("index", d) for d in found]


def run_check(library: Library, *, repair: bool, progress: Progress = no_progress) -> CheckReport:
    started = time.time()
    suspects = _hash_files(library, progress)
    with library._writing("checking the library"):
        problems = _database(library, repair)
        problems += check_stored_text(library, repair)
        files = library.store.stored_files()
        for source_id, sha, relative in files:
            if source_id in suspects:
                kind = _file_problem(library, source_id, sha, relative)
                if kind:
                    problems.append(CheckProblem(kind, _file_detail(kind, source_id, relative)))
        problems += _leftovers(library, repair, started)
        problems += _index(library, repair, progress)
        remaining = [p for p in problems if not p.repaired and p.kind not in NOTICES]
        return CheckReport(
            ok=not remaining,
            problems=tuple(problems),
            sources=library.store.count_sources(),
            pages=library.store.count_pages(),
            files_checked=len(files),
        )
