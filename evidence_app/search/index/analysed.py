"""A source analysed once, for both tiers.

Import used to analyse every page twice (Whoosh's analyzer for tier 1, `analyse` for the
concordance) and that analysis was a third of the index update. Now each page is cut and
stemmed once here; tier 1 receives the per-source term counts through a field that
accepts them ready-made (schema.BodyField) and tier 2 the per-page counts. The surface
forms seen (`Extorsión` -> `extorsion`) go to the concordance too, so that at query time
hits are found with one regex over a page instead of analysing it again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .. import pairs
from ..analysis import WORD_RE, lang_key, term_cache
from ..sequences import page_streams


@dataclass(frozen=True)
class AnalysedSource:
    source_id: int
    lang: str  # analyzer key, "en" or "es"
    lengths: list[tuple[int, int]]  # (page_no, indexed tokens), by page
    # term -> [page, count, page, count, ...] in page order: the concordance rows as they
    # are stored, without another copy
    postings: dict[str, list[int]]
    forms: dict[str, str]  # surface form as written -> term
    pairs: bytes = b""  # pairs.build's filter of adjacent terms per page
    # (page_no, keys, terms) per page: the rows of the positional table (sequences.py)
    streams: tuple[tuple[int, str, str], ...] = ()

    def counts(self) -> dict[str, int]:
        """Occurrences of each term in the whole source (tier 1's term frequencies)."""
        return {t: sum(p[1::2]) for t, p in self.postings.items()}

    @property
    def tokens(self) -> int:
        return sum(n for _, n in self.lengths)


def merge_pages(pages: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """Pages sorted by number, one entry per number (texts of a repeated number joined)."""
    merged: dict[int, str] = {}
    for page_no, text in pages:
        merged[page_no] = merged[page_no] + "\n" + text if page_no in merged else text
    return sorted(merged.items())


def analyse_source(
    source_id: int, language: str, pages: Iterable[tuple[int, str]]
) -> AnalysedSource:
    key = lang_key(language)
    cache = term_cache(key)
    findall = WORD_RE.findall
    postings: dict[str, list[int]] = {}
    lengths: list[tuple[int, int]] = []
    surface: set[str] = set()
    sequences: list[tuple[int, list[str]]] = []
    streams: list[tuple[int, str, str]] = []
    setdefault = postings.setdefault
    for page_no, text in merge_pages(pages):
        tokens = findall(text)
        distinct = set(tokens)
        surface |= distinct
        terms = cache.page_terms(tokens, distinct)
        sequences.append((page_no, terms))
        streams.append((page_no, *page_streams(tokens, key)))
        lengths.append((page_no, len(terms)))
        for t, n in Counter(terms).items():
            setdefault(t, []).extend((page_no, n))
    known = cache.terms
    term = cache.term
    forms: dict[str, str] = {}
    for token in surface:
        found = known[token] if token in known else term(token)
        if found is not None:
            forms[token] = found
    bloom = pairs.build(sequences, {t: len(p) >> 1 for t, p in postings.items()})
    return AnalysedSource(source_id, key, lengths, postings, forms, bloom, tuple(streams))
