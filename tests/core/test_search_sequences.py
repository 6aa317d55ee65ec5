"""The positional index (search/sequences.py) answers exactly what the page texts answer.

Searches with the index and with it switched off (every source decided on its page texts,
as before it existed) must list the same sources and pages, for phrases, proximity and
boolean combinations; and tier 1's cached-length BM25F must score as Whoosh's own.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_search_exact import PROPERTY, VOCAB, _docs, library, listed, open_engine, run
from whoosh.scoring import BM25F

from evidence_app.model import SearchResult
from evidence_app.search import sequences
from evidence_app.search.exact import STOP_MARK
from evidence_app.search.query import compile_query

WORDS = VOCAB[6:]

clause = st.one_of(
    st.sampled_from(WORDS),
    st.lists(st.sampled_from(VOCAB), min_size=2, max_size=3).map(
        lambda ws: '"' + " ".join(ws) + '"'),
    st.tuples(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3),
              st.integers(2, 4)).map(lambda x: '"' + " ".join(x[0]) + f'"~{x[1]}'),
)
query = st.one_of(
    clause,
    st.tuples(clause, st.sampled_from(("AND", "OR", "NOT", "")), clause).map(
        lambda x: " ".join(p for p in x if p)),
)


def _both(pages: list[list[str]], text: str) -> tuple[SearchResult, SearchResult]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(Path(tmp), _docs(pages), tier2_sources=1)
        try:
            with_index = run(engine, text)
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(sequences, "tree_match", lambda node, lang: None)
                mp.setattr(sequences, "match_of", lambda leaf, lang: None)
                on_text = run(engine, text)
        finally:
            engine.close()
    return with_index, on_text


@pytest.mark.slow  # generated libraries
@PROPERTY
@given(library, query)
def test_index_and_page_texts_agree(pages: list[list[str]], text: str) -> None:
    if all(w in VOCAB[:6] for w in text.replace('"', " ").split() if w.isalpha()):
        return  # only stop words: not a search
    with_index, on_text = _both(pages, text)
    if on_text.error:
        assert with_index.error == on_text.error
        return
    assert with_index.total_sources == on_text.total_sources
    assert listed(with_index) == listed(on_text)


def test_issue_case_decided_without_the_index(tmp_path: Path) -> None:
    pages = [["Two got 10 and 12 years in prison, respectively, for the killing."],
             ["Years in prison, respectively, for their crimes."],
             ["Years of prison respectively for the others."]]
    with_index, on_text = _both(pages, '"years in prison respectively for the"')
    assert listed(with_index) == listed(on_text) == {1: {1}}


def test_encoding_keeps_keys_apart() -> None:
    keys = ["prison", "_prison", STOP_MARK + "the", "the", "u.s", "extorsión", "a_b",
            STOP_MARK + "é", "19", "__70"]
    encoded = [sequences.encode(k) for k in keys]
    assert len(set(encoded)) == len(keys)
    assert all(e.replace("_", "").isalnum() and e.isascii() for e in encoded)


def test_cached_lengths_score_as_whoosh(tmp_path: Path) -> None:
    pages = [["police torture in prison " * n, "gang violence"] for n in range(1, 9)]
    engine = open_engine(tmp_path, _docs(pages))
    try:
        for sid in range(9, 13):  # more segments: each keeps its own lengths
            engine.add(_docs([["police " * sid + "prison"]] * sid)[-1:])
        searcher = engine._searcher
        assert searcher is not None
        assert run(engine, "police prison").sources
        q = compile_query("police prison", lambda p, n: [], None).tier1
        ours = dict(searcher.search(q, limit=None, optimize=False).items())
        plain = engine._ix.searcher(weighting=BM25F())  # type: ignore[union-attr]
        with plain:
            theirs = dict(plain.search(q, limit=None, optimize=False).items())
        assert ours.keys() == theirs.keys() and len(ours) > 8
        assert all(abs(ours[d] - theirs[d]) < 1e-9 for d in ours)
    finally:
        engine.close()


def test_replaced_and_deleted_sources_leave_no_rows(tmp_path: Path) -> None:
    docs = _docs([["gang violence in the prisons", "human rights"], ["gang violence"]])
    engine = open_engine(tmp_path, docs)
    try:
        conc = engine._conc
        assert conc is not None
        phrase = sequences.match_of(
            compile_query('"gang violence"', lambda p, n: [], None).pages("en"), "en")
        assert phrase is not None
        assert conc.sequence_pages(phrase[0]) == {1: {1}, 2: {1}}
        engine.add(_docs([["human rights", "the gang and violence"]])[:1])
        assert conc.sequence_pages(phrase[0]) == {2: {1}}
        assert listed(run(engine, '"gang violence"')) == {2: {1}}
        engine.delete([2])
        assert conc.sequence_pages(phrase[0]) == {}
        assert conc.db.execute("SELECT count(*) FROM seqtext").fetchone()[0] == 1
    finally:
        engine.close()


def test_spanish_and_mixed_libraries_agree(tmp_path: Path) -> None:
    from test_search_exact import doc

    from evidence_app.search import IndexDocument

    def es(sid: int, *pages: str) -> IndexDocument:
        d = doc(sid, *pages)
        return IndexDocument(d.source_id, d.title, d.publisher, d.author, "es", d.kind,
                             d.published, d.countries, d.risks, d.pages)

    docs = [es(1, "La violencia de género y la extorsión de las maras.", "Otra página."),
            es(2, "Violencia, de género: casos de extorsión."),
            es(3, "La violencia contra el género y la EXTORSIÓN."),
            doc(4, "Gender violence and extortion by gangs.")]
    engine = open_engine(tmp_path, docs)
    try:
        for text in ('"violencia de género"', '"violencia género"~3', "violencia AND extorsión",
                     "violencia NOT maras", '"gender violence"', "extortion OR extorsión"):
            with_index = run(engine, text)
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(sequences, "tree_match", lambda node, lang: None)
                mp.setattr(sequences, "match_of", lambda leaf, lang: None)
                on_text = run(engine, text)
            assert listed(with_index) == listed(on_text), text
            assert with_index.total_sources == on_text.total_sources, text
        assert listed(run(engine, '"violencia de género"')) == {1: {1}, 2: {1}}
    finally:
        engine.close()
