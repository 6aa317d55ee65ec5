"""Slow tests are marked, a plain `pytest` run leaves them out and says how to include them,
and the test command CI runs includes them (tests/conftest.py, packaging/test.sh)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parents[2]

# The slowest tests of a --durations run (5 s or more on an idle machine): they stay marked.
KNOWN_SLOW = [
    "tests/core/test_crash_trials.py::test_fifty_kills_lose_nothing_that_was_reported_done",
    "tests/packaging/test_build.py::test_portable_build_passes_self_test",
]

SAMPLE = """
import pytest

@pytest.mark.slow
def test_slow():
    pass

def test_quick():
    pass
"""


@pytest.fixture
def sample(pytester: pytest.Pytester) -> pytest.Pytester:
    """A tiny project with this repository's conftest, one slow test and one quick one."""
    pytester.makeconftest((REPO / "tests" / "conftest.py").read_text(encoding="utf-8"))
    pytester.makeini("[pytest]\nmarkers =\n    slow: slow\n")
    pytester.makepyfile(test_sample=SAMPLE)
    return pytester


def test_a_plain_run_leaves_slow_tests_out_and_says_how_to_include_them(
        sample: pytest.Pytester) -> None:
    result = sample.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, deselected=1)
    result.stdout.fnmatch_lines(["1 slow test deselected; run with --run-slow to include it "
                                 "(CI's packaging/test.sh runs all)"])


@pytest.mark.parametrize("args", [["--run-slow"], ["test_sample.py"], ["-m", "slow or not slow"],
                                  ["test_sample.py::test_slow", "test_sample.py::test_quick"]])
def test_run_slow_naming_the_file_or_choosing_markers_includes_them(
        sample: pytest.Pytester, args: list[str]) -> None:
    result = sample.runpytest_inprocess("-p", "no:cacheprovider", *args)
    result.assert_outcomes(passed=2)
    assert "deselected" not in result.stdout.str()


def test_the_known_slow_tests_are_marked() -> None:
    for node in KNOWN_SLOW:
        path, name = node.split("::")
        spec = importlib.util.spec_from_file_location(f"slowcheck_{Path(path).stem}", REPO / path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        marks = [*getattr(module, "pytestmark", []), *getattr(getattr(module, name),
                                                              "pytestmark", [])]
        assert "slow" in [m.name for m in marks], f"not marked @pytest.mark.slow: {node}"


def test_the_ci_test_command_runs_all() -> None:
    script = (REPO / "packaging" / "test.sh").read_text(encoding="utf-8")
    assert "--run-slow" in script
