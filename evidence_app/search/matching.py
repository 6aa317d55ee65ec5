"""Tier 2, which pages match: page sets from the concordance, checked on page text.

For each source the page query is evaluated on page sets from the concordance as a pair of
bounds: pages that surely match and pages that may match. They differ only where a phrase,
a proximity clause or a multi-token word (`covid-19`) needs word order, which the
concordance does not keep: the positional index (sequences.py) gives them exactly, so the
bounds meet; where it cannot (a source it does not hold, a proximity clause repeating a word)
those pages are checked on their text (exact.py), lazily, best first. Whether a source
holds the query at all is decided without a cap (`decide`, see decide.py). How well pages
match, and which are shown, is pages.py's PageRanker, built on this.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import pairs, sequences
from .api import TextStore
from .exact import find_sequence, phrase_regex, sequence_keys
from .hits import (
    Hit,
    PageWords,
    find_hits,
    highlight_parts,
    hit_ranges,
    match_positions,
    merge_ranges,
    width_of,
)
from .index.concordance import Concordance, SourcePages, unpack_dict
from .query import CompiledQuery
from .tree import And, AndMaybe, Node, Not, Or, Phrase, Terms, Word, all_leaves, leaf_terms

PREFETCH = 8  # pages of a source read from the store in one go for phrase checks
# failed word-order checks after which a search consults the pair filter: where a phrase's
# words are mostly side by side, checks pass and reading the filters would only cost time
FILTER_AFTER = 12

Bounds = tuple[set[int], set[int]]  # (surely match, may match)


@dataclass
class SourceState:
    """What one search knows of one source's pages."""

    info: SourcePages
    tree: Node | None
    bounded: bool = False  # sure/maybe computed (on first use: most sources never are)
    ready: bool = False  # ranked computed too
    sure: set[int] = field(default_factory=set)
    maybe: set[int] = field(default_factory=set)
    ranked: list[tuple[float, int]] = field(default_factory=list)  # (score, page), best first
    confirmed: dict[int, bool] = field(default_factory=dict)


class _Postings(dict[tuple[str, int], dict[int, int]]):
    """{(term, source): {page: n}}, each decoded from the packed rows on first use."""

    def __init__(self, packed: dict[tuple[str, int], bytes]) -> None:
        super().__init__()
        self._packed = packed

    def __missing__(self, key: tuple[str, int]) -> dict[int, int]:
        blob = self._packed.get(key)
        found = self[key] = unpack_dict(blob) if blob is not None else {}
        return found

    def get(self, key: tuple[str, int], default: Any = None) -> Any:  # type: ignore[override]
        return self[key] if key in self._packed else default


class PageMatcher:
    """Which pages of a set of sources match one search's page query. Not shared between
    threads."""

    def __init__(
        self,
        conc: Concordance,
        store: TextStore,
        compiled: CompiledQuery,
        source_ids: Sequence[int],
        seq_memo: dict[str, Mapping[int, set[int]]] | None = None,
        budget: int = 0,
    ) -> None:
        self.store = store
        self.compiled = compiled
        self._conc = conc
        self._filters: dict[int, pairs.PairFilter | None] = {}
        self._filtering = False  # set after FILTER_AFTER failed checks
        self._failed = 0
        # keyed by the leaf's id(): the leaves are those of the ranker's own trees, alive as
        # long as it is, and hashing a leaf (a dataclass of dataclasses) cost more than the
        # look-up, many times per source
        self._in_sequence: dict[tuple[int, int], set[int]] = {}  # a word-order leaf's pages
        self._exact_pages: set[tuple[int, int]] = set()  # ...where they are known exactly
        # a word-order or proximity leaf's pages across the library (positional index)
        self._seq: dict[tuple[str, int], tuple[Mapping[int, set[int]], bool] | None] = {}
        self._seq_memo = {} if seq_memo is None else seq_memo  # FTS5 query -> its pages
        self._regexes: dict[tuple[str, tuple[str, ...]], re.Pattern[str] | None] = {}
        self._covered: dict[tuple[int, tuple[str, ...]], list[tuple[str, str]]] = {}
        self.budget = budget  # page checks left for this search (see is_match)
        # a ticked risk type: {source: the pages labelled with it}; others not narrowed
        self.allowed: Mapping[int, frozenset[int]] = {}
        self._texts: dict[tuple[int, int], tuple[str, str]] = {}
        self._hits: dict[tuple[int, int], list[Hit]] = {}
        infos = conc.source_pages(list(dict.fromkeys(source_ids)))
        trees = {lang: compiled.pages(lang) for lang in {i.lang for i in infos.values()}}
        self.sources: dict[int, SourceState] = {
            sid: SourceState(info, trees[info.lang]) for sid, info in infos.items()
        }
        self.words: dict[str, PageWords] = {}
        terms: set[str] = set()
        for lang in {src.info.lang for src in self.sources.values()}:
            tree = compiled.pages(lang)
            mine = {t for leaf in all_leaves(tree) for t in leaf_terms(leaf, lang)}
            width = max((width_of(leaf, lang) for leaf in all_leaves(tree)), default=0)
            self.words[lang] = PageWords.of(lang, conc.forms(lang, mine), width)
            terms |= mine
        self.query_terms = terms  # every term of the page queries, all languages
        self._packed = conc.packed_postings(sorted(terms), sorted(self.sources)) if terms else {}
        self.postings = _Postings(self._packed)

    # ------------------------------------------------------------ page sets from the concordance
    def _pages(self, sid: int, term: str) -> set[int]:
        return set(self.postings.get((term, sid), ()))

    def _in_order(self, sid: int, terms: Sequence[str]) -> list[tuple[str, str]]:
        """The adjacent pairs of a phrase that the source's pair filter covers."""
        if sid not in self._filters:
            self._filters[sid] = pairs.PairFilter.read(self._conc.pair_filter(sid))
        if self._filters[sid] is None:
            return []
        key = (sid, tuple(terms))
        found = self._covered.get(key)
        if found is None:  # asked once per page checked: worked out once per source
            counts = {t: len(self.postings.get((t, sid), ())) for t in terms}
            found = self._covered[key] = [(a, b) for a, b in zip(terms, terms[1:], strict=False)
                                          if pairs.covered(counts, a, b)]
        return found

    def _adjacent(self, sid: int, terms: Sequence[str], pages: set[int]) -> set[int]:
        """`pages` less those where the filter shows a pair of the phrase is never
        side by side (no false strikes: the rest still get checked on their text)."""
        if not self._filtering:
            return pages
        for a, b in self._in_order(sid, terms) if pages else ():
            pages = self._filters[sid].pages_with(a, b, pages)  # type: ignore[union-attr]
        return pages

    def _sequenced(self, sid: int, node: Node, lang: str) -> tuple[set[int], bool] | None:
        """The source's pages that the positional index gives for a word-order or
        proximity leaf, and whether exactly (else a superset); None without an answer."""
        if not self.sources[sid].info.sequenced:
            return None
        key = (lang, id(node))
        if key not in self._seq:
            match = sequences.match_of(node, lang)
            if match is not None and match[0] not in self._seq_memo:
                self._seq_memo[match[0]] = self._conc.sequence_pages(match[0])
            self._seq[key] = None if match is None else (self._seq_memo[match[0]], match[1])
        found = self._seq[key]
        if found is None:
            return None
        return found[0].get(sid, set()), found[1]

    def _bounds(self, sid: int, node: Node, universe: Callable[[], set[int]]) -> Bounds:
        lang = self.sources[sid].info.lang
        if isinstance(node, Terms):
            pages = set().union(*(self._pages(sid, t) for t in node.terms))
            return pages, pages
        if isinstance(node, Word | Phrase):
            terms = node.terms(lang)
            if len(terms) == 1 and not sequence_keys(node, lang):
                pages = self._pages(sid, terms[0])
                return pages, set(pages)
            key = (sid, id(node))  # asked again by _exact
            if key not in self._in_sequence:
                seq = self._sequenced(sid, node, lang)
                if seq is not None and seq[1]:
                    self._in_sequence[key] = set(seq[0])
                    self._exact_pages.add(key)
                else:
                    pages = set.intersection(*(self._pages(sid, t) for t in terms))
                    if seq is not None:
                        pages &= seq[0]
                    elif not isinstance(node, Phrase) or node.slop <= 1:
                        pages = self._adjacent(sid, terms, pages)
                    self._in_sequence[key] = pages
            if key in self._exact_pages:
                return set(self._in_sequence[key]), set(self._in_sequence[key])
            return set(), set(self._in_sequence[key])
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

    def _bounded(self, sid: int) -> SourceState | None:
        """The source with its page bounds (no ranking yet); None without a page query."""
        src = self.sources.get(sid)
        if src is None or src.tree is None:
            return None
        if not src.bounded:
            src.sure, src.maybe = self._bounds(sid, src.tree, lambda: set(src.info.lengths))
            keep = self.allowed.get(sid)
            if keep is not None:
                src.sure, src.maybe = src.sure & keep, src.maybe & keep
            src.bounded = True
        return src

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

    def hits(self, sid: int, page: int) -> list[Hit]:
        """The search's words on a page, with positions (found once per search)."""
        key = (sid, page)
        found = self._hits.get(key)
        if found is None:
            lang = self.sources[sid].info.lang
            found = self._hits[key] = find_hits(self.page(sid, page)[1], self.words[lang])
        return found

    def _exact(self, sid: int, page: int, node: Node) -> bool:
        lang = self.sources[sid].info.lang
        if isinstance(node, Terms):
            return any(page in self.postings.get((t, sid), ()) for t in node.terms)
        if isinstance(node, Word | Phrase):
            terms = node.terms(lang)
            if not all(page in self.postings.get((t, sid), ()) for t in terms):
                return False
            keys = sequence_keys(node, lang)
            if len(terms) == 1 and not keys:
                return True
            if (sid, id(node)) in self._exact_pages:
                return page in self._in_sequence[(sid, id(node))]
            slop = node.slop if isinstance(node, Phrase) else 1
            if slop <= 1 and len(terms) > 1 and not self._adjacent(sid, terms, {page}):
                return False
            if keys:
                # exact word order, stop words included: one regex over the page
                rx_key = (lang, keys)
                if rx_key not in self._regexes:
                    self._regexes[rx_key] = phrase_regex(keys, self.words[lang].forms)
                regex = self._regexes[rx_key]
                return regex is not None and find_sequence(
                    self.page(sid, page)[1], regex, keys, lang)
            hits = self.hits(sid, page)
            return bool(match_positions([(t, p) for t, p, _, _ in hits], terms, slop))
        if isinstance(node, And):
            return all(self._exact(sid, page, c) for c in node.children)
        if isinstance(node, Or):
            return any(self._exact(sid, page, c) for c in node.children)
        if isinstance(node, Not):
            return not self._exact(sid, page, node.child)
        if isinstance(node, AndMaybe):
            return self._exact(sid, page, node.must)
        return True

    def is_match(self, sid: int, page: int, *, force: bool = False) -> bool | None:
        """True/False, or None when the check budget is spent (`force`: check anyway)."""
        src = self._bounded(sid)
        if src is None or page not in src.maybe:
            return False
        if page in src.sure:
            return True
        if page not in src.confirmed:
            if self.budget <= 0 and not force:
                return None
            if not force:  # deciding sources and listing their pages are not budgeted
                self.budget -= 1
            assert src.tree is not None
            src.confirmed[page] = self._exact(sid, page, src.tree)
            if not src.confirmed[page]:
                self._failed += 1
                self._filtering = self._failed >= FILTER_AFTER
        return src.confirmed[page]

    def has_page_query(self, sid: int) -> bool:
        src = self.sources.get(sid)
        return src is not None and src.tree is not None

    def decide(self, sid: int) -> bool:
        """Does any page of the source match the page query? Exhaustive: every candidate
        page is checked until one does (the pair filter and the postings keep the
        candidates few where the words rarely stand together)."""
        src = self._bounded(sid)
        if src is None:  # no page query for this source's language: tier 1 decided
            return True
        if src.sure:
            return True
        todo = sorted(src.maybe - src.sure)
        at = 0
        while at < len(todo):
            # one page first: where the words stand together, the first page decides
            chunk = todo[at : at + (1 if at == 0 else PREFETCH)]
            at += len(chunk)
            if self._filtering:  # strike pages out by the filter before reading them
                chunk = [p for p in chunk if self._quick(sid, p, src.tree)]
            self._prefetch(sid, chunk)
            if any(self.is_match(sid, p, force=True) for p in chunk):
                return True
        return False

    def _quick(self, sid: int, page: int, node: Node | None) -> bool:
        """False only if the pair filter shows the page cannot match (an And of phrases:
        any of them struck out; anything else: kept)."""
        lang = self.sources[sid].info.lang
        if isinstance(node, Word | Phrase):
            terms = node.terms(lang)
            slop = node.slop if isinstance(node, Phrase) else 1
            return len(terms) < 2 or slop > 1 or bool(self._adjacent(sid, terms, {page}))
        if isinstance(node, And):
            return all(self._quick(sid, page, c) for c in node.children
                       if not isinstance(c, Not))
        if isinstance(node, AndMaybe):
            return self._quick(sid, page, node.must)
        return True

    def hit_spans(self, sid: int, page: int) -> list[tuple[int, int]]:
        """Character ranges on the page to highlight: query words and whole phrases."""
        src = self.sources.get(sid)
        if src is None:
            return []
        single, sequences = highlight_parts(src.tree, src.info.lang)
        return merge_ranges(hit_ranges(self.hits(sid, page), single, sequences))

    def preload(self, pairs: Sequence[tuple[int, int]]) -> None:
        """Read the texts of these (source, page) pairs, one query per source."""
        by_source: dict[int, list[int]] = {}
        for sid, page in pairs:
            by_source.setdefault(sid, []).append(page)
        for sid, pages in by_source.items():
            self._load(sid, pages)

    def _prefetch(self, sid: int, pages: Sequence[int]) -> None:
        src = self.sources[sid]
        todo = [p for p in pages if p in src.maybe and p not in src.sure
                and (sid, p) not in self._texts]
        if todo:
            self._load(sid, todo)
