"""Tier 2, how well pages match: BM25 over the pages of the top sources, and the answers.

Scores are BM25 over pages: term frequency and page length from the concordance, and
idf from the exact number of pages (in the whole library) that contain the term. Which
pages match is matching.py's PageMatcher, which this builds on; counting a source's matching
pages and the flat list of best passages are capped (see the constants).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping, Sequence

from .api import TextStore
from .index.concordance import Concordance, unpack_array
from .matching import PREFETCH, PageMatcher, SourceState
from .query import CompiledQuery
from .tree import Not, all_nodes, leaf_terms, scoring_leaves

K1 = 1.2
B = 0.75
CHECK_PER_SOURCE = 8  # pages read to count a source's phrase matches (more: estimated)
CHECK_BUDGET = 1000  # pages read for phrase checks in one search


def _best_first(item: tuple[int, float]) -> tuple[float, int]:
    return -item[1], item[0]


class PageRanker(PageMatcher):
    """Page-level view of one search over a set of sources. Not shared between threads."""

    def __init__(
        self,
        conc: Concordance,
        store: TextStore,
        compiled: CompiledQuery,
        source_ids: Sequence[int],
        seq_memo: dict[str, Mapping[int, set[int]]] | None = None,
    ) -> None:
        super().__init__(conc, store, compiled, source_ids, seq_memo, budget=CHECK_BUDGET)
        stats = conc.stats()
        dfs = conc.doc_freqs(sorted(self.query_terms))
        self.idf = {t: math.log(1 + (stats.pages - n + 0.5) / (n + 0.5)) for t, n in dfs.items()}
        self.avg_length = stats.avg_length
        self._weights: dict[str, dict[str, float]] = {}
        for lang in self.words:
            weights: dict[str, float] = {}
            for leaf in scoring_leaves(compiled.pages(lang)):
                for t in leaf_terms(leaf, lang):
                    weights[t] = max(weights.get(t, 0.0), leaf.weight)
            self._weights[lang] = weights

    # ------------------------------------------------------------ scores
    def _ready(self, sid: int) -> SourceState | None:
        """The source with its page bounds and ranking; None if it has no page query."""
        src = self._bounded(sid)
        if src is not None and not src.ready:
            src.ranked = self._rank(sid, src, src.maybe)
            src.ready = True
        return src

    def _rank(self, sid: int, src: SourceState, pages: set[int] | None) -> list[tuple[float, int]]:
        """BM25 of `pages` (None: every page with a query term), best first."""
        scores: dict[int, float] = dict.fromkeys(pages, 0.0) if pages is not None else {}
        lengths = src.info.lengths
        base, per_token = K1 * (1 - B), K1 * B / self.avg_length
        for t, w in self._weights[src.info.lang].items():
            post = self.postings.get((t, sid))
            if not post:
                continue
            c = w * self.idf.get(t, 0.0) * (K1 + 1)
            # walk the smaller of the candidate pages and the term's pages
            if pages is None or len(post) <= len(scores):
                items = [(p, tf) for p, tf in post.items() if pages is None or p in scores]
            else:
                items = [(p, post[p]) for p in scores if p in post]
            for page, tf in items:
                scores[page] = scores.get(page, 0.0) + c * tf / (
                    tf + base + per_token * lengths.get(page, 0))
        ranked = sorted(scores.items(), key=_best_first)
        return [(v, k) for k, v in ranked]

    def _upper(self, sid: int) -> float:
        """A score no page of the source can beat: each term at its highest count in the
        source, on the source's shortest page (BM25 grows with the one, falls with the
        other). Lets best_passages skip sources without ranking their pages."""
        src = self.sources[sid]
        norm = K1 * (1 - B) + K1 * B / self.avg_length * src.info.shortest()
        bound = 0.0
        for t, w in self._weights[src.info.lang].items():
            packed = self._packed.get((t, sid))
            if packed:
                top = max(unpack_array(packed)[1::2])
                bound += w * self.idf.get(t, 0.0) * (K1 + 1) * top / (top + norm)
        return bound * (1 + 1e-9) + 1e-12  # never below a page's own sum of the same terms

    # ------------------------------------------------------------ answers
    def needs_checks(self, sid: int) -> bool:
        src = self._ready(sid)
        return src is not None and src.sure != src.maybe

    def best_pages(self, sid: int, n: int) -> tuple[list[tuple[float, int]], int]:
        """The best `n` matching pages (score, page) and how many pages match in all.

        Pages that need a phrase check are checked best first, at most CHECK_PER_SOURCE
        of them; the count of the unchecked rest is estimated from the share that passed.
        """
        src = self._ready(sid)
        if src is None:
            return [], 0
        if src.sure == src.maybe:
            return src.ranked[:n], len(src.sure)
        uncertain = len(src.maybe) - len(src.sure)
        self._prefetch(sid, [p for _, p in src.ranked[: n + CHECK_PER_SOURCE]])
        found: list[tuple[float, int]] = []
        checked = passed = 0
        for score, page in src.ranked:
            if page in src.sure:
                if len(found) < n:
                    found.append((score, page))
                continue
            if checked >= CHECK_PER_SOURCE and len(found) >= n:
                break
            if checked and checked % PREFETCH == 0:
                self._prefetch(sid, [p for _, p in src.ranked[checked: checked + PREFETCH]])
            # not budgeted: a source listed shows its best matching pages, found wherever
            # they rank (the pair filter strikes most candidates without reading them)
            ok = self.is_match(sid, page, force=True)
            if ok is None:  # the search's check budget is spent
                break
            checked += 1
            passed += ok
            if ok and len(found) < n:
                found.append((score, page))
        rest = uncertain - checked
        estimate = passed + (round(rest * passed / checked) if checked else 0)
        return found, len(src.sure) + estimate

    def partial_pages(self, sid: int, n: int) -> list[tuple[float, int]]:
        """When no single page matches the whole query (words spread over pages), the pages
        with the most of it; none if the query excludes words, to never show those."""
        src = self._ready(sid)
        if src is None or src.tree is None or any(
            isinstance(x, Not) for x in all_nodes(src.tree)
        ):
            return []
        keep = self.allowed.get(sid)
        ranked = self._rank(sid, src, None)
        return [item for item in ranked if keep is None or item[1] in keep][:n]

    def best_passages(self, source_ids: Sequence[int], n: int) -> list[tuple[float, int, int]]:
        """The `n` best matching pages (score, source, page) over the given sources.

        Pages are visited best first over all sources (ties by source, then page), as a
        merge of the sources' rankings in which a source is only ranked once its upper
        bound could reach the best page not yet visited: most never are."""
        out: list[tuple[float, int, int]] = []
        if n <= 0:
            return out
        order = sorted((-self._upper(sid), sid) for sid in dict.fromkeys(source_ids)
                       if sid in self.sources and self.sources[sid].tree is not None)
        heap: list[tuple[float, int, int, int]] = []  # (-score, source, page, rank index)
        opened = 0
        while len(out) < n:
            while opened < len(order) and (not heap or order[opened][0] <= heap[0][0]):
                sid = order[opened][1]
                opened += 1
                bounded = self._bounded(sid)
                if self.budget <= 0 and (bounded is None or not bounded.sure):
                    continue  # no checks left, and no page that needs none
                src = self._ready(sid)
                if src is not None and src.ranked:
                    score, page = src.ranked[0]
                    heapq.heappush(heap, (-score, sid, page, 0))
            if not heap:
                break
            neg, sid, page, at = heapq.heappop(heap)
            ranked = self.sources[sid].ranked
            if at + 1 < len(ranked):
                score, nxt = ranked[at + 1]
                heapq.heappush(heap, (-score, sid, nxt, at + 1))
            if self.needs_checks(sid):
                self._prefetch(sid, [p for _, p in ranked[at : at + PREFETCH]])
            if self.is_match(sid, page):
                out.append((-neg, sid, page))
        return out
