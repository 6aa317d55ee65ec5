"""Hostile text: bytes that are not UTF-8 in the database, lone surrogates, formula cells in
the summary CSV, huge numbers and odd paths on the command line. No traceback anywhere."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from evidence_app.cli.main import main as cli
from evidence_app.errors import InvalidValue
from evidence_app.library.facade import Library
from evidence_app.packet.summary import FORMULA_STARTS, csv_cell
from evidence_app.text_clean import invalid_text, valid_text

REPORT = ("Honduras report\n\nGangs such as MS-13 extorted bus drivers in San Pedro Sula.\n\n"
          "Returned deportees faced threats from gangs at the airport.")


def _import(library: Library, folder: Path, text: str = REPORT, name: str = "hn.txt") -> int:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    report = library.import_files([path], workers=0)
    assert not report.failed, report.failed
    return report.imported[0].id


def _poison(db: Path, sql: str, *params: object) -> None:
    """Write bytes that are not UTF-8 straight into the database, as a crafted file would."""
    conn = sqlite3.connect(db)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def test_text_helpers() -> None:
    assert invalid_text("ok é 日本") == ""
    assert "lone surrogate" in invalid_text("bad \ud800")
    assert valid_text("bad \ud800 \udcff") == "bad \ufffd \ufffd"
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("plain") == "plain"
    assert all(csv_cell(f"{c}x").startswith("'") for c in FORMULA_STARTS)


def test_invalid_utf8_in_a_page_is_found_and_repaired(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source_id = _import(library, tmp_path / "in")
    first = library.catalog.pages(source_id)[0]
    folder = library.folder
    library.close()
    _poison(folder / "library.sqlite3",
            "UPDATE pages SET text = CAST(? AS TEXT) WHERE source_id = ? AND page_no = ?",
            first.text.encode("utf-8").replace(b"Honduras", b"Hond\xffras\xed\xa0\x80"),
            source_id, first.page_no)
    _poison(folder / "library.sqlite3", "UPDATE sources SET notes = CAST(? AS TEXT)",
            b"note \xc3(")
    with Library.open(folder) as lib:
        assert "Hond\ufffdras" in lib.catalog.pages(source_id)[0].text  # reads never crash
        report = lib.check()
        assert not report.ok
        kinds = [(p.kind, p.detail) for p in report.problems if p.kind == "invalid_text"]
        assert len(kinds) == 2 and f"source {source_id} page {first.page_no}" in kinds[0][1]
        lib.index.rebuild_index()
        assert lib.search("gangs").passages
        lib.bundles.export_bundle(tmp_path / "out.evbundle")
    for argv in (["show", str(source_id), "--pages"], ["rebuild-index"],
                 ["--json", "show", str(source_id), "--pages"]):
        assert cli(["--library", str(folder), *argv]) == 0, argv
    assert "Hond\ufffdras" in capsys.readouterr().out
    with Library.open(folder) as lib:
        repaired = lib.check(repair=True)
        assert repaired.ok, repaired.problems
        fixed = [p.detail for p in repaired.problems if p.kind == "invalid_text"]
        assert any("extracted again from the original" in d for d in fixed)
        assert any("replaced by \ufffd" in d for d in fixed)
        assert lib.catalog.pages(source_id)[0].text == first.text
        assert lib.catalog.source(source_id).notes == "note \ufffd("
        assert lib.check().ok


def test_invalid_utf8_without_the_original_becomes_replacement_characters(
    library: Library, tmp_path: Path
) -> None:
    source_id = _import(library, tmp_path / "in")
    folder = library.folder
    library.catalog.file_path(library.catalog.source(source_id)).unlink()
    library.close()
    _poison(folder / "library.sqlite3", "UPDATE pages SET text = CAST(? AS TEXT)",
            b"gangs \xff threatened")
    with Library.open(folder) as lib:
        report = lib.check(repair=True)
        assert any(p.kind == "invalid_text" and p.repaired for p in report.problems)
        assert lib.catalog.pages(source_id)[0].text == "gangs \ufffd threatened"
        assert not any(p.kind == "invalid_text" for p in lib.check().problems)


def test_summary_csv_cells_cannot_be_formulas(library: Library, tmp_path: Path) -> None:
    attack = '=HYPERLINK("http://example.invalid/x","Click")'
    source_id = _import(library, tmp_path / "in", f"{attack}\n\n-2+3 gangs extorted drivers.\n\n"
                        "@SUM(A1) threats at the airport.", name="formula.txt")
    page = library.catalog.pages(source_id)[0]
    excerpts = [library.excerpts.add_excerpt_by_quote(source_id, page.label, quote)
                for quote in (attack, "-2+3 gangs")]
    case = library.cases.new_case(applicant_name="Test Person", countries=["HN"])
    library.cases.add_excerpts_exhibit(case.id, [e.id for e in excerpts])
    out = tmp_path / "summary.csv"
    library.packets.evidence_summary(case.id, out, compute_layout=False)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row[:5]]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)], cells
    assert f"'{attack}" in cells and "'-2+3 gangs" in cells


def test_surrogates_in_library_verbs_give_reasons(library: Library, tmp_path: Path) -> None:
    source_id = _import(library, tmp_path / "in")
    with pytest.raises(InvalidValue) as info:
        library.excerpts.add_excerpt_by_quote(source_id, "\udcff", "gangs")
    assert info.value.field == "page label" and "UTF-8" in info.value.reason
    with pytest.raises(InvalidValue):
        library.excerpts.add_excerpt_by_quote(source_id, "1", "gangs \ud800")


def test_cli_hostile_arguments_give_reasons_not_tracebacks(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source_id = _import(library, tmp_path / "in")
    case = library.cases.new_case(applicant_name="Test Person", countries=["HN"])
    library.cases.add_exhibit(case.id, source_id)
    folder = str(library.folder)
    library.close()
    base = ["--library", folder]
    capsys.readouterr()
    assert cli([*base, "excerpt", "add", str(source_id), "\udcff", "gangs"]) == 2
    err = capsys.readouterr().err
    assert "page label" in err and "not valid UTF-8" in err and "Traceback" not in err
    assert cli([*base, "excerpt", "add", str(source_id), "1", "gangs", "--note", "x\udce9"]) == 2
    assert "note" in capsys.readouterr().err
    for argv in (["show", str(2**70)], ["excerpt", "delete", str(2**70)],
                 ["case", "show", str(2**70)], ["search", "gangs", "--limit", str(2**70)]):
        with pytest.raises(SystemExit) as exit_info:
            cli([*base, *argv])
        assert exit_info.value.code == 2
        assert "out of range" in capsys.readouterr().err, argv
    assert cli([*base, "show", str(2**62)]) == 2  # in range: "not found", not a traceback
    assert "not" in capsys.readouterr().err
    out_dir = tmp_path / "a folder"
    out_dir.mkdir()
    assert cli([*base, "packet", "build", str(case.id), "--out", str(out_dir),
                "--allow-blank-cover"]) == 2
    err = capsys.readouterr().err
    assert "is a folder" in err and str(out_dir) in err
    assert cli([*base, "summary", str(case.id), "--out", str(out_dir / "x.csv" / "..")]) == 2
    assert list(out_dir.iterdir()) == []
