"""Tier 2: which pages of the top sources match, how well, and where.

For each source the page query is evaluated on page sets from the concordance as a pair of
bounds: pages that surely match and pages that may match. They differ only where a phrase,
a proximity clause or a multi-token word (`covid-19`) needs word order, which the
concordance does not keep; those pages are checked on their text, lazily, best first, with
caps so that a common phrase costs a bounded amount of work (see the constants).

Scores are BM25 over pages: term frequency and page length from the concordance, and
idf from the exact number of pages (in the whole library) that contain the term.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .analysis import analyse, analyse_spans, find_terms
from .api import TextStore
from .concordance import Concordance, SourcePages
from .query import CompiledQuery
from .tree import (
    And,
    AndMaybe,
    Node,
    Not,
    Or,
    Phrase,
    Terms,
    Word,
    all_leaves,
    all_nodes,
    leaf_terms,
    scoring_leaves,
)

K1 = 1.2
B = 0.75
CHECK_PER_SOURCE = 12  # pages read to count a source's phrase matches (more: estimated)
DECIDE_PER_SOURCE = 15  # pages read to decide a phrase query matches a source at all
CHECK_BUDGET = 1000  # pages read for phrase checks in one search

Bounds = tuple[set[int], set[int]]  # (surely match, may match)


@dataclass
class _Source:
    info: SourcePages
    tree: Node | None
    sure: set[int] = field(default_factory=set)
    maybe: set[int] = field(default_factory=set)
    ranked: list[tuple[float, int]] = field(default_factory=list)  # (score, page), best first
    confirmed: dict[int, bool] = field(default_factory=dict)


class PageRanker:
    """Page-level view of one search over a set of sources. Not shared between threads."""

    def __init__(
        self,
        conc: Concordance,
        store: TextStore,
        compiled: CompiledQuery,
        source_ids: Sequence[int],
    ) -> None:
        self.store = store
        self.compiled = compiled
        self.budget = CHECK_BUDGET
        self._texts: dict[tuple[int, int], tuple[str, str]] = {}
        self._spans: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
        self._seqs: dict[tuple[int, int], list[str]] = {}
        infos = conc.source_pages(list(dict.fromkeys(source_ids)))
        self.sources: dict[int, _Source] = {
            sid: _Source(info, compiled.pages(info.lang)) for sid, info in infos.items()
        }
        terms = {t for src in self.sources.values() for leaf in all_leaves(src.tree)
                 for t in leaf_terms(leaf, src.info.lang)}
        self.postings = conc.postings(sorted(terms), sorted(self.sources)) if terms else {}
        stats = conc.stats()
        dfs = conc.doc_freqs(sorted(terms))
        self.idf = {t: math.log(1 + (stats.pages - n + 0.5) / (n + 0.5)) for t, n in dfs.items()}
        self.avg_length = stats.avg_length
        for sid, src in self.sources.items():
            if src.tree is not None:
                self._prepare(sid, src)

    # ------------------------------------------------------------ bounds and scores
    def _pages(self, sid: int, term: str) -> set[int]:
        return set(self.postings.get((term, sid), ()))

    def _bounds(self, sid: int, node: Node, universe: Callable[[], set[int]]) -> Bounds:
        lang = self.sources[sid].info.lang
        if isinstance(node, Terms):
            pages = set().union(*(self._pages(sid, t) for t in node.terms))
            return pages, pages
        if isinstance(node, Word | Phrase):
            terms = node.terms(lang)
            pages = set.intersection(*(self._pages(sid, t) for t in terms))
            return (pages if len(terms) == 1 else set()), pages
        if isinstance(node, And):
            pos = [self._bounds(sid, c, universe) for c in node.children if not isinstance(c, Not)]
            neg = [self._bounds(sid, c.child, universe) for c in node.children
                   if isinstance(c, Not)]
            lo, hi = (set.intersection(*(p[0] for p in pos)), set.intersection(
                *(p[1] for p in pos))) if pos else (universe(), universe())
            for n_lo, n_hi in neg:
                lo -= n_hi
                hi -= n_lo
            return lo, hi
        if isinstance(node, Or):
            parts = [self._bounds(sid, c, universe) for c in node.children]
            return set().union(*(p[0] for p in parts)), set().union(*(p[1] for p in parts))
        if isinstance(node, Not):
            lo, hi = self._bounds(sid, node.child, universe)
            return universe() - hi, universe() - lo
        if isinstance(node, AndMaybe):
            return self._bounds(sid, node.must, universe)
        return universe(), universe()

    def _prepare(self, sid: int, src: _Source) -> None:
        assert src.tree is not None
        src.sure, src.maybe = self._bounds(sid, src.tree, lambda: set(src.info.lengths))
        src.ranked = self._rank(sid, src, src.maybe)

    def _rank(self, sid: int, src: _Source, pages: set[int] | None) -> list[tuple[float, int]]:
        """BM25 of `pages` (None: every page with a query term), best first."""
        weights: dict[str, float] = {}
        for leaf in scoring_leaves(src.tree):
            for t in leaf_terms(leaf, src.info.lang):
                weights[t] = max(weights.get(t, 0.0), leaf.weight)
        scores = dict.fromkeys(pages, 0.0) if pages is not None else {}
        lengths = src.info.lengths
        base, per_token = K1 * (1 - B), K1 * B / self.avg_length
        for t, w in weights.items():
            post = self.postings.get((t, sid))
            if not post:
                continue
            c = w * self.idf.get(t, 0.0) * (K1 + 1)
            for page, tf in post.items():
                if pages is None or page in scores:
                    norm = base + per_token * lengths.get(page, 0)
                    scores[page] = scores.get(page, 0.0) + c * tf / (tf + norm)
        best_first = sorted((-v, k) for k, v in scores.items())
        return [(-v, k) for v, k in best_first]

    # ------------------------------------------------------------ checks on page text
    def _load(self, sid: int, pages: Sequence[int]) -> None:
        missing = [p for p in pages if (sid, p) not in self._texts]
        if missing:
            for page, pair in self.store.page_texts(sid, missing).items():
                self._texts[(sid, page)] = pair
            for p in missing:
                self._texts.setdefault((sid, p), ("", ""))

    def page(self, sid: int, page: int) -> tuple[str, str]:
        """(cite label, text) of a page, read once per search."""
        self._load(sid, [page])
        return self._texts[(sid, page)]

    def spans(self, sid: int, page: int) -> list[tuple[str, int, int]]:
        key = (sid, page)
        if key not in self._spans:
            self._spans[key] = analyse_spans(self.page(sid, page)[1], self.sources[sid].info.lang)
        return self._spans[key]

    def _terms(self, sid: int, page: int) -> list[str]:
        """The page's index terms in order: enough to check word order, and cheaper than
        `page()` (no character offsets)."""
        key = (sid, page)
        if key in self._spans:
            return [t for t, _, _ in self._spans[key]]
        if key not in self._seqs:
            self._load(sid, [page])
            self._seqs[key] = analyse(self._texts[key][1], self.sources[sid].info.lang)
        return self._seqs[key]

    def _exact(self, sid: int, page: int, node: Node) -> bool:
        lang = self.sources[sid].info.lang
        if isinstance(node, Terms):
            return any(page in self.postings.get((t, sid), ()) for t in node.terms)
        if isinstance(node, Word | Phrase):
            terms = node.terms(lang)
            if not all(page in self.postings.get((t, sid), ()) for t in terms):
                return False
            if len(terms) == 1:
                return True
            slop = node.slop if isinstance(node, Phrase) else 1
            return bool(sequence_matches(self._terms(sid, page), terms, slop))
        if isinstance(node, And):
            return all(self._exact(sid, page, c) for c in node.children)
        if isinstance(node, Or):
            return any(self._exact(sid, page, c) for c in node.children)
        if isinstance(node, Not):
            return not self._exact(sid, page, node.child)
        if isinstance(node, AndMaybe):
            return self._exact(sid, page, node.must)
        return True

    def is_match(self, sid: int, page: int) -> bool | None:
        """True/False, or None when the check budget is spent."""
        src = self.sources[sid]
        if page not in src.maybe:
            return False
        if page in src.sure:
            return True
        if page not in src.confirmed:
            if self.budget <= 0:
                return None
            self.budget -= 1
            assert src.tree is not None
            src.confirmed[page] = self._exact(sid, page, src.tree)
        return src.confirmed[page]

    # ------------------------------------------------------------ answers
    def has_page_query(self, sid: int) -> bool:
        src = self.sources.get(sid)
        return src is not None and src.tree is not None

    def needs_checks(self, sid: int) -> bool:
        src = self.sources.get(sid)
        return src is not None and src.sure != src.maybe

    def best_pages(self, sid: int, n: int) -> tuple[list[tuple[float, int]], int]:
        """The best `n` matching pages (score, page) and how many pages match in all.

        Pages that need a phrase check are checked best first, at most CHECK_PER_SOURCE
        of them; the count of the unchecked rest is estimated from the share that passed.
        """
        src = self.sources.get(sid)
        if src is None or src.tree is None:
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
            if checked >= CHECK_PER_SOURCE:
                if len(found) >= n:
                    break
                continue
            ok = self.is_match(sid, page)
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
        src = self.sources.get(sid)
        if src is None or src.tree is None or any(
            isinstance(x, Not) for x in all_nodes(src.tree)
        ):
            return []
        return self._rank(sid, src, None)[:n]

    def matches_anywhere(self, sid: int) -> bool:
        """Does at least one page match (checking at most DECIDE_PER_SOURCE pages)?"""
        src = self.sources.get(sid)
        if src is None or src.tree is None:
            return False
        if src.sure:
            return True
        head = [p for _, p in src.ranked[:DECIDE_PER_SOURCE]]
        self._prefetch(sid, head[:5])
        return any(self.is_match(sid, p) for p in head)

    def best_passages(self, source_ids: Sequence[int], n: int) -> list[tuple[float, int, int]]:
        """The `n` best matching pages (score, source, page) over the given sources."""
        pool = sorted(
            ((score, sid, page) for sid in source_ids if sid in self.sources
             for score, page in self.sources[sid].ranked),
            key=lambda x: (-x[0], x[1], x[2]),
        )
        out: list[tuple[float, int, int]] = []
        for score, sid, page in pool:
            if len(out) >= n:
                break
            if self.is_match(sid, page):
                out.append((score, sid, page))
        return out

    def hit_spans(self, sid: int, page: int) -> list[tuple[int, int]]:
        """Character ranges on the page to highlight: query words and whole phrases."""
        src = self.sources.get(sid)
        if src is None:
            return []
        lang = src.info.lang
        text = self.page(sid, page)[1]
        single: set[str] = set()
        sequences: list[tuple[tuple[str, ...], int]] = []
        for leaf in scoring_leaves(src.tree):
            terms = leaf_terms(leaf, lang)
            if isinstance(leaf, Terms) or len(terms) == 1:
                single.update(terms)
            else:
                sequences.append((terms, leaf.slop if isinstance(leaf, Phrase) else 1))
        out = find_terms(text, lang, single)
        if sequences:
            spans = self.spans(sid, page)
            for terms, slop in sequences:
                out += sequence_spans(spans, terms, slop)
        return merge_ranges(out)

    def _prefetch(self, sid: int, pages: Sequence[int]) -> None:
        src = self.sources[sid]
        todo = [p for p in pages if p in src.maybe and p not in src.sure]
        if todo:
            self._load(sid, todo)


def sequence_matches(
    seq: Sequence[str], terms: Sequence[str], slop: int
) -> list[tuple[int, int]]:
    """Token index ranges (first, last) where `terms` occur in order and adjacent (slop 1),
    or all within slop*(len-1) positions in any order (slop > 1: one range per word, so
    a highlight covers the words and not the text between them)."""
    k = len(terms)
    out: list[tuple[int, int]] = []
    if k == 0:
        return out
    if slop <= 1:
        first, want = terms[0], list(terms)
        for i, t in enumerate(seq):
            if t == first and seq[i : i + k] == want:
                out.append((i, i + k - 1))
        return out
    wanted: dict[str, int] = {}
    for t in terms:
        wanted[t] = wanted.get(t, 0) + 1
    hits = [i for i, t in enumerate(seq) if t in wanted]
    width = slop * (k - 1)
    have: dict[str, int] = {}
    satisfied = 0
    lo = 0
    for hi, pos in enumerate(hits):
        t = seq[pos]
        have[t] = have.get(t, 0) + 1
        if have[t] == wanted[t]:
            satisfied += 1
        # shrink from the left while the window still holds every term
        while satisfied == len(wanted):
            start = hits[lo]
            if pos - start <= width:
                out += [(i, i) for i in hits[lo : hi + 1]]
            first = seq[start]
            if have[first] == wanted[first]:
                satisfied -= 1
            have[first] -= 1
            lo += 1
    return sorted(set(out))


def sequence_spans(
    spans: Sequence[tuple[str, int, int]], terms: Sequence[str], slop: int
) -> list[tuple[int, int]]:
    """Character ranges of `sequence_matches` over analysed tokens with offsets."""
    seq = [t for t, _, _ in spans]
    return merge_ranges(
        [(spans[i][1], spans[j][2]) for i, j in sequence_matches(seq, terms, slop)]
    )


def merge_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
