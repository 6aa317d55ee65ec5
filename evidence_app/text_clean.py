"""Text from users and files, made safe to store and lay out."""

from __future__ import annotations


def clean_text(value: str) -> str:
    """Drop control characters (keep newlines and tabs) so metadata cannot break layouts, and
    lone surrogates (undecodable bytes from a command line) that cannot be stored."""
    return "".join(
        ch for ch in value
        if ch in "\n\t" or ch >= " " and ch != "\x7f" and not "\ud800" <= ch <= "\udfff"
    ).strip()
