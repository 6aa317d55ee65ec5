"""A search's words on a page, found without analysing the page again.

Analysing a page at query time (cutting every word and stemming it) was most of a
search's time: Spanish stemming alone cost 50 µs a new word. The concordance knows every
surface form met at import and its term, so the words of a query become one regex of
their surface forms; a hit's position among the page's indexed tokens (what phrases and
proximity count in) comes from the words between two hits, of which only stop words need
recognising and only as many as a proximity clause can span.

The answer is the same as analysing the page (a test compares them): a form is a token
exactly as written, and the lookarounds make a match a whole token as WORD_RE cuts them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .analysis import INDEXED, WORD_RE
from .tree import Node, Phrase, Terms, Word, leaf_terms, scoring_leaves

_WORD_CHAR = re.compile(r"\w").match
Hit = tuple[str, int, int, int]  # (term, position among indexed tokens, start, end)


@dataclass(frozen=True)
class PageWords:
    """The words of one search for the pages of one analyzer."""

    lang: str
    forms: Mapping[str, str]  # surface form -> term
    width: int  # widest span (in positions) a phrase or proximity clause checks
    # the forms in lower case, each once (`Rights`, `rights`, `RIGHTS`: `rights`), for one
    # search of a lowered page instead of one per form; None where lowering could change
    # a form's letters with their context (a Greek sigma)
    lowered: tuple[str, ...] | None = None

    @classmethod
    def of(cls, lang: str, forms: Mapping[str, str], width: int) -> PageWords:
        lowered: tuple[str, ...] | None = tuple(dict.fromkeys(f.lower() for f in forms))
        safe = all(len(low) == len(f) for f, low in zip(forms, map(str.lower, forms),
                                                         strict=True))
        if not safe or any(ch in f for f in forms for ch in "Σσς"):
            lowered = None
        return cls(lang, dict(forms), width, lowered)


def _whole_token(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole token as WORD_RE cuts them (not `gang` inside
    `nonviolence`-like words, `gang.org` or `x.gang`)?"""
    if start and (_WORD_CHAR(text, start - 1) or (
            start > 1 and text[start - 1] == "." and _WORD_CHAR(text, start - 2))):
        return False
    return not (_WORD_CHAR(text, end) or (
        text.startswith(".", end) and _WORD_CHAR(text, end + 1)))


# forms this short (`or`, `in`, `the`) are inside many words of a page: found by a regex
# that skips those (in C) instead of each one found and then rejected in Python
SHORT = 4


@lru_cache(maxsize=512)
def _standalone(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")


def _starts(form: str, text: str) -> list[int]:
    """Where `form` stands in `text` with no word character on either side (what
    _whole_token asks and more: no whole token is left out)."""
    return [m.start() for m in _standalone(form).finditer(text)]


def find_hits(text: str, words: PageWords) -> list[Hit]:
    """Every token of `text` whose term is one of the search's, with its position.

    Each surface form is looked for with str.find (a regex alternation of the forms was
    five times slower: a search reads hundreds of pages). Positions are exact up to
    `words.width`: counting the indexed tokens between two hits stops at `width` of them,
    which puts the next hit width + 1 positions on, already too far for any clause of the
    search (with width 0 no clause needs word order, and positions are not counted)."""
    found: list[tuple[int, str]] = []
    forms = words.forms
    low = text.lower() if words.lowered is not None else text
    if words.lowered is not None and len(low) == len(text):
        # each letter lowered to one letter: a form is at `at` in the text exactly when
        # its lower case is there in the lowered text and the text there is the form
        for key in words.lowered:
            n = len(key)
            if n <= SHORT:
                for at in _starts(key, low):
                    surface = text[at : at + n]
                    if surface in forms:
                        found.append((at, surface))
                continue
            at = low.find(key)
            while at >= 0:
                surface = text[at : at + n]
                if surface in forms:
                    found.append((at, surface))
                at = low.find(key, at + 1)
    else:
        for form in forms:
            if len(form) <= SHORT:
                found += [(at, form) for at in _starts(form, text)]
                continue
            at = text.find(form)
            while at >= 0:
                found.append((at, form))
                at = text.find(form, at + 1)
    if not found:
        return []
    found.sort()
    indexed = INDEXED[words.lang]
    cap = words.width
    finditer = WORD_RE.finditer
    out: list[Hit] = []
    pos = -1
    prev = -1
    for start, form in found:
        end = start + len(form)
        if start < prev or not _whole_token(text, start, end):
            continue
        gap = 0
        if cap and prev >= 0:
            for token in finditer(text, prev, start):
                if indexed(token.group()):
                    gap += 1
                    if gap >= cap:
                        break
        pos += gap + 1
        prev = end
        out.append((forms[form], pos, start, end))
    return out


def match_positions(
    items: Sequence[tuple[str, int]], terms: Sequence[str], slop: int
) -> list[tuple[int, int]]:
    """Index ranges (first, last) into `items` ((term, position), by position) where
    `terms` occur in order at consecutive positions (slop 1), or all within
    slop*(len-1) positions in any order (slop > 1: one range per word, so a highlight
    covers the words and not the text between them)."""
    k = len(terms)
    out: list[tuple[int, int]] = []
    if k == 0:
        return out
    if slop <= 1:
        first = terms[0]
        n = len(items)
        for i, (t, pos) in enumerate(items):
            if t == first and i + k <= n and all(
                items[i + m][0] == terms[m] and items[i + m][1] == pos + m for m in range(1, k)
            ):
                out.append((i, i + k - 1))
        return out
    wanted: dict[str, int] = {}
    for t in terms:
        wanted[t] = wanted.get(t, 0) + 1
    hits = [i for i, (t, _) in enumerate(items) if t in wanted]
    width = slop * (k - 1)
    have: dict[str, int] = {}
    satisfied = 0
    lo = 0
    for hi, idx in enumerate(hits):
        t, pos = items[idx]
        have[t] = have.get(t, 0) + 1
        if have[t] == wanted[t]:
            satisfied += 1
        # shrink from the left while the window still holds every term
        while satisfied == len(wanted):
            start = hits[lo]
            if pos - items[start][1] <= width:
                out += [(i, i) for i in hits[lo : hi + 1]]
            first_t = items[start][0]
            if have[first_t] == wanted[first_t]:
                satisfied -= 1
            have[first_t] -= 1
            lo += 1
    return sorted(set(out))


def hit_ranges(
    hits: Sequence[Hit], singles: set[str], sequences: Sequence[tuple[tuple[str, ...], int]]
) -> list[tuple[int, int]]:
    """Character ranges to highlight: hits of single words, and whole phrase matches."""
    out = [(a, b) for t, _, a, b in hits if t in singles]
    if sequences:
        items = [(t, p) for t, p, _, _ in hits]
        for terms, slop in sequences:
            out += [(hits[i][2], hits[j][3]) for i, j in match_positions(items, terms, slop)]
    return out


def spans_as_hits(spans: Sequence[tuple[str, int, int]]) -> list[Hit]:
    """`analyse_spans` output in the shape of `find_hits` (every token, dense positions)."""
    return [(t, i, a, b) for i, (t, a, b) in enumerate(spans)]


def sequence_matches(
    seq: Sequence[str], terms: Sequence[str], slop: int
) -> list[tuple[int, int]]:
    """`match_positions` over a whole analysed sequence of terms (positions = indexes)."""
    return match_positions([(t, i) for i, t in enumerate(seq)], terms, slop)


def highlight_parts(
    tree: Node | None, lang: str
) -> tuple[set[str], list[tuple[tuple[str, ...], int]]]:
    """What to highlight for a page query: single terms, and (terms, slop) sequences."""
    single: set[str] = set()
    sequences: list[tuple[tuple[str, ...], int]] = []
    for leaf in scoring_leaves(tree):
        terms = leaf_terms(leaf, lang)
        if isinstance(leaf, Terms) or len(terms) == 1:
            single.update(terms)
        else:
            sequences.append((terms, leaf.slop if isinstance(leaf, Phrase) else 1))
    return single, sequences


def width_of(leaf: Node, lang: str) -> int:
    """How many positions a leaf's word-order check spans (0: none needed)."""
    if isinstance(leaf, Word | Phrase):
        k = len(leaf.terms(lang))
        return (leaf.slop if isinstance(leaf, Phrase) else 1) * max(k - 1, 0)
    return 0


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
