"""The self-test the portable build runs (`EvidenceLibrary --self-test`), here from source."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.cli.selftest import run_self_test


@pytest.mark.slow  # the whole self-test
def test_self_test_passes_from_source(tmp_path: Path) -> None:
    calls: list[int] = []

    def extra(library: object) -> str:
        calls.append(1)
        return "extra ran"

    report = run_self_test(tmp_path / "work", workers=2, extra_steps=[("extra", extra)])
    text = report.text()
    assert report.ok, text
    names = [step.name for step in report.steps]
    assert names == ["environment", "open", "import", "search", "excerpt", "packet", "ocr",
                     "starter", "extra", "close"]
    assert "phrase on 2023 Country Reports on Human Rights Practices: Honduras" in text
    assert "with 2 worker process(es)" in text and "PASSED" in text
    assert calls == [1]


@pytest.mark.slow  # the self-test up to its failing step
def test_a_failing_step_fails_the_report_and_stops(tmp_path: Path) -> None:
    def broken(library: object) -> str:
        raise RuntimeError("window did not show")

    def never(library: object) -> str:
        raise AssertionError("steps after a failure do not run")

    report = run_self_test(tmp_path / "work", workers=0,
                           extra_steps=[("broken", broken), ("never", never)])
    assert not report.ok
    failed = [s for s in report.steps if not s.ok]
    assert [s.name for s in failed] == ["broken"]
    assert "window did not show" in failed[0].detail
    assert "FAILED" in report.text()
    assert report.steps[-1].name == "close" and report.steps[-1].ok
