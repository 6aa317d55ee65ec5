"""Query text in, never an exception out; analysis identical in both tiers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_store import FakeStore
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence_app.model import SearchQuery
from evidence_app.search import IndexDocument, SearchEngine
from evidence_app.search.analysis import (
    EN,
    ES,
    WORD_RE,
    analyse,
    analyse_spans,
    find_terms,
    token_term,
    whoosh_analyzer,
)
from evidence_app.search.hits import (
    PageWords,
    find_hits,
    hit_ranges,
    merge_ranges,
    sequence_matches,
    sequence_spans,
)
from evidence_app.search.query import QueryError, compile_query
from evidence_app.search.tree import And, Word

PAGES = (
    "Gang violence and extortion in San Pedro Sula; deportees were threatened.",
    "La extorsión de las maras y pandillas contra comerciantes en Tegucigalpa.",
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchEngine]:
    docs = [
        IndexDocument(i, f"Title {i}", "", "", lang, "news", "2020", ("HN",), (),
                      ((1, text), (2, text[::-1])))
        for i, (lang, text) in enumerate([("en", PAGES[0]), ("es", PAGES[1])], 1)
    ]
    store = FakeStore(docs)
    eng = SearchEngine.open(tmp_path_factory.mktemp("ix"), store,
                            [("pandillas", "gangs", "trata de personas")], procs=1)
    eng.rebuild(store.iter_index_documents(), 2, generation=1)
    yield eng
    eng.close()


MALFORMED = [
    '"unbalanced quote', "(open paren", "close paren)", "NOT", "gang NOT", "AND gang",
    "gang OR", "title:", "country:", "*", "*ang", "?ang", "a", "the of and", '""', "()",
    "x" * 5000, "gang " * 200, "\x00\x01\x02gang", "\u202egang\u202c", "🙂🙂", "gang🙂",
    "year:abc", "year:[2019 TO", "[a TO b]", "foo:bar", "gang^", "gang^abc", "gang~",
    "title:(a OR", "\ud800gang", "NOT NOT NOT", "AND OR NOT", ":", "::gang", "gang:::",
    '"gang', "'gang'", "g*", "ga*", "deport?d", "year:2020", "kind:news gang",
]


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_queries_never_raise(engine: SearchEngine, text: str) -> None:
    result = engine.search(SearchQuery(text=text, related=True))
    assert isinstance(result.error, str)
    if result.error:
        assert result.sources == () and result.passages == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [("*", "*"), ("*ang", "letters before"), ("title:", "needs a value"),
     ("x" * 5000, "too long"), (" ".join(f"w{i}" for i in range(100)), "too many words"),
     ("NOT", "NOT"), ("gang OR", "OR"), ("a", "common words"), ("year:abc", "year"),
     ("[a TO b]", "year")],
)
def test_errors_name_the_problem(engine: SearchEngine, text: str, words: str) -> None:
    assert words in engine.search(SearchQuery(text=text)).error


def test_control_and_format_characters_are_ignored(engine: SearchEngine) -> None:
    plain = engine.search(SearchQuery(text="extortion"))
    noisy = engine.search(SearchQuery(text="\u200bextor\u200dtion\u202c\x07"))
    assert not noisy.error
    assert [s.source_id for s in plain.sources] == [1]
    # the format characters split the word, so the noisy query asks for other words
    assert isinstance(noisy.sources, tuple)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_random_query_text_never_raises(engine: SearchEngine, text: str) -> None:
    result = engine.search(SearchQuery(text=text, related=True, countries=("HN",)))
    assert isinstance(result.error, str)


OPERATORS = st.sampled_from(
    ["AND", "OR", "NOT", "(", ")", '"', "~3", "*", "?", "^2", "title:", "year:", ":", "-"]
)
WORDS = st.sampled_from(["gang", "extorsión", "maras", "deportees", "the", "a", "San", "x"])


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(OPERATORS, WORDS), max_size=12))
def test_random_query_syntax_never_raises(engine: SearchEngine, parts: list[str]) -> None:
    result = engine.search(SearchQuery(text=" ".join(parts), related=True))
    assert isinstance(result.error, str)


# ---------------------------------------------------------------- analysis
SAMPLE = (
    "Extorsión, EXTORSION y extorsiones: las pandillas (maras) en Honduras. U.S. policy "
    "on deportees; ß, Æsop, naïve café, covid-19, 3.5%, İstanbul, ﬁnal, São Paulo, Ñandú, "
    "gang.violence, the Gang's violence; niños y niñas; deportación / deportacion."
)


@pytest.mark.parametrize("lang", [EN, ES])
def test_fast_analysis_equals_whoosh(lang: str) -> None:
    whoosh = [(t.text, t.startchar, t.endchar)
              for t in whoosh_analyzer(lang)(SAMPLE, positions=True, chars=True)]
    assert analyse_spans(SAMPLE, lang) == whoosh
    assert analyse(SAMPLE, lang) == [t for t, _, _ in whoosh]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeiouáéíñüAEIÑ .,-'\n19")), max_size=120),
       st.sampled_from([EN, ES]))
def test_fast_analysis_equals_whoosh_on_random_text(text: str, lang: str) -> None:
    whoosh = [(t.text, t.startchar, t.endchar)
              for t in whoosh_analyzer(lang)(text, positions=True, chars=True)]
    assert analyse_spans(text, lang) == whoosh


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abgn .,-'áÁ1")), max_size=120),
       st.sampled_from([EN, ES]))
def test_find_terms_equals_analysis(text: str, lang: str) -> None:
    spans = analyse_spans(text, lang)
    wanted = {t for t, _, _ in spans[::2]}
    assert find_terms(text, lang, wanted) == [(a, b) for t, a, b in spans if t in wanted]


# Few words, often repeated, glued by separators that sometimes join them into one token
# (`gang.org`, `nonviolence`): the cases where positions and token edges matter.
_WORDS = ["gang", "gangs", "Gang", "violence", "violencia", "the", "of", "la", "de", "a",
          "non", "org", "pandillas", "extorsión", "Extorsion", "1", "x"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS),
                            st.sampled_from([" ", " ", ", ", ".", "-", "\n", "", "'"])),
                  max_size=30).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.sampled_from([EN, ES]), st.sampled_from([1, 2, 3]), st.integers(0, 6))
def test_hits_from_forms_equal_analysis(text: str, lang: str, slop: int, at: int) -> None:
    """Finding a search's words through the surface forms met at import (no analysis of
    the page) gives what analysing the page gives: the same single-word hits and the same
    phrase and proximity matches."""
    spans = analyse_spans(text, lang)
    forms = {tok: t for tok in WORD_RE.findall(text) if (t := token_term(tok, lang))}
    singles = {t for t, _, _ in spans[::3]}
    phrase = tuple(t for t, _, _ in spans[at : at + 2])
    wanted = singles | set(phrase)
    words = PageWords.of(lang, {f: t for f, t in forms.items() if t in wanted}, slop)
    hits = find_hits(text, words)
    assert [(a, b) for t, _, a, b in hits] == [(a, b) for t, a, b in spans if t in wanted]
    sequences = [(phrase, slop)] if len(phrase) == 2 else []
    expected = [(a, b) for t, a, b in spans if t in singles]
    if sequences:
        expected += sequence_spans(spans, phrase, slop)
    assert merge_ranges(hit_ranges(hits, singles, sequences)) == merge_ranges(expected)


def test_accents_and_stems() -> None:
    assert analyse("extorsión extorsion Extorsiones", ES) == ["extorsion"] * 3
    assert analyse("pandillas pandilla", ES) == ["pandill"] * 2
    assert analyse("deportación deportacion", ES) == ["deport"] * 2
    assert analyse("Estados Unidos", ES) == ["estad", "unid"]  # "estados" is no stop word
    assert analyse("gangs gang Gang's", EN)[:2] == ["gang", "gang"]
    assert analyse("the of and café", EN) == ["cafe"]


def test_sequence_matches() -> None:
    seq = ["gang", "violenc", "rise", "violenc", "gang"]
    assert sequence_matches(seq, ["gang", "violenc"], 1) == [(0, 1)]
    assert sequence_matches(seq, ["violenc", "gang"], 1) == [(3, 4)]
    assert sequence_matches(seq, ["gang", "rise"], 1) == []
    assert sequence_matches(seq, ["gang", "rise"], 2)  # any order, within two positions
    assert sequence_matches(["a", "x", "x", "x", "b"], ["a", "b"], 3) == []
    assert sequence_matches(["a", "x", "x", "b"], ["b", "a"], 3) == [(0, 0), (3, 3)]


def test_compile_keeps_stop_words_neutral_per_language() -> None:
    compiled = compile_query("son gang", lambda p, n: [])
    # "son" is a Spanish stop word: Spanish pages need only "gang", English ones both
    assert isinstance(compiled.pages(ES), Word)
    assert isinstance(compiled.pages(EN), And)
    with pytest.raises(QueryError):
        compile_query("a y o", lambda p, n: [])
