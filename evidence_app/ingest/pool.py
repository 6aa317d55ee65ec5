"""Run `extract` in worker processes that can be killed.

Two reasons for processes rather than threads: a PDF can hang or crash pdfium (cyclic
page trees, decompression bombs) and only a process can be stopped from outside; and
extraction of the next files should overlap with the caller storing and indexing the
ones before, without the GIL in the way. Workers start with "forkserver" (or "spawn"
where there is none), never plain fork: the GUI process has Qt threads.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from evidence_app.errors import DamagedFile, ExtractionTimeout, ExtractionTooLarge, ImportFailed
from evidence_app.ingest import MAX_BYTES, extract
from evidence_app.model import ExtractedDocument

Result = ExtractedDocument | ImportFailed
# Called as function(path, password, max_bytes=...); must be a module-level function so
# that worker processes can import it.
ExtractFunction = Callable[..., ExtractedDocument]

POLL_SECONDS = 0.2  # how often a wait looks at the cancel flag
START_TIMEOUT = 60.0  # a worker that cannot even start is broken, not slow
MAX_START_FAILURES = 3
DEFAULT_TIMEOUT = 60.0  # seconds one file may take
# Address space a worker may add to what it holds at start: real reports need a few hundred
# MB at most; a 50 MB flat HTML page needed 3.8 GB and would take the machine down with it.
DEFAULT_MEMORY = 1536 * 1024 * 1024
# Heavy importers loaded once in the fork server, so a worker restarted after a kill is
# ready at once. The app's modules too: each worker runs the program's main module again
# (Python 3.11's fork server does not preload it: it asks for a "main_path" key that
# get_preparation_data never gives), and the CLI's main pulls in the whole app: with them
# loaded already that costs nothing, without them about half a second a worker.
PRELOAD = ["evidence_app.ingest.pdf", "evidence_app.ingest.html", "evidence_app.ingest.docx",
           "evidence_app.ingest.language_preload", "evidence_app.cli.main"]


def process_context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def warm_up(wait: bool = False) -> None:
    """Start the fork server now (about half a second, once per process), so that the
    first import does not wait for it. For a background thread at app start. `wait`:
    return only once the server has loaded its modules (a first worker was forked)."""
    context = process_context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
        if wait:
            probe = context.Process(target=int)  # type: ignore[attr-defined]
            probe.start()
            probe.join()


def _address_space() -> int:
    """This process's virtual size in bytes (0 where /proc is not there)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit_memory(memory: int) -> None:
    """Cap the worker's address space at what it has now plus `memory`: a file that needs
    more gets a MemoryError (or the reader dies) in the worker, never in the app."""
    if memory <= 0:
        return
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        base = _address_space()
        if base:
            resource.setrlimit(resource.RLIMIT_AS, (base + memory, base + memory))


def _out_of_memory(
    exc: BaseException, path: str, memory: int
) -> ExtractionTooLarge | None:
    """ExtractionTooLarge when `exc` is, or was raised while handling, a MemoryError (a
    reader may wrap it as a damaged file)."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return None
        if isinstance(seen, MemoryError):
            return ExtractionTooLarge(
                path, f"needs too much memory (more than {memory // 2**20} MB to read)")
        seen = seen.__cause__ or seen.__context__
    return None


def _worker_main(
    conn: Connection, function: ExtractFunction, max_bytes: int, memory: int = 0
) -> None:
    # Ctrl+C in a terminal reaches the whole process group; the parent decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(memory)
    conn.send(("ready", -1, None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job_id, path, password = message
        result: Result
        try:
            result = function(Path(path), password, max_bytes=max_bytes)
        except ImportFailed as exc:
            result = _out_of_memory(exc, path, memory) or exc
        except MemoryError:
            result = _out_of_memory(MemoryError(), path, memory) or DamagedFile(path)
        except Exception as exc:  # noqa: BLE001 - report, keep the worker alive
            result = (_out_of_memory(exc, path, memory)
                      or DamagedFile(path, f"{type(exc).__name__}: {exc}"))
        try:
            conn.send(("done", job_id, result))
        except Exception as exc:  # noqa: BLE001 - e.g. a result that does not pickle
            conn.send(("done", job_id, DamagedFile(path, f"result not transferable: {exc}")))


class _Worker:
    """One worker process and the job it is running, if any."""

    def __init__(
        self, context: BaseContext, function: ExtractFunction, max_bytes: int, memory: int
    ) -> None:
        parent_end, child_end = context.Pipe()
        process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_worker_main,
            args=(child_end, function, max_bytes, memory),
            name="evidence-extract",
            daemon=True,
        )
        process.start()
        child_end.close()
        self.process = process
        self.conn = parent_end
        self.ready = False
        self.deadline = time.monotonic() + START_TIMEOUT
        self.job: int | None = None

    def assign(self, job_id: int, path: Path, password: str | None, timeout: float) -> None:
        self.conn.send((job_id, str(path), password))
        self.job = job_id
        self.deadline = time.monotonic() + timeout

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(2)
        self.kill()


class ExtractionPool:
    """`with ExtractionPool(workers=2, timeout=60) as pool: for path, result in
    pool.imap(items, cancel): ...` where result is an ExtractedDocument or the
    ImportFailed it raised (ExtractionTimeout when a file took longer than `timeout`
    seconds: its worker is then killed and replaced; ExtractionTooLarge when it needed
    more than `memory` bytes of address space).

    `workers=0` extracts in the calling thread, without time or memory limits: only for
    tests and tools that must see the extraction in-process. The app always uses workers.
    """

    def __init__(
        self,
        workers: int = 2,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        max_bytes: int = MAX_BYTES,
        memory: int = DEFAULT_MEMORY,
        function: ExtractFunction = extract,
    ) -> None:
        self.size = max(0, workers)
        self.timeout = timeout
        self.memory = memory
        self.max_bytes = max_bytes
        self.function = function
        self._context: BaseContext | None = None
        self._workers: list[_Worker] = []
        self._start_failures = 0

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.stop()

    # ------------------------------------------------------------ public
    def imap(
        self,
        items: Iterable[tuple[Path, str | None]],
        cancel: threading.Event | None = None,
        idle: Callable[[], bool] | None = None,
    ) -> Generator[tuple[Path, Result], None, None]:
        """Results in input order, at most about 2 × workers files ahead of the caller.
        `idle`, when given, is called instead of waiting while the workers read, as long
        as it says it did something (a short piece of the caller's own work).

        Stops (without yielding the rest) once `cancel` is set; files still being
        read at that point are abandoned and their workers killed.
        """
        if self.size == 0:
            yield from self._imap_inline(items, cancel)
            return
        source = iter(items)
        limit = 2 * self.size
        jobs: dict[int, tuple[Path, str | None]] = {}
        waiting: deque[int] = deque()
        results: dict[int, Result] = {}
        next_id = next_out = 0
        exhausted = False
        try:
            while True:
                if cancel is not None and cancel.is_set():
                    return
                while not exhausted and next_id - next_out < limit:
                    try:
                        path, password = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    jobs[next_id] = (Path(path), password)
                    waiting.append(next_id)
                    next_id += 1
                if waiting:
                    # before yielding: the workers read on while the caller works
                    self._fill()
                    for worker in self._workers:
                        if worker.ready and worker.job is None and waiting:
                            job_id = waiting.popleft()
                            worker.assign(job_id, *jobs[job_id], self.timeout)
                if next_out in results:
                    yield jobs.pop(next_out)[0], results.pop(next_out)
                    next_out += 1
                    continue
                if exhausted and next_out == next_id:
                    return
                self._collect(jobs, results, idle)
        finally:
            self._abandon_busy()

    # ------------------------------------------------------------ internals
    def _imap_inline(
        self, items: Iterable[tuple[Path, str | None]], cancel: threading.Event | None
    ) -> Iterator[tuple[Path, Result]]:
        for path, password in items:
            if cancel is not None and cancel.is_set():
                return
            path = Path(path)
            result: Result
            try:
                result = self.function(path, password, max_bytes=self.max_bytes)
            except ImportFailed as exc:
                result = exc
            yield path, result

    def _fill(self) -> None:
        if self._context is None:
            self._context = process_context()
        while len(self._workers) < self.size:
            self._workers.append(
                _Worker(self._context, self.function, self.max_bytes, self.memory))

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self._workers.remove(worker)
        if not worker.ready:
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                raise RuntimeError("extraction worker processes fail to start")

    def _collect(
        self,
        jobs: dict[int, tuple[Path, str | None]],
        results: dict[int, Result],
        idle: Callable[[], bool] | None = None,
    ) -> None:
        """Wait for one message, a dead worker or a deadline, and act on it."""
        now = time.monotonic()
        watched = [w for w in self._workers if not w.ready or w.job is not None]
        if not watched:
            return
        timeout = min(POLL_SECONDS, max(0.0, min(w.deadline for w in watched) - now))
        handles: list[Any] = [w.conn for w in self._workers]
        handles += [w.process.sentinel for w in self._workers]
        ready = set(wait(handles, 0 if idle is not None else timeout))
        if not ready and idle is not None and idle():
            return  # did some of the caller's work; look again
        if not ready and idle is not None:
            ready = set(wait(handles, timeout))
        for worker in list(self._workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                self._receive(worker, jobs, results)
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.job is not None and now >= worker.deadline:
                path = jobs[worker.job][0]
                results[worker.job] = ExtractionTimeout(
                    str(path), f"took too long (no result after {self.timeout:g} seconds)"
                )
                self._replace(worker)
            elif not worker.ready and now >= worker.deadline:
                self._replace(worker)

    def _receive(
        self,
        worker: _Worker,
        jobs: dict[int, tuple[Path, str | None]],
        results: dict[int, Result],
    ) -> None:
        try:
            # A worker that finished and then died still has its result in the pipe.
            message = worker.conn.recv() if worker.conn.poll() else None
        except (EOFError, OSError):
            message = None
        if message is None:
            if worker.job is not None:
                worker.process.join(1)
                path = jobs[worker.job][0]
                results[worker.job] = DamagedFile(
                    str(path), f"the reader crashed (exit code {worker.process.exitcode}): "
                    "the file is damaged or needs too much memory"
                )
            self._replace(worker)
            return
        kind, job_id, result = message
        if kind == "ready":
            worker.ready = True
            self._start_failures = 0
        elif kind == "done" and job_id == worker.job:
            results[job_id] = result
            worker.job = None

    def _abandon_busy(self) -> None:
        """Kill workers still reading files nobody will collect, so their late
        results cannot be mistaken for answers to the next call's jobs."""
        for worker in list(self._workers):
            if worker.job is not None:
                worker.kill()
                self._workers.remove(worker)
