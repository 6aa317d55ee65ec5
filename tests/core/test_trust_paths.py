"""The path-attack and full-disk rows of the trust report (tests/trust/paths.py): every
row handled, nothing lost, no traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # tests.trust is shared with the report command
    sys.path.insert(0, str(REPO))

from tests.trust import paths  # noqa: E402


@pytest.mark.slow  # every attack
def test_every_path_attack_is_handled_and_loses_nothing(tmp_path: Path) -> None:
    rows = paths.path_rows(tmp_path)
    assert len(rows) == len(paths.PATH_ATTACKS) + 1
    for row in rows:
        assert row.outcome != "CRASH", row.traceback
        assert not row.traceback, row.traceback
        assert row.nothing_lost, row.attack


@pytest.mark.slow  # every verb on a full disk
def test_every_verb_on_a_full_disk_answers_in_words(tmp_path: Path) -> None:
    rows, why = paths.full_disk_rows(tmp_path)
    if not rows:
        pytest.skip(why)
    for row in rows:
        assert not row.traceback, (row.attack, row.traceback)
        assert row.nothing_lost, (row.attack, row.outcome)
    said = {row.attack.split("`")[1]: row.outcome for row in rows if "`" in row.attack}
    for verb in ("sources", "check", "search", "show", "backups"):
        assert said[verb].startswith("exit 0"), (verb, said[verb])
    for verb in ("backup", "excerpt add", "tag", "rebuild-index", "packet build",
                 "bundle export"):
        assert "the disk is full (" in said[verb], (verb, said[verb])
    assert "disk_full" in said["import"]
