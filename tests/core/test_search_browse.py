"""Browsing (a search with no text) and searching agree: the same sources pass the same
filters, and the facet counts are the same drill-down counts. Checked on random libraries
against a search whose text every source matches, and against a brute-force count."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from evidence_app.errors import InvalidValue
from evidence_app.library.facade import Library
from evidence_app.model import SearchQuery, Source

COMMON = "evidence"  # a word on every page of every source
LGBTQI = ("Violence against LGBTQI+ persons continued. NGOs reported killings of transgender "
          "women and gay men, and attacks motivated by sexual orientation or gender identity "
          "went unpunished. The evidence was clear. ") * 3
PLAIN = "The ministry published its budget and the evidence of its spending. " * 20
COUNTRIES = ("HN", "GT", "SV", "MX")
DATES = ("", "2021", "2022-11", "2023", "2023-04", "2023-05", "2023-05-10", "2023-06-30",
         "2024-01-15")
KINDS = ("government_report", "ngo_report", "news")
LANGUAGES = ("en", "es")


def make_library(lib: Library, folder: Path, rng: random.Random, n: int) -> list[int]:
    risks = [r.slug for r in lib.taxonomy.risk_types()][:4]
    ids = []
    for i in range(n):
        pages = [PLAIN if rng.random() < 0.7 else LGBTQI for _ in range(rng.randint(1, 3))]
        path = folder / f"report-{i}.txt"
        path.write_text(f"Report number {i}\n\n" + "\n\n".join(pages), encoding="utf-8")
        sid = lib.import_files([path], workers=0).imported[0].id
        lib.catalog.tag(sid, countries=rng.sample(COUNTRIES, rng.randint(0, 2)),
                risks=rng.sample(risks, rng.randint(0, 2)))
        fields = {"published": rng.choice(DATES), "kind": rng.choice(KINDS),
                  "language": rng.choice(LANGUAGES)}
        lib.catalog.edit_source(sid, **{k: v for k, v in fields.items() if v})
        ids.append(sid)
    return ids


def random_query(rng: random.Random, risks: list[str]) -> SearchQuery:
    def some(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        return tuple(rng.sample(list(values), rng.randint(0, 2))) if rng.random() < 0.5 else ()

    countries = tuple(c.lower() if rng.random() < 0.5 else c for c in some(COUNTRIES))
    return SearchQuery(
        countries=countries, risks=some(risks), kinds=some(KINDS), languages=some(LANGUAGES),
        since=rng.choice(("", "", "2023", "2023-05", "2023-05-01")),
        until=rng.choice(("", "", "2023", "2023-05", "2024-01-01")),
        limit=1000, pages_per_source=1, passages=0)


def test_browse_and_search_agree_on_random_libraries(library: Library, tmp_path: Path) -> None:
    rng = random.Random(17)
    make_library(library, tmp_path, rng, 30)
    risks = [r.slug for r in library.taxonomy.risk_types()][:4] + ["lgbtqi"]
    for _ in range(60):
        query = random_query(rng, risks)
        browsed = library.searches.browse(query)
        for text in (COMMON, ""):  # a word every source holds; no text at all
            found = library.search(SearchQuery(**{**query.__dict__, "text": text}))
            assert not found.error
            assert sorted(s.id for s in browsed.sources) == sorted(
                h.source_id for h in found.sources), (query, text)
            assert browsed.facets == found.facets, (query, text)
            assert found.total_sources == len(browsed.sources)


def brute_force(sources: list[Source], counts: dict[int, dict[str, int]],
                query: SearchQuery) -> tuple[set[int], dict[str, Counter[str]]]:
    """The sources passing every filter, and each facet's counts over the sources passing
    every filter but that facet's own, written out plainly."""
    def risks_of(s: Source) -> dict[str, int]:
        return counts.get(s.id) or dict.fromkeys(s.risks, s.page_count)

    def inside(published: str) -> bool:
        if not (query.since or query.until):
            return True
        if not published:
            return False
        low = min(len(published), len(query.since))
        high = min(len(published), len(query.until))
        return (published[:low] >= query.since[:low]) and (
            not query.until or published[:high] <= query.until[:high])

    tests = {
        "countries": lambda s: not query.countries
        or bool({c.upper() for c in query.countries} & set(s.countries)),
        "risks": lambda s: not query.risks or bool(set(query.risks) & set(risks_of(s))),
        "kinds": lambda s: not query.kinds or s.kind in query.kinds,
        "languages": lambda s: not query.languages or s.language in query.languages,
        "years": lambda s: inside(s.published),
    }
    passing = {s.id for s in sources if all(t(s) for t in tests.values())}
    facets: dict[str, Counter[str]] = {name: Counter() for name in tests}
    for s in sources:
        for name in tests:
            if not all(t(s) for other, t in tests.items() if other != name):
                continue
            if name == "countries":
                facets[name].update(s.countries)
            elif name == "risks":
                facets[name].update(risks_of(s))
            elif name == "kinds" and s.kind:
                facets[name][s.kind] += 1
            elif name == "languages" and s.language:
                facets[name][s.language] += 1
            elif name == "years" and s.published[:4].isdigit():
                facets[name][s.published[:4]] += 1
    return passing, facets


def test_browse_matches_a_brute_force_count(library: Library, tmp_path: Path) -> None:
    rng = random.Random(4)
    make_library(library, tmp_path, rng, 20)
    sources = library.catalog.sources()
    counts = library.passages.passage_risk_counts()
    assert counts, "some sources should have passage labels"
    risks = [r.slug for r in library.taxonomy.risk_types()][:4] + ["lgbtqi"]
    for _ in range(60):
        query = random_query(rng, risks)
        browsed = library.searches.browse(query)
        passing, facets = brute_force(sources, counts, query)
        assert {s.id for s in browsed.sources} == passing, query
        assert browsed.facets == {k: dict(v) for k, v in facets.items()}, query
        assert [s.id for s in browsed.sources] == sorted(passing)  # library order


def test_a_year_is_inside_a_since_within_it_and_countries_ignore_case(
        library: Library, tmp_path: Path) -> None:
    path = tmp_path / "hn.txt"
    path.write_text("Honduras report\n\nReturned deportees were extorted by gangs.",
                    encoding="utf-8")
    sid = library.import_files([path], workers=0).imported[0].id
    library.catalog.tag(sid, countries=["HN"])
    library.catalog.edit_source(sid, published="2023")
    for query in (SearchQuery(since="2023-05-01"), SearchQuery(countries=("hn",)),
                  SearchQuery(countries=("hn",), since="2023-05-01", until="2023-12")):
        assert [s.id for s in library.searches.browse(query).sources] == [sid], query
        searched = library.search(SearchQuery(**{**query.__dict__, "text": "deportees"}))
        assert [h.source_id for h in searched.sources] == [sid], query
    assert library.searches.browse(SearchQuery(since="2024")).sources == ()
    assert library.searches.browse(SearchQuery(countries=("gt",))).sources == ()
    page = library.searches.browse(SearchQuery(countries=("hn",)))
    assert page.facets["countries"] == {"HN": 1}
    assert page.facets["years"] == {"2023": 1}


def test_browse_counts_drill_down_like_search(library: Library, tmp_path: Path) -> None:
    ids = []
    for code in ("HN", "GT", "GT"):
        path = tmp_path / f"{len(ids)}.txt"
        path.write_text(f"Report {len(ids)}\n\n{PLAIN}", encoding="utf-8")
        sid = library.import_files([path], workers=0).imported[0].id
        library.catalog.tag(sid, countries=[code])
        ids.append(sid)
    page = library.searches.browse(SearchQuery(countries=("HN",)))
    assert [s.id for s in page.sources] == ids[:1]
    # choosing Honduras does not hide the other countries' counts
    assert page.facets["countries"] == {"HN": 1, "GT": 2}
    assert page.facets == library.search(SearchQuery(text=COMMON, countries=("HN",))).facets


def test_a_malformed_date_is_a_clear_error(library: Library) -> None:
    with pytest.raises(InvalidValue) as caught:
        library.searches.browse(SearchQuery(since="May 2023"))
    assert "2021-06-30" in str(caught.value.reason) or "date" in str(caught.value)


def test_a_search_page_carries_the_listed_sources(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "hn.txt"
    path.write_text("Honduras report\n\nReturned deportees were extorted by gangs.",
                    encoding="utf-8")
    sid = library.import_files([path], workers=0).imported[0].id
    page = library.searches.search_page(SearchQuery(text="deportees", passages=5))
    assert [h.source_id for h in page.result.sources] == [sid]
    assert page.sources[sid] == library.catalog.source(sid)
    hit = library.searches.more_pages(SearchQuery(text="deportees"), 0, sid, 60)
    assert hit is not None and hit.source_id == sid
    assert library.searches.more_pages(SearchQuery(text="deportees"), 0, sid + 1, 60) is None


def test_the_window_library_searches_in_a_child_through_the_same_calls(
        tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        path = tmp_path / "hn.txt"
        path.write_text("Honduras report\n\nReturned deportees were extorted by gangs.",
                        encoding="utf-8")
        sid = lib.import_files([path], workers=0).imported[0].id
        here = lib.searches.search_page(SearchQuery(text="deportees"))
    with Library.open(folder, search_in_child=True) as lib:
        assert lib.searches.in_child
        there = lib.searches.search_page(SearchQuery(text="deportees"))
        assert there.sources == here.sources == {sid: lib.catalog.source(sid)}
        assert [h.source_id for h in there.result.sources] == [sid]
        assert lib.search("deportees").sources[0].source_id == sid
        child = lib.searches.child
    assert child is not None and not child.abort()  # closed with the library
