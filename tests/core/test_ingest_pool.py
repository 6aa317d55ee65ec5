"""The extraction pool: results in order, hung and crashing readers, cancel."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from pathlib import Path

from evidence_app.errors import DamagedFile, EmptyFile, ExtractionTimeout, ImportFailed
from evidence_app.ingest import extract
from evidence_app.ingest.pool import ExtractionPool
from evidence_app.model import ExtractedDocument

TEXT = "A paragraph of a report about the situation of human rights in the country."


def misbehaving_extract(path: Path, password: str | None, max_bytes: int) -> ExtractedDocument:
    """Runs in the worker processes (so it must live at module level): files named
    "hang*" never finish, files named "crash*" kill their process."""
    if path.name.startswith("hang"):
        time.sleep(600)
    if path.name.startswith("crash"):
        os._exit(3)
    return extract(path, password, max_bytes=max_bytes)


def _files(folder: Path, names: list[str]) -> list[tuple[Path, str | None]]:
    items: list[tuple[Path, str | None]] = []
    for name in names:
        path = folder / name
        path.write_text(f"{name}\n\n{TEXT}" if not name.startswith("empty") else "")
        items.append((path, None))
    return items


def _our_workers() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "evidence-extract"]


def test_results_come_in_input_order(tmp_path: Path) -> None:
    names = [f"file{n}.txt" for n in range(7)] + ["empty.txt"]
    items = _files(tmp_path, names)
    with ExtractionPool(workers=2, timeout=30) as pool:
        results = list(pool.imap(items))
    assert [path for path, _ in results] == [path for path, _ in items]
    for (path, result), name in zip(results, names, strict=True):
        if name.startswith("empty"):
            assert isinstance(result, EmptyFile)
            assert result.path == str(path)
        else:
            assert isinstance(result, ExtractedDocument)
            assert result.title == name
    assert _our_workers() == []


def test_hung_reader_is_killed_and_others_finish(tmp_path: Path) -> None:
    items = _files(tmp_path, ["a.txt", "hang.txt", "b.txt", "crash.txt", "c.txt"])
    with ExtractionPool(workers=2, timeout=1.0, function=misbehaving_extract) as pool:
        results = dict(pool.imap(items))
        hung = results[tmp_path / "hang.txt"]
        assert isinstance(hung, ExtractionTimeout)
        assert hung.path == str(tmp_path / "hang.txt")
        crashed = results[tmp_path / "crash.txt"]
        assert isinstance(crashed, DamagedFile)
        assert "crashed" in crashed.detail
        for name in ("a.txt", "b.txt", "c.txt"):
            assert isinstance(results[tmp_path / name], ExtractedDocument)
        # The pool replaced the killed workers and keeps working.
        again = list(pool.imap(_files(tmp_path, ["d.txt"])))
        assert isinstance(again[0][1], ExtractedDocument)
    assert _our_workers() == []


def test_cancel_stops_between_files(tmp_path: Path) -> None:
    items = _files(tmp_path, [f"file{n}.txt" for n in range(6)])
    cancel = threading.Event()
    seen: list[Path] = []
    with ExtractionPool(workers=2, timeout=30) as pool:
        for path, _ in pool.imap(items, cancel):
            seen.append(path)
            cancel.set()
    assert seen == [items[0][0]]
    cancel = threading.Event()
    cancel.set()
    with ExtractionPool(workers=0) as pool:
        assert list(pool.imap(items, cancel)) == []


def test_cancel_does_not_wait_for_a_hung_reader(tmp_path: Path) -> None:
    items = _files(tmp_path, ["a.txt", "hang.txt", "b.txt"])
    cancel = threading.Event()
    seen: list[Path] = []
    with ExtractionPool(workers=1, timeout=600, function=misbehaving_extract) as pool:
        for path, _ in pool.imap(items, cancel):
            seen.append(path)
            # Cancel while the hung file is being read: imap must return, not wait.
            threading.Timer(0.2, cancel.set).start()
    assert seen == [items[0][0]]
    assert _our_workers() == []


def test_inline_pool_returns_failures_as_values(tmp_path: Path) -> None:
    items = _files(tmp_path, ["good.txt", "empty.txt"])
    with ExtractionPool(workers=0) as pool:
        results = list(pool.imap(items))
    assert isinstance(results[0][1], ExtractedDocument)
    assert isinstance(results[1][1], ImportFailed)
