"""`library.taxonomy`: countries and risk types, and checking the codes other parts are given."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import InvalidValue
from ..folder.locking import writes
from ..model import Changes, Country, RiskType
from ..text_clean import clean_text as _clean_text
from .stores import Stores
from .watch import Writing

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class Taxonomy:
    def __init__(self, stores: Stores, writing: Writing) -> None:
        self._stores = stores
        self._writing = writing

    def countries(self) -> list[Country]:
        return self._stores.reader().taxonomy.list_countries()

    def country(self, code: str) -> Country:
        return self._stores.reader().taxonomy.get_country(code.upper())

    @writes("editing the taxonomy")
    def edit_country(self, code: str, **fields: Any) -> Changes:
        fields = {k: _clean_text(v) if isinstance(v, str) else v for k, v in fields.items()}
        self._stores.writer.taxonomy.update_country(code.upper(), fields)
        return Changes(taxonomy=True)

    def risk_types(self, include_hidden: bool = True) -> list[RiskType]:
        return self._stores.reader().taxonomy.list_risk_types(include_hidden)

    @writes("editing the taxonomy")
    def add_risk_type(
        self,
        slug: str,
        label_en: str,
        label_es: str = "",
        *,
        description: str = "",
        legal_element: str = "",
        parent: str = "",
        keywords: Sequence[str] = (),
    ) -> Changes:
        if not _SLUG.match(slug):
            raise InvalidValue("slug", slug, "lower-case letters, digits, - and _")
        if not label_en.strip():
            raise InvalidValue("label_en", label_en, "must not be empty")
        if parent:
            self._stores.writer.taxonomy.get_risk_type(parent)
        if any(r.slug == slug for r in self._stores.writer.taxonomy.list_risk_types()):
            raise InvalidValue("slug", slug, "already exists")
        self._stores.writer.taxonomy.insert_risk_type(
            RiskType(
                slug=slug,
                label_en=_clean_text(label_en),
                label_es=_clean_text(label_es),
                description=_clean_text(description),
                legal_element=legal_element,
                parent=parent,
                keywords=tuple(k.strip().lower() for k in keywords if k.strip()),
                user_defined=True,
            )
        )
        return Changes(taxonomy=True)

    @writes("editing the taxonomy")
    def edit_risk_type(self, slug: str, **fields: Any) -> Changes:
        """Rename (label_en/label_es), change keywords, or hide (hidden=True)."""
        fields = {k: _clean_text(v) if isinstance(v, str) else v for k, v in fields.items()}
        if "keywords" in fields:
            fields["keywords"] = [k for k in (_clean_text(str(w)).lower()
                                              for w in fields["keywords"]) if k]
        if "label_en" in fields and not str(fields["label_en"]).strip():
            raise InvalidValue("label_en", fields["label_en"], "must not be empty")
        self._stores.writer.taxonomy.update_risk_type(slug, fields)
        return Changes(taxonomy=True)

    def valid_countries(self, codes: Iterable[str]) -> list[str]:
        known = {c.code for c in self._stores.reader().taxonomy.list_countries()}
        out = []
        for code in codes:
            code = code.strip().upper()
            if code not in known:
                raise InvalidValue("country", code, "not an ISO 3166 alpha-2 code")
            out.append(code)
        return out

    def valid_risks(self, slugs: Iterable[str]) -> list[str]:
        known = {r.slug for r in self._stores.reader().taxonomy.list_risk_types()}
        out = []
        for slug in slugs:
            slug = slug.strip()
            if slug not in known:
                raise InvalidValue("risk", slug, "not a risk type in this library")
            out.append(slug)
        return out
