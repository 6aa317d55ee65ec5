"""`--json` and `--library DIR` work before or after every verb of `evidence-cli`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from evidence_app.cli.main import build_parser
from evidence_app.cli.main import main as cli
from evidence_app.cli.options import VerbParser, resolve

TEXT = ("Gangs threatened returned deportees in San Pedro Sula. Police did not protect "
        "them, and the asylum office had no capacity.\n")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = build_parser()
    return resolve(parser, parser.parse_args(argv))


@pytest.fixture
def lib_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    doc = tmp_path / "report.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert cli(["--library", str(folder), "import", str(doc), "--country", "HN"]) == 0
    return folder


def _verb_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every verb's and sub-verb's parser, however deep."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.append(sub)
                found += _verb_parsers(sub)
    return found


def test_every_verb_and_sub_verb_takes_both_options() -> None:
    parsers = _verb_parsers(build_parser())
    assert len(parsers) > 30  # verbs and sub-verbs (case new, packet build, bundle export, …)
    for p in parsers:
        assert isinstance(p, VerbParser), p.prog
        shared = {o: a for a in p._actions for o in a.option_strings
                  if o in ("--json", "--library")}
        assert set(shared) == {"--json", "--library"}, p.prog
        # the shared ones, not a verb's own (whose default would undo `--json VERB`)
        assert shared["--json"].default is argparse.SUPPRESS, f"{p.prog}: its own --json"
        assert shared["--library"].dest.startswith("library@"), f"{p.prog}: its own --library"


@pytest.mark.parametrize("argv", [
    ["--json", "--library", "DIR", "search", "x"],
    ["search", "x", "--json", "--library", "DIR"],
    ["search", "--json", "x", "--country", "HN", "--library", "DIR"],
    ["--library", "DIR", "search", "x", "--json"],
    ["--json", "search", "x", "--library", "DIR"],
])
def test_both_positions_parse_the_same(argv: list[str]) -> None:
    args = parse(argv)
    assert args.json is True
    assert args.library == Path("DIR")
    assert args.query == "x"
    assert not [name for name in vars(args) if name.startswith("library@")]


def test_defaults_without_the_options() -> None:
    args = parse(["sources"])
    assert args.json is False and args.library is None


def test_sub_verbs_take_them_at_either_level() -> None:
    args = parse(["case", "--library", "A", "new", "--name", "N", "--json"])
    assert (args.library, args.json, args.name) == (Path("A"), True, "N")
    args = parse(["packet", "build", "1", "--out", "p.pdf", "--library", "B"])
    assert args.library == Path("B") and args.json is False
    args = parse(["excerpt", "add", "3", "7", "quote", "--json"])
    assert args.json is True and args.library is None


def test_the_same_folder_twice_is_fine(tmp_path: Path) -> None:
    args = parse(["--library", str(tmp_path), "sources", "--library", str(tmp_path) + "/"])
    assert args.library == tmp_path


@pytest.mark.parametrize("argv", [
    ["--library", "A", "sources", "--library", "B"],
    ["sources", "--library", "A", "--library", "B"],
    ["--library", "A", "--library", "B", "sources"],
    ["case", "--library", "A", "show", "1", "--library", "B"],
])
def test_two_different_folders_are_refused(argv: list[str], capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse(argv)
    assert exit_.value.code == 2
    assert "--library given twice: A and B" in capsys.readouterr().err


def test_two_different_folders_write_nothing(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    with pytest.raises(SystemExit):
        cli(["--library", str(a), "sources", "--library", str(b)])
    assert not a.exists() and not b.exists()


def test_json_after_the_verb_runs(lib_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the README's example that failed with "unrecognized arguments: --json" (issue 17)
    capsys.readouterr()
    assert cli(["search", '"returned deportees"', "--country", "HN", "--json",
                "--library", str(lib_dir)]) == 0
    after = json.loads(capsys.readouterr().out)
    assert cli(["--json", "--library", str(lib_dir), "search", '"returned deportees"',
                "--country", "HN"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert after == before
    assert after and after[0]["source_id"] == 1


def test_library_after_the_verb_is_the_library_used(lib_dir: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli(["sources", "--library", str(lib_dir), "--json"]) == 0
    assert [s["id"] for s in json.loads(capsys.readouterr().out)] == [1]
    assert cli(["case", "new", "--name", "Test", "--json", "--library", str(lib_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["applicant_name"] == "Test"
    assert cli(["--library", str(lib_dir), "case", "list", "--json"]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == [1]


def test_citations_take_json_too(lib_dir: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--library", str(lib_dir), "case", "new", "--name", "T"]) == 0
    assert cli(["--library", str(lib_dir), "case", "add-exhibit", "1", "1"]) == 0
    capsys.readouterr()
    assert cli(["citations", "1", "--format", "text", "--json", "--library", str(lib_dir)]) == 0
    lines = json.loads(capsys.readouterr().out)
    assert len(lines) == 1 and lines[0].startswith("Tab 1. ")
    assert cli(["citations", "1", "--json", "--library", str(lib_dir)]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)  # CSL-JSON
    out = tmp_path / "c.json"
    assert cli(["citations", "1", "--out", str(out), "--json", "--library", str(lib_dir)]) == 0
    assert json.loads(capsys.readouterr().out) == {"path": str(out), "format": "csl-json"}
    assert isinstance(json.loads(out.read_text(encoding="utf-8")), list)


def test_help_names_both_options_at_top_and_on_verbs(capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    for argv in (["--help"], ["search", "--help"], ["case", "new", "--help"],
                 ["packet", "build", "--help"]):
        with pytest.raises(SystemExit) as exit_:
            build_parser().parse_args(argv)
        assert exit_.value.code == 0
        text = capsys.readouterr().out
        assert "--json" in text and "--library DIR" in text, argv
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    assert "before or after the command" in capsys.readouterr().out


def test_json_after_any_verb_prints_one_json_document(lib_dir: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    assert cli(["--library", str(lib_dir), "case", "new", "--name", "T"]) == 0
    verbs = [["sources"], ["show", "1"], ["tag", "1", "--risk", "gang_violence"],
             ["suggest", "1"], ["search", "gangs", "--by-source"], ["excerpts"],
             ["excerpt", "add", "1", "1", "Police did not protect them"],
             ["excerpt", "edit", "1", "--note", "n"], ["taxonomy"], ["case", "list"],
             ["case", "show", "1"], ["case", "add-exhibit", "1", "1"], ["coverage", "1"],
             ["citations", "1", "--format", "text"], ["backup"], ["backups"], ["editions", "1"],
             ["starter", "--info"], ["translation", "show", "1"], ["ocr", "--check"], ["check"],
             ["bundle", "export", str(tmp_path / "out.evbundle")]]
    for argv in verbs:
        capsys.readouterr()
        code = cli([*argv, "--json", "--library", str(lib_dir)])
        out = capsys.readouterr().out
        assert code in (0, 3), argv  # 3: `ocr --check` without the OCR programs
        json.loads(out)  # one document, nothing else on stdout
