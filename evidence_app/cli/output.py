"""Output shared by the command-line modules: JSON or text, and a text progress bar."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from typing import Any

# Terminal control characters (C0 but newline, tab and carriage return; DEL; C1), text
# direction overrides, and lone surrogates (undecodable bytes of file names).
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff]")


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not UTF-8 (surrogateescape)
        return bytes([code - 0xDC00]).decode("cp1252", "replace").replace("\ufffd", "?")
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """Text as it may be printed to a terminal: control characters and escape sequences
    shown as `\\x1b`, never acted on; bytes of Latin-1 names shown as their letters."""
    return _UNSAFE.sub(_shown, text)


class SafeStream:
    """A text stream that writes only safe_text() (wraps stdout/stderr for the CLI)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return int(self._stream.write(safe_text(text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class TextProgress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, stream: Any = sys.stderr) -> None:
        self.stream = stream
        self.enabled = bool(getattr(stream, "isatty", lambda: False)())

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} {label[:40]:<40}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        text = json.dumps(data, ensure_ascii=False, indent=2, default=jsonable)
        # inside JSON strings: \\u escapes, still valid JSON, never terminal commands
        print(_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    elif text:
        print(text)


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def plural(count: int, noun: str, nouns: str = "") -> str:
    """"1 page", "2 pages" ("1 match", "2 matches" with `nouns`)."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


MAX_ID = (1 << 63) - 1  # SQLite's largest integer: a larger id is an OverflowError there


def record_id(text: str) -> int:
    """argparse type for ids and positions: a whole number SQLite can hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
    if not 0 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text[:40]} is out of range (0 to {MAX_ID})")
    return value


def count(text: str) -> int:
    """argparse type for counts such as --limit and --years: 0 to a million."""
    value = record_id(text)
    if value > 1_000_000:
        raise argparse.ArgumentTypeError(f"{text[:40]} is out of range (0 to 1000000)")
    return value


def undecodable_argument(args: argparse.Namespace, paths: frozenset[str] = frozenset()
                         ) -> str:
    """The first text argument that is not valid UTF-8 (bytes the terminal could not decode
    arrive as lone surrogates), as "name: why"; "" when all are. File names (Path values
    and `paths`) may hold any bytes and are left alone."""
    from ..text_clean import invalid_text

    for name, value in vars(args).items():
        if name in paths or callable(value):
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                why = invalid_text(item)
                if why:
                    return f"{name.replace('_', ' ')}: {why}"
    return ""
