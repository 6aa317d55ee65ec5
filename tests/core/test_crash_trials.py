"""Every write path survives SIGKILL at a random moment: 50 kill trials over import, edit,
tag, excerpt, case edit, bundle import and index updates (tests/trust/crash.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # tests.trust is shared with the report command
    sys.path.insert(0, str(REPO))

from tests.trust.crash import CrashTrials  # noqa: E402

TRIALS = 50


@pytest.mark.slow  # about a minute
def test_fifty_kills_lose_nothing_that_was_reported_done(tmp_path: Path) -> None:
    trials = CrashTrials(tmp_path, seed=20240601)
    trials.prepare()
    stats = trials.run(TRIALS)
    assert stats.failures == []
    assert stats.trials == TRIALS
    # the kills landed in the middle of writes, and every kind of write finished many times
    assert sum(stats.interrupted.values()) >= TRIALS // 2
    assert set(stats.by_verb) >= {"import", "edit", "tag", "excerpt", "excerpt_delete",
                                  "case", "case_edit", "bundle", "rebuild"}
    assert stats.finished_writes >= 2 * TRIALS
