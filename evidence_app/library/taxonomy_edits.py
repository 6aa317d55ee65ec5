"""Facade verbs for countries and risk types (a mixin of Library; owns no SQL)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import InvalidValue
from ..ingest.text_clean import clean_text as _clean_text
from ..model import Changes, Country, RiskType
from .locking import writes

if TYPE_CHECKING:
    from ..store import Store

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class TaxonomyMixin:
    """Library inherits these verbs."""

    if TYPE_CHECKING:
        store: Store

        def _reader(self) -> Store: ...

    def countries(self) -> list[Country]:
        return self._reader().list_countries()

    def country(self, code: str) -> Country:
        return self._reader().get_country(code.upper())

    @writes("editing the taxonomy")
    def edit_country(self, code: str, **fields: Any) -> Changes:
        fields = {k: _clean_text(v) if isinstance(v, str) else v for k, v in fields.items()}
        self.store.update_country(code.upper(), fields)
        return Changes(taxonomy=True)

    def risk_types(self, include_hidden: bool = True) -> list[RiskType]:
        return self._reader().list_risk_types(include_hidden)

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
            self.store.get_risk_type(parent)
        if any(r.slug == slug for r in self.store.list_risk_types()):
            raise InvalidValue("slug", slug, "already exists")
        self.store.insert_risk_type(
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
        self.store.update_risk_type(slug, fields)
        return Changes(taxonomy=True)

    def _valid_countries(self, codes: Iterable[str]) -> list[str]:
        known = {c.code for c in self._reader().list_countries()}
        out = []
        for code in codes:
            code = code.strip().upper()
            if code not in known:
                raise InvalidValue("country", code, "not an ISO 3166 alpha-2 code")
            out.append(code)
        return out

    def _valid_risks(self, slugs: Iterable[str]) -> list[str]:
        known = {r.slug for r in self._reader().list_risk_types()}
        out = []
        for slug in slugs:
            slug = slug.strip()
            if slug not in known:
                raise InvalidValue("risk", slug, "not a risk type in this library")
            out.append(slug)
        return out
