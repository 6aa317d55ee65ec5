"""`evidence-cli tag --accept-suggestions|--clear-auto`, and (auto) in `sources`/`show`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_app.cli.main import main
from evidence_app.library.facade import Library

REPORT = "Honduras: gangs extort bus drivers. Honduras police. Honduras courts.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("honduras", "belize"):
        (tmp_path / f"{name}.txt").write_text(REPORT.replace("Honduras", name.title()),
                                              encoding="utf-8")
    lib_dir = tmp_path / "lib"
    with Library.open(lib_dir) as lib:
        lib.import_files([tmp_path / "honduras.txt", tmp_path / "belize.txt"], workers=0)
    return lib_dir


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_sources_and_show_mark_automatic_tags(capsys, folder: Path) -> None:
    code, out, _ = run(capsys, folder, "sources")
    assert code == 0 and "HN(auto)" in out and "BZ(auto)" in out
    code, out, _ = run(capsys, folder, "show", "1")
    assert "tags applied automatically at import: HN" in out


def test_clear_auto_then_accept_suggestions(capsys, folder: Path) -> None:
    code, out, _ = run(capsys, folder, "--json", "tag", "--clear-auto", "--all")
    data = json.loads(out)
    assert code == 0 and sorted(data["changed"]) == [1, 2] and data["removed"] == 2
    code, out, _ = run(capsys, folder, "tag", "--accept-suggestions", "1")
    assert code == 0 and out.startswith("accepted ") and "on 1 source" in out
    with Library.open(folder) as lib:
        one, two = lib.catalog.source(1), lib.catalog.source(2)
    assert "HN" in one.countries and one.auto_countries == ()  # the person's now
    assert "gang_violence" in one.risks
    assert two.countries == ()


def test_a_plain_tag_edit_makes_the_tag_the_persons(capsys, folder: Path) -> None:
    code, out, _ = run(capsys, folder, "tag", "1", "--country", "HN")
    assert code == 0 and "HN(auto)" not in out and "HN" in out


def test_bad_combinations_are_refused_with_a_message(capsys, folder: Path) -> None:
    for args in (["tag", "--clear-auto"], ["tag", "1", "--all", "--clear-auto"],
                 ["tag", "1", "--clear-auto", "--country", "HN"], ["tag", "1", "2"],
                 ["tag", "--all", "--country", "HN"]):
        code, out, err = run(capsys, folder, *args)
        assert code == 2 and err.startswith("evidence-cli: tag:"), args
    code, _, err = run(capsys, folder, "tag", "--accept-suggestions", "99")
    assert code == 2 and "99" in err
