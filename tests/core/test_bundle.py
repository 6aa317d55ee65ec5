"""Library bundles: round trip, merge rules, filters, privacy, and every kind of refusal."""

from __future__ import annotations

import hashlib
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # tests.trust is shared with the report command
    sys.path.insert(0, str(REPO))

from evidence_app.errors import BundleRejected  # noqa: E402
from evidence_app.library.facade import Library  # noqa: E402
from evidence_app.model import SearchQuery  # noqa: E402
from evidence_app.sharing.bundle import BundleLimits  # noqa: E402
from tests.trust.bundles import good_members, refusals  # noqa: E402

TEXTS = {
    "honduras.txt": "Honduras report\n\nGangs such as MS-13 extorted bus drivers in San Pedro "
                    "Sula.\n\nReturned deportees faced threats from gangs at the airport.",
    "guatemala.txt": "Informe sobre Guatemala\n\nLas pandillas cometieron extorsión contra "
                     "los comerciantes.\n\nLas personas deportadas recibieron amenazas.",
    "salvador.txt": "El Salvador report\n\nThe state of exception led to mass detention and "
                    "deaths in custody.\n\nJournalists reported threats and surveillance.",
}
QUERIES = ["gangs", '"returned deportees"', "pandillas", "detention OR journalists",
           "extor*", "threats", SearchQuery(text="gangs", countries=("HN",))]


def make_library(folder: Path, inputs: Path) -> Library:
    inputs.mkdir(exist_ok=True)
    for name, text in TEXTS.items():
        (inputs / name).write_text(text, encoding="utf-8")
    lib = Library.open(folder)
    report = lib.import_files(sorted(inputs.iterdir()), workers=0)
    ids = {Path(s.original_name).stem: s.id for s in report.imported}
    lib.catalog.tag(ids["honduras"], countries=["HN"], risks=["gang_violence"])
    lib.catalog.tag(ids["guatemala"], countries=["GT"])
    lib.catalog.tag(ids["salvador"], countries=["SV"])
    lib.taxonomy.add_risk_type("land_defenders", "Land defenders", "Defensores de la tierra")
    lib.catalog.tag(ids["salvador"], risks=["land_defenders"])
    page = lib.catalog.pages(ids["honduras"])[0]
    start = page.text.index("extorted bus drivers")
    lib.excerpts.add_excerpt(ids["honduras"], page.page_no, start, start + 20, note="for brief")
    return lib


@pytest.fixture
def source_lib(tmp_path: Path) -> Library:
    lib = make_library(tmp_path / "a", tmp_path / "in")
    yield lib
    lib.close()


@pytest.fixture
def empty_lib(tmp_path: Path) -> Library:
    lib = Library.open(tmp_path / "b")
    yield lib
    lib.close()


def answers(lib: Library, query: str | SearchQuery) -> list[tuple[str, str, str, float]]:
    result = lib.search(query)
    assert not result.error
    sha = {s.id: s.sha256 for s in lib.catalog.sources()}
    return [(sha[p.source_id], p.cite_label, p.snippet, round(p.score, 6))
            for p in result.passages]


def state(lib: Library) -> tuple[object, ...]:
    return (
        lib.catalog.stats(),
        lib.store.index_log.generation(),
        [s.title for s in lib.catalog.sources()],
        sorted(p.name for p in lib.folder.rglob("*") if "files" in p.parts),
        list(lib.folder.glob(".bundle-import-*")),
    )


def test_round_trip_gives_identical_search_results(
    source_lib: Library, empty_lib: Library, tmp_path: Path
) -> None:
    out = tmp_path / "all.evbundle"
    exported = source_lib.bundles.export_bundle(out)
    assert (exported.sources, exported.excerpts, exported.risk_types) == (3, 1, 1)
    assert out.stat().st_mode & 0o077 == 0
    imported = empty_lib.bundles.import_bundle(out)
    assert (len(imported.added), imported.excerpts_added) == (3, 1)
    assert imported.risk_types_added == ("land_defenders",)
    for query in QUERIES:
        assert answers(empty_lib, query) == answers(source_lib, query), query
    mine = {s.sha256: (s.title, s.countries, s.risks) for s in source_lib.catalog.sources()}
    theirs = {s.sha256: (s.title, s.countries, s.risks) for s in empty_lib.catalog.sources()}
    assert mine == theirs
    assert [e.quote for e in empty_lib.excerpts.excerpts()] == ["extorted bus drivers"]
    for source in empty_lib.catalog.sources():
        data = empty_lib.catalog.file_path(source).read_bytes()
        assert hashlib.sha256(data).hexdigest() == source.sha256
    assert empty_lib.check().ok


def test_cases_never_travel(source_lib: Library, tmp_path: Path) -> None:
    source = source_lib.catalog.sources()[0]
    case = source_lib.cases.new_case(applicant_name="Zelda Quintanilla", a_number="123456789",
                               notes="private note")
    source_lib.cases.add_exhibit(case.id, source.id)
    out = tmp_path / "all.evbundle"
    source_lib.bundles.export_bundle(out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        blob = b"".join(zf.read(n) for n in names)
    assert sorted(n for n in names if not n.startswith("files/")) == [
        "manifest.json", "sources.jsonl", "taxonomy.json"]
    for secret in (b"Zelda", b"Quintanilla", b"123456789", b"private note", b"applicant"):
        assert secret not in blob


def test_filters_choose_sources(source_lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "hn.evbundle"
    assert source_lib.bundles.export_bundle(out, countries=["hn", "GT"]).sources == 2
    assert source_lib.bundles.export_bundle(out, countries=["HN", "GT"], risks=["gang_violence"]
                                    ).sources == 1
    assert source_lib.bundles.export_bundle(out, risks=["land_defenders"]).sources == 1


def test_merge_keeps_local_metadata_unites_tags_and_skips_duplicates(
    source_lib: Library, tmp_path: Path
) -> None:
    out = tmp_path / "all.evbundle"
    source_lib.bundles.export_bundle(out)
    with Library.open(tmp_path / "b") as other:
        other.import_files([tmp_path / "in" / "honduras.txt"], workers=0)
        local = other.catalog.sources()[0]
        other.catalog.edit_source(local.id, title="Our own title")
        other.catalog.tag(local.id, countries=["MX"])
        first = other.bundles.import_bundle(out)
        again = other.bundles.import_bundle(out)
        merged = other.catalog.source(local.id)
    assert (len(first.added), len(first.merged)) == (2, 1)
    assert merged.title == "Our own title"
    assert set(merged.countries) == {"HN", "MX"} and "gang_violence" in merged.risks
    conflict = next(c for c in first.conflicts if c.field == "title")
    assert (conflict.local, conflict.bundle) == ("Our own title", "Honduras report")
    assert (len(again.added), len(again.merged), again.excerpts_added,
            again.excerpts_existing, again.tags_added) == (0, 3, 0, 1, 0)


def test_a_missing_original_comes_back_from_a_bundle(source_lib: Library, tmp_path: Path) -> None:
    with_file = tmp_path / "all.evbundle"
    source_lib.bundles.export_bundle(with_file)
    source = source_lib.catalog.sources()[0]
    source_lib.catalog.file_path(source).unlink()
    assert [p.kind for p in source_lib.check().problems] == ["missing_file"]
    without = source_lib.bundles.export_bundle(tmp_path / "without.evbundle")
    assert without.sources == 2 and len(without.skipped) == 1
    assert source_lib.bundles.import_bundle(tmp_path / "without.evbundle").files_restored == 0
    assert source_lib.bundles.import_bundle(with_file).files_restored == 1
    assert source_lib.check().ok


def test_a_failure_midway_rolls_everything_back(
    source_lib: Library, empty_lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "all.evbundle"
    source_lib.bundles.export_bundle(out)
    before = state(empty_lib)
    calls = []

    def fail_late(*args: object, **kwargs: object) -> int:
        calls.append(1)
        raise OSError("disk full")

    monkeypatch.setattr(empty_lib.store.excerpts, "insert_excerpt", fail_late)
    with pytest.raises(OSError):
        empty_lib.bundles.import_bundle(out)
    assert calls and state(empty_lib) == before
    monkeypatch.undo()
    assert len(empty_lib.bundles.import_bundle(out).added) == 3
    assert empty_lib.check().ok


# ---------------------------------------------------------------- refusals
def test_hostile_bundles_are_refused_and_change_nothing(
    source_lib: Library, empty_lib: Library, tmp_path: Path
) -> None:
    good = good_members(source_lib, tmp_path)
    before = state(empty_lib)
    reasons = {}
    for name, (data, _) in refusals(good).items():
        path = tmp_path / f"{name}.evbundle"
        path.write_bytes(data)
        with pytest.raises(BundleRejected) as info:
            empty_lib.bundles.import_bundle(path)
        reasons[name] = info.value.reason
        assert state(empty_lib) == before, name
    assert reasons == {name: reason for name, (_, reason) in refusals(good).items()}
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()
    assert empty_lib.check().ok


def test_total_size_limit(source_lib: Library, empty_lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "all.evbundle"
    source_lib.bundles.export_bundle(out)
    with pytest.raises(BundleRejected) as info:
        empty_lib.bundles.import_bundle(out, limits=BundleLimits(max_total_bytes=100))
    assert info.value.reason == "too_large"
    assert empty_lib.catalog.stats()["sources"] == 0
