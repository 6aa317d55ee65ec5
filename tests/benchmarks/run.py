"""Benchmark runner: generate (or reuse) a corpus, measure the app and SQLite FTS5 on the same
pages, print a table against the targets and write JSON.

    python -m tests.benchmarks.run --pages 5000 [--out bench-results/x.json]
                                   [--formats text,pdf] [--seed 1] [--profile]

Quality is measured against an exhaustive page-level BM25 ranking: every page is analysed
with the app's own analyzer (evidence_app.search.analysis: same tokens, accent folding,
stop words and English/Spanish stemming, by the document's language), matched over all
pages with FTS5 and scored by brute-force BM25; see reference.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import baseline, report
from .corpus import Corpus, corpus_folder, ensure_corpus, extra_path
from .queries import QUERIES
from .reference import SCORINGS, TOKENIZER, Reference

REPO = Path(__file__).resolve().parents[2]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def spawn(work: Path, mode: str, *, tag: str = "", cold: bool = False,
          **opts: Any) -> dict[str, Any]:
    """Run one child measurement; adds the peak RSS of its whole process tree."""
    out = work / f"{mode}{tag}.json"
    out.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "tests.benchmarks.child", mode, "--out", str(out)]
    for key, value in opts.items():
        if value is not None:
            cmd += [f"--{key.replace('_', '-')}", str(value)]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    if cold:  # the clock starts before the interpreter does
        cmd += ["--spawned-at", str(time.time())]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env)
    # wait4 gives the usage of this child and the descendants it waited for
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark step '{mode}' failed (exit {proc.returncode}): "
                           + " ".join(cmd))
    data: dict[str, Any] = json.loads(out.read_text())
    data.setdefault("rss", {})["tree_mb"] = usage.ru_maxrss / 1024
    return data


def cpu_calibration() -> float:
    """Seconds of CPU for a fixed pure-Python loop: this shared machine's speed varies by
    half over an hour, so a run records it at its start and end to compare runs."""
    t0 = time.process_time()
    total = 0
    for i in range(2_000_000):
        total += i * i
    return time.process_time() - t0


def code_fingerprint() -> str:
    """Hash of the app's sources: other people edit the tree while a long run goes on."""
    digest = hashlib.sha256()
    for path in sorted((REPO / "evidence_app").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def analyzer_fingerprint() -> str:
    """What the app's analyzer does, not how its file reads: the reference is rebuilt (minutes
    at 80,000 pages) when terms would change, not when analysis.py is refactored."""
    from evidence_app.search import analysis

    digest = hashlib.sha256(analysis.WORD_PATTERN.encode())
    for key in analysis.LANGS:
        digest.update(" ".join(sorted(analysis.EN_STOPS if key == analysis.EN
                                      else analysis.ES_STOPS)).encode())
        for text in corpus_sample():
            digest.update(" ".join(analysis.analyse(text, key)).encode())
    return digest.hexdigest()[:12]


def corpus_sample() -> list[str]:
    from .vocab import EN_WORDS, ES_WORDS

    return [" ".join(EN_WORDS), " ".join(ES_WORDS),
            "Extorsión, EXTORSION y extorsiones; U.S. covid-19 3.5% gang.violence niñas"]


def build_reference(corpus: Corpus, log_each: int = 20_000) -> Path:
    digest = analyzer_fingerprint()
    path = corpus.folder / f"reference-v2-{digest}.sqlite3"
    if path.exists():
        return path
    for old in corpus.folder.glob("reference-*.sqlite3*"):
        old.unlink()
    log(f"building the exhaustive reference (pages analysed by the app's analyzer) -> {path}")
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    con = sqlite3.connect(partial)
    baseline.create(con, TOKENIZER)
    from .corpus import page_rows

    baseline.insert(con, page_rows(corpus.db), analysed=True)
    con.execute("INSERT INTO pages(pages) VALUES ('optimize')")
    con.commit()
    con.close()
    partial.replace(path)
    return path


def quality(ref_db: Path, app: list[dict[str, Any]], fts: list[dict[str, Any]]
            ) -> list[dict[str, Any]]:
    """Recall@20 and score ratio of the app's best passages and of FTS5's top pages against
    the exhaustive reference, under both ways of scoring phrases (reference.SCORINGS)."""
    ref = Reference(ref_db)
    rowid = ref.rowids_by_page()
    out = []
    for q, a, f in zip(QUERIES, app, fts, strict=True):
        row: dict[str, Any] = {"query": q.name(), "kind": q.kind}
        ranked = {
            "app": [rowid.get((Path(n).stem, p)) for n, p, _ in a["passages"]],
            "fts5": [r for r, _ in f["hits"]],
        }
        for scoring in SCORINGS:
            best = ref.top(q, scoring)
            suffix = "" if scoring == "words" else "_phrase"
            row["reference_hits" + suffix] = len(best)
            best_ids = {h.rowid for h in best}
            for who, rows in ranked.items():
                found = [r for r in rows[: baseline.TOP] if r is not None]
                entry = row.setdefault(who, {"returned": len(rows),
                                             "unmapped": rows.count(None)})
                if not best:
                    entry["recall" + suffix] = entry["score_ratio" + suffix] = None
                    continue
                k = len(best)
                scores = ref.scores(q, found[:k], scoring)
                entry["recall" + suffix] = len(best_ids & set(found)) / k
                entry["score_ratio" + suffix] = (
                    sum(scores.values()) / sum(h.score for h in best))
        out.append(row)
    ref.close()
    return out


def figures(res: dict[str, Any], qual: list[dict[str, Any]]) -> dict[str, Any]:
    fig: dict[str, Any] = {}

    def put(key: str, app: Any, fts: Any = None) -> None:
        fig[key] = {"app": app, "fts5": fts}

    imp, fb = res.get("import"), res["fts_build"]
    put("import_pages_per_s", imp and imp["stats"]["pages"] / imp["seconds"],
        fb["pages"] / fb["seconds"])
    app_ms = [q["ms"] for q in res["search"]["queries"]]
    fts_ms = [q["ms"] for q in res["fts_search"]["queries"]]
    put("search_p50_ms", report.percentile(app_ms, 50), report.percentile(fts_ms, 50))
    put("search_p95_ms", report.percentile(app_ms, 95), report.percentile(fts_ms, 95))
    for key, kinds in (("phrase_p50_ms", ("phrase", "near")),
                       ("filtered_p50_ms", ("country", "risk"))):
        idx = [i for i, q in enumerate(QUERIES) if q.kind in kinds]
        put(key, report.percentile([app_ms[i] for i in idx], 50),
            report.percentile([fts_ms[i] for i in idx], 50))
    for key, field in (("recall_at_20", "recall"), ("score_ratio", "score_ratio"),
                       ("recall_at_20_phrase", "recall_phrase")):
        put(key, *(report.mean([r[w][field] for r in qual if r[w][field] is not None])
                   for w in ("app", "fts5")))
    fig["recall_by_kind"] = {
        kind: {w: report.mean([r[w]["recall"] for r in qual
                               if r["kind"] == kind and r[w]["recall"] is not None])
               for w in ("app", "fts5")}
        for kind in dict.fromkeys(q.kind for q in QUERIES)
    }
    cold = sorted(c["wall_seconds"] for c in res["cold"])
    fcold = sorted(c["wall_seconds"] for c in res["fts_cold"])
    put("cold_open_s", cold[len(cold) // 2], fcold[len(fcold) // 2])
    put("index_mb", res["sizes"]["index"] / 1e6, fb["bytes"]["index"] / 1e6)
    put("store_mb", res["sizes"]["library_db"] / 1e6, res["sizes"]["fts5_db"] / 1e6)
    put("peak_memory_import_mb", imp and imp["rss"]["self_mb"], fb["rss"]["self_mb"])
    put("peak_memory_workers_mb", imp and imp["rss"]["tree_mb"])
    put("peak_memory_search_mb", res["search"]["rss"]["self_mb"],
        res["fts_search"]["rss"]["self_mb"])
    put("add_100_pages_s", res["add"]["searchable_seconds"],
        res["fts_add"]["searchable_seconds"])
    packet = res.get("packet")
    if packet:  # the FTS5 column holds qpdf's plain concatenation of the same PDFs: the floor
        put("packet_build_s", packet["packet_seconds"], packet["qpdf_concat_seconds"])
    else:
        put("packet_build_s", report.PACKET_PLACEHOLDER)
    if res.get("tier2_curve"):
        fig["tier2_curve"] = res["tier2_curve"]
    return fig


def packet_figures(work: Path) -> dict[str, Any]:
    out = work / "packet.json"
    subprocess.run([sys.executable, "-m", "tests.benchmarks.packet_bench", "--out", str(out)],
                   cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    data: dict[str, Any] = json.loads(out.read_text())
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=5000,
                        help="corpus size: 5000 (default, a few minutes), 80000, 300000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default="text,pdf", help="text, pdf or text,pdf")
    parser.add_argument("--out", help="JSON results (default bench-results/bench-<pages>.json)")
    parser.add_argument("--root", default=str(REPO / "bench-results"),
                        help="cache and results folder")
    parser.add_argument("--keep-library", action="store_true",
                        help="reuse the library of an earlier run: no import figures")
    parser.add_argument("--profile", action="store_true",
                        help="after measuring, profile searches and an import (cProfile)")
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--tier2-curve", default="",
                        help="e.g. 50,100,200,300: search again with tier 2 ranking the pages "
                             "of that many top sources, and report recall and speed for each")
    args = parser.parse_args(argv)
    formats = tuple(sorted({f.strip() for f in args.formats.split(",") if f.strip()}))
    if not formats or set(formats) - {"text", "pdf"}:
        parser.error("--formats takes text, pdf or text,pdf")
    root = Path(args.root).resolve()
    work = Path(str(corpus_folder(root, args.pages, args.seed, formats)).replace(
        "corpus-", "run-", 1))
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()
    code_at_start, load_at_start = code_fingerprint(), os.getloadavg()
    cpu_at_start = cpu_calibration()

    log(f"corpus: {args.pages:,} pages, seed {args.seed}, formats {','.join(formats)}")
    t0 = time.perf_counter()
    corpus = ensure_corpus(root, args.pages, args.seed, formats, log=log)
    log(f"corpus ready in {time.perf_counter() - t0:.0f} s: {corpus.folder}")
    ref_db = build_reference(corpus)
    library = work / "library"
    fts_db = work / "fts5.sqlite3"
    res: dict[str, Any] = {}

    log("FTS5 baseline: inserting pages")
    res["fts_build"] = spawn(work, "fts-build", db=fts_db, pages=corpus.db)
    if not (args.keep_library and library.exists()):
        shutil.rmtree(library, ignore_errors=True)
        groups = work / "groups.json"
        groups.write_text(json.dumps([[c, r, str(f)] for c, r, f in corpus.import_groups()]))
        log(f"importing {len(corpus.docs)} documents through Library.import_files")
        res["import"] = spawn(work, "import", library=library, groups=groups)
        check_import(res["import"], corpus)
    res["sizes"] = {
        "index": report.folder_bytes(library / "index"),
        "library_db": sum(p.stat().st_size for p in library.glob("library.sqlite3*")),
        "files": report.folder_bytes(library / "files"),
        "fts5_db": sum(p.stat().st_size for p in work.glob("fts5.sqlite3*")),
    }
    log("searching: 50 queries, 3 runs each (the median counts), app then FTS5")
    res["search"] = spawn(work, "search", library=library)
    res["fts_search"] = spawn(work, "fts-search", db=fts_db)
    errors = [q for q in res["search"]["queries"] if q["error"]]
    if errors:
        log(f"warning: {len(errors)} queries gave an error, e.g. {errors[0]}")
    log("quality against the exhaustive reference")
    qual = quality(ref_db, res["search"]["queries"], res["fts_search"]["queries"])
    if args.tier2_curve:
        res["tier2_curve"] = tier2_curve(work, library, ref_db, res, args.tier2_curve)
    log("cold starts")
    res["cold"] = [spawn(work, "cold", tag=str(i), library=library, cold=True)
                   for i in range(args.cold_runs)]
    res["fts_cold"] = [spawn(work, "fts-cold", tag=str(i), db=fts_db, cold=True)
                       for i in range(args.cold_runs)]
    log("adding one 100-page report")
    added = extra_path(corpus, corpus.add_one)
    res["add"] = spawn(work, "add", library=library, file=added)
    res["fts_add"] = spawn(work, "fts-add", db=fts_db, file=added.with_suffix(".pages.json"))
    log("building a 40-exhibit, 600-page packet (tests/benchmarks/packet_bench.py)")
    res["packet"] = packet_figures(work)
    if args.profile:
        res["profiles"] = profile(work, library, corpus)
    # a later --keep-library run must search the corpus only
    spawn(work, "remove", library=library, prefix="added-,profile-")

    code_at_end = code_fingerprint()
    if code_at_end != code_at_start:
        log("warning: evidence_app changed during the run; figures may mix two versions")
    fig = figures(res, qual)
    text = report.table(fig, args.pages)
    print(f"\nEvidence Library benchmark: {args.pages:,} pages in {len(corpus.docs)} documents "
          f"(seed {args.seed}, formats {','.join(formats)})")
    print(text)
    print(f"machine: {os.cpu_count()} CPUs; calibration loop {cpu_at_start:.2f} s at start, "
          f"{cpu_calibration():.2f} s at end (lower is faster)")
    out = Path(args.out) if args.out else root / f"bench-{args.pages}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "params": {"pages": args.pages, "seed": args.seed, "formats": formats,
                   "documents": len(corpus.docs), "command": sys.argv},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "sqlite": sqlite3.sqlite_version, "platform": platform.platform(),
                    "load_at_start": load_at_start, "load_at_end": os.getloadavg(),
                    "cpu_calibration_s": {"start": cpu_at_start, "end": cpu_calibration()}},
        "code": {"at_start": code_at_start, "at_end": code_at_end,
                 "changed_during_run": code_at_end != code_at_start},
        "reference": "exhaustive page-level BM25 over all pages analysed by the app's "
                     "analyzer (see tests/benchmarks/reference.py); recall_phrase: phrases "
                     "scored as FTS5 bm25() does",
        "figures": fig,
        "targets": [{"name": t.name, "at_pages": t.at_pages, "ok": t.ok}
                    for t in report.targets(fig)],
        "quality": qual, "raw": res, "table": text,
        "seconds": time.time() - started,
    }, indent=1, default=str))
    print(f"\nresults: {out}")
    return 0


def tier2_curve(work: Path, library: Path, ref_db: Path, res: dict[str, Any], spec: str
                ) -> list[dict[str, Any]]:
    """Recall@20 and latency against the number of sources tier 2 ranks pages of."""
    curve = []
    for n in sorted({int(x) for x in spec.split(",") if x.strip()}):
        log(f"searching with tier 2 over the top {n} sources")
        run = spawn(work, "search", tag=f"-tier2-{n}", library=library, tier2=n)
        qual = quality(ref_db, run["queries"], res["fts_search"]["queries"])
        ms = [q["ms"] for q in run["queries"]]
        curve.append({
            "sources": n,
            "recall_at_20": report.mean([r["app"]["recall"] for r in qual
                                         if r["app"]["recall"] is not None]),
            "p50_ms": report.percentile(ms, 50), "p95_ms": report.percentile(ms, 95),
        })
    return curve


def check_import(result: dict[str, Any], corpus: Corpus) -> None:
    """The recall mapping needs one library page per corpus page, and Spanish detected."""
    expected = {d.name: d for d in corpus.docs}
    got = {Path(n).stem: c for n, c in result["page_counts"].items()}
    wrong = [n for n, d in expected.items() if got.get(n) != d.pages]
    langs = {Path(n).stem: lang for n, lang in result["languages"].items()}
    misdetected = [n for n, d in expected.items() if langs.get(n) != d.lang]
    failed = [f for s in result["steps"] for f in s["failed"]]
    result["checks"] = {"page_count_mismatch": wrong, "language_mismatch": misdetected,
                        "failed": failed}
    if wrong or misdetected or failed:
        log(f"warning: {len(wrong)} documents with another page count, {len(misdetected)} "
            f"with another language, {len(failed)} failed: {(wrong + misdetected + failed)[:5]}")


def profile(work: Path, library: Path, corpus: Corpus) -> dict[str, str]:
    """cProfile of the 50 searches and of importing ~1,000 more pages into the library."""
    out: dict[str, str] = {}
    log("profiling the searches")
    stats = work / "search.prof"
    spawn(work, "search", tag="-profiled", library=library, profile=stats, repeat=1)
    out["search"] = report.profile_summary(stats)
    log("profiling an import of ten more documents into the library")
    files = work / "profile-groups.json"
    folder = work / "profile-docs"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for spec in corpus.profile_docs:
        src = extra_path(corpus, spec)
        shutil.copy(src, folder / src.name)
    files.write_text(json.dumps([["HN", "gang_violence", str(folder)]]))
    stats = work / "import.prof"
    result = spawn(work, "import", tag="-profiled", library=library, groups=files,
                   profile=stats)
    out["import"] = report.profile_summary(stats)
    out["import_note"] = (f"{result['steps'][0]['pages']} pages in "
                          f"{result['seconds']:.1f} s under cProfile")
    for key in ("search", "import"):
        (work / f"{key}-profile.txt").write_text(out[key])
    return out


if __name__ == "__main__":
    raise SystemExit(main())
