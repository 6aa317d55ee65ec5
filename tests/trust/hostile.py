"""Hostile input for the facade: query strings, metadata values and damaged files.

Hypothesis strategies shared by tests/core/test_hostile.py (few examples, every run) and
the trust report (many examples). A crash is any exception other than the typed errors a
verb documents; a hang is an extraction that outlives the worker pool's timeout.
"""

from __future__ import annotations

import random
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from evidence_app.errors import EvidenceError
from evidence_app.library.facade import Library
from evidence_app.model import SearchResult

T = TypeVar("T")

# Words the query parser treats specially, marks that reorder or hide text, and the like.
QUERY_TOKENS = [
    '"', "'", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "TO", "and", "or", "not",
    "*", "?", "~", "~2", "~999999999", "^", "^2", "^-1", ":", "title:", "id:1", "kind:",
    "publisher:x", "-", "+", "\\", "/", "&&", "||", "!", "<", ">", "=", "%", "$", "#", "@",
    "gang*", "*gang", "g?ng", '"gangs', 'deportees"', '"" ""', "(((", ")))", "[a TO z]",
    "{a TO}", "\u202e", "\u200f", "\u200b", "\ufeff", "\x00", "\x1b[31m", "\r\n", "\t",
    "🙂", "👩🏽‍⚖️", "ñandú", "extorsión", "İstanbul", "ß", "ﬁ", "العنف", "暴力", "насилие",
    "a" * 300, "x" * 5000, "9" * 40, "0x1F", "NaN", "-1", "1e309", "%s%s%s", "{0}", "$(ls)",
    "'; DROP TABLE sources; --", "pandillas", "gangs", "police", "deportees",
    "\udcff", "\ud800",  # lone surrogates: what undecodable command-line bytes become
]

queries = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(QUERY_TOKENS), max_size=12).map(" ".join),
    st.lists(st.sampled_from(QUERY_TOKENS), max_size=12).map("".join),
    st.tuples(st.sampled_from(QUERY_TOKENS), st.text(max_size=40)).map(lambda t: t[0] + t[1]),
)

_nasty_chars = st.sampled_from(
    ["\x00", "\x07", "\x1b", "\x7f", "\u202e", "\u202d", "\u200f", "\u2066", "\u2069",
     "\ufeff", "\n", "\r", "\t", "🙂", "👩🏽‍⚖️", "\U0010ffff", "\ud7ff", "é", "ñ", "ب", "中",
     "\udcff", "\ud800"]
)
metadata_values = st.one_of(
    st.text(max_size=200),
    st.lists(_nasty_chars | st.characters(), max_size=200).map("".join),
    st.integers(min_value=1000, max_value=60_000).map(lambda n: "Ω" * n),
    st.sampled_from(["", " ", "\n\n", "2024", "2024-13-45", "1999-02", "0000", "yesterday"]),
)

# How to damage a file: cut it, flip bytes, drop a slice, repeat a slice, add junk.
mutations = st.lists(
    st.tuples(
        st.sampled_from(["truncate", "flip", "drop", "repeat", "junk"]),
        st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
        st.integers(min_value=1, max_value=4096),
        st.binary(min_size=1, max_size=64),
    ),
    min_size=1,
    max_size=4,
)


def mutate(data: bytes, steps: list[tuple[str, float, int, bytes]]) -> bytes:
    for kind, where, size, junk in steps:
        if not data:
            break
        at = int(where * (len(data) - 1))
        if kind == "truncate":
            data = data[:at]
        elif kind == "flip":
            data = data[:at] + bytes(b ^ 0xFF for b in data[at:at + size]) + data[at + size:]
        elif kind == "drop":
            data = data[:at] + data[at + size:]
        elif kind == "repeat":
            data = data[:at] + data[at:at + size] * 3 + data[at:]
        else:
            data = data[:at] + junk * (size // len(junk) + 1) + data[at:]
    return data


def corpus_samples(corpus: Path) -> list[Path]:
    """Files to damage: a few of each format, small ones first (they parse fastest)."""
    picked: list[Path] = []
    for sub, count in (("pdf", 6), ("html", 3), ("docx", 4), ("text", 2)):
        files = sorted((corpus / sub).glob("*"), key=lambda p: p.stat().st_size)
        picked += [p for p in files if p.is_file()][:count]
    return picked


IMPORT_REASONS = {"encrypted", "no_text", "damaged", "unsupported", "empty", "too_large",
                  "timeout", "import_failed"}


def unseeded() -> None:
    """Hypothesis seeds the global `random` the same way for every example, and Whoosh
    names new index segments with it: without this, the second write of a run would reuse
    the first one's segment name (AssertionError inside Whoosh, then an index rebuild).
    Call at the start of an example that writes."""
    random.seed()


def search_is_safe(library: Library, text: str) -> SearchResult:
    """A search answers with results or an error message; anything raised is a crash."""
    result = library.search(text)
    assert isinstance(result, SearchResult)
    if result.error:
        assert isinstance(result.error, str) and result.error
    return result


def clean(value: str) -> bool:
    """No control characters besides newline and tab (what the facade promises to store)."""
    return all(ch in "\n\t" or ch >= " " and ch != "\x7f" for ch in value)


def edit_is_safe(library: Library, source_id: int, field: str, value: str) -> str:
    """Store a metadata value: it is refused with a typed error, or kept cleaned."""
    unseeded()
    try:
        library.catalog.edit_source(source_id, **{field: value})
    except EvidenceError:
        return "refused"
    stored = getattr(library.catalog.source(source_id), field)
    assert clean(stored), (field, stored[:80])
    return "stored"


# ---------------------------------------------------------------- many examples (report)
@dataclass
class Tally:
    tried: int = 0
    crashes: list[str] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)


def drive(strategy: st.SearchStrategy[T], examples: int, body: Callable[[T], str]) -> Tally:
    """Feed `examples` generated values to `body`; any exception is a crash, counted (not
    shrunk: the report counts, the tests find the smallest case)."""
    tally = Tally()

    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(value: T) -> None:
        tally.tried += 1
        try:
            tally.outcomes[body(value)] += 1
        except Exception as exc:  # noqa: BLE001 - the report lists them
            tally.crashes.append(f"{type(exc).__name__}: {exc}"[:300] + f" <- {value!r}"[:200])

    run()
    return tally


def query_outcome(library: Library, text: str) -> str:
    return "message" if search_is_safe(library, text).error else "results"


def metadata_outcome(library: Library, source_id: int, pair: tuple[str, str]) -> str:
    return edit_is_safe(library, source_id, pair[0], pair[1])


def file_outcome(library: Library, samples: list[Path], folder: Path,
                 spec: tuple[int, list[tuple[str, float, int, bytes]]]) -> str:
    unseeded()
    original = samples[spec[0] % len(samples)]
    path = Path(tempfile.mkdtemp(dir=folder)) / original.name
    path.write_bytes(mutate(original.read_bytes(), spec[1]))
    report = library.import_files([path], workers=1)
    path.unlink()
    path.parent.rmdir()
    if report.failed:
        failure = report.failed[0]
        assert failure.reason in IMPORT_REASONS and failure.message
        return f"refused: {failure.reason}"
    return "imported" if report.imported else "already there"


file_specs = st.tuples(st.integers(min_value=0, max_value=10_000), mutations)
metadata_pairs = st.tuples(
    st.sampled_from(["title", "publisher", "author", "notes", "url", "published", "language",
                     "kind"]),
    metadata_values,
)
