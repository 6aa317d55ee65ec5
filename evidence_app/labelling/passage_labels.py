"""Keeping passage labels: label a stored source's pages and store the labels with the
fingerprint of the taxonomy they were made with.

The importer, bundle merge, OCR and the starter library call `store_labels` on the store
they are writing with; `library.passages` relabels what `taxonomy_fingerprint` says is out of
date. Coordinates the pure labeller (passage_risks.py) with the store it is given; no SQL.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import RiskType
from .passage_risks import HeadingSpan, label_pages

if TYPE_CHECKING:
    from ..store import Store

# Bump when the labeller's rules change: every source is labelled again in the background.
LABELLER_VERSION = 1


def taxonomy_fingerprint(risks: Sequence[RiskType]) -> str:
    """What passage labels depend on: the labeller's version and the visible risk types'
    keywords."""
    data = [LABELLER_VERSION] + sorted(
        [r.slug, sorted(r.keywords)] for r in risks if not r.hidden)
    return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def store_labels(
    store: Store,
    source_id: int,
    risks: Sequence[RiskType],
    pages: Sequence[tuple[int, str]] | None = None,
) -> int:
    """Label the pages of one stored source (with its section headings when it has them)
    and keep the labels; returns how many pages got any. The one call the importer makes
    (it passes the page texts it has just stored: `pages`, (page_no, text))."""
    if pages is None:
        pages = [(p.page_no, p.text) for p in store.sources.pages(source_id)]
    headings: dict[int, list[HeadingSpan]] = {}
    for row in store.editions.page_headings(source_id):
        headings.setdefault(row.page_no, []).append(
            HeadingSpan(row.level, row.heading, row.start))
    labels = label_pages(pages, risks, headings)
    store.passage_risks.replace_page_risks(source_id, labels, taxonomy_fingerprint(risks))
    return len(labels)
