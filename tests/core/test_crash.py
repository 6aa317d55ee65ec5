"""SIGKILL during an import leaves a library that opens, checks, and holds no half source."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evidence_app.library.facade import Library

REPO = Path(__file__).resolve().parents[2]


def _make_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    words = "gangs extortion deportees police threats asylum refugees violence".split()
    rng = random.Random(7)
    paths = []
    for i in range(count):
        paragraphs = [" ".join(rng.choice(words) for _ in range(80)) for _ in range(60)]
        path = folder / f"report_{i:03}.txt"
        path.write_text(f"Report {i}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("trial", range(4))
def test_kill_during_import(tmp_path: Path, trial: int) -> None:
    _make_files(tmp_path / "in", 40)
    folder = tmp_path / "lib"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "evidence_app.cli.main", "--library", str(folder), "import",
         str(tmp_path / "in")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    # Wait until the library exists, then kill at a different point each trial.
    deadline = time.monotonic() + 60
    while not (folder / "library.sqlite3").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3 + trial * 0.4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Library.open(folder) as lib:
        assert lib.index.index_is_current()
        report = lib.check()
        assert report.ok, report.problems
        for source in lib.catalog.sources():
            assert len(lib.catalog.pages(source.id)) == source.page_count > 0
            assert lib.catalog.file_path(source).exists()
        count = len(lib.catalog.sources())
        if count:
            assert len(lib.search("extortion").sources) == min(count, 20)
