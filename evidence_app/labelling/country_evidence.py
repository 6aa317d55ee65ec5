"""The country a source is clearly about, decided at import without asking anyone.

A country is applied automatically (origin 'auto') only when the evidence is clear, whether
or not "apply suggested tags" is ticked: a wrong country tag hides a source from the
searches that need it, so anything less than clear stays a suggestion (`suggest`, the
metadata dialog). Clear means, in this order of strength:

- the canonical address names it (state.gov/reports/<year>-country-reports-on-human-rights-
  practices/<country>/ and the other known report addresses below);
- the title names exactly one country ("2023 Country Reports on Human Rights Practices:
  Honduras", "Access to Wikipedia restored in Turkey");
- the file name is a country's name (`honduras.html`, `2023/el-salvador.html`) or follows a
  known naming scheme (`statedept_hrr_2021_guatemala.txt`);
- with none of these, the text: one country named at least TEXT_MIN_HITS times and at least
  TEXT_RATIO times as often as the next one.

When the address, title and file name disagree, nothing is clear. Measured on the 1,748
State Department reports of 2016-2024 (/work/realbench/html), the starter reports and the
test corpus: see README ("Countries without clicks"). Reports speak of the country itself as
"the country" or "the government" and name neighbours often (the 2016 report on Greece
names Turkey 25 times and Greece 9; the one on Cyprus, Turkey 43 times and Cyprus 10), which
is why the text alone decides only rarely: on 170 of those reports with title, address and
file name ignored, at least 8 mentions and 5x the next country gave 58 right and none wrong
(3x: 80 right, Cyprus wrong); the other 112 stay suggestions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from ..model import Country, ExtractedDocument, RiskType
from .suggest import country_matcher, fold

TEXT_MIN_HITS = 8
TEXT_RATIO = 5.0
# The text is read only this far (about 100 pages): the country a document is about shows
# early, and counting names runs at ~1.2 MB/s, which a 1,000-page PDF must not pay at import.
TEXT_SCAN_CHARS = 300_000

# Report titles put the country after a colon: "…Human Rights Practices: Burma".
_AFTER_COLON = re.compile(r":\s*([^:]+)$")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# "China (includes Tibet, Hong Kong and Macau)" in a slug: china-includes-tibet-…
_INCLUDES = re.compile(r"\bincludes?\b.*$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOT_NAME = re.compile(r"[^a-z]+")
# Address paths whose segment right after a fixed part names the country.
_ADDRESS_PATTERNS = (
    # state.gov: country reports, religious freedom, trafficking in persons
    re.compile(r"state\.gov/reports/(?:19|20)\d\d-[a-z-]+/([a-z0-9_-]+)"),
    re.compile(r"hrw\.org/world-report/\d{4}/country-chapters/([a-z0-9_-]+)"),
    re.compile(r"amnesty\.org/[a-z]{2}/location/(?:[a-z-]+/)+report-([a-z0-9_-]+)"),
    re.compile(r"freedomhouse\.org/country/([a-z0-9_-]+)"),
    re.compile(r"refworld\.org/country/[a-z-]+/([a-z0-9_-]+)"),
)
# Spellings met in real report addresses and titles that the taxonomy's names lack.
_ALIASES = {
    "republicofkorea": "KR",
    "korearepublicof": "KR",
    "koreasouth": "KR",
    "koreanorth": "KP",
    "uraguay": "UY",  # sic, state.gov 2016-2018 addresses
    "kyrgyzrepublic": "KG",
    "micronesia": "FM",
    "laos": "LA",
    "russia": "RU",
    "syria": "SY",
    "iran": "IR",
    "vietnam": "VN",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "brunei": "BN",
    "taiwan": "TW",
}


@dataclass(frozen=True)
class CountryEvidence:
    """A clear country and why: "address", "title", "file_name" or "text"."""

    code: str
    reason: str


def clear_country(
    countries: Sequence[Country],
    *,
    title: str = "",
    url: str = "",
    file_name: str = "",
    texts: Iterable[str] = (),
) -> CountryEvidence | None:
    """The one country the evidence clearly names, or None (then it stays a suggestion).

    `file_name` is the original name, with or without folders ("2023/honduras.html");
    `texts` (the page texts) are read only when the title, address and file name are silent.
    """
    table = tuple(countries)
    strong = [
        (reason, code)
        for reason, code in (
            ("address", _from_address(url, table)),
            ("title", _from_title(title, table)),
            ("file_name", _from_file_name(file_name, table)),
        )
        if code
    ]
    if strong:
        codes = {code for _, code in strong}
        if len(codes) > 1:
            return None
        reason, code = strong[0]
        return CountryEvidence(code, reason)
    code = _from_text(texts, table)
    return CountryEvidence(code, "text") if code else None


def _squash(text: str) -> str:
    key = _NOT_NAME.sub("", fold(text))
    return key[3:] if key.startswith("the") and len(key) > 6 else key


@lru_cache(maxsize=8)
def _names(countries: tuple[Country, ...]) -> dict[str, str]:
    """Every name of every country, squashed ("cotedivoire"), to its code; ambiguous
    names ("guinea" in no other form is fine, but two countries sharing one) left out."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for country in countries:
        for name in {*(country.names or ()), country.name_en, country.name_es}:
            key = _squash(name)
            if not key:
                continue
            if out.get(key, country.code) != country.code:
                clash.add(key)
            out[key] = country.code
    known = {c.code for c in countries}
    for key, code in _ALIASES.items():
        if code in known:
            out.setdefault(key, code)
    for key in clash:
        out.pop(key, None)
    return out


def _only_country(phrase: str, countries: tuple[Country, ...], *, whole: bool) -> str:
    """The country a phrase names: its whole text is a name, or (whole=False) exactly one
    country is named in it. "" otherwise."""
    phrase = _PARENS.sub(" ", phrase)
    code = _names(countries).get(_squash(phrase), "")
    if code or whole:
        return code
    found: Counter[str] = Counter()
    country_matcher(countries).count(fold(phrase), found)
    return next(iter(found)) if len(found) == 1 else ""


def _from_title(title: str, countries: tuple[Country, ...]) -> str:
    title = " ".join(title.split())
    if not title:
        return ""
    after = _AFTER_COLON.search(title)
    if after:
        code = _only_country(after.group(1), countries, whole=True)
        if code:
            return code
    return _only_country(title, countries, whole=False)


def _slug_country(slug: str, countries: tuple[Country, ...]) -> str:
    words = unquote(slug).lower().replace("_", " ").replace("-", " ")
    words = re.sub(r"\b(?:trashed|\d+)\b", " ", words)
    words = _INCLUDES.sub("", words)
    return _only_country(words, countries, whole=False)


def _from_address(url: str, countries: tuple[Country, ...]) -> str:
    if not url:
        return ""
    parts = urlsplit(url.strip().lower())
    where = (parts.netloc.removeprefix("www.") + parts.path) if parts.netloc else url.lower()
    for pattern in _ADDRESS_PATTERNS:
        match = pattern.search(where)
        if match:
            return _slug_country(match.group(1), countries)
    return ""


def _from_file_name(file_name: str, countries: tuple[Country, ...]) -> str:
    """`honduras.html`, `2023/el-salvador.html`, `statedept_hrr_2021_guatemala.txt`; never
    a name that merely contains a country among other words (`guatemala_notes_mexico.pdf`)."""
    if not file_name:
        return ""
    stem = re.split(r"[\\/]", file_name)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    words = " ".join(stem.replace("_", " ").replace("-", " ").split())
    from ..ingest.known_reports import from_file_name

    known = from_file_name(words).get("title", "")
    if known:
        return _from_title(known, countries)
    words = _YEAR.sub(" ", re.sub(r"\btrashed\b", " ", words.lower()))
    return _names(countries).get(_squash(words), "")


def _from_text(texts: Iterable[str], countries: tuple[Country, ...]) -> str:
    counts: Counter[str] = Counter()
    matcher = country_matcher(countries)
    left = TEXT_SCAN_CHARS
    for text in texts:
        matcher.count(fold(text[:left]), counts)
        left -= len(text)
        if left <= 0:
            break
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < TEXT_MIN_HITS:
        return ""
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= TEXT_RATIO * runner_up else ""


def import_tags(
    document: ExtractedDocument,
    file_name: str,
    countries: Sequence[Country],
    risks: Sequence[RiskType],
    *,
    suggest_risks: bool = False,
) -> tuple[list[str], list[str]]:
    """The tags the app applies to a new source on its own (origin 'auto'): its clear
    country, also beside countries the person chose for the whole import (those stay the
    person's); and with "apply suggested tags" ticked, the suggested risk types. An unclear
    country is never applied: it stays a suggestion. Pure: the importer (or its workers)
    calls it once per document."""
    auto_countries: list[str] = []
    clear = clear_country(
        countries,
        title=document.title,
        url=document.url,
        file_name=file_name,
        texts=(page.text for page in document.pages),
    )
    if clear is not None:
        auto_countries.append(clear.code)
    auto_risks: list[str] = []
    if suggest_risks:
        from .suggest import suggest_tags

        found = suggest_tags([document.title, *(p.text for p in document.pages)], (), risks)
        auto_risks = [s.code for s in found.risks]
    return auto_countries, auto_risks
