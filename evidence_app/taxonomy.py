"""Countries, risk types and the bilingual thesaurus, loaded from resources/taxonomy/.

The JSON files are the seed the library database starts from; the user edits the copy in
the database, never these files. Every loader validates what it reads and raises ValueError
naming the file, so a bad edit to the seed data fails loudly at start-up instead of showing
up later as a missing tag. Parsing is cached; the public loaders hand out fresh lists so a
caller cannot change what the next caller sees.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

from evidence_app.model import Country, RiskType

ACA_STATUSES = ("aca_active", "aca_ended", "stca", "approached", "")

_CODE = re.compile(r"[A-Z]{2}")
_SLUG = re.compile(r"[a-z][a-z0-9_]*")
# ISO date, year-month or year; the seed data leaves unknown dates empty.
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def resources_dir() -> Path:
    """The `resources/` folder, in a source checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def taxonomy_dir() -> Path:
    return resources_dir() / "taxonomy"


# ---------------------------------------------------------------- public loaders
def load_countries() -> list[Country]:
    """Every ISO 3166-1 country, sorted by code, with ACA facts where relevant."""
    return list(_countries())


def load_risk_types() -> list[RiskType]:
    """Risk types in file order (parents before their children)."""
    return list(_risk_types())


def load_legal_elements() -> dict[str, tuple[str, str]]:
    """Legal element slug -> (English label, Spanish label), in file order."""
    return dict(_legal_elements())


def load_thesaurus() -> list[tuple[str, ...]]:
    """Groups of equivalent English and Spanish terms, lower case."""
    return list(_thesaurus())


def related_terms(term: str) -> tuple[str, ...]:
    """The other terms of the thesaurus group holding `term` (case-insensitive), or ()."""
    group = _thesaurus_index().get(" ".join(term.lower().split()))
    if group is None:
        return ()
    return tuple(t for t in group if t != term.lower())


# ---------------------------------------------------------------- cached parsing
@cache
def _countries() -> tuple[Country, ...]:
    path = taxonomy_dir() / "countries.json"
    return parse_countries(_read_json(path), str(path))


@cache
def _legal_elements() -> tuple[tuple[str, tuple[str, str]], ...]:
    path = taxonomy_dir() / "risk_types.json"
    return tuple(parse_legal_elements(_read_json(path), str(path)).items())


@cache
def _risk_types() -> tuple[RiskType, ...]:
    path = taxonomy_dir() / "risk_types.json"
    data = _read_json(path)
    elements = parse_legal_elements(data, str(path))
    return parse_risk_types(data, str(path), set(elements))


@cache
def _thesaurus() -> tuple[tuple[str, ...], ...]:
    path = taxonomy_dir() / "thesaurus.json"
    return parse_thesaurus(_read_json(path), str(path))


@cache
def _thesaurus_index() -> dict[str, tuple[str, ...]]:
    return {term: group for group in _thesaurus() for term in group}


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc})") from exc


# ---------------------------------------------------------------- validation
def _fail(origin: str, where: str, problem: str) -> ValueError:
    return ValueError(f"{origin}: {where}: {problem}")


def _records(data: Any, key: str, origin: str) -> list[dict[str, Any]]:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ValueError(f"{origin}: expected an object with a list under {key!r}")
    records = data[key]
    for i, rec in enumerate(records):
        if not isinstance(rec, dict):
            raise _fail(origin, f"{key}[{i}]", "expected an object")
    return records


def _text(rec: dict[str, Any], key: str, origin: str, where: str, required: bool) -> str:
    value = rec.get(key, "")
    if not isinstance(value, str):
        raise _fail(origin, where, f"{key} must be a string")
    if required and not value.strip():
        raise _fail(origin, where, f"{key} is empty")
    return value.strip()


def _strings(rec: dict[str, Any], key: str, origin: str, where: str) -> tuple[str, ...]:
    value = rec.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(origin, where, f"{key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def parse_countries(data: Any, origin: str) -> tuple[Country, ...]:
    """Validate the parsed countries.json; `origin` names the file in errors."""
    countries: list[Country] = []
    seen: set[str] = set()
    for i, rec in enumerate(_records(data, "countries", origin)):
        where = f"countries[{i}]"
        code = _text(rec, "code", origin, where, True)
        where = f"country {code}"
        if not _CODE.fullmatch(code):
            raise _fail(origin, where, "code must be two upper-case letters (ISO 3166-1)")
        if code in seen:
            raise _fail(origin, where, "duplicate code")
        seen.add(code)
        status = _text(rec, "aca_status", origin, where, False)
        if status not in ACA_STATUSES:
            raise _fail(origin, where, f"unknown aca_status {status!r}")
        dates = {}
        for key in ("aca_signed", "aca_in_force", "aca_ended"):
            dates[key] = _text(rec, key, origin, where, False)
            if dates[key] and not _DATE.fullmatch(dates[key]):
                raise _fail(origin, where, f"{key} must be YYYY, YYYY-MM or YYYY-MM-DD")
        countries.append(
            Country(
                code=code,
                name_en=_text(rec, "name_en", origin, where, True),
                name_es=_text(rec, "name_es", origin, where, True),
                aca_status=status,
                notes=_text(rec, "notes", origin, where, False),
                names=_strings(rec, "names", origin, where),
                **dates,
            )
        )
    return tuple(countries)


def parse_legal_elements(data: Any, origin: str) -> dict[str, tuple[str, str]]:
    """Validate the `legal_elements` object of risk_types.json."""
    raw = data.get("legal_elements") if isinstance(data, dict) else None
    if not isinstance(raw, dict) or not raw:
        raise ValueError(f"{origin}: expected a non-empty object under 'legal_elements'")
    elements: dict[str, tuple[str, str]] = {}
    for slug, labels in raw.items():
        where = f"legal element {slug}"
        if not _SLUG.fullmatch(slug):
            raise _fail(origin, where, "slug must be lower-case letters, digits and _")
        if not isinstance(labels, dict):
            raise _fail(origin, where, "expected {'en': ..., 'es': ...}")
        elements[slug] = (
            _text(labels, "en", origin, where, True),
            _text(labels, "es", origin, where, True),
        )
    return elements


def parse_risk_types(data: Any, origin: str, legal_elements: set[str]) -> tuple[RiskType, ...]:
    """Validate the `risk_types` list of risk_types.json against the legal elements."""
    risks: list[RiskType] = []
    seen: set[str] = set()
    for i, rec in enumerate(_records(data, "risk_types", origin)):
        slug = _text(rec, "slug", origin, f"risk_types[{i}]", True)
        where = f"risk type {slug}"
        if not _SLUG.fullmatch(slug):
            raise _fail(origin, where, "slug must be lower-case letters, digits and _")
        if slug in seen:
            raise _fail(origin, where, "duplicate slug")
        seen.add(slug)
        element = _text(rec, "legal_element", origin, where, True)
        if element not in legal_elements:
            raise _fail(origin, where, f"unknown legal_element {element!r}")
        keywords = _strings(rec, "keywords", origin, where)
        if any(k != k.lower() for k in keywords):
            raise _fail(origin, where, "keywords must be lower case")
        if len(set(keywords)) != len(keywords):
            raise _fail(origin, where, "duplicate keyword")
        hidden = rec.get("hidden", False)
        if not isinstance(hidden, bool):
            raise _fail(origin, where, "hidden must be true or false")
        risks.append(
            RiskType(
                slug=slug,
                label_en=_text(rec, "label_en", origin, where, True),
                label_es=_text(rec, "label_es", origin, where, True),
                description=_text(rec, "description", origin, where, False),
                legal_element=element,
                parent=_text(rec, "parent", origin, where, False),
                keywords=keywords,
                hidden=hidden,
            )
        )
    _check_parents(risks, origin)
    return tuple(risks)


def _check_parents(risks: list[RiskType], origin: str) -> None:
    parent_of = {r.slug: r.parent for r in risks}
    for risk in risks:
        if risk.parent and risk.parent not in parent_of:
            raise _fail(origin, f"risk type {risk.slug}", f"unknown parent {risk.parent!r}")
        chain = {risk.slug}
        up = risk.parent
        while up:
            if up in chain:
                raise _fail(origin, f"risk type {risk.slug}", "parents form a cycle")
            chain.add(up)
            up = parent_of[up]


def parse_thesaurus(data: Any, origin: str) -> tuple[tuple[str, ...], ...]:
    """Validate thesaurus.json: lower-case groups of two or more terms, no term twice."""
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise ValueError(f"{origin}: expected an object with a list under 'groups'")
    groups: list[tuple[str, ...]] = []
    owner: dict[str, int] = {}
    for i, raw in enumerate(data["groups"]):
        where = f"groups[{i}]"
        if not isinstance(raw, list) or not all(isinstance(t, str) and t.strip() for t in raw):
            raise _fail(origin, where, "expected a list of non-empty strings")
        group = tuple(" ".join(t.split()) for t in raw)
        if len(group) < 2:
            raise _fail(origin, where, "a group needs at least two terms")
        for term in group:
            if term != term.lower():
                raise _fail(origin, where, f"term {term!r} must be lower case")
            if term in owner:
                raise _fail(origin, where, f"term {term!r} is already in groups[{owner[term]}]")
            owner[term] = i
        groups.append(group)
    return tuple(groups)


@cache
def seed_descriptions() -> dict[str, tuple[str, str]]:
    """slug -> (English, Spanish) description of the shipped risk types. The library stores
    one description (it may be edited); the Spanish window shows the Spanish one while the
    stored text is still the shipped English one."""
    path = taxonomy_dir() / "risk_types.json"
    records = _read_json(path).get("risk_types", [])
    return {str(r["slug"]): (str(r.get("description", "")), str(r.get("description_es", "")))
            for r in records if isinstance(r, dict) and "slug" in r}


def risk_description(risk: RiskType, lang: str) -> str:
    """The risk type's description in `lang` ("en" or "es")."""
    shipped = seed_descriptions().get(risk.slug)
    if lang == "es" and shipped and shipped[1] and risk.description == shipped[0]:
        return shipped[1]
    return risk.description
