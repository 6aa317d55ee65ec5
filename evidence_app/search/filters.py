"""Facet filters (countries, risks, kinds, languages, date range) and facet counts.

Each filter exists twice, once as a Whoosh query AND-ed into the ranking query (so
Whoosh skips non-matching sources instead of scoring them), and once as a test on the
stored fields of a source, used to count facets. Facet counts follow the usual drill-down
rule: a facet's counts apply every filter except its own, so choosing "Honduras" does not
hide the other countries' counts. `total` is exact: the sources passing every filter.
Risk types are passage-level when the library's passage labels are given (PassageLabels):
the risk facet then counts labelled passages of the matching sources, not sources.

Dates: a source's `published` and the `since`/`until` bounds may be a year, a year-month or
a full date; they are compared on the shorter of the two, so a source published "2023"
is inside since=2023-05-01, and a source published 2023-05-10 is inside until=2023-05.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import chain
from operator import attrgetter

from whoosh import query as wq

from ..model import SearchQuery, Source
from .query import QueryError

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
FACETS = ("countries", "risks", "kinds", "languages", "years")


@dataclass(frozen=True)
class PassageLabels:
    """The library's passage labels (page_risks in SQLite): slug -> source -> pages.

    The risk filter and facet work on passages: a source passes a ticked risk type when
    any of its passages is labelled with it, its pages are narrowed to those, and the
    facet counts labelled passages. A source with no labels at all (not labelled yet, or
    nothing found) falls back on its source-level tags, all its pages counting."""

    pages: Mapping[str, Mapping[int, frozenset[int]]]
    labelled: frozenset[int]
    # {source: ((slug, labelled passages), ...) sorted}: the per-source passage count table
    # the risk facet sums, made once per label version instead of once per search
    per_source: Mapping[int, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    _allowed: dict[frozenset[str], dict[int, frozenset[int]]] = field(
        default_factory=dict, repr=False, compare=False)
    _rows: dict[frozenset[str], frozenset[int]] = field(
        default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, int, int]]) -> PassageLabels:
        """From (slug, source_id, page_no) rows."""
        found: dict[str, dict[int, set[int]]] = {}
        for slug, sid, page in rows:
            found.setdefault(slug, {}).setdefault(sid, set()).add(page)
        per_source: dict[int, list[tuple[str, int]]] = {}
        for slug, by in found.items():
            for sid, pages in by.items():
                per_source.setdefault(sid, []).append((slug, len(pages)))
        return cls({slug: {sid: frozenset(p) for sid, p in by.items()}
                    for slug, by in found.items()},
                   frozenset(per_source),
                   {sid: tuple(sorted(items)) for sid, items in per_source.items()})

    def counts(self, sid: int) -> dict[str, int]:
        """{slug: labelled passages} of one source."""
        if sid in self.per_source:
            return dict(self.per_source[sid])
        return {slug: len(by[sid]) for slug, by in self.pages.items() if sid in by}

    def allowed_all(self, slugs: Iterable[str]) -> Mapping[int, frozenset[int]]:
        """`allowed` for every labelled source of the library, made once per set of slugs
        (and label version: a new version is a new PassageLabels). Do not change it."""
        key = frozenset(slugs)
        found = self._allowed.get(key)
        if found is None:
            found = self._allowed[key] = self.allowed(self.labelled, key)
        return found

    def allowed_rows(self, slugs: Iterable[str],
                     rowid: Callable[[int, int], int | None]) -> frozenset[int]:
        """The `rowid(source, page)` of every page in `allowed_all(slugs)`, made once."""
        key = frozenset(slugs)
        found = self._rows.get(key)
        if found is None:
            rows = (rowid(sid, page) for sid, pages in self.allowed_all(key).items()
                    for page in pages)
            found = self._rows[key] = frozenset(r for r in rows if r is not None)
        return found

    def allowed(self, sids: Iterable[int], slugs: Iterable[str]) -> dict[int, frozenset[int]]:
        """{source: its pages labelled with any of `slugs`} for the labelled sources among
        `sids` (unlabelled ones are not narrowed)."""
        wanted = [self.pages.get(s, {}) for s in set(slugs)]
        out: dict[int, frozenset[int]] = {}
        for sid in sids:
            if sid in self.labelled:
                out[sid] = frozenset().union(*(by.get(sid, frozenset()) for by in wanted))
        return out

    def with_passages(
        self, facts: Iterable[SourceFacts], page_counts: Callable[[list[int]], dict[int, int]]
    ) -> list[SourceFacts]:
        """The facts with passage-level risks and counts (see the class docstring);
        `page_counts` gives the page count of unlabelled sources with risk tags."""
        facts = list(facts)
        bare = [f.source_id for f in facts if f.source_id not in self.labelled and f.risks]
        sizes = page_counts(bare) if bare else {}
        out = []
        for f in facts:
            if f.source_id in self.labelled:
                items = self.per_source.get(f.source_id)
                if items is None:
                    items = tuple(sorted(self.counts(f.source_id).items()))
            else:
                items = tuple(sorted(dict.fromkeys(f.risks,
                                                   sizes.get(f.source_id, 1)).items()))
            out.append(replace(f, risks=tuple(slug for slug, _ in items),
                               risk_passages=items))
        return out

    def label_all(
        self, facts: Mapping[int, SourceFacts],
        page_counts: Callable[[list[int]], dict[int, int]],
    ) -> dict[int, SourceFacts]:
        """`with_passages` over a whole {key: facts} mapping, keys kept: the search engine
        makes it once per label version and index state, not once per search."""
        keys = list(facts)
        return dict(zip(keys, self.with_passages([facts[k] for k in keys], page_counts),
                        strict=True))


@dataclass(frozen=True)
class SourceFacts:
    """The stored fields of one indexed source that filters and facets look at."""

    source_id: int
    countries: tuple[str, ...]  # lower case
    risks: tuple[str, ...]
    kind: str
    language: str
    published: str
    # (slug, passages labelled with it) when the risk facet counts passages
    risk_passages: tuple[tuple[str, int], ...] | None = None
    # what each facet of FACETS counts for this source (risks: with their weights), worked
    # out once when the facts are made, not once per search
    facet_countries: tuple[str, ...] = field(init=False, repr=False, compare=False, default=())
    facet_kinds: tuple[str, ...] = field(init=False, repr=False, compare=False, default=())
    facet_languages: tuple[str, ...] = field(init=False, repr=False, compare=False, default=())
    facet_years: tuple[str, ...] = field(init=False, repr=False, compare=False, default=())
    risk_weights: tuple[tuple[str, int], ...] = field(
        init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        year = self.year
        put = object.__setattr__
        put(self, "facet_countries", tuple(c.upper() for c in self.countries))
        put(self, "facet_kinds", (self.kind,) if self.kind else ())
        put(self, "facet_languages", (self.language,) if self.language else ())
        put(self, "facet_years", (year,) if year else ())
        put(self, "risk_weights", self.risk_passages if self.risk_passages is not None
            else tuple((r, 1) for r in self.risks))

    @property
    def year(self) -> str:
        head = self.published[:4]
        return head if len(head) == 4 and head.isdigit() else ""

    @classmethod
    def from_stored(cls, stored: dict[str, object]) -> SourceFacts:
        def split(name: str) -> tuple[str, ...]:
            return tuple(x for x in str(stored.get(name) or "").split(",") if x)

        return cls(
            int(stored["id"]),  # type: ignore[call-overload]
            split("countries"),
            split("risks"),
            str(stored.get("kind") or ""),
            str(stored.get("language") or ""),
            str(stored.get("published") or ""),
        )

    @classmethod
    def from_source(cls, source: Source) -> SourceFacts:
        """The facts of a source as the index stores them (schema.whoosh_fields): browsing
        filters and counts the library's sources with the same rules as a search."""
        def keys(values: Iterable[str]) -> tuple[str, ...]:
            return tuple(v.strip().lower() for v in values if v.strip())

        return cls(source.id, keys(source.countries), keys(source.risks),
                   source.kind.strip().lower(), source.language.strip().lower(),
                   source.published.strip())


def _lower(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in values if v.strip())


def _date(name: str, value: str) -> str:
    value = value.strip()
    if value and not _DATE.fullmatch(value):
        raise QueryError(f"'{name}' must be a date like 2021, 2021-06 or 2021-06-30")
    return value


@dataclass(frozen=True)
class Filters:
    countries: frozenset[str] = frozenset()
    risks: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    since: str = ""
    until: str = ""

    @classmethod
    def of(cls, q: SearchQuery) -> Filters:
        return cls(
            _lower(q.countries), _lower(q.risks), _lower(q.kinds), _lower(q.languages),
            _date("since", q.since), _date("until", q.until),
        )

    # ------------------------------------------------------------ Whoosh side
    def query(self) -> wq.Query | None:
        parts: list[wq.Query] = []
        for fname, values in (("countries", self.countries), ("risks", self.risks),
                              ("kind", self.kinds), ("language", self.languages)):
            if values:
                parts.append(wq.Or([wq.Term(fname, v) for v in sorted(values)]))
        if self.since:
            s = self.since
            alts: list[wq.Query] = [wq.TermRange("published", s, None)]
            alts += [wq.Term("published", s[:n]) for n in (4, 7) if len(s) > n]
            parts.append(wq.Or(alts))
        if self.until:
            u = self.until
            # "0" keeps sources without a date out; a prefix match keeps finer dates in
            parts.append(wq.Or([wq.TermRange("published", "0", u), wq.Prefix("published", u)]))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else wq.And(parts)

    # ------------------------------------------------------------ Python side
    def _dates_ok(self, published: str) -> bool:
        if not (self.since or self.until):
            return True
        if not published:
            return False
        if self.since:
            n = min(len(published), len(self.since))
            if published[:n] < self.since[:n]:
                return False
        if self.until:
            n = min(len(published), len(self.until))
            if published[:n] > self.until[:n]:
                return False
        return True

    @property
    def empty(self) -> bool:
        return not self.active()

    def active(self) -> list[str]:
        """The facets whose filter is set (the date range is "years")."""
        return [name for name, on in (
            ("countries", self.countries), ("risks", self.risks), ("kinds", self.kinds),
            ("languages", self.languages), ("years", self.since or self.until)) if on]

    def failed(self, f: SourceFacts) -> list[str]:
        """The facet filters `f` fails, in FACETS order (the date range is "years")."""
        out = []
        if self.countries and self.countries.isdisjoint(f.countries):
            out.append("countries")
        if self.risks and self.risks.isdisjoint(f.risks):
            out.append("risks")
        if self.kinds and f.kind not in self.kinds:
            out.append("kinds")
        if self.languages and f.language not in self.languages:
            out.append("languages")
        if (self.since or self.until) and not self._dates_ok(f.published):
            out.append("years")
        return out

    def passes(self, f: SourceFacts) -> dict[str, bool]:
        """Which facet filters `f` passes (the date range counts as part of "years")."""
        return {
            "countries": not self.countries or bool(self.countries.intersection(f.countries)),
            "risks": not self.risks or bool(self.risks.intersection(f.risks)),
            "kinds": not self.kinds or f.kind in self.kinds,
            "languages": not self.languages or f.language in self.languages,
            "years": self._dates_ok(f.published),
        }


# the values each facet counts, per source (SourceFacts), in FACETS order
_FACET_OF = tuple(attrgetter(name) for name in (
    "facet_countries", "risks", "facet_kinds", "facet_languages", "facet_years"))


@dataclass(frozen=True)
class FacetTotals:
    """The facet counts of every source of the library, kept with its facts: a search
    without filters that matches most of the library counts the sources it does not
    match and takes them away from these (a common phrase matches 1,300-1,600 of 1,748)."""

    every: tuple[SourceFacts, ...]
    counts: Mapping[str, Mapping[str, int]]

    @classmethod
    def of(cls, facts: Iterable[SourceFacts]) -> FacetTotals:
        every = tuple(facts)
        return cls(every, count_facets(list(every), Filters())[0])


def count_facets(
    facts: Iterable[SourceFacts], filters: Filters, totals: FacetTotals | None = None
) -> tuple[dict[str, dict[str, int]], list[SourceFacts]]:
    """Facet counts (drill-down) over the sources matching the text, and those passing all
    filters. A facet counts the sources passing every filter and those failing only its
    own; without filters every source counts everywhere (no filter is tested). `totals`:
    of a library the facts are all among (the same objects), for the shortcut."""
    facts = facts if isinstance(facts, list) else list(facts)
    active = filters.active()
    if len(active) <= 1 and totals is not None and 2 * len(facts) > len(totals.every):
        # the facet of the one filter (or every facet, without one) counts every matching
        # source: the library's totals less the sources not matching
        ids = {f.source_id for f in facts}
        whole = uncount_facets(totals.counts,
                               [f for f in totals.every if f.source_id not in ids])
        if not active:
            return whole, facts
        passing = [f for f in facts if not filters.failed(f)]
        out = _count(passing, [name for name in FACETS if name not in active])
        out.update({name: whole[name] for name in active})
        return {name: out[name] for name in FACETS}, passing
    if filters.empty:
        passing = facts
        groups = {name: facts for name in FACETS}
    else:
        passing = []
        only: dict[str, list[SourceFacts]] = {name: [] for name in FACETS}
        for f in facts:
            failed = filters.failed(f)
            if not failed:
                passing.append(f)
            elif len(failed) == 1:
                only[failed[0]].append(f)
        groups = {name: passing + only[name] if only[name] else passing for name in FACETS}
    counts: dict[str, dict[str, int]] = {}
    for name in FACETS:
        counts.update(_count(groups[name], [name]))
    return counts, passing


def _count(group: list[SourceFacts], names: Iterable[str]) -> dict[str, dict[str, int]]:
    """The named facets' counts over `group`, every source counting."""
    counts: dict[str, dict[str, int]] = {}
    for name in names:
        i = FACETS.index(name)
        if name == "risks":
            bucket: dict[str, int] = {}
            get = bucket.get
            for f in group:
                for v, n in f.risk_weights:
                    bucket[v] = get(v, 0) + n
            counts[name] = bucket
        else:
            counts[name] = dict(Counter(chain.from_iterable(map(_FACET_OF[i], group))))
    return counts


def uncount_facets(counts: Mapping[str, Mapping[str, int]], gone: Iterable[SourceFacts]
                   ) -> dict[str, dict[str, int]]:
    """`count_facets`' counts without sources that passed every filter (each counted in
    every facet): the counts of the sources left, values reaching 0 left out as there."""
    out = {name: dict(bucket) for name, bucket in counts.items()}
    gone = list(gone)
    for i, name in enumerate(FACETS):
        bucket = out[name]
        if name == "risks":
            taken: Iterable[tuple[str, int]] = (
                item for f in gone for item in f.risk_weights)
        else:
            taken = ((v, 1) for v in chain.from_iterable(map(_FACET_OF[i], gone)))
        for v, n in taken:
            left = bucket[v] - n
            if left:
                bucket[v] = left
            else:
                del bucket[v]
    return out
