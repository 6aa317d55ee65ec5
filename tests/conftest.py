from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything imports Qt: no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
# EVIDENCE_TEST_CORPUS (or EVIDENCE_CORPUS) points elsewhere than ../shared/corpus at the corpus.
CORPUS = Path(os.environ.get("EVIDENCE_TEST_CORPUS") or os.environ.get("EVIDENCE_CORPUS")
              or REPO.parent / "shared" / "corpus")


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"test corpus not found at {CORPUS}")
    return CORPUS


# ------------------------------------------------------------------- slow tests
# Tests marked @pytest.mark.slow (kill trials, the portable build, the starter-backed README
# run, …) are left out of a plain `pytest` run so that it stays quick to repeat; --run-slow
# includes them, and so does naming their file or test on the command line or choosing
# markers with -m. The test command CI runs (packaging/test.sh) passes --run-slow.


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", default=False,
                     help="also run tests marked slow (left out by default)")


def _named(config: pytest.Config) -> list[tuple[Path, str]]:
    """Files (and node ids within them) named on the command line."""
    named = []
    for arg in config.args:
        path, _, rest = arg.partition("::")
        file = (Path(config.invocation_params.dir) / path).resolve()
        if file.is_file():
            named.append((file, rest))
    return named


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow") or config.getoption("markexpr"):
        return
    named = _named(config)
    keep, slow = [], []
    for item in items:
        chosen = any(item.path == file and item.nodeid.split("::", 1)[-1].startswith(rest)
                     for file, rest in named)
        (slow if item.get_closest_marker("slow") and not chosen else keep).append(item)
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = keep
        config.stash[_SLOW_LEFT_OUT] = len(slow)


_SLOW_LEFT_OUT = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter,
                            config: pytest.Config) -> None:
    left_out = config.stash.get(_SLOW_LEFT_OUT, 0)
    if left_out:
        tests, them = ("test", "it") if left_out == 1 else ("tests", "them")
        terminalreporter.write_line(f"{left_out} slow {tests} deselected; run with --run-slow "
                                    f"to include {them} (CI's packaging/test.sh runs all)")
