"""The search engine on a handful of handmade English and Spanish sources.

A dict-backed fake stands in for the store, so these tests exercise only search/.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from evidence_app.model import SearchQuery, SearchResult
from evidence_app.search import IndexDocument, SearchEngine
from evidence_app.search.analysis import analyse, lang_key

THESAURUS = [("pandillas", "gangs", "maras"), ("trata de personas", "human trafficking")]


def doc(sid: int, lang: str, country: tuple[str, ...], risks: tuple[str, ...], kind: str,
        published: str, *pages: str, title: str = "") -> IndexDocument:
    return IndexDocument(
        source_id=sid, title=title or f"Source {sid}", publisher="Publisher", author="",
        language=lang, kind=kind, published=published, countries=country, risks=risks,
        pages=tuple((i, text) for i, text in enumerate(pages, 1)),
    )


DOCS = [
    doc(1, "en", ("HN",), ("gang_violence",), "government_report", "2023-03-01",
        "Gang violence is widespread in San Pedro Sula. Deportees face threats from gangs on "
        "arrival.",
        "The gang recruited children near schools. Police violence against women rose sharply.",
        "The election commission published its results without incident.",
        title="Honduras 2023 Human Rights Report"),
    doc(2, "es", ("GT",), ("extortion",), "ngo_report", "2022",
        "La extorsión de las pandillas afecta a los comerciantes y transportistas.",
        "Las pandillas controlan los barrios. La violencia contra las mujeres aumentó.",
        title="Informe sobre Guatemala"),
    doc(3, "en", ("SV",), (), "news", "2021-07",
        "Violence and gangs: violence in areas where a gang operates."),
    doc(4, "en", ("HN", "GT"), ("refoulement",), "un_document", "2024-01",
        "Asylum seekers were returned without screening. Deported people reported threats.",
        "The transfer agreement lacks safeguards against refoulement."),
    doc(5, "es", ("HN",), ("gang_violence",), "news", "2023-11-15",
        "Los deportados denunciaron amenazas de las maras al llegar."),
]


class FakeStore:
    """The TextStore protocol over a dict; cite labels are made up to be recognisable."""

    def __init__(self, docs: Iterable[IndexDocument]) -> None:
        self.docs = {d.source_id: d for d in docs}

    def label(self, sid: int, page: int) -> str:
        return f"S{sid}/p.{page}"

    def page_texts(self, source_id: int, page_nos: Sequence[int]) -> dict[int, tuple[str, str]]:
        d = self.docs.get(source_id)
        pages = dict(d.pages) if d else {}
        return {p: (self.label(source_id, p), pages[p]) for p in page_nos if p in pages}

    def source_titles(self, source_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        return {i: (self.docs[i].title, self.docs[i].published) for i in source_ids
                if i in self.docs}

    def iter_index_documents(self, source_ids: Iterable[int] | None = None
                             ) -> Iterator[IndexDocument]:
        ids = list(self.docs) if source_ids is None else list(source_ids)
        return (self.docs[i] for i in ids if i in self.docs)

    def count_sources(self) -> int:
        return len(self.docs)


@pytest.fixture
def store() -> FakeStore:
    return FakeStore(DOCS)


@pytest.fixture
def engine(tmp_path: Path, store: FakeStore) -> Iterator[SearchEngine]:
    eng = SearchEngine.open(tmp_path / "index", store, THESAURUS, procs=1)
    eng.rebuild(store.iter_index_documents(), store.count_sources(), generation=1)
    yield eng
    eng.close()


def search(engine: SearchEngine, text: str = "", **kw: Any) -> SearchResult:
    result = engine.search(SearchQuery(text=text, **kw))
    assert not result.error, result.error
    return result


def sources(result: SearchResult) -> set[int]:
    return {s.source_id for s in result.sources}


def pages(result: SearchResult) -> set[tuple[int, int]]:
    return {(p.source_id, p.page_no) for s in result.sources for p in s.pages}


# ---------------------------------------------------------------- query language
def test_phrase_matches_only_adjacent_words(engine: SearchEngine) -> None:
    plain = search(engine, "gang violence")
    assert (1, 2) in {(p.source_id, p.page_no) for p in plain.passages}
    phrase = search(engine, '"gang violence"')
    found = pages(phrase) | {(p.source_id, p.page_no) for p in phrase.passages}
    assert (1, 1) in found
    assert (1, 2) not in found  # both words, far apart
    assert (3, 1) in found  # "gangs: violence" is adjacent once analysed
    assert {s.source_id: s.matched_pages for s in phrase.sources} == {1: 1, 3: 1}


def test_phrase_on_no_page_drops_the_source(engine: SearchEngine) -> None:
    result = search(engine, '"violence recruited"')
    assert result.sources == () and result.passages == ()


def test_proximity(engine: SearchEngine) -> None:
    # children(2) ... police(5): three positions apart once stop words are gone
    assert (1, 2) in {(p.source_id, p.page_no) for p in
                      search(engine, '"children police"~3').passages}
    assert search(engine, '"children police"~2').passages == ()
    assert search(engine, '"police children"~3').passages != ()  # any order


def test_and_or_not(engine: SearchEngine) -> None:
    assert pages(search(engine, "gang AND children")) == {(1, 2)}
    assert sources(search(engine, "recruited OR refoulement")) == {1, 4}
    assert sources(search(engine, "threats NOT gang")) == {4}
    assert sources(search(engine, "(recruited OR refoulement) NOT screening")) == {1}
    lone = search(engine, "NOT gang")
    assert sources(lone) == {2, 4, 5} and lone.passages == ()


def test_english_stemming(engine: SearchEngine) -> None:
    assert (1, 2) in pages(search(engine, "gangs"))
    assert (4, 1) in pages(search(engine, "deported"))
    assert (1, 2) in pages(search(engine, "recruiting"))


def test_spanish_stemming_and_accents(engine: SearchEngine) -> None:
    for text in ("extorsion", "extorsión", "EXTORSIÓN"):
        assert pages(search(engine, text)) == {(2, 1)}, text
    assert pages(search(engine, "pandilla")) == {(2, 1), (2, 2)}
    assert sources(search(engine, "deportado")) == {5}


def test_related_terms_cross_language(engine: SearchEngine) -> None:
    assert sources(search(engine, "pandillas")) == {2}
    related = search(engine, "pandillas", related=True)
    assert sources(related) == {1, 2, 3, 5}  # gangs (en), maras (es)
    assert {"pandillas", "gangs", "maras"} <= set(related.terms)


def test_fields_in_the_query(engine: SearchEngine) -> None:
    assert sources(search(engine, "title:guatemala")) == {2}
    assert sources(search(engine, "country:hn threats")) == {1, 4}
    assert sources(search(engine, "year:[2023 TO 2024] threats")) == {1, 4}
    title_only = search(engine, "title:honduras")
    assert title_only.passages == () and title_only.sources[0].pages == ()


def test_wildcards(engine: SearchEngine) -> None:
    assert sources(search(engine, "refoul*")) == {4}
    # reaches the stem "violenc", and Spanish "violencia" (wildcards span both languages)
    assert sources(search(engine, "violence*")) == {1, 2, 3}
    assert "letters before" in engine.search(SearchQuery(text="*lence")).error


# ---------------------------------------------------------------- filters and facets
@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"countries": ("HN",)}, {1, 4, 5}),
        ({"countries": ("hn", "SV")}, {1, 3, 4, 5}),
        ({"risks": ("gang_violence",)}, {1, 5}),
        ({"kinds": ("news",)}, {3, 5}),
        ({"languages": ("es",)}, {2, 5}),
        ({"since": "2023", "until": "2023"}, {1, 5}),
        ({"since": "2023-06"}, {4, 5}),
        ({"until": "2022-12-31"}, {2, 3}),
        ({"since": "2022-05-01", "until": "2022-05"}, {2}),  # a year-only date overlaps
        ({"countries": ("HN",), "kinds": ("news",)}, {5}),
    ],
)
def test_filters(engine: SearchEngine, kw: dict[str, Any], expected: set[int]) -> None:
    result = search(engine, "", **kw)
    assert sources(result) == expected
    assert result.total_sources == len(expected)
    assert result.passages == ()


def test_bad_date_filter_is_an_error(engine: SearchEngine) -> None:
    assert "since" in engine.search(SearchQuery(since="last year")).error


def test_filter_with_text(engine: SearchEngine) -> None:
    assert sources(search(engine, "threats", countries=("GT",))) == {4}
    assert sources(search(engine, "threats", languages=("en",), since="2024")) == {4}


def _brute_facets(text_term_doc: set[int], q: SearchQuery) -> dict[str, dict[str, int]]:
    def ok(d: IndexDocument, facet: str) -> bool:
        checks = {
            "countries": not q.countries or bool({c.upper() for c in q.countries}
                                                 & set(d.countries)),
            "risks": not q.risks or bool(set(q.risks) & set(d.risks)),
            "kinds": not q.kinds or d.kind in q.kinds,
            "languages": not q.languages or d.language in q.languages,
            "years": (not q.since or d.published[:4] >= q.since[:4])
            and (not q.until or d.published[:4] <= q.until[:4]),
        }
        return all(v for k, v in checks.items() if k != facet)

    values = {
        "countries": lambda d: d.countries,
        "risks": lambda d: d.risks,
        "kinds": lambda d: (d.kind,),
        "languages": lambda d: (d.language,),
        "years": lambda d: (d.published[:4],),
    }
    out: dict[str, dict[str, int]] = {}
    for facet, get in values.items():
        counts: dict[str, int] = {}
        for d in DOCS:
            if d.source_id in text_term_doc and ok(d, facet):
                for v in get(d):
                    counts[v] = counts.get(v, 0) + 1
        out[facet] = counts
    return out


@pytest.mark.parametrize("word", ["", "threats", "violence", "pandillas"])
@pytest.mark.parametrize(
    "kw",
    [{}, {"countries": ("HN",)}, {"countries": ("HN",), "kinds": ("news",)},
     {"languages": ("en",), "since": "2023"}, {"risks": ("gang_violence", "refoulement")}],
)
def test_facet_counts_match_brute_force(
    engine: SearchEngine, word: str, kw: dict[str, Any]
) -> None:
    q = SearchQuery(text=word, **kw)
    matching = {
        d.source_id for d in DOCS
        if not word or set(analyse(word, lang_key(d.language))) & set(analyse(
            " ".join([d.title, *(t for _, t in d.pages)]), lang_key(d.language)))
    }
    result = engine.search(q)
    assert result.facets == _brute_facets(matching, q)


# ---------------------------------------------------------------- results
def test_grouped_and_flat_views(engine: SearchEngine, store: FakeStore) -> None:
    result = search(engine, "violence OR threats", pages_per_source=1, passages=4)
    assert [s.score for s in result.sources] == sorted((s.score for s in result.sources),
                                                       reverse=True)
    for s in result.sources:
        assert len(s.pages) <= 1
        assert s.matched_pages >= len(s.pages)
    by_source = {s.source_id: s for s in result.sources}
    assert by_source[1].matched_pages == 2
    assert len(result.passages) == 4
    scores = [p.score for p in result.passages]
    assert scores == sorted(scores, reverse=True)
    for p in result.passages:
        assert p.cite_label == store.label(p.source_id, p.page_no)
        assert p.title == store.docs[p.source_id].title


def test_snippet_highlights_the_term(engine: SearchEngine, store: FakeStore) -> None:
    result = search(engine, "extorsion")
    hit = result.passages[0]
    page_text = dict(store.docs[2].pages)[1]
    assert [hit.snippet[h.start:h.end] for h in hit.highlights] == ["extorsión"]
    assert [page_text[h.start:h.end] for h in hit.page_highlights] == ["extorsión"]


def test_snippet_of_a_long_page_is_around_the_hits(tmp_path: Path) -> None:
    filler = "Lorem ipsum dolor sit amet. " * 80
    text = filler + "Returned deportees were extorted by gangs. " + filler
    store = FakeStore([doc(9, "en", ("HN",), (), "news", "2020", text)])
    eng = SearchEngine.open(tmp_path / "ix", store, procs=1)
    eng.rebuild(store.iter_index_documents(), 1, generation=1)
    hit = search(eng, "extorted gangs").passages[0]
    assert len(hit.snippet) <= 260
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert [hit.snippet[h.start:h.end] for h in hit.highlights] == ["extorted", "gangs"]
    assert [text[h.start:h.end] for h in hit.page_highlights] == ["extorted", "gangs"]
    eng.close()


def test_phrase_highlight_covers_the_phrase(engine: SearchEngine) -> None:
    hit = next(p for p in search(engine, '"gang violence"').passages if p.source_id == 1)
    assert [hit.snippet[h.start:h.end] for h in hit.highlights] == ["Gang violence"]


def test_empty_text_lists_filtered_sources_by_date(engine: SearchEngine) -> None:
    result = search(engine, "", countries=("HN",))
    assert [s.source_id for s in result.sources] == [4, 5, 1]
    assert all(s.pages == () for s in result.sources)


def test_sort_by_date_and_paging(engine: SearchEngine) -> None:
    by_date = search(engine, "threats OR violence", sort="date")
    dates = [s.published for s in by_date.sources]
    assert dates == sorted(dates, reverse=True)
    first = search(engine, "threats OR violence", limit=2)
    second = search(engine, "threats OR violence", limit=2, offset=2)
    assert len(first.sources) == 2
    assert not sources(first) & sources(second)
    assert len(second.sources) == 1
    assert first.total_sources == second.total_sources == 3


def test_highlight_helper_for_the_reader(engine: SearchEngine) -> None:
    text = "Las pandillas y la Extorsión."
    spans = engine.highlight(text, "es", SearchQuery(text="extorsion pandilla"))
    assert [text[s.start:s.end] for s in spans] == ["pandillas", "Extorsión"]
