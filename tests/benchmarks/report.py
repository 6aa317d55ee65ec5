"""Figures, targets and the printed table."""

from __future__ import annotations

import io
import pstats
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACKET_PLACEHOLDER = "not measured"


def percentile(values: Sequence[float], p: float) -> float:
    """Linear interpolation between closest ranks (p in 0..100)."""
    data = sorted(values)
    if not data:
        return float("nan")
    at = (len(data) - 1) * p / 100
    lo = int(at)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (at - lo)


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@dataclass(frozen=True)
class Target:
    name: str
    at_pages: int
    ok: bool | None  # None: not measured

    def status(self, pages: int) -> str:
        if self.ok is None:
            return "not measured"
        word = "met" if self.ok else "MISSED"
        if pages < self.at_pages:
            return f"{word} (target is for {self.at_pages:,} pages; ran {pages:,})"
        return word


def targets(fig: dict[str, Any]) -> list[Target]:
    def val(key: str) -> Any:
        return fig.get(key, {}).get("app")

    def check(value: Any, test: Any) -> bool | None:
        return None if value is None else bool(test(value))

    peak = max((v for v in (val("peak_memory_import_mb"), val("peak_memory_search_mb"))
                if v is not None), default=None)
    p95, recall = val("search_p95_ms"), val("recall_at_20")
    return [
        Target("import >= 150 pages/s", 80_000, check(val("import_pages_per_s"),
                                                      lambda v: v >= 150)),
        Target("search p95 < 100 ms with recall@20 >= 0.85", 80_000,
               None if p95 is None or recall is None else p95 < 100 and recall >= 0.85),
        Target("cold open to first result < 1.5 s", 300_000,
               check(val("cold_open_s"), lambda v: v < 1.5)),
        Target("peak memory < 600 MB (import and search processes)", 300_000,
               check(peak, lambda v: v < 600)),
        Target("add a 100-page report < 3 s", 300_000,
               check(val("add_100_pages_s"), lambda v: v < 3)),
    ]


ROWS = (
    # key, label, unit, format
    ("import_pages_per_s", "import (extract+store+index)", "pages/s", "{:,.0f}"),
    ("search_p50_ms", "search p50 (50 mixed queries)", "ms", "{:,.1f}"),
    ("search_p95_ms", "search p95", "ms", "{:,.1f}"),
    ("phrase_p50_ms", "  phrase/proximity p50", "ms", "{:,.1f}"),
    ("filtered_p50_ms", "  country/risk filter p50", "ms", "{:,.1f}"),
    ("recall_at_20", "recall@20 vs exhaustive BM25", "", "{:.3f}"),
    ("score_ratio", "score ratio vs exhaustive top 20", "", "{:.3f}"),
    ("recall_at_20_phrase", "  recall@20, phrases scored as FTS5 does", "", "{:.3f}"),
    ("cold_open_s", "cold open to first result", "s", "{:.2f}"),
    ("index_mb", "index size on disk", "MB", "{:,.1f}"),
    ("store_mb", "library.sqlite3 / FTS5 file", "MB", "{:,.1f}"),
    ("peak_memory_import_mb", "peak memory, import process", "MB", "{:,.0f}"),
    ("peak_memory_workers_mb", "  with extraction workers", "MB", "{:,.0f}"),
    ("peak_memory_search_mb", "peak memory, search process", "MB", "{:,.0f}"),
    ("add_100_pages_s", "add 100-page report until searchable", "s", "{:.2f}"),
    ("packet_build_s", "packet 600 pp (FTS5 col: qpdf cat)", "s", "{:.2f}"),
)


def _fmt(value: Any, fmt: str) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return fmt.format(value)


def table(fig: dict[str, Any], pages: int) -> str:
    lines = []
    head = f"{'figure':<40} {'app':>12} {'FTS5':>12} {'app/FTS5':>9}"
    lines += [head, "-" * len(head)]
    for key, label, unit, fmt in ROWS:
        entry = fig.get(key, {})
        app, fts = entry.get("app"), entry.get("fts5")
        if isinstance(app, str):
            lines.append(f"{label:<40} {app}")
            continue
        ratio = "-"
        if isinstance(app, int | float) and isinstance(fts, int | float) and fts:
            ratio = f"{app / fts:.2f}x"
        name = f"{label} ({unit})" if unit else label
        lines.append(f"{name:<40} {_fmt(app, fmt):>12} {_fmt(fts, fmt):>12} {ratio:>9}")
    by_kind = fig.get("recall_by_kind", {})
    if by_kind:
        lines.append("recall@20 by kind (app / FTS5): " + ", ".join(
            f"{kind} {v['app']:.2f}/{v['fts5']:.2f}" for kind, v in by_kind.items()))
    for point in fig.get("tier2_curve", ()):
        lines.append(f"tier 2 over the top {point['sources']:>4} sources: recall@20 "
                     f"{point['recall_at_20']:.3f}, p50 {point['p50_ms']:.1f} ms, "
                     f"p95 {point['p95_ms']:.1f} ms")
    lines.append("")
    lines.append("targets:")
    for target in targets(fig):
        lines.append(f"  {target.name:<52} {target.status(pages)}")
    return "\n".join(lines)


def profile_summary(path: Path, limit: int = 20) -> str:
    """Top functions by own time and by cumulative time, as pstats prints them."""
    out = io.StringIO()
    stats = pstats.Stats(str(path), stream=out)
    stats.strip_dirs()
    stats.sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    text = out.getvalue()
    # pstats prints a header per listing; keep the tables themselves
    return "\n".join(line for line in text.splitlines() if line.strip())
