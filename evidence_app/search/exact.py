"""Exact word order: what a quoted phrase means on a page.

A phrase matches a page when the page's words, read as the analyzer cuts them (punctuation
and case aside, accents folded, each word stemmed as the index stems it), hold the phrase's
words consecutively, stop words included: `"respectively for the"` matches `respectively,
for the` but not `respectively, for their`, and `"years in prison"` not `years of prison`.
Stop words and one-letter words are not indexed, so they are compared as folded words
("keys" below); indexed words by their index term. A multi-token word (`covid-19`) is a
phrase of its tokens. Proximity (`"a b"~5`) keeps counting indexed words only.

The index (postings, pair filter, hit positions) narrows the candidate pages; the answer
on a candidate comes from its text here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from .analysis import WORD_RE, fold, token_term
from .tree import Node, Phrase, Word, all_leaves

STOP_MARK = "\x00"  # keys of words the index leaves out cannot equal an index term


_KEYS: dict[str, dict[str, str]] = {}
_KEYS_LIMIT = 200_000


def token_key(token: str, lang: str) -> str:
    """The key of one token as WORD_RE cut it: its index term, or its folded form."""
    cache = _KEYS.setdefault(lang, {})
    key = cache.get(token)
    if key is None:
        term = token_term(token, lang)
        key = term if term is not None else STOP_MARK + fold(token)
        if len(cache) >= _KEYS_LIMIT:
            cache.clear()
        cache[token] = key
    return key


@lru_cache(maxsize=4096)
def _keys_of(surfaces: tuple[str, ...], lang: str) -> tuple[str, ...]:
    return tuple(token_key(tok, lang) for s in surfaces for tok in WORD_RE.findall(s))


def sequence_keys(leaf: Node, lang: str) -> tuple[str, ...]:
    """The keys a page must hold consecutively for `leaf`; () when the leaf asks for no
    exact word order (a plain word, a proximity clause, a wildcard)."""
    if isinstance(leaf, Phrase) and leaf.slop <= 1:
        keys = _keys_of(tuple(w.surface for w in leaf.words), lang)
    elif isinstance(leaf, Word):
        keys = _keys_of((leaf.surface,), lang)
    else:
        return ()
    return keys if len(keys) > 1 else ()


def needs_order(leaf: Node, lang: str) -> bool:
    """Does the leaf need its words in order on a page (checked on the page's text)?"""
    return bool(sequence_keys(leaf, lang))


def needs_text(tree: Node | None, lang: str) -> bool:
    """Does any part of a page query need word order or proximity, which only the text of a
    page can decide?"""
    for leaf in all_leaves(tree):
        if isinstance(leaf, Phrase) and leaf.slop > 1 and len(leaf.terms(lang)) > 1:
            return True
        if needs_order(leaf, lang):
            return True
    return False


def _tokens(text: str, lang: str) -> list[str]:
    cache = _KEYS.setdefault(lang, {})
    return [cache.get(t) or token_key(t, lang) for t in WORD_RE.findall(text)]


_WORD_CHAR = re.compile(r"\w").match


def _inside_token(text: str, at: int) -> bool:
    """Does a token of WORD_RE go on before `at` (a word character, or `x.` before it)?"""
    if not at:
        return False
    if _WORD_CHAR(text, at - 1):
        return True
    return text[at - 1] == "." and at > 1 and bool(_WORD_CHAR(text, at - 2))


_ANY_TOKEN = r"\w+(?:\.\w+)*+"


def phrase_regex(keys: Sequence[str], forms: Mapping[str, str]) -> re.Pattern[str] | None:
    """A regex for the places where `keys` may stand: each index term as one of its surface
    forms met at import (`forms`: form -> term), each stop word as any one token, tokens
    apart by non-word characters only (every word character is inside some token). None
    when a term has no form in the library (then no page holds the phrase)."""
    by_term: dict[str, list[str]] = {}
    for form, term in forms.items():
        by_term.setdefault(term, []).append(form)
    parts = []
    for key in keys:
        if key.startswith(STOP_MARK):
            parts.append(_ANY_TOKEN)
            continue
        alts = by_term.get(key)
        if not alts:
            return None
        alts.sort(key=len, reverse=True)
        parts.append("(?:" + "|".join(re.escape(f) for f in alts) + r")(?!\w)(?!\.\w)")
    # no lookbehind in front: a pattern that starts with its words lets the regex engine
    # skip ahead by their first letters (find_sequence checks the start is a token's)
    return re.compile(r"\W+".join(parts))


def find_sequence(text: str, regex: re.Pattern[str], keys: Sequence[str], lang: str) -> bool:
    """Does `text` hold `keys` consecutively? The regex finds where they may; the tokens
    found there decide (a stop word in the regex matched any token)."""
    want = list(keys)
    exact = all(not k.startswith(STOP_MARK) for k in want)
    search = regex.search
    at = 0
    while True:
        m = search(text, at)
        if m is None:
            return False
        start = m.start()
        if not _inside_token(text, start) and (exact or _tokens(m.group(), lang) == want):
            return True
        at = start + 1
