"""Text analysis shared by tier 1 (Whoosh) and tier 2 (page concordance, phrases, snippets).

Both tiers must turn text into exactly the same terms, or pages found by one tier would be
missed by the other. The Whoosh analyzers below are built from the same pieces as the fast
pure-Python path (`analyse_spans`), which skips Whoosh's token objects because it runs on
every page at import and on candidate pages at query time (a test checks they agree).

Order of filters: lower case -> accent folding -> stop words -> stemmer. Folding before the
stemmer makes `extorsion` and `extorsión` identical before stemming, so accents can never
split a word from itself; the Spanish stemmer keys on a few accented suffixes, which
`_reaccent` restores so that `deportacion` still stems like `deportación`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from whoosh.analysis import (
    STOP_WORDS,
    CharsetFilter,
    CompositeAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import stopwords_for_language
from whoosh.lang.porter import stem as porter_stem
from whoosh.lang.snowball.spanish import SpanishStemmer
from whoosh.support.charset import accent_map

# Tokens are runs of word characters, joined by single dots (`U.S`, `gang.org`). The
# possessive `*+` matches the same tokens as `(?:\.?\w+)*` without the backtracking: a third
# faster, and tokenising is a third of analysis.
WORD_PATTERN = r"\w+(?:\.\w+)*+"
WORD_RE = re.compile(WORD_PATTERN)
MIN_WORD = 2  # shorter tokens are dropped, like Whoosh's StopFilter(minsize=2)

EN = "en"
ES = "es"
LANGS = (EN, ES)

# Spanish snowball stop words that are content words in human-rights reporting
# ("el Estado", "Estados Unidos", "en sentido amplio").
_ES_KEEP = {
    "estado", "estados", "estada", "estadas", "sentid", "sentido", "sentidos", "sentida",
    "sentidas", "siente", "sintiendo",
}


def fold(word: str) -> str:
    """Lower case and strip accents, as the analyzers do before stop words and stemming."""
    return word.lower().translate(accent_map)


EN_STOPS = frozenset(fold(w) for w in STOP_WORDS)
ES_STOPS = frozenset(fold(w) for w in stopwords_for_language("es") if w not in _ES_KEEP)

_SPANISH = SpanishStemmer()
_REACCENT = (("aciones", "aciones"), ("acion", "ación"), ("uciones", "uciones"),
             ("ucion", "ución"), ("logias", "logías"), ("logia", "logía"))


def _reaccent(word: str) -> str:
    for plain, accented in _REACCENT:
        if word.endswith(plain):
            return word[: len(word) - len(plain)] + accented
    return word


def en_stem(word: str) -> str:
    return porter_stem(word)


def es_stem(word: str) -> str:
    """Spanish snowball stem of an already folded word, folded again."""
    return fold(_SPANISH.stem(_reaccent(word)))


_STEMS: dict[str, Callable[[str], str]] = {EN: en_stem, ES: es_stem}
_STOPS: dict[str, frozenset[str]] = {EN: EN_STOPS, ES: ES_STOPS}


def lang_key(language: str) -> str:
    """The analyzer for a source's language code: Spanish or (everything else) English."""
    code = (language or "").strip().lower()
    return ES if code == "es" or code.startswith(("es-", "es_", "spa")) else EN


def whoosh_analyzer(key: str) -> CompositeAnalyzer:
    """The Whoosh analyzer for `key` ("en" or "es"); mirrors `analyse_spans`."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=_STOPS[key], minsize=MIN_WORD)
        | StemFilter(stemfn=_STEMS[key], cachesize=50000)
    )


@lru_cache(maxsize=200_000)
def _term_en(token: str) -> str | None:
    word = fold(token)
    if len(word) < MIN_WORD or word in EN_STOPS:
        return None
    return en_stem(word)


@lru_cache(maxsize=200_000)
def _term_es(token: str) -> str | None:
    word = fold(token)
    if len(word) < MIN_WORD or word in ES_STOPS:
        return None
    return es_stem(word)


_TERM: dict[str, Callable[[str], str | None]] = {EN: _term_en, ES: _term_es}


@lru_cache(maxsize=50_000)
def _indexed_en(token: str) -> bool:
    word = fold(token)
    return len(word) >= MIN_WORD and word not in EN_STOPS


@lru_cache(maxsize=50_000)
def _indexed_es(token: str) -> bool:
    word = fold(token)
    return len(word) >= MIN_WORD and word not in ES_STOPS


# "Does this token take a position?" needs no stemmer: cheap enough to run on the words
# between two hits at query time.
INDEXED: dict[str, Callable[[str], bool]] = {EN: _indexed_en, ES: _indexed_es}


def token_term(token: str, key: str) -> str | None:
    """The index term of one token as the tokenizer cut it, or None for a stop word."""
    return _TERM[key](token)


def term_function(key: str) -> Callable[[str], str | None]:
    """`token_term` for one analyzer, for loops that call it on every token."""
    return _TERM[key]


class TermCache:
    """token -> term (None for a stop word) for one analyzer, as a plain dict: a lookup
    costs a fifth of an lru_cache call, which matters at 500 tokens a page. Cleared when
    it grows past `limit` entries, which bounds memory on a library of many languages."""

    def __init__(self, key: str, limit: int = 400_000) -> None:
        # the function under the lru_cache: this dict is the cache, one is enough
        self.term: Callable[[str], str | None] = getattr(_TERM[key], "__wrapped__", _TERM[key])
        self.limit = limit
        self.terms: dict[str, str | None] = {}

    def page_terms(self, tokens: list[str], distinct: set[str]) -> list[str]:
        """The terms of a page's tokens, in order; `distinct` is set(tokens)."""
        terms = self.terms
        missing = distinct.difference(terms)
        if missing:
            if len(terms) + len(missing) > self.limit:
                terms.clear()
                missing = distinct
            term = self.term
            for token in missing:
                terms[token] = term(token)
        return list(filter(None, map(terms.__getitem__, tokens)))


_CACHES: dict[str, TermCache] = {}


def term_cache(key: str) -> TermCache:
    """The shared cache for analyzer `key` (import runs on one thread at a time)."""
    cache = _CACHES.get(key)
    if cache is None:
        cache = _CACHES[key] = TermCache(key)
    return cache


def analyse(text: str, key: str) -> list[str]:
    """The index terms of `text`, in order (stop words removed)."""
    return [t for t in map(_TERM[key], WORD_RE.findall(text)) if t is not None]


def analyse_spans(text: str, key: str) -> list[tuple[str, int, int]]:
    """(term, start, end) for each indexed token of `text`; offsets index `text`."""
    term = _TERM[key]
    out = []
    for match in WORD_RE.finditer(text):
        t = term(match.group())
        if t is not None:
            out.append((t, match.start(), match.end()))
    return out


def query_terms(word: str, key: str) -> list[str]:
    """The terms a query word stands for under analyzer `key` (several for `covid-19`)."""
    return analyse(word, key)


def find_terms(text: str, key: str, terms: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of the tokens of `text` whose term is in `terms`.

    Same answer as filtering `analyse_spans`, but much faster on long pages: the distinct
    surface forms are analysed once, then one compiled regex finds them. The lookarounds
    make a match a whole token as WORD_RE cuts them (`gang` not inside `gang.org`).
    """
    term = _TERM[key]
    forms = {w for w in set(WORD_RE.findall(text)) if term(w) in terms}
    if not forms:
        return []
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    regex = re.compile(rf"(?<!\w)(?<!\w\.)(?:{alts})(?!\w)(?!\.\w)")
    return [(m.start(), m.end()) for m in regex.finditer(text)]
