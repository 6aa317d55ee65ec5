"""Search: tier 1 (Whoosh, one document per source) + tier 2 (page concordance).

See ARCHITECTURE.md rule 5 and SEARCH.md. The facade uses `SearchEngine` only.
"""

from __future__ import annotations

from .api import IndexDocument, TextStore
from .engine import SearchEngine
from .index.state import IndexState
from .schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "IndexDocument", "IndexState", "SearchEngine", "TextStore"]
