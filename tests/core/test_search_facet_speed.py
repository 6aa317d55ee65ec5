"""The per-search shortcuts behind the real-library p95 give the answers of the long ways:
facet counts without per-source dicts (and without filter tests when nothing is ticked),
passage-level risk facts made once per label version, and a ticked risk type decided by
the positional index at once instead of source by source."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from evidence_app.labelling.passage_labels import taxonomy_fingerprint
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery, SearchResult
from evidence_app.search import results
from evidence_app.search.filters import (
    FACETS,
    FacetTotals,
    Filters,
    PassageLabels,
    SourceFacts,
    count_facets,
    uncount_facets,
)

COUNTRIES = ("hn", "gt", "sv", "mx")
RISKS = ("lgbtqi", "children", "torture", "gang_violence")


def _reference_counts(facts: list[SourceFacts], filters: Filters
                      ) -> tuple[dict[str, dict[str, int]], list[SourceFacts]]:
    """count_facets as it was: every source's filter tests and values as dicts."""
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    passing = []
    for f in facts:
        failed = [name for name, good in filters.passes(f).items() if not good]
        if not failed:
            passing.append(f)
        if len(failed) > 1:
            continue
        values = {"countries": tuple(c.upper() for c in f.countries), "risks": f.risks,
                  "kinds": (f.kind,) if f.kind else (),
                  "languages": (f.language,) if f.language else (),
                  "years": (f.year,) if f.year else ()}
        for name in FACETS if not failed else failed:
            bucket = counts[name]
            if name == "risks" and f.risk_passages is not None:
                for v, n in f.risk_passages:
                    bucket[v] = bucket.get(v, 0) + n
                continue
            for v in values[name]:
                bucket[v] = bucket.get(v, 0) + 1
    return counts, passing


def _random_facts(rng: random.Random, n: int) -> list[SourceFacts]:
    out = []
    for sid in range(1, n + 1):
        risks = tuple(sorted(rng.sample(RISKS, rng.randint(0, 3))))
        passages = (tuple((r, rng.randint(1, 9)) for r in risks)
                    if rng.random() < 0.7 else None)
        out.append(SourceFacts(
            sid, tuple(rng.sample(COUNTRIES, rng.randint(0, 2))), risks,
            rng.choice(["", "ngo report", "government report"]),
            rng.choice(["", "en", "es"]),
            rng.choice(["", "2019", "2021-05", "2023-02-11", "n.d."]), passages))
    return out


def _random_filters(rng: random.Random) -> Filters:
    def some(values: tuple[str, ...]) -> frozenset[str]:
        return frozenset(rng.sample(values, rng.randint(0, 2)) if rng.random() < 0.5 else ())

    return Filters(some(COUNTRIES), some(RISKS), some(("ngo report", "government report")),
                   some(("en", "es")), rng.choice(["", "", "2020", "2021-06"]),
                   rng.choice(["", "", "2022", "2023-01-31"]))


@pytest.mark.parametrize("seed", range(30))
def test_facet_counts_equal_the_per_source_dicts(seed: int) -> None:
    rng = random.Random(seed)
    facts = _random_facts(rng, rng.randint(0, 60))
    filters = Filters() if seed % 3 == 0 else _random_filters(rng)
    counts, passing = count_facets(iter(facts), filters)
    want_counts, want_passing = _reference_counts(facts, filters)
    assert counts == want_counts
    assert passing == want_passing
    # sources that passed every filter taken out again: as if counted without them
    gone = [f for f in passing if rng.random() < 0.5]
    rest = [f for f in facts if f not in gone]
    assert uncount_facets(counts, gone) == _reference_counts(rest, filters)[0]
    # with the library's totals (most of it matching: what it does not match taken away)
    totals = FacetTotals.of(facts)
    one_filter = (Filters(risks=frozenset({RISKS[seed % 4]})),
                  Filters(countries=frozenset({COUNTRIES[seed % 4]})),
                  Filters(kinds=frozenset({"ngo report"})), Filters(since="2021"))
    for share in (0.3, 0.7, 1.0):
        some = [f for f in facts if rng.random() < share]
        for these in (filters, *one_filter):
            assert count_facets(some, these, totals) == _reference_counts(some, these)


def test_label_all_equals_with_passages_and_keeps_keys() -> None:
    rows = [("torture", 1, 1), ("torture", 1, 2), ("children", 1, 2), ("lgbtqi", 3, 5)]
    labels = PassageLabels.of(rows)
    facts = {10: SourceFacts(1, ("hn",), (), "", "en", "2021"),
             11: SourceFacts(2, ("gt",), ("gang_violence",), "", "en", "2022"),
             12: SourceFacts(3, (), ("children",), "", "en", "2020")}

    def sizes(ids: list[int]) -> dict[int, int]:
        return {sid: 4 for sid in ids}

    made = labels.label_all(facts, sizes)
    assert list(made) == [10, 11, 12]
    assert list(made.values()) == labels.with_passages(facts.values(), sizes)
    assert made[10].risk_passages == (("children", 1), ("torture", 2))
    assert made[11].risk_passages == (("gang_violence", 4),)  # unlabelled: its own tags
    assert made[12].risks == ("lgbtqi",)
    assert labels.counts(1) == {"children": 1, "torture": 2}
    assert labels.allowed_all(["torture", "children"]) == {1: frozenset({1, 2}),
                                                           3: frozenset()}
    assert labels.allowed_rows(["torture"], lambda sid, page: sid * 100 + page) == {
        101, 102}


WORDS = ("report", "officials", "community", "year", "government", "court", "region",
         "victims", "families", "law", "cases", "police", "prison", "in", "the", "for")


def _library(library: Library, folder: Path, rng: random.Random) -> list[int]:
    """Sources of random pages with random passage labels."""
    paths = []
    for n in range(rng.randint(4, 7)):
        pages = [" ".join(rng.choice(WORDS) for _ in range(300)) + "."
                 for _ in range(rng.randint(2, 6))]
        path = folder / f"src{n}.txt"
        path.write_text("\n\n".join(pages), encoding="utf-8")
        paths.append(path)
    report = library.import_files(paths)
    fingerprint = taxonomy_fingerprint(library.taxonomy.risk_types(include_hidden=False))
    for source in report.imported[:-1]:  # the last one stays unlabelled
        labels = {p.page_no: {slug: 1.0 for slug in RISKS[:3] if rng.random() < 0.4}
                  for p in library.catalog.pages(source.id)}
        library.store.passage_risks.replace_page_risks(source.id, labels, fingerprint)
    return [s.id for s in report.imported]


def _shape(result: SearchResult) -> tuple[object, ...]:
    return (result.error, result.total_sources, result.facets,
            [(s.source_id, [p.page_no for p in s.pages]) for s in result.sources],
            [(p.source_id, p.page_no) for p in result.passages])


QUERIES = ("police", '"in the prison"', "police AND prison", "police OR court",
           "police NOT victims", '"police prison"~3', "prison AND \"for the\"", "pol*")


@pytest.mark.parametrize("seed", range(3))
def test_a_ticked_risk_type_decided_at_once_equals_source_by_source(
        library: Library, tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    _library(library, tmp_path, rng)
    for text in QUERIES:
        for risks in (("torture",), ("children", "lgbtqi")):
            q = SearchQuery(text, risks=risks, limit=50, pages_per_source=50, passages=200)
            fast = library.search(q)
            with monkeypatch.context() as m:
                m.setattr(results, "index_dropped", lambda *a, **k: None)
                slow = library.search(q)
            assert _shape(fast) == _shape(slow), (text, risks)


def test_relabelling_changes_the_next_search(library: Library, tmp_path: Path) -> None:
    ids = _library(library, tmp_path, random.Random(5))
    q = SearchQuery("police", limit=50)
    before = library.search(q).facets["risks"]
    fingerprint = taxonomy_fingerprint(library.taxonomy.risk_types(include_hidden=False))
    pages = [p.page_no for p in library.catalog.pages(ids[0])]
    library.store.passage_risks.replace_page_risks(
        ids[0], {p: {"gang_violence": 1.0} for p in pages}, fingerprint
    )
    after = library.search(q).facets["risks"]
    assert after.get("gang_violence", 0) == before.get("gang_violence", 0) + len(pages)
    ticked = library.search(SearchQuery("police", risks=("gang_violence",), limit=50))
    assert {s.source_id for s in ticked.sources} >= {ids[0]}


def test_row_pages_cut_a_sources_pages_out_of_the_rows() -> None:
    from evidence_app.search.sequences import RowPages, rowid

    pairs = [(1, 1), (1, 7), (3, 2), (40, 1), (40, 5), (40, 6)]
    rows = sorted(r for r in (rowid(s, p) for s, p in pairs) if r is not None)
    found = RowPages(rows)
    assert found == {1: {1, 7}, 3: {2}, 40: {1, 5, 6}}
    assert 3 in found and 2 not in found and "x" not in found and -1 not in found
    assert found.get(2) is None and found.get(2, set()) == set()
    assert found[40] == {1, 5, 6} and list(found) == [1, 3, 40] and len(found) == 3
    assert RowPages([]) == {}
