"""Which sources hold a query that needs word order or one page, decided on their pages.

A boolean query (`police AND torture`, `gangs NOT police`) is decided per page as FTS5
does: a source holds it when one of its pages does, and only such pages are listed.

Tier 1 matches a phrase as the AND of its words, so it finds every source that may hold
it, ranked by those words; whether one does is decided on its pages (pages.PageRanker.
decide: postings, the pair filter, then the text). Every source that tier 1 matched can be
decided, not only the top ones: a rare phrase of common words ranks anywhere. A search
decides the DECIDE_FIRST best-ranked sources at once, then, going down the list to fill
the page of results, every source it shows. When that runs through all of them (a rare
phrase: the page is not filled), every source is decided and counts and facets are exact;
when the page fills first (a common phrase, held by hundreds of sources), the sources
below it not yet decided are counted as tier 1 matched them (an upper bound). DECIDE_FIRST is
set to decide every source: counts and facets are exact, at about 0.5 ms a source on the real
benchmark (README, Performance); a smaller value trades exact counts of common phrases for
speed.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping, Sequence

from . import sequences
from .analysis import lang_key
from .api import TextStore
from .filters import SourceFacts
from .index.concordance import Concordance
from .pages import PageRanker
from .query import CompiledQuery
from .tree import And, Node, Not, Phrase, Word, all_nodes

DECIDE_FIRST = 1_000_000  # sources decided before counting (all: exact counts and facets)


def needs_pages(tree: Node | None) -> bool:
    """Does the query combine clauses (AND, NOT) that must hold on one page? Tier 1 matches
    them over a whole source; a source holds them only if one of its pages does."""
    if tree is None:
        return False
    return any(isinstance(n, Not) or (isinstance(n, And) and len(n.children) > 1)
               for n in all_nodes(tree))


def index_verdicts(conc: Concordance, compiled: CompiledQuery,
                   matched: Sequence[SourceFacts],
                   memo: dict[str, Mapping[int, set[int]]] | None = None) -> set[int] | None:
    """The matched sources one of whose pages holds the page query, decided by the
    positional index (sequences.tree_match) in one query per language: exact, and no page
    read. None when it cannot say exactly (a clause it cannot express, a source it does not
    hold); then Verdicts decides source by source. `memo` keeps each FTS5 query's pages
    for the page ranking of the same search (PageRanker(seq_memo=...)): a lone phrase
    is the same query there, which need not run twice."""
    by_lang: dict[str, list[int]] = {}
    keys: dict[str, str] = {}  # language code -> analyzer, worked out once per code
    for f in matched:
        key = keys.get(f.language)
        if key is None:
            key = keys[f.language] = lang_key(f.language)
        by_lang.setdefault(key, []).append(f.source_id)
    held: set[int] = set()
    if not by_lang:
        return held
    if conc.unsequenced():
        return None
    for lang, sids in by_lang.items():
        tree = compiled.pages(lang)
        if tree is None:  # nothing for pages to match in this language: tier 1 decided
            held.update(sids)
            continue
        match = sequences.tree_match(tree, lang)
        if match is None:
            return None
        if memo is None or not isinstance(tree, Word | Phrase):  # tier 2 asks per leaf
            found: Container[int] = conc.sequence_sources(match)
        else:
            if match not in memo:
                memo[match] = conc.sequence_pages(match)
            found = memo[match]
        held.update(found.sources().intersection(sids) if isinstance(found, sequences.RowPages)
                    else (sid for sid in sids if sid in found))
    return held


def index_dropped(conc: Concordance, compiled: CompiledQuery,
                  passing: Sequence[SourceFacts], allowed: Mapping[int, frozenset[int]],
                  allowed_rows: Callable[[], frozenset[int]],
                  memo: dict[str, Mapping[int, set[int]]]) -> set[int] | None:
    """With a ticked risk type: the passing sources narrowed to `allowed` pages none of
    which holds the page query (sources not in `allowed` are not narrowed, never dropped),
    decided by the positional index in one query per language, as `index_verdicts`. None
    when it cannot say exactly; then each source is decided on its pages
    (PageRanker.decide). `allowed_rows`: the positional index's rows of the allowed pages
    (sequences.rowid); `memo` as in index_verdicts."""
    if conc.unsequenced():
        return None
    by_lang: dict[str, list[int]] = {}
    keys: dict[str, str] = {}
    for f in passing:
        if f.source_id not in allowed:
            continue
        key = keys.get(f.language)
        if key is None:
            key = keys[f.language] = lang_key(f.language)
        by_lang.setdefault(key, []).append(f.source_id)
    dropped: set[int] = set()
    for lang, sids in by_lang.items():
        tree = compiled.pages(lang)
        if tree is None:  # nothing for pages to match in this language: tier 1 decided
            continue
        match = sequences.tree_match(tree, lang)
        if match is None:
            return None
        found = memo.get(match)
        if found is not None:  # a lone phrase: its pages are known already
            empty: set[int] = set()
            dropped.update(sid for sid in sids
                           if found.get(sid, empty).isdisjoint(allowed[sid]))
        else:  # the matching rows among the allowed ones, as sets (no loop per page)
            bits = sequences.PAGE_BITS
            holding = {row >> bits for row in conc.sequence_rows(match) & allowed_rows()}
            dropped.update(sid for sid in sids if sid not in holding)
    return dropped


class Verdicts:
    def __init__(self, ranker: PageRanker, store: TextStore, matched: Sequence[int],
                 title_holds: Callable[[int, str], bool]) -> None:
        self.ranker = ranker
        self.store = store
        self.matched = list(matched)
        self.title_holds = title_holds
        self.verdict: dict[int, bool] = {}
        self._titles: dict[int, tuple[str, str]] | None = None

    def holds(self, sid: int) -> bool:
        found = self.verdict.get(sid)
        if found is None:
            found = self.ranker.decide(sid)
            if not found:
                if self._titles is None:  # once, for every source: failures come in runs
                    self._titles = self.store.source_titles(self.matched)
                found = self.title_holds(sid, self._titles.get(sid, ("", ""))[0])
            self.verdict[sid] = found
        return found

    def maybe(self, sid: int) -> bool:
        """True unless decided against."""
        return self.verdict.get(sid, True)

    def decide(self, sids: Iterable[int]) -> None:
        for sid in sids:
            self.holds(sid)

    def fill(self, order: Sequence[int], n: int) -> list[int]:
        """The first `n` sources of `order` that hold the query, deciding as it goes."""
        out: list[int] = []
        for sid in order:
            if len(out) >= n:
                break
            if self.holds(sid):
                out.append(sid)
        return out
