"""The compiled query: one language-neutral tree, read per analyzer by both tiers.

A word can be a stop word in one language and not the other ("son", "no"). For the sources
of a language where it vanishes, the word is removed from its parent (as if not typed),
rather than being true or false; so each tier reads the tree once per analyzer
(`to_whoosh`, `for_pages`) and drops what is empty in that language.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as wq

from .analysis import EN, LANGS
from .schema import TEXT, TITLE, TITLE_BOOST


@dataclass(frozen=True)
class Word:
    """One typed word: its index terms under each analyzer (several for `covid-19`)."""

    en: tuple[str, ...]
    es: tuple[str, ...]
    weight: float = 1.0
    surface: str = ""
    body: bool = True  # False for title:word
    title: bool = True

    def terms(self, lang: str) -> tuple[str, ...]:
        return self.en if lang == EN else self.es


@dataclass(frozen=True)
class Phrase:
    """Words in order (slop 1) or within `slop` positions of each other in any order."""

    words: tuple[Word, ...]
    slop: int = 1
    weight: float = 1.0
    surface: str = ""
    body: bool = True
    title: bool = True

    def terms(self, lang: str) -> tuple[str, ...]:
        return tuple(t for w in self.words for t in w.terms(lang))


@dataclass(frozen=True)
class Terms:
    """Any of a list of index terms (a wildcard, expanded against the concordance)."""

    terms: tuple[str, ...]
    title_prefix: str = ""  # titles are not in the concordance: Whoosh expands them itself
    weight: float = 1.0
    body: bool = True


@dataclass(frozen=True)
class Meta:
    """A clause on metadata (title:, country:, year:...): tier 1 only."""

    query: wq.Query


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class AndMaybe:
    """`must` decides the match; `maybe` only adds to the score."""

    must: Node
    maybe: Node


Node = Word | Phrase | Terms | Meta | And | Or | Not | AndMaybe
Leaf = Word | Phrase | Terms


# ---------------------------------------------------------------- tier 1
def _all_of(terms: tuple[str, ...], lang: str, body: bool, title: bool, boost: float) -> wq.Query:
    # The body field holds the title's terms too (schema.whoosh_fields), so a plain word
    # is one term query: a third of the matching work of body OR title, per segment.
    # The title field serves `title:` alone.
    field = TEXT[lang] if body else TITLE[lang]
    per_term: list[wq.Query] = [wq.Term(field, t, boost=boost) for t in terms]
    return per_term[0] if len(per_term) == 1 else wq.And(per_term)


def to_whoosh(node: Node, lang: str) -> wq.Query | None:
    """The tier-1 query for sources analysed with `lang`; None when nothing is left."""
    if isinstance(node, Word | Phrase):
        terms = node.terms(lang)
        if not terms or not (node.body or node.title):
            return None
        # phrases are an AND of their words here; tier 2 checks word order on the pages
        return _all_of(terms, lang, node.body, node.title, node.weight)
    if isinstance(node, Terms):
        alts: list[wq.Query] = []
        if node.body:
            alts += [wq.Term(TEXT[lang], t, boost=node.weight) for t in node.terms]
        if node.title_prefix:
            alts.append(wq.Prefix(TITLE[lang], node.title_prefix, boost=node.weight * TITLE_BOOST))
        return wq.Or(alts)
    if isinstance(node, Meta):
        return node.query
    if isinstance(node, And | Or):
        kids = [q for q in (to_whoosh(c, lang) for c in node.children) if q is not None]
        if not kids:
            return None
        if len(kids) == 1:
            return kids[0]
        return wq.And(kids) if isinstance(node, And) else wq.Or(kids)
    if isinstance(node, Not):
        inner = to_whoosh(node.child, lang)
        return None if inner is None else wq.Not(inner)
    must, maybe = to_whoosh(node.must, lang), to_whoosh(node.maybe, lang)
    if must is None or maybe is None:
        return must if maybe is None else maybe
    return wq.AndMaybe(must, maybe)


def _bound_to(q: wq.Query, fields: set[str]) -> bool:
    """Can `q` only match documents that have a term in one of `fields`?"""
    if isinstance(q, wq.And):
        return any(_bound_to(c, fields) for c in q.subqueries)
    if isinstance(q, wq.Or):
        return all(_bound_to(c, fields) for c in q.subqueries)
    if isinstance(q, wq.Not):
        return False
    if isinstance(q, wq.AndMaybe | wq.Require | wq.AndNot):
        return _bound_to(q.a, fields)
    return getattr(q, "fieldname", None) in fields


def tier1_query(node: Node) -> wq.Query | None:
    """Each language's reading of the tree, limited to that language's sources. The body
    and title fields exist per language, so a reading that needs one of their terms is
    limited already; only the others (metadata alone, a word that is a stop word in one
    language) are wrapped in a Require on the language, which costs a posting list."""
    parts = []
    for lang in LANGS:
        q = to_whoosh(node, lang)
        if q is None:
            continue
        parts.append(q if _bound_to(q, {TEXT[lang], TITLE[lang]})
                     else wq.Require(q, wq.Term("lang", lang)))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.Or(parts)


# ---------------------------------------------------------------- tier 2
def for_pages(node: Node, lang: str) -> Node | None:
    """The part of the tree that pages of a `lang` source can be checked against."""
    if isinstance(node, Word | Phrase):
        return node if node.body and node.terms(lang) else None
    if isinstance(node, Terms):
        return node if node.body else None
    if isinstance(node, Meta):
        return None
    if isinstance(node, And | Or):
        kids = tuple(k for k in (for_pages(c, lang) for c in node.children) if k is not None)
        if not kids:
            return None
        if len(kids) == 1 and not isinstance(kids[0], Not):
            return kids[0]
        return And(kids) if isinstance(node, And) else Or(kids)
    if isinstance(node, Not):
        inner = for_pages(node.child, lang)
        return None if inner is None else Not(inner)
    must, maybe = for_pages(node.must, lang), for_pages(node.maybe, lang)
    if must is None:
        return None  # "maybe" alone decides nothing about which pages match
    return must if maybe is None else AndMaybe(must, maybe)


def scoring_leaves(node: Node | None) -> list[Leaf]:
    """Leaves that add to a page's score: all but those under NOT."""
    if node is None or isinstance(node, Meta | Not):
        return []
    if isinstance(node, Word | Phrase | Terms):
        return [node]
    if isinstance(node, And | Or):
        return [leaf for c in node.children for leaf in scoring_leaves(c)]
    return scoring_leaves(node.must) + scoring_leaves(node.maybe)


def all_leaves(node: Node | None) -> list[Leaf]:
    if node is None or isinstance(node, Meta):
        return []
    if isinstance(node, Word | Phrase | Terms):
        return [node]
    if isinstance(node, And | Or):
        return [leaf for c in node.children for leaf in all_leaves(c)]
    if isinstance(node, Not):
        return all_leaves(node.child)
    return all_leaves(node.must) + all_leaves(node.maybe)


def all_nodes(node: Node) -> list[Node]:
    if isinstance(node, And | Or):
        return [node, *(x for c in node.children for x in all_nodes(c))]
    if isinstance(node, Not):
        return [node, *all_nodes(node.child)]
    if isinstance(node, AndMaybe):
        return [node, *all_nodes(node.must), *all_nodes(node.maybe)]
    return [node]


def leaf_terms(leaf: Leaf, lang: str) -> tuple[str, ...]:
    return leaf.terms if isinstance(leaf, Terms) else leaf.terms(lang)
