"""The real-library benchmark: State Department human-rights reports saved from state.gov,
imported through the real `Library`, against SQLite FTS5 over the same passages.

Get the pages (public domain; 1,748 files, html/<year>/<country>.html), then run:

    git clone https://github.com/InsideClimateNews/2025-08-state-department-human-rights
    bash packaging/bench.sh --real 2025-08-state-department-human-rights
    bash packaging/bench.sh --real DIR --limit 150 --years 2021,2022   # a quick run

It imports the reports (one call per country, countries from the file names, risk types
labelled on the passages as the app's import does; all calls in one `Library.bulk_import()` block,
or each on its own with --per-call), builds FTS5 over the passages the app stored,
and reports import throughput, p50/p95 of a mixed query set (realqueries.py) and known-item
recall: seeded random 5-word spans of real passages searched as quoted phrases, counting
only spans whose FTS5 phrase occurs in at most 20 reports; a span is found when its report
is listed and the passage is among that report's listed pages. The machine is shared, so
read the ratios against FTS5, measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from .realqueries import REAL_QUERIES, RealQuery

REPO = Path(__file__).resolve().parents[2]
SPAN_WORDS = 5
MAX_SOURCES = 20
TOKEN = re.compile(r"\w+(?:\.\w+)*")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def report_files(root: Path, years: set[str], limit: int, seed: int) -> list[Path]:
    base = root / "html" if (root / "html").is_dir() else root
    files = sorted(p for p in base.glob("*/*.html") if not years or p.parent.name in years)
    if limit and len(files) > limit:
        files = sorted(random.Random(seed).sample(files, limit))
    return files


def _norm(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


# ---------------------------------------------------------------- import and FTS5
def import_library(lib: Any, files: list[Path], per_call: bool = False) -> tuple[float, list[str]]:
    """Import every file, one call per country, all in one `Library.bulk_import()` block
    (workers kept and reading the next files ahead, index written in batches across calls;
    its last batch is inside the time) unless `per_call`; returns (seconds, failures)."""
    codes = {_norm(c.name_en): c.code for c in lib.taxonomy.countries()}
    groups: dict[str, list[Path]] = {}
    for path in files:
        groups.setdefault(path.stem, []).append(path)
    failed: list[str] = []
    t0 = time.perf_counter()
    calls = sorted(groups.items())
    ahead = [path for _, paths in calls for path in paths]
    with contextlib.nullcontext() if per_call else lib.bulk_import(ahead):
        for n, (stem, paths) in enumerate(calls, 1):
            code = codes.get(_norm(stem))
            report = lib.import_files(paths, countries=[code] if code else [], auto_tag=True)
            failed += [f"{f.path}: {f.message}" for f in report.failed]
            if n % 20 == 0:
                log(f"  imported {n}/{len(groups)} countries, {time.perf_counter() - t0:.0f} s")
    return time.perf_counter() - t0, failed


FTS_SCHEMA = """
CREATE TABLE meta (id INTEGER PRIMARY KEY, doc INTEGER, page_no INTEGER);
CREATE TABLE tags (doc INTEGER, kind TEXT, value TEXT);
CREATE INDEX tags_kind ON tags (kind, value, doc);
CREATE TABLE page_risks (id INTEGER, value TEXT);
CREATE INDEX page_risks_value ON page_risks (value, id);
CREATE VIRTUAL TABLE pages USING fts5(text, tokenize="porter unicode61 remove_diacritics 2");
"""


def build_fts(lib: Any, db: Path) -> tuple[int, float]:
    """FTS5 over the passages the app stored; returns (passages, seconds inserting)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.executescript(FTS_SCHEMA)
    rows = 0
    spent = 0.0
    for source in lib.catalog.sources():
        pages = lib.catalog.pages(source.id)
        tags = [(source.id, "country", c) for c in source.countries]
        # risk types are labelled on passages: the reference filters pages by them too
        labels = lib.passages.passage_risks(source.id)
        tags += [(source.id, "risk", r)
                 for r in sorted({s for found in labels.values() for s in found})]
        start_id = rows + 1
        page_risks = [(start_id + i, slug) for i, p in enumerate(pages)
                      for slug in labels.get(p.page_no, {})]
        t0 = time.perf_counter()
        with con:
            start = rows + 1
            con.executemany("INSERT INTO meta VALUES (?,?,?)",
                            [(start + i, source.id, p.page_no) for i, p in enumerate(pages)])
            con.executemany("INSERT INTO pages (rowid, text) VALUES (?,?)",
                            [(start + i, p.text) for i, p in enumerate(pages)])
            con.executemany("INSERT INTO tags VALUES (?,?,?)", tags)
            con.executemany("INSERT INTO page_risks VALUES (?,?)", page_risks)
        spent += time.perf_counter() - t0
        rows += len(pages)
    t0 = time.perf_counter()
    con.execute("INSERT INTO pages(pages) VALUES ('optimize')")
    con.commit()
    spent += time.perf_counter() - t0
    con.close()
    return rows, spent


_TAGS: dict[int, dict[int, list[tuple[str, str]]]] = {}


def _tags(con: sqlite3.Connection) -> dict[int, list[tuple[str, str]]]:
    found = _TAGS.get(id(con))
    if found is None:
        found = _TAGS[id(con)] = {}
        for doc, kind, value in con.execute("SELECT doc, kind, value FROM tags"):
            found.setdefault(doc, []).append((kind, value))
    return found


def fts_search(con: sqlite3.Connection, q: RealQuery) -> tuple[list[tuple[int, int]], int]:
    """Top 20 passages with a snippet each, and the report count per country and risk:
    what a results screen needs. Returns ((doc, page) hits, matching reports)."""
    where, args = "", []
    if q.countries:
        where += (" AND m.doc IN (SELECT doc FROM tags WHERE kind = 'country'"
                  f" AND value IN ({','.join('?' * len(q.countries))}))")
        args += list(q.countries)
    if q.risks:  # passage-level, as in the app
        # "+": FTS5 finds the pages and the labels filter them (without it SQLite may walk
        # the labelled pages and look each one up in FTS5: seconds, not ms)
        where += (" AND +pages.rowid IN (SELECT id FROM page_risks"
                  f" WHERE value IN ({','.join('?' * len(q.risks))}))")
        args += list(q.risks)
    top = con.execute(
        "SELECT pages.rowid, m.doc, m.page_no FROM pages JOIN meta m ON m.id = pages.rowid"
        f" WHERE pages MATCH ?{where} ORDER BY bm25(pages) LIMIT 20", [q.fts, *args],
    ).fetchall()
    for rowid, _, _ in top:
        con.execute("SELECT snippet(pages, 0, '[', ']', '…', 16) FROM pages"
                    " WHERE pages MATCH ? AND rowid = ?", (q.fts, rowid)).fetchone()
    # facet counts from the matching reports and their tags held in memory, as the app
    # holds its sources' stored fields
    docs = {d for (d,) in con.execute(
        "SELECT DISTINCT m.doc FROM pages JOIN meta m ON m.id = pages.rowid"
        f" WHERE pages MATCH ?{where}", [q.fts, *args])}
    counts: dict[tuple[str, str], int] = {}
    for doc in docs:
        for tag in _tags(con).get(doc, ()):
            counts[tag] = counts.get(tag, 0) + 1
    return [(d, p) for _, d, p in top], len(docs)


# ---------------------------------------------------------------- measurements
def _timed(fn: Any, repeat: int = 3) -> tuple[float, Any]:
    runs, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs) * 1000, out


def run_queries(lib: Any, con: sqlite3.Connection) -> list[dict[str, Any]]:
    from evidence_app.model import SearchQuery

    def app(q: RealQuery) -> Any:
        return lib.search(SearchQuery(text=q.app, countries=q.countries, risks=q.risks,
                                      limit=20, passages=20))

    for q in REAL_QUERIES[:3]:  # warm both
        app(q)
        fts_search(con, q)
    out = []
    for q in REAL_QUERIES:
        app_ms, result = _timed(lambda q=q: app(q))
        fts_ms, (_, docs) = _timed(lambda q=q: fts_search(con, q))
        out.append({"query": q.name(), "kind": q.kind, "app_ms": app_ms, "fts_ms": fts_ms,
                    "app_sources": result.total_sources, "fts_sources": docs,
                    "error": result.error})
    return out


def profile_queries(lib: Any, rounds: int) -> None:
    """cProfile of the app's searches of the query set (after one warm round)."""
    import cProfile
    import pstats

    from evidence_app.model import SearchQuery

    def app(q: RealQuery) -> Any:
        return lib.search(SearchQuery(text=q.app, countries=q.countries, risks=q.risks,
                                      limit=20, passages=20))

    for q in REAL_QUERIES:
        app(q)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(rounds):
        for q in REAL_QUERIES:
            app(q)
    prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(30)


def pick_spans(con: sqlite3.Connection, n: int, seed: int) -> list[dict[str, Any]]:
    """Seeded 5-word spans of real passages that FTS5 finds in at most MAX_SOURCES reports
    (and that hold at least two words the app indexes: a quote of stop words alone is not a
    search)."""
    from evidence_app.search.analysis import EN, token_term

    rng = random.Random(seed)
    top = con.execute("SELECT max(id) FROM meta").fetchone()[0] or 0
    out: list[dict[str, Any]] = []
    tries = 0
    while len(out) < n and tries < n * 50 and top:
        tries += 1
        rowid = rng.randint(1, top)
        row = con.execute("SELECT m.doc, m.page_no, p.text FROM meta m JOIN pages p"
                          " ON p.rowid = m.id WHERE m.id = ?", (rowid,)).fetchone()
        if row is None:
            continue
        tokens = TOKEN.findall(row[2])
        if len(tokens) < SPAN_WORDS:
            continue
        at = rng.randint(0, len(tokens) - SPAN_WORDS)
        words = tokens[at: at + SPAN_WORDS]
        if sum(1 for w in words if token_term(w, EN)) < 2:
            continue
        phrase = " ".join(words)
        docs = con.execute(
            "SELECT count(DISTINCT m.doc) FROM pages JOIN meta m ON m.id = pages.rowid"
            " WHERE pages MATCH ?", ('"' + phrase.replace('"', "") + '"',)).fetchone()[0]
        if 0 < docs <= MAX_SOURCES:
            out.append({"phrase": phrase, "source": row[0], "page": row[1], "fts_docs": docs})
    return out


def known_item(lib: Any, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from evidence_app.model import SearchQuery

    for span in spans:
        t0 = time.perf_counter()
        result = lib.search(SearchQuery(text=f'"{span["phrase"]}"', limit=MAX_SOURCES,
                                        pages_per_source=50, passages=20))
        span["ms"] = (time.perf_counter() - t0) * 1000
        pages = {s.source_id: {h.page_no for h in s.pages} for s in result.sources}
        span["source_found"] = span["source"] in pages
        span["found"] = span["page"] in pages.get(span["source"], set())
        span["app_sources"] = result.total_sources
        span["error"] = result.error
    return spans


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def table(fig: dict[str, Any]) -> str:
    rows: list[tuple[str, Any, Any, str]] = []
    q = fig["queries"]
    app_ms = [r["app_ms"] for r in q]
    fts_ms = [r["fts_ms"] for r in q]
    rows.append(("import (extract+store+index) (passages/s)", fig["app_rate"],
                 fig["fts_rate"], ""))
    rows.append((f"search p50 ({len(q)} mixed queries) (ms)", pct(app_ms, 50),
                 pct(fts_ms, 50), ""))
    rows.append(("search p95 (ms)", pct(app_ms, 95), pct(fts_ms, 95), ""))
    for kind in sorted({r["kind"] for r in q}):
        a = [r["app_ms"] for r in q if r["kind"] == kind]
        f = [r["fts_ms"] for r in q if r["kind"] == kind]
        rows.append((f"  {kind} p50 ({len(a)}) (ms)", pct(a, 50), pct(f, 50), ""))
    spans = fig["spans"]
    found = sum(s["found"] for s in spans)
    rows.append((f"known-item recall ({len(spans)} quoted 5-word spans)",
                 found / len(spans) if spans else float("nan"), 1.0, "recall"))
    rows.append(("  known-item search p95 (ms)", pct([s["ms"] for s in spans], 95),
                 None, ""))
    lines = [f"{'figure':<48}{'app':>10}{'FTS5':>12}{'app/FTS5':>10}", "-" * 80]
    for name, a, f, kind in rows:
        ratio = f"{a / f:.2f}x" if isinstance(f, float | int) and f else "-"
        if kind == "recall":
            cells = f"{a:>10.3f}{f:>12.3f}"
        else:
            cells = f"{a:>10,.1f}" + (f"{f:>12,.1f}" if f is not None else f"{'-':>12}")
        lines.append(f"{name:<48}{cells}{ratio:>10}")
    lines.append(f"library: {fig['sources']} reports, {fig['passages']:,} passages"
                 f" ({fig['files']} files)")
    misses = [s for s in spans if not s["found"]]
    for s in misses:
        lines.append(f"  miss: \"{s['phrase']}\" (report {s['source']} p. {s['page']},"
                     f" in {s['fts_docs']} reports by FTS5; app lists {s['app_sources']},"
                     f" source listed: {s['source_found']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path, help="the clone (or its html/ folder)")
    parser.add_argument("--limit", type=int, default=0, help="import only N files (seeded)")
    parser.add_argument("--years", default="", help="e.g. 2021,2022")
    parser.add_argument("--work", type=Path, default=REPO / "bench-results" / "real")
    parser.add_argument("--reuse", action="store_true",
                        help="search the library imported by the last run (no import figure)")
    parser.add_argument("--spans", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="cProfile the app's side of the query set (N rounds), print the"
                             " top functions, and stop")
    parser.add_argument("--per-call", action="store_true",
                        help="no bulk_import() block: each country's call writes its own index")
    args = parser.parse_args(argv)
    from evidence_app.library.facade import Library

    files = report_files(args.dir, {y for y in args.years.split(",") if y}, args.limit,
                         args.seed)
    if not files:
        log(f"no html/<year>/<country>.html files under {args.dir}")
        return 2
    work = args.work
    libdir, db = work / "library", work / "fts.sqlite3"
    saved = work / "import.json"
    if args.reuse and saved.exists() and libdir.exists():
        imported = json.loads(saved.read_text())
        lib = Library.open(libdir)
    else:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        lib = Library.open(libdir)
        log(f"importing {len(files)} reports into {libdir}")
        seconds, failed = import_library(lib, files, args.per_call)
        passages = lib.catalog.stats()["pages"]
        log(f"building FTS5 over {passages} passages")
        rows, fts_seconds = build_fts(lib, db)
        imported = {"seconds": seconds, "failed": failed, "passages": passages,
                    "fts_rows": rows, "fts_seconds": fts_seconds, "files": len(files)}
        saved.write_text(json.dumps(imported))
    stats = lib.catalog.stats()
    if args.profile:
        profile_queries(lib, args.profile)
        lib.close()
        return 0
    con = sqlite3.connect(db)
    log("timing the queries")
    queries = run_queries(lib, con)
    log("known-item recall")
    spans = known_item(lib, pick_spans(con, args.spans, args.seed))
    con.close()
    lib.close()
    fig = {
        "files": imported["files"], "sources": stats["sources"],
        "passages": imported["passages"], "failed": imported["failed"],
        "app_rate": imported["passages"] / max(imported["seconds"], 1e-9),
        "fts_rate": imported["fts_rows"] / max(imported["fts_seconds"], 1e-9),
        "queries": queries, "spans": spans,
    }
    out = args.out or work / "real.json"
    out.write_text(json.dumps(fig, indent=1))
    print(table(fig))
    for r in queries:
        print(f"  {r['app_ms']:7.1f} {r['fts_ms']:7.1f}  {r['app_sources']:>5}"
              f" {r['fts_sources']:>5}  {r['query']}" + (f"  ERROR {r['error']}"
                                                          if r["error"] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
