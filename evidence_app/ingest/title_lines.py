"""Title lines and author fields: a heading broken over lines, authors that name nobody."""

from __future__ import annotations

import re

MAX_AUTHOR = 200

# A heading broken over lines ("RESOLUCIÓN DE LA" / "CORTE INTERAMERICANA …") continues
# when a line ends, or the next one starts, with one of these words.
_CONNECTORS = frozenset(
    "de la del las los el y e en para por sobre a of the and for on in to".split()
)
HEADING_LINE_CHARS = 90


def continues_heading(previous: str, following: str) -> bool:
    """Whether `following` is the next line of a heading that ends with `previous`."""
    if not following or len(following) > HEADING_LINE_CHARS:
        return False
    if not any(ch.isalpha() for ch in following):
        return False
    last = previous.split()[-1].lower().strip(",")
    first = following.split()[0].lower()
    return last in _CONNECTORS or first in _CONNECTORS


# Author fields that name nobody: tool defaults (ReportLab writes "anonymous") and
# account names of whoever typed or converted the file.
_PLACEHOLDER_AUTHOR = re.compile(
    r"^(?:anonymous|anon|unknown|author|user|admin(?:istrator)?|owner|default|none|null|n/?a"
    r"|windows user|microsoft office user|usuario(?: de windows)?|autor|desconocido"
    r"|reportlab|\W*)$",
    re.IGNORECASE,
)


def clean_author(author: str) -> str:
    """Whitespace-normalised author, or "" for a placeholder that names nobody."""
    author = " ".join((author or "").split())[:MAX_AUTHOR]
    return "" if _PLACEHOLDER_AUTHOR.match(author) else author
