"""From the text a person typed to a tier-1 Whoosh query and a tier-2 page query.

Whoosh's own parser reads the syntax (AND/OR/NOT, "phrases", "proximity"~5, field:value,
wildcards, grouping); it runs over a throw-away schema whose fields only split on spaces,
so each word reaches us as typed. We then analyse every word with both analyzers and build
both tiers from the same tree, which keeps them in step: a page matches at tier 2 only if
its source can match at tier 1. Phrases become an AND of their words at tier 1 (positions
are the expensive part there) and are verified on page text at tier 2.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from whoosh import fields, qparser
from whoosh import query as wq
from whoosh.analysis import LowercaseFilter, RegexTokenizer

from .analysis import EN, ES, en_stem, es_stem, fold, query_terms
from .tree import (
    And,
    AndMaybe,
    Meta,
    Node,
    Not,
    Or,
    Phrase,
    Terms,
    Word,
    for_pages,
    scoring_leaves,
    tier1_query,
)

MAX_QUERY_CHARS = 1000
MAX_WORDS = 64
MAX_EXPANSION = 32  # index terms a wildcard may stand for
MIN_PREFIX = 2  # letters before a wildcard
RELATED_WEIGHT = 0.8

_META_FIELDS = ("title", "publisher", "author", "country", "countries", "risk", "risks", "kind",
                "language", "lang", "year")
_FIELDS = ("q", "text", *_META_FIELDS)
_PUNCT = "\"'()[]{}.,;:!?¿¡"
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
_EMPTY_FIELD = re.compile(r"(?:^|[\s(])(" + "|".join(_FIELDS) + r"):(?=[\s)]|$)", re.IGNORECASE)


class QueryError(ValueError):
    """The query text cannot be searched; the message says why, in plain words."""


@dataclass(frozen=True)
class CompiledQuery:
    tier1: wq.Query | None  # None: no text (browse by filters)
    tree: Node | None = None
    surface: tuple[str, ...] = ()  # words as typed plus related words, for the reader

    def pages(self, lang: str) -> Node | None:
        """What the pages of a `lang` source must match; None: no page-level query (also
        when nothing would score a page, as in a lone NOT)."""
        node = None if self.tree is None else for_pages(self.tree, lang)
        return node if node is not None and scoring_leaves(node) else None


def _parser() -> qparser.QueryParser:
    raw = RegexTokenizer(r"\S+") | LowercaseFilter()
    schema = fields.Schema(**{name: fields.TEXT(analyzer=raw) for name in _FIELDS})
    parser = qparser.QueryParser("q", schema)
    return parser


_PARSER = _parser()


def clean_text(text: str) -> str:
    """Control, format (RTL marks, zero-width) and surrogate characters become spaces."""
    return "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") else ch for ch in text
    ).strip()


class Thesaurus:
    """Groups of related words (across English and Spanish), matched after analysis."""

    def __init__(self, groups: Sequence[tuple[str, ...]]) -> None:
        self.groups = [tuple(w for w in g if w.strip()) for g in groups]
        self._index: dict[tuple[str, ...], set[int]] = {}
        for i, group in enumerate(self.groups):
            for entry in group:
                for key in self._keys(entry):
                    self._index.setdefault(key, set()).add(i)

    @staticmethod
    def _keys(text: str) -> list[tuple[str, ...]]:
        """A word belongs to a group when it is spelled like an entry (accents and case
        aside) or stems like one under either analyzer ("trafficking" ~ "trafficker")."""
        keys: list[tuple[str, ...]] = [("=", " ".join(fold(text).split()))]
        for lang in (EN, ES):
            terms = query_terms(text, lang)
            if terms:
                keys.append((lang, *terms))
        return keys

    def related(self, text: str) -> list[str]:
        """The other words of every group `text` belongs to."""
        found: set[int] = set()
        for key in self._keys(text):
            found |= self._index.get(key, set())
        # an entry that analyses exactly like the word would only repeat it
        same = (query_terms(text, EN), query_terms(text, ES))
        out = []
        for i in sorted(found):
            out += [e for e in self.groups[i]
                    if (query_terms(e, EN), query_terms(e, ES)) != same]
        return list(dict.fromkeys(out))


@dataclass
class _Compiler:
    expand_prefix: Callable[[str, int], list[str]]
    thesaurus: Thesaurus | None
    words: int = 0
    surface: list[str] = field(default_factory=list)

    def compile(self, q: wq.Query, negated: bool = False) -> Node:
        if isinstance(q, wq.And | wq.Or):
            kids = tuple(self.compile(s, negated) for s in q.subqueries)
            return And(kids) if isinstance(q, wq.And) else Or(kids)
        if isinstance(q, wq.Not):
            return Not(self.compile(q.query, not negated))
        if isinstance(q, wq.AndNot):
            return And((self.compile(q.a, negated), Not(self.compile(q.b, not negated))))
        if isinstance(q, wq.AndMaybe):
            return AndMaybe(self.compile(q.a, negated), self.compile(q.b, negated))
        if isinstance(q, wq.Every):
            raise QueryError("a lone * would match everything: put at least two letters before it")
        if isinstance(q, wq.Phrase):
            return self._phrase(q.fieldname, list(q.words), q.slop, q.boost, negated)
        if isinstance(q, wq.Prefix):
            return self._wildcard(q.fieldname, f"{q.text}*", q.boost, negated)
        if isinstance(q, wq.Wildcard):
            return self._wildcard(q.fieldname, str(q.text), q.boost, negated)
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, str(q.text), q.boost, negated)
        if isinstance(q, wq.TermRange | wq.NumericRange):
            return self._range(q)
        if q is wq.NullQuery:
            return And(())
        raise QueryError(f"this kind of query is not supported: {type(q).__name__}")

    def _count(self) -> None:
        self.words += 1
        if self.words > MAX_WORDS:
            raise QueryError(f"the query has too many words (at most {MAX_WORDS})")

    def _term(self, fname: str, text: str, boost: float, negated: bool) -> Node:
        self._count()
        if fname not in ("q", "text", "title"):
            return Meta(self._meta(fname, text))
        word = make_word(text, boost, body=fname != "title", title=fname != "text")
        return word if negated or fname == "title" else self._related(word)

    def _phrase(self, fname: str, words: list[str], slop: int, boost: float,
                negated: bool) -> Node:
        self._count()
        text = " ".join(words)
        if fname not in ("q", "text", "title"):
            return Meta(self._meta(fname, text))
        body, title = fname != "title", fname != "text"
        phrase = Phrase(tuple(make_word(w) for w in words), max(int(slop), 1), boost, text,
                        body, title)
        return phrase if negated or fname == "title" else self._related(phrase)

    def _related(self, node: Word | Phrase) -> Node:
        """Record the words for the reader; with a thesaurus, OR in the related words."""
        self.surface.append(node.surface.strip(_PUNCT))
        others = self.thesaurus.related(node.surface) if self.thesaurus else []
        if not others:
            return node
        alts: list[Node] = [node]
        for other in others:
            self.surface.append(other)
            parts = other.split()
            if len(parts) == 1:
                alts.append(make_word(other, node.weight * RELATED_WEIGHT, title=node.title))
            else:
                alts.append(Phrase(tuple(make_word(w) for w in parts), 1,
                                   node.weight * RELATED_WEIGHT, other, True, node.title))
        return Or(tuple(alts))

    def _wildcard(self, fname: str, text: str, boost: float, negated: bool) -> Node:
        self._count()
        pattern = fold(text)
        cut = min((i for i, ch in enumerate(pattern) if ch in "*?"), default=len(pattern))
        prefix = pattern[:cut]
        if len(prefix) < MIN_PREFIX:
            raise QueryError(
                f"'{text}': put at least {MIN_PREFIX} letters before * or ? (a wildcard at the "
                "start of a word would be too slow)"
            )
        if fname not in ("q", "text", "title"):
            raise QueryError(f"'{fname}:{text}': wildcards work only on words of the text")
        # the index holds stems: "violence*" must also reach the stem "violenc"
        stems = [s for s in (en_stem(prefix), es_stem(prefix))
                 if len(s) >= MIN_PREFIX and prefix.startswith(s)]
        start = min([prefix, *stems], key=len)
        found = self.expand_prefix(start, 4000)
        if start == prefix:
            regex = re.compile("".join(
                ".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern
            ))
            found = [t for t in found if regex.fullmatch(t)]
        node = Terms(tuple(found[:MAX_EXPANSION]), start if fname != "text" else "", boost,
                     body=fname != "title")
        if not negated and node.body:
            self.surface.append(text.strip(_PUNCT))
        return node

    def _meta(self, fname: str, text: str) -> wq.Query:
        value = text.strip().lower()
        if fname in ("publisher", "author"):
            terms = query_terms(text, EN)
            return wq.And([wq.Term("publisher", t) for t in terms]) if terms else wq.NullQuery
        if fname in ("country", "countries"):
            return wq.Term("countries", value)
        if fname in ("risk", "risks"):
            return wq.Term("risks", value)
        if fname == "kind":
            return wq.Term("kind", value)
        if fname in ("language", "lang"):
            return wq.Term("language", value)
        if fname == "year":
            year = _year(text)
            return wq.NumericRange("year", year, year)
        raise QueryError(f"unknown field '{fname}:'")

    def _range(self, q: wq.Query) -> Node:
        self._count()
        if q.field() != "year":
            raise QueryError("ranges [a TO b] work only on year, e.g. year:[2019 TO 2023]")
        start, end = getattr(q, "start", None), getattr(q, "end", None)
        lo = _year(str(start)) if start not in (None, "") else None
        hi = _year(str(end)) if end not in (None, "") else None
        return Meta(wq.NumericRange("year", lo, hi))


def _year(text: str) -> int:
    text = text.strip()
    if not (len(text) == 4 and text.isdigit()):
        raise QueryError(f"'{text}' is not a year (four digits, e.g. 2021)")
    return int(text)


def make_word(text: str, weight: float = 1.0, body: bool = True, title: bool = True) -> Word:
    return Word(tuple(query_terms(text, EN)), tuple(query_terms(text, ES)), weight, text,
                body, title)


def compile_query(
    text: str,
    expand_prefix: Callable[[str, int], list[str]],
    thesaurus: Thesaurus | None = None,
) -> CompiledQuery:
    """Parse and compile; raises QueryError with a readable message."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is too long (at most {MAX_QUERY_CHARS} characters)")
    cleaned = clean_text(text)
    if not cleaned:
        return CompiledQuery(None)
    empty = _EMPTY_FIELD.search(cleaned)
    if empty:
        raise QueryError(f"'{empty.group(1)}:' needs a value after the colon")
    words = cleaned.split()
    if words[-1] in _OPERATORS or words[0] in _OPERATORS - {"NOT"}:
        op = words[-1] if words[-1] in _OPERATORS else words[0]
        raise QueryError(f"'{op}' needs a word on both sides" if op != "NOT"
                         else "'NOT' needs a word after it")
    try:
        parsed = _PARSER.parse(cleaned)
    except Exception as exc:  # Whoosh's parser trips on some operator soups
        raise QueryError(
            "the query could not be read: check quotes, brackets and AND/OR/NOT"
        ) from exc
    compiler = _Compiler(expand_prefix, thesaurus)
    tree = compiler.compile(parsed)
    tier1 = tier1_query(tree)
    if tier1 is None:
        raise QueryError("the query has only very common words; add a more specific word")
    surface = tuple(dict.fromkeys(s.lower() for s in compiler.surface if s.strip()))
    return CompiledQuery(tier1, tree, surface)
