"""Exact semantics: a phrase, proximity or boolean query returns every source that satisfies
it, whatever tier 1 ranks first, and every page listed satisfies it on that page.

The oracle is a brute-force scan of the page texts, cut and normalised as the app's analyzer
does (evidence_app.search.analysis): a phrase matches a page when its tokens' keys (the index
term of an indexed word, the folded word of a stop word or one-letter word) appear
consecutively in the page's stream of keys; proximity counts indexed terms only.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from fake_store import DocStore as Store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence_app.model import SearchQuery, SearchResult
from evidence_app.search import IndexDocument, SearchEngine
from evidence_app.search.analysis import WORD_RE, analyse, fold, token_term


def doc(sid: int, *pages: str) -> IndexDocument:
    return IndexDocument(
        source_id=sid, title=f"Source {sid}", publisher="Publisher", author="",
        language="en", kind="ngo_report", published=f"20{10 + sid % 10}",
        countries=("HN",), risks=(), pages=tuple((i, t) for i, t in enumerate(pages, 1)),
    )


def open_engine(folder: Path, docs: list[IndexDocument], **kw: int) -> SearchEngine:
    store = Store(docs)
    eng = SearchEngine.open(folder / "index", store, procs=1, **kw)
    eng.rebuild(store.iter_index_documents(), store.count_sources(), generation=1)
    return eng


def run(engine: SearchEngine, text: str, limit: int = 100) -> SearchResult:
    result = engine.search(SearchQuery(text=text, limit=limit, pages_per_source=50))
    assert not result.error, result.error
    return result


def listed(result: SearchResult) -> dict[int, set[int]]:
    return {s.source_id: {p.page_no for p in s.pages} for s in result.sources}


# ---------------------------------------------------------------- the oracle
def keys(text: str) -> list[str]:
    out = []
    for token in WORD_RE.findall(text):
        term = token_term(token, "en")
        out.append(term if term is not None else "\x00" + fold(token))
    return out


def phrase_on(page: str, phrase: str) -> bool:
    want, have = keys(phrase), keys(page)
    return any(have[i : i + len(want)] == want for i in range(len(have) - len(want) + 1))


def near_on(page: str, words: Sequence[str], slop: int) -> bool:
    terms = [t for w in words for t in analyse(w, "en")]
    seq = analyse(page, "en")
    width = slop * (len(terms) - 1)
    for i in range(len(seq)):
        window = seq[i : i + width + 1]
        if all(window.count(t) >= terms.count(t) for t in set(terms)):
            return True
    return False


# ---------------------------------------------------------------- fixed cases
FILLER = ("Courts sentenced officials to several years for fraud. Prison guards were "
          "accused respectively of abuse, and the prison held many for years. ")


def test_rare_phrase_of_common_words_is_found_in_every_source(tmp_path: Path) -> None:
    """The issue's case: three reports hold the phrase, many more hold its words apart and
    rank above them at tier 1; tier 2 looks at only the top two sources."""
    docs = [doc(sid, FILLER * 6, "Years in prison, years of prison; respectively for years.")
            for sid in range(1, 31)]
    holders = {31: "Two officers received 10 and 12 years in prison, respectively, for the "
                   "killing of a protester.",
               32: "The court gave them five and seven YEARS IN PRISON respectively for the "
                   "attack.",
               33: "They received 20 years in prison respectively; for the others, fines."}
    docs += [doc(sid, "Other matters of the report.", text) for sid, text in holders.items()]
    docs.append(doc(34, "Sentences of years in prison, respectively, for their crimes."))
    engine = open_engine(tmp_path, docs, tier2_sources=2)
    try:
        result = run(engine, '"years in prison respectively for the"', limit=2)
        assert result.total_sources == 3
        assert result.facets["countries"] == {"HN": 3}
        first = listed(result)
        assert len(first) == 2 and set(first) <= set(holders)
        everything = listed(run(engine, '"years in prison respectively for the"'))
        assert everything == {31: {2}, 32: {2}, 33: {2}}
    finally:
        engine.close()


def test_stop_words_inside_a_phrase_must_be_on_the_page(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, [
        doc(1, "Sentences were given respectively, for their crimes."),
        doc(2, "Sentences were given respectively, for the crimes."),
        doc(3, "Nine years of prison for the journalist."),
        doc(4, "Nine years in prison for the journalist."),
    ])
    try:
        assert set(listed(run(engine, '"respectively for the"'))) == {2}
        assert run(engine, '"respectively for the"').total_sources == 1
        assert listed(run(engine, '"years in prison"')) == {4: {1}}
        assert set(listed(run(engine, '"respectively for"'))) == {1, 2}
    finally:
        engine.close()


# ---------------------------------------------------------------- property tests
VOCAB = ("the", "of", "in", "for", "and", "a", "prison", "prisons", "years", "year", "gang",
         "gangs", "violence", "police", "human", "rights", "respectively", "their", "courts")
SEPS = (" ", " ", " ", ", ", ". ", "; ")

page_text = st.lists(st.tuples(st.sampled_from(VOCAB), st.sampled_from(SEPS)),
                     min_size=3, max_size=25).map(lambda ws: "".join(w + s for w, s in ws))
library = st.lists(st.lists(page_text, min_size=1, max_size=4), min_size=1, max_size=7)


def _docs(pages: list[list[str]]) -> list[IndexDocument]:
    return [doc(i, *p) for i, p in enumerate(pages, 1)]


def _expected(pages: list[list[str]], test: object) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for sid, source in enumerate(pages, 1):
        hits = {n for n, text in enumerate(source, 1) if test(text)}  # type: ignore[operator]
        if hits:
            out[sid] = hits
    return out


PROPERTY = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.slow  # 40 generated libraries
@PROPERTY
@given(library, st.data())
def test_phrase_sources_and_pages_are_exactly_the_brute_force_ones(
        pages: list[list[str]], data: st.DataObject) -> None:
    source = data.draw(st.integers(0, len(pages) - 1))
    page = data.draw(st.sampled_from(pages[source]))
    words = WORD_RE.findall(page)
    start = data.draw(st.integers(0, len(words) - 1))
    span = words[start : start + data.draw(st.integers(2, 4))]
    if data.draw(st.booleans()):  # a phrase drawn from the vocabulary, maybe nowhere
        span = data.draw(st.lists(st.sampled_from(VOCAB), min_size=2, max_size=3))
    phrase = " ".join(span)
    if not analyse(phrase, "en"):
        return  # only stop words: not a search (the app says so)
    expected = _expected(pages, lambda text: phrase_on(text, phrase))
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(Path(tmp), _docs(pages), tier2_sources=1)
        try:
            result = run(engine, f'"{phrase}"')
        finally:
            engine.close()
    assert result.total_sources == len(expected)
    assert listed(result) == expected


@pytest.mark.slow  # 40 generated libraries
@PROPERTY
@given(library, st.lists(st.sampled_from(VOCAB[6:]), min_size=2, max_size=3),
       st.integers(2, 4))
def test_proximity_sources_are_exactly_the_brute_force_ones(
        pages: list[list[str]], words: list[str], slop: int) -> None:
    expected = _expected(pages, lambda text: near_on(text, words, slop))
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(Path(tmp), _docs(pages), tier2_sources=1)
        try:
            result = run(engine, f'"{" ".join(words)}"~{slop}')
        finally:
            engine.close()
    assert result.total_sources == len(expected)
    assert listed(result) == expected


@pytest.mark.slow  # 40 generated libraries
@PROPERTY
@given(library, st.sampled_from(VOCAB[6:]), st.sampled_from(VOCAB[6:]),
       st.sampled_from(("AND", "OR", "NOT")))
def test_boolean_sources_are_exactly_the_brute_force_ones(
        pages: list[list[str]], a: str, b: str, op: str) -> None:
    ta, tb = analyse(a, "en")[0], analyse(b, "en")[0]

    def holds(terms: set[str]) -> bool:
        if op == "AND":
            return ta in terms and tb in terms
        if op == "OR":
            return ta in terms or tb in terms
        return ta in terms and tb not in terms

    # decided per page, as FTS5 does: a source matches when one of its pages satisfies
    # the query by itself (an AND met only across pages is no match), and the pages
    # listed are exactly those. NOT is stricter than FTS5: a source that has the excluded
    # word anywhere is left out (tier 1 excludes it over the whole source)
    expected = _expected(pages, lambda text: holds(set(analyse(text, "en"))))
    if op == "NOT":
        expected = {sid: shown for sid, shown in expected.items()
                    if not any(tb in analyse(text, "en") for text in pages[sid - 1])}
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(Path(tmp), _docs(pages), tier2_sources=1)
        try:
            result = run(engine, f"{a} {op} {b}")
        finally:
            engine.close()
    assert result.total_sources == len(expected)
    assert set(listed(result)) == set(expected)
    for sid, shown in listed(result).items():
        good = expected[sid]
        assert shown == good or (len(shown) == 50 and shown <= good)


def test_and_met_only_across_pages_is_no_match(tmp_path: Path) -> None:
    """`police AND torture`: a report with police on one page and torture on another is
    not listed; one with both on a page is, with that page only."""
    docs = [doc(1, "The police arrested him.", "Reports of torture continued."),
            doc(2, "Police used torture in prisons.", "The police were paid."),
            doc(3, "Torture by police was reported.", "Nothing else.")]
    engine = open_engine(tmp_path, docs)
    try:
        result = run(engine, "police AND torture")
        plain = run(engine, "police torture")
        negated = run(engine, "police NOT torture")
    finally:
        engine.close()
    assert listed(result) == {2: {1}, 3: {1}}
    assert result.total_sources == 2
    assert listed(plain) == listed(result)
    # NOT excludes a source that has the word anywhere (stricter than FTS5's per page)
    assert listed(negated) == {}


def test_listed_source_shows_every_matching_page_past_the_check_budget(
        tmp_path: Path, monkeypatch: object) -> None:
    """A known-item miss of the real benchmark: deciding sources spent the search's check
    budget, and a listed source then showed only its first matching page."""
    from evidence_app.search import pages as pages_module

    monkeypatch.setattr(pages_module, "CHECK_BUDGET", 1)  # type: ignore[attr-defined]
    text = ("Asylum seekers waited. An asylum seeker or refugee status applicant was held.",
            "Refugee status was rare; an asylum seeker was deported.",
            "No asylum seeker or refugee status decision was issued in time.")
    engine = open_engine(tmp_path, [doc(1, *text), doc(2, text[1], text[0])])
    try:
        result = run(engine, '"asylum seeker or refugee status"')
        assert listed(result) == {1: {1, 3}, 2: {2}}
    finally:
        engine.close()
