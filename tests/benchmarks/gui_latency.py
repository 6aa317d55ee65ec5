"""GUI latency: type queries into the real main window and time what a person sees.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.gui_latency [--pages 50000]
        [--library PATH] [--key-ms 120] [--rounds 2] [--out bench-results/gui-50000.json]

Without --library, the library of the benchmark corpus of that size is used
(bench-results/run-<pages>-<seed>/library), generated and imported first when missing (the
same corpus and import as `python -m tests.benchmarks.run`).

For each query the search box is cleared (the window browses again), then the query is
typed one key at a time with QTest.keyClick, `--key-ms` apart (shorter than the 250 ms
debounce, so one search runs, for the whole query). Measured:
  latency   from the moment the debounce timer fires to the end of the results being
            shown (the main window's own slot has run; "painted" also lets the event loop
            process the repaint that follows)
  stall     the longest gap between ticks of a 5 ms timer on the GUI thread, while typing
            and while searching (the search runs on a worker thread; a long gap is the GUI
            frozen, e.g. by the worker holding the GIL)
Targets: first results within 150 ms of the debounce; no gap over 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from .corpus import corpus_folder, ensure_corpus  # noqa: E402
from .report import percentile  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
QUERIES = ("gang violence", "deportees", '"human rights"', "asylum backlog", "police extortion",
           "migrantes", "femicide", "trafficking", "detention conditions", "refugee status")
LATENCY_TARGET_MS = 150
STALL_TARGET_MS = 50
TICK_MS = 5
WAIT_S = 30


@dataclass
class Sample:
    query: str
    round: int
    listed_ms: float = float("nan")
    latency_ms: float = float("nan")
    painted_ms: float = float("nan")
    stall_typing_ms: float = 0.0
    stall_searching_ms: float = 0.0
    stall_showing_ms: float = 0.0
    sources: int = 0
    passages: int = 0


@dataclass
class Probe:
    """Ticks of the GUI thread and the moments of interest, in perf_counter seconds."""

    phase: str = "idle"
    last_tick: float = field(default_factory=time.perf_counter)
    worst: dict[str, float] = field(default_factory=dict)
    fired: float | None = None  # the debounce timer fired
    listed: float | None = None  # the results list was filled
    shown: float | None = None
    painted: float | None = None

    worst_at: dict[str, tuple[float, float]] = field(default_factory=dict)

    def tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last_tick) * 1000
        if gap > self.worst.get(self.phase, 0.0):
            self.worst[self.phase] = gap
            self.worst_at[self.phase] = (self.last_tick, now)
        self.last_tick = now


def ensure_library(pages: int, seed: int) -> Path:
    """The harness's library of `pages` pages, imported through Library.import_files."""
    from .run import log, spawn

    formats = ("pdf", "text")
    root = REPO / "bench-results"
    corpus = ensure_corpus(root, pages, seed, formats, log=log)
    work = Path(str(corpus_folder(root, pages, seed, formats)).replace("corpus-", "run-", 1))
    library = work / "library"
    if (library / "library.sqlite3").exists():
        return library
    work.mkdir(parents=True, exist_ok=True)
    groups = work / "groups.json"
    groups.write_text(json.dumps([[c, r, str(f)] for c, r, f in corpus.import_groups()]))
    log(f"importing {len(corpus.docs)} documents into {library}")
    spawn(work, "import", library=library, groups=groups)
    return library


def measure(library_path: Path, queries: tuple[str, ...], rounds: int, key_ms: int,
            slow_ms: float = 0.0, view: str = "grouped") -> list[Sample]:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from evidence_app.library.facade import Library
    from evidence_app.ui.main_window import MainWindow

    # window state of this run goes to a throw-away folder, not the user's settings
    QCoreApplication.setOrganizationName("EvidenceLibraryBenchmark")
    QCoreApplication.setApplicationName("gui-latency")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="gui-latency-"))
    events: list[tuple[float, float, str]] = []
    if slow_ms:
        import gc

        collecting: dict[str, float] = {}

        def collected(phase: str, info: dict[str, int]) -> None:
            # a full collection is a gap with no event in it: name it too
            if phase == "start":
                collecting["at"] = time.perf_counter()
            elif "at" in collecting:
                took = (time.perf_counter() - collecting.pop("at")) * 1000
                if took > 2:
                    events.append((time.perf_counter() - took / 1000, took,
                                   f"garbage collection, generation {info['generation']}"))

        gc.callbacks.append(collected)

    class TimedApplication(QApplication):
        """Notes every event over 2 ms, to name what filled a gap longer than slow_ms."""

        def notify(self, receiver: QObject, event: QEvent) -> bool:  # noqa: N802
            started = time.perf_counter()
            kind = event.type()
            handled = super().notify(receiver, event)
            took = (time.perf_counter() - started) * 1000
            if took > 2:
                name = f"{type(receiver).__name__} {receiver.objectName()}".strip()
                parent = receiver.parent() if isinstance(receiver, QWidget) else None
                if parent is not None:  # a viewport or a scroll bar: say whose
                    name += f" of {type(parent).__name__}"
                events.append((started, took, f"{kind.name} -> {name}"))
            return handled

    app = QApplication.instance() or (TimedApplication if slow_ms else QApplication)(
        sys.argv[:1])
    from evidence_app.ui import tasks

    library = Library.open(library_path, search_in_child=True)  # as the app opens it
    tasks.favour_gui_thread()  # as the app does at start-up
    window = MainWindow(library, owns_library=False, runner=tasks.TaskRunner())
    window.results.set_mode(view)  # the flat list of best passages costs more to search
    window.show()
    tasks.settle_garbage_collector()  # as the app does once its window is up
    probe = Probe()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(probe.tick)
    ticker.start()

    class DebounceWatch(QObject):
        """Sees the debounce timer's event before the search box acts on it."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Timer and probe.phase == "typing":
                probe.fired = time.perf_counter()
                probe.phase = "searching"
            return False

    # the search box's only QTimer is its debounce
    debounce = window.search_box.findChildren(QTimer)
    assert len(debounce) == 1, "expected one debounce timer in the search box"
    watch = DebounceWatch()
    debounce[0].installEventFilter(watch)
    last: dict[str, Any] = {}

    def painted() -> None:
        probe.painted = time.perf_counter()

    def shown(page: Any) -> None:
        if probe.phase == "showing":
            probe.shown = time.perf_counter()
            last["result"] = page.result
            QTimer.singleShot(0, painted)

    window.controller.result_ready.connect(shown)  # after the window's own slot
    deliver = window.controller._deliver

    def delivering(*args: Any) -> Any:
        # from here on a gap is the GUI's own work, before it the worker thread's
        if probe.phase == "searching":
            probe.worst["searching"] = max(probe.worst.get("searching", 0.0),
                                           (time.perf_counter() - probe.last_tick) * 1000)
            probe.phase = "showing"
        return deliver(*args)

    window.controller._deliver = delivering  # type: ignore[method-assign]
    fill = window.results.set_page

    def set_page(*args: Any, **kwargs: Any) -> Any:
        out = fill(*args, **kwargs)
        if probe.phase == "showing" and probe.listed is None:
            probe.listed = time.perf_counter()
        return out

    # the window fills the list, then opens the first hit in the reader: time both
    window.results.set_page = set_page  # type: ignore[method-assign]

    def wait_for(condition: Any, seconds: float = WAIT_S) -> bool:
        deadline = time.perf_counter() + seconds
        while not condition():
            if time.perf_counter() > deadline:
                return False
            app.processEvents()
            time.sleep(0.001)
        return True

    def pause(seconds: float) -> None:
        # not QTest.qWait: it keeps the GIL, so background searches would stand still
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)

    def explain(phase: str) -> None:
        """The events (over 2 ms) that ran inside the phase's longest gap."""
        span = probe.worst_at.get(phase)
        if not slow_ms or not span or probe.worst.get(phase, 0) < slow_ms:
            return
        inside = [e for e in events if e[0] < span[1] and e[0] + e[1] / 1000 > span[0]]
        print(f"    {phase}: gap of {probe.worst[phase]:.1f} ms: " + "; ".join(
            f"{took:.1f} ms {what}" for _, took, what in inside), file=sys.stderr)

    samples = []
    edit = window.search_box.edit
    for rnd in range(1, rounds + 1):
        for text in queries:
            probe.phase = "idle"
            edit.setText("")  # back to browsing, then let it settle
            pause(0.4)
            probe.fired = probe.listed = probe.shown = probe.painted = None
            probe.worst, probe.worst_at = {}, {}
            events.clear()
            probe.last_tick = time.perf_counter()
            probe.phase = "typing"
            for ch in text:
                QTest.keyClick(edit, ch)
                pause(key_ms / 1000)
            ok = wait_for(lambda: probe.painted is not None)
            sample = Sample(text, rnd, stall_typing_ms=probe.worst.get("typing", 0.0),
                            stall_searching_ms=probe.worst.get("searching", 0.0),
                            stall_showing_ms=probe.worst.get("showing", 0.0))
            if ok and probe.fired is not None and probe.shown and probe.painted:
                if probe.listed is not None:
                    sample.listed_ms = (probe.listed - probe.fired) * 1000
                sample.latency_ms = (probe.shown - probe.fired) * 1000
                sample.painted_ms = (probe.painted - probe.fired) * 1000
                result = last["result"]
                sample.sources, sample.passages = len(result.sources), len(result.passages)
            pause(0.3)  # the reader opens the first hit after the list is painted
            sample.stall_showing_ms = probe.worst.get("showing", 0.0)
            for phase in ("typing", "searching", "showing"):
                explain(phase)
            samples.append(sample)
            print(f"  {text:<24} round {rnd}: list {sample.listed_ms:7.1f} ms, "
                  f"{sample.latency_ms:7.1f} ms to results, "
                  f"{sample.painted_ms:7.1f} ms painted; longest gap typing "
                  f"{sample.stall_typing_ms:5.1f} ms, searching {sample.stall_searching_ms:5.1f}"
                  f" ms, showing {sample.stall_showing_ms:5.1f} ms", file=sys.stderr, flush=True)
    ticker.stop()
    window.close()
    library.close()
    return samples


def summary(samples: list[Sample]) -> dict[str, Any]:
    ok = [s for s in samples if s.latency_ms == s.latency_ms]  # not NaN
    latency = [s.latency_ms for s in ok]
    listed = [s.listed_ms for s in ok if s.listed_ms == s.listed_ms]
    painted = [s.painted_ms for s in ok]
    stall = [max(s.stall_typing_ms, s.stall_searching_ms, s.stall_showing_ms)
             for s in samples]
    return {
        "queries": len(samples), "answered": len(ok),
        "listed_p50_ms": percentile(listed, 50), "listed_max_ms": max(listed, default=0),
        "latency_p50_ms": percentile(latency, 50), "latency_max_ms": max(latency, default=0),
        "painted_p50_ms": percentile(painted, 50), "painted_max_ms": max(painted, default=0),
        "stall_typing_max_ms": max((s.stall_typing_ms for s in samples), default=0),
        "stall_searching_max_ms": max((s.stall_searching_ms for s in samples), default=0),
        "stall_showing_max_ms": max((s.stall_showing_ms for s in samples), default=0),
        "latency_target_met": len(ok) == len(samples) and max(painted, default=0)
        <= LATENCY_TARGET_MS,
        "stall_target_met": max(stall, default=0) <= STALL_TARGET_MS,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.gui_latency",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--library", type=Path, help="an existing library instead")
    parser.add_argument("--key-ms", type=int, default=120, help="time between key presses")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--view", choices=("grouped", "flat"), default="grouped",
                        help="the results list to time: by source (the default) or the flat "
                             "list of best passages")
    parser.add_argument("--slow-events", type=float, default=0.0, metavar="MS",
                        help="for each gap longer than MS, name the events that ran in it")
    parser.add_argument("--profile", type=Path,
                        help="cProfile of the GUI thread to this file (top functions printed)")
    args = parser.parse_args(argv)
    library = args.library or ensure_library(args.pages, args.seed)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        samples = prof.runcall(measure, library, QUERIES, args.rounds, args.key_ms,
                               view=args.view)
        prof.dump_stats(str(args.profile))
        pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(40)
    else:
        samples = measure(library, QUERIES, args.rounds, args.key_ms, args.slow_events,
                          args.view)
    summ = summary(samples)
    print(f"\nGUI latency on {library} ({args.view} view, {args.key_ms} ms between keys, "
          f"{args.rounds} rounds):")
    print(f"  debounce -> results listed: p50 {summ['listed_p50_ms']:.1f} ms, "
          f"max {summ['listed_max_ms']:.1f} ms")
    print(f"  debounce -> results shown: p50 {summ['latency_p50_ms']:.1f} ms, "
          f"max {summ['latency_max_ms']:.1f} ms")
    print(f"  debounce -> painted:       p50 {summ['painted_p50_ms']:.1f} ms, "
          f"max {summ['painted_max_ms']:.1f} ms "
          f"(target <= {LATENCY_TARGET_MS} ms: "
          f"{'met' if summ['latency_target_met'] else 'MISSED'})")
    print(f"  longest event-loop gap: typing {summ['stall_typing_max_ms']:.1f} ms, searching "
          f"{summ['stall_searching_max_ms']:.1f} ms, showing results "
          f"{summ['stall_showing_max_ms']:.1f} ms (target <= {STALL_TARGET_MS} ms: "
          f"{'met' if summ['stall_target_met'] else 'MISSED'})")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({
            "library": str(library), "view": args.view, "key_ms": args.key_ms,
            "rounds": args.rounds,
            "summary": summ, "samples": [asdict(s) for s in samples],
        }, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
