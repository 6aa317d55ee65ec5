"""Suggest country and risk tags for a source from its text.

Each taxonomy becomes one compiled regex: the folded (lower-case, accent-free) names or
keywords arranged as a trie, so the engine tries the alternatives sharing a prefix once
and, because every optional continuation is greedy, the longest name at a position wins
("Guinea Ecuatorial" before "Guinea"). Matching scans left to right without overlap, so a
name that starts earlier swallows the ones inside it ("Papua New Guinea" never counts as
"Guinea"). The text is folded the same way, which makes matching case- and
accent-insensitive. Suggestions only nudge the person tagging, so the thresholds favour
precision over recall; the one country applied at import without asking is decided by the
stricter rules of country_evidence.py (the title, the address, the file name, or a text one
country clearly dominates), and the "Accept suggested tags" bulk action applies these.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from evidence_app.model import Country, RiskType, Suggestions, TagSuggestion

# Phrases that contain a country name without being about that country. They are matched
# like names but count for nobody, so the name inside them is consumed.
NOT_COUNTRIES = (
    "new mexico",
    "nuevo mexico",
    "gulf of mexico",
    "golfo de mexico",
    "new jersey",
    "new guinea",
    "nueva guinea",
    "gulf of guinea",
    "golfo de guinea",
    "guinea pig",
    "guinea pigs",
    "niger delta",
    "delta del niger",
    "niger river",
    "rio niger",
)

_COMBINING = re.compile(r"[\u0300-\u036f]+")
_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-",
                        "\u2011": "-", "\u00ad": ""})
_PUNCT_PAIRS = tuple((chr(k), v or "") for k, v in _PUNCT.items())
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case without accents, typographic apostrophes and hyphens made plain.

    NFKD also splits ligatures such as "ﬁ" that PDF text layers often contain.
    """
    if text.isascii():
        return text.lower()
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    # str.replace per character present, not str.translate: translate looks every
    # character up in a dict (0.5 ms a page, a third of auto-tagging at import)
    for old, new in _PUNCT_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text.lower()


class Matcher:
    """One compiled regex over a set of phrases, each mapped to the tags it counts for."""

    def __init__(self, phrases: dict[str, tuple[str, ...]]) -> None:
        self._tags = phrases
        trie: dict[str, dict] = {}
        for phrase in phrases:
            node = trie
            for ch in phrase:
                node = node.setdefault(ch, {})
            node[""] = {}
        body = _trie_regex(trie) if trie else r"(?!)"
        self._regex = re.compile(r"(?<!\w)" + body + r"(?!\w)")

    def count(self, folded: str, into: Counter[str]) -> None:
        """Add one to every tag of every phrase found in `folded` (already folded text)."""
        for _start, found in self.matches(folded):
            for tag in found:
                into[tag] += 1

    def matches(self, folded: str) -> Iterator[tuple[int, tuple[str, ...]]]:
        """(offset, tags) of every phrase found in `folded` (already folded text)."""
        tags = self._tags
        for match in self._regex.finditer(folded):
            phrase = match.group()
            yield match.start(), tags.get(phrase) or tags.get(_SPACE.sub(" ", phrase), ())


def _trie_regex(node: dict[str, dict]) -> str:
    """Regex for a trie node; optional continuations are greedy, so longest wins."""
    end = "" in node
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    if len(branches) == 1 and not end:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if end else "")


def _phrase(text: str) -> str:
    return " ".join(fold(text).split())


@lru_cache(maxsize=8)
def country_matcher(countries: tuple[Country, ...]) -> Matcher:
    """Matcher over country names; built once per distinct set of countries."""
    phrases: dict[str, tuple[str, ...]] = {}
    for country in countries:
        # A country without its own list (added by a user) is found by its display names.
        for name in country.names or (country.name_en, country.name_es):
            key = _phrase(name)
            if key and country.code not in phrases.get(key, ()):
                phrases[key] = (*phrases.get(key, ()), country.code)
    for blocker in NOT_COUNTRIES:
        phrases[_phrase(blocker)] = ()
    return Matcher(phrases)


@lru_cache(maxsize=8)
def risk_matcher(risks: tuple[RiskType, ...]) -> Matcher:
    """Matcher over the keywords of the visible risk types."""
    phrases: dict[str, tuple[str, ...]] = {}
    for risk in risks:
        if risk.hidden:
            continue
        for keyword in risk.keywords:
            key = _phrase(keyword)
            if key and risk.slug not in phrases.get(key, ()):
                phrases[key] = (*phrases.get(key, ()), risk.slug)
    return Matcher(phrases)


def suggest_tags(
    texts: Iterable[str],
    countries: Sequence[Country],
    risks: Sequence[RiskType],
    *,
    min_country_hits: int = 3,
    max_items: int = 5,
    min_risk_hits: int = 2,
    min_share: float = 0.1,
) -> Suggestions:
    """Countries and risk types the texts (e.g. the pages of a source) are most about.

    A tag is kept when it has at least the minimum number of hits and at least `min_share`
    of the hits of the best tag of its kind, so a report on Honduras that mentions Mexico
    twice suggests Honduras only. At most `max_items` of each kind, best first.
    """
    by_country: Counter[str] = Counter()
    by_risk: Counter[str] = Counter()
    cmatch = country_matcher(tuple(countries))
    rmatch = risk_matcher(tuple(risks))
    for text in texts:
        folded = fold(text)
        cmatch.count(folded, by_country)
        rmatch.count(folded, by_risk)
    return Suggestions(
        countries=_best(by_country, min_country_hits, min_share, max_items),
        risks=_best(by_risk, min_risk_hits, min_share, max_items),
    )


def risks_in_quote(quote: str, risks: Sequence[RiskType]) -> tuple[str, ...]:
    """Risk types whose keywords (English or Spanish) occur in one quote, in taxonomy
    order; () when none does. An excerpt takes these by default, not all of its source's
    risk types: a quote about extortion is evidence of gang violence, not of everything
    the report covers."""
    found: Counter[str] = Counter()
    risk_matcher(tuple(risks)).count(fold(quote), found)
    return tuple(risk.slug for risk in risks if found[risk.slug])


def _best(
    counts: Counter[str], min_hits: int, min_share: float, max_items: int
) -> tuple[TagSuggestion, ...]:
    if not counts:
        return ()
    floor = max(min_hits, max(counts.values()) * min_share)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(
        TagSuggestion(code=code, score=float(n)) for code, n in ranked[:max_items] if n >= floor
    )
