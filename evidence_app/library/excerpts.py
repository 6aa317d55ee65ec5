"""`library.excerpts`: clipping, finding, editing and deleting excerpts (coordinates, owns
no SQL)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..errors import InvalidValue, NotFound, QuoteNotFound
from ..folder.locking import writes
from ..ingest.paragraphs import paragraph_pinpoint
from ..labelling.suggest import risks_in_quote
from ..model import Changes, Excerpt
from ..text_clean import check_text
from ..text_clean import clean_text as _clean_text
from .stores import Stores
from .taxonomy_edits import Taxonomy
from .watch import Writing


class Excerpts:
    """Excerpts: a quote clipped from a page, with its note, countries and risk types."""

    def __init__(self, *, stores: Stores, writing: Writing, taxonomy: Taxonomy) -> None:
        self._stores = stores
        self._writing = writing
        self._taxonomy = taxonomy

    @writes("adding an excerpt")
    def add_excerpt(
        self,
        source_id: int,
        page_no: int,
        start: int,
        end: int,
        *,
        note: str = "",
        countries: Sequence[str] | None = None,
        risks: Sequence[str] | None = None,
        translation: str = "",
        print_note: bool = False,
    ) -> Excerpt:
        page = self._stores.writer.sources.page(source_id, page_no)
        if not (0 <= start < end <= len(page.text)):
            raise InvalidValue("range", (start, end), f"outside page of {len(page.text)} chars")
        source = self._stores.writer.sources.get_source(source_id)
        quote = page.text[start:end]
        if risks is None:
            # Its passage's risk types and those the quote names; the user can change them.
            risks = self.quote_risks(quote, source_id, page_no)
        excerpt_id = self._stores.writer.excerpts.insert_excerpt(
            source_id,
            page_no,
            start,
            end,
            quote,
            _clean_text(note),
            self._taxonomy.valid_countries(source.countries if countries is None else countries),
            self._taxonomy.valid_risks(risks),
            translation=_clean_text(translation),
            print_note=print_note,
        )
        return self._stores.writer.excerpts.get_excerpt(excerpt_id)

    def quote_risks(
        self, quote: str, source_id: int | None = None, page_no: int | None = None
    ) -> list[str]:
        """The risk types an excerpt of this quote starts with: those of its passage (the
        page's labels, when the page is given) and those whose keywords (English or
        Spanish) occur in the quote itself, in taxonomy order; not all of its source's."""
        risks = self._taxonomy.risk_types(include_hidden=False)
        found = set(risks_in_quote(quote, risks))
        if source_id is not None and page_no is not None:
            found |= set(
                self._stores.reader()
                .passage_risks.page_risks(source_id, [page_no])
                .get(page_no, {})
            )
        return [r.slug for r in risks if r.slug in found]

    def pinpoint(self, source_id: int, page_no: int, start: int, end: int) -> str:
        """The cite label of text[start:end] of a page: its printed page, or for a web
        page the paragraph(s) that hold it ("¶ 37") rather than the stored passage."""
        page = self._stores.reader().sources.page(source_id, page_no)
        return paragraph_pinpoint(page.label or str(page_no), page.text, start, end)

    def find_quote(self, source_id: int, page_label: str, quote: str) -> tuple[int, int, int]:
        """(page_no, start, end) of a quote on the page with that cite label (or page number)."""
        check_text("page label", page_label)
        check_text("quote", quote)
        page_nos = self._stores.writer.sources.page_nos_by_label(source_id, page_label)
        if page_label.isdigit() and int(page_label) not in page_nos:
            # A PDF page number, when the printed numbers differ (printed 251 on PDF p. 257).
            page_nos.append(int(page_label))
        words = quote.split()
        if not words:
            raise QuoteNotFound(source_id, page_label, quote)
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
        for page_no in page_nos:
            try:
                text = self._stores.writer.sources.page(source_id, page_no).text
            except NotFound:
                continue
            match = pattern.search(text)
            if match:
                return page_no, match.start(), match.end()
        raise QuoteNotFound(source_id, page_label, quote)

    def add_excerpt_by_quote(
        self, source_id: int, page_label: str, quote: str, **kwargs: Any
    ) -> Excerpt:
        page_no, start, end = self.find_quote(source_id, page_label, quote)
        return self.add_excerpt(source_id, page_no, start, end, **kwargs)

    def excerpts(
        self,
        *,
        countries: Sequence[str] = (),
        risks: Sequence[str] = (),
        source_id: int | None = None,
    ) -> list[Excerpt]:
        return self._stores.reader().excerpts.list_excerpts(
            [c.upper() for c in countries], list(risks), source_id
        )

    def excerpt(self, excerpt_id: int) -> Excerpt:
        return self._stores.reader().excerpts.get_excerpt(excerpt_id)

    @writes("editing an excerpt")
    def edit_excerpt(
        self,
        excerpt_id: int,
        *,
        note: str | None = None,
        countries: Sequence[str] | None = None,
        risks: Sequence[str] | None = None,
        translation: str | None = None,
        print_note: bool | None = None,
    ) -> Changes:
        """`translation`: the quote in English (shown under it in the packet); `print_note`:
        whether the note is printed in the packet (notes are private by default)."""
        self._stores.writer.excerpts.update_excerpt(
            excerpt_id,
            None if note is None else _clean_text(note),
            None if countries is None else self._taxonomy.valid_countries(countries),
            None if risks is None else self._taxonomy.valid_risks(risks),
            translation=None if translation is None else _clean_text(translation),
            print_note=print_note,
        )
        return Changes(excerpts=True)

    @writes("deleting an excerpt")
    def delete_excerpt(self, excerpt_id: int) -> Excerpt:
        """Returns the deleted excerpt, with the exhibits it was in, so the caller can offer
        undo (restore_excerpt puts it back in those that still exist)."""
        return self._stores.writer.excerpts.delete_excerpt(excerpt_id)

    @writes("restoring an excerpt")
    def restore_excerpt(self, excerpt: Excerpt) -> Excerpt:
        self._stores.writer.excerpts.insert_excerpt(
            excerpt.source_id,
            excerpt.page_no,
            excerpt.start,
            excerpt.end,
            excerpt.quote,
            excerpt.note,
            excerpt.countries,
            excerpt.risks,
            excerpt_id=excerpt.id,
            created_at=excerpt.created_at,
            translation=excerpt.translation,
            print_note=excerpt.print_note,
        )
        self._stores.writer.excerpts.relink_excerpt(excerpt.id, excerpt.exhibit_links)
        return self._stores.writer.excerpts.get_excerpt(excerpt.id)
