"""Import the shared corpus of real and malformed files through the command line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app.cli.main import main as cli
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery


@pytest.fixture(scope="module")
def corpus_library(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, dict]]:
    folder = tmp_path_factory.mktemp("corpus") / "lib"
    out = tmp_path_factory.mktemp("out") / "import.json"
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        status = cli(["--library", str(folder), "--json", "import", "--auto-tag", str(corpus)])
    report = json.loads(buffer.getvalue())
    out.write_text(buffer.getvalue())
    report["status"] = status
    yield folder, report


def test_every_real_document_imports(corpus: Path, corpus_library: tuple[Path, dict]) -> None:
    _, report = corpus_library
    failed = {Path(f["path"]).name: f for f in report["failed"]}
    real = [p for sub in ("pdf", "html", "text", "docx") for p in (corpus / sub).iterdir()]
    for path in real:
        if path.name == "nested_tables.docx":  # empty tables only: refused as empty
            assert failed[path.name]["reason"] == "empty_document"
            continue
        assert path.name not in failed, failed.get(path.name)
    # Every malformed file is either imported or named with a reason.
    imported = {s["original_name"] for s in report["imported"]}
    for path in (corpus / "malformed").iterdir():
        assert path.name in imported or path.name in failed, path.name
        if path.name in failed:
            assert failed[path.name]["reason"] and failed[path.name]["message"]
    assert report["status"] == 1  # non-zero only because of the bad files
    reasons = {f["reason"] for f in report["failed"]}
    assert {"encrypted", "empty"} <= reasons
    scans = {s["original_name"] for s in report["needs_ocr"]}
    assert "scan_image_only_english.pdf" in scans


def test_import_again_adds_nothing(corpus: Path, corpus_library: tuple[Path, dict]) -> None:
    folder, first = corpus_library
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        cli(["--library", str(folder), "--json", "import", str(corpus)])
    again = json.loads(buffer.getvalue())
    assert again["imported"] == []
    assert len(again["duplicates"]) == len(first["imported"])


def test_honduras_phrase_has_right_cite_label(
    corpus: Path, corpus_library: tuple[Path, dict]
) -> None:
    folder, _ = corpus_library
    phrase = "inadequate prosecutorial resources, a weak judicial system"
    with Library.open(folder) as lib:
        result = lib.search(SearchQuery(text=f'"{phrase}"', passages=50))
        assert not result.error
        honduras = [
            p for p in result.passages
            if "honduras" in p.title.lower() and "2024" in p.title
        ]
        assert honduras, [p.title for p in result.passages]
        for hit in honduras:
            label_pages = [
                pg for pg in lib.catalog.pages(hit.source_id) if pg.label == hit.cite_label
            ]
            assert label_pages and any(
                re.search(r"\s+".join(phrase.split()), pg.text) for pg in label_pages
            )


def test_facet_counts_match_brute_force(corpus_library: tuple[Path, dict]) -> None:
    folder, _ = corpus_library
    with Library.open(folder) as lib:
        sources = {s.id: s for s in lib.catalog.sources()}
        for word in ("torture", "journalists"):
            result = lib.search(SearchQuery(text=word, limit=500))
            pattern = re.compile(rf"\b{word}\b", re.IGNORECASE)
            expected_ids = {
                sid for sid in sources
                if any(pattern.search(p.text) for p in lib.catalog.pages(sid))
            }
            found = {s.source_id for s in result.sources}
            # Stemming may find more (torture ~ tortured); never fewer.
            assert expected_ids <= found
            counts: dict[str, int] = {}
            for sid in found:
                for code in sources[sid].countries:
                    counts[code] = counts.get(code, 0) + 1
            got = {k.upper(): v for k, v in result.facets.get("countries", {}).items() if v}
            assert got == counts
            for code in list(counts)[:3]:
                filtered = lib.search(SearchQuery(text=word, countries=(code,), limit=500))
                assert len(filtered.sources) == counts[code]


def test_check_passes_on_corpus_library(corpus_library: tuple[Path, dict]) -> None:
    folder, _ = corpus_library
    with Library.open(folder) as lib:
        report = lib.check()
        assert report.ok, report.problems
