"""`check`: files against their hashes, pages against sources, the index against the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .importer import sha256_file
from .model import CheckProblem, CheckReport, Progress, no_progress

if TYPE_CHECKING:
    from .library import Library


def run_check(library: Library, *, repair: bool, progress: Progress = no_progress) -> CheckReport:
    store = library.store
    problems: list[CheckProblem] = []
    for detail in store.integrity_problems():
        problems.append(CheckProblem("sqlite", detail))
    orphans = store.orphan_pages()
    if orphans:
        problems.append(CheckProblem("orphan_page", f"{orphans} pages belong to no source"))
    files = store.stored_files()
    for done, (source_id, sha, relative) in enumerate(files):
        progress(done, len(files), relative)
        path = library.folder / relative
        if not relative or not path.exists():
            # Cannot be rebuilt here: the user must import the original again.
            problems.append(CheckProblem("missing_file", f"source {source_id}: {relative}"))
        elif sha256_file(path) != sha:
            problems.append(CheckProblem("hash_mismatch", f"source {source_id}: {relative}"))
    progress(len(files), len(files), "")
    index_problems = []
    if not library.index_is_current():
        index_problems.append("index is behind the store")
    else:
        index_problems += library.engine.check()
    if repair and index_problems:
        library.rebuild_index(progress)
        problems += [CheckProblem("index", d, repaired=True) for d in index_problems]
        problems += [CheckProblem("index", d) for d in library.engine.check()]
    else:
        problems += [CheckProblem("index", d) for d in index_problems]
    remaining = [p for p in problems if not p.repaired]
    return CheckReport(
        ok=not remaining,
        problems=tuple(problems),
        sources=store.count_sources(),
        pages=store.count_pages(),
        files_checked=len(files),
    )
