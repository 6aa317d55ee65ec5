"""The filter of adjacent terms that lets a phrase search skip pages (search/pairs.py)."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from fake_store import FakeStore

from evidence_app.model import SearchQuery
from evidence_app.search import IndexDocument, SearchEngine, pairs, sequences
from evidence_app.search.analysis import EN, analyse
from evidence_app.search.hits import sequence_matches
from evidence_app.search.index.concordance import Concordance

VOCAB = [f"term{i}" for i in range(300)]


def _pages(rng: random.Random, n: int) -> list[tuple[int, list[str]]]:
    weights = [1 / (i + 1) for i in range(len(VOCAB))]
    return [(p, rng.choices(VOCAB, weights, k=rng.randint(50, 400))) for p in range(1, n + 1)]


def _pages_of(pages: Sequence[tuple[int, Sequence[str]]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for _, terms in pages:
        for t in set(terms):
            out[t] = out.get(t, 0) + 1
    return out


def test_filter_never_strikes_a_pair_that_is_there() -> None:
    rng = random.Random(3)
    for n in (4, 12, 60):
        pages = _pages(rng, n)
        counts = _pages_of(pages)
        bloom = pairs.PairFilter.read(pairs.build(pages, counts))
        assert bloom is not None
        present = {(p, a, b) for p, terms in pages
                   for a, b in zip(terms, terms[1:], strict=False)}
        for p, a, b in present:
            if pairs.covered(counts, a, b):
                assert bloom.may_have(p, a, b), (n, p, a, b)
        # and it does strike most pairs that are not there
        absent = [(p, a, b) for p in range(1, n + 1) for a, b in
                  ((rng.choice(VOCAB[:60]), rng.choice(VOCAB[:60])) for _ in range(200))
                  if (p, a, b) not in present and pairs.covered(counts, a, b)]
        assert absent
        false = sum(bloom.may_have(p, a, b) for p, a, b in absent)
        assert false / len(absent) < 0.05, (n, false, len(absent))


def test_rare_terms_are_left_out_and_an_empty_source_has_no_filter() -> None:
    pages = [(1, ["gang", "violence"]), (2, ["gang", "violence"])]
    counts = _pages_of(pages)
    assert not pairs.covered(counts, "gang", "violence")  # on 2 pages, under MIN_PAGES
    assert pairs.build(pages, counts) == b""
    assert pairs.PairFilter.read(b"") is None
    assert pairs.PairFilter.read(b"\x63junk") is None  # another version: not used


# ---------------------------------------------------------------- through the engine
SOURCES, PAGES = 24, 20


def make_docs(seed: int = 5) -> list[IndexDocument]:
    """Every page has `human` and `rights`; only some pages have them side by side."""
    rng = random.Random(seed)
    docs = []
    for sid in range(1, SOURCES + 1):
        adjacent = set(rng.sample(range(1, PAGES + 1), sid % 3))  # 0, 1 or 2 pages
        pages = []
        for page in range(1, PAGES + 1):
            words = rng.choices(VOCAB[:80], k=rng.randint(80, 200))
            words[10:10] = ["rights", "abuses", "human", "smuggling", "rights", "human"]
            if page in adjacent:
                words[40:40] = ["human", "rights"]
            pages.append((page, " ".join(words)))
        docs.append(IndexDocument(sid, f"Report {sid}", "", "", "en", "ngo_report", "2024",
                                  ("HN",), (), tuple(pages)))
    return docs


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[IndexDocument]]]:
    docs = make_docs()
    folder = tmp_path_factory.mktemp("pairs")
    eng = SearchEngine.open(folder, FakeStore(docs), procs=1)
    eng.rebuild(iter(docs), len(docs), generation=1)
    eng.close()
    yield folder, docs


def _phrase_pages(docs: list[IndexDocument]) -> set[tuple[int, int]]:
    terms = analyse("human rights", EN)
    return {(d.source_id, p) for d in docs for p, text in d.pages
            if sequence_matches(analyse(text, EN), terms, 1)}


def _search(folder: Path, docs: list[IndexDocument]) -> tuple[set[tuple[int, int]],
                                                               set[int], int]:
    store = FakeStore(docs)
    eng = SearchEngine.open(folder, store, tier2_sources=SOURCES)
    try:
        got = eng.search(SearchQuery(text='"human rights"', limit=SOURCES, passages=100))
    finally:
        eng.close()
    return ({(p.source_id, p.page_no) for p in got.passages},
            {s.source_id for s in got.sources}, store.read)


def test_phrase_search_finds_every_page_and_reads_few(
    built: tuple[Path, list[IndexDocument]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, docs = built
    expected = _phrase_pages(docs)
    assert expected
    found, sources, read = _search(folder, docs)
    assert found == expected
    assert sources == {sid for sid, _ in expected}  # sources without the phrase dropped
    # without the positional index (a source whose page numbers do not fit it), the pair
    # filter: same answer, on more page reads
    monkeypatch.setattr(sequences, "match_of", lambda leaf, lang: None)
    filt_found, filt_sources, filt_read = _search(folder, docs)
    assert (filt_found, filt_sources) == (found, sources)
    assert read <= filt_read
    # an index written before the filter existed: same answer, on many more page reads
    monkeypatch.setattr(Concordance, "pair_filter", lambda self, sid: None)
    old_found, old_sources, old_read = _search(folder, docs)
    assert (old_found, old_sources) == (found, sources)
    assert filt_read < old_read / 3, (filt_read, old_read)


def test_filters_are_read_only_once_checks_keep_failing(
    built: tuple[Path, list[IndexDocument]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a phrase's words are side by side wherever they meet, its checks pass and the
    filters would only cost time: none is read. Where they rarely are, they are. (Only
    without the positional index, which answers phrases before any check.)"""
    folder, docs = built
    monkeypatch.setattr(sequences, "match_of", lambda leaf, lang: None)
    asked: list[int] = []
    pair_filter = Concordance.pair_filter
    monkeypatch.setattr(Concordance, "pair_filter",
                        lambda self, sid: asked.append(sid) or pair_filter(self, sid))
    eng = SearchEngine.open(folder, FakeStore(docs), tier2_sources=SOURCES)
    try:
        together = eng.search(SearchQuery(text='"abuses human"', limit=SOURCES, passages=50))
        assert len(together.sources) == SOURCES and not asked
        eng.search(SearchQuery(text='"human rights"', limit=SOURCES, passages=50))
        assert asked
    finally:
        eng.close()


def test_filter_follows_replaced_and_deleted_sources(tmp_path: Path) -> None:
    docs = make_docs(seed=9)
    eng = SearchEngine.open(tmp_path / "ix", FakeStore(docs), procs=1)
    eng.rebuild(iter(docs), len(docs), generation=1)
    # source 1 rewritten with the phrase on every page; source 2 deleted
    first = docs[0]
    changed = IndexDocument(first.source_id, first.title, "", "", "en", "ngo_report", "2024",
                            ("HN",), (), tuple((p, t + " human rights") for p, t in first.pages))
    eng.add([changed], generation=2)
    eng.delete([docs[1].source_id], generation=3)
    eng.close()
    live = [changed] + docs[2:]
    found, _, _ = _search(tmp_path / "ix", live)
    assert found == _phrase_pages(live)
    assert {(1, p) for p in range(1, PAGES + 1)} <= found
