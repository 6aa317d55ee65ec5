"""What an import does once per file, not twice: the checks before reading it, and
labelling a saved web page's passages, after its section headings are read (headings are
strong evidence of what a passage is about), whether or not it has any."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from evidence_app.library import facade
from evidence_app.library.facade import Library
from evidence_app.model import RiskType

WITH_HEADINGS = """<!DOCTYPE html>
<html lang="en"><head><title>Honduras: violence report</title></head>
<body><main><article>
<h1>Honduras: violence report</h1>
<h2>Gang violence and extortion</h2>
<p>Gangs such as MS-13 extort small businesses and bus drivers in San Pedro Sula and
Tegucigalpa. Those who refuse to pay the war tax are threatened, beaten or killed, and the
police rarely investigate these crimes.</p>
<p>Families forcibly displaced by gangs told reporters they had no protection from the
authorities, who are often complicit with the criminal groups that control entire
neighbourhoods.</p>
<h2>Women and girls</h2>
<p>Femicide and domestic violence remained widespread. Women who reported abuse to the
police were frequently turned away, and few cases reached the courts, according to human
rights defenders.</p>
</article></main></body></html>
"""

WITHOUT_HEADINGS = """<!DOCTYPE html>
<html lang="en"><head><title>Guatemala: a note on detention</title></head>
<body><main><article>
<p>Asylum seekers returned to Guatemala were held in overcrowded detention centres without
access to lawyers. Officials said the asylum office had a backlog of thousands of claims and
only a handful of staff to decide them.</p>
<p>Human rights groups said deportees who had fled gang violence faced threats again after
their return, and that the authorities offered them no protection against the gangs that
had targeted them.</p>
</article></main></body></html>
"""


@pytest.fixture
def labelled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The source of every labelling of passages, in order."""
    calls: list[int] = []
    real = facade.store_labels

    def counting(store: object, source_id: int, risks: Sequence[RiskType],
                 pages: Sequence[tuple[int, str]] | None = None) -> int:
        calls.append(source_id)
        return real(store, source_id, risks, pages)  # type: ignore[arg-type]

    monkeypatch.setattr(facade, "store_labels", counting)
    return calls


def _pages(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = [folder / "with.html", folder / "without.html"]
    for path, text in zip(paths, (WITH_HEADINGS, WITHOUT_HEADINGS), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


@pytest.mark.parametrize("bulk", [False, True], ids=["one call", "bulk block"])
def test_a_saved_web_page_is_labelled_once_after_its_headings(
    tmp_path: Path, labelled: list[int], bulk: bool
) -> None:
    paths = _pages(tmp_path)
    with Library.open(tmp_path / "lib") as lib:
        if bulk:
            with lib.bulk_import(ahead=paths):
                ids = [lib.import_files([p]).imported[0].id for p in paths]
        else:
            report = lib.import_files(paths, workers=0)
            ids = [s.id for s in report.imported]
        assert len(ids) == 2
        assert sorted(labelled) == sorted(ids)  # once each, not at insert and again
        with_id, without_id = ids
        assert [h.heading for h in lib.starter.headings(with_id)][1:] == [
            "Gang violence and extortion", "Women and girls"]
        assert lib.starter.headings(without_id) == []
        # both labelled with the current taxonomy, the page without headings too
        assert lib.passages.sources_to_label() == []
        assert "gang_violence" in lib.passages.passage_risks(with_id)[1]


def test_read_headings_labels_a_page_without_headings(
    tmp_path: Path, labelled: list[int]
) -> None:
    paths = _pages(tmp_path)
    with Library.open(tmp_path / "lib") as lib:
        ids = [s.id for s in lib.import_files(paths, workers=0).imported]
        labelled.clear()
        assert lib.starter.read_headings(ids) == 1  # one of the two has headings
        assert sorted(labelled) == sorted(ids)


@pytest.mark.parametrize("bulk", [False, True], ids=["one call", "bulk block read ahead"])
def test_the_checks_before_reading_run_once_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk: bool
) -> None:
    """Existence, size and emptiness are checked before hashing, not again when read (nor
    again by a bulk block that reads the files ahead of the call)."""
    from evidence_app import ingest

    checked: list[str] = []
    real = ingest.check_file

    def counting(path: Path, max_bytes: int = ingest.MAX_BYTES) -> int:
        checked.append(Path(path).name)
        return real(path, max_bytes)

    monkeypatch.setattr(ingest, "check_file", counting)
    paths = _pages(tmp_path)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    files = sorted((tmp_path / "in").iterdir())
    with Library.open(tmp_path / "lib") as lib:
        if bulk:
            with lib.bulk_import(ahead=files):
                report = lib.import_files([tmp_path / "in"])
        else:
            report = lib.import_files([tmp_path / "in"], workers=0)
    assert len(report.imported) == 2
    assert [(Path(f.path).name, f.reason) for f in report.failed] == [("empty.txt", "empty")]
    assert sorted(checked) == sorted(["empty.txt", *(p.name for p in paths)])
