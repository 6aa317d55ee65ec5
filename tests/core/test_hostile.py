"""Hostile input through the facade: no crash, no hang, a clear reason.

Random and adversarial query strings, metadata values (very long, control characters,
right-to-left marks, emoji, lone surrogates) and damaged files (truncated and mutated
PDF, HTML and DOCX from ../shared/corpus) go to the verbs the GUI and the CLI call.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # tests.trust is shared with the report command
    sys.path.insert(0, str(REPO))

from evidence_app.errors import EvidenceError  # noqa: E402
from evidence_app.library.facade import Library  # noqa: E402
from tests.trust import hostile  # noqa: E402

# as tests/conftest.py finds it: EVIDENCE_TEST_CORPUS (or EVIDENCE_CORPUS), else ../shared/corpus
CORPUS = Path(os.environ.get("EVIDENCE_TEST_CORPUS") or os.environ.get("EVIDENCE_CORPUS")
              or REPO.parent / "shared" / "corpus")
QUICK = settings(max_examples=120, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])


@pytest.fixture(scope="module")
def small_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    folder = tmp_path_factory.mktemp("hostile")
    texts = {
        "honduras.txt": "Honduras report\n\nGangs extorted deportees.\n\nPolice abuses.",
        "guatemala.txt": "Informe Guatemala\n\nLas pandillas amenazaron a los deportados.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library.open(folder / "lib")
    lib.import_files([folder / n for n in texts], workers=0)
    try:
        yield lib
    finally:
        lib.close()


@QUICK
@given(text=hostile.queries)
def test_queries_never_crash(small_library: Library, text: str) -> None:
    hostile.search_is_safe(small_library, text)


@settings(QUICK, max_examples=60)
@given(field=st.sampled_from(["title", "publisher", "author", "notes", "url", "published",
                              "language", "kind"]),
       value=hostile.metadata_values)
def test_metadata_values_are_kept_clean_or_refused(
    small_library: Library, caplog: pytest.LogCaptureFixture, field: str, value: str
) -> None:
    source_id = small_library.catalog.sources()[0].id
    hostile.edit_is_safe(small_library, source_id, field, value)
    hostile.search_is_safe(small_library, value[:200])
    # the index took every edit in place (an error would mean it was rebuilt instead)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@settings(QUICK, max_examples=40)
@given(name=hostile.metadata_values, note=hostile.metadata_values,
       label=hostile.metadata_values)
def test_case_excerpt_and_taxonomy_text_is_kept_clean_or_refused(
    small_library: Library, name: str, note: str, label: str
) -> None:
    hostile.unseeded()
    lib = small_library
    try:
        case = lib.cases.new_case(applicant_name=name, notes=note)
        assert hostile.clean(case.applicant_name) and hostile.clean(case.notes)
        lib.cases.delete_case(case.id)
    except EvidenceError:
        pass
    source = lib.catalog.sources()[0]
    excerpt = lib.excerpts.add_excerpt(
        source.id, lib.catalog.pages(source.id)[0].page_no, 0, 5, note=note
    )
    assert hostile.clean(excerpt.note)
    lib.excerpts.delete_excerpt(excerpt.id)
    try:
        lib.taxonomy.edit_risk_type("gang_violence", label_en=label)
        assert hostile.clean(next(r.label_en for r in lib.taxonomy.risk_types()
                                  if r.slug == "gang_violence"))
    except EvidenceError:
        pass


def _samples() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"test corpus not found at {CORPUS}")
    return hostile.corpus_samples(CORPUS)


@settings(QUICK, max_examples=25)
@given(data=st.data())
def test_damaged_files_fail_with_a_reason(
    small_library: Library, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    hostile.unseeded()
    original = data.draw(st.sampled_from(_samples()))
    damaged = hostile.mutate(original.read_bytes(), data.draw(hostile.mutations))
    folder = tmp_path_factory.mktemp("damaged")
    path = folder / original.name
    path.write_bytes(damaged)
    # workers=1: parsing runs in a worker process that is killed after its timeout
    report = small_library.import_files([path], workers=1)
    outcomes = len(report.imported) + len(report.duplicates) + len(report.failed)
    assert outcomes == 1
    for failure in report.failed:
        assert failure.reason in hostile.IMPORT_REASONS and failure.message


def test_every_malformed_corpus_file_is_handled_with_a_reason(tmp_path: Path) -> None:
    malformed = CORPUS / "malformed"
    if not malformed.is_dir():
        pytest.skip(f"malformed corpus not found at {malformed}")
    files = sorted(p for p in malformed.iterdir() if p.is_file())
    with Library.open(tmp_path / "lib") as lib:
        report = lib.import_files(files, workers=2)
        handled = {Path(f.path).name: f for f in report.failed}
        handled.update({s.original_name: s for s in report.imported})
        handled.update({Path(p).name: p for p, _ in report.duplicates})
        assert set(handled) == {p.name for p in files}
        for failure in report.failed:
            assert failure.reason in hostile.IMPORT_REASONS and failure.message
        assert lib.check().ok
