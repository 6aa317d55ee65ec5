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
