"""One search, start to finish: tier 1 ranks sources, tier 2 finds their pages.

1. The text query (without filters) selects matching sources; their stored fields give
   exact facet counts and the exact number passing the filters.
2. Whoosh ranks sources with the filters AND-ed into the query (or, sorted by date or
   with no text, the passing sources are ordered by publication date).
3. Tier 2 ranks the pages of the top `tier2_sources` sources plus the ones on screen.
   With phrases, proximity or AND/NOT, every source tier 1 matched is first decided on its
   pages (a source none of whose pages, nor for a phrase its title, holds the query is
   dropped), so counts, facets and the list hold exactly the sources that match: all at once
   by the positional index (decide.index_verdicts, sequences.py), or where it cannot say
   exactly, source by source on page texts (decide.Verdicts, exact.py).
4. Snippets are built only for the pages returned.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from whoosh.searching import Searcher

from ..model import PassageHit, SearchQuery, SearchResult, SourceHit, Span
from . import sequences
from .analysis import LANGS, WORD_RE, analyse_spans, find_terms, lang_key
from .api import TextStore
from .decide import DECIDE_FIRST, Verdicts, index_dropped, index_verdicts, needs_pages
from .exact import needs_text, sequence_keys, token_key
from .filters import (
    FacetTotals,
    Filters,
    PassageLabels,
    SourceFacts,
    count_facets,
    uncount_facets,
)
from .hits import merge_ranges, sequence_spans
from .index.concordance import Concordance
from .pages import PageRanker
from .query import CompiledQuery, QueryError, Thesaurus, compile_query
from .snippets import snippet
from .tier1 import score_all
from .tree import Phrase, Terms, leaf_terms, scoring_leaves


def run_search(
    q: SearchQuery,
    searcher: Searcher,
    conc: Concordance,
    store: TextStore,
    facts: Mapping[int, SourceFacts],
    thesaurus: Thesaurus | None,
    tier2_sources: int,
    labels: PassageLabels | None = None,
    all_titles: Callable[[], Mapping[int, tuple[str, str]]] | None = None,
    labelled: bool = False,
    totals: FacetTotals | None = None,
) -> SearchResult:
    """`all_titles`: every source's (title, published), kept by the caller between
    searches; without it titles are read from the store as needed. `labelled`: `facts`
    already carry the passage-level risks of `labels` (PassageLabels.label_all, made by
    the caller once per label version); otherwise they are worked out here. `totals`:
    the facet counts of every source of `facts` as given (filters.FacetTotals)."""
    try:
        compiled = compile_query(
            q.text, conc.terms_with_prefix, thesaurus if q.related else None
        )
        filters = Filters.of(q)
    except QueryError as exc:
        return SearchResult(q, error=str(exc))
    offset, limit = max(q.offset, 0), max(q.limit, 0)

    scores: dict[int, float] = {}
    if compiled.tier1 is None:
        matched: Sequence[SourceFacts] = list(facts.values())
    else:
        # One scored pass over every matching source, filters left out: it gives the
        # facet counts and, once the filters are applied to the stored facts, the
        # ranking. (AND-ing a filter into the query would add the same constant to every
        # passing source; two passes cost twice the matching.) optimize=False: Whoosh's
        # block-quality skipping trips an assertion inside Require (whoosh-reloaded
        # 2.7.5), and at one document per source scoring every match costs little.
        # (tier1.score_all: the same scores read per block; Whoosh where it cannot)
        items = score_all(searcher, compiled.tier1)
        if items is None:
            items = searcher.search(compiled.tier1, limit=None, optimize=False).items()
        by_doc = dict(items)
        matched = [facts[n] for n in by_doc if n in facts]
        scores = {facts[n].source_id: float(s or 0.0) for n, s in by_doc.items() if n in facts}
    allowed: Mapping[int, frozenset[int]] = {}
    if labels is not None:
        # risk types are passage-level: counted by passage, pages narrowed to the ticked ones
        if not labelled:
            totals = None  # of the facts as given, not of these
            matched = labels.with_passages(matched, lambda ids: {
                sid: len(info.lengths) for sid, info in conc.source_pages(ids).items()})
        if filters.risks:  # every labelled source's ticked pages, kept by the labels
            allowed = labels.allowed_all(filters.risks)
    ranker: PageRanker | None = None
    verdicts: Verdicts | None = None
    seq_memo: dict[str, Mapping[int, set[int]]] = {}  # positional-index answers, for tier 2
    if compiled.tree is not None and any(
            needs_text(compiled.pages(lang), lang) or needs_pages(compiled.pages(lang))
            for lang in LANGS):
        held = index_verdicts(conc, compiled, matched, seq_memo)
        if held is not None:
            # every source decided at once by the positional index; one none of whose pages
            # holds a phrase may still hold it in its title
            rest = [f for f in matched if f.source_id not in held]
            if rest and any(needs_text(compiled.pages(lang), lang) for lang in LANGS):
                titles = (all_titles() if all_titles is not None
                          else store.source_titles([f.source_id for f in rest]))
                clauses = {lang: _title_clauses(compiled, lang) for lang in LANGS}
                keys = {lang: lang_key(lang) for lang in {f.language for f in rest}}
                held.update(f.source_id for f in rest if _title_holds_in(
                    clauses[keys[f.language]], keys[f.language],
                    titles.get(f.source_id, ("", ""))[0]))
            matched = [f for f in matched if f.source_id in held]
        else:
            # Word order is decided on the pages of the sources tier 1 matched, all of
            # them when the page of results does not fill (decide.py)
            every = PageRanker(conc, store, compiled, [f.source_id for f in matched],
                               seq_memo)
            every.allowed = allowed
            ranker = every
            verdicts = Verdicts(every, store, [f.source_id for f in matched],
                                lambda sid, title: _title_holds(every, compiled, sid, title))
            verdicts.decide(sorted((f.source_id for f in matched),
                                   key=lambda sid: -scores.get(sid, 0.0))[:DECIDE_FIRST])
            matched = [f for f in matched if verdicts.maybe(f.source_id)]
    facets, passing = count_facets(matched, filters, totals)
    relevance, order = _orders(compiled, q, passing, scores)
    if verdicts is not None:
        if len(verdicts.fill(order, offset + limit)) < offset + limit:
            verdicts.decide(f.source_id for f in matched)  # every source: exact facets
            matched = [f for f in matched if verdicts.holds(f.source_id)]
            facets, passing = count_facets(matched, filters, totals)
        else:
            passing = [f for f in passing if verdicts.maybe(f.source_id)]
        relevance, order = _orders(compiled, q, passing, scores)
    if allowed and compiled.tree is not None:
        # a ticked risk type: a source is listed when one of its labelled passages holds
        # the query (the risk facet, drill-down, still counts every matching source)
        # all at once by the positional index where it can say; else source by source
        dropped = None
        if ranker is None and labels is not None:
            rows = labels.allowed_rows
            dropped = index_dropped(conc, compiled, passing, allowed,
                                    lambda: rows(filters.risks, sequences.rowid), seq_memo)
        if dropped is None:
            if ranker is None:
                ranker = PageRanker(conc, store, compiled, [f.source_id for f in passing],
                                    seq_memo)
                ranker.allowed = allowed
            checker = ranker
            dropped = {f.source_id for f in passing
                       if f.source_id in allowed and not checker.decide(f.source_id)}
        if dropped:
            # the dropped sources passed every filter: the other facets lose their values
            # (counting the rest again costs a pass over every matching source)
            gone = [f for f in passing if f.source_id in dropped]
            facets = {**uncount_facets(facets, gone), "risks": facets["risks"]}
            passing = [f for f in passing if f.source_id not in dropped]
            relevance, order = _orders(compiled, q, passing, scores)
    total = len(passing)
    order = order[: max(tier2_sources, offset + 2 * limit)]
    published = {f.source_id: f.published for f in passing}

    if compiled.tree is None:
        window = order[offset : offset + limit]
        titles = store.source_titles(window)
        return SearchResult(
            q,
            sources=tuple(
                SourceHit(sid, titles.get(sid, ("", ""))[0], scores.get(sid, 0.0),
                          published.get(sid, ""), (), 0)
                for sid in window
            ),
            total_sources=total,
            facets=facets,
            terms=compiled.surface,
        )

    # ------------------------------------------------------------ tier 2
    top = relevance[:tier2_sources]
    if ranker is None:
        ranker = PageRanker(conc, store, compiled, list(dict.fromkeys(top + order)),
                            seq_memo)
        ranker.allowed = allowed
    kept = order[: offset + limit]
    bests = []
    for sid in kept[offset:]:
        best, matched_pages = ranker.best_pages(sid, q.pages_per_source)
        bests.append((sid, best or ranker.partial_pages(sid, q.pages_per_source),
                      matched_pages))
    best_passages = ranker.best_passages(top, max(q.passages, 0))
    # titles of the sources shown only (not of every source ranked)
    titles = store.source_titles(list(dict.fromkeys(
        [sid for sid, _, _ in bests] + [sid for _, sid, _ in best_passages])))
    # snippets need the page texts: read them in one query per source
    ranker.preload([(sid, page) for sid, best, _ in bests for _, page in best]
                   + [(sid, page) for _, sid, page in best_passages])
    builder = _HitBuilder(ranker, titles)
    sources = [
        SourceHit(sid, titles.get(sid, ("", ""))[0], scores.get(sid, 0.0),
                  published.get(sid, ""),
                  tuple(builder.hit(sid, page, score) for score, page in best), matched_pages)
        for sid, best, matched_pages in bests
    ]
    passages = tuple(builder.hit(sid, page, score) for score, sid, page in best_passages)
    return SearchResult(
        q,
        sources=tuple(sources),
        passages=passages,
        total_sources=total,
        facets=facets,
        terms=compiled.surface,
    )


def _orders(compiled: CompiledQuery, q: SearchQuery, passing: Sequence[SourceFacts],
            scores: Mapping[int, float]) -> tuple[list[int], list[int]]:
    """The passing sources by relevance, and in the order of the list (by date when asked
    or when there is no text)."""
    relevance = sorted((f.source_id for f in passing), key=lambda sid: -scores.get(sid, 0.0))
    if compiled.tier1 is None or q.sort == "date":
        by_date = sorted(passing, key=lambda f: (f.published, f.source_id), reverse=True)
        return relevance, [f.source_id for f in by_date]
    return relevance, relevance


def _title_holds(ranker: PageRanker, compiled: CompiledQuery, sid: int, title: str) -> bool:
    """Does the source's title hold a phrase or proximity clause of the query (a source no
    page of which matches stays listed then)?"""
    info = ranker.sources.get(sid)
    if info is None:
        return False
    lang = info.info.lang
    return _title_holds_in(_title_clauses(compiled, lang), lang, title)


Clause = tuple[tuple[str, ...], tuple[str, ...], int]  # (keys, terms, slop)


def _title_holds_in(clauses: Sequence[Clause], lang: str, title: str) -> bool:
    """The same, for a source of analyzer `lang`, given the query's `_title_clauses`."""
    for keys, terms, slop in clauses:
        have = _title_keys(title, lang)
        if not set(terms).issubset(have):  # most titles: a word of the clause is missing
            continue
        if keys:
            n = len(keys)
            if any(have[i : i + n] == keys for i in range(len(have) - n + 1)):
                return True
        elif sequence_spans(_title_spans(title, lang), terms, slop):
            return True
    return False


def _title_clauses(compiled: CompiledQuery, lang: str) -> list[Clause]:
    """(keys, terms, slop) of each phrase or proximity clause of the query (worked out once
    per search, not once per title)."""
    out: list[Clause] = []
    for leaf in scoring_leaves(compiled.pages(lang)):
        terms = leaf_terms(leaf, lang)
        keys = sequence_keys(leaf, lang)
        if keys:
            out.append((keys, terms, 1))
        elif isinstance(leaf, Phrase) and len(terms) > 1:
            out.append(((), terms, leaf.slop))
    return out


@lru_cache(maxsize=8192)
def _title_keys(title: str, lang: str) -> tuple[str, ...]:
    return tuple(token_key(t, lang) for t in WORD_RE.findall(title))


@lru_cache(maxsize=8192)
def _title_spans(title: str, lang: str) -> list[tuple[str, int, int]]:
    return analyse_spans(title, lang)


class _HitBuilder:
    def __init__(self, ranker: PageRanker, titles: Mapping[int, tuple[str, str]]) -> None:
        self.ranker = ranker
        self.titles = titles
        self._made: dict[tuple[int, int], PassageHit] = {}

    def hit(self, sid: int, page: int, score: float) -> PassageHit:
        made = self._made.get((sid, page))
        if made is not None:
            return made
        label, text = self.ranker.page(sid, page)
        text_snippet, inside, on_page = snippet(text, self.ranker.hit_spans(sid, page))
        made = self._made[(sid, page)] = PassageHit(
            source_id=sid,
            title=self.titles.get(sid, ("", ""))[0],
            page_no=page,
            cite_label=label or str(page),
            score=score,
            snippet=text_snippet,
            highlights=inside,
            page_highlights=on_page,
        )
        return made


def highlight_spans(text: str, language: str, compiled: CompiledQuery) -> tuple[Span, ...]:
    """Where the query's words (and phrases) are in `text`, analysed as `language`."""
    lang = lang_key(language)
    single: set[str] = set()
    out: list[tuple[int, int]] = []
    spans: list[tuple[str, int, int]] | None = None
    for leaf in scoring_leaves(compiled.pages(lang)):
        terms = leaf_terms(leaf, lang)
        if isinstance(leaf, Terms) or len(terms) == 1:
            single.update(terms)
            continue
        spans = analyse_spans(text, lang) if spans is None else spans
        out += sequence_spans(spans, terms, leaf.slop if isinstance(leaf, Phrase) else 1)
    out += find_terms(text, lang, single)
    return tuple(Span(a, b) for a, b in merge_ranges(out))
