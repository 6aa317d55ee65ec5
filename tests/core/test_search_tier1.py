"""Tier 1 scored per block (search/tier1.py) gives Whoosh's own sources, scores and order."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_search_exact import _docs, open_engine, run
from whoosh.writing import NO_MERGE

from evidence_app.search import IndexDocument
from evidence_app.search.index import writing
from evidence_app.search.query import compile_query
from evidence_app.search.tier1 import score_all

QUERIES = [
    "police", "police prison", "police AND torture", "police OR gang", '"gang violence"',
    '"police torture"~3', "(police OR gang) AND prison", "title:source police",
    "polic*", "police year:2013", "police country:hn", "gang^2 prison",
]


def _whoosh(searcher: object, q: object) -> list[tuple[int, float]]:
    return list(searcher.search(q, limit=None, optimize=False).items())  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", QUERIES)
def test_scores_and_order_as_whoosh(tmp_path: Path, text: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writing, "merge_tiers", NO_MERGE)  # keep several segments
    pages = [["police torture in prison " * n, "gang violence " * (9 - n)] for n in range(1, 9)]
    engine = open_engine(tmp_path, _docs(pages))
    try:
        for sid in range(9, 13):  # more segments, a replaced and a deleted source
            engine.add(_docs([["police " * sid + "prison gang"]] * sid)[-1:])
        engine.add(_docs([["police prison again"]] * 3)[-1:])
        engine.delete([4])
        searcher = engine._searcher
        assert searcher is not None and len(searcher.leaf_searchers()) > 1
        conc = engine._conc
        assert conc is not None
        q = compile_query(text, conc.terms_with_prefix, None).tier1
        ours = score_all(searcher, q)
        theirs = _whoosh(searcher, q)
        assert ours is not None and theirs
        live = {n for n, _ in searcher.reader().iter_docs()}
        ours = [(d, s) for d, s in ours if d in live]
        assert [d for d, _ in ours] == [d for d, _ in theirs]
        # the same numbers, up to the order in which AND and OR add them
        assert [s for _, s in ours] == pytest.approx([s for _, s in theirs], rel=1e-12)
    finally:
        engine.close()


def test_not_is_left_to_whoosh(tmp_path: Path) -> None:
    engine = open_engine(tmp_path, _docs([["police torture"], ["police gang"]]))
    try:
        q = compile_query("police NOT gang", lambda p, n: [], None).tier1
        assert score_all(engine._searcher, q) is None
    finally:
        engine.close()


def test_a_phrase_in_a_title_only_still_lists_its_source(tmp_path: Path) -> None:
    """Titles are read only for sources whose title field has the phrase's words."""
    docs = [
        IndexDocument(1, "Gang Violence in Honduras", "", "", "en", "ngo_report", "2020",
                      ("HN",), (), ((1, "violence by the gang was reported"),)),
        IndexDocument(2, "Violence of a Gang", "", "", "en", "ngo_report", "2020",
                      ("HN",), (), ((1, "violence by the gang was reported"),)),
        IndexDocument(3, "Honduras", "", "", "en", "ngo_report", "2020", ("HN",), (),
                      ((1, "gang violence was reported"),)),
        IndexDocument(4, "Gang report", "", "", "en", "ngo_report", "2020", ("HN",), (),
                      ((1, "violence and a gang"),)),
    ]
    engine = open_engine(tmp_path, docs)
    try:
        found = run(engine, '"gang violence"')
        assert {s.source_id for s in found.sources} == {1, 3}
        assert found.total_sources == 2
    finally:
        engine.close()


def test_kept_titles_follow_a_changed_title(tmp_path: Path) -> None:
    """The engine keeps every title between searches; a re-indexed source's new title
    counts at once."""
    page = ((1, "violence by the gang was reported"),)
    first = IndexDocument(1, "Honduras", "", "", "en", "ngo_report", "2020", ("HN",), (), page)
    other = IndexDocument(2, "Gang", "", "", "en", "ngo_report", "2020", ("HN",), (),
                          ((1, "gang violence"),))
    engine = open_engine(tmp_path, [first, other])
    try:
        assert {s.source_id for s in run(engine, '"gang violence"').sources} == {2}
        renamed = IndexDocument(1, "Gang violence in Honduras", "", "", "en", "ngo_report",
                                "2020", ("HN",), (), page)
        engine.store.docs[1] = renamed  # type: ignore[attr-defined]
        engine.add([renamed])
        assert {s.source_id for s in run(engine, '"gang violence"').sources} == {1, 2}
    finally:
        engine.close()
