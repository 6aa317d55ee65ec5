"""Kill trials: a driver process does write verbs on one library and is killed (SIGKILL) at
a random moment; then the library must open, pass `check` after the automatic catch-up,
and hold every write the driver reported as finished. Trials follow one another on the
same library, so each starts from whatever the kills before it left.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence_app.library.facade import Library

from .crash_driver import BUNDLES, text_for

REPO = Path(__file__).resolve().parents[2]


@dataclass
class TrialStats:
    trials: int = 0
    finished_writes: int = 0  # DONE lines: writes the driver reported as finished
    checked: int = 0  # expectations verified after the kills
    interrupted: Counter[str] = field(default_factory=Counter)  # verb in flight when killed
    by_verb: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Expectations:
    imports: dict[str, str] = field(default_factory=dict)  # token -> sha
    titles: dict[str, set[str]] = field(default_factory=dict)  # sha -> allowed titles
    tags: set[tuple[str, str]] = field(default_factory=set)
    excerpts_in: set[str] = field(default_factory=set)
    excerpts_out: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    case_notes: dict[str, set[str]] = field(default_factory=dict)
    bundles: set[str] = field(default_factory=set)

    def finished(self, r: dict[str, Any]) -> None:
        op = r["op"]
        if op == "import":
            self.imports[r["token"]] = r["sha"]
        elif op == "edit":
            self.titles[r["sha"]] = {r["title"]}
        elif op == "tag":
            self.tags.add((r["sha"], r["country"]))
        elif op == "excerpt":
            self.excerpts_in.add(r["note"])
            self.excerpts_out.discard(r["note"])
        elif op == "excerpt_delete":
            self.excerpts_out.add(r["note"])
            self.excerpts_in.discard(r["note"])
        elif op == "case":
            self.cases.add(r["name"])
        elif op == "case_edit":
            self.case_notes[r["name"]] = {r["notes"]}
        elif op == "bundle":
            self.bundles.add(r["file"])

    def interrupted(self, verb: str) -> None:
        """A verb killed midway may or may not have happened: stop asserting what it
        could have changed."""
        if verb == "do_edit":
            self.titles.clear()
        elif verb == "do_excerpt_delete":
            self.excerpts_in.clear()
        elif verb == "do_case_edit":
            self.case_notes.clear()


class CrashTrials:
    def __init__(self, root: Path, seed: int = 1) -> None:
        self.root = root
        self.folder = root / "lib"
        self.work = root / "work"
        self.seed = seed
        self.expect = Expectations()
        self.bundle_shas: dict[str, set[str]] = {}
        self.rng = random.Random(seed)

    # ------------------------------------------------------------ setup
    def prepare(self, bundles: int = 3) -> None:
        """Bundles the driver imports, made from a library of their own."""
        (self.work / BUNDLES).mkdir(parents=True, exist_ok=True)
        source_dir = self.root / "bundle-files"
        source_dir.mkdir(parents=True, exist_ok=True)
        rng = random.Random(self.seed)
        with Library.open(self.root / "bundle-src") as lib:
            for b in range(bundles):
                paths = []
                for j in range(2):
                    path = source_dir / f"bundle{b}s{j}.txt"
                    path.write_text(text_for(f"bundle{b}s{j}", rng), encoding="utf-8")
                    paths.append(path)
                report = lib.import_files(paths, workers=0)
                for source in report.imported:
                    lib.catalog.tag(source.id, countries=["GT"])
                    page = lib.catalog.pages(source.id)[0]
                    lib.excerpts.add_excerpt(
                        source.id, page.page_no, 0, 20, note=f"bundle note {b}"
                    )
                out = self.work / BUNDLES / f"b{b}.evbundle"
                ids = [s.id for s in report.imported]
                # one bundle per batch: tag the batch with a risk type of its own
                slug = f"batch_{b}"
                lib.taxonomy.add_risk_type(slug, f"Batch {b}")
                for sid in ids:
                    lib.catalog.tag(sid, risks=[slug])
                lib.bundles.export_bundle(out, risks=[slug])
                self.bundle_shas[out.name] = {s.sha256 for s in report.imported}

    def spawn(self, seed: int) -> subprocess.Popen[str]:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        return subprocess.Popen(
            [sys.executable, "-m", "tests.trust.crash_driver", str(self.folder), str(self.work),
             str(seed)],
            cwd=REPO, env=env, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    # ------------------------------------------------------------ trials
    def run(self, trials: int, max_delay: float = 1.0) -> TrialStats:
        stats = TrialStats()
        started = time.monotonic()
        base = self.rng.randrange(1, 10**6)
        upcoming: subprocess.Popen[str] | None = self.spawn(base)
        for trial in range(trials):
            proc = upcoming
            assert proc is not None
            ready = proc.stdout.readline() if proc.stdout else ""
            if ready.strip() != "READY":
                stats.failures.append(f"trial {trial}: driver did not start: "
                                      f"{proc.stderr.read() if proc.stderr else ''}")
                break
            assert proc.stdin is not None
            proc.stdin.write("GO\n")
            proc.stdin.flush()
            # The next driver loads while this one works, so its start-up costs no time.
            upcoming = self.spawn(base + trial + 1) if trial + 1 < trials else None
            time.sleep(self.rng.uniform(0.02, max_delay))
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate()
            if proc.returncode != -signal.SIGKILL:
                stats.failures.append(f"trial {trial}: driver ended by itself "
                                      f"({proc.returncode}): {err[-2000:]}")
            self._absorb(out, stats)
            self._verify(trial, stats)
            stats.trials += 1
        if upcoming is not None:
            upcoming.kill()
            upcoming.communicate()
        stats.seconds = time.monotonic() - started
        return stats

    def _absorb(self, out: str, stats: TrialStats) -> None:
        in_flight = ""
        for line in out.splitlines(keepends=True):
            if not line.endswith("\n"):
                break  # cut off by the kill: not reported
            kind, _, rest = line.strip().partition(" ")
            number, _, payload = rest.partition(" ")
            data = json.loads(payload)
            if kind == "START":
                in_flight = data["verb"]
            elif kind == "DONE":
                in_flight = ""
                stats.finished_writes += 1
                stats.by_verb[data["op"]] += 1
                self.expect.finished(data)
        if in_flight:
            stats.interrupted[in_flight] += 1
            self.expect.interrupted(in_flight)

    def _verify(self, trial: int, stats: TrialStats) -> None:
        fail = stats.failures.append
        try:
            lib = Library.open(self.folder)
        except Exception as exc:  # noqa: BLE001 - the finding is that it did not open
            fail(f"trial {trial}: the library did not open: {exc!r}")
            return
        with lib:
            report = lib.check()
            stats.checked += 1
            if not report.ok:
                fail(f"trial {trial}: check failed: {report.problems}")
            sources = lib.catalog.sources()
            by_sha = {s.sha256: s for s in sources}
            by_id = {s.id: s for s in sources}
            e = self.expect
            for token, sha in e.imports.items():
                stats.checked += 1
                if sha not in by_sha:
                    fail(f"trial {trial}: imported {token} is missing")
            recent = list(e.imports.items())[-3:]
            for token, sha in recent:  # the index holds them too, not only the database
                stats.checked += 1
                hits = {by_id[h.source_id].sha256 for h in lib.search(token).sources
                        if h.source_id in by_id}
                if sha not in hits:
                    fail(f"trial {trial}: search does not find {token}")
            for sha, allowed in e.titles.items():
                stats.checked += 1
                if sha in by_sha and by_sha[sha].title not in allowed:
                    fail(f"trial {trial}: title of {sha[:8]} is {by_sha[sha].title!r}, "
                         f"expected one of {allowed}")
            for sha, country in e.tags:
                stats.checked += 1
                if sha not in by_sha or country not in by_sha[sha].countries:
                    fail(f"trial {trial}: tag {country} of {sha[:8]} is missing")
            notes = {x.note for x in lib.excerpts.excerpts()}
            for note in e.excerpts_in:
                stats.checked += 1
                if note not in notes:
                    fail(f"trial {trial}: excerpt {note} is missing")
            for note in e.excerpts_out:
                stats.checked += 1
                if note in notes:
                    fail(f"trial {trial}: deleted excerpt {note} is back")
            cases = {c.applicant_name: c for c in lib.cases.cases()}
            for name in e.cases:
                stats.checked += 1
                if name not in cases or not lib.cases.exhibits(cases[name].id):
                    fail(f"trial {trial}: case {name} or its exhibit is missing")
            for name, allowed in e.case_notes.items():
                stats.checked += 1
                if name in cases and cases[name].notes not in allowed:
                    fail(f"trial {trial}: notes of case {name} are {cases[name].notes!r}")
            for bundle in e.bundles:
                stats.checked += 1
                if not self.bundle_shas[bundle] <= set(by_sha):
                    fail(f"trial {trial}: sources of bundle {bundle} are missing")
