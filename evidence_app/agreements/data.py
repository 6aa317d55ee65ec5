"""Agreement records as data: resources/agreements/*.json parsed and validated into
Agreement values, and back. The same validator reads shipped files, records in the library
database and records from a library bundle (hostile input: bounded sizes, known keys only,
every fact naming one of the record's sources)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from ..folder.paths import app_root
from ..model.agreements import FACT_FIELDS, STATUSES, Agreement, AgreementFact, FactSource

FORMAT = 1
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,39}$")
_CODE = re.compile(r"^[A-Z]{2}$")
_KEY = re.compile(r"^[a-z0-9_]{1,32}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PERIODS = ("", "month", "year", "total")
MAX_TEXT = 2000
MAX_LIST = 300
MAX_NOTES = 50
MAX_SOURCES = 50
_FACT_KEYS = {"unknown", "words", "source", "date", "citation", "value", "as_of", "countries",
              "regions", "condition", "preference", "flag", "number", "period", "on_or_after"}
_RECORD_KEYS = {"format", "id", "country", "name_en", "name_es", "parties", "status", "notes",
                "sources", *FACT_FIELDS}
_SOURCE_KEYS = {"title", "publisher", "date", "url", "official"}


def agreements_dir() -> Path:
    return app_root() / "resources" / "agreements"


class AgreementInvalid(ValueError):
    """A record that is not a valid agreement: `origin` names the file or bundle member."""

    def __init__(self, origin: str, where: str, problem: str) -> None:
        super().__init__(f"{origin}: {where}: {problem}")
        self.origin = origin
        self.where = where
        self.problem = problem


def _text(value: Any, origin: str, where: str, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise AgreementInvalid(origin, where, "must be text")
    if len(value) > MAX_TEXT:
        raise AgreementInvalid(origin, where, f"longer than {MAX_TEXT} characters")
    text = "".join(ch for ch in value if ch in "\n\t" or (ch >= " " and ch != "\x7f")).strip()
    if required and not text:
        raise AgreementInvalid(origin, where, "is empty")
    return text


def _date(value: Any, origin: str, where: str) -> str:
    text = _text(value, origin, where)
    if text not in ("", "unknown") and not _DATE.match(text):
        raise AgreementInvalid(origin, where, "use YYYY-MM-DD, YYYY-MM, YYYY or unknown")
    return text


def _list(value: Any, origin: str, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise AgreementInvalid(origin, where, "must be a list")
    if len(value) > MAX_LIST:
        raise AgreementInvalid(origin, where, f"more than {MAX_LIST} entries")
    return value


def _codes(value: Any, origin: str, where: str) -> tuple[str, ...]:
    codes = tuple(_text(v, origin, where).upper() for v in _list(value, origin, where))
    for code in codes:
        if not _CODE.match(code):
            raise AgreementInvalid(origin, where, f"{code!r} is not a two-letter country code")
    return tuple(dict.fromkeys(codes))


def parse_fact(raw: Any, origin: str, where: str, sources: set[str]) -> AgreementFact:
    if not isinstance(raw, dict):
        raise AgreementInvalid(origin, where, "expected an object")
    unknown_keys = set(raw) - _FACT_KEYS
    if unknown_keys:
        raise AgreementInvalid(origin, where, f"unknown keys {sorted(unknown_keys)}")
    if raw.get("unknown") is True:
        return AgreementFact()
    source = _text(raw.get("source", ""), origin, f"{where}.source", required=True)
    if source not in sources:
        raise AgreementInvalid(origin, f"{where}.source",
                               f"{source!r} is not a source of the record")
    flag = raw.get("value") if isinstance(raw.get("value"), bool) else raw.get("flag")
    if flag is not None and not isinstance(flag, bool):
        raise AgreementInvalid(origin, f"{where}.flag", "must be true or false")
    value = raw.get("value", "")
    value = "" if isinstance(value, bool) else _text(value, origin, f"{where}.value")
    number = raw.get("number")
    if number is not None and (isinstance(number, bool) or not isinstance(number, int)
                               or not 0 <= number <= 10_000_000):
        raise AgreementInvalid(origin, f"{where}.number", "must be a whole number or null")
    period = _text(raw.get("period", ""), origin, f"{where}.period")
    if period not in _PERIODS:
        raise AgreementInvalid(origin, f"{where}.period", f"one of {', '.join(_PERIODS[1:])}")
    preference = raw.get("preference", False)
    if not isinstance(preference, bool):
        raise AgreementInvalid(origin, f"{where}.preference", "must be true or false")
    on_or_after = _date(raw.get("on_or_after", ""), origin, f"{where}.on_or_after")
    return AgreementFact(
        known=True,
        words=_text(raw.get("words", ""), origin, f"{where}.words", required=True),
        source=source,
        date=_date(raw.get("date", ""), origin, f"{where}.date"),
        citation=_text(raw.get("citation", ""), origin, f"{where}.citation"),
        value=value,
        as_of=_date(raw.get("as_of", ""), origin, f"{where}.as_of"),
        countries=_codes(raw.get("countries", []), origin, f"{where}.countries"),
        regions=tuple(_text(v, origin, f"{where}.regions", required=True)
                      for v in _list(raw.get("regions", []), origin, f"{where}.regions")),
        condition=_text(raw.get("condition", ""), origin, f"{where}.condition"),
        preference=preference,
        flag=flag,
        number=number,
        period=period,
        on_or_after=on_or_after,
    )


def parse_source(key: str, raw: Any, origin: str) -> FactSource:
    where = f"sources.{key}"
    if not _KEY.match(key):
        raise AgreementInvalid(origin, where, "a source key is lower-case letters, digits, _")
    if not isinstance(raw, dict):
        raise AgreementInvalid(origin, where, "expected an object")
    unknown_keys = set(raw) - _SOURCE_KEYS
    if unknown_keys:
        raise AgreementInvalid(origin, where, f"unknown keys {sorted(unknown_keys)}")
    official = raw.get("official", False)
    if not isinstance(official, bool):
        raise AgreementInvalid(origin, f"{where}.official", "must be true or false")
    url = _text(raw.get("url", ""), origin, f"{where}.url")
    if url not in ("", "unknown") and not url.startswith(("https://", "http://")):
        raise AgreementInvalid(origin, f"{where}.url", "an address starts with https://")
    return FactSource(
        key=key,
        title=_text(raw.get("title", ""), origin, f"{where}.title", required=True),
        publisher=_text(raw.get("publisher", ""), origin, f"{where}.publisher"),
        date=_date(raw.get("date", ""), origin, f"{where}.date"),
        url=url,
        official=official,
    )


def parse_agreement(raw: Any, origin: str) -> Agreement:
    """A validated Agreement from its JSON form; AgreementInvalid names origin and field."""
    if not isinstance(raw, dict):
        raise AgreementInvalid(origin, "record", "expected an object")
    if raw.get("format") != FORMAT:
        raise AgreementInvalid(origin, "format", f"expected {FORMAT}")
    unknown_keys = set(raw) - _RECORD_KEYS
    if unknown_keys:
        raise AgreementInvalid(origin, "record", f"unknown keys {sorted(unknown_keys)}")
    ident = _text(raw.get("id", ""), origin, "id", required=True)
    if not _ID.match(ident):
        raise AgreementInvalid(origin, "id", "lower-case letters, digits and -, like hn-2025")
    country = _text(raw.get("country", ""), origin, "country", required=True).upper()
    if not _CODE.match(country):
        raise AgreementInvalid(origin, "country", "a two-letter country code")
    raw_sources = raw.get("sources", {})
    if not isinstance(raw_sources, dict) or not raw_sources:
        raise AgreementInvalid(origin, "sources", "expected an object of sources")
    if len(raw_sources) > MAX_SOURCES:
        raise AgreementInvalid(origin, "sources", f"more than {MAX_SOURCES} sources")
    sources = tuple(parse_source(k, v, origin) for k, v in raw_sources.items())
    keys = {s.key for s in sources}
    status = parse_fact(raw.get("status"), origin, "status", keys)
    if status.value not in STATUSES:
        raise AgreementInvalid(origin, "status.value", f"one of {', '.join(STATUSES)}")
    if not status.as_of or status.as_of == "unknown":
        raise AgreementInvalid(origin, "status.as_of", "the status needs an as-of date")
    facts: dict[str, Any] = {name: parse_fact(raw.get(name, {"unknown": True}), origin, name, keys)
             for name in FACT_FIELDS}
    notes = _list(raw.get("notes", []), origin, "notes")
    if len(notes) > MAX_NOTES:
        raise AgreementInvalid(origin, "notes", f"more than {MAX_NOTES} notes")
    built = Agreement(
        id=ident,
        country=country,
        name_en=_text(raw.get("name_en", ""), origin, "name_en", required=True),
        name_es=_text(raw.get("name_es", ""), origin, "name_es"),
        parties=_codes(raw.get("parties", []), origin, "parties"),
        status=status,
        notes=tuple(parse_fact(n, origin, f"notes[{i}]", keys) for i, n in enumerate(notes)),
        sources=sources,
    )
    return replace(built, **facts)


def fact_to_dict(fact: AgreementFact) -> dict[str, Any]:
    if not fact.known:
        return {"unknown": True}
    out: dict[str, Any] = {"words": fact.words, "source": fact.source}
    for name in ("date", "citation", "value", "as_of", "condition", "period", "on_or_after"):
        if getattr(fact, name):
            out[name] = getattr(fact, name)
    if fact.countries:
        out["countries"] = list(fact.countries)
    if fact.regions:
        out["regions"] = list(fact.regions)
    if fact.preference:
        out["preference"] = True
    if fact.flag is not None:
        out["flag"] = fact.flag
    if fact.number is not None:
        out["number"] = fact.number
    return out


def agreement_to_dict(agreement: Agreement) -> dict[str, Any]:
    """The JSON form (the shipped files' shape): parse_agreement(agreement_to_dict(a)) == a
    apart from origin, user_edited and updated_at, which the library keeps beside it."""
    out: dict[str, Any] = {
        "format": FORMAT, "id": agreement.id, "country": agreement.country,
        "name_en": agreement.name_en, "name_es": agreement.name_es,
        "parties": list(agreement.parties), "status": fact_to_dict(agreement.status),
    }
    for name in FACT_FIELDS:
        out[name] = fact_to_dict(getattr(agreement, name))
    out["notes"] = [fact_to_dict(n) for n in agreement.notes]
    out["sources"] = {
        s.key: {"title": s.title, "publisher": s.publisher, "date": s.date, "url": s.url,
                "official": s.official}
        for s in agreement.sources
    }
    return out


def record_json(agreement: Agreement) -> str:
    return json.dumps(agreement_to_dict(agreement), ensure_ascii=False, sort_keys=True)


def read_record(text: str, origin: str) -> Agreement:
    """Parse the JSON text of one record (the database column, a bundle line, the editor)."""
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise AgreementInvalid(origin, "record", f"not valid JSON ({exc})") from None
    return parse_agreement(raw, origin)


@cache
def shipped_agreements() -> tuple[Agreement, ...]:
    """The records shipped in resources/agreements/, by id."""
    records = []
    for path in sorted(agreements_dir().glob("*.json")):
        record = read_record(path.read_text(encoding="utf-8"), path.name)
        if record.id != path.stem:
            raise AgreementInvalid(path.name, "id", f"must match the file name ({path.stem})")
        records.append(replace(record, origin="shipped"))
    return tuple(records)


def shipped_agreement(agreement_id: str) -> Agreement | None:
    return next((a for a in shipped_agreements() if a.id == agreement_id), None)


def aca_status_for(agreements: list[Agreement] | tuple[Agreement, ...]) -> str:
    """The countries list's ACA status word that the records of one country imply:
    "aca_active" while one is not suspended, "aca_ended" when all are, "" without records."""
    if not agreements:
        return ""
    return "aca_active" if any(a.current for a in agreements) else "aca_ended"
