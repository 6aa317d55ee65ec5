"""Packet build time: a 40-exhibit, 600-page packet next to qpdf merely concatenating the PDFs.

    .venv/bin/python -m tests.benchmarks.packet_bench [--exhibits 40] [--pages-each 15]
        [--out bench-results/packet.json]

qpdf's concatenation is the floor: it copies the same source pages without laying out a cover,
index, tabs, citations or highlights, and without stamping page numbers.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from evidence_app.library.facade import Library

from .corpus import DocSpec, PageWriter, write_pdf
from .vocab import build_language


def make_sources(folder: Path, exhibits: int, pages_each: int, seed: int) -> list[Path]:
    writer = PageWriter({"en": build_language("en", seed)})
    paths = []
    for i in range(exhibits):
        spec = DocSpec(
            name=f"packet-src-{i:03d}", index=i, country="HN", risk="gang_violence", lang="en",
            fmt="pdf", pages=pages_each, year=2020 + i % 5,
            title=f"Honduras Country Report {i + 1}", publisher="Human Rights Watch",
        )
        path = folder / f"{spec.name}.pdf"
        write_pdf(path, writer.sources.pages(spec, seed), spec)
        paths.append(path)
    return paths


def run(exhibits: int, pages_each: int, seed: int) -> dict[str, object]:
    work = Path(tempfile.mkdtemp(prefix="packet-bench-"))
    try:
        (work / "in").mkdir()
        sources = make_sources(work / "in", exhibits, pages_each, seed)
        qpdf = shutil.which("qpdf")
        floor = None
        if qpdf:
            started = time.perf_counter()
            subprocess.run([qpdf, "--empty", "--pages", *map(str, sources), "--",
                            str(work / "concat.pdf")], check=True)
            floor = time.perf_counter() - started
        with Library.open(work / "lib") as lib:
            report = lib.import_files(sources, workers=0)
            ids = sorted(s.id for s in report.imported)
            case = lib.cases.new_case(applicant_name="Bench Mark", countries=["HN"])
            excerpts = 0
            for source_id in ids:
                lib.cases.add_exhibit(case.id, source_id)
                page = lib.catalog.pages(source_id)[1]
                start = page.text.find(" ", 200) + 1
                excerpt = lib.excerpts.add_excerpt(source_id, page.page_no, start, start + 120)
                lib.cases.add_excerpts_exhibit(case.id, [excerpt.id])  # joins the source's exhibit
                excerpts += 1
            started = time.perf_counter()
            result = lib.packets.build_packet(case.id, work / "Packet.pdf")
            build = time.perf_counter() - started
        return {
            "exhibits": exhibits,
            "source_pages": exhibits * pages_each,
            "packet_pages": result.total_pages,
            "excerpts": excerpts,
            "highlights": result.highlights,
            "packet_seconds": round(build, 2),
            "qpdf_concat_seconds": None if floor is None else round(floor, 3),
            "ratio_to_qpdf": None if not floor else round(build / floor, 1),
            "parts": len(result.parts),
            "packet_mb": round(sum(p.size for p in result.parts) / 2**20, 1),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exhibits", type=int, default=40)
    parser.add_argument("--pages-each", type=int, default=15)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    figures = run(args.exhibits, args.pages_each, args.seed)
    for key, value in figures.items():
        print(f"{key:<22} {value}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
