"""Is an exhibit's source out of date, and is there a newer one of the same series?

Courts discount old country reports. A source is "old" when published N years or more
before today; a source of a series the library knows (`Source.series`) is also flagged when a
newer edition of it is in the library. A newer edition is the later edition of the same
series or, for sources in no series, a library source from the same publisher whose title,
with years and country names taken out, reads the same (≥ 0.85 similar), that is about
the same country (named in the title, or tagged), and that was published later:
"2022 Country Reports on Human Rights Practices: Guatemala" finds the 2024 Guatemala
report, never the 2024 Honduras one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from difflib import SequenceMatcher

from ..model import Source
from ..model.cases import CurrencyWarning, Exhibit

_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_NON_WORD = re.compile(r"[\W_]+")
SIMILARITY = 0.85


class CountryNames:
    """Finds country names (English or Spanish) in titles."""

    def __init__(self, names: Mapping[str, Sequence[str]]) -> None:
        self._code: dict[str, str] = {}
        for code, values in names.items():
            for name in values:
                if len(name) > 3:
                    self._code.setdefault(name.casefold(), code)
        alternatives = sorted(self._code, key=len, reverse=True)
        self._pattern = (
            re.compile(r"\b(" + "|".join(re.escape(a) for a in alternatives) + r")\b")
            if alternatives else None
        )

    def split(self, title: str) -> tuple[str, frozenset[str]]:
        """(title without country names, codes of the countries it names)."""
        folded = title.casefold()
        if self._pattern is None:
            return folded, frozenset()
        codes = frozenset(self._code[m.group(1)] for m in self._pattern.finditer(folded))
        return self._pattern.sub(" ", folded), codes


def series_key(title: str, countries: CountryNames | None = None) -> str:
    """The title with years, country names and punctuation removed, lower case."""
    text = countries.split(title)[0] if countries else title.casefold()
    return " ".join(_NON_WORD.sub(" ", _YEAR.sub(" ", text)).split())


def publication_date(published: str) -> date | None:
    """Earliest day the ISO date, year-month or year could mean."""
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def age_in_years(published: str, today: date) -> int | None:
    start = publication_date(published)
    if start is None:
        return None
    years = today.year - start.year
    if (today.month, today.day) < (start.month, start.day):
        years -= 1
    return years


def _same_publisher(a: Source, b: Source) -> bool:
    return bool(a.publisher.strip()) and a.publisher.casefold().strip() == b.publisher.casefold(
    ).strip()


def _same_countries(a: Source, b: Source, countries: CountryNames) -> bool:
    named_a, named_b = countries.split(a.title)[1], countries.split(b.title)[1]
    if (named_a or named_b) and named_a != named_b:
        return False
    if not a.countries or not b.countries:
        return True
    return bool(set(a.countries) & set(b.countries))


def newer_edition(
    source: Source, library: Sequence[Source], countries: CountryNames
) -> Source | None:
    """The newest library source of the same series published after `source`. A source
    whose series the library knows (the starter's "us-dos-hrr:HN") is compared only with
    its series, by edition; others by publisher, country and title as below."""
    if source.series:
        later = [o for o in library if o.series == source.series and o.id != source.id
                 and (o.edition, o.published) > (source.edition, source.published)]
        return max(later, key=lambda o: (o.edition, o.published)) if later else None
    own_date = publication_date(source.published)
    if own_date is None:
        return None
    key = series_key(source.title, countries)
    best: tuple[date, Source] | None = None
    for other in library:
        if other.id == source.id or not _same_publisher(source, other):
            continue
        other_date = publication_date(other.published)
        if other_date is None or other_date <= own_date:
            continue
        if not _same_countries(source, other, countries):
            continue
        if SequenceMatcher(None, key, series_key(other.title, countries)).ratio() < SIMILARITY:
            continue
        if best is None or other_date > best[0]:
            best = (other_date, other)
    return best[1] if best else None


def currency_warnings(
    exhibits: Sequence[Exhibit],
    sources: dict[int, Source],
    library: Sequence[Source],
    today: date,
    country_names: Mapping[str, Sequence[str]],
    years: int = 3,
) -> list[CurrencyWarning]:
    """`country_names`: code -> names of the country, to recognise them in titles."""
    countries = CountryNames(country_names)
    warnings = []
    for exhibit in exhibits:
        source = sources[exhibit.source_id]
        age = age_in_years(source.published, today)
        if age is None:
            continue
        # A source of a known series warns as soon as a newer edition is here, however young.
        newer = newer_edition(source, library, countries)
        if age < years and not (source.series and newer is not None):
            continue
        warnings.append(
            CurrencyWarning(
                exhibit_id=exhibit.id,
                label=exhibit.label,
                source_id=source.id,
                published=source.published,
                age_years=age,
                newer_source_id=newer.id if newer else None,
                newer_title=newer.title if newer else "",
                newer_published=newer.published if newer else "",
            )
        )
    return warnings
