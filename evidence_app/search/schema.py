"""Tier 1: the Whoosh schema (one document per source) and the document builder."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from whoosh import fields
from whoosh.codec.whoosh3 import W3Codec
from whoosh.system import pack_uint

from .analysis import EN, ES, analyse, whoosh_analyzer
from .api import IndexDocument

if TYPE_CHECKING:  # analysed -> sequences -> exact -> tree -> schema
    from .index.analysed import AnalysedSource

# Bump when the schema, the analyzers or the concordance layout change: an index written
# by another version is then reported unhealthy and rebuilt.
SCHEMA_VERSION = 4

TEXT = {EN: "text_en", ES: "text_es"}
TITLE = {EN: "title_en", ES: "title_es"}
TITLE_BOOST = 2.0


class SourceTerms:
    """A source body already analysed: term -> occurrences (see analysed.py)."""

    __slots__ = ("counts",)

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts


class BodyField(fields.TEXT):
    """The body of a source: takes `SourceTerms` instead of text, so the page analysis done
    once for both tiers is not repeated by Whoosh's analyzer. (Plain text still works, with
    the analyzer.) Frequencies only, no positions: tier 1 never runs a phrase query, tier 2
    checks word order on the page text."""

    def __init__(self, analyzer: Any) -> None:
        super().__init__(analyzer=analyzer, phrase=False)

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        if not isinstance(value, SourceTerms):
            yield from super().index(value, **kwargs)
            return
        boost = self.format.field_boost
        for term, n in value.counts.items():
            yield term.encode("utf-8"), n, n * boost, pack_uint(n)


class IndexCodec(W3Codec):  # type: ignore[misc]
    """Whoosh's own codec without per-block field-length statistics. Those serve only the
    block-skipping optimisation that searches turn off (results.py), and gathering them
    read a length back for every posting: a fifth of commit time."""

    length_stats = False

    def __init__(self) -> None:
        super().__init__(compression=0)


def index_schema() -> fields.Schema:
    en = whoosh_analyzer(EN)
    es = whoosh_analyzer(ES)
    return fields.Schema(
        id=fields.NUMERIC(int, bits=64, stored=True, unique=True, signed=True),
        text_en=BodyField(en),
        text_es=BodyField(es),
        title_en=fields.TEXT(analyzer=en),
        title_es=fields.TEXT(analyzer=es),
        publisher=fields.TEXT(analyzer=en),
        # which analyzer the body went through: lets a query word that is a stop word
        # in one language stay neutral for that language's sources
        lang=fields.ID(),
        countries=fields.KEYWORD(stored=True, lowercase=True, commas=True, scorable=False),
        risks=fields.KEYWORD(stored=True, lowercase=True, commas=True, scorable=False),
        kind=fields.ID(stored=True),
        language=fields.ID(stored=True),
        year=fields.NUMERIC(int, stored=True),
        published=fields.ID(stored=True, sortable=True),
    )


def year_of(published: str) -> int | None:
    head = (published or "")[:4]
    return int(head) if len(head) == 4 and head.isdigit() else None


def whoosh_fields(doc: IndexDocument, analysed: AnalysedSource) -> dict[str, Any]:
    """The field values Whoosh stores and indexes for one source."""
    key = analysed.lang
    counts = analysed.counts()
    # the title's words count in the body too, TITLE_BOOST times each: a plain word then
    # searches one field (see tree._all_of)
    for term in analyse(doc.title or "", key):
        counts[term] = counts.get(term, 0) + int(TITLE_BOOST)
    values: dict[str, Any] = {
        "id": doc.source_id,
        TEXT[key]: SourceTerms(counts) if counts else "",
        TITLE[key]: doc.title or "",
        "publisher": " ".join(x for x in (doc.publisher, doc.author) if x),
        "lang": key,
        "countries": ",".join(c.strip().lower() for c in doc.countries if c.strip()),
        "risks": ",".join(r.strip().lower() for r in doc.risks if r.strip()),
        "kind": (doc.kind or "").strip().lower(),
        "language": (doc.language or "").strip().lower(),
        "published": (doc.published or "").strip(),
    }
    year = year_of(doc.published)
    if year is not None:
        values["year"] = year
    return {k: v for k, v in values.items() if not (isinstance(v, str) and v == "")}
