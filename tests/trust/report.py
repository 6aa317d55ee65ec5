"""The trust report: `python -m tests.trust.report --out resources/reports/trust-report.md`.

Runs, on the shared corpus, in temporary folders: a bundle round trip between two libraries
with the same searches on both; hostile bundles; kill trials; hostile queries, metadata
and damaged files; every file of corpus/malformed; the network guard around import,
search, packet and bundles; path attacks and a full disk (paths.py). Writes what it
measured as Markdown. Nothing here is typed in by hand: run it again to refresh the figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from evidence_app import __version__
from evidence_app.errors import BundleRejected
from evidence_app.ingest.pool import ExtractionPool
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery

from . import damage, hostile, paths
from .bundles import FORGED, forged_bundle, good_members, refusals
from .crash import CrashTrials
from .network import no_network
from .network import self_test as network_guard_works

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
QUERIES: list[str | SearchQuery] = [
    "gangs", "pandillas", "extortion", "extorsión", '"human rights"', '"death squads"',
    "femicide OR feminicidio", "deportees AND threats", "journalist*", "police NEAR abuses",
    '"returned migrants"~5', "asylum", "LGBTI", "indigenous", "trafficking", "detention",
    "torture", "refugees", "corruption impunity", "cartel", "maras", "violencia",
    SearchQuery(text="violence", countries=("HN",)), SearchQuery(text="gangs", related=True),
    SearchQuery(text="police", sort="date"), SearchQuery(text="", countries=("GT",)),
    SearchQuery(text="women", kinds=("government_report",)),
    SearchQuery(text="violence", since="2022", until="2024"),
]


class Report:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.started = time.monotonic()

    def section(self, title: str) -> None:
        self.lines += ["", f"## {title}", ""]

    def add(self, *lines: str) -> None:
        self.lines += list(lines)

    def table(self, head: list[str], rows: list[list[object]]) -> None:
        self.lines.append("| " + " | ".join(head) + " |")
        self.lines.append("|" + "---|" * len(head))
        for row in rows:
            cells = [str(c).replace("|", "\\|").replace("\n", " ") for c in row]
            self.lines.append("| " + " | ".join(cells) + " |")

    def say(self, text: str) -> None:
        print(f"[{time.monotonic() - self.started:6.1f}s] {text}", file=sys.stderr, flush=True)


def _corpus_files() -> list[Path]:
    files: list[Path] = []
    for sub in ("text", "html", "pdf", "docx"):
        files += sorted(p for p in (CORPUS / sub).glob("*") if p.is_file())
    return files


def _answers(lib: Library, query: str | SearchQuery) -> dict[str, object]:
    """A search's results by file hash (source ids differ between libraries)."""
    result = lib.search(query)
    sha = {s.id: s.sha256 for s in lib.catalog.sources()}
    return {
        "passages": [(sha[p.source_id], p.cite_label, p.snippet, round(p.score, 6))
                     for p in result.passages],
        "sources": [(sha[s.source_id], round(s.score, 6), s.matched_pages,
                     [(p.cite_label, p.snippet) for p in s.pages]) for s in result.sources],
        "facets": sorted(result.facets.items()),
        "error": result.error,
    }


def _compare(a: Library, b: Library) -> tuple[int, int, int]:
    """(searches with identical passages, identical source lists, identical everything)."""
    same = [(x["passages"] == y["passages"], x["sources"] == y["sources"], x == y)
            for x, y in ((_answers(a, q), _answers(b, q)) for q in QUERIES)]
    return (sum(p for p, _, _ in same), sum(s for _, s, _ in same), sum(e for _, _, e in same))


# ---------------------------------------------------------------- sections
def bundle_round_trip(r: Report, tmp: Path) -> Library:
    r.section("1. Bundle round trip between two libraries")
    r.say("importing the corpus into library A")
    a = Library.open(tmp / "a")
    imported = a.import_files(_corpus_files(), auto_tag=True, workers=2)
    a.taxonomy.add_risk_type("land_defenders", "Land and environment defenders",
                    "Defensores de la tierra", keywords=["land defender"])
    excerpts = 0
    for source in a.catalog.sources()[::3]:
        page = next((p for p in a.catalog.pages(source.id) if len(p.text) > 200), None)
        if page is not None:
            a.excerpts.add_excerpt(source.id, page.page_no, 40, 160, note="clipped for the report")
            excerpts += 1
    a.catalog.tag(a.catalog.sources()[0].id, risks=["land_defenders"])
    case = a.cases.new_case(applicant_name="Report Applicant", countries=["HN"])
    a.cases.add_exhibit(case.id, a.catalog.sources()[0].id)
    started = time.monotonic()
    exported = a.bundles.export_bundle(tmp / "all.evbundle")
    export_s = time.monotonic() - started
    r.say("importing the bundle into library B")
    b = Library.open(tmp / "b")
    started = time.monotonic()
    merged = b.bundles.import_bundle(tmp / "all.evbundle")
    import_s = time.monotonic() - started
    as_used = _compare(a, b)
    hits = sum(len(a.search(q).passages) for q in QUERIES)
    again = b.bundles.import_bundle(tmp / "all.evbundle")
    blob = (tmp / "all.evbundle").read_bytes()
    checked = b.check().ok
    a.index.rebuild_index()
    b.index.rebuild_index()
    rebuilt = _compare(a, b)
    n = len(QUERIES)
    r.table(["measure", "value"], [
        ["sources in A (corpus text, HTML, PDF, DOCX)", len(a.catalog.sources())],
        ["files the corpus import refused (see section 5 for reasons)", len(imported.failed)],
        ["bundle: sources / pages / excerpts / added risk types",
         f"{exported.sources} / {exported.pages} / {exported.excerpts} / "
         f"{exported.risk_types}"],
        ["bundle size", f"{exported.size / 1e6:.1f} MB"],
        ["export / import time", f"{export_s:.1f} s / {import_s:.1f} s"],
        ["sources added to the empty library B", len(merged.added)],
        ["searches compared (words, phrases, boolean, wildcards, en/es, filters, date sort)",
         n],
        ["passages returned in A", hits],
        ["**identical best passages (page, cite, snippet, score)**", f"**{as_used[0]} of {n}**"],
        ["identical source lists (order, scores, pages), indexes as they were used",
         f"{as_used[1]} of {n}"],
        ["**identical results in every part after `rebuild-index` on both**",
         f"**{rebuilt[2]} of {n}**"],
        ["second import of the same bundle: added / already there / excerpts added",
         f"{len(again.added)} / {len(again.merged)} / {again.excerpts_added}"],
        ["case data in the bundle (applicant name found in its bytes)",
         "yes" if b"Report Applicant" in blob else "none"],
        ["`check` of library B", "ok" if checked else "PROBLEMS"],
    ])
    r.add("", "Source scores come from the Whoosh index, whose statistics still count the old "
              "versions of sources edited or re-tagged in A until its segments merge; B's "
              "index was written in one go. Page passages are scored on exact counts and "
              "match whatever the index history; after a rebuild both indexes are alike.")
    b.close()
    return a


def bundle_refusals(r: Report, tmp: Path, a: Library) -> None:
    r.section("2. Hostile bundles (each is refused before the library changes)")
    good = good_members(a, tmp)
    rows = []
    tracebacks = 0
    with Library.open(tmp / "refusals") as lib:
        before = (lib.catalog.stats(), lib.store.index_log.generation())
        attempts: list[tuple[str, Path, str]] = []
        for name, (data, expected) in refusals(good).items():
            path = tmp / f"{name}.evbundle"
            path.write_bytes(data)
            attempts.append((name, path, expected))
        attempts += [(name, path, "not_a_bundle") for name, path in _not_files(tmp)]
        for name, path, expected in attempts:
            started = time.monotonic()
            try:
                lib.bundles.import_bundle(path)
                rows.append([name, expected, "ACCEPTED", ""])
            except BundleRejected as exc:
                took = time.monotonic() - started
                rows.append([name, expected, exc.reason, f"{exc.detail[:80]} ({took:.1f} s)"])
            except Exception as exc:  # noqa: BLE001 - counted as a traceback
                tracebacks += 1
                rows.append([name, expected, "TRACEBACK", f"{type(exc).__name__}: {exc}"[:90]])
        unchanged = (lib.catalog.stats(), lib.store.index_log.generation()) == before
        lock_free = lib.watch.writer() == ""
    r.table(["bundle", "expected", "refused as", "detail"], rows)
    right = sum(row[1] == row[2] for row in rows)
    r.add("", f"{right} of {len(rows)} refused with the expected reason; library unchanged: "
              f"{'yes' if unchanged else 'NO'}; lock released: {'yes' if lock_free else 'NO'}; "
              f"tracebacks: {tracebacks}.")
    forged_text(r, tmp)


def _not_files(tmp: Path) -> list[tuple[str, Path]]:
    """Paths that are no bundle file at all: a device read forever, a FIFO nobody writes."""
    found = [("folder", tmp)]
    if Path("/dev/zero").exists():
        found.append(("/dev/zero", Path("/dev/zero")))
    if hasattr(os, "mkfifo"):
        fifo = tmp / "fifo.evbundle"
        os.mkfifo(fifo)
        found.append(("FIFO", fifo))
    return found


def forged_text(r: Report, tmp: Path) -> None:
    """A real bundle (hashes intact) with invented page text: accepted, but the text stored,
    searched and printed is the one extracted here from each original file."""
    forged = tmp / "forged.evbundle"
    forged.write_bytes(forged_bundle((tmp / "good.evbundle").read_bytes()))
    rows: list[list[object]] = []
    with Library.open(tmp / "forged") as lib:
        imported = lib.bundles.import_bundle(forged)
        stored = sum(
            FORGED in p.text for s in lib.catalog.sources() for p in lib.catalog.pages(s.id)
        )
        hits = len(lib.search('"no gang violence"').passages)
        case = lib.cases.new_case(applicant_name="Report Applicant", countries=["HN"])
        lib.cases.add_exhibit(case.id, imported.added[0])
        built = lib.packets.build_packet(case.id, tmp / "forged-packet.pdf")
        printed = " ".join(" ".join((page.extract_text() or "").split())
                           for part in built.parts for page in PdfReader(part.path).pages)
        rows += [
            ["sources added / text notes in the import report",
             f"{len(imported.added)} / {len(imported.text_notes)}"],
            ["pages holding the invented sentence", stored],
            ["search hits for it", hits],
            ["packet prints it", "yes" if "no gang violence" in printed else "no"],
            ["text kept unverified (no text in the original)", len(imported.unverified)],
            ["`check`", "ok" if lib.check().ok else "PROBLEMS"],
        ]
    r.add("", "Forged page text: a real bundle whose page text says "
              f"\u201c{FORGED}\u201d (files and hashes intact).", "")
    r.table(["measure", "value"], rows)


def kill_trials(r: Report, tmp: Path, trials: int) -> None:
    r.section("3. Kill trials (SIGKILL at a random moment, then open, check, verify)")
    r.say(f"{trials} kill trials")
    runner = CrashTrials(tmp / "crash", seed=int(time.time()))
    runner.prepare()
    stats = runner.run(trials)
    r.table(["measure", "value"], [
        ["trials (driver killed with SIGKILL)", stats.trials],
        ["**trials after which the library opened, passed `check` and held every write "
         "reported done**", f"**{stats.trials - len({f.split(':')[0] for f in stats.failures})}"
         f" of {stats.trials}**"],
        ["writes reported done before a kill", stats.finished_writes],
        ["expectations verified after the kills", stats.checked],
        ["failures", len(stats.failures)],
        ["time", f"{stats.seconds:.0f} s"],
    ])
    r.add("")
    r.table(["write verb", "finished", "killed midway"], [
        [verb, stats.by_verb.get(verb, 0), stats.interrupted.get(f"do_{verb}", 0)]
        for verb in ("import", "edit", "tag", "excerpt", "excerpt_delete", "case", "case_edit",
                     "bundle", "rebuild")])
    for failure in stats.failures[:20]:
        r.add(f"- FAILURE: {failure}")


def hostile_inputs(r: Report, tmp: Path, a: Library, counts: dict[str, int]) -> None:
    r.section("4. Hostile input through the facade")
    r.say("hostile queries, metadata, damaged files")
    source_id = a.catalog.sources()[0].id
    samples = hostile.corpus_samples(CORPUS)
    damaged = tmp / "damaged"
    damaged.mkdir()
    runs: list[tuple[str, Callable[[], hostile.Tally]]] = [
        ("search queries (random text, query syntax, RTL marks, emoji, NUL, surrogates, "
         "5,000-character words)",
         lambda: hostile.drive(hostile.queries, counts["queries"],
                               lambda q: hostile.query_outcome(a, q))),
        ("metadata values (control characters, RTL marks, emoji, surrogates, 60,000 "
         "characters, bad dates)",
         lambda: hostile.drive(hostile.metadata_pairs, counts["metadata"],
                               lambda p: hostile.metadata_outcome(a, source_id, p))),
        ("damaged files (truncated, bytes flipped, slices dropped or repeated, junk) from "
         f"{len(samples)} corpus PDF, HTML, DOCX and text files",
         lambda: hostile.drive(hostile.file_specs, counts["files"],
                               lambda s: hostile.file_outcome(a, samples, damaged, s))),
    ]
    rows = []
    crashes: list[str] = []
    for name, run in runs:
        tally = run()
        crashes += tally.crashes
        outcomes = ", ".join(f"{k} {v}" for k, v in tally.outcomes.most_common())
        rows.append([name, tally.tried, len(tally.crashes), outcomes])
    r.table(["input", "tried", "crashes", "outcomes"], rows)
    total = sum(int(row[1]) for row in rows)
    r.add("", f"**{total} hostile inputs tried, {len(crashes)} crashes.** Files are parsed in "
              f"worker processes stopped after {ExtractionPool().timeout:g} s each.")
    r.add(*[f"- CRASH: {c}" for c in crashes[:20]])
    r.add("", f"`check` of the library afterwards: {'ok' if a.check().ok else 'PROBLEMS'}.")


def malformed(r: Report, tmp: Path) -> None:
    r.section("5. Every file of corpus/malformed")
    files = sorted(p for p in (CORPUS / "malformed").iterdir() if p.is_file())
    with Library.open(tmp / "malformed") as lib:
        report = lib.import_files(files, workers=2)
        outcome: dict[str, tuple[str, str, str]] = {}
        for s in report.imported:
            note = "no text layer: needs OCR" if s.needs_ocr else f"{s.page_count} pages"
            outcome[s.original_name] = ("imported", "", note)
        for f in report.failed:
            outcome[Path(f.path).name] = ("refused", f.reason, f.message.split(": ", 1)[-1])
        for path, existing in report.duplicates:
            outcome[Path(path).name] = ("duplicate", "", f"same bytes as source {existing}")
        ok = lib.check().ok
    rows = [[p.name, *outcome.get(p.name, ("NOT HANDLED", "", ""))] for p in files]
    r.table(["file", "outcome", "reason", "detail"], [[c[:110] for c in map(str, row)]
                                                     for row in rows])
    handled = sum(row[1] != "NOT HANDLED" for row in rows)
    r.add("", f"**{handled} of {len(files)} handled with a reason** (imported, or refused with "
              f"a reason code and a message); `check` afterwards: {'ok' if ok else 'PROBLEMS'}.")


def network(r: Report, tmp: Path) -> None:
    r.section("6. Network")
    r.say("network guard")
    pages = sorted((CORPUS / "html").glob("*.html"))
    with no_network() as attempts:
        with Library.open(tmp / "net-a") as lib:
            lib.import_files(pages, workers=0, auto_tag=True)  # in-process: the hook sees it
            searches = sum(bool(lib.search(q).sources) for q in QUERIES)
            case = lib.cases.new_case(applicant_name="Network Test", countries=["HN"])
            lib.cases.add_exhibit(case.id, lib.catalog.sources()[0].id)
            packet = lib.packets.build_packet(case.id, tmp / "packet.pdf")
            lib.bundles.export_bundle(tmp / "net.evbundle")
        with Library.open(tmp / "net-b") as other:
            other.bundles.import_bundle(tmp / "net.evbundle")
    r.table(["measure", "value"], [
        ["the guard sees a deliberate connection attempt (self-test)",
         "yes" if network_guard_works() else "NO"],
        ["saved web pages imported (they reference remote scripts, fonts, images)", len(pages)],
        ["searches run", len(QUERIES)], ["searches with results", searches],
        ["packet pages built", packet.total_pages],
        ["bundle exported and imported into a second library", "yes"],
        ["**network connection or name lookup attempts**", f"**{len(attempts)}**"],
    ])
    r.add(*[f"- ATTEMPT: {a}" for a in attempts[:20]])


def damaged_databases(r: Report, tmp: Path) -> None:
    r.section("8. Damaged database (each kind of damage, then `check --repair`)")
    r.say("damaged databases")
    outcomes = damage.run_all(tmp / "damage")
    r.add("A library with a backup of half its sources, then the other half imported and an "
          "excerpt made, then its database damaged. Each verb must name the damage and say "
          "what to do; `backups` must work; `check --repair` sets the file aside, starts from "
          "the newest backup that passes `integrity_check`, adds the rows it can read from the "
          "damaged file and imports again every original in `files/` it lacks.", "")
    r.table(damage.HEAD, damage.rows(outcomes))
    tracebacks = [t for o in outcomes for t in o.tracebacks]
    recovered = sum(o.recovered for o in outcomes)
    r.add("", f"**{recovered} of {len(outcomes)} kinds of damage recovered, "
              f"{len(tracebacks)} tracebacks.**")
    r.add(*[f"- TRACEBACK: {t}" for t in tracebacks[:20]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "resources/reports/trust-report.md")
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--metadata", type=int, default=400)
    parser.add_argument("--files", type=int, default=200)
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"the corpus is not at {CORPUS}", file=sys.stderr)
        return 2
    r = Report()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                            capture_output=True, text=True).stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                           capture_output=True, text=True).stdout.strip()
    commit += " with uncommitted changes" if dirty else ""
    r.add("# Evidence Library: trust report", "",
          f"Made by `packaging/trust-report.sh` (`python -m tests.trust.report`) on "
          f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}: app {__version__}, commit "
          f"{commit}, Python {platform.python_version()}, {platform.system()} "
          f"{platform.machine()}. Corpus: `../shared/corpus`. Every figure below was "
          "measured by that run.")
    with tempfile.TemporaryDirectory(prefix="evidence-trust-") as folder:
        tmp = Path(folder)
        a = bundle_round_trip(r, tmp)
        bundle_refusals(r, tmp, a)
        kill_trials(r, tmp, args.trials)
        hostile_inputs(r, tmp, a,
                       {"queries": args.queries, "metadata": args.metadata, "files": args.files})
        a.close()
        malformed(r, tmp)
        network(r, tmp)
        paths.section(r, tmp)
        damaged_databases(r, tmp)
    r.add("", f"_Run time: {time.monotonic() - r.started:.0f} s._", "")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(r.lines), encoding="utf-8")
    r.say(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
