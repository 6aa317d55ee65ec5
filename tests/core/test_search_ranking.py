"""Tier-2 page ranking against an exhaustive BM25 ranking of every page.

The engine ranks pages only inside the sources tier 1 put on top; this checks that what it
returns is what a brute-force ranking over all pages of a small synthetic corpus returns:
exactly, when every source is kept, and with high recall when only a few are.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_store import FakeStore

from evidence_app.model import SearchQuery
from evidence_app.search import IndexDocument, SearchEngine
from evidence_app.search.analysis import EN, analyse
from evidence_app.search.pages import K1, B

SOURCES, PAGES, TOP = 40, 5, 20
TOPICS = ["extortion", "deportees", "femicide", "detention", "refoulement", "trafficking",
          "journalists", "displacement"]
FILLER = [f"word{i}" for i in range(400)]


def make_corpus(seed: int = 7) -> list[IndexDocument]:
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(FILLER))]
    docs = []
    for sid in range(1, SOURCES + 1):
        # each source leans towards two topics, as reports do
        focus = rng.sample(TOPICS, 2)
        pages = []
        for page in range(1, PAGES + 1):
            words = rng.choices(FILLER, weights, k=rng.randint(60, 160))
            for topic in TOPICS:
                rate = 0.06 if topic in focus else 0.004
                words += [topic] * sum(rng.random() < rate for _ in range(40))
            rng.shuffle(words)
            pages.append((page, " ".join(words)))
        docs.append(IndexDocument(sid, f"Report {sid}", "", "", "en", "ngo_report", "2024",
                                  ("HN",), (), tuple(pages)))
    return docs


def brute_force(docs: list[IndexDocument], terms: list[str], mode: str
                ) -> list[tuple[float, tuple[int, int]]]:
    """BM25 over every page, from scratch."""
    counts = {(d.source_id, p): Counter(analyse(text, EN)) for d in docs for p, text in d.pages}
    n = len(counts)
    avg = sum(sum(c.values()) for c in counts.values()) / n
    df = {t: sum(1 for c in counts.values() if c[t]) for t in terms}
    out = []
    for key, c in counts.items():
        present = [t for t in terms if c[t]]
        if not present or (mode == "and" and len(present) < len(terms)):
            continue
        length = sum(c.values())
        score = sum(
            math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) * c[t] * (K1 + 1)
            / (c[t] + K1 * (1 - B + B * length / avg))
            for t in present
        )
        out.append((score, key))
    out.sort(key=lambda x: (-x[0], x[1]))
    return out[:TOP]


QUERIES = [([t], "or") for t in TOPICS] + [
    (["extortion", "deportees"], "or"), (["femicide", "detention"], "and"),
    (["refoulement", "trafficking"], "or"), (["journalists", "displacement"], "and"),
    (["extortion", "detention"], "and"), (["deportees", "femicide"], "or"),
]


def _text(terms: list[str], mode: str) -> str:
    return f" {mode.upper()} ".join(terms)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[list[IndexDocument],
                                                                      Path, FakeStore]]:
    docs = make_corpus()
    store = FakeStore(docs)
    folder = tmp_path_factory.mktemp("rank")
    eng = SearchEngine.open(folder, store, procs=1)
    eng.rebuild(store.iter_index_documents(), len(docs), generation=1)
    eng.close()
    yield docs, folder, store


def test_pages_ranked_exactly_as_brute_force_when_all_sources_kept(
    corpus: tuple[list[IndexDocument], Path, FakeStore]
) -> None:
    docs, folder, store = corpus
    eng = SearchEngine.open(folder, store, tier2_sources=SOURCES)
    for terms, mode in QUERIES:
        expected = brute_force(docs, [analyse(t, EN)[0] for t in terms], mode)
        got = eng.search(SearchQuery(text=_text(terms, mode), passages=TOP, limit=SOURCES))
        assert [(p.source_id, p.page_no) for p in got.passages] == [k for _, k in expected]
        assert [p.score for p in got.passages] == pytest.approx([s for s, _ in expected])
    eng.close()


def test_recall_with_few_sources_kept(
    corpus: tuple[list[IndexDocument], Path, FakeStore]
) -> None:
    docs, folder, store = corpus
    eng = SearchEngine.open(folder, store, tier2_sources=15)
    recalls = []
    for terms, mode in QUERIES:
        expected = {k for _, k in brute_force(docs, [analyse(t, EN)[0] for t in terms], mode)}
        got = eng.search(SearchQuery(text=_text(terms, mode), passages=TOP))
        found = {(p.source_id, p.page_no) for p in got.passages}
        recalls.append(len(found & expected) / len(expected))
    assert sum(recalls) / len(recalls) >= 0.9, recalls
    eng.close()


def test_ranking_stays_exact_through_adds_replacements_and_deletes(tmp_path: Path) -> None:
    """Document frequencies and page totals are summed per batch in memory; after batches
    that add, replace and delete sources they must still equal a count from scratch."""
    docs = make_corpus(seed=11)
    store = FakeStore(docs[:25])
    eng = SearchEngine.open(tmp_path / "ix", store, tier2_sources=SOURCES)
    eng.rebuild(store.iter_index_documents(), 25, generation=1)
    eng.add(iter(docs[25:]), generation=2)  # a stream, as the facade passes it
    replaced = [IndexDocument(d.source_id, d.title, "", "", "en", "ngo_report", "2024",
                              ("HN",), (), d.pages[:2]) for d in docs[:5]]
    eng.add(replaced, generation=3)
    eng.delete([d.source_id for d in docs[30:35]], generation=4)
    eng.add(docs[32:33], generation=5)  # deleted, then back
    live = {d.source_id: d for d in docs}
    live.update({d.source_id: d for d in replaced})
    for d in docs[30:35]:
        if d.source_id != docs[32].source_id:
            del live[d.source_id]
    store.docs = live
    for terms, mode in QUERIES:
        expected = brute_force(list(live.values()), [analyse(t, EN)[0] for t in terms], mode)
        got = eng.search(SearchQuery(text=_text(terms, mode), passages=TOP, limit=SOURCES))
        assert [(p.source_id, p.page_no) for p in got.passages] == [k for _, k in expected]
        assert [p.score for p in got.passages] == pytest.approx([s for s, _ in expected])
    assert eng.check() == []
    eng.close()


def test_tier2_grows_with_the_library_within_bounds() -> None:
    from evidence_app.search.engine import tier2_width

    assert tier2_width(50) == 200  # small libraries: every source, as before
    assert tier2_width(736) == 200  # 80,000 benchmark pages
    assert 300 <= tier2_width(2894) <= 400  # 300,000 pages: recall 0.78 at 200
    assert tier2_width(100_000) == 400  # bounded: latency grows with it
