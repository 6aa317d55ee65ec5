"""Tier 1 scored without Whoosh's matcher tree: the same BM25F numbers, read per block.

`searcher.search(q, limit=None)` walks every matching source through a tree of Python
matchers (IntersectionMatcher, UnionMatcher, the leaf's `id()`, `weight()`, `score()`,
`next()`: several calls a posting). On the real library a phrase of common words matches
1,300-1,600 of 1,748 reports and that walk was about 45% of a search. Here each term's
postings are read a block at a time (ids and weights as arrays), scored with the same
scorer Whoosh would use (`searcher.weighting.scorer`, so CachedBM25F's lengths, the same
idf and average length from the top searcher), and combined as sets: AND sums the scores
of documents in every part, OR sums what matched, AndMaybe adds the optional part where it
matched, Require keeps the first part's scores. Other leaves (prefix, ranges, metadata
terms that are not scored with BM25F) are walked with Whoosh's own matcher; a query with
NOT, or anything this does not know, returns None and the caller asks Whoosh.

Scores equal Whoosh's up to the order of additions (floating point; a test compares them),
and the order is Whoosh's: score descending, then document number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whoosh import query as wq
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25FScorer

from .scoring import CachedBM25F

Scores = dict[int, float]


class _Unsupported(Exception):
    pass


def score_all(searcher: Any, q: wq.Query) -> list[tuple[int, float]] | None:
    """Every document matching `q` with its score, best first (ties by document number),
    as `searcher.search(q, limit=None, optimize=False).items()` gives them; None when the
    query holds a part this module does not evaluate (then ask Whoosh)."""
    if _has_not(q):
        return None
    total: Scores = {}
    try:
        for sub, offset in searcher.leaf_searchers():
            for doc, score in _eval(sub, q).items():
                total[doc + offset] = score
    except _Unsupported:
        return None
    return sorted(total.items(), key=lambda item: (-item[1], item[0]))


def _has_not(q: wq.Query) -> bool:
    if isinstance(q, wq.Not | wq.AndNot | wq.Otherwise):
        return True
    return any(_has_not(c) for c in q.children())


def _eval(sub: Any, q: wq.Query) -> Scores:
    if q is wq.NullQuery:
        return {}
    if type(q) is wq.Term:
        return _term(sub, q)
    if type(q) is wq.And:
        return _and([_eval(sub, c) for c in q.subqueries], q.boost)
    if type(q) is wq.Or:
        if q.scale or q.minmatch:
            raise _Unsupported
        return _or([_eval(sub, c) for c in q.subqueries], q.boost)
    if type(q) is wq.AndMaybe:
        must, maybe = _eval(sub, q.a), _eval(sub, q.b)
        return _boost({d: s + maybe[d] if d in maybe else s for d, s in must.items()}, q.boost)
    if type(q) is wq.Require:
        must, required = _eval(sub, q.a), _eval(sub, q.b)
        return _boost({d: s for d, s in must.items() if d in required}, q.boost)
    if isinstance(q, wq.Prefix | wq.Wildcard | wq.NumericRange | wq.TermRange):
        return _walk(sub, q)
    raise _Unsupported


def _boost(scores: Scores, boost: float) -> Scores:
    return scores if boost == 1.0 else {d: s * boost for d, s in scores.items()}


def _and(parts: list[Scores], boost: float) -> Scores:
    if not parts:
        return {}
    smallest: Scores = min(parts, key=len)
    common = set(smallest).intersection(*parts)
    out = dict.fromkeys(common, 0.0)
    for part in parts:
        for d in common:
            out[d] += part[d]
    return _boost(out, boost)


def _or(parts: list[Scores], boost: float) -> Scores:
    out: Scores = {}
    for part in parts:
        for d, s in part.items():
            out[d] = out[d] + s if d in out else s
    return _boost(out, boost)


def _term(sub: Any, q: wq.Term) -> Scores:
    schema = sub.schema
    if q.fieldname not in schema:
        return {}
    try:
        text = schema[q.fieldname].to_bytes(q.text)
    except ValueError:
        return {}
    reader = sub.reader()
    weighting = sub.weighting
    if schema[q.fieldname].scorable and not reader.field_length(q.fieldname):
        return {}  # no such field in this segment (text_es in an English library)
    if isinstance(weighting, CachedBM25F) and schema[q.fieldname].scorable:
        # what BM25F.scorer builds, without its two more look-ups of the term
        try:
            m = reader.postings(q.fieldname, text)
        except TermNotFound:
            return {}
        m = getattr(m, "child", m)  # deleted documents: the caller keeps live ones only
        if hasattr(m, "_read_ids"):
            parent = sub.get_parent()
            return _bm25(m, parent.idf(q.fieldname, text),
                         parent.avg_field_length(q.fieldname) or 1,
                         weighting.b_of(q.fieldname), weighting.K1,
                         weighting.lengths(sub, q.fieldname), q.boost)
    if (q.fieldname, text) not in reader:
        return {}
    scorer = weighting.scorer(sub, q.fieldname, text)
    if not isinstance(scorer, BM25FScorer):
        return _walk(sub, q)
    m = reader.postings(q.fieldname, text)
    m = getattr(m, "child", m)  # deleted documents: the caller keeps live ones only
    if not hasattr(m, "_read_ids"):
        return _walk(sub, q)
    lengths = getattr(scorer.dfl, "__self__", None)  # CachedBM25F: a list's __getitem__
    if type(scorer) is not BM25FScorer or not isinstance(lengths, list):
        return _blocks(m, scorer._score, scorer.dfl, q.boost)
    return _bm25(m, scorer.idf, scorer.avgfl, scorer.B, scorer.K1, lengths, q.boost)


def _bm25(m: Any, idf: float, avgfl: float, b: float, k1: float, lengths: list[float],
          boost: float) -> Scores:
    """A leaf matcher's postings scored: whoosh.scoring.bm25 written out, the same
    operations in the same order."""
    k1_1, one_b = k1 + 1, 1 - b
    out: Scores = {}
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        if m._weights is None:
            m._read_weights()
        for d, w in zip(m._ids, m._weights, strict=True):
            out[d] = idf * ((w * k1_1) / (w + k1 * (one_b + b * lengths[d] / avgfl)))
        m._next_block()
    return out if boost == 1.0 else {d: s * boost for d, s in out.items()}


def _blocks(m: Any, score: Callable[[float, float], float], dfl: Callable[[int], float],
            boost: float) -> Scores:
    out: Scores = {}
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        if m._weights is None:
            m._read_weights()
        for d, w in zip(m._ids, m._weights, strict=True):
            out[d] = score(w, dfl(d))
        m._next_block()
    return out if boost == 1.0 else {d: s * boost for d, s in out.items()}


def _walk(sub: Any, q: wq.Query) -> Scores:
    """Whoosh's own matcher for a leaf, walked once."""
    m = q.matcher(sub)
    out: Scores = {}
    while m.is_active():
        out[m.id()] = m.score()
        m.next()
    return out
