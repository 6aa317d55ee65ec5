"""Text from users and files, made safe to store and lay out."""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Drop control characters (keep newlines and tabs) so metadata cannot break layouts, and
    lone surrogates (undecodable bytes from a command line) that cannot be stored."""
    return "".join(
        ch for ch in value
        if ch in "\n\t" or ch >= " " and ch != "\x7f" and not "\ud800" <= ch <= "\udfff"
    ).strip()


def invalid_text(value: str) -> str:
    """Why `value` cannot be stored as UTF-8 ("" when it can): a lone surrogate, as from
    undecodable bytes on a command line or a "\\ud800" escape in JSON."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return (f"it is not valid UTF-8 text (an undecodable byte or a lone surrogate at "
                f"character {exc.start})")
    return ""


def valid_text(value: str) -> str:
    """`value` with whatever cannot be stored as UTF-8 replaced by U+FFFD."""
    if not invalid_text(value):
        return value
    return _SURROGATE.sub("\ufffd", value)


def check_text(what: str, value: str) -> str:
    """`value`, or InvalidValue naming `what` and why it is not text that can be stored."""
    why = invalid_text(value)
    if why:
        from .errors import InvalidValue

        raise InvalidValue(what, valid_text(value)[:200], why)
    return value
