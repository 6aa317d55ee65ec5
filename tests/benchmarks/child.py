"""One measurement per fresh process, so that each peak memory and each cold start is its own.

    python -m tests.benchmarks.child MODE --out result.json [options]

MODE is import, search, cold, add (the app, through `Library`) or fts-build, fts-search,
fts-cold, fts-add (the FTS5 baseline). Results go to --out as JSON; with --profile the
measured part runs under cProfile and the stats go to that file.
"""

from __future__ import annotations

import time

SPAWNED_AT = time.time()  # before any heavy import: part of a cold start

import argparse  # noqa: E402
import cProfile  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from .queries import COLD_QUERY, QUERIES, WARM_UP, BenchQuery  # noqa: E402


def _rss_mb() -> dict[str, float]:
    # Linux reports ru_maxrss in KiB.
    return {
        "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _profiled(path: str | None, fn: Callable[[], Any]) -> Any:
    if not path:
        return fn()
    profile = cProfile.Profile()
    try:
        return profile.runcall(fn)
    finally:
        profile.dump_stats(path)


def _app_query(q: BenchQuery) -> Any:
    from evidence_app.model import SearchQuery

    return SearchQuery(text=q.app_text(), countries=q.countries, risks=q.risks,
                       limit=20, passages=20)


# ---------------------------------------------------------------- the app
def run_import(args: argparse.Namespace) -> dict[str, Any]:
    from evidence_app.library.facade import Library

    groups: list[tuple[str, str, str]] = json.loads(Path(args.groups).read_text())
    t0 = time.perf_counter()
    lib = Library.open(args.library)
    opened = time.perf_counter() - t0
    steps: list[dict[str, Any]] = []

    def work() -> None:
        for country, risk, folder in groups:
            s0 = time.perf_counter()
            report = lib.import_files([folder], countries=[country], risks=[risk])
            steps.append({
                "folder": folder, "seconds": time.perf_counter() - s0,
                "imported": len(report.imported), "failed": [f.message for f in report.failed],
                "duplicates": len(report.duplicates),
                "pages": sum(s.page_count for s in report.imported),
            })
            print(f"  imported {folder}: {steps[-1]['pages']} pages in "
                  f"{steps[-1]['seconds']:.1f} s", file=sys.stderr, flush=True)

    t1 = time.perf_counter()
    _profiled(args.profile, work)
    seconds = time.perf_counter() - t1
    sources = lib.catalog.sources()
    out = {
        "open_seconds": opened, "seconds": seconds, "steps": steps,
        "stats": lib.catalog.stats(), "index_current": lib.index.index_is_current(),
        "languages": {s.original_name: s.language for s in sources},
        "page_counts": {s.original_name: s.page_count for s in sources},
    }
    lib.close()
    return out | {"rss": _rss_mb()}


def run_search(args: argparse.Namespace) -> dict[str, Any]:
    from evidence_app.library.facade import Library

    t0 = time.perf_counter()
    lib = Library.open(args.library)
    opened = time.perf_counter() - t0
    if args.tier2:  # how many top sources tier 2 ranks pages of (the recall curve)
        lib.engine.tier2_sources = int(args.tier2)
    for q in WARM_UP:
        lib.search(_app_query(q))
    timed: list[tuple[float, Any]] = []

    def work() -> None:
        for q in QUERIES:
            runs = []
            for _ in range(max(int(args.repeat), 1)):
                s0 = time.perf_counter()
                result = lib.search(_app_query(q))
                runs.append(time.perf_counter() - s0)
            timed.append((statistics.median(runs), result))

    _profiled(args.profile, work)
    names: dict[int, str] = {}
    out = []
    for (seconds, result), q in zip(timed, QUERIES, strict=True):
        ids = {p.source_id for p in result.passages} - names.keys()
        names.update({s.id: s.original_name for s in lib.catalog.sources(sorted(ids))})
        out.append({
            "query": q.name(), "ms": seconds * 1000, "error": result.error,
            "total_sources": result.total_sources, "sources": len(result.sources),
            "passages": [(names[p.source_id], p.page_no, p.score) for p in result.passages],
            "facets": {k: len(v) for k, v in result.facets.items()},
            "snippets": sum(1 for p in result.passages if p.snippet),
        })
    lib.close()
    return {"open_seconds": opened, "queries": out, "rss": _rss_mb()}


def run_cold(args: argparse.Namespace) -> dict[str, Any]:
    t0 = time.perf_counter()
    from evidence_app.library.facade import Library

    imported = time.perf_counter() - t0
    lib = Library.open(args.library)
    opened = time.perf_counter() - t0
    result = lib.search(_app_query(COLD_QUERY))
    done = time.time()
    searched = time.perf_counter() - t0
    out = {
        "wall_seconds": done - float(args.spawned_at), "import_seconds": imported,
        "open_seconds": opened - imported, "search_seconds": searched - opened,
        "in_process_seconds": searched, "passages": len(result.passages),
    }
    lib.close()
    return out | {"rss": _rss_mb()}


def run_add(args: argparse.Namespace) -> dict[str, Any]:
    from evidence_app.library.facade import Library
    from evidence_app.model import SearchQuery

    from .corpus import MARKER

    lib = Library.open(args.library)
    name = Path(args.file).name
    for source in lib.catalog.sources():
        if source.original_name == name:  # left by an earlier run on a kept library
            lib.catalog.delete_source(source.id, with_excerpts=True)
    before = lib.catalog.stats()["pages"]
    holder: dict[str, Any] = {}

    def work() -> None:
        t0 = time.perf_counter()
        report = lib.import_files([args.file], countries=["HN"], risks=["gang_violence"])
        holder["import_seconds"] = time.perf_counter() - t0
        found = lib.search(SearchQuery(text=MARKER, limit=5, passages=5))
        holder["searchable_seconds"] = time.perf_counter() - t0
        ids = {s.id for s in report.imported}
        holder["found"] = any(p.source_id in ids for p in found.passages)
        holder["pages"] = sum(s.page_count for s in report.imported)

    _profiled(args.profile, work)
    holder["library_pages_before"] = before
    lib.close()
    return holder | {"rss": _rss_mb()}


def run_remove(args: argparse.Namespace) -> dict[str, Any]:
    from evidence_app.library.facade import Library

    prefixes = tuple(p for p in args.prefix.split(",") if p)
    lib = Library.open(args.library)
    removed = [s.id for s in lib.catalog.sources() if s.original_name.startswith(prefixes)]
    for source_id in removed:
        lib.catalog.delete_source(source_id, with_excerpts=True)
    lib.close()
    return {"removed": len(removed)}


# ---------------------------------------------------------------- FTS5
def run_fts_build(args: argparse.Namespace) -> dict[str, Any]:
    from . import baseline
    from .corpus import page_rows

    db = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    con = baseline.connect(db)
    baseline.create(con, baseline.BASELINE_TOKENIZER)
    rows = page_rows(Path(args.pages))
    pages, seconds = baseline.insert(con, rows)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = baseline.index_bytes(con)
    con.close()
    return {"pages": pages, "seconds": seconds, "bytes": size, "rss": _rss_mb()}


def run_fts_search(args: argparse.Namespace) -> dict[str, Any]:
    from . import baseline

    con = baseline.connect(Path(args.db))
    for q in WARM_UP:
        baseline.search(con, q)
    out = []
    for q in QUERIES:
        runs = []
        for _ in range(max(int(args.repeat), 1)):
            s0 = time.perf_counter()
            hits, facets = baseline.search(con, q)
            runs.append(time.perf_counter() - s0)
        out.append({"query": q.name(), "ms": statistics.median(runs) * 1000,
                    "hits": [(h.rowid, h.score) for h in hits],
                    "facets": {k: len(v) for k, v in facets.items()}})
    con.close()
    return {"queries": out, "rss": _rss_mb()}


def run_fts_cold(args: argparse.Namespace) -> dict[str, Any]:
    from . import baseline

    con = baseline.connect(Path(args.db))
    hits, _ = baseline.search(con, COLD_QUERY)
    done = time.time()
    con.close()
    return {"wall_seconds": done - float(args.spawned_at), "passages": len(hits),
            "rss": _rss_mb()}


def run_fts_add(args: argparse.Namespace) -> dict[str, Any]:
    from . import baseline
    from .corpus import MARKER

    con = baseline.connect(Path(args.db))
    texts = json.loads(Path(args.file).read_text())
    first = con.execute("SELECT coalesce(max(id), 0) + 1 FROM meta").fetchone()[0]
    rows = [(first + i, "added", i + 1, "en", "HN", "gang_violence", t)
            for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    baseline.insert(con, rows)
    hits = con.execute("SELECT rowid FROM pages WHERE pages MATCH ? LIMIT 5",
                       (MARKER,)).fetchall()
    seconds = time.perf_counter() - t0
    with con:  # leave the baseline as it was for the next run
        con.execute("DELETE FROM pages WHERE rowid >= ?", (first,))
        con.execute("DELETE FROM meta WHERE id >= ?", (first,))
    con.close()
    return {"searchable_seconds": seconds, "found": bool(hits), "pages": len(rows),
            "rss": _rss_mb()}


MODES: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "import": run_import, "search": run_search, "cold": run_cold, "add": run_add,
    "remove": run_remove,
    "fts-build": run_fts_build, "fts-search": run_fts_search, "fts-cold": run_fts_cold,
    "fts-add": run_fts_add,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.child")
    parser.add_argument("mode", choices=sorted(MODES))
    parser.add_argument("--out", required=True)
    parser.add_argument("--library")
    parser.add_argument("--groups", help="JSON list of [country, risk, folder] to import")
    parser.add_argument("--file")
    parser.add_argument("--db")
    parser.add_argument("--pages", help="the corpus pages.sqlite3")
    parser.add_argument("--spawned-at", default=str(SPAWNED_AT))
    parser.add_argument("--profile")
    parser.add_argument("--prefix", default="", help="remove: original file name prefixes")
    parser.add_argument("--tier2", help="search: sources whose pages tier 2 ranks")
    parser.add_argument("--repeat", default="3",
                        help="search: runs of each query; its time is their median (this "
                             "machine's speed wanders: one run per query is noise)")
    args = parser.parse_args(argv)
    result = MODES[args.mode](args)
    Path(args.out).write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
