"""Slow tests are marked, a plain `pytest` run leaves them out and says how to include them,
and the test command CI runs includes them (tests/conftest.py, packaging/test.sh)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parents[2]

# The slowest tests of a --durations run (5 s of CPU or more; the wall time of an idle machine is
# no less): they stay marked. A plain run also leaves out tests/core/test_readme_cli.py's run
# of the README examples (it adds the starter library).
KNOWN_SLOW = [
    "tests/core/test_crash_trials.py::test_fifty_kills_lose_nothing_that_was_reported_done",
    "tests/core/test_trust_paths.py::test_every_verb_on_a_full_disk_answers_in_words",
    "tests/core/test_trust_paths.py::test_every_path_attack_is_handled_and_loses_nothing",
    "tests/core/test_translated_packets.py::test_cli_translation_and_excerpt_edit",
    "tests/core/test_search_exact.py::test_phrase_sources_and_pages_are_exactly_the_brute_force_ones",
    "tests/core/test_search_exact.py::test_proximity_sources_are_exactly_the_brute_force_ones",
    "tests/core/test_search_exact.py::test_boolean_sources_are_exactly_the_brute_force_ones",
    "tests/core/test_search_sequences.py::test_index_and_page_texts_agree",
    "tests/core/test_selftest.py::test_self_test_passes_from_source",
    "tests/core/test_selftest.py::test_a_failing_step_fails_the_report_and_stops",
    "tests/core/test_starter.py::test_one_step_gives_81_tagged_searchable_sources",
    "tests/core/test_readme_cli.py::test_every_example_runs",
    "tests/ui/test_starter_ui.py::test_start_page_one_click_gives_the_reports",
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


def _is_slow_mark(node: ast.expr) -> bool:
    return ast.unparse(node).startswith("pytest.mark.slow")


def test_the_known_slow_tests_are_marked() -> None:
    """Read from the source (importing tests/ui modules here would bring Qt into core tests)."""
    for node in KNOWN_SLOW:
        path, name = node.split("::")
        tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
        module_marks = [n.value for n in tree.body if isinstance(n, ast.Assign)
                        and any(getattr(t, "id", "") == "pytestmark" for t in n.targets)]
        if any(_is_slow_mark(m) or "pytest.mark.slow" in ast.unparse(m) for m in module_marks):
            continue
        function = next(n for n in tree.body if isinstance(n, ast.FunctionDef)
                        and n.name == name)
        assert any(_is_slow_mark(d) for d in function.decorator_list), \
            f"not marked @pytest.mark.slow: {node}"


def test_the_ci_test_command_runs_all() -> None:
    script = (REPO / "packaging" / "test.sh").read_text(encoding="utf-8")
    assert "--run-slow" in script
