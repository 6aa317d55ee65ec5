"""Which pages of a source may hold two terms side by side: a Bloom filter per source.

A phrase's words can be on many pages of a source without ever being adjacent; checking
each such page on its text cost a search hundreds of page reads (`"human rights"` took
200 ms where the words are common but rarely together). The filter holds every (page,
term, next term) of the source's indexed terms, so tier 2 strikes a page out of a phrase's
candidates with a few bit tests. A Bloom filter answers "maybe" for some pairs that are
not there (about 2% of them), never "no" for a pair that is: a page it strikes out surely
lacks the phrase, and the pages it keeps are still checked on their text. A search reads
the filters only once its checks keep failing (pages.FILTER_AFTER): where a phrase's words
are side by side wherever they meet, the checks pass and the filters would only cost time.

Pairs whose terms are on fewer than MIN_PAGES pages of the source are left out (more
than half of all pairs on the benchmark's generated text): a phrase with such a term has
at most that many candidate pages, cheap to check directly. Reader and writer decide it
from the same postings, so they agree on which pairs the filter covers.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping, Sequence

VERSION = 1
MIN_PAGES = 4  # a pair is in the filter only if both its terms are on this many pages
BITS_PER_PAIR = 10
PROBES = 3  # with 10 bits a pair: about 1.7% false "maybe" (build and pages_with unroll them)
_PAGE_MIX = 0xC2B2AE3D27D4EB4F
_PAIR_MIX = 0x9E3779B97F4A7C15
_MASK = (1 << 64) - 1


def _joined_hash(joined: str) -> int:
    # crc32, not hash(): str hashes differ between processes, and the filter is written by
    # the importer and read by the search process
    return zlib.crc32(joined.encode()) * _PAIR_MIX


def _pair_hash(a: str, b: str) -> int:
    return _joined_hash(a + "\x00" + b)


def covered(pages_of: Mapping[str, int], a: str, b: str) -> bool:
    """Is the pair (a, b) in the filter when its terms are on these many pages?"""
    return pages_of.get(a, 0) >= MIN_PAGES and pages_of.get(b, 0) >= MIN_PAGES


def build(pages: Iterable[tuple[int, Sequence[str]]], pages_of: Mapping[str, int]) -> bytes:
    """The filter of a source from its pages' indexed terms in order; b"" when empty.
    `pages_of` is how many pages each term is on."""
    common = {t for t, n in pages_of.items() if n >= MIN_PAGES}
    # pairs as joined strings, not tuples: tuples are tracked by the garbage collector, and
    # a tuple per pair made collections run every page (a sixth of the import's time)
    hashes: dict[str, int] = {}
    keys: list[int] = []
    for page_no, terms in pages:
        mixed = page_no * _PAGE_MIX
        here = {a + "\x00" + b for a, b in zip(terms, terms[1:], strict=False)
                if a in common and b in common}
        for pair in here.difference(hashes):
            hashes[pair] = _joined_hash(pair)
        keys.extend([(hashes[p] ^ mixed) & _MASK for p in here])
    if not keys:
        return b""
    bits = max(64, len(keys) * BITS_PER_PAIR)
    bits += -bits % 8
    out = bytearray(bits >> 3)
    for key in keys:  # the probes of PairFilter.pages_with, unrolled: import's hot loop
        first, step = key & 0xFFFFFFFF, (key >> 32) | 1
        i = first % bits
        out[i >> 3] |= 1 << (i & 7)
        i = (first + step) % bits
        out[i >> 3] |= 1 << (i & 7)
        i = (first + 2 * step) % bits
        out[i >> 3] |= 1 << (i & 7)
    return bytes([VERSION]) + bytes(out)


class PairFilter:
    """A source's filter, read back."""

    __slots__ = ("_bits", "_size", "_hashes")

    def __init__(self, blob: bytes) -> None:
        if not blob or blob[0] != VERSION:
            raise ValueError("not a pair filter of this version")
        self._bits = blob[1:]
        self._size = len(self._bits) * 8
        self._hashes: dict[tuple[str, str], int] = {}

    @classmethod
    def read(cls, blob: bytes | None) -> PairFilter | None:
        """The filter, or None if there is none (an older index, or a source of one page)
        or it has another version: the caller then keeps every candidate page."""
        try:
            return cls(blob) if blob else None
        except ValueError:
            return None

    def may_have(self, page_no: int, a: str, b: str) -> bool:
        """False only if `b` surely never follows `a` on the page (for a covered pair)."""
        return bool(self.pages_with(a, b, (page_no,)))

    def pages_with(self, a: str, b: str, pages: Iterable[int]) -> set[int]:
        """Those of `pages` where `b` may follow `a`: the others surely lack the pair."""
        h = self._hashes.get((a, b))
        if h is None:
            h = self._hashes[(a, b)] = _pair_hash(a, b)
        bits, size = self._bits, self._size
        out = set()
        for page in pages:  # the probes of build(), unrolled: a search tests thousands
            key = (h ^ page * _PAGE_MIX) & _MASK
            first, step = key & 0xFFFFFFFF, (key >> 32) | 1
            i = first % size
            if bits[i >> 3] >> (i & 7) & 1:
                i = (first + step) % size
                if bits[i >> 3] >> (i & 7) & 1:
                    i = (first + 2 * step) % size
                    if bits[i >> 3] >> (i & 7) & 1:
                        out.add(page)
        return out
